//! Word (.docx) and OpenDocument (.odt) files as articles: their paragraphs, and
//! the document's title (its properties, else its first heading). Both are zips of
//! XML; only the few elements that carry the text are read (`w:p`, `w:t` in Word,
//! `text:p`, `text:h` in OpenDocument), everything else (styles, images,
//! footnotes) is left behind.

use super::{zip, ImportError};
use crate::model::text::document::{read_as, Document};
use crate::model::Said;

/// Whether a file of this name is a Word or OpenDocument text.
pub fn is_office(file_name: &str) -> bool {
    let name = file_name.to_lowercase();
    name.ends_with(".docx") || name.ends_with(".odt")
}

/// The article in a .docx or .odt file, and what was taken from it, in words.
pub fn read(file_name: &str, bytes: &[u8]) -> Result<(Document, Said), ImportError> {
    let files = zip::read(bytes)?;
    let file = |name: &str| files.iter().find(|(n, _)| n == name).map(|(_, b)| String::from_utf8_lossy(b));
    let odt = file_name.to_lowercase().ends_with(".odt");
    let (content, properties, kind) = match odt {
        true => (file("content.xml"), file("meta.xml"), "read-opendocument"),
        false => (file("word/document.xml"), file("docProps/core.xml"), "read-word"),
    };
    let content =
        content.ok_or_else(|| ImportError(Said::new("office-not").said("kind", Said::new(kind))))?;
    let (paragraphs, heading) = if odt { odt_paragraphs(&content) } else { docx_paragraphs(&content) };
    if paragraphs.is_empty() {
        return Err(ImportError(Said::new("office-empty").said("kind", Said::new(kind))));
    }
    let title = properties.as_deref().and_then(|p| element_text(p, "dc:title")).or(heading);
    let document = Document::new(title.as_deref().unwrap_or_default(), file_name, &paragraphs.join("\n\n"))
        .map_err(|error| ImportError(error.said()))?;
    let said = read_as(file_name, Said::new(kind), paragraphs.len(), &document);
    Ok((document, said))
}

/// One piece of XML: a tag (its name, whether it closes, whether it is empty,
/// and its attributes as written) or the text between tags.
enum Piece<'x> {
    Tag { name: &'x str, closing: bool, empty: bool, attributes: &'x str },
    Text(&'x str),
}

/// The pieces of `xml`, in order (declarations, comments and processing
/// instructions left out).
fn pieces(xml: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut rest = xml;
    while let Some(open) = rest.find('<') {
        if open > 0 {
            out.push(Piece::Text(&rest[..open]));
        }
        let Some(close) = rest[open..].find('>') else { break };
        let inside = &rest[open + 1..open + close];
        rest = &rest[open + close + 1..];
        if inside.starts_with(['?', '!']) {
            continue;
        }
        let closing = inside.starts_with('/');
        let inside = inside.trim_start_matches('/');
        let empty = inside.ends_with('/');
        let inside = inside.trim_end_matches('/');
        let (name, attributes) = inside.split_once(char::is_whitespace).unwrap_or((inside, ""));
        out.push(Piece::Tag { name, closing, empty, attributes });
    }
    if !rest.is_empty() {
        out.push(Piece::Text(rest));
    }
    out
}

/// XML's escapes in `text` undone.
fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let Some(semi) = rest[amp..].find(';').filter(|s| *s <= 10) else {
            out.push('&');
            rest = &rest[amp + 1..];
            continue;
        };
        let entity = &rest[amp + 1..amp + semi];
        let decoded = match entity {
            "lt" => Some('<'),
            "gt" => Some('>'),
            "amp" => Some('&'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ => entity
                .strip_prefix("#x")
                .map(|hex| u32::from_str_radix(hex, 16))
                .or_else(|| entity.strip_prefix('#').map(str::parse))
                .and_then(Result::ok)
                .and_then(char::from_u32),
        };
        match decoded {
            Some(c) => out.push(c),
            None => out.push_str(&rest[amp..=amp + semi]),
        }
        rest = &rest[amp + semi + 1..];
    }
    out.push_str(rest);
    out
}

/// The value of attribute `name` in a tag's attributes.
fn attribute<'x>(attributes: &'x str, name: &str) -> Option<&'x str> {
    let at = attributes.find(&format!("{name}=\""))? + name.len() + 2;
    attributes[at..].split('"').next()
}

/// The text of the first `name` element in `xml`, if it has any.
fn element_text(xml: &str, name: &str) -> Option<String> {
    let mut inside = false;
    let mut text = String::new();
    for piece in pieces(xml) {
        match piece {
            Piece::Tag { name: n, closing: false, empty: false, .. } if n == name => inside = true,
            Piece::Tag { name: n, closing: true, .. } if n == name && inside => break,
            Piece::Text(t) if inside => text.push_str(&unescape(t)),
            _ => {}
        }
    }
    Some(text.trim().to_owned()).filter(|t| !t.is_empty())
}

/// Ends the paragraph gathered in `line`: kept unless empty, and the heading if
/// it is the first `is_heading` one.
fn end_paragraph(
    line: &mut String,
    is_heading: bool,
    paragraphs: &mut Vec<String>,
    heading: &mut Option<String>,
) {
    let text = std::mem::take(line).trim().to_owned();
    if text.is_empty() {
        return;
    }
    if is_heading && heading.is_none() {
        *heading = Some(text.clone());
    }
    paragraphs.push(text);
}

/// Word's paragraphs (`w:p`), their runs' text (`w:t`), tabs and breaks; with
/// the first one styled as a title or first-level heading.
fn docx_paragraphs(xml: &str) -> (Vec<String>, Option<String>) {
    let (mut paragraphs, mut heading) = (Vec::new(), None);
    let (mut line, mut in_text, mut styled) = (String::new(), false, false);
    for piece in pieces(xml) {
        match piece {
            Piece::Tag { name: "w:p", closing: true, .. } => {
                end_paragraph(&mut line, styled, &mut paragraphs, &mut heading);
                styled = false;
            }
            Piece::Tag { name: "w:pStyle", attributes, .. } => {
                let style = attribute(attributes, "w:val").unwrap_or_default().to_lowercase();
                styled = style == "title" || style == "heading1";
            }
            Piece::Tag { name: "w:t", closing, empty: false, .. } => in_text = !closing,
            Piece::Tag { name: "w:tab", closing: false, .. } => line.push('\t'),
            Piece::Tag { name: "w:br" | "w:cr", closing: false, .. } => line.push(' '),
            Piece::Text(text) if in_text => line.push_str(&unescape(text)),
            _ => {}
        }
    }
    (paragraphs, heading)
}

/// OpenDocument's paragraphs and headings (`text:p`, `text:h`), with their spaces
/// (`text:s`), tabs and line breaks; with the first heading.
fn odt_paragraphs(xml: &str) -> (Vec<String>, Option<String>) {
    let (mut paragraphs, mut heading) = (Vec::new(), None);
    // How deep in paragraphs (a note's paragraph sits inside another), and the text.
    let (mut depth, mut line, mut in_heading) = (0usize, String::new(), false);
    let (mut in_body, mut in_note) = (false, false);
    for piece in pieces(xml) {
        match piece {
            Piece::Tag { name: "office:text", closing, .. } => in_body = !closing,
            // A footnote's mark and text sit inside its paragraph: left out.
            Piece::Tag { name: "text:note", closing, empty: false, .. } => in_note = !closing,
            _ if in_note => {}
            Piece::Tag { name: name @ ("text:p" | "text:h"), closing: false, empty: false, .. }
                if in_body =>
            {
                depth += 1;
                in_heading |= depth == 1 && name == "text:h";
            }
            Piece::Tag { name: "text:p" | "text:h", closing: true, .. } if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    end_paragraph(&mut line, in_heading, &mut paragraphs, &mut heading);
                    in_heading = false;
                }
            }
            Piece::Tag { name: "text:s", closing: false, attributes, .. } if depth > 0 => {
                let count = attribute(attributes, "text:c").and_then(|c| c.parse().ok()).unwrap_or(1usize);
                line.push_str(&" ".repeat(count.min(100)));
            }
            Piece::Tag { name: "text:tab", closing: false, .. } if depth > 0 => line.push('\t'),
            Piece::Tag { name: "text:line-break", closing: false, .. } if depth > 0 => line.push(' '),
            Piece::Text(text) if depth > 0 => line.push_str(&unescape(text)),
            _ => {}
        }
    }
    (paragraphs, heading)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn packed(files: &[(&str, &str)]) -> Vec<u8> {
        zip::write(&files.iter().map(|(n, c)| (n.to_string(), c.as_bytes().to_vec())).collect::<Vec<_>>())
    }

    #[test]
    fn a_word_document_gives_its_paragraphs_and_title() {
        let document = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>Talks in Moscow</w:t></w:r></w:p>
<w:p><w:r><w:t xml:space="preserve">Syria&apos;s leader met </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>Putin</w:t></w:r><w:r><w:tab/><w:t>&lt;today&gt; &amp; “again” &#x2014; &#233;</w:t></w:r></w:p>
<w:p/>
<w:p><w:r><w:t>Second</w:t><w:br/><w:t>line.</w:t></w:r></w:p>
</w:body></w:document>"#;
        let core = r#"<cp:coreProperties xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title></dc:title></cp:coreProperties>"#;
        let bytes = packed(&[("word/document.xml", document), ("docProps/core.xml", core)]);
        let (doc, said) = read("talks.docx", &bytes).unwrap();
        assert_eq!(doc.title, "Talks in Moscow");
        assert_eq!(doc.source, "talks.docx");
        assert_eq!(
            doc.text().as_ref(),
            "Talks in Moscow\n\nSyria's leader met Putin\t<today> & “again” — é\n\nSecond line."
        );
        assert!(said.to_string().contains("was read as a Word document: 3 paragraphs, titled"), "{said}");
    }

    #[test]
    fn an_opendocument_text_gives_its_paragraphs_and_its_title_property() {
        let content = r#"<office:document-content><office:body><office:text>
<text:h text:outline-level="1">Heading</text:h>
<text:p text:style-name="P1">One<text:s text:c="2"/>two<text:tab/>three <text:span>spanned</text:span></text:p>
<text:p>With a note<text:note><text:note-body><text:p>the note</text:p></text:note-body></text:note>.</text:p>
</office:text></office:body></office:document-content>"#;
        let meta = r#"<office:document-meta><office:meta><dc:title>Set in properties</dc:title></office:meta></office:document-meta>"#;
        let bytes = packed(&[("content.xml", content), ("meta.xml", meta)]);
        let (doc, _) = read("talks.ODT", &bytes).unwrap();
        assert_eq!(doc.title, "Set in properties");
        assert_eq!(doc.text().as_ref(), "Heading\n\nOne  two\tthree spanned\n\nWith a note.");
    }

    /// The paragraphs both corpus files hold, as tests/corpus/make-office.py writes them.
    const CORPUS_START: &str =
        "Talks in Moscow\n\nSyria's interim president met Vladimir Putin on Wednesday.\n\n\
        He said they would “restore and redefine” ties. Officials\tagreed:";

    #[test]
    fn a_word_file_written_by_python_docx_gives_its_paragraphs_lists_and_table() {
        let bytes = include_bytes!("../../../tests/corpus/talks.docx");
        let (doc, said) = read("talks.docx", bytes).unwrap();
        assert_eq!(doc.title, "Syria and Russia: the Moscow talks");
        assert_eq!(
            doc.text().as_ref(),
            format!("{CORPUS_START} مرحبا 👋🏽.\n\nEnergy\n\nWheat & ports\n\nDate\n\n3 December")
        );
        assert!(said.to_string().contains("Word document: 7 paragraphs"), "{said}");
    }

    #[test]
    fn an_opendocument_file_written_by_odfpy_leaves_its_footnote_out() {
        let bytes = include_bytes!("../../../tests/corpus/talks.odt");
        let (doc, said) = read("talks.odt", bytes).unwrap();
        assert_eq!(doc.title, "Syria and Russia: the Moscow talks");
        assert_eq!(doc.text().as_ref(), format!("{CORPUS_START}  مرحبا 👋🏽.\n\nEnergy\n\nWheat & ports"));
        assert!(said.to_string().contains("an OpenDocument text: 5 paragraphs"), "{said}");
    }

    #[test]
    fn a_zip_without_a_document_is_refused() {
        let bytes = packed(&[("notes.txt", "hello")]);
        assert!(read("x.docx", &bytes).unwrap_err().0.to_string().contains("not a Word document"));
        assert!(read("x.odt", b"not a zip").is_err());
    }
}

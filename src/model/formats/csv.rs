//! CSV for spreadsheets (RFC 4180): one row per annotation. Fields holding commas,
//! quotes or line breaks are quoted; rows end in CRLF; a byte-order mark tells
//! spreadsheets the file is UTF-8. CSV carries no article text, so an import places
//! each row by its quoted text in the open articles.
//!
//! A field that a spreadsheet would run as a formula (one starting with `=`, `+`,
//! `-`, `@`, a tab or a CR, also after spaces, and their full-width forms `＝ ＋ － ＠`,
//! which spreadsheets in East Asian locales take for them) is written with a leading apostrophe, and read back
//! without it, so that an exported note can never execute in the reader's
//! spreadsheet and still round-trips exactly.

use super::intake::{skipped, Incoming, Record, Target};
use super::pieces::{self, Piece, Pieces};
use super::ImportError;
use crate::model::text::anchor::Quote;
use crate::model::text::offsets::Span;
use crate::model::{Annotation, Document, Said, Tag, Workspace};

/// The header row, in order.
pub const COLUMNS: [&str; 11] =
    ["title", "source", "fingerprint", "tag", "start", "end", "text", "note", "author", "created", "id"];

/// The CSV file: the byte-order mark and the header row, then a row per
/// annotation, document by document in text order.
pub struct CsvFile;

impl Pieces for CsvFile {
    fn pieces<'w>(&self, workspace: &'w Workspace) -> Vec<Piece<'w>> {
        let mut head = String::from("\u{FEFF}");
        push_row(&mut head, &COLUMNS);
        let mut pieces = vec![Piece::Text(head)];
        pieces.extend(pieces::chunks(workspace, ""));
        pieces
    }

    fn records(&self, doc: &Document, chunk: &[Annotation]) -> String {
        let index = doc.index();
        let fingerprint = doc.fingerprint().as_str();
        let mut out = String::with_capacity(chunk.len() * 200);
        for a in chunk {
            let (start, end, id) = (a.span.start.to_string(), a.span.end.to_string(), a.id.to_string());
            push_row(
                &mut out,
                &[
                    &doc.title,
                    &doc.source,
                    fingerprint,
                    a.tag.name(),
                    &start,
                    &end,
                    index.slice(a.span).unwrap_or_default(),
                    &a.note,
                    &a.author,
                    &a.created,
                    &id,
                ],
            );
        }
        out
    }
}

/// Writes every annotation, document by document in text order.
pub fn export(workspace: &Workspace) -> String {
    CsvFile.join(workspace)
}

pub(crate) fn push_row(out: &mut String, fields: &[&str]) {
    for (n, field) in fields.iter().enumerate() {
        if n > 0 {
            out.push(',');
        }
        let guard = if runs_as_formula(field) { "'" } else { "" };
        let quoted = field.bytes().any(|b| matches!(b, b',' | b'"' | b'\r' | b'\n'))
            || field.starts_with(' ')
            || field.ends_with(' ');
        if quoted {
            out.push('"');
            out.push_str(guard);
            out.push_str(&field.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(guard);
            out.push_str(field);
        }
    }
    out.push_str("\r\n");
}

/// Whether a spreadsheet would run `field` as a formula, or it starts with
/// apostrophes before such a character: either way it is written with one more
/// apostrophe, so that [`restore`] is exact.
fn runs_as_formula(field: &str) -> bool {
    let start = field.trim_start_matches('\'');
    start.starts_with(['\t', '\r'])
        || start
            .trim_start()
            .starts_with(['=', '+', '-', '@', '\u{FF1D}', '\u{FF0B}', '\u{FF0D}', '\u{FF20}'])
}

fn restore(field: String) -> String {
    match field.strip_prefix('\'') {
        Some(rest) if runs_as_formula(rest) => rest.to_owned(),
        _ => field,
    }
}

/// Splits CSV text into rows of fields, each row with the line it starts on.
///
/// Byte by byte, copying each run of ordinary bytes at once: the characters that
/// matter are ASCII, which UTF-8 never uses inside another character, so every
/// run ends on a character's boundary. (Pushing a character at a time took about
/// 100 ms for 10,000 rows.)
fn rows(text: &str) -> Result<Vec<(usize, Vec<String>)>, ImportError> {
    let bytes = text.as_bytes();
    let (mut rows, mut row, mut field) = (Vec::new(), Vec::new(), String::new());
    let (mut line, mut row_line) = (1, 1);
    let mut quoted = false;
    let mut at = 0;
    loop {
        let special = |b: &u8| match quoted {
            true => matches!(b, b'"' | b'\n'),
            false => matches!(b, b'"' | b',' | b'\n' | b'\r'),
        };
        let run = bytes[at..].iter().position(special).map_or(bytes.len(), |n| at + n);
        field.push_str(&text[at..run]);
        let Some(&byte) = bytes.get(run) else { break };
        at = run + 1;
        match byte {
            b'"' if quoted && bytes.get(at) == Some(&b'"') => {
                at += 1;
                field.push('"');
            }
            b'"' if quoted => quoted = false,
            b'"' if field.is_empty() => quoted = true,
            b'\n' if quoted => {
                line += 1;
                field.push('\n');
            }
            b',' => row.push(std::mem::take(&mut field)),
            b'\r' if bytes.get(at) == Some(&b'\n') => {}
            b'\n' | b'\r' => {
                row.push(std::mem::take(&mut field));
                rows.push((row_line, std::mem::take(&mut row)));
                line += 1;
                row_line = line;
            }
            // A quote inside a field that did not start with one.
            other => field.push(char::from(other)),
        }
    }
    if quoted {
        return Err(ImportError(Said::new("csv-unclosed").number("line", row_line)));
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push((row_line, row));
    }
    rows.retain(|(_, fields)| fields.iter().any(|f| !f.trim().is_empty()));
    Ok(rows)
}

/// The column each known field is in, found by the header's names.
struct Header {
    index: [Option<usize>; COLUMNS.len()],
}

impl Header {
    fn of(names: &[String]) -> Result<Header, ImportError> {
        let mut index = [None; COLUMNS.len()];
        for (at, name) in names.iter().enumerate() {
            let name = name.trim().to_ascii_lowercase();
            let name = match name.as_str() {
                "document title" | "document" => "title",
                "label" => "tag",
                "quote" | "quoted text" | "exact" => "text",
                other => other,
            };
            if let Some(column) = COLUMNS.iter().position(|c| *c == name) {
                index[column].get_or_insert(at);
            }
        }
        let header = Header { index };
        if header.column("tag").is_none()
            || header.column("text").is_none() && header.column("start").is_none()
        {
            return Err(ImportError(Said::new("csv-no-header")));
        }
        Ok(header)
    }

    fn column(&self, name: &str) -> Option<usize> {
        self.index[COLUMNS.iter().position(|c| *c == name).expect("a known column")]
    }

    /// The field of `row` under `name`, with any formula guard taken off.
    fn get(&self, row: &[String], name: &str) -> String {
        self.column(name).and_then(|at| row.get(at)).map(|f| restore(f.clone())).unwrap_or_default()
    }
}

/// Reads annotation rows. The header names the columns, in any order.
pub fn read(text: &str) -> Result<Incoming, ImportError> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let mut rows = rows(text)?.into_iter();
    let (_, names) = rows.next().ok_or_else(|| ImportError(Said::new("file-empty")))?;
    let header = Header::of(&names)?;
    let mut incoming = Incoming::default();
    for (line, row) in rows {
        let at = Said::new("at-row").number("line", line);
        let field = |name| header.get(&row, name);
        let Some(tag) = Tag::read(&field("tag")) else {
            incoming.warnings.push(skipped(at, Said::new("no-tag")));
            continue;
        };
        let span = match (field("start").trim().parse::<usize>(), field("end").trim().parse::<usize>()) {
            (Ok(start), Ok(end)) if start < end => Some(Span::new(start, end)),
            _ if field("start").trim().is_empty() && field("end").trim().is_empty() => None,
            _ => {
                incoming.warnings.push(
                    Said::new("csv-offsets-unordered")
                        .said("at", at.clone())
                        .text("start", field("start"))
                        .text("end", field("end")),
                );
                None
            }
        };
        let non_empty = |name| Some(field(name)).filter(|f| !f.trim().is_empty());
        incoming.records.push(Record {
            target: Target::Named { fingerprint: non_empty("fingerprint"), title: non_empty("title") },
            span,
            quote: non_empty("text").map(|t| Quote::exact(&t)),
            tag,
            note: field("note"),
            author: field("author"),
            created: field("created"),
            id: field("id").parse().ok(),
            at,
        });
    }
    Ok(incoming)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_only_when_they_must_be() {
        let mut out = String::new();
        push_row(&mut out, &["plain", "a, b", "say \"hi\"", "two\nlines", " padded"]);
        assert_eq!(out, "plain,\"a, b\",\"say \"\"hi\"\"\",\"two\nlines\",\" padded\"\r\n");
        let parsed = rows(&out).unwrap();
        assert_eq!(parsed[0].1, ["plain", "a, b", "say \"hi\"", "two\nlines", " padded"]);
    }

    #[test]
    fn formulas_are_defused_and_restored_exactly() {
        let fields = [
            "=SUM(A1)",
            "+1",
            "-x",
            "@cmd",
            "'=quoted",
            "''+",
            "'plain",
            "plain",
            "\tx",
            " =1+1",
            "  @x",
            "\u{3000}=1",
            "＝SUM(A1)",
            "＋1",
            "－x",
            "＠cmd",
            " ＝1",
            "a = b",
        ];
        for field in fields {
            let mut written = String::new();
            push_row(&mut written, &[field]);
            let written = rows(&written).unwrap().remove(0).1.remove(0);
            let runs =
                |f: &str| f.trim_start().starts_with(['=', '+', '-', '@', '\t', '＝', '＋', '－', '＠']);
            assert!(!runs(&written), "{written:?}");
            assert_eq!(restore(written), field);
        }
    }

    #[test]
    fn rows_split_at_commas_and_line_ends_outside_quotes_only() {
        let text = "a,\"b,\r\n\"\"c\"\"\",d\"e\r\n\r\nf\r,é—ü\n\"x\ny\",\n,,\nlast";
        let rows = rows(text).unwrap();
        let expected: Vec<(usize, Vec<&str>)> = vec![
            (1, vec!["a", "b,\r\n\"c\"", "d\"e"]),
            (4, vec!["f"]),
            (5, vec!["", "é—ü"]),
            (6, vec!["x\ny", ""]),
            (9, vec!["last"]),
        ];
        let rows: Vec<(usize, Vec<&str>)> =
            rows.iter().map(|(line, fields)| (*line, fields.iter().map(String::as_str).collect())).collect();
        assert_eq!(rows, expected);
    }

    #[test]
    fn an_unclosed_quote_names_its_row() {
        let error = read("tag,text\r\nclaim,\"never closed\r\n").unwrap_err();
        assert_eq!(error.to_string(), "the row starting on line 2 has a quoted field that is never closed");
    }

    #[test]
    fn a_file_without_the_needed_columns_is_refused() {
        assert!(read("name,age\nSam,3\n").unwrap_err().0.to_string().contains("must name the columns"));
        assert!(read("").unwrap_err().0.to_string().contains("empty"));
    }

    #[test]
    fn columns_are_found_by_name_in_any_order() {
        let incoming = read("Text,Label,Note\n\"talks, then\",Claim,=1+1\nx,opinion,\n").unwrap();
        assert_eq!(incoming.records.len(), 2);
        let record = &incoming.records[0];
        assert_eq!(record.quote, Some(Quote::exact("talks, then")));
        // The merge spells a tag as the workspace's set does ("Claim" is "claim"),
        // and adds one it lacks ("opinion").
        assert_eq!((record.tag.clone(), record.note.as_str()), (Tag::new("Claim"), "=1+1"));
        assert_eq!(incoming.records[1].tag, Tag::new("opinion"));
        assert!(incoming.warnings.is_empty());
    }
}

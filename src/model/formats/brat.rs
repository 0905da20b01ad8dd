//! brat standoff: each article as a `.txt` file and an `.ann` file beside it, with
//! `T` lines for spans (code-point offsets) and `#` AnnotatorNotes lines for notes,
//! all packed in one .zip with an `annotation.conf` naming the workspace's tags.
//!
//! brat keeps no titles, authors or times, and its lines cannot hold a line break:
//! a span across lines is written as fragments, one per line, as brat itself does,
//! and line breaks in notes become spaces.

use super::intake::{skipped, Incoming, LineEndings, Progress, Record, Target};
use super::{zip, ImportError};
use crate::model::text::offsets::{OffsetError, Span};
use crate::model::{Document, Said, Tag, Workspace};
use std::collections::{BTreeMap, HashMap};
use std::future::Future;

/// brat's configuration: the workspace's tags as entity types.
fn conf(workspace: &Workspace) -> String {
    let types: String = workspace.tags().tags().map(|tag| type_name(tag) + "\n").collect();
    format!("[entities]\n{types}\n[relations]\n\n[events]\n\n[attributes]\n")
}

/// A tag as a brat type: its label ("Claim"), spaces made underscores, as brat's
/// types hold none.
fn type_name(tag: &Tag) -> String {
    tag.label().split_whitespace().collect::<Vec<_>>().join("_")
}

/// Packs every article and its annotations into a .zip.
pub fn export(workspace: &Workspace) -> Vec<u8> {
    let mut files = vec![("annotation.conf".to_owned(), conf(workspace).into_bytes())];
    for doc in workspace.documents() {
        let stem = file_stem(doc);
        files.push((format!("{stem}.txt"), doc.text().as_bytes().to_vec()));
        files.push((format!("{stem}.ann"), ann(workspace, doc).into_bytes()));
    }
    zip::write(&files)
}

/// A file name from the title, with the fingerprint's start to keep names apart.
fn file_stem(doc: &Document) -> String {
    let mut slug: String = doc
        .title
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '-' })
        .collect();
    slug.truncate(48);
    let slug: Vec<&str> = slug.split('-').filter(|part| !part.is_empty()).collect();
    format!("{}-{}", slug.join("-"), &doc.fingerprint().as_str()[..8])
}

fn ann(workspace: &Workspace, doc: &Document) -> String {
    let index = doc.index();
    let mut out = String::new();
    let mut notes = 0;
    for (n, a) in workspace.annotations_of(doc.fingerprint()).into_iter().enumerate() {
        let text = index.slice(a.span).unwrap_or_default();
        let fragments = fragments(a.span, text);
        let offsets: Vec<String> = fragments.iter().map(|f| format!("{} {}", f.start, f.end)).collect();
        let marked: Vec<&str> = fragments.iter().map(|f| index.slice(*f).unwrap_or_default()).collect();
        out.push_str(&format!(
            "T{}\t{} {}\t{}\n",
            n + 1,
            type_name(&a.tag),
            offsets.join(";"),
            marked.join(" ")
        ));
        if !a.note.is_empty() {
            notes += 1;
            out.push_str(&format!("#{notes}\tAnnotatorNotes T{}\t{}\n", n + 1, one_line(&a.note)));
        }
    }
    out
}

/// The parts of `span` between its line breaks and tabs, which a T line cannot
/// hold: brat checks that its text field is the fragments' text joined by spaces.
fn fragments(span: Span, text: &str) -> Vec<Span> {
    let mut parts = Vec::new();
    let mut start = span.start;
    for line in text.split(['\n', '\t']) {
        let end = start + line.chars().count();
        if end > start {
            parts.push(Span::new(start, end));
        }
        start = end + 1;
    }
    if parts.is_empty() {
        parts.push(span);
    }
    parts
}

fn one_line(text: &str) -> String {
    text.replace(['\n', '\r', '\t'], " ")
}

/// Reads the articles and annotations of a .zip of brat files, handing over to
/// `pause` before each line of annotations; None when it said stop.
pub async fn read_zip<P: Future<Output = bool>>(
    files: Vec<(String, Vec<u8>)>,
    pause: &mut impl FnMut(Progress) -> P,
) -> Result<Option<Incoming>, ImportError> {
    let mut texts: BTreeMap<String, Vec<u8>> = BTreeMap::new();
    let mut anns: HashMap<String, Vec<u8>> = HashMap::new();
    for (name, content) in files {
        if let Some(stem) = name.strip_suffix(".txt") {
            texts.insert(stem.to_owned(), content);
        } else if let Some(stem) = name.strip_suffix(".ann") {
            anns.insert(stem.to_owned(), content);
        }
    }
    if texts.is_empty() {
        return Err(ImportError(Said::new("brat-nothing")));
    }
    let mut incoming = Incoming::default();
    for stem in anns.keys().filter(|stem| !texts.contains_key(*stem)) {
        incoming.warnings.push(Said::new("brat-lone-ann").text("stem", stem));
    }
    for (stem, bytes) in texts {
        let name = format!("{stem}.txt");
        let doc = match Document::from_file(&name, &bytes) {
            Ok((doc, _)) => doc,
            Err(error) => {
                incoming.warnings.push(skipped(Said::new("at-file").text("file", name), error.said()));
                continue;
            }
        };
        if let Some(ann) = anns.get(&stem) {
            let original = String::from_utf8_lossy(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes));
            let ann = String::from_utf8_lossy(ann);
            if !read_ann(&stem, &ann, &original, &doc, &mut incoming, pause).await {
                return Ok(None);
            }
        }
        incoming.documents.push(doc);
    }
    Ok(Some(incoming))
}

/// Reads one .ann file's lines into `incoming`; false when `pause` said stop.
async fn read_ann<P: Future<Output = bool>>(
    stem: &str,
    ann: &str,
    original: &str,
    doc: &Document,
    incoming: &mut Incoming,
    pause: &mut impl FnMut(Progress) -> P,
) -> bool {
    let chars: Vec<char> = original.chars().collect();
    let lines = LineEndings::of(original);
    let mut notes: HashMap<&str, &str> = HashMap::new();
    let mut spans = Vec::new();
    let mut unread = 0;
    let total = ann.lines().count();
    for (n, line) in ann.lines().enumerate() {
        if !pause(Progress { done: n, total, reading: true }).await {
            return false;
        }
        let at = Said::new("at-file-line").text("file", format!("{stem}.ann")).number("line", n + 1);
        let fields: Vec<&str> = line.splitn(3, '\t').collect();
        match (line.chars().next(), fields.as_slice()) {
            (Some('T'), [id, kind, rest @ ..]) => match text_bound(kind, rest.first().copied(), &chars) {
                Ok((tag, span)) => spans.push((at, *id, tag, lines.span(span))),
                Err(reason) => incoming.warnings.push(skipped(at, reason)),
            },
            (Some('#'), [_, kind, note]) if kind.starts_with("AnnotatorNotes ") => {
                notes.insert(kind["AnnotatorNotes ".len()..].trim(), note);
            }
            (None, _) => {}
            _ => unread += 1,
        }
    }
    if unread > 0 {
        incoming
            .warnings
            .push(Said::new("brat-unread").text("file", format!("{stem}.ann")).number("count", unread));
    }
    for (at, id, tag, span) in spans {
        incoming.records.push(Record {
            at,
            target: Target::Text(doc.fingerprint().clone()),
            span: Some(span),
            quote: None,
            tag,
            note: notes.get(id).map(|n| n.to_string()).unwrap_or_default(),
            author: String::new(),
            created: String::new(),
            id: None,
        });
    }
    true
}

/// Reads `Type start end[;start end…]` and the marked text. Fragments must be
/// separated by nothing but whitespace (line breaks, as brat splits spans), so that
/// one span covers them; the marked text, when given, must be the fragments' text
/// joined by spaces, as brat's own reader requires.
fn text_bound(kind: &str, marked: Option<&str>, text: &[char]) -> Result<(Tag, Span), Said> {
    let (name, offsets) = kind.split_once(' ').ok_or_else(|| Said::new("brat-no-offsets"))?;
    // brat's types hold no spaces, so an exported "Emotive language" is
    // "Emotive_language"; the merge finds the tag whatever its case.
    let tag = Tag::read(&name.replace('_', " ")).ok_or_else(|| Said::new("brat-no-type"))?;
    let mut fragments = Vec::new();
    for fragment in offsets.split(';') {
        let numbers: Vec<usize> = fragment
            .split_whitespace()
            .map(str::parse)
            .collect::<Result<_, _>>()
            .map_err(|_| Said::new("brat-not-offsets").text("fragment", fragment))?;
        match numbers[..] {
            [start, end] if start < end && end <= text.len() => fragments.push(Span::new(start, end)),
            [start, end] if start >= end => {
                return Err(Said::new("offsets-reversed").number("start", start).number("end", end))
            }
            [_, end] => return Err(OffsetError::PastEnd { offset: end, len: text.len() }.said()),
            _ => return Err(Said::new("brat-not-offsets").text("fragment", fragment)),
        }
    }
    if let Some(marked) = marked {
        let pieces: Vec<String> = fragments.iter().map(|f| text[f.start..f.end].iter().collect()).collect();
        if pieces.join(" ") != marked {
            return Err(Said::new("brat-text-differs").text("text", marked));
        }
    }
    fragments.sort_by_key(|f| f.start);
    for pair in fragments.windows(2) {
        let gap = &text[pair[0].end.min(pair[1].start)..pair[1].start];
        if pair[0].end > pair[1].start || !gap.iter().all(|c| c.is_whitespace()) {
            return Err(Said::new("brat-fragments-apart"));
        }
    }
    let (first, last) = (fragments[0], fragments[fragments.len() - 1]);
    Ok((tag, Span::new(first.start, last.end)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::testing::{annotation, workspace_with};

    #[test]
    fn annotations_are_read_a_line_at_a_time_and_a_stop_reads_no_more() {
        use crate::model::formats::{import_in_pieces, intake::finish_now};
        let doc = Document::new("T", "S", "one two three").unwrap();
        let spans = (0..3)
            .map(|n| annotation(n + 1, &doc, 4 * n as usize, 4 * n as usize + 3, Tag::new("fact")))
            .collect();
        let file = export(&workspace_with(doc.clone(), spans));
        let mut seen = Vec::new();
        let stopped = finish_now(import_in_pieces(&Workspace::default(), None, "a.zip", &file, |progress| {
            seen.push((progress.done, progress.total, progress.reading));
            std::future::ready(progress.done < 1)
        }));
        assert_eq!(stopped, Ok(None));
        assert_eq!(seen, [(0, 3, true), (1, 3, true)]);
    }

    #[test]
    fn spans_across_lines_become_fragments_and_notes_one_line() {
        let doc = Document::new("Über: a title!", "S", "one\ntwo three\n👋 four").unwrap();
        let mut a = annotation(1, &doc, 0, 7, Tag::new("quote"));
        a.note = "two\nlines".into();
        let ws = workspace_with(doc.clone(), vec![a, annotation(2, &doc, 14, 20, Tag::new("fact"))]);
        assert_eq!(
            ann(&ws, &doc),
            "T1\tQuote 0 3;4 7\tone two\n#1\tAnnotatorNotes T1\ttwo lines\nT2\tFact 14 20\t👋 four\n"
        );
        assert!(file_stem(&doc).starts_with("ber-a-title-"));
    }

    #[test]
    fn bad_lines_are_skipped_with_their_line_number() {
        let text: Vec<char> = "one two".chars().collect();
        assert!(text_bound("Claim 0 3", Some("one"), &text).is_ok());
        assert!(text_bound("Claim 0 3", None, &text).is_ok());
        let cases = [
            ("_ 0 3", "no type"),
            ("Claim 3 0", "reversed"),
            ("Claim 0 99", "past the end"),
            ("Claim 0 x", "not a pair"),
            ("Claim 0 1;4 7", "apart"),
            ("Claim", "no offsets"),
        ];
        for (kind, reason) in cases {
            let error = text_bound(kind, None, &text).unwrap_err();
            assert!(error.to_string().contains(reason), "{kind}: {error}");
        }
        // brat's own rule: the text is the fragments' text, joined by spaces.
        let error = text_bound("Claim 0 3", Some("two"), &text).unwrap_err();
        assert!(error.to_string().contains("as brat requires"), "{error}");
    }

    /// A tab cannot stand in a T line's text: the span is split there, as at a line
    /// break, and the text written as brat checks it (fragments joined by spaces).
    #[test]
    fn a_span_across_a_tab_is_written_as_brat_accepts_it() {
        let doc = Document::new("T", "S", "قال: مرحبا بكم في دمشق\tand the crowd repeated\n\nit.").unwrap();
        let chars: Vec<char> = doc.text().chars().collect();
        let start = chars.iter().position(|c| *c == 'م').unwrap();
        let end = chars.len();
        let ws = workspace_with(doc.clone(), vec![annotation(1, &doc, start, end, Tag::new("quote"))]);
        let line = ann(&ws, &doc);
        assert_eq!(
            line,
            format!("T1\tQuote {start} 22;23 45;47 {end}\tمرحبا بكم في دمشق and the crowd repeated it.\n")
        );
        let fields: Vec<&str> = line.trim_end().split('\t').collect();
        assert_eq!(
            text_bound(fields[1], Some(fields[2]), &chars),
            Ok((Tag::new("Quote"), Span::new(start, end)))
        );
    }
}

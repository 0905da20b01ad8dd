//! Documents: the texts that annotations point into.

use crate::model::text::bidi;
use crate::model::text::encoding::{self, Encoding};
use crate::model::text::offsets::{cp_len, normalize_newlines, CpIndex};
use crate::model::Said;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::cell::OnceCell;
use std::fmt;
use std::rc::Rc;

/// The largest text accepted as one document. Larger pastes and files are refused
/// with a message rather than freezing the page while they are laid out.
pub const MAX_DOCUMENT_BYTES: usize = 8 * 1024 * 1024;

/// The SHA-256 of a document's LF-normalised text, in lowercase hex. It identifies
/// the document: two documents with the same text are the same document, and an
/// annotation exported with this fingerprint can be matched to its text anywhere.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Fingerprint(Rc<str>);

impl Fingerprint {
    /// Fingerprints an already normalised text.
    fn of(text: &str) -> Fingerprint {
        let digest = Sha256::digest(text.as_bytes());
        let hex: String = digest.iter().map(|byte| format!("{byte:02x}")).collect();
        Fingerprint(hex.into())
    }

    /// Reads a fingerprint as [`as_str`](Fingerprint::as_str) writes it: 64
    /// lowercase hex digits.
    pub fn parse(text: &str) -> Option<Fingerprint> {
        let hex = text.len() == 64 && text.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'));
        hex.then(|| Fingerprint(text.into()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Fingerprint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// How a file became a document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FileRead {
    pub encoding: Encoding,
    /// Read as Markdown: its markup taken off, its first heading the title.
    pub markdown: bool,
}

impl FileRead {
    /// What the reader is told of how `document` was read from the file `name`:
    /// as what, in which encoding if not UTF-8, how many paragraphs and its title.
    pub fn said(&self, name: &str, document: &Document) -> Said {
        let how = match (self.markdown, self.encoding.said()) {
            (false, None) => Said::new("read-plain"),
            (true, None) => Said::new("read-markdown"),
            (false, Some(encoding)) => Said::new("read-plain-in").said("encoding", encoding),
            (true, Some(encoding)) => Said::new("read-markdown-in").said("encoding", encoding),
        };
        let paragraphs = document.lines().filter(|(_, line)| !line.trim().is_empty()).count();
        read_as(name, how, paragraphs, document)
    }
}

/// What was taken from the file `name`, read as `how` into `document` of
/// `paragraphs` paragraphs, in words for the reader.
pub fn read_as(name: &str, how: Said, paragraphs: usize, document: &Document) -> Said {
    Said::new("read-as")
        .text("name", bidi::isolate(name))
        .said("how", how)
        .number("paragraphs", paragraphs)
        .text("title", bidi::quoted(&document.title))
}

/// A text to annotate, with where it came from. Cheap to clone: the text is shared.
#[derive(Clone, Debug)]
pub struct Document {
    fingerprint: Fingerprint,
    /// Shown in the article list; the first line of the text unless the user said.
    pub title: String,
    /// Who published it (an outlet's name) or where it came from (a file name).
    pub source: String,
    text: Rc<str>,
    len: usize,
    index: IndexCache,
}

impl PartialEq for Document {
    /// Cheap: the fingerprint stands for the text (it is the text's SHA-256), so a
    /// 5 MB text is not compared byte by byte whenever the page compares documents.
    fn eq(&self, other: &Document) -> bool {
        self.fingerprint == other.fingerprint && self.title == other.title && self.source == other.source
    }
}

/// A document's code-point index, built the first time it is needed and shared by
/// its clones: the side panel and the exports slice quotes on every change, and
/// indexing a 5 MB text takes tens of milliseconds. Not part of what a document is:
/// it never makes two documents unequal and is not shown in debug output.
#[derive(Clone, Default)]
struct IndexCache(Rc<OnceCell<Rc<[usize]>>>);

impl PartialEq for IndexCache {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl fmt::Debug for IndexCache {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("IndexCache")
    }
}

/// Why a text cannot become a document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DocumentError {
    Empty,
    TooLarge {
        bytes: usize,
    },
    /// The bytes are not UTF-8 text (or hold NUL bytes, as binary files do).
    NotText,
}

impl DocumentError {
    pub fn said(&self) -> Said {
        match self {
            DocumentError::Empty => Said::new("document-empty"),
            DocumentError::TooLarge { .. } => {
                Said::new("document-too-large").number("limit", MAX_DOCUMENT_BYTES / 1_048_576)
            }
            DocumentError::NotText => Said::new("document-not-text"),
        }
    }
}

impl fmt::Display for DocumentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.said().fmt(f)
    }
}

impl std::error::Error for DocumentError {}

impl Document {
    /// Makes a document of `text`, normalising its line endings first. A blank title
    /// is replaced by the first non-empty line of the text.
    pub fn new(title: &str, source: &str, text: &str) -> Result<Document, DocumentError> {
        if text.len() > MAX_DOCUMENT_BYTES {
            return Err(DocumentError::TooLarge { bytes: text.len() });
        }
        if text.contains('\0') {
            return Err(DocumentError::NotText);
        }
        let text = normalize_newlines(text);
        if text.trim().is_empty() {
            return Err(DocumentError::Empty);
        }
        let title = match title.trim() {
            "" => first_line(&text),
            given => given.to_owned(),
        };
        Ok(Document {
            fingerprint: Fingerprint::of(&text),
            title,
            source: source.trim().to_owned(),
            len: cp_len(&text),
            index: IndexCache::default(),
            text: text.into(),
        })
    }

    /// Makes a document of a file's bytes, in any encoding [`encoding::decode`]
    /// reads; a Markdown file (`.md`) loses its markup and takes its first heading
    /// as title. With how it was read.
    pub fn from_file(name: &str, bytes: &[u8]) -> Result<(Document, FileRead), DocumentError> {
        if bytes.len() > MAX_DOCUMENT_BYTES {
            return Err(DocumentError::TooLarge { bytes: bytes.len() });
        }
        let (text, encoding) = encoding::decode(bytes).ok_or(DocumentError::NotText)?;
        let lower = name.to_lowercase();
        let markdown = lower.ends_with(".md") || lower.ends_with(".markdown");
        let document = match markdown {
            true => {
                let (title, plain) = super::markdown::to_plain(&text);
                Document::new(title.as_deref().unwrap_or_default(), name, &plain)?
            }
            false => Document::new("", name, &text)?,
        };
        Ok((document, FileRead { encoding, markdown }))
    }

    /// The same text under another title and source, as [`Document::new`] takes
    /// them (trimmed; an empty title is the first line).
    pub fn renamed(&self, title: &str, source: &str) -> Document {
        let title = match title.trim() {
            "" => first_line(&self.text),
            given => given.to_owned(),
        };
        Document { title, source: source.trim().to_owned(), ..self.clone() }
    }

    pub fn fingerprint(&self) -> &Fingerprint {
        &self.fingerprint
    }

    /// The code-point index of the text, built once.
    pub fn index(&self) -> CpIndex<'_> {
        let checkpoints = self.index.0.get_or_init(|| CpIndex::new(&self.text).checkpoints()).clone();
        CpIndex::with_checkpoints(&self.text, checkpoints, self.len)
    }

    pub fn text(&self) -> &Rc<str> {
        &self.text
    }

    /// Length of the text in code points.
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The text's lines (paragraphs, as laid out on the page), each with the
    /// code-point offset where it starts. The newline between two lines belongs to
    /// neither.
    pub fn lines(&self) -> impl Iterator<Item = (usize, &str)> {
        let mut start = 0;
        self.text.split('\n').map(move |line| {
            let at = start;
            start += cp_len(line) + 1;
            (at, line)
        })
    }
}

/// The first non-empty line, shortened to a title's length.
fn first_line(text: &str) -> String {
    let line = text.lines().map(str::trim).find(|l| !l.is_empty()).unwrap_or("Untitled");
    let mut title: String = line.chars().take(80).collect();
    if title.len() < line.len() {
        title.push('…');
    }
    title
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprint_is_sha256_of_lf_text() {
        let doc = Document::new("t", "s", "abc").unwrap();
        assert_eq!(
            doc.fingerprint().as_str(),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        let crlf = Document::new("t", "s", "one\r\ntwo").unwrap();
        let lf = Document::new("t", "s", "one\ntwo").unwrap();
        assert_eq!(crlf.fingerprint(), lf.fingerprint());
        assert_eq!(crlf.text().as_ref(), "one\ntwo");
    }

    #[test]
    fn lines_carry_their_code_point_starts() {
        let doc = Document::new("", "", "héllo\n\n👋 wave\nend").unwrap();
        let lines: Vec<_> = doc.lines().collect();
        assert_eq!(lines, vec![(0, "héllo"), (6, ""), (7, "👋 wave"), (14, "end")]);
        assert_eq!(doc.len(), 17);
    }

    #[test]
    fn blank_titles_come_from_the_first_line() {
        let doc = Document::new("  ", "paste", "\n  Headline here \nbody").unwrap();
        assert_eq!(doc.title, "Headline here");
        let long = "x".repeat(100);
        assert_eq!(Document::new("", "", &long).unwrap().title.chars().count(), 81);
    }

    #[test]
    fn bad_texts_are_refused() {
        assert_eq!(Document::new("", "", " \n "), Err(DocumentError::Empty));
        assert_eq!(Document::new("", "", "a\0b"), Err(DocumentError::NotText));
        let huge = "a".repeat(MAX_DOCUMENT_BYTES + 1);
        let error = Document::new("", "", &huge).unwrap_err();
        assert_eq!(error.to_string(), "the text is larger than 8 MB, the most one article may hold");
        assert_eq!(Document::from_file("x.png", b"\x89PNG\r\n\x1a\n\xff"), Err(DocumentError::NotText));
    }

    #[test]
    fn the_index_is_built_once_and_shared_by_clones() {
        let doc = Document::new("T", "S", "a👋🏽b").unwrap();
        let copy = doc.clone();
        assert_eq!(doc.index().slice(crate::model::Span::new(1, 3)).unwrap(), "👋🏽");
        assert!(Rc::ptr_eq(&doc.index().checkpoints(), &copy.index().checkpoints()));
        assert_eq!(
            doc,
            Document::new("T", "S", "a👋🏽b").unwrap(),
            "a built index does not make documents differ"
        );
    }

    #[test]
    fn files_lose_their_byte_order_mark() {
        let (doc, read) = Document::from_file("notes.txt", b"\xEF\xBB\xBFHello").unwrap();
        assert_eq!((doc.text().as_ref(), read.encoding), ("Hello", Encoding::Utf8));
        assert_eq!(doc.source, "notes.txt");
        assert_eq!(
            read.said("notes.txt", &doc).to_string(),
            "\u{2068}notes.txt\u{2069} was read as plain text: 1 paragraph, titled “\u{2068}Hello\u{2069}”."
        );
        // Windows-1252, as older Windows programs write: read, and said so.
        let (doc, read) = Document::from_file("old.txt", b"Caf\xE9 \x93ouvert\x94").unwrap();
        assert_eq!((doc.text().as_ref(), read.encoding), ("Café “ouvert”", Encoding::Windows1252));
        assert!(read.said("old.txt", &doc).to_string().contains(
            "as plain text in Windows-1252 (Western European, from older Windows programs): 1 paragraph"
        ));
        // Markdown: the markup goes, the first heading is the title.
        let (doc, read) =
            Document::from_file("Notes.MD", b"# Moscow talks\n\nThe *talks* went\nwell.\n").unwrap();
        assert_eq!(
            (doc.title.as_str(), doc.text().as_ref()),
            ("Moscow talks", "Moscow talks\n\nThe talks went well.")
        );
        let said = read.said("Notes.MD", &doc).to_string();
        assert!(said.contains("as Markdown, its markup taken off: 2 paragraphs, titled"), "{said}");
    }
}

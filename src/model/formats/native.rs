//! The native format: the whole workspace as versioned JSON, lossless. Autosave
//! writes it too.

use super::intake::{skipped, Incoming, Record, Target};
use super::pieces::{self, Piece, Pieces};
use super::wire::{read_tags, wire_tags, WireAnnotation, WireDocument, WireExercise, WireTag};
use super::{json_error, newer_version, ImportError};
use crate::model::annotations::annotation::{Annotation, AnnotationId, Tag};
use crate::model::annotations::workspace::Workspace;
use crate::model::text::anchor::Quote;
use crate::model::text::bidi::quoted;
use crate::model::text::document::{Document, Fingerprint};
use crate::model::text::offsets::Span;
use crate::model::Said;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::collections::HashMap;

/// The value of the `format` field, so that another program's JSON is recognised.
pub const FORMAT: &str = "framelens-workspace";
/// The version this build writes, and the newest it reads. Version 2 added the
/// tag set; a file of version 1 has the four first tags.
pub const VERSION: u32 = 2;

#[derive(Serialize, Deserialize)]
struct WireWorkspace<'a> {
    format: Cow<'a, str>,
    version: u32,
    #[serde(default)]
    documents: Vec<WireDocument<'a>>,
    #[serde(default)]
    annotations: Vec<WireAnnotation<'a>>,
    /// The classroom exercise the workspace is for, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    exercise: Option<WireExercise<'a>>,
    /// The tag set (version 2 on).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    tags: Option<Vec<WireTag<'a>>>,
}

/// The workspace file in pieces ([`super::pieces`]): the page keeps each article's
/// and each chunk's records written, so that autosave's whole save and an export
/// write again only what changed (a 5 MB article is written once, not at every save).
pub struct NativeFile;

/// Where a file written without articles or annotations has them, which the
/// pieces fill. No text holds these lines: a JSON string holds no line break.
const NO_DOCUMENTS: &str = "\n  \"documents\": []";
const NO_ANNOTATIONS: &str = "\n  \"annotations\": []";

impl Pieces for NativeFile {
    fn pieces<'w>(&self, workspace: &'w Workspace) -> Vec<Piece<'w>> {
        let wire = WireWorkspace {
            format: FORMAT.into(),
            version: VERSION,
            documents: Vec::new(),
            annotations: Vec::new(),
            exercise: workspace.exercise().map(WireExercise::of),
            tags: Some(wire_tags(workspace.tags())),
        };
        // One article, one annotation per line, as the serializer lays it out.
        let empty = super::json_lines::to_string(&wire, 2);
        let at = |marker: &str| empty.find(marker).expect("the file has the field") + marker.len() - 1;
        let (documents, annotations) = (at(NO_DOCUMENTS), at(NO_ANNOTATIONS));
        let list_end = |any: bool| if any { "\n  " } else { "" };
        let mut pieces = vec![Piece::Text(empty[..documents].to_owned())];
        for (n, document) in workspace.documents().iter().enumerate() {
            pieces.push(Piece::Text(if n == 0 { "\n    " } else { ",\n    " }.to_owned()));
            pieces.push(Piece::Document(document));
        }
        let any_documents = !workspace.documents().is_empty();
        pieces.push(Piece::Text(format!("{}{}", list_end(any_documents), &empty[documents..annotations])));
        pieces.extend(pieces::chunks(workspace, ","));
        let any_annotations = workspace.annotation_count() > 0;
        pieces.push(Piece::Text(format!("{}{}", list_end(any_annotations), &empty[annotations..])));
        pieces
    }

    fn records(&self, document: &Document, chunk: &[Annotation]) -> String {
        let index = document.index();
        pieces::json_lines(chunk, "\n    ", 200, |out, a| {
            serde_json::to_writer(out, &WireAnnotation::of(a, &index))
        })
    }

    fn document(&self, document: &Document) -> String {
        let record = DocumentRecord::of(document);
        let (text, _) = record.slice(0, usize::MAX);
        [record.start(), &text, record.end()].concat()
    }
}

/// An article's record in the workspace file, to be written a slice of its text at
/// a time: the page writes a long article's record between frames, never holding
/// all of it (a 5 MB article's record written at once took as much wasm memory
/// again as its text, which a page keeps once it has grown). Its start, its text
/// escaped slice by slice, and its end make [`NativeFile`]'s record of the article.
pub struct DocumentRecord<'d> {
    text: &'d str,
    /// The record without its text: `{"title":…,"text":""}`.
    empty: String,
}

impl<'d> DocumentRecord<'d> {
    pub fn of(document: &'d Document) -> DocumentRecord<'d> {
        let wire = WireDocument { text: "".into(), ..WireDocument::of(document) };
        let empty = serde_json::to_string(&wire).expect("wire types serialise");
        assert!(empty.ends_with(r#""text":""}"#), "the text is the record's last field");
        DocumentRecord { text: document.text(), empty }
    }

    /// The record up to its text's opening quote.
    pub fn start(&self) -> &str {
        &self.empty[..self.empty.len() - 2]
    }

    /// The record from its text's closing quote.
    pub fn end(&self) -> &str {
        &self.empty[self.empty.len() - 2..]
    }

    /// The text's length in bytes.
    pub fn text_len(&self) -> usize {
        self.text.len()
    }

    /// About `size` bytes of the text from byte `from` (on to the end of a
    /// character), escaped as the record holds them; and where the next slice starts.
    pub fn slice(&self, from: usize, size: usize) -> (String, usize) {
        let mut to = from.saturating_add(size).min(self.text.len());
        while !self.text.is_char_boundary(to) {
            to += 1;
        }
        let quoted = serde_json::to_string(&self.text[from..to]).expect("strings serialise");
        (quoted[1..quoted.len() - 1].to_owned(), to)
    }
}

/// Writes the whole workspace.
pub fn export(workspace: &Workspace) -> String {
    NativeFile.join(workspace)
}

/// Reads a native file into records for [`super::intake::merge_in_pieces`]. An annotation whose
/// document was edited after export is re-anchored by its quote.
pub fn read(json: &str) -> Result<Incoming, ImportError> {
    let mut wire: WireWorkspace = serde_json::from_str(json).map_err(json_error)?;
    if wire.format != FORMAT {
        return Err(ImportError(Said::new("native-not-workspace").text("format", FORMAT)));
    }
    if wire.version > VERSION {
        return Err(ImportError(newer_version(wire.version, VERSION)));
    }
    let mut incoming = Incoming::default();
    // The file's own fingerprints, mapped to the text's real one (they differ when
    // the text was edited by hand after export).
    let mut renamed: HashMap<String, Fingerprint> = HashMap::new();
    for (n, wd) in wire.documents.into_iter().enumerate() {
        let doc = match Document::new(&wd.title, &wd.source, &wd.text) {
            Ok(doc) => doc,
            Err(error) => {
                let at = Said::new("at-document").number("n", n + 1).text("title", quoted(&wd.title));
                incoming.warnings.push(skipped(at, error.said()));
                continue;
            }
        };
        if doc.fingerprint().as_str() != wd.fingerprint {
            incoming.notes.push(Said::new("native-text-changed").text("title", quoted(&doc.title)));
        }
        renamed.insert(wd.fingerprint.into_owned(), doc.fingerprint().clone());
        incoming.documents.push(doc);
    }
    incoming.tags = match wire.tags {
        Some(tags) => Some(read_tags(tags)?),
        None => wire.exercise.as_mut().and_then(WireExercise::old_tags),
    };
    if let Some(exercise) = wire.exercise {
        match exercise.read(&renamed) {
            Ok(exercise) => incoming.exercise = Some(exercise),
            Err(error) => incoming.warnings.push(Said::new("native-exercise-left-out").said("why", error.0)),
        }
    }
    for (n, wa) in wire.annotations.into_iter().enumerate() {
        let at = Said::new("at-annotation").number("n", n + 1);
        match record(wa, &renamed, at.clone()) {
            Ok(record) => incoming.records.push(record),
            Err(reason) => incoming.warnings.push(skipped(at, reason)),
        }
    }
    Ok(incoming)
}

fn record(wa: WireAnnotation, renamed: &HashMap<String, Fingerprint>, at: Said) -> Result<Record, Said> {
    let id: AnnotationId = wa.id.parse()?;
    let tag = Tag::read(&wa.tag).ok_or_else(|| Said::new("no-tag"))?;
    let span = Span::new(wa.start, wa.end);
    if span.is_empty() {
        return Err(Said::new("offsets-reversed").number("start", wa.start).number("end", wa.end));
    }
    let target = match renamed.get(wa.document.as_ref()) {
        Some(fingerprint) => Target::Text(fingerprint.clone()),
        None => Target::Named { fingerprint: Some(wa.document.into_owned()), title: None },
    };
    Ok(Record {
        at,
        target,
        span: Some(span),
        quote: wa.exact.as_deref().map(Quote::exact),
        tag,
        note: wa.note.into_owned(),
        author: wa.author.into_owned(),
        created: wa.created.into_owned(),
        id: Some(id),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::formats::{Import, ImportError};
    use crate::model::testing::{annotation, workspace_with};
    use crate::model::{Annotation, Edit};

    /// The file as written whole, before it was written in pieces.
    fn whole(workspace: &Workspace) -> String {
        let annotations = workspace
            .documents()
            .iter()
            .flat_map(|doc| {
                let index = doc.index();
                workspace
                    .annotations_of(doc.fingerprint())
                    .into_iter()
                    .map(move |a| WireAnnotation::of(a, &index))
            })
            .collect();
        let wire = WireWorkspace {
            format: FORMAT.into(),
            version: VERSION,
            documents: workspace.documents().iter().map(WireDocument::of).collect(),
            annotations,
            exercise: workspace.exercise().map(WireExercise::of),
            tags: Some(wire_tags(workspace.tags())),
        };
        crate::model::formats::json_lines::to_string(&wire, 2)
    }

    #[test]
    fn an_article_record_written_slice_by_slice_is_the_record_written_at_once() {
        let text = "Line one, \"quoted\"\n\tand a tab, a backslash \\, é, 👋🏽 and مصدر\u{1}.\n".repeat(9);
        let document = Document::new("A \"title\"", "Source\n", &text).unwrap();
        let whole = serde_json::to_string(&WireDocument::of(&document)).unwrap();
        assert_eq!(NativeFile.document(&document), whole);
        let record = DocumentRecord::of(&document);
        for size in [1, 2, 3, 5, 64, 1_000, record.text_len()] {
            let mut written = record.start().to_owned();
            let mut at = 0;
            while at < record.text_len() {
                let (slice, next) = record.slice(at, size);
                assert!(next > at, "every slice goes forward");
                written.push_str(&slice);
                at = next;
            }
            written.push_str(record.end());
            assert_eq!(written, whole, "in slices of {size} bytes");
        }
    }

    #[test]
    fn the_file_in_pieces_is_the_file_written_whole() {
        assert_eq!(export(&Workspace::default()), whole(&Workspace::default()));
        let mut ws = sample();
        assert_eq!(export(&ws), whole(&ws));
        // Several chunks in two articles: every chunk's records in text order.
        let doc = Document::new("Two", "S", &"words, \"quoted\" ".repeat(2_000)).unwrap();
        ws.apply(Edit::AddDocument(doc.clone())).unwrap();
        for n in 0..1_500u128 {
            let start = n as usize * 7;
            ws.apply(Edit::AddAnnotation(annotation(5_000 + n, &doc, start, start + 5, Tag::new("quote"))))
                .unwrap();
        }
        assert!(ws.list_of(doc.fingerprint()).unwrap().chunks().len() > 1);
        assert_eq!(export(&ws), whole(&ws));
    }

    fn import(workspace: &Workspace, json: &str) -> Result<Import, ImportError> {
        crate::model::formats::import(workspace, None, "workspace.json", json.as_bytes())
    }

    fn sample() -> Workspace {
        let doc = Document::new("Report", "Outlet", "Hi 👋 there, \"special\" relations.\nنعم").unwrap();
        let mut a = annotation(7, &doc, 3, 10, Tag::new("framing"));
        a.note = "note with <script>alert(1)</script>, \"quotes\"\nand a newline".into();
        a.author = "Sam".into();
        workspace_with(doc.clone(), vec![a, annotation(8, &doc, 13, 20, Tag::new("quote"))])
    }

    #[test]
    fn export_then_import_restores_everything() {
        let ws = sample();
        let json = export(&ws);
        let import = import(&Workspace::default(), &json).unwrap();
        assert_eq!(import.warnings, []);
        assert_eq!((import.documents, import.annotations), (1, 2));
        let mut restored = Workspace::default();
        restored.apply(import.edit).unwrap();
        assert_eq!(restored, ws);
        assert!(json.contains("\"exact\":\"👋 there\""), "{json}");
    }

    #[test]
    fn the_same_words_tagged_twice_alike_reopen_as_two_annotations() {
        let mut ws = sample();
        let twice = ws.annotations().next().unwrap().clone();
        ws.apply(Edit::AddAnnotation(Annotation { id: AnnotationId(77), ..twice })).unwrap();
        let mut restored = Workspace::default();
        restored.apply(import(&Workspace::default(), &export(&ws)).unwrap().edit).unwrap();
        assert_eq!(restored, ws);
    }

    #[test]
    fn importing_into_the_same_workspace_adds_nothing() {
        let ws = sample();
        let import = import(&ws, &export(&ws)).unwrap();
        assert_eq!((import.documents, import.annotations), (0, 0));
        assert!(import.warnings.is_empty());
    }

    /// Each case: a file and the start of the error it must give.
    #[test]
    fn broken_files_are_refused_with_a_reason() {
        let cases = [
            (
                "{\"format\": \"framelens-workspace\", \"version\": 1, \"documents\": [",
                "this is not a valid file: line 1",
            ),
            ("[1, 2, 3]", "this JSON is none of the formats"),
            ("{\"format\": \"other\", \"version\": 1}", "this is not a Framelens workspace file"),
            (
                "{\"format\": \"framelens-workspace\", \"version\": \"one\"}",
                "this is not a valid file: line 1, column",
            ),
            ("{\"format\": \"framelens-workspace\", \"version\": 9}", "this file is of version 9"),
            ("\u{0}\u{1}binary", "this is not a text file"),
        ];
        for (file, start) in cases {
            let error = import(&Workspace::default(), file).unwrap_err();
            assert!(error.0.to_string().starts_with(start), "{file:?} gave {error}");
        }
    }

    #[test]
    fn bad_records_are_skipped_with_warnings() {
        let ws = sample();
        let doc = &ws.documents()[0];
        let fp = doc.fingerprint().as_str();
        let record = |id: &str, start: i64, end: i64, tag: &str| {
            format!(r#"{{"id":"{id}","document":"{fp}","start":{start},"end":{end},"tag":"{tag}"}}"#)
        };
        let json = format!(
            r#"{{"format":"framelens-workspace","version":1,"documents":[],"annotations":[{},{},{},{},{},{}]}}"#,
            record("00000000-0000-4000-8000-000000000001", 5, 2, "claim"),
            record("00000000-0000-4000-8000-000000000002", 0, 999, "claim"),
            record("00000000-0000-4000-8000-000000000003", 0, 2, " "),
            record("nope", 0, 2, "claim"),
            record("00000000-0000-4000-8000-000000000004", 0, 2, "fact"),
            record("00000000-0000-4000-8000-000000000004", 0, 3, "fact"),
        );
        let import = import(&ws, &json).unwrap();
        assert_eq!(import.annotations, 1);
        let reasons: Vec<String> = import.warnings.iter().map(ToString::to_string).collect();
        assert_eq!(reasons.len(), 4, "{reasons:?}");
        assert!(reasons[0].contains("empty or reversed"));
        assert!(reasons[1].contains("it has no tag"));
        assert!(reasons[2].contains("not a UUID"));
        assert!(reasons[3].contains("appears twice"));
        // A span outside its text has nothing to place it by.
        assert_eq!(import.orphans.len(), 1);
        assert!(import.orphans[0].reason.to_string().contains("neither a quote nor a position inside"));
    }

    #[test]
    fn an_edited_text_keeps_the_annotations_whose_quotes_it_still_holds() {
        let json = export(&sample()).replace("\"text\":\"Hi 👋 there", "\"text\":\"Hi 👋 where");
        let import = import(&Workspace::default(), &json).unwrap();
        assert_eq!(import.documents, 1);
        assert!(import.warnings.is_empty());
        assert!(
            import.notes[0].to_string().contains("was changed after it was exported"),
            "{:?}",
            import.notes
        );
        assert_eq!(import.annotations, 1);
        // "👋 there" is now "👋 where": too short a quote to match approximately.
        assert_eq!(import.orphans.len(), 1);
        assert!(import.orphans[0].reason.to_string().contains("not in the article"), "{:?}", import.orphans);
    }
}

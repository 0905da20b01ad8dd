//! The native format: the whole workspace as versioned JSON, lossless. Autosave
//! writes it too.

use super::{json_error, Import, ImportError, MAX_IMPORT_BYTES};
use crate::model::annotation::{Annotation, AnnotationId, Tag};
use crate::model::document::{Document, Fingerprint};
use crate::model::edit::Edit;
use crate::model::offsets::{CpIndex, Span};
use crate::model::workspace::Workspace;
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};

/// The value of the `format` field, so that another program's JSON is recognised.
pub const FORMAT: &str = "framelens-workspace";
/// The version this build writes, and the newest it reads.
pub const VERSION: u32 = 1;

#[derive(Serialize, Deserialize)]
struct WireWorkspace {
    format: String,
    version: u32,
    #[serde(default)]
    documents: Vec<WireDocument>,
    #[serde(default)]
    annotations: Vec<WireAnnotation>,
}

#[derive(Serialize, Deserialize)]
struct WireDocument {
    title: String,
    #[serde(default)]
    source: String,
    fingerprint: String,
    text: String,
}

#[derive(Serialize, Deserialize)]
struct WireAnnotation {
    id: String,
    document: String,
    /// Code points, half-open.
    start: usize,
    end: usize,
    tag: String,
    #[serde(default)]
    note: String,
    #[serde(default)]
    created: String,
    #[serde(default)]
    author: String,
    /// The annotated text, written for people reading the file and checked on import.
    #[serde(default)]
    exact: Option<String>,
}

/// Writes the whole workspace.
pub fn export(workspace: &Workspace) -> String {
    let documents = workspace.documents();
    let mut annotations = Vec::with_capacity(workspace.annotations().len());
    for doc in documents {
        let index = CpIndex::new(doc.text());
        for a in workspace.annotations_of(doc.fingerprint()) {
            annotations.push(WireAnnotation {
                id: a.id.to_string(),
                document: a.document.to_string(),
                start: a.span.start,
                end: a.span.end,
                tag: a.tag.name().to_owned(),
                note: a.note.to_string(),
                created: a.created.to_string(),
                author: a.author.to_string(),
                exact: index.slice(a.span).ok().map(str::to_owned),
            });
        }
    }
    let wire = WireWorkspace {
        format: FORMAT.to_owned(),
        version: VERSION,
        documents: documents
            .iter()
            .map(|doc| WireDocument {
                title: doc.title.clone(),
                source: doc.source.clone(),
                fingerprint: doc.fingerprint().to_string(),
                text: doc.text().to_string(),
            })
            .collect(),
        annotations,
    };
    serde_json::to_string_pretty(&wire).expect("the workspace serialises")
}

/// Reads a native file and returns the edit that merges it into `workspace`:
/// documents and annotations already there are kept as they are, the rest is added.
pub fn import(workspace: &Workspace, json: &str) -> Result<Import, ImportError> {
    if json.len() > MAX_IMPORT_BYTES {
        return Err(ImportError(format!(
            "the file is larger than {} MB, the most Framelens imports",
            MAX_IMPORT_BYTES / 1_048_576
        )));
    }
    let value: serde_json::Value = serde_json::from_str(json).map_err(json_error)?;
    if value.get("format").and_then(|f| f.as_str()) != Some(FORMAT) {
        return Err(ImportError(
            "this is not a Framelens workspace file (its \"format\" field is not \"framelens-workspace\")"
                .into(),
        ));
    }
    let wire: WireWorkspace = serde_json::from_str(json).map_err(json_error)?;
    if wire.version > VERSION {
        return Err(ImportError(format!(
            "this file is of version {}, newer than this Framelens reads ({VERSION}); update Framelens",
            wire.version
        )));
    }

    let mut warnings = Vec::new();
    let mut edits = Vec::new();
    // The texts annotations may point into: the workspace's and the file's.
    let mut texts: HashMap<Fingerprint, Document> =
        workspace.documents().iter().map(|d| (d.fingerprint().clone(), d.clone())).collect();
    // The file's own fingerprints, mapped to the text's real one (they differ when
    // the text was edited by hand after export).
    let mut renamed: HashMap<String, Fingerprint> = HashMap::new();
    let mut documents = 0;
    for (n, wd) in wire.documents.into_iter().enumerate() {
        let doc = match Document::new(&wd.title, &wd.source, &wd.text) {
            Ok(doc) => doc,
            Err(error) => {
                warnings.push(format!("document {} ({:?}) skipped: {error}", n + 1, wd.title));
                continue;
            }
        };
        if doc.fingerprint().as_str() != wd.fingerprint {
            warnings.push(format!(
                "document {} ({:?}): its text does not match its fingerprint; it was changed after export",
                n + 1,
                doc.title
            ));
        }
        renamed.insert(wd.fingerprint, doc.fingerprint().clone());
        if !texts.contains_key(doc.fingerprint()) {
            texts.insert(doc.fingerprint().clone(), doc.clone());
            edits.push(Edit::AddDocument(doc));
            documents += 1;
        }
    }

    let mut seen = HashSet::new();
    let mut annotations = 0;
    for (n, wa) in wire.annotations.into_iter().enumerate() {
        match read_annotation(wa, &texts, &renamed) {
            Ok(a) if !seen.insert(a.id) => {
                warnings.push(format!("annotation {}: skipped, its id {} appears twice", n + 1, a.id));
            }
            Ok(a) => match workspace.annotation(a.id) {
                Some(existing) if *existing == a => {}
                Some(_) => warnings.push(format!(
                    "annotation {}: an annotation with the id {} exists already; kept the one in the workspace",
                    n + 1,
                    a.id
                )),
                None => {
                    edits.push(Edit::AddAnnotation(a));
                    annotations += 1;
                }
            },
            Err(reason) => warnings.push(format!("annotation {}: skipped, {reason}", n + 1)),
        }
    }
    Ok(Import { edit: Edit::Batch(edits), documents, annotations, warnings })
}

fn read_annotation(
    wa: WireAnnotation,
    texts: &HashMap<Fingerprint, Document>,
    renamed: &HashMap<String, Fingerprint>,
) -> Result<Annotation, String> {
    let id: AnnotationId = wa.id.parse()?;
    let fingerprint = renamed
        .get(&wa.document)
        .cloned()
        .or_else(|| texts.keys().find(|f| f.as_str() == wa.document).cloned())
        .ok_or("its document is neither in the file nor in the workspace")?;
    let doc = &texts[&fingerprint];
    let tag = Tag::from_name(&wa.tag).ok_or_else(|| format!("unknown tag {:?}", wa.tag))?;
    let span = Span::new(wa.start, wa.end);
    if span.is_empty() {
        return Err(format!("its span {span} is empty or reversed"));
    }
    if span.end > doc.len() {
        return Err(format!("its span {span} lies outside its document (length {})", doc.len()));
    }
    if let Some(exact) = wa.exact {
        let actual = CpIndex::new(doc.text()).slice(span).unwrap_or_default();
        if actual != exact {
            return Err(format!("the text at {span} is not the text it quotes"));
        }
    }
    Ok(Annotation {
        id,
        document: fingerprint,
        span,
        tag,
        note: wa.note.into(),
        created: wa.created.into(),
        author: wa.author.into(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::testing::{annotation, workspace_with};

    fn sample() -> Workspace {
        let doc = Document::new("Report", "Outlet", "Hi 👋 there, \"special\" relations.\nنعم").unwrap();
        let mut a = annotation(7, &doc, 3, 10, Tag::Framing);
        a.note = "note with <script>alert(1)</script>, \"quotes\"\nand a newline".into();
        a.author = "Sam".into();
        workspace_with(doc.clone(), vec![a, annotation(8, &doc, 13, 20, Tag::Quote)])
    }

    #[test]
    fn export_then_import_restores_everything() {
        let ws = sample();
        let json = export(&ws);
        let import = import(&Workspace::default(), &json).unwrap();
        assert_eq!(import.warnings, Vec::<String>::new());
        assert_eq!((import.documents, import.annotations), (1, 2));
        let mut restored = Workspace::default();
        restored.apply(import.edit).unwrap();
        assert_eq!(restored, ws);
        assert!(json.contains("\"exact\": \"👋 there\""), "{json}");
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
            ("[1, 2, 3]", "this is not a Framelens workspace file"),
            (
                "{\"format\": \"framelens-workspace\", \"version\": \"one\"}",
                "this is not a valid file: line 1, column",
            ),
            ("{\"format\": \"framelens-workspace\", \"version\": 9}", "this file is of version 9"),
            ("\u{0}\u{1}binary", "this is not a valid file"),
        ];
        for (file, start) in cases {
            let error = import(&Workspace::default(), file).unwrap_err();
            assert!(error.0.starts_with(start), "{file:?} gave {error}");
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
            record("00000000-0000-4000-8000-000000000003", 0, 2, "opinion"),
            record("nope", 0, 2, "claim"),
            record("00000000-0000-4000-8000-000000000004", 0, 2, "fact"),
            record("00000000-0000-4000-8000-000000000004", 0, 3, "fact"),
        );
        let import = import(&ws, &json).unwrap();
        assert_eq!(import.annotations, 1);
        let reasons: Vec<&str> = import.warnings.iter().map(String::as_str).collect();
        assert_eq!(reasons.len(), 5, "{reasons:?}");
        assert!(reasons[0].contains("empty or reversed"));
        assert!(reasons[1].contains("outside its document"));
        assert!(reasons[2].contains("unknown tag \"opinion\""));
        assert!(reasons[3].contains("not a UUID"));
        assert!(reasons[4].contains("appears twice"));
    }

    #[test]
    fn an_edited_text_keeps_its_annotations_only_where_the_quote_still_matches() {
        let json = export(&sample()).replace("\"text\": \"Hi 👋 there", "\"text\": \"Hi 👋 where");
        let import = import(&Workspace::default(), &json).unwrap();
        assert_eq!(import.documents, 1);
        assert!(import.warnings[0].contains("does not match its fingerprint"));
        assert!(import.warnings[1].contains("not the text it quotes"));
        assert_eq!(import.annotations, 1);
    }
}

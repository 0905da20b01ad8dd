//! W3C Web Annotation JSON-LD (<https://www.w3.org/TR/annotation-model/>): one
//! `AnnotationCollection` whose page holds an `Annotation` per span. The reader also
//! takes a lone page, a lone annotation or a plain array of them, and the model's
//! looser shapes (a single body or target object, a target given as a string).

use super::intake::{at_said, skipped, Incoming, Progress, Record, Target};
use super::pieces::{self, Piece, Pieces};
use super::ImportError;
use crate::model::annotations::annotation::{Annotation, Tag};
use crate::model::annotations::workspace::Workspace;
use crate::model::text::anchor::Quote;
use crate::model::text::offsets::{CpIndex, Span};
use crate::model::{Document, Said};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use serde_json::Value;

pub const CONTEXT: &str = "http://www.w3.org/ns/anno.jsonld";
/// How many code points of context a quote selector carries on each side.
pub const CONTEXT_CHARS: usize = 32;

// The wire types borrow from the workspace: an export of 10,000 annotations
// would otherwise copy every string once more before writing it.

#[derive(Serialize)]
struct WireAnnotation<'a> {
    #[serde(rename = "@context")]
    context: &'static str,
    id: String,
    #[serde(rename = "type")]
    kind: &'static str,
    created: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    creator: Option<WireCreator<'a>>,
    body: Vec<WireBody<'a>>,
    target: WireTarget<'a>,
}

#[derive(Serialize)]
struct WireCreator<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    name: &'a str,
}

#[derive(Serialize)]
struct WireBody<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    purpose: &'static str,
    value: &'a str,
    format: &'static str,
}

#[derive(Serialize)]
struct WireTarget<'a> {
    source: String,
    selector: [WireSelector<'a>; 2],
}

#[derive(Serialize)]
#[serde(tag = "type")]
enum WireSelector<'a> {
    TextQuoteSelector { exact: &'a str, prefix: &'a str, suffix: &'a str },
    TextPositionSelector { start: usize, end: usize },
}

/// The W3C file: one `AnnotationCollection` named `label`, whose first page holds
/// every annotation, document by document in text order, one per line.
pub struct W3cFile<'l> {
    pub label: &'l str,
}

impl Pieces for W3cFile<'_> {
    fn pieces<'w>(&self, workspace: &'w Workspace) -> Vec<Piece<'w>> {
        let total = workspace.annotation_count();
        let json = |text: &str| serde_json::to_string(text).expect("strings serialise");
        let head = format!(
            "{{\n  \"@context\": {},\n  \"type\": \"AnnotationCollection\",\n  \"label\": {},\n  \
             \"total\": {total},\n  \"first\": {{\n    \"type\": \"AnnotationPage\",\n    \
             \"startIndex\": 0,\n    \"items\": [",
            json(CONTEXT),
            json(self.label)
        );
        let mut pieces = vec![Piece::Text(head)];
        pieces.extend(pieces::chunks(workspace, ","));
        pieces.push(Piece::Text(if total == 0 { "]\n  }\n}" } else { "\n    ]\n  }\n}" }.to_owned()));
        pieces
    }

    fn records(&self, document: &Document, chunk: &[Annotation]) -> String {
        let index = document.index();
        pieces::json_lines(chunk, "\n      ", 640, |out, a| serde_json::to_writer(out, &wire(a, &index)))
    }
}

/// Writes every annotation of the workspace as a collection named `label`.
pub fn export(workspace: &Workspace, label: &str) -> String {
    W3cFile { label }.join(workspace)
}

fn wire<'a>(a: &'a Annotation, text: &CpIndex<'a>) -> WireAnnotation<'a> {
    let piece = |span: Span| text.slice(span).unwrap_or_default();
    let mut body = vec![textual_body("tagging", a.tag.name())];
    if !a.note.is_empty() {
        body.push(textual_body("commenting", &a.note));
    }
    WireAnnotation {
        context: CONTEXT,
        id: a.id.urn(),
        kind: "Annotation",
        created: &a.created,
        creator: (!a.author.is_empty()).then(|| WireCreator { kind: "Person", name: &a.author }),
        body,
        target: WireTarget {
            source: format!("urn:sha256:{}", a.document),
            selector: [
                WireSelector::TextQuoteSelector {
                    exact: piece(a.span),
                    prefix: piece(Span::new(a.span.start.saturating_sub(CONTEXT_CHARS), a.span.start)),
                    suffix: piece(Span::new(a.span.end, (a.span.end + CONTEXT_CHARS).min(text.len()))),
                },
                WireSelector::TextPositionSelector { start: a.span.start, end: a.span.end },
            ],
        },
    }
}

fn textual_body<'a>(purpose: &'static str, value: &'a str) -> WireBody<'a> {
    WireBody { kind: "TextualBody", purpose, value, format: "text/plain" }
}

/// Whether a JSON value looks like W3C annotations.
pub fn recognises(value: &Value) -> bool {
    let typed = |v: &Value| {
        matches!(
            v.get("type").and_then(Value::as_str),
            Some("AnnotationCollection" | "AnnotationPage" | "Annotation")
        )
    };
    match value {
        Value::Array(items) => items.first().is_some_and(|i| typed(i) || i.get("target").is_some()),
        other => typed(other),
    }
}

/// Reads W3C annotations. Each item is read on its own, so a bad one is skipped
/// with a warning that names it.
pub fn read(value: Value) -> Result<Incoming, ImportError> {
    let items = match value {
        Value::Array(items) => items,
        mut object => match object.get("type").and_then(Value::as_str) {
            Some("Annotation") => vec![object],
            Some("AnnotationPage") => take_items(&mut object),
            _ => match object.get_mut("first") {
                Some(page) if page.is_object() => take_items(page),
                Some(_) => return Err(ImportError(Said::new("w3c-pages-elsewhere"))),
                None => Vec::new(),
            },
        },
    };
    let mut incoming = Incoming::default();
    for (n, item) in items.iter().enumerate() {
        take(n, item, &mut incoming);
    }
    Ok(incoming)
}

/// Reads the `n`th item (from 0) into `incoming`: its record, or why it was skipped.
fn take(n: usize, item: &Value, incoming: &mut Incoming) {
    let at = Said::new("at-annotation").number("n", n + 1);
    match record(item, &at, &mut incoming.warnings) {
        Ok(record) => incoming.records.push(record),
        Err(reason) => incoming.warnings.push(skipped(at, reason)),
    }
}

/// The annotations of a W3C page or collection (as Framelens and most tools
/// write them), each still as its JSON text; None for any other JSON, which
/// [`read`] takes whole. Read so, a file of thousands is never one large tree:
/// each annotation is read on its own, in the pieces an import goes by.
pub fn items(text: &str) -> Option<Vec<&RawValue>> {
    #[derive(Deserialize)]
    struct Shallow<'t> {
        #[serde(rename = "type")]
        kind: Option<String>,
        #[serde(borrow)]
        items: Option<Vec<&'t RawValue>>,
        #[serde(borrow)]
        first: Option<&'t RawValue>,
    }
    let outer: Shallow = serde_json::from_str(text).ok()?;
    let page = match outer.kind.as_deref()? {
        "AnnotationPage" => outer,
        "AnnotationCollection" => serde_json::from_str(outer.first?.get()).ok()?,
        _ => return None,
    };
    page.items
}

/// [`read`] of the `items` found by [`items`], handing over to `pause` before
/// each; None when `pause` said stop.
pub async fn read_in_pieces<P: std::future::Future<Output = bool>>(
    items: &[&RawValue],
    pause: &mut impl FnMut(Progress) -> P,
) -> Option<Incoming> {
    let mut incoming = Incoming::default();
    for (n, raw) in items.iter().enumerate() {
        if !pause(Progress { done: n, total: items.len(), reading: true }).await {
            return None;
        }
        take(n, &serde_json::from_str(raw.get()).unwrap_or(Value::Null), &mut incoming);
    }
    Some(incoming)
}

fn take_items(page: &mut Value) -> Vec<Value> {
    match page.get_mut("items").map(Value::take) {
        Some(Value::Array(items)) => items,
        _ => Vec::new(),
    }
}

/// A field that may hold one object or an array of them.
fn each(value: Option<&Value>) -> Vec<&Value> {
    match value {
        Some(Value::Array(items)) => items.iter().collect(),
        Some(one) => vec![one],
        None => Vec::new(),
    }
}

fn text<'v>(value: &'v Value, key: &str) -> Option<&'v str> {
    value.get(key).and_then(Value::as_str)
}

fn record(item: &Value, at: &Said, warnings: &mut Vec<Said>) -> Result<Record, Said> {
    if !item.is_object() {
        return Err(Said::new("w3c-not-object"));
    }
    let (mut tag, mut note) = (None, String::new());
    for body in each(item.get("body")) {
        let value = body.as_str().or_else(|| text(body, "value")).unwrap_or_default();
        match text(body, "purpose") {
            Some("commenting" | "describing") => note = value.to_owned(),
            _ => tag = tag.or_else(|| Tag::read(value)),
        }
    }
    let tag = tag.ok_or_else(|| Said::new("w3c-no-tag"))?;
    let target = each(item.get("target")).into_iter().next().ok_or_else(|| Said::new("w3c-no-target"))?;
    let source = target.as_str().or_else(|| text(target, "source")).unwrap_or_default();
    let (mut quote, mut span) = (None, None);
    for selector in each(target.get("selector")) {
        match text(selector, "type") {
            Some("TextQuoteSelector") => {
                let part = |key| text(selector, key).unwrap_or_default().to_owned();
                quote = Some(Quote { exact: part("exact"), prefix: part("prefix"), suffix: part("suffix") });
            }
            Some("TextPositionSelector") => {
                let offset = |key| selector.get(key).and_then(Value::as_u64).map(|n| n as usize);
                match (offset("start"), offset("end")) {
                    (Some(start), Some(end)) if start < end => span = Some(Span::new(start, end)),
                    _ => warnings.push(at_said(at.clone(), Said::new("w3c-position-unordered"))),
                }
            }
            _ => {}
        }
    }
    let creator = item.get("creator");
    Ok(Record {
        at: at.to_owned(),
        target: Target::Named {
            fingerprint: source.strip_prefix("urn:sha256:").map(str::to_owned),
            title: None,
        },
        span,
        quote,
        tag,
        note,
        author: creator.and_then(|c| c.as_str().or_else(|| text(c, "name"))).unwrap_or_default().to_owned(),
        created: text(item, "created").unwrap_or_default().to_owned(),
        id: text(item, "id").and_then(|id| id.parse().ok()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::testing::{annotation, workspace_with};
    use crate::model::{Document, Tag};
    use serde_json::{json, Value};

    #[test]
    fn each_annotation_carries_tag_note_and_both_selectors() {
        let text = format!("{}Hi 👋 there, special relations.{}", "p".repeat(40), "s".repeat(40));
        let doc = Document::new("T", "S", &text).unwrap();
        let mut a = annotation(1, &doc, 43, 48, Tag::new("claim"));
        a.note = "check this".into();
        let ws = workspace_with(doc.clone(), vec![a]);
        let out: Value = serde_json::from_str(&export(&ws, "Workspace")).unwrap();
        assert_eq!(out["type"], "AnnotationCollection");
        assert_eq!(out["total"], 1);
        let item = &out["first"]["items"][0];
        assert_eq!(item["@context"], CONTEXT);
        assert_eq!(item["type"], "Annotation");
        assert_eq!(item["id"], "urn:uuid:00000000-0000-0000-0000-000000000001");
        assert_eq!(
            item["body"],
            json!([
                {"type": "TextualBody", "purpose": "tagging", "value": "claim", "format": "text/plain"},
                {"type": "TextualBody", "purpose": "commenting", "value": "check this", "format": "text/plain"}
            ])
        );
        assert_eq!(item["target"]["source"], format!("urn:sha256:{}", doc.fingerprint()));
        let quote = &item["target"]["selector"][0];
        assert_eq!(quote["type"], "TextQuoteSelector");
        assert_eq!(quote["exact"], "👋 the");
        assert_eq!(quote["prefix"], format!("{}Hi ", "p".repeat(29)));
        assert_eq!(quote["suffix"], format!("re, special relations.{}", "s".repeat(10)));
        assert_eq!(
            item["target"]["selector"][1],
            json!({"type": "TextPositionSelector", "start": 43, "end": 48})
        );
        assert!(item.get("creator").is_none());
    }

    #[test]
    fn context_stops_at_the_edges_of_the_text() {
        let doc = Document::new("T", "S", "ab👋cd").unwrap();
        let ws = workspace_with(doc.clone(), vec![annotation(1, &doc, 1, 4, Tag::new("fact"))]);
        let out: Value = serde_json::from_str(&export(&ws, "W")).unwrap();
        let quote = &out["first"]["items"][0]["target"]["selector"][0];
        assert_eq!(
            (quote["prefix"].as_str(), quote["exact"].as_str(), quote["suffix"].as_str()),
            (Some("a"), Some("b👋c"), Some("d"))
        );
    }
}

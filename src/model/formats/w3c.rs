//! W3C Web Annotation JSON-LD (https://www.w3.org/TR/annotation-model/): one
//! `AnnotationCollection` whose page holds an `Annotation` per span.

use crate::model::annotation::Annotation;
use crate::model::offsets::{CpIndex, Span};
use crate::model::workspace::Workspace;
use serde::{Deserialize, Serialize};

pub const CONTEXT: &str = "http://www.w3.org/ns/anno.jsonld";
/// How many code points of context a quote selector carries on each side.
pub const CONTEXT_CHARS: usize = 32;

#[derive(Serialize, Deserialize, Debug, PartialEq)]
pub struct WireCollection {
    #[serde(rename = "@context")]
    pub context: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub label: String,
    pub total: usize,
    pub first: WirePage,
}

#[derive(Serialize, Deserialize, Debug, PartialEq)]
pub struct WirePage {
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(rename = "startIndex")]
    pub start_index: usize,
    pub items: Vec<WireAnnotation>,
}

#[derive(Serialize, Deserialize, Debug, PartialEq)]
pub struct WireAnnotation {
    #[serde(rename = "@context")]
    pub context: String,
    pub id: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub created: String,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub creator: Option<WireCreator>,
    pub body: Vec<WireBody>,
    pub target: WireTarget,
}

#[derive(Serialize, Deserialize, Debug, PartialEq)]
pub struct WireCreator {
    #[serde(rename = "type")]
    pub kind: String,
    pub name: String,
}

#[derive(Serialize, Deserialize, Debug, PartialEq)]
pub struct WireBody {
    #[serde(rename = "type")]
    pub kind: String,
    pub purpose: String,
    pub value: String,
    pub format: String,
}

#[derive(Serialize, Deserialize, Debug, PartialEq)]
pub struct WireTarget {
    pub source: String,
    pub selector: Vec<WireSelector>,
}

#[derive(Serialize, Deserialize, Debug, PartialEq)]
#[serde(tag = "type")]
pub enum WireSelector {
    TextQuoteSelector { exact: String, prefix: String, suffix: String },
    TextPositionSelector { start: usize, end: usize },
}

/// Writes every annotation of the workspace, document by document in text order.
pub fn export(workspace: &Workspace, label: &str) -> String {
    let mut items = Vec::with_capacity(workspace.annotations().len());
    for doc in workspace.documents() {
        let index = CpIndex::new(doc.text());
        items.extend(workspace.annotations_of(doc.fingerprint()).into_iter().map(|a| wire(a, &index)));
    }
    let collection = WireCollection {
        context: CONTEXT.to_owned(),
        kind: "AnnotationCollection".to_owned(),
        label: label.to_owned(),
        total: items.len(),
        first: WirePage { kind: "AnnotationPage".to_owned(), start_index: 0, items },
    };
    serde_json::to_string_pretty(&collection).expect("annotations serialise")
}

fn wire(a: &Annotation, text: &CpIndex) -> WireAnnotation {
    let piece = |span: Span| text.slice(span).unwrap_or_default().to_owned();
    let mut body = vec![textual_body("tagging", a.tag.name())];
    if !a.note.is_empty() {
        body.push(textual_body("commenting", &a.note));
    }
    WireAnnotation {
        context: CONTEXT.to_owned(),
        id: a.id.urn(),
        kind: "Annotation".to_owned(),
        created: a.created.to_string(),
        creator: (!a.author.is_empty())
            .then(|| WireCreator { kind: "Person".to_owned(), name: a.author.to_string() }),
        body,
        target: WireTarget {
            source: format!("urn:sha256:{}", a.document),
            selector: vec![
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

fn textual_body(purpose: &str, value: &str) -> WireBody {
    WireBody {
        kind: "TextualBody".to_owned(),
        purpose: purpose.to_owned(),
        value: value.to_owned(),
        format: "text/plain".to_owned(),
    }
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
        let mut a = annotation(1, &doc, 43, 48, Tag::Claim);
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
        let ws = workspace_with(doc.clone(), vec![annotation(1, &doc, 1, 4, Tag::Fact)]);
        let out: Value = serde_json::from_str(&export(&ws, "W")).unwrap();
        let quote = &out["first"]["items"][0]["target"]["selector"][0];
        assert_eq!(
            (quote["prefix"].as_str(), quote["exact"].as_str(), quote["suffix"].as_str()),
            (Some("a"), Some("b👋c"), Some("d"))
        );
    }
}

//! Label Studio's JSON for text labels: an array of tasks, each with its text in
//! `data.text` and its regions in `annotations[].result[]` (`type: "labels"`,
//! `value: {start, end, text, labels}`, offsets in code points). A note travels as a
//! per-region `textarea` result with the region's id, as Label Studio writes one.
//! The labelling config that matches is made from the workspace's tags ([`config`]).
//! Authors and times are not written: Label Studio keeps those per user account.

use super::intake::{at_said, carried, skipped, Incoming, LineEndings, Record, Target};
use super::report::escape;
use super::ImportError;
use crate::model::annotations::palette::look;
use crate::model::text::anchor::Quote;
use crate::model::text::offsets::{normalize_newlines, Span};
use crate::model::{Document, Said, Tag, Workspace};
use serde_json::{json, Value};
use std::collections::HashMap;

/// The labelling config for the workspace's tags, with each tag's colour, and a
/// per-region text area for notes.
pub fn config(workspace: &Workspace) -> String {
    let labels: String = workspace
        .tags()
        .iter()
        .map(|def| {
            format!(
                "    <Label value=\"{}\" background=\"{}\"/>\n",
                escape(&def.tag.label()),
                look(def.look).heat
            )
        })
        .collect();
    format!(
        "<View>\n  <Labels name=\"label\" toName=\"text\">\n{labels}  </Labels>\n  <Text name=\"text\" value=\"$text\"/>\n  \
         <TextArea name=\"note\" toName=\"text\" perRegion=\"true\"/>\n</View>\n"
    )
}

/// Writes one task per article.
pub fn export(workspace: &Workspace) -> String {
    let tasks: Vec<Value> = workspace
        .documents()
        .iter()
        .enumerate()
        .map(|(n, doc)| {
            let index = doc.index();
            let mut result = Vec::new();
            for a in workspace.annotations_of(doc.fingerprint()) {
                let (start, end, id) = (a.span.start, a.span.end, a.id.to_string());
                let text = index.slice(a.span).unwrap_or_default();
                result.push(json!({
                    "id": id, "from_name": "label", "to_name": "text", "type": "labels", "origin": "manual",
                    "value": {"start": start, "end": end, "text": text, "labels": [a.tag.label()]},
                }));
                if !a.note.is_empty() {
                    result.push(json!({
                        "id": id, "from_name": "note", "to_name": "text", "type": "textarea", "origin": "manual",
                        "value": {"start": start, "end": end, "text": [a.note.as_ref()]},
                    }));
                }
            }
            let mut task = json!({
                "id": n + 1,
                "data": {"text": doc.text().as_ref(), "title": doc.title, "source": doc.source},
            });
            // An article with no annotations has no annotation entry: Label Studio
            // counts a task with one, even an empty one, as labelled.
            if !result.is_empty() {
                task["annotations"] = json!([{"result": result}]);
            }
            task
        })
        .collect();
    // One task per line.
    super::json_lines::to_string(&tasks, 1)
}

/// Whether a JSON value is Label Studio's JSON-MIN export: each task flattened to
/// its data fields, with its regions under the labelling control's name (objects
/// with `start`, `end` and `labels`) and the annotation's `annotator`, `annotation_id`
/// and times beside them.
pub fn recognises_min(value: &Value) -> bool {
    let Value::Array(tasks) = value else { return false };
    let regions = |v: &Value| v.as_array().and_then(|r| r.first()).is_some_and(|r| r.get("labels").is_some());
    tasks.iter().filter_map(Value::as_object).take(100).any(|task| {
        task.contains_key("annotation_id") || task.contains_key("annotator") || task.values().any(regions)
    })
}

/// Reads JSON-MIN tasks, as the full tasks they were flattened from.
pub fn read_min(value: Value) -> Result<Incoming, ImportError> {
    let Value::Array(tasks) = value else {
        return Err(ImportError(Said::new("label-studio-min-not-list")));
    };
    const ANNOTATION: [&str; 6] =
        ["id", "annotator", "annotation_id", "created_at", "updated_at", "lead_time"];
    let full = tasks
        .into_iter()
        .map(|task| {
            let Value::Object(fields) = task else { return task };
            let (mut data, mut result) = (serde_json::Map::new(), Vec::new());
            for (key, value) in &fields {
                let regions = value.as_array().filter(|r| r.iter().all(|r| r.get("labels").is_some()));
                match regions {
                    Some(regions) if !regions.is_empty() => result.extend(regions.iter().map(|region| {
                        json!({"from_name": key, "to_name": "text", "type": "labels", "value": region})
                    })),
                    _ if ANNOTATION.contains(&key.as_str()) => {}
                    _ => {
                        data.insert(key.clone(), value.clone());
                    }
                }
            }
            let annotation = json!({
                "result": result,
                "completed_by": fields.get("annotator").cloned().unwrap_or(Value::Null),
                "created_at": fields.get("created_at").cloned().unwrap_or(Value::Null),
            });
            json!({"data": data, "annotations": [annotation]})
        })
        .collect();
    read(Value::Array(full))
}

/// Whether a JSON value looks like Label Studio tasks.
pub fn recognises(value: &Value) -> bool {
    match value {
        Value::Array(items) => items.first().is_some_and(|i| i.get("data").is_some_and(Value::is_object)),
        other => other.get("data").is_some_and(Value::is_object),
    }
}

/// Reads tasks; a task or region that cannot be read is skipped with a warning.
pub fn read(value: Value) -> Result<Incoming, ImportError> {
    let tasks = match value {
        Value::Array(tasks) => tasks,
        task => vec![task],
    };
    let mut incoming = Incoming::default();
    for (n, task) in tasks.iter().enumerate() {
        let at = Said::new("at-task").number("n", n + 1);
        let data = task.get("data");
        // The text is usually under "text"; a project may name it otherwise.
        let text = data.and_then(|d| d.get("text")).and_then(Value::as_str).or_else(|| {
            data.and_then(Value::as_object)?.values().filter_map(Value::as_str).max_by_key(|s| s.len())
        });
        let Some(original) = text else {
            incoming.warnings.push(skipped(at, Said::new("label-studio-no-text")));
            continue;
        };
        let Some(doc) = carried(&at, data, "Label Studio", original, &mut incoming.warnings) else {
            continue;
        };
        let lines = LineEndings::of(original);
        let annotations = task.get("annotations").and_then(Value::as_array).map(Vec::as_slice).unwrap_or(&[]);
        for (k, annotation) in annotations.iter().enumerate() {
            if annotation.get("was_cancelled").and_then(Value::as_bool) == Some(true) {
                continue;
            }
            let results =
                annotation.get("result").and_then(Value::as_array).map(Vec::as_slice).unwrap_or(&[]);
            let context = Context {
                document: &doc,
                lines: &lines,
                author: author(annotation.get("completed_by")),
                created: annotation.get("created_at").and_then(Value::as_str).unwrap_or_default().to_owned(),
            };
            let at = Said::new("at-annotation-of").said("at", at.clone()).number("n", k + 1);
            regions(&at, results, &context, &mut incoming);
        }
        incoming.documents.push(doc);
    }
    Ok(incoming)
}

/// What the regions of one annotation share.
struct Context<'a> {
    document: &'a Document,
    lines: &'a LineEndings,
    author: String,
    created: String,
}

/// Label Studio's `completed_by`: a user id, or an object with the user's e-mail.
fn author(value: Option<&Value>) -> String {
    match value {
        Some(Value::Number(id)) => format!("Label Studio user {id}"),
        Some(Value::String(name)) => name.clone(),
        Some(user) => user.get("email").and_then(Value::as_str).unwrap_or_default().to_owned(),
        None => String::new(),
    }
}

fn regions(at: &Said, results: &[Value], context: &Context, incoming: &mut Incoming) {
    // Per-region notes share the region's id.
    let mut notes: HashMap<&str, String> = HashMap::new();
    for result in results.iter().filter(|r| r.get("type").and_then(Value::as_str) == Some("textarea")) {
        let lines = result.pointer("/value/text").and_then(Value::as_array).map(Vec::as_slice).unwrap_or(&[]);
        let text: Vec<&str> = lines.iter().filter_map(Value::as_str).collect();
        if let Some(id) = result.get("id").and_then(Value::as_str) {
            notes.insert(id, text.join("\n"));
        }
    }
    for (n, result) in results.iter().enumerate() {
        if result.get("type").and_then(Value::as_str) != Some("labels") {
            continue;
        }
        let at = Said::new("at-result").said("at", at.clone()).number("n", n + 1);
        let region_id = result.get("id").and_then(Value::as_str).unwrap_or_default();
        let value = result.get("value");
        let offset = |key| value.and_then(|v| v.get(key)).and_then(Value::as_u64).map(|n| n as usize);
        let span = match (offset("start"), offset("end")) {
            (Some(start), Some(end)) if start < end => Some(context.lines.span(Span::new(start, end))),
            _ => None,
        };
        let quote = value
            .and_then(|v| v.get("text"))
            .and_then(Value::as_str)
            .map(|t| Quote::exact(&normalize_newlines(t)));
        if span.is_none() && quote.is_none() {
            incoming.warnings.push(skipped(at, Said::new("label-studio-no-place")));
            continue;
        }
        let labels =
            value.and_then(|v| v.get("labels")).and_then(Value::as_array).map(Vec::as_slice).unwrap_or(&[]);
        for label in labels {
            let name = label.as_str().unwrap_or_default();
            let Some(tag) = Tag::read(name) else {
                incoming.warnings.push(at_said(at.clone(), Said::new("empty-label-skipped")));
                continue;
            };
            // A region with several labels becomes one annotation per label, each
            // with an id of its own.
            let id = region_id.parse().ok().filter(|_| labels.len() == 1);
            incoming.records.push(Record {
                at: at.clone(),
                target: Target::Text(context.document.fingerprint().clone()),
                span,
                quote: quote.clone(),
                tag,
                note: notes.get(region_id).cloned().unwrap_or_default(),
                author: context.author.clone(),
                created: context.created.clone(),
                id,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Edit, TagDef, TagSet};
    use std::rc::Rc;

    #[test]
    fn the_labelling_config_lists_the_workspaces_tags_escaped() {
        let mut ws = Workspace::default();
        let odd = TagDef { tag: Tag::new("a \"b\" <c>"), look: 5, definition: "".into() };
        let set = TagSet::new(TagSet::default().iter().cloned().chain([odd]).collect()).unwrap();
        ws.apply(Edit::SetTags(Rc::new(set))).unwrap();
        let xml = config(&ws);
        assert!(xml.contains("<Label value=\"Claim\" background=\"rgb(255, 196, 0)\"/>"), "{xml}");
        assert!(
            xml.contains("<Label value=\"A &quot;b&quot; &lt;c&gt;\" background=\"rgb(0, 114, 178)\"/>"),
            "{xml}"
        );
        assert!(xml.contains("<TextArea name=\"note\" toName=\"text\" perRegion=\"true\"/>"));
    }
}

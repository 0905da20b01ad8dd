//! doccano's sequence-labelling JSONL: one line per article,
//! `{"text": …, "label": [[start, end, "tag"], …]}`. doccano counts offsets in UTF-16
//! code units, as JavaScript does, so this format is written and read in that unit.
//! It holds tags and spans only: notes, authors and times are left out. The reader
//! also takes doccano's newer `entities` shape and a JSON array of lines.

use super::intake::{at_said, carried, skipped, Incoming, LineEndings, Record, Target};
use super::{json_error, ImportError};
use crate::model::text::offsets::{Span, Utf16Index};
use crate::model::{Said, Tag, Workspace};
use serde_json::{json, Value};
use std::collections::HashMap;

/// Writes one line per article with its tags, in UTF-16 code units.
pub fn export(workspace: &Workspace) -> String {
    let mut out = String::new();
    for doc in workspace.documents() {
        let text = doc.text();
        let annotations = workspace.annotations_of(doc.fingerprint());
        let units = utf16_offsets(text, annotations.iter().flat_map(|a| [a.span.start, a.span.end]));
        let label: Vec<Value> = annotations
            .iter()
            .map(|a| json!([units[&a.span.start], units[&a.span.end], a.tag.name()]))
            .collect();
        let line = json!({
            "text": text.as_ref(),
            "label": label,
            "title": doc.title,
            "source": doc.source,
            "fingerprint": doc.fingerprint().as_str(),
        });
        out.push_str(&line.to_string());
        out.push('\n');
    }
    out
}

/// The UTF-16 offset of each of the code-point offsets `at`, in one pass over the text.
fn utf16_offsets(text: &str, at: impl Iterator<Item = usize>) -> HashMap<usize, usize> {
    let mut wanted: Vec<usize> = at.collect();
    wanted.sort_unstable();
    wanted.dedup();
    let mut wanted = wanted.into_iter().peekable();
    let mut found = HashMap::new();
    let mut units = 0;
    for (cp, ch) in text.chars().chain(std::iter::once('\0')).enumerate() {
        while wanted.next_if_eq(&cp).is_some() {
            found.insert(cp, units);
        }
        units += ch.len_utf16();
    }
    found
}

/// Reads JSONL, one article per line. A line that is not JSON stops the import
/// with its number; a label that does not fit its text is skipped with a warning.
pub fn read_lines(text: &str) -> Result<Incoming, ImportError> {
    let mut values = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let value: Value = serde_json::from_str(line)
            .map_err(|e| ImportError(at_said(Said::new("at-line").number("line", n + 1), json_error(e).0)))?;
        values.push((Said::new("at-line").number("line", n + 1), value));
    }
    Ok(read(values))
}

/// Reads doccano's export as it downloads: a zip of one JSONL file per annotator
/// (`admin.jsonl`, …), each annotator's name becoming the author of her labels.
/// None when the archive holds no JSONL file (it may be brat's).
pub fn read_zip(files: &[(String, Vec<u8>)]) -> Option<Result<Incoming, ImportError>> {
    let mut jsonl = files.iter().filter(|(name, _)| name.to_ascii_lowercase().ends_with(".jsonl")).peekable();
    jsonl.peek()?;
    let mut incoming = Incoming::default();
    for (name, bytes) in jsonl {
        let author = name.rsplit('/').next().unwrap_or(name);
        let author = &author[..author.len() - ".jsonl".len()];
        let text = match std::str::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)) {
            Ok(text) => text,
            Err(_) => {
                incoming
                    .warnings
                    .push(skipped(Said::new("at-file").text("file", name), Said::new("not-utf8")));
                continue;
            }
        };
        let mut one = match read_lines(text) {
            Ok(one) => one,
            Err(error) => {
                return Some(Err(ImportError(at_said(Said::new("at-file").text("file", name), error.0))))
            }
        };
        for record in &mut one.records {
            record.author = author.to_owned();
            record.at = in_file(name, record.at.clone());
        }
        incoming.documents.append(&mut one.documents);
        incoming.records.append(&mut one.records);
        incoming.warnings.extend(one.warnings.into_iter().map(|w| in_file(name, w)));
    }
    Some(Ok(incoming))
}

/// Reads a JSON array of doccano records.
pub fn read_array(items: Vec<Value>) -> Incoming {
    read(items.into_iter().enumerate().map(|(n, v)| (Said::new("at-record").number("n", n + 1), v)).collect())
}

/// Whether a JSON value looks like a doccano record or an array of them.
pub fn recognises(value: &Value) -> bool {
    match value {
        Value::Array(items) => items.first().is_some_and(|i| i.get("text").is_some_and(Value::is_string)),
        other => other.get("text").is_some_and(Value::is_string),
    }
}

/// `said` of a part of the zip's file `name`: "admin.jsonl, line 3".
fn in_file(name: &str, said: Said) -> Said {
    Said::new("at-in-file").text("file", name).said("at", said)
}

fn read(values: Vec<(Said, Value)>) -> Incoming {
    let mut incoming = Incoming::default();
    for (at, value) in values {
        let Some(original) = value.get("text").and_then(Value::as_str) else {
            incoming.warnings.push(skipped(at, Said::new("doccano-no-text")));
            continue;
        };
        let Some(doc) = carried(&at, Some(&value), "doccano", original, &mut incoming.warnings) else {
            continue;
        };
        let lines = LineEndings::of(original);
        let units = Utf16Index::new(original);
        for (n, label) in labels(&value).into_iter().enumerate() {
            let label_at = Said::new("at-label").said("at", at.clone()).number("n", n + 1);
            match span_of(label, &units) {
                Ok((span, tag)) => incoming.records.push(Record {
                    at: label_at,
                    target: Target::Text(doc.fingerprint().clone()),
                    span: Some(lines.span(span)),
                    quote: None,
                    tag,
                    note: String::new(),
                    author: String::new(),
                    created: String::new(),
                    id: None,
                }),
                Err(reason) => incoming.warnings.push(skipped(label_at, reason)),
            }
        }
        incoming.documents.push(doc);
    }
    incoming
}

/// One label as (start, end, tag name), from either of doccano's shapes.
type Label = (Option<u64>, Option<u64>, String);

fn labels(value: &Value) -> Vec<Label> {
    let arrays = value.get("label").or_else(|| value.get("labels")).and_then(Value::as_array);
    let entities = value.get("entities").and_then(Value::as_array);
    let name = |v: Option<&Value>| v.and_then(Value::as_str).unwrap_or_default().to_owned();
    match (arrays, entities) {
        (Some(items), _) => items
            .iter()
            .map(|item| {
                let at = |i| item.get(i).and_then(Value::as_u64);
                (at(0), at(1), name(item.get(2)))
            })
            .collect(),
        (None, Some(items)) => items
            .iter()
            .map(|item| {
                let at = |key| item.get(key).and_then(Value::as_u64);
                (at("start_offset"), at("end_offset"), name(item.get("label")))
            })
            .collect(),
        (None, None) => Vec::new(),
    }
}

/// Checks one label against its text and converts it to code points.
fn span_of((start, end, name): Label, text: &Utf16Index) -> Result<(Span, Tag), Said> {
    let tag = Tag::read(&name).ok_or_else(|| Said::new("no-label"))?;
    let (Some(start), Some(end)) = (start, end) else {
        return Err(Said::new("offsets-not-numbers"));
    };
    if start >= end {
        return Err(Said::new("offsets-reversed")
            .number("start", start as usize)
            .number("end", end as usize));
    }
    let cp = |unit: u64| text.to_cp(unit as usize).map_err(|e| Said::new("in-utf16").said("why", e.said()));
    Ok((Span::new(cp(start)?, cp(end)?), tag))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Document;

    #[test]
    fn offsets_are_utf16_code_units() {
        let doc = Document::new("T", "S", "👋 hi\nthere").unwrap();
        let ws = crate::model::testing::workspace_with(
            doc.clone(),
            vec![crate::model::testing::annotation(1, &doc, 2, 4, Tag::new("claim"))],
        );
        let line: Value = serde_json::from_str(export(&ws).trim()).unwrap();
        assert_eq!(line["label"], json!([[3, 5, "claim"]]));
    }

    #[test]
    fn bad_labels_are_skipped_with_reasons() {
        let file = r#"{"text": "👋 hi", "label": [[1, 3, "claim"], [3, 1, "claim"], [0, 99, "fact"], [0, 2, ""], ["a", 2, "fact"], [0, 2, "quote"]]}"#;
        let incoming = read_lines(file).unwrap();
        assert_eq!(incoming.records.len(), 1);
        let reasons = incoming.warnings.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n");
        for expected in
            ["inside a character", "empty or reversed", "past the end", "no label", "whole numbers"]
        {
            assert!(reasons.contains(expected), "{expected} missing from {reasons}");
        }
    }

    #[test]
    fn a_broken_line_is_named() {
        let error = read_lines("{\"text\": \"a\", \"label\": []}\n{\"text\": \"b\", \"lab").unwrap_err();
        assert!(error.0.to_string().starts_with("line 2: this is not a valid file"), "{error}");
    }

    #[test]
    fn doccanos_export_zip_is_read_with_each_annotator_as_author() {
        let text = "The minister said the talks were productive.";
        let line = |labels: &str| {
            format!("{{\"id\": 1, \"text\": \"{text}\", \"label\": {labels}, \"Comments\": []}}\n")
        };
        let zip = crate::model::formats::zip::write(&[
            ("admin.jsonl".to_owned(), line(r#"[[18, 43, "claim"]]"#).into_bytes()),
            ("project/ana.jsonl".to_owned(), line(r#"[[18, 43, "claim"], [0, 12, "framing"]]"#).into_bytes()),
        ]);
        let import = crate::model::formats::import(&Workspace::default(), None, "project.zip", &zip).unwrap();
        assert_eq!((import.documents, import.annotations), (1, 3), "{:?}", import.warnings);
        let mut ws = Workspace::default();
        ws.apply(import.edit).unwrap();
        let mut by: Vec<(String, usize)> =
            ws.annotations().map(|a| (a.author.to_string(), a.span.start)).collect();
        by.sort();
        assert_eq!(by, [("admin".to_owned(), 18), ("ana".to_owned(), 0), ("ana".to_owned(), 18)]);
        // An archive with neither doccano's nor brat's files says what it looked for.
        let other = crate::model::formats::zip::write(&[("notes.md".to_owned(), b"hello".to_vec())]);
        let error = crate::model::formats::import(&Workspace::default(), None, "x.zip", &other).unwrap_err();
        assert!(error.0.to_string().contains("doccano's .jsonl"), "{error}");
    }

    #[test]
    fn crlf_texts_keep_their_labels_on_the_same_words() {
        let incoming = read_lines(r#"{"text": "one\r\ntwo", "label": [[5, 8, "fact"]]}"#).unwrap();
        assert_eq!(incoming.records[0].span, Some(Span::new(4, 7)));
        assert_eq!(&incoming.documents[0].text()[4..7], "two");
    }
}

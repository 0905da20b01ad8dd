//! The sample exercise "One meeting, five outlets", compiled into the app so that it
//! opens without any fetch (and so from file:// too). Its files live in www/sample/.

use crate::model::annotations::edit::Edit;
use crate::model::classroom::exercise::{Exercise, Role};
use crate::model::formats::submission::Submission;
use crate::model::text::document::Document;
use crate::model::text::offsets::{cp_len, Span};
use crate::model::{Annotation, AnnotationId, Tag, Workspace};
use serde::Deserialize;
use std::rc::Rc;

const MANIFEST: &str = include_str!("../../../www/sample/exercise.json");
/// The sample class: the exercise's instructions, a modest answer key, and a few
/// students' work, each mark given as [article file, quoted words, tag, note?].
const CLASS: &str = include_str!("../../../www/sample/class.json");

/// The article files, by the names the manifest uses.
const FILES: [(&str, &str); 5] = [
    ("presstv.txt", include_str!("../../../www/sample/presstv.txt")),
    ("outlet-b.txt", include_str!("../../../www/sample/outlet-b.txt")),
    ("outlet-c.txt", include_str!("../../../www/sample/outlet-c.txt")),
    ("kurdistan24.txt", include_str!("../../../www/sample/kurdistan24.txt")),
    ("outlet-e.txt", include_str!("../../../www/sample/outlet-e.txt")),
];

#[derive(Deserialize)]
struct Manifest {
    title: String,
    articles: Vec<Article>,
}

#[derive(Deserialize)]
struct Article {
    file: String,
    source: String,
    title: String,
}

/// The exercise's title.
pub fn title() -> String {
    manifest().title
}

/// The articles of the exercise, in the manifest's order.
pub fn documents() -> Vec<Document> {
    manifest()
        .articles
        .into_iter()
        .map(|article| {
            let (_, text) = FILES
                .iter()
                .find(|(name, _)| *name == article.file)
                .unwrap_or_else(|| panic!("the sample manifest names a missing file {}", article.file));
            Document::new(&article.title, &article.source, text).expect("sample articles are valid text")
        })
        .collect()
}

/// The edit that opens the sample exercise in an empty workspace.
pub fn edit() -> Edit {
    Edit::Batch(documents().into_iter().map(Edit::AddDocument).collect())
}

#[derive(Deserialize)]
struct Class {
    id: String,
    instructions: String,
    key: Vec<Vec<String>>,
    students: Vec<Student>,
}

#[derive(Deserialize)]
struct Student {
    name: String,
    #[serde(rename = "handedIn")]
    handed_in: String,
    marks: Vec<Vec<String>>,
}

/// The sample exercise as its teacher has it: the edit that adds what `workspace`
/// lacks of it (the articles, the key, the exercise), and the sample students'
/// submissions, so that the teacher's views can be tried without a class.
pub fn class(workspace: &Workspace) -> (Edit, Vec<Submission>) {
    let class: Class = serde_json::from_str(CLASS).expect("the sample class is valid JSON");
    let files: Vec<String> = manifest().articles.into_iter().map(|a| a.file).collect();
    let docs = documents();
    let annotation = |who: &str, created: &str, mark: &[String]| {
        let [file, words, tag, rest @ ..] = mark else {
            panic!("a sample mark needs a file, words and a tag")
        };
        let doc = &docs[files.iter().position(|f| f == file).expect("sample marks name sample files")];
        let byte = doc.text().find(words.as_str()).unwrap_or_else(|| panic!("{words:?} is not in {file}"));
        let start = cp_len(&doc.text()[..byte]);
        Annotation {
            id: AnnotationId::derived(&format!("sample class {who} {file} {words} {tag}")),
            document: doc.fingerprint().clone(),
            span: Span::new(start, start + cp_len(words)),
            tag: Tag::new(tag),
            note: rest.first().cloned().unwrap_or_default().into(),
            created: created.into(),
            author: who.into(),
        }
    };
    let mut edits: Vec<Edit> = docs
        .iter()
        .filter(|doc| workspace.document(doc.fingerprint()).is_none())
        .map(|doc| Edit::AddDocument(doc.clone()))
        .collect();
    edits.extend(
        class
            .key
            .iter()
            .map(|mark| annotation("", "2025-10-16T12:00:00Z", mark))
            .filter(|a| workspace.annotation(a.id).is_none())
            .map(Edit::AddAnnotation),
    );
    edits.push(Edit::SetExercise(Some(Rc::new(Exercise {
        id: class.id,
        title: title(),
        instructions: class.instructions,
        articles: docs.iter().map(|d| d.fingerprint().clone()).collect(),
        role: Role::Teacher,
        locked: true,
        language: None,
    }))));
    let submissions = class
        .students
        .iter()
        .map(|s| Submission {
            student: s.name.clone(),
            handed_in: s.handed_in.clone(),
            read: String::new(),
            annotations: s.marks.iter().map(|mark| annotation(&s.name, &s.handed_in, mark)).collect(),
        })
        .collect();
    (Edit::Batch(edits), submissions)
}

fn manifest() -> Manifest {
    serde_json::from_str(MANIFEST).expect("the sample manifest is valid JSON")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Workspace;

    #[test]
    fn the_sample_opens_five_distinct_articles_with_their_outlets() {
        let mut ws = Workspace::default();
        ws.apply(edit()).unwrap();
        let sources: Vec<&str> = ws.documents().iter().map(|d| d.source.as_str()).collect();
        assert_eq!(sources.len(), 5);
        assert_eq!(sources[0], "Press TV");
        assert_eq!(sources[3], "Kurdistan24");
        assert_eq!(title(), "One meeting, five outlets");
    }

    #[test]
    fn the_sample_class_has_a_key_and_students_who_differ_from_it() {
        let mut ws = Workspace::default();
        ws.apply(edit()).unwrap();
        let (edit, submissions) = class(&ws);
        ws.apply(edit).unwrap();
        let exercise = ws.exercise().unwrap().clone();
        assert_eq!(exercise.articles.len(), 5);
        assert_eq!(ws.annotations_on(&exercise.articles).len(), 17);
        let jolani = ws.annotations().find(|a| a.tag == Tag::new("framing")).unwrap();
        assert_eq!(ws.documents()[0].index().slice(jolani.span).unwrap(), "self-proclaimed president");
        let scores: Vec<String> = submissions
            .iter()
            .map(|s| {
                crate::model::classroom::class::percent(crate::model::classroom::class::overall(
                    &crate::model::classroom::class::feedback(&ws, &exercise, s),
                ))
            })
            .collect();
        assert_eq!(submissions.len(), 5);
        // Every student differs from the key, and no two score alike.
        assert!(scores.iter().all(|s| s != "100.0"), "{scores:?}");
        let mut distinct = scores.clone();
        distinct.sort();
        distinct.dedup();
        assert_eq!(distinct.len(), 5, "{scores:?}");
        // Opening it again adds nothing.
        let (again, _) = class(&ws);
        assert_eq!(again, Edit::Batch(vec![Edit::SetExercise(Some(Rc::new(exercise)))]));
    }

    #[test]
    fn sample_texts_keep_their_non_ascii_characters() {
        let docs = documents();
        let presstv = docs[0].text();
        assert!(presstv.contains('\u{a0}'), "NO-BREAK SPACE survives");
        assert!(presstv.contains('“') && presstv.contains('’'));
        assert!(docs.iter().all(|d| !d.text().contains('\r')));
        let longest = docs.iter().map(Document::len).max().unwrap();
        assert!(longest > 9_000, "Kurdistan24 is about 9.7k characters");
    }
}

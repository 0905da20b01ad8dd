//! The file a student hands in (`framelens-submission`): which exercise, each
//! article's fingerprint, the student's name, their annotations and the time. The
//! teacher's copy reads it, checking it against the exercise: a file for another
//! exercise, of a changed article, or with anything out of place is refused whole,
//! with the reason.

use super::intake::at_said;
use super::wire::WireAnnotation;
use super::{json_error, newer_version};
use crate::model::annotations::annotation::{Annotation, AnnotationId};
use crate::model::classroom::exercise::Exercise;
use crate::model::text::bidi::quoted;
use crate::model::text::offsets::Span;
use crate::model::{Said, Workspace};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::collections::HashSet;

/// The value of the `format` field of a submission.
pub const FORMAT: &str = "framelens-submission";
/// The version this build writes, and the newest it reads.
pub const VERSION: u32 = 1;
/// More annotations than any student makes by hand: a file with more is refused.
const MAX_ANNOTATIONS: usize = 20_000;
/// The longest name and note kept, in characters.
const MAX_NAME: usize = 100;
const MAX_NOTE: usize = 5_000;

/// One student's work on an exercise, as handed in.
#[derive(Clone, Debug, PartialEq)]
pub struct Submission {
    pub student: String,
    /// When it was handed in, as the student's browser wrote it (ISO 8601).
    pub handed_in: String,
    /// When the teacher's page read it (ISO 8601); empty in a file, and until read.
    pub read: String,
    /// On the exercise's articles only.
    pub annotations: Vec<Annotation>,
}

#[derive(Serialize, Deserialize)]
struct WireSubmission<'a> {
    format: Cow<'a, str>,
    version: u32,
    exercise: WireExerciseRef<'a>,
    student: Cow<'a, str>,
    #[serde(rename = "handedIn")]
    handed_in: Cow<'a, str>,
    articles: Vec<WireArticle<'a>>,
    annotations: Vec<WireAnnotation<'a>>,
}

#[derive(Serialize, Deserialize)]
struct WireExerciseRef<'a> {
    id: Cow<'a, str>,
    title: Cow<'a, str>,
}

#[derive(Serialize, Deserialize)]
struct WireArticle<'a> {
    title: Cow<'a, str>,
    fingerprint: Cow<'a, str>,
}

/// The file a student hands in: their annotations on the exercise's articles.
pub fn export(workspace: &Workspace, exercise: &Exercise, student: &str, handed_in: &str) -> String {
    let annotations = workspace.annotations_on(&exercise.articles).into_iter().cloned().collect();
    write(
        &Submission {
            student: student.into(),
            handed_in: handed_in.into(),
            read: String::new(),
            annotations,
        },
        exercise,
        workspace,
    )
}

/// `submission` as the file it was read from (the teacher's copy keeps its class so).
pub fn write(submission: &Submission, exercise: &Exercise, workspace: &Workspace) -> String {
    let articles = exercise
        .articles
        .iter()
        .filter_map(|f| workspace.document(f))
        .map(|doc| WireArticle {
            title: doc.title.as_str().into(),
            fingerprint: doc.fingerprint().as_str().into(),
        })
        .collect();
    let indexes: Vec<_> = exercise
        .articles
        .iter()
        .filter_map(|f| workspace.document(f))
        .map(|d| (d.fingerprint(), d.index()))
        .collect();
    let annotations = submission
        .annotations
        .iter()
        .filter_map(|a| {
            let (_, index) = indexes.iter().find(|(f, _)| *f == &a.document)?;
            Some(WireAnnotation { author: "".into(), ..WireAnnotation::of(a, index) })
        })
        .collect();
    let wire = WireSubmission {
        format: FORMAT.into(),
        version: VERSION,
        exercise: WireExerciseRef { id: exercise.id.as_str().into(), title: exercise.title.as_str().into() },
        student: submission.student.as_str().into(),
        handed_in: submission.handed_in.as_str().into(),
        articles,
        annotations,
    };
    super::json_lines::to_string(&wire, 2)
}

/// Whether `bytes` look like a submission (so that the page sends the file to the
/// class rather than into the workspace).
pub fn recognises(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(200)];
    head.windows(FORMAT.len()).any(|window| window == FORMAT.as_bytes())
}

/// Reads a submission for `exercise`, whose articles are in `workspace`; the error
/// says, in words for the teacher, why it cannot be scored.
pub fn read(bytes: &[u8], exercise: &Exercise, workspace: &Workspace) -> Result<Submission, Said> {
    let text = std::str::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes))
        .ok()
        .filter(|text| !text.contains('\0'))
        .ok_or_else(|| Said::new("submission-not-text"))?;
    let wire: WireSubmission = serde_json::from_str(text).map_err(|error| json_error(error).0)?;
    if wire.format != FORMAT {
        return Err(Said::new("submission-not-submission"));
    }
    if wire.version > VERSION {
        return Err(newer_version(wire.version, VERSION));
    }
    if wire.exercise.id != exercise.id {
        let title: String = wire.exercise.title.chars().take(MAX_NAME).collect();
        return Err(Said::new("submission-other-exercise").text("title", quoted(&title)));
    }
    let student: String = wire.student.trim().chars().take(MAX_NAME).collect();
    if student.is_empty() {
        return Err(Said::new("submission-no-student"));
    }
    let mut fingerprints = HashSet::new();
    for article in &wire.articles {
        if !exercise.articles.iter().any(|f| f.as_str() == article.fingerprint) {
            let title: String = article.title.chars().take(MAX_NAME).collect();
            return Err(Said::new("submission-article-changed").text("title", quoted(&title)));
        }
        fingerprints.insert(article.fingerprint.as_ref());
    }
    if let Some(missing) = exercise.articles.iter().find(|f| !fingerprints.contains(f.as_str())) {
        let title = workspace.document(missing).map_or("", |d| d.title.as_str());
        return Err(Said::new("submission-article-missing").text("title", quoted(title)));
    }
    if wire.annotations.len() > MAX_ANNOTATIONS {
        return Err(Said::new("submission-too-many").number("count", wire.annotations.len()));
    }
    let mut annotations = Vec::with_capacity(wire.annotations.len());
    for (n, wa) in wire.annotations.into_iter().enumerate() {
        let problem = |why: Said| at_said(Said::new("at-annotation").number("n", n + 1), why);
        let document = exercise
            .articles
            .iter()
            .find(|f| f.as_str() == wa.document && fingerprints.contains(f.as_str()))
            .ok_or_else(|| problem(Said::new("submission-off-exercise")))?;
        let len = workspace.document(document).map_or(0, |d| d.len());
        let span = Span::new(wa.start, wa.end);
        if span.is_empty() || span.end > len {
            return Err(problem(
                Said::new("submission-outside").number("start", span.start).number("end", span.end),
            ));
        }
        annotations.push(Annotation {
            id: wa.id.parse::<AnnotationId>().map_err(problem)?,
            document: document.clone(),
            span,
            tag: workspace
                .tags()
                .find(&wa.tag)
                .cloned()
                .ok_or_else(|| problem(Said::new("submission-other-tag").text("tag", wa.tag.as_ref())))?,
            note: wa.note.chars().take(MAX_NOTE).collect::<String>().into(),
            created: wa.created.chars().take(40).collect::<String>().into(),
            author: student.as_str().into(),
        });
    }
    let handed_in = wire.handed_in.chars().take(40).collect();
    Ok(Submission { student, handed_in, read: String::new(), annotations })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::classroom::exercise::Role;
    use crate::model::formats::exercise_file::tests::teacher;
    use crate::model::testing::annotation;
    use crate::model::{Edit, Tag};

    /// The teacher's workspace, and a student's file with one annotation.
    fn handed_in() -> (Workspace, String) {
        let ws = teacher();
        let mut student = ws.clone();
        student.apply(Edit::RemoveAnnotation(AnnotationId(1))).unwrap();
        student
            .apply(Edit::AddAnnotation(annotation(2, &ws.documents()[0], 0, 5, Tag::new("fact"))))
            .unwrap();
        let exercise =
            Exercise { role: Role::Student { name: "Ana".into() }, ..ws.exercise().unwrap().clone() };
        (ws, export(&student, &exercise, "Ana", "2025-10-20T09:00:00Z"))
    }

    #[test]
    fn a_handed_in_file_reads_back_for_the_teacher() {
        let (ws, file) = handed_in();
        assert!(recognises(file.as_bytes()));
        assert!(file.contains("\"exact\":\"Putin\""), "{file}");
        let submission = read(file.as_bytes(), ws.exercise().unwrap(), &ws).unwrap();
        assert_eq!(write(&submission, ws.exercise().unwrap(), &ws), file);
        assert_eq!(submission.student, "Ana");
        assert_eq!(submission.handed_in, "2025-10-20T09:00:00Z");
        let marks: Vec<_> =
            submission.annotations.iter().map(|a| (a.span, a.tag.clone(), a.author.as_ref())).collect();
        assert_eq!(marks, vec![(Span::new(0, 5), Tag::new("fact"), "Ana")]);
    }

    /// The file with its list of articles emptied, as a student's copy with its
    /// article removed hands it in.
    fn without_articles(file: &str) -> String {
        let mut value: serde_json::Value = serde_json::from_str(file).unwrap();
        value["articles"] = serde_json::json!([]);
        value.to_string()
    }

    /// Each case: a change to the file, and what the teacher is told.
    #[test]
    fn wrong_or_hostile_files_are_refused_with_the_reason() {
        let (ws, file) = handed_in();
        let exercise = ws.exercise().unwrap();
        let fingerprint = ws.documents()[0].fingerprint().as_str().to_owned();
        let cases: Vec<(String, &str)> = vec![
            (
                file.replace("00000000-0000-4000-8000-00000000000e", "other"),
                "another exercise, “\u{2068}One <meeting>\u{2069}”",
            ),
            (file.replace(&fingerprint, &"0".repeat(64)), "differs from the exercise's"),
            (file.replace("\"student\": \"Ana\"", "\"student\": \"  \""), "no student name"),
            (without_articles(&file), "is not in it (it was removed from the student's copy)"),
            (file.replace("\"end\":5", "\"end\":500"), "annotation 1: its span 0–500 lies outside"),
            (
                file.replace("\"tag\":\"fact\"", "\"tag\":\"<script>\""),
                "its tag “<script>” is not one of the exercise's",
            ),
            (file[..file.len() / 2].to_owned(), "this is not a valid file: line"),
            ("\u{0}\u{1}".to_owned(), "not a text file"),
            (file.replace(FORMAT, "framelens-workspace"), "not a Framelens submission"),
        ];
        for (changed, reason) in cases {
            assert_ne!(changed, file);
            let error = read(changed.as_bytes(), exercise, &ws).unwrap_err();
            assert!(error.to_string().contains(reason), "{reason:?}: {error}");
        }
    }
}

//! The teacher's class: the submissions handed in for the exercise, what became of
//! each file, and each student's feedback against the key (the teacher's own
//! annotations on the exercise's articles).

use crate::model::classroom::exercise::Exercise;
use crate::model::classroom::scoring::{self, Feedback, Mark};
use crate::model::formats;
use crate::model::formats::submission::{self, Submission};
use crate::model::i18n::Messages;
use crate::model::text::bidi::isolate;
use crate::model::text::offsets::Span;
use crate::model::{Annotation, AnnotationId, Document, Edit, Fingerprint, Tag, Workspace};
use serde::{Deserialize, Serialize};

/// The submissions read so far, one per student, and a message per file read.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Class {
    /// In the order they were first handed in.
    pub submissions: Vec<Submission>,
    /// Second submissions of students already in the class, different from what
    /// was read: each waits beside the first for the teacher to choose, since the
    /// time a file says it was handed in is only what the student's file says.
    pub waiting: Vec<Submission>,
    pub messages: Vec<FileMessage>,
    /// The stretches the teacher accepted from the heatmap, with the tag chosen:
    /// the class's consensus, which can become the key for the next class.
    pub gold: Vec<Annotation>,
}

/// The name the gold layer is saved under, and the author of its annotations.
const GOLD: &str = "Gold layer";

/// The class as storage keeps it: each submission as its file, with when it was read.
#[derive(Serialize, Deserialize, Default)]
struct Saved {
    submissions: Vec<String>,
    #[serde(default)]
    read: Vec<String>,
    #[serde(default)]
    waiting: Vec<String>,
    #[serde(default)]
    waiting_read: Vec<String>,
    #[serde(default)]
    gold: String,
}

/// One article's key, before and after the gold layer replaces it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeyChange {
    pub title: String,
    /// Spans in the key now.
    pub now: usize,
    /// Spans in the key after.
    pub after: usize,
}

/// What became of one file.
#[derive(Clone, Debug, PartialEq)]
pub struct FileMessage {
    pub file: String,
    pub kind: MessageKind,
    pub text: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MessageKind {
    Read,
    /// Read, but something needs the teacher's eye (a student who handed in twice).
    Warning,
    Refused,
}

/// The same work: the same student, time and annotations, whenever it was read.
fn same_work(a: &Submission, b: &Submission) -> bool {
    a.student == b.student && a.handed_in == b.handed_in && a.annotations == b.annotations
}

fn same_student(a: &Submission, b: &Submission) -> bool {
    a.student.to_lowercase() == b.student.to_lowercase()
}

impl Class {
    /// Reads handed-in files at the time `read` (ISO 8601); each gets its own
    /// message, in `words`, with times for a reader `offset` minutes ahead of UTC, and a
    /// refused file changes nothing. A file that is not a submission at all (a
    /// workspace, a spreadsheet) is refused too: the class never imports. The
    /// messages replace those of the files read before.
    pub fn hand_in(
        &mut self,
        files: Vec<(String, Vec<u8>)>,
        exercise: &Exercise,
        workspace: &Workspace,
        read: &str,
        offset: i32,
        words: &Messages,
    ) {
        self.messages.clear();
        for (file, bytes) in files {
            let (kind, text) = if !submission::recognises(&bytes) {
                let what = formats::describe(&file, &bytes);
                (MessageKind::Refused, words.one("file-not-submission", "what", words.say(&what)))
            } else {
                match submission::read(&bytes, exercise, workspace) {
                    Ok(submission) => {
                        self.add(Submission { read: read.to_owned(), ..submission }, offset, words)
                    }
                    Err(reason) => {
                        (MessageKind::Refused, words.one("file-not-read", "reason", words.say(&reason)))
                    }
                }
            };
            self.messages.push(FileMessage { file, kind, text });
        }
    }

    /// Keeps the waiting submission `n` in place of its student's first (`later`)
    /// or lets it go.
    pub fn choose(&mut self, n: usize, later: bool) {
        if n >= self.waiting.len() {
            return;
        }
        let waiting = self.waiting.remove(n);
        if later {
            if let Some(first) = self.submissions.iter_mut().find(|s| same_student(s, &waiting)) {
                *first = waiting;
            }
        }
    }

    /// The class as text for storage: each submission as the file it came from,
    /// and the gold layer as a submission of its own.
    pub fn save(&self, exercise: &Exercise, workspace: &Workspace) -> String {
        let files =
            |list: &[Submission]| list.iter().map(|s| submission::write(s, exercise, workspace)).collect();
        let times = |list: &[Submission]| list.iter().map(|s| s.read.clone()).collect();
        let gold = Submission {
            student: GOLD.into(),
            handed_in: String::new(),
            read: String::new(),
            annotations: self.gold.clone(),
        };
        let saved = Saved {
            submissions: files(&self.submissions),
            read: times(&self.submissions),
            waiting: files(&self.waiting),
            waiting_read: times(&self.waiting),
            gold: submission::write(&gold, exercise, workspace),
        };
        serde_json::to_string(&saved).expect("strings serialise")
    }

    /// A class from [`Class::save`]'s text, with no messages. Whatever no longer
    /// reads (the exercise changed since) is left out.
    pub fn restore(saved: &str, exercise: &Exercise, workspace: &Workspace) -> Class {
        let saved: Saved = serde_json::from_str(saved).unwrap_or_default();
        let read_all = |files: Vec<String>, times: Vec<String>| -> Vec<Submission> {
            let times = times.into_iter().chain(std::iter::repeat(String::new()));
            files
                .into_iter()
                .zip(times)
                .filter_map(|(file, read)| {
                    let submission = submission::read(file.as_bytes(), exercise, workspace).ok()?;
                    Some(Submission { read, ..submission })
                })
                .collect()
        };
        let mut class = Class {
            submissions: read_all(saved.submissions, saved.read),
            waiting: read_all(saved.waiting, saved.waiting_read),
            ..Class::default()
        };
        if let Ok(gold) = submission::read(saved.gold.as_bytes(), exercise, workspace) {
            class.gold = gold.annotations;
        }
        class
    }

    /// Puts `span` of `article` into the gold layer with `tag`, joined with gold
    /// spans of that tag it touches or overlaps; other gold on the span gives way.
    pub fn accept(&mut self, article: &Fingerprint, span: Span, tag: Tag, id: AnnotationId, created: &str) {
        let mut joined = span;
        self.gold.retain(|a| {
            let touches = &a.document == article && a.span.start <= joined.end && joined.start <= a.span.end;
            if touches && a.tag == tag {
                joined = Span::new(joined.start.min(a.span.start), joined.end.max(a.span.end));
            }
            !(touches && (a.tag == tag || (span.start < a.span.end && a.span.start < span.end)))
        });
        self.gold.push(Annotation {
            id,
            document: article.clone(),
            span: joined,
            tag,
            note: "".into(),
            created: created.into(),
            author: GOLD.into(),
        });
        self.gold.sort_by(|a, b| (a.document.as_str(), a.span).cmp(&(b.document.as_str(), b.span)));
    }

    /// Takes the gold spans over `span` of `article` out of the gold layer.
    pub fn reject(&mut self, article: &Fingerprint, span: Span) {
        self.gold.retain(|a| !(&a.document == article && span.start < a.span.end && a.span.start < span.end));
    }

    /// The articles the gold layer would become the key of: `article`, or every
    /// article of the exercise.
    fn gold_articles<'e>(exercise: &'e Exercise, article: Option<&Fingerprint>) -> Vec<&'e Fingerprint> {
        exercise.articles.iter().filter(|f| article.is_none_or(|a| a == *f)).collect()
    }

    /// The edit that makes the gold layer the key of `article` (or of every
    /// article): the teacher's annotations there give way to the gold ones, and one
    /// undo brings them back.
    pub fn gold_as_key(
        &self,
        workspace: &Workspace,
        exercise: &Exercise,
        article: Option<&Fingerprint>,
    ) -> Edit {
        let articles = Self::gold_articles(exercise, article);
        let mut edits: Vec<Edit> = articles
            .iter()
            .flat_map(|f| workspace.annotations_of(f))
            .map(|a| Edit::RemoveAnnotation(a.id))
            .collect();
        let gold = self.gold.iter().filter(|a| articles.contains(&&a.document));
        edits.extend(gold.cloned().map(Edit::AddAnnotation));
        Edit::Batch(edits)
    }

    /// What [`Class::gold_as_key`] would change, article by article, for the
    /// teacher to confirm: each key's spans now and after.
    pub fn key_changes(
        &self,
        workspace: &Workspace,
        exercise: &Exercise,
        article: Option<&Fingerprint>,
    ) -> Vec<KeyChange> {
        Self::gold_articles(exercise, article)
            .into_iter()
            .filter_map(|f| {
                let document = workspace.document(f)?;
                Some(KeyChange {
                    title: document.title.clone(),
                    now: workspace.annotations_of(f).len(),
                    after: self.gold.iter().filter(|a| &a.document == f).count(),
                })
            })
            .collect()
    }

    fn add(&mut self, submission: Submission, offset: i32, words: &Messages) -> (MessageKind, String) {
        let said = |id: &str, s: &Submission| {
            words.with(id, &[("student", isolate(&s.student).into()), ("count", s.annotations.len().into())])
        };
        let Some(first) = self.submissions.iter().find(|s| same_student(s, &submission)) else {
            let text = said("file-read", &submission);
            self.submissions.push(submission);
            return (MessageKind::Read, text);
        };
        let waiting = self.waiting.iter().position(|s| same_student(s, &submission));
        if same_work(first, &submission) || waiting.is_some_and(|n| same_work(&self.waiting[n], &submission))
        {
            return (MessageKind::Read, said("file-read-again", &submission));
        }
        let when = |s: &Submission| words.date(&s.handed_in, offset);
        let text = words.with(
            "file-twice",
            &[
                ("student", isolate(&submission.student).into()),
                ("first", when(first).into()),
                ("later", when(&submission).into()),
            ],
        );
        match waiting {
            Some(n) => self.waiting[n] = submission,
            None => self.waiting.push(submission),
        }
        (MessageKind::Warning, text)
    }
}

/// How far a student's work on one article has come.
#[derive(Clone, Debug, PartialEq)]
pub struct Progress {
    pub article: Fingerprint,
    pub source: String,
    pub title: String,
    pub annotations: usize,
}

/// Each article of the exercise with how many annotations are on it so far.
pub fn progress(workspace: &Workspace, exercise: &Exercise) -> Vec<Progress> {
    exercise
        .articles
        .iter()
        .filter_map(|f| {
            let document = workspace.document(f)?;
            Some(Progress {
                article: f.clone(),
                source: document.source.clone(),
                title: document.title.clone(),
                annotations: workspace.list_of(f).map_or(0, |list| list.len()),
            })
        })
        .collect()
}

/// One article's feedback for one student.
pub struct ArticleFeedback<'w> {
    pub document: &'w Document,
    pub feedback: Feedback,
}

/// A student's feedback on every article of the exercise, in the exercise's order.
pub fn feedback<'w>(
    workspace: &'w Workspace,
    exercise: &Exercise,
    submission: &Submission,
) -> Vec<ArticleFeedback<'w>> {
    let marks = |annotations: &mut dyn Iterator<Item = &Annotation>| -> Vec<Mark> {
        annotations.map(|a| Mark { span: a.span, tag: a.tag.clone() }).collect()
    };
    exercise
        .articles
        .iter()
        .filter_map(|f| workspace.document(f))
        .map(|document| {
            let key = marks(&mut workspace.annotations_of(document.fingerprint()).into_iter());
            let given =
                marks(&mut submission.annotations.iter().filter(|a| &a.document == document.fingerprint()));
            ArticleFeedback { document, feedback: scoring::score(&key, &given) }
        })
        .collect()
}

/// The score over all articles: the points of every article over all their spans,
/// as [`Feedback::score`] counts one article.
pub fn overall(articles: &[ArticleFeedback]) -> f64 {
    let spans: usize = articles.iter().map(|a| a.feedback.key_spans + a.feedback.given_spans).sum();
    let points: f64 = articles.iter().map(|a| a.feedback.points()).sum();
    if spans == 0 {
        1.0
    } else {
        2.0 * points / spans as f64
    }
}

/// How many outcomes of each kind over all articles: matched, wrong tag, missed,
/// extra.
pub fn counts(articles: &[ArticleFeedback]) -> [usize; 4] {
    let mut counts = [0; 4];
    for article in articles {
        for (total, n) in counts.iter_mut().zip(article.feedback.counts()) {
            *total += n;
        }
    }
    counts
}

/// A score as the page and the files show it: a percentage with one decimal.
pub fn percent(score: f64) -> String {
    format!("{:.1}", score * 100.0)
}

/// An article's score as a percentage, or "" for an article where the key has no
/// span and the student marked none: there was nothing to score.
pub fn article_percent(feedback: &Feedback) -> String {
    if feedback.key_spans + feedback.given_spans == 0 {
        String::new()
    } else {
        percent(feedback.score())
    }
}

/// The class's scores, as the class view and the gradebook CSV show them.
#[derive(Clone, Debug, PartialEq)]
pub struct ScoreTable {
    /// The exercise's articles' titles, one column each.
    pub titles: Vec<String>,
    pub rows: Vec<ScoreRow>,
}

/// One student's row of the [`ScoreTable`].
#[derive(Clone, Debug, PartialEq)]
pub struct ScoreRow {
    pub student: String,
    pub handed_in: String,
    /// When the teacher's page read the file (ISO 8601).
    pub read: String,
    /// Per article, as [`article_percent`] writes it.
    pub articles: Vec<String>,
    /// Over all articles, as [`percent`] writes it.
    pub overall: String,
    /// Matched, wrong tag, missed and extra, over all articles.
    pub counts: [usize; 4],
}

/// Every student's scores against the key, in the order they first handed in.
pub fn scores(workspace: &Workspace, exercise: &Exercise, class: &Class) -> ScoreTable {
    let titles =
        exercise.articles.iter().filter_map(|f| workspace.document(f)).map(|d| d.title.clone()).collect();
    let rows = class
        .submissions
        .iter()
        .map(|submission| {
            let articles = feedback(workspace, exercise, submission);
            ScoreRow {
                student: submission.student.clone(),
                handed_in: submission.handed_in.clone(),
                read: submission.read.clone(),
                articles: articles.iter().map(|a| article_percent(&a.feedback)).collect(),
                overall: percent(overall(&articles)),
                counts: counts(&articles),
            }
        })
        .collect();
    ScoreTable { titles, rows }
}

/// The class's scores for a gradebook: a row per student, a column per article,
/// the overall score, and the counts of each outcome.
pub fn csv(workspace: &Workspace, exercise: &Exercise, class: &Class) -> String {
    let table = scores(workspace, exercise, class);
    let mut header = vec!["student", "handed in", "read"];
    header.extend(table.titles.iter().map(String::as_str));
    header.extend(["overall %", "matched", "wrong tag", "missed", "extra"]);
    let mut out = String::from("\u{FEFF}");
    crate::model::formats::csv::push_row(&mut out, &header);
    for row in &table.rows {
        let counts = row.counts.map(|n| n.to_string());
        let mut cells = vec![row.student.as_str(), row.handed_in.as_str(), row.read.as_str()];
        cells.extend(row.articles.iter().map(String::as_str));
        cells.push(&row.overall);
        cells.extend(counts.iter().map(String::as_str));
        crate::model::formats::csv::push_row(&mut out, &cells);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn english() -> crate::model::i18n::Messages {
        crate::model::i18n::Messages::new(crate::model::i18n::Language::En)
    }
    use crate::model::classroom::exercise::Role;
    use crate::model::formats::exercise_file::tests::teacher;
    use crate::model::testing::annotation;
    use crate::model::{AnnotationId, Edit, Tag};

    /// A student's file: the teacher's exercise with `marks` as the student's work.
    fn file(ws: &Workspace, student: &str, at: &str, marks: &[(usize, usize, Tag)]) -> (String, Vec<u8>) {
        let mut work = ws.clone();
        work.apply(Edit::RemoveAnnotation(AnnotationId(1))).unwrap();
        let doc = &ws.documents()[0];
        for (n, (start, end, tag)) in marks.iter().enumerate() {
            work.apply(Edit::AddAnnotation(annotation(100 + n as u128, doc, *start, *end, tag.clone())))
                .unwrap();
        }
        let exercise =
            Exercise { role: Role::Student { name: student.into() }, ..ws.exercise().unwrap().clone() };
        (format!("{student}.json"), submission::export(&work, &exercise, student, at).into_bytes())
    }

    #[test]
    fn the_gold_layer_joins_touching_spans_of_a_tag_and_can_become_the_key() {
        let ws = teacher();
        let exercise = ws.exercise().unwrap();
        let article = ws.documents()[0].fingerprint().clone();
        let mut class = Class::default();
        class.accept(&article, Span::new(15, 22), Tag::new("quote"), AnnotationId(50), "t");
        class.accept(&article, Span::new(22, 34), Tag::new("quote"), AnnotationId(51), "t");
        class.accept(&article, Span::new(0, 5), Tag::new("fact"), AnnotationId(52), "t");
        let gold: Vec<(usize, usize, Tag)> =
            class.gold.iter().map(|a| (a.span.start, a.span.end, a.tag.clone())).collect();
        assert_eq!(gold, vec![(0, 5, Tag::new("fact")), (15, 34, Tag::new("quote"))]);
        // Another tag on part of a gold span takes its place.
        class.accept(&article, Span::new(15, 22), Tag::new("framing"), AnnotationId(53), "t");
        assert_eq!(
            class.gold.iter().map(|a| a.tag.clone()).collect::<Vec<_>>(),
            vec![Tag::new("fact"), Tag::new("framing")]
        );
        class.reject(&article, Span::new(16, 17));
        assert_eq!(class.gold.len(), 1);
        let restored = Class::restore(&class.save(exercise, &ws), exercise, &ws);
        assert_eq!(
            restored.gold.iter().map(|a| (a.span, a.tag.clone())).collect::<Vec<_>>(),
            vec![(Span::new(0, 5), Tag::new("fact"))]
        );
        let mut next = ws.clone();
        assert_eq!(
            class.key_changes(&ws, exercise, Some(&article)),
            vec![KeyChange { title: "Report".into(), now: 1, after: 1 }]
        );
        next.apply(class.gold_as_key(&ws, exercise, None)).unwrap();
        let key: Vec<(Span, Tag)> =
            next.annotations_on(&exercise.articles).iter().map(|a| (a.span, a.tag.clone())).collect();
        assert_eq!(key, vec![(Span::new(0, 5), Tag::new("fact"))]);
    }

    #[test]
    fn each_file_gets_its_message_and_a_student_counts_once() {
        let ws = teacher();
        let exercise = ws.exercise().unwrap();
        let mut class = Class::default();
        class.hand_in(
            vec![
                file(&ws, "Ana", "2025-10-20T09:00:00Z", &[(15, 34, Tag::new("quote"))]),
                file(
                    &ws,
                    "Ben",
                    "2025-10-20T09:05:00Z",
                    &[(15, 34, Tag::new("claim")), (0, 5, Tag::new("fact"))],
                ),
                ("broken.json".into(), b"{\"format\": \"framelens-submission\"".to_vec()),
                file(&ws, "ana", "2025-10-20T10:00:00Z", &[(15, 30, Tag::new("quote"))]),
                ("key.json".into(), crate::model::formats::native::export(&ws).into_bytes()),
                ("marks.csv".into(), b"title,tag\nReport,claim\n".to_vec()),
            ],
            exercise,
            &ws,
            "2025-10-21T08:00:00Z",
            120,
            &english(),
        );
        let kinds: Vec<_> = class.messages.iter().map(|m| m.kind).collect();
        use MessageKind::*;
        assert_eq!(kinds, vec![Read, Read, Refused, Warning, Refused, Refused]);
        assert_eq!(class.messages[0].text, "Read: \u{2068}Ana\u{2069}, 1 annotation.");
        assert_eq!(
            class.messages[3].text,
            "\u{2068}ana\u{2069} handed in twice: the file read first says 20 Oct 2025, 11:00, this one \
             20 Oct 2025, 12:00. Both are below: choose which to keep; the first counts until you do."
        );
        assert_eq!(
            class.messages[4].text,
            "Not read: this is a Framelens workspace, not a student's submission. Nothing changed."
        );
        assert!(class.messages[5].text.contains("a spreadsheet (CSV)"));
        assert_eq!(class.submissions.len(), 2);
        assert_eq!(class.submissions[0].read, "2025-10-21T08:00:00Z");
        // Ana's first file counts until the teacher chooses: all 19 of the key's characters.
        let score = |class: &Class, n: usize| overall(&feedback(&ws, exercise, &class.submissions[n]));
        assert!((score(&class, 0) - 1.0).abs() < 1e-9);
        let kept = Class::restore(&class.save(exercise, &ws), exercise, &ws);
        assert_eq!(
            (kept.submissions.clone(), kept.waiting.clone()),
            (class.submissions.clone(), class.waiting.clone())
        );
        assert!(kept.messages.is_empty());
        // Her second file, chosen: 15 of the key's 19 characters.
        class.choose(0, true);
        assert!(class.waiting.is_empty());
        assert!((score(&class, 0) - 15.0 / 19.0).abs() < 1e-9);
        // Ben: the key span with the wrong tag (half of 1), one extra span.
        assert!((score(&class, 1) - 2.0 * 0.5 / 3.0).abs() < 1e-9);
        let csv = csv(&ws, exercise, &class);
        let rows: Vec<&str> = csv.trim_start_matches('\u{FEFF}').lines().collect();
        assert_eq!(rows[0], "student,handed in,read,Report,overall %,matched,wrong tag,missed,extra");
        assert_eq!(rows[1], "ana,2025-10-20T10:00:00Z,2025-10-21T08:00:00Z,78.9,78.9,1,0,0,0");
        assert_eq!(rows[2], "Ben,2025-10-20T09:05:00Z,2025-10-21T08:00:00Z,33.3,33.3,0,1,0,1");
        // The same file again changes nothing.
        let again = file(
            &ws,
            "Ben",
            "2025-10-20T09:05:00Z",
            &[(15, 34, Tag::new("claim")), (0, 5, Tag::new("fact"))],
        );
        class.hand_in(vec![again], exercise, &ws, "2025-10-22T08:00:00Z", 0, &english());
        assert!(class.messages[0].text.starts_with("Already read"), "{:?}", class.messages);
        assert!(class.waiting.is_empty());
    }
}

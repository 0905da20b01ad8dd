//! The teacher's class: the submissions handed in for the exercise, what became of
//! each file, and each student's feedback against the key (the teacher's own
//! annotations on the exercise's articles).

use crate::model::classroom::exercise::Exercise;
use crate::model::classroom::scoring::{self, Feedback, Mark};
use crate::model::formats::submission::{self, Submission};
use crate::model::text::offsets::Span;
use crate::model::{Annotation, AnnotationId, Document, Edit, Fingerprint, Tag, Workspace};
use serde::{Deserialize, Serialize};

/// The submissions read so far, one per student, and a message per file read.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Class {
    /// In the order they were first handed in.
    pub submissions: Vec<Submission>,
    pub messages: Vec<FileMessage>,
    /// The stretches the teacher accepted from the heatmap, with the tag chosen:
    /// the class's consensus, which can become the key for the next class.
    pub gold: Vec<Annotation>,
}

/// The name the gold layer is saved under, and the author of its annotations.
const GOLD: &str = "Gold layer";

/// The class as storage keeps it.
#[derive(Serialize, Deserialize, Default)]
struct Saved {
    submissions: Vec<String>,
    #[serde(default)]
    gold: String,
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

impl Class {
    /// Reads handed-in files; each gets its own message and a refused file changes
    /// nothing. The messages replace those of the files read before.
    pub fn hand_in(&mut self, files: Vec<(String, Vec<u8>)>, exercise: &Exercise, workspace: &Workspace) {
        self.messages.clear();
        for (file, bytes) in files {
            let (kind, text) = match submission::read(&bytes, exercise, workspace) {
                Ok(submission) => self.add(submission),
                Err(reason) => (MessageKind::Refused, format!("Not read: {reason}.")),
            };
            self.messages.push(FileMessage { file, kind, text });
        }
    }

    /// The class as text for storage: each submission as the file it came from,
    /// and the gold layer as a submission of its own.
    pub fn save(&self, exercise: &Exercise, workspace: &Workspace) -> String {
        let files = self.submissions.iter().map(|s| submission::write(s, exercise, workspace)).collect();
        let gold =
            Submission { student: GOLD.into(), handed_in: String::new(), annotations: self.gold.clone() };
        let saved = Saved { submissions: files, gold: submission::write(&gold, exercise, workspace) };
        serde_json::to_string(&saved).expect("strings serialise")
    }

    /// A class from [`Class::save`]'s text, with no messages. Whatever no longer
    /// reads (the exercise changed since) is left out.
    pub fn restore(saved: &str, exercise: &Exercise, workspace: &Workspace) -> Class {
        let saved: Saved = serde_json::from_str(saved).unwrap_or_default();
        let mut class = Class::default();
        let files = saved.submissions.into_iter().map(|f| (String::new(), f.into_bytes())).collect();
        class.hand_in(files, exercise, workspace);
        class.messages.clear();
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

    /// The edit that makes the gold layer the key: the teacher's annotations on the
    /// exercise's articles give way to the gold ones (one undo brings them back).
    pub fn gold_as_key(&self, workspace: &Workspace, exercise: &Exercise) -> Edit {
        let mut edits: Vec<Edit> = workspace
            .annotations_on(&exercise.articles)
            .into_iter()
            .map(|a| Edit::RemoveAnnotation(a.id))
            .collect();
        edits.extend(self.gold.iter().cloned().map(Edit::AddAnnotation));
        Edit::Batch(edits)
    }

    fn add(&mut self, submission: Submission) -> (MessageKind, String) {
        let count = submission.annotations.len();
        let said = format!(
            "{}, {count} {}",
            submission.student,
            if count == 1 { "annotation" } else { "annotations" }
        );
        let same = |s: &Submission| s.student.to_lowercase() == submission.student.to_lowercase();
        let Some(at) = self.submissions.iter().position(same) else {
            self.submissions.push(submission);
            return (MessageKind::Read, format!("Read: {said}."));
        };
        let earlier = &self.submissions[at];
        if *earlier == submission {
            return (MessageKind::Read, format!("Already read: {said}; nothing changed."));
        }
        let text = format!(
            "{} handed in twice (at {} and at {}): kept the later one.",
            submission.student, earlier.handed_in, submission.handed_in
        );
        if submission.handed_in >= earlier.handed_in {
            self.submissions[at] = submission;
        }
        (MessageKind::Warning, text)
    }
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
        annotations.map(|a| Mark { span: a.span, tag: a.tag }).collect()
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
    let mut header = vec!["student", "handed in"];
    header.extend(table.titles.iter().map(String::as_str));
    header.extend(["overall %", "matched", "wrong tag", "missed", "extra"]);
    let mut out = String::from("\u{FEFF}");
    crate::model::formats::csv::push_row(&mut out, &header);
    for row in &table.rows {
        let counts = row.counts.map(|n| n.to_string());
        let mut cells = vec![row.student.as_str(), row.handed_in.as_str()];
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
            work.apply(Edit::AddAnnotation(annotation(100 + n as u128, doc, *start, *end, *tag))).unwrap();
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
        class.accept(&article, Span::new(15, 22), Tag::Quote, AnnotationId(50), "t");
        class.accept(&article, Span::new(22, 34), Tag::Quote, AnnotationId(51), "t");
        class.accept(&article, Span::new(0, 5), Tag::Fact, AnnotationId(52), "t");
        let gold: Vec<(usize, usize, Tag)> =
            class.gold.iter().map(|a| (a.span.start, a.span.end, a.tag)).collect();
        assert_eq!(gold, vec![(0, 5, Tag::Fact), (15, 34, Tag::Quote)]);
        // Another tag on part of a gold span takes its place.
        class.accept(&article, Span::new(15, 22), Tag::Framing, AnnotationId(53), "t");
        assert_eq!(class.gold.iter().map(|a| a.tag).collect::<Vec<_>>(), vec![Tag::Fact, Tag::Framing]);
        class.reject(&article, Span::new(16, 17));
        assert_eq!(class.gold.len(), 1);
        let restored = Class::restore(&class.save(exercise, &ws), exercise, &ws);
        assert_eq!(
            restored.gold.iter().map(|a| (a.span, a.tag)).collect::<Vec<_>>(),
            vec![(Span::new(0, 5), Tag::Fact)]
        );
        let mut next = ws.clone();
        next.apply(class.gold_as_key(&ws, exercise)).unwrap();
        let key: Vec<(Span, Tag)> =
            next.annotations_on(&exercise.articles).iter().map(|a| (a.span, a.tag)).collect();
        assert_eq!(key, vec![(Span::new(0, 5), Tag::Fact)]);
    }

    #[test]
    fn each_file_gets_its_message_and_a_student_counts_once() {
        let ws = teacher();
        let exercise = ws.exercise().unwrap();
        let mut class = Class::default();
        class.hand_in(
            vec![
                file(&ws, "Ana", "2025-10-20T09:00:00Z", &[(15, 34, Tag::Quote)]),
                file(&ws, "Ben", "2025-10-20T09:05:00Z", &[(15, 34, Tag::Claim), (0, 5, Tag::Fact)]),
                ("broken.json".into(), b"{\"format\": \"framelens-submission\"".to_vec()),
                file(&ws, "ana", "2025-10-20T10:00:00Z", &[(15, 30, Tag::Quote)]),
            ],
            exercise,
            &ws,
        );
        let kinds: Vec<_> = class.messages.iter().map(|m| m.kind).collect();
        use MessageKind::*;
        assert_eq!(kinds, vec![Read, Read, Refused, Warning]);
        assert!(class.messages[3].text.contains("handed in twice"), "{:?}", class.messages[3]);
        assert_eq!(class.submissions.len(), 2);
        // The later file of Ana's counts: 15 of the key's 19 characters.
        let ana = feedback(&ws, exercise, &class.submissions[0]);
        assert!((overall(&ana) - 15.0 / 19.0).abs() < 1e-9);
        // Ben: the key span with the wrong tag (half of 1), one extra span.
        let ben = feedback(&ws, exercise, &class.submissions[1]);
        assert!((overall(&ben) - 2.0 * 0.5 / 3.0).abs() < 1e-9);
        let restored = Class::restore(&class.save(exercise, &ws), exercise, &ws);
        assert_eq!(restored.submissions, class.submissions);
        assert_eq!(restored.gold, class.gold);
        assert!(restored.messages.is_empty());
        let csv = csv(&ws, exercise, &class);
        let rows: Vec<&str> = csv.trim_start_matches('\u{FEFF}').lines().collect();
        assert_eq!(rows[0], "student,handed in,Report,overall %,matched,wrong tag,missed,extra");
        assert_eq!(rows[1], "ana,2025-10-20T10:00:00Z,78.9,78.9,1,0,0,0");
        assert_eq!(rows[2], "Ben,2025-10-20T09:05:00Z,33.3,33.3,0,1,0,1");
    }
}

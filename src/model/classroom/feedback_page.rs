//! Printable feedback: a page per student, with their score per article and over
//! all, how the score is computed, and every span in plain words (found, found
//! with another tag, missed, not in the key), quoted, with the teacher's note on
//! the key span and the student's own note. One self-contained HTML file; every
//! piece of text is escaped, and people's text is isolated (`<bdi>`), so that no
//! direction mark in a name or a note reorders the page around it.

use crate::model::classroom::class::{self, ArticleFeedback};
use crate::model::classroom::exercise::Exercise;
use crate::model::classroom::scoring::{Mark, Outcome};
use crate::model::formats::report::{self, escape};
use crate::model::formats::submission::Submission;
use crate::model::i18n::{Arg, Messages};
use crate::model::{Annotation, Workspace};

/// Feedback pages for `submissions`, each starting on a new printed page, in the
/// language of `words` (the exercise's), with times for a reader `offset` minutes
/// ahead of UTC.
pub fn export(
    workspace: &Workspace,
    exercise: &Exercise,
    submissions: &[&Submission],
    offset: i32,
    words: &Messages,
) -> String {
    let mut body = String::new();
    for submission in submissions {
        let articles = class::feedback(workspace, exercise, submission);
        body.push_str(&format!(
            "<section>\n<h1>{}</h1>\n<p class=\"who\">{}</p>\n<p class=\"overall\">{}</p>\n\
             <details open><summary>{}</summary><p>{}</p></details>\n",
            bdi(&exercise.title),
            html(
                words,
                "feedback-who",
                vec![("handed", words.date(&submission.handed_in, offset).into())],
                &[("student", bdi(&submission.student))],
            ),
            html(
                words,
                "feedback-overall",
                vec![],
                &[("score", format!("<strong>{}%</strong>", class::percent(class::overall(&articles))))],
            ),
            text(&words.get("class-method-title")),
            text(&words.get("class-method")),
        ));
        for article in &articles {
            let key = workspace.annotations_of(article.document.fingerprint());
            let given: Vec<&Annotation> = submission
                .annotations
                .iter()
                .filter(|a| &a.document == article.document.fingerprint())
                .collect();
            body.push_str(&article_section(words, article, &key, &given));
        }
        body.push_str("</section>\n");
    }
    let title = words.one("feedback-title", "title", exercise.title.as_str());
    report::page(words.language(), &title, STYLE, &body)
}

/// Words for element content: `&`, `<` and `>` escaped (an apostrophe stays).
fn text(words: &str) -> String {
    words.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// A message as HTML: its words escaped, `args` in them as words, and `markup`
/// (HTML already) in place of the placeables it names. Each piece of markup stands
/// in the message as a private-use character, which no language file uses, until
/// the words around it are escaped.
fn html<'a>(
    words: &Messages,
    id: &str,
    mut args: Vec<(&'a str, Arg)>,
    markup: &[(&'a str, String)],
) -> String {
    let marks: Vec<String> = (0..markup.len())
        .map(|n| char::from_u32(0xE000 + n as u32).expect("a private-use character").to_string())
        .collect();
    args.extend(markup.iter().zip(&marks).map(|((name, _), mark)| (*name, Arg::from(mark.clone()))));
    let mut out = text(&words.with(id, &args));
    for ((_, html), mark) in markup.iter().zip(&marks) {
        out = out.replace(mark.as_str(), html);
    }
    out
}

const STYLE: &str = "body { font: 15px/1.45 system-ui, sans-serif; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; color: #1b1d21; }\n\
section { break-after: page; margin-bottom: 3rem; }\n\
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1.5rem; }\n\
th, td { border-bottom: 1px solid #ccd; padding: 0.3rem 0.4rem; text-align: left; vertical-align: top; }\n\
.quote { font-family: Georgia, serif; }\n\
.note { display: block; font-size: 0.9em; color: #444; white-space: pre-wrap; }\n\
.missed { color: #8a1c1c; } .extra { color: #7a4b00; } .matched { color: #1d5e2a; } .wrong { color: #4b2a86; }\n";

/// People's text, escaped and isolated.
fn bdi(text: &str) -> String {
    format!("<bdi>{}</bdi>", escape(text))
}

/// `text` in quotation marks, unless it brings its own (a quote that was marked
/// with its marks): a quote is shown once, with its own marks.
fn quoted(text: &str) -> String {
    let opens = |c: char| "“\"«„‘'‚‹「『".contains(c);
    let closes = |c: char| "”\"»“’'‹›」』".contains(c);
    let core = text.trim_end_matches(|c: char| ".,;:!?".contains(c));
    if text.starts_with(opens) && core.ends_with(closes) {
        bdi(text)
    } else {
        format!("“{}”", bdi(text))
    }
}

fn article_section(
    words: &Messages,
    article: &ArticleFeedback,
    key: &[&Annotation],
    given: &[&Annotation],
) -> String {
    let feedback = &article.feedback;
    let [matched, wrong, missed, extra] = feedback.counts();
    let index = article.document.index();
    // A span, with the note of the annotation it came from.
    let cell = |mark: &Mark, from: &[&Annotation], whose: &str| {
        let note = from
            .iter()
            .find(|a| a.span == mark.span && a.tag == mark.tag)
            .map(|a| a.note.trim())
            .filter(|note| !note.is_empty())
            .map(|note| format!("<span class=\"note\">{}: {}</span>", text(&words.get(whose)), bdi(note)))
            .unwrap_or_default();
        format!(
            "{} <span class=\"quote\">{}</span>{note}",
            text(&words.tag(&mark.tag)),
            quoted(index.slice(mark.span).unwrap_or_default())
        )
    };
    let mut rows = String::new();
    for outcome in &feedback.outcomes {
        let key_cell = |mark: &Mark| cell(mark, key, "feedback-teacher-note");
        let given_cell = |mark: &Mark| cell(mark, given, "feedback-your-note");
        let (class, what, key, given) = match outcome {
            Outcome::Matched { key, given, .. } => {
                ("matched", words.get("feedback-matched"), key_cell(key), given_cell(given))
            }
            Outcome::WrongTag { key, given, .. } => (
                "wrong",
                words.with(
                    "feedback-wrong",
                    &[("given", words.tag(&given.tag).into()), ("key", words.tag(&key.tag).into())],
                ),
                key_cell(key),
                given_cell(given),
            ),
            Outcome::Missed(key) => ("missed", words.get("feedback-missed"), key_cell(key), String::new()),
            Outcome::Extra(given) => ("extra", words.get("feedback-extra"), String::new(), given_cell(given)),
        };
        let what = text(&what);
        rows.push_str(&format!(
            "<tr class=\"{class}\"><td>{what}</td><td>{key}</td><td>{given}</td><td>{:.2}</td></tr>\n",
            outcome.points()
        ));
    }
    if feedback.outcomes.is_empty() {
        return format!(
            "<h2>{}</h2>\n<p>{}</p>\n",
            bdi(&article.document.title),
            text(&words.get("feedback-nothing"))
        );
    }
    let score = words.with(
        "feedback-score",
        &[
            ("score", class::percent(feedback.score()).into()),
            ("matched", matched.into()),
            ("wrong", wrong.into()),
            ("missed", missed.into()),
            ("extra", extra.into()),
        ],
    );
    let heads: String = ["feedback-what", "feedback-key", "feedback-yours", "feedback-points"]
        .iter()
        .map(|id| format!("<th>{}</th>", text(&words.get(id))))
        .collect();
    format!(
        "<h2>{}</h2>\n<p>{}</p>\n<table>\n<thead><tr>{heads}</tr></thead>\n<tbody>\n{rows}</tbody>\n</table>\n",
        bdi(&article.document.title),
        text(&score),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::formats::exercise_file::tests::teacher;
    use crate::model::testing::annotation;
    use crate::model::Tag;

    #[test]
    fn each_student_gets_a_page_of_outcomes_in_words_with_both_notes_and_nothing_is_markup() {
        let mut ws = teacher();
        let doc = ws.documents()[0].clone();
        ws.apply(crate::model::Edit::SetNote {
            id: crate::model::AnnotationId(1),
            note: "A loaded <phrase>".into(),
        })
        .unwrap();
        let mut mine = annotation(5, &doc, 0, 5, Tag::new("fact"));
        mine.note = "The speaker\u{202E}".into();
        let submission = Submission {
            student: "<b>Ana</b>\u{202E}".into(),
            handed_in: "2025-10-20T09:00:00Z".into(),
            read: String::new(),
            annotations: vec![mine],
        };
        let english = Messages::new(crate::model::i18n::Language::En);
        let html = export(&ws, ws.exercise().unwrap(), &[&submission, &submission], 120, &english);
        assert_eq!(html.matches("<section>").count(), 2);
        assert!(
            html.contains("<bdi>&lt;b&gt;Ana&lt;/b&gt;\u{202E}</bdi> · handed in 20 Oct 2025, 11:00"),
            "{html}"
        );
        assert!(html.contains("<h1><bdi>One &lt;meeting&gt;</bdi></h1>"));
        assert!(html.contains("Overall score: <strong>0.0%</strong>"));
        // The key's quote brings its own marks: shown once, with the teacher's note.
        assert!(
            html.contains(
                "<td>Missed: in the key, not marked</td><td>Quote <span class=\"quote\"><bdi>“special relations”</bdi></span>\
                 <span class=\"note\">Teacher's note: <bdi>A loaded &lt;phrase&gt;</bdi></span></td>"
            ),
            "{html}"
        );
        assert!(html.contains(
            "<td>Not in the key</td><td></td><td>Fact <span class=\"quote\">“<bdi>Putin</bdi>”</span>\
             <span class=\"note\">Your note: <bdi>The speaker\u{202E}</bdi></span></td>"
        ));
        assert!(html.contains(
            "0 spans found with the same tag, 0 spans with another tag, 1 span missed, 1 span not in the key"
        ));
        assert!(!html.contains("<b>"));
    }
}

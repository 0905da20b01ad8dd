//! Printable feedback: a page per student, with their score per article and over
//! all, how the score is computed, and every span: matched, wrong tag, missed or
//! extra, quoted. One self-contained HTML file; every piece of text is escaped.

use crate::model::classroom::class::{self, ArticleFeedback};
use crate::model::classroom::exercise::Exercise;
use crate::model::classroom::scoring::{Mark, Outcome, METHOD};
use crate::model::formats::report::escape;
use crate::model::formats::submission::Submission;
use crate::model::Workspace;

/// Feedback pages for `submissions`, each starting on a new printed page.
pub fn export(workspace: &Workspace, exercise: &Exercise, submissions: &[&Submission]) -> String {
    let mut body = String::new();
    for submission in submissions {
        let articles = class::feedback(workspace, exercise, submission);
        body.push_str(&format!(
            "<section>\n<h1>{}</h1>\n<p class=\"who\">{} · handed in {}</p>\n\
             <p class=\"overall\">Overall score: <strong>{}%</strong></p>\n\
             <details open><summary>How the score is computed</summary><p>{}</p></details>\n",
            escape(&exercise.title),
            escape(&submission.student),
            escape(&submission.handed_in),
            class::percent(class::overall(&articles)),
            escape(METHOD),
        ));
        for article in &articles {
            body.push_str(&article_section(article));
        }
        body.push_str("</section>\n");
    }
    let title = format!("Feedback: {}", exercise.title);
    format!(
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n{body}</body>\n</html>\n",
        escape(&title)
    )
}

const STYLE: &str = "body { font: 15px/1.45 system-ui, sans-serif; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; color: #1b1d21; }\n\
section { break-after: page; margin-bottom: 3rem; }\n\
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1.5rem; }\n\
th, td { border-bottom: 1px solid #ccd; padding: 0.3rem 0.4rem; text-align: left; vertical-align: top; }\n\
.quote { font-family: Georgia, serif; }\n\
.missed { color: #8a1c1c; } .extra { color: #7a4b00; } .matched { color: #1d5e2a; } .wrong { color: #4b2a86; }\n";

fn article_section(article: &ArticleFeedback) -> String {
    let feedback = &article.feedback;
    let [matched, wrong, missed, extra] = feedback.counts();
    let index = article.document.index();
    let quote = |mark: &Mark| {
        format!(
            "{} <span class=\"quote\">“{}”</span>",
            mark.tag.label(),
            escape(index.slice(mark.span).unwrap_or_default())
        )
    };
    let mut rows = String::new();
    for outcome in &feedback.outcomes {
        let (class, what, key, given) = match outcome {
            Outcome::Matched { key, given, .. } => ("matched", "Matched", quote(key), quote(given)),
            Outcome::WrongTag { key, given, .. } => ("wrong", "Wrong tag", quote(key), quote(given)),
            Outcome::Missed(key) => ("missed", "Missed", quote(key), String::new()),
            Outcome::Extra(given) => ("extra", "Extra", String::new(), quote(given)),
        };
        rows.push_str(&format!(
            "<tr class=\"{class}\"><td>{what}</td><td>{key}</td><td>{given}</td><td>{:.2}</td></tr>\n",
            outcome.points()
        ));
    }
    if feedback.outcomes.is_empty() {
        return format!(
            "<h2>{}</h2>\n<p>Nothing to mark here, and nothing marked: not scored.</p>\n",
            escape(&article.document.title)
        );
    }
    format!(
        "<h2>{}</h2>\n<p>Score {}%: {matched} matched, {wrong} with the wrong tag, {missed} missed, {extra} extra.</p>\n\
         <table>\n<thead><tr><th>Outcome</th><th>Key</th><th>Yours</th><th>Points</th></tr></thead>\n<tbody>\n{rows}</tbody>\n</table>\n",
        escape(&article.document.title),
        class::percent(feedback.score()),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::formats::exercise_file::tests::teacher;
    use crate::model::testing::annotation;
    use crate::model::Tag;

    #[test]
    fn each_student_gets_a_page_of_quoted_outcomes_and_nothing_is_markup() {
        let ws = teacher();
        let doc = &ws.documents()[0];
        let submission = Submission {
            student: "<b>Ana</b>".into(),
            handed_in: "2025-10-20T09:00:00Z".into(),
            annotations: vec![annotation(5, doc, 0, 5, Tag::Fact)],
        };
        let html = export(&ws, ws.exercise().unwrap(), &[&submission, &submission]);
        assert_eq!(html.matches("<section>").count(), 2);
        assert!(html.contains("&lt;b&gt;Ana&lt;/b&gt; · handed in 2025-10-20T09:00:00Z"));
        assert!(html.contains("<h1>One &lt;meeting&gt;</h1>"));
        assert!(html.contains("Overall score: <strong>0.0%</strong>"));
        assert!(
            html.contains("<td>Missed</td><td>Quote <span class=\"quote\">““special relations””</span></td>"),
            "{html}"
        );
        assert!(html.contains("<td>Extra</td><td></td><td>Fact <span class=\"quote\">“Putin”</span></td>"));
        assert!(!html.contains("<b>"));
    }
}

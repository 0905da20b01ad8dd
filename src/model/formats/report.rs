//! A printable report: one self-contained HTML file with every article, its spans
//! coloured and underlined as in the page, a legend, counts per tag, and notes as
//! numbered footnotes. Every piece of text is escaped: nothing from an article or a
//! note can become markup. Export only: the report is for people, not programs.

use crate::model::annotations::palette::look;
use crate::model::i18n::{Language, Messages};
use crate::model::text::offsets::Span;
use crate::model::{Annotation, AnnotationId, Document, Tag, TagSet, Workspace};
use std::collections::HashMap;

/// A tag's class names: `t-N` for its spans and `chip-N` for its chips, N its place
/// in the set from 1 (a tag's name may hold anything, a class name may not).
fn class(set: &TagSet, tag: &Tag) -> usize {
    set.position(tag).map_or(0, |at| at + 1)
}

/// The report, in `words`' language: its headings, the tags' names (the first four
/// translated) and its `<html lang dir>`.
pub fn export(workspace: &Workspace, words: &Messages) -> String {
    let set = workspace.tags();
    let title = words.get("report-title");
    let mut css = String::from(STYLE);
    for (at, def) in set.iter().enumerate() {
        let look = look(def.look);
        // Each tag's underline sits a little lower than the one before, so that
        // nested spans of different tags show every line.
        css.push_str(&format!(
            ".t-{n} {{ background-color: {bg}; text-decoration: underline {style} {line} 2px; \
             text-underline-offset: {offset}px; }}\n\
             .chip-{n} {{ background-color: {bg}; border-bottom: 3px {border} {line}; padding: 0 0.3rem; }}\n",
            n = at + 1,
            bg = look.background,
            style = look.line_style,
            border = look.border_style,
            line = look.line,
            offset = 2 + 4 * (at % 6),
        ));
    }
    let all = set.counts(workspace.annotations());
    let summary = words.with(
        "report-summary",
        &[
            ("articles", workspace.documents().len().into()),
            ("annotations", workspace.annotation_count().into()),
        ],
    );
    let mut body = format!(
        "<h1>{}</h1>\n<p class=\"summary\">{}</p>\n{}",
        escape(&title),
        escape(&summary),
        legend(set, &all, words)
    );
    for (n, doc) in workspace.documents().iter().enumerate() {
        body.push_str(&article(n + 1, doc, &workspace.annotations_of(doc.fingerprint()), set, words));
    }
    page(words.language(), &title, &css, &body)
}

/// A page for people to read and print (the report, the feedback pages), in
/// `language`: `<html lang dir>`, its title, its own `style` and `body` (HTML).
pub(crate) fn page(language: Language, title: &str, style: &str, body: &str) -> String {
    format!(
        "<!doctype html>\n<html lang=\"{}\" dir=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"{POLICY}\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>\n{style}</style>\n</head>\n<body>\n{body}</body>\n</html>\n",
        language.code(),
        language.dir(),
        escape(title)
    )
}

/// The printed pages' Content-Security-Policy: their own inline styles and nothing
/// else, so that even a flaw in escaping could not run a script or load anything.
const POLICY: &str = "default-src 'none'; style-src 'unsafe-inline'";

const STYLE: &str = "body { font: 16px/1.5 Georgia, 'Times New Roman', serif; max-width: 46rem; margin: 2rem auto; \
padding: 0 1rem; color: #1b1d21; }\n\
h1, h2, .legend, .counts, .summary, .source, .notes { font-family: system-ui, sans-serif; }\n\
.legend ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; }\n\
.text { white-space: pre-wrap; line-height: 2.4; }\n\
.counts { border-collapse: collapse; margin: 0.5rem 0 1rem; }\n\
.counts th, .counts td { border: 1px solid #999; padding: 0.1rem 0.6rem; text-align: start; }\n\
.source { color: #555; margin-top: -0.5rem; }\n\
sup a { text-decoration: none; }\n\
article { break-before: page; }\n\
@media print { body { margin: 0; max-width: none; } * { print-color-adjust: exact; -webkit-print-color-adjust: exact; } }\n";

fn legend(set: &TagSet, counts: &[usize], words: &Messages) -> String {
    let items: String = set
        .iter()
        .zip(counts)
        .enumerate()
        .map(|(at, (def, count))| {
            let line = words.get(&format!("line-{}", look(def.look).line_style));
            let said = words.with("report-legend-item", &[("line", line.into()), ("count", (*count).into())]);
            format!(
                "<li><span class=\"chip-{}\">{}</span> {}</li>",
                at + 1,
                escape(&words.tag(&def.tag)),
                escape(&said)
            )
        })
        .collect();
    let heading = escape(&words.get("report-legend"));
    format!(
        "<section class=\"legend\" aria-label=\"{heading}\"><h2>{heading}</h2><ul>{items}</ul></section>\n"
    )
}

fn article(
    number: usize,
    doc: &Document,
    annotations: &[&Annotation],
    set: &TagSet,
    words: &Messages,
) -> String {
    let counts = set.counts(annotations.iter().copied());
    let header: String = set.tags().map(|t| format!("<th>{}</th>", escape(&words.tag(t)))).collect();
    let cells: String = counts.iter().map(|c| format!("<td>{c}</td>")).collect();
    let mut out = format!(
        "<article>\n<h2><bdi>{}</bdi></h2>\n<p class=\"source\"><bdi>{}</bdi></p>\n\
         <table class=\"counts\"><tr>{header}</tr><tr>{cells}</tr></table>\n<div class=\"text\">",
        escape(&doc.title),
        escape(&doc.source)
    );
    // Footnote numbers, in text order, for the annotations with notes.
    let noted: Vec<&Annotation> = annotations.iter().copied().filter(|a| !a.note.is_empty()).collect();
    let numbers: HashMap<AnnotationId, usize> =
        noted.iter().enumerate().map(|(k, a)| (a.id, k + 1)).collect();
    let footnote = |a: &Annotation| numbers.get(&a.id).copied();
    let index = doc.index();
    let mut edges: Vec<usize> = annotations.iter().flat_map(|a| [a.span.start, a.span.end]).collect();
    edges.extend([0, doc.len()]);
    edges.sort_unstable();
    edges.dedup();
    let mut starting = annotations.iter().copied().peekable();
    let mut covering: Vec<&Annotation> = Vec::new();
    for (i, &from) in edges.iter().enumerate() {
        for a in covering.iter().filter(|a| a.span.end == from) {
            if let Some(k) = footnote(a) {
                out.push_str(&format!(
                    "<sup><a href=\"#a{number}-n{k}\" id=\"a{number}-r{k}\">{k}</a></sup>"
                ));
            }
        }
        let Some(&to) = edges.get(i + 1) else { break };
        // The spans covering this piece, outermost first (the list is in text
        // order), each its own element so that nested tags show every colour and
        // underline.
        covering.retain(|a| a.span.end > from);
        while let Some(a) = starting.next_if(|a| a.span.start == from) {
            covering.push(a);
        }
        for a in &covering {
            out.push_str(&format!(
                "<span class=\"t-{}\" title=\"{}\">",
                class(set, &a.tag),
                escape(&words.tag(&a.tag))
            ));
        }
        out.push_str(&escape(index.slice(Span::new(from, to)).unwrap_or_default()));
        out.push_str(&"</span>".repeat(covering.len()));
    }
    out.push_str("</div>\n");
    if !noted.is_empty() {
        out.push_str(&format!("<h3>{}</h3>\n<ol class=\"notes\">\n", escape(&words.get("report-notes"))));
        let back = escape(&words.get("report-back"));
        for (k, a) in noted.iter().enumerate() {
            let quote = index.slice(a.span).unwrap_or_default();
            out.push_str(&format!(
                "<li id=\"a{number}-n{}\"><span class=\"chip-{}\">{}</span> “<bdi>{}</bdi>”: <bdi>{}</bdi> <a href=\"#a{number}-r{}\" aria-label=\"{back}\">↩</a></li>\n",
                k + 1,
                class(set, &a.tag),
                escape(&words.tag(&a.tag)),
                escape(quote),
                escape(&a.note),
                k + 1
            ));
        }
        out.push_str("</ol>\n");
    }
    out.push_str("</article>\n");
    out
}

/// Escapes text for HTML element content and quoted attribute values.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::testing::{annotation, workspace_with};
    use crate::model::Edit;

    #[test]
    fn nested_spans_nest_and_notes_become_footnotes() {
        let doc = Document::new("<b>Title</b>", "S & T", "He said <i>big</i> things.").unwrap();
        let mut inner = annotation(2, &doc, 8, 18, Tag::new("framing"));
        inner.note = "<script>alert(1)</script>".into();
        let ws = workspace_with(doc.clone(), vec![annotation(1, &doc, 3, 25, Tag::new("quote")), inner]);
        let html = export(&ws, &Messages::new(Language::En));
        assert!(html.contains("<h2><bdi>&lt;b&gt;Title&lt;/b&gt;</bdi></h2>"));
        assert!(html.contains("<p class=\"source\"><bdi>S &amp; T</bdi></p>"));
        assert!(html.contains(
            "<span class=\"t-2\" title=\"Quote\"><span class=\"t-3\" title=\"Framing\">&lt;i&gt;big&lt;/i&gt;</span></span>\
             <sup><a href=\"#a1-n1\" id=\"a1-r1\">1</a></sup>"
        ), "{html}");
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(!html.contains("<script"));
        let policy =
            html.find("Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\"");
        assert!(
            policy.is_some_and(|at| at < html.find("<style>").unwrap()),
            "the policy comes before the style"
        );
        assert!(html.contains("<td>0</td><td>1</td><td>1</td><td>0</td>"));
        assert!(html.contains("<html lang=\"en\" dir=\"ltr\">") && html.contains("<h3>Notes</h3>"));
    }

    #[test]
    fn the_report_is_written_in_the_language_it_is_given() {
        let doc = Document::new("T", "S", "He said big things.").unwrap();
        let mut framing = annotation(2, &doc, 8, 11, Tag::new("framing"));
        framing.note = "why".into();
        let mut ws = workspace_with(doc.clone(), vec![framing]);
        ws.apply(Edit::SetTags(std::rc::Rc::new(TagSet::default().adding(["Source"]).0))).unwrap();
        ws.apply(Edit::AddAnnotation(annotation(1, &doc, 0, 7, Tag::new("Source")))).unwrap();
        let html = export(&ws, &Messages::new(Language::Ar));
        assert!(html.contains("<html lang=\"ar\" dir=\"rtl\">"), "{html}");
        assert!(html.contains("<title>تقرير Framelens</title>"), "{html}");
        // The first tags in Arabic; a tag of the reader's own as she named it.
        assert!(html.contains("title=\"تأطير\"") && html.contains("title=\"Source\""), "{html}");
        let german = export(&ws, &Messages::new(Language::De));
        assert!(german.contains("<h2>Legende</h2>") && german.contains("<h3>Anmerkungen</h3>"), "{german}");
    }
}

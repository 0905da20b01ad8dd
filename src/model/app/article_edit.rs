//! Editing an article: its title and source at any time, its text too. A new text
//! is a new document (its fingerprint is its text's), so the article is replaced
//! where it stands, and each annotation follows its words into the new text by
//! the same anchoring an import uses (its quote, the words around it, its old
//! place); what cannot follow is listed, with the reason. All of it is one edit.

use crate::model::formats::Orphan;
use crate::model::text::anchor::{Quote, Text};
use crate::model::text::offsets::Span;
use crate::model::{Annotation, Document, Edit, Fingerprint, Said, Workspace};
use std::rc::Rc;

/// How many code points around a quote help to find it again.
const CONTEXT: usize = 32;

/// An article's edit, ready to apply.
#[derive(Debug)]
pub struct ArticleEdit {
    pub edit: Edit,
    /// The annotations that could not follow into the new text.
    pub orphans: Vec<Orphan>,
    /// The article's fingerprint once the edit is applied (its text's).
    pub article: Fingerprint,
}

/// The edit that gives the article `fingerprint` this title, source and text; an
/// error in words when the edit cannot be made.
pub fn edit_article(
    workspace: &Workspace,
    fingerprint: &Fingerprint,
    title: &str,
    source: &str,
    text: &str,
) -> Result<ArticleEdit, Said> {
    let old = workspace.document(fingerprint).ok_or_else(|| Said::new("article-edit-gone"))?;
    let renamed = old.renamed(title, source);
    let new = Document::new(&renamed.title, &renamed.source, text).map_err(|error| error.said())?;
    if new.fingerprint() == fingerprint {
        let info = Edit::SetArticleInfo {
            document: fingerprint.clone(),
            title: title.into(),
            source: source.into(),
        };
        return Ok(ArticleEdit { edit: info, orphans: Vec::new(), article: fingerprint.clone() });
    }
    if workspace.exercise().is_some_and(|e| e.student().is_some() && e.locked) {
        return Err(Said::new("article-edit-locked"));
    }
    if workspace.document(new.fingerprint()).is_some() {
        return Err(Said::new("article-edit-same-text"));
    }
    let at = workspace.documents().iter().position(|d| d.fingerprint() == fingerprint).expect("found above");
    let mut edits =
        vec![Edit::RemoveDocument(fingerprint.clone()), Edit::InsertDocument { at, document: new.clone() }];
    let (before, after) = (old.index(), Text::of(&new));
    let mut orphans = Vec::new();
    for (n, a) in workspace.annotations_of(fingerprint).into_iter().enumerate() {
        let slice = |span: Span| before.slice(span).unwrap_or_default().to_owned();
        let quote = Quote {
            exact: slice(a.span),
            prefix: slice(Span::new(a.span.start.saturating_sub(CONTEXT), a.span.start)),
            suffix: slice(Span::new(a.span.end, (a.span.end + CONTEXT).min(old.len()))),
        };
        let placed = after
            .anchor(Some(&quote), Some(a.span))
            .or_else(|_| after.anchor_approximately(&quote, Some(a.span)));
        match placed {
            Ok((span, _)) => edits.push(Edit::AddAnnotation(Annotation {
                document: new.fingerprint().clone(),
                span,
                ..a.clone()
            })),
            Err(reason) => orphans.push(Orphan {
                at: Said::new("at-annotation").number("n", n + 1),
                tag: a.tag.clone(),
                quote: quote.exact,
                note: a.note.to_string(),
                reason,
            }),
        }
    }
    // The exercise names its articles by fingerprint.
    if let Some(exercise) = workspace.exercise().filter(|e| e.articles.contains(fingerprint)) {
        let mut renamed = exercise.clone();
        for article in &mut renamed.articles {
            if article == fingerprint {
                *article = new.fingerprint().clone();
            }
        }
        edits.push(Edit::SetExercise(Some(Rc::new(renamed))));
    }
    Ok(ArticleEdit { edit: Edit::Batch(edits), orphans, article: new.fingerprint().clone() })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::testing::{annotation, workspace_with};
    use crate::model::Tag;

    #[test]
    fn annotations_follow_their_words_into_the_new_text_and_the_rest_are_listed() {
        let doc =
            Document::new("T", "S", "The minister said the talks were productive. Nobody agreed.").unwrap();
        let talks = annotation(1, &doc, 18, 43, Tag::new("claim")); // "the talks were productive"
        let nobody = annotation(2, &doc, 45, 59, Tag::new("fact")); // "Nobody agreed."
        let ws = workspace_with(doc.clone(), vec![talks, nobody]);
        let text = "A new first line.\nThe minister said the talks were productive.";
        let ArticleEdit { edit, orphans, article } =
            edit_article(&ws, doc.fingerprint(), "New title", "", text).unwrap();
        let mut after = ws.clone();
        let undo = after.apply(edit).unwrap();
        let new = &after.documents()[0];
        assert_eq!(new.fingerprint(), &article);
        assert_eq!((new.title.as_str(), new.source.as_str(), new.text().as_ref()), ("New title", "", text));
        let moved = after.annotation(crate::model::AnnotationId(1)).unwrap();
        assert_eq!(new.index().slice(moved.span).unwrap(), "the talks were productive");
        assert_eq!(orphans.len(), 1);
        assert_eq!(orphans[0].quote, "Nobody agreed.");
        // One undo brings the old text and both annotations back.
        after.apply(undo).unwrap();
        assert_eq!(after, ws);
    }

    #[test]
    fn the_same_text_only_renames_and_a_students_locked_copy_keeps_its_text() {
        let doc = Document::new("T", "S", "Some words.").unwrap();
        let mut ws = workspace_with(doc.clone(), vec![]);
        let renamed = edit_article(&ws, doc.fingerprint(), "Other", "Outlet", "Some words.").unwrap();
        assert!(matches!(renamed.edit, Edit::SetArticleInfo { .. }));
        assert_eq!(&renamed.article, doc.fingerprint());
        let exercise = crate::model::Exercise {
            id: "e".into(),
            title: "E".into(),
            instructions: String::new(),
            articles: vec![doc.fingerprint().clone()],
            role: crate::model::Role::Student { name: "Ana".into() },
            locked: true,
            language: None,
        };
        ws.apply(Edit::SetExercise(Some(Rc::new(exercise)))).unwrap();
        let error = edit_article(&ws, doc.fingerprint(), "T", "S", "Other words.").unwrap_err();
        assert!(error.to_string().contains("stays as handed out"), "{error}");
    }
}

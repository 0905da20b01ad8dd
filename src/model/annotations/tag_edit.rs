//! Changing a workspace's tag set as a reader does in the tag editor: add, rename,
//! recolour, reorder, define and remove tags, as one edit that one undo takes back.

use crate::model::annotations::edit::Edit;
use crate::model::annotations::palette::next_look;
use crate::model::annotations::tags::{Tag, TagDef, TagSet};
use crate::model::annotations::workspace::Workspace;
use crate::model::Said;
use std::rc::Rc;

/// One row of the tag editor, in the new order.
#[derive(Clone, Debug, PartialEq)]
pub struct TagRow {
    /// The row's own number, which it keeps when rows move: what the editor's
    /// answer "re-tag them as this row's tag" holds, so that the answer follows
    /// the row and not its place.
    pub key: usize,
    /// The tag the row was, or None for a new tag.
    pub was: Option<Tag>,
    /// The name the row was shown with ("Claim", or "Affirmation" in French): left
    /// so, the tag keeps its own name.
    pub shown: String,
    pub name: String,
    pub look: usize,
    pub definition: String,
}

/// What becomes of the spans of a removed tag.
#[derive(Clone, Debug, PartialEq)]
pub enum Leaving {
    /// They take this tag (named as in the new rows).
    Retag(String),
    Delete,
}

/// The rows the editor starts from: the set as it is, each tag by the name `shown`
/// gives it (the page's words for it).
pub fn rows(set: &TagSet, shown: impl Fn(&Tag) -> String) -> Vec<TagRow> {
    set.iter()
        .enumerate()
        .map(|(key, def)| TagRow {
            key,
            was: Some(def.tag.clone()),
            shown: shown(&def.tag),
            name: shown(&def.tag),
            look: def.look,
            definition: def.definition.to_string(),
        })
        .collect()
}

/// A row for a new tag, after `rows`: a key of its own, and the first look they
/// leave free.
pub fn new_row(rows: &[TagRow]) -> TagRow {
    TagRow {
        key: rows.iter().map(|r| r.key + 1).max().unwrap_or(0),
        was: None,
        shown: String::new(),
        name: String::new(),
        look: next_look(rows.iter().map(|r| r.look)),
        definition: String::new(),
    }
}

/// The tags of the set that `rows` leave out and that annotations carry, with how
/// many spans each: the editor asks what becomes of them.
pub fn removed_in_use(workspace: &Workspace, rows: &[TagRow]) -> Vec<(Tag, usize)> {
    let counts = workspace.tags().counts(workspace.annotations());
    workspace
        .tags()
        .tags()
        .zip(counts)
        .filter(|(tag, count)| *count > 0 && !rows.iter().any(|r| r.was.as_ref() == Some(*tag)))
        .map(|(tag, count)| (tag.clone(), count))
        .collect()
}

/// The one edit that gives `workspace` the tag set `rows` describe: renamed tags
/// keep their spans, and the spans of removed ones go as `leaving` says. None when
/// nothing changes; an error, in words for the reader, when the rows cannot be a
/// set or a removed tag in use has no answer in `leaving`.
pub fn change_tags(
    workspace: &Workspace,
    rows: &[TagRow],
    leaving: &[(Tag, Leaving)],
) -> Result<Option<Edit>, Said> {
    for (n, row) in rows.iter().enumerate() {
        let name = row.name.trim();
        if rows[..n].iter().any(|other| Tag::new(&other.name).is_named(name)) {
            return Err(Said::new("tags-row-same-name").text("tag", name));
        }
    }
    // A row left as it was shown keeps its tag's own name ("claim" in files).
    let tag_of = |row: &TagRow| match &row.was {
        Some(was) if row.shown.trim() == row.name.trim() => was.clone(),
        _ => Tag::new(&row.name),
    };
    let defs = rows
        .iter()
        .map(|row| TagDef { tag: tag_of(row), look: row.look, definition: row.definition.trim().into() })
        .collect();
    let next = TagSet::new(defs).map_err(|why| Said::new("sentence").said("what", why))?;
    if next == *workspace.tags() {
        return Ok(None);
    }
    let renamed = |tag: &Tag| rows.iter().find(|row| row.was.as_ref() == Some(tag)).map(tag_of);
    let mut edits = vec![Edit::SetTags(Rc::new(workspace.tags().with_all(&next)))];
    for a in workspace.annotations() {
        let change = match renamed(&a.tag) {
            Some(now) if now == a.tag => continue,
            Some(now) => Edit::SetTag { id: a.id, tag: now },
            None => match leaving.iter().find(|(tag, _)| *tag == a.tag).map(|(_, what)| what) {
                Some(Leaving::Delete) => Edit::RemoveAnnotation(a.id),
                Some(Leaving::Retag(name)) => match next.find(name) {
                    Some(tag) => Edit::SetTag { id: a.id, tag: tag.clone() },
                    None => return Err(Said::new("tags-no-target").text("tag", name.as_str())),
                },
                None => return Err(Said::new("tags-say-leaving").tag("tag", a.tag.name())),
            },
        };
        edits.push(change);
    }
    edits.push(Edit::SetTags(Rc::new(next)));
    Ok(Some(Edit::Batch(edits)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::i18n::{Language, Messages};
    use crate::model::testing::{annotation, workspace_with};
    use crate::model::{Document, Session};

    fn workspace() -> Workspace {
        let doc = Document::new("T", "S", "Putin met al-Sharaa in Moscow.").unwrap();
        workspace_with(
            doc.clone(),
            vec![
                annotation(1, &doc, 0, 5, Tag::new("claim")),
                annotation(2, &doc, 10, 19, Tag::new("framing")),
                annotation(3, &doc, 23, 29, Tag::new("fact")),
            ],
        )
    }

    #[test]
    fn a_rename_a_new_tag_and_a_removal_are_one_edit_that_one_undo_takes_back() {
        let mut session = Session::new(workspace());
        let before = session.workspace().clone();
        let mut rows = rows(before.tags(), Tag::label);
        rows[0].name = "Assertion".into();
        rows.remove(2); // framing, in use
        rows.push(TagRow { name: "Source".into(), definition: "Who said it.".into(), ..new_row(&rows) });
        assert_eq!((rows[3].key, rows[3].look), (4, 2), "a key no row has, and the look framing left free");
        rows.swap(0, 1);
        assert_eq!(removed_in_use(&before, &rows), [(Tag::new("framing"), 1)]);
        assert!(change_tags(&before, &rows, &[]).unwrap_err().to_string().contains("spans tagged “Framing”"));
        let leaving = [(Tag::new("framing"), Leaving::Retag("source".into()))];
        let edit = change_tags(&before, &rows, &leaving).unwrap().unwrap();
        session.apply(edit).unwrap();
        let ws = session.workspace();
        let names: Vec<&str> = ws.tags().tags().map(Tag::name).collect();
        assert_eq!(names, ["quote", "Assertion", "fact", "Source"], "names left as shown stay as they were");
        assert_eq!(ws.tags().key(&Tag::new("Source")), Some('4'));
        let tags: Vec<&str> = ws.annotations().map(|a| a.tag.name()).collect();
        assert_eq!(tags, ["Assertion", "Source", "fact"]);
        assert!(session.undo());
        assert_eq!(session.workspace(), &before);

        // Deleting instead takes the spans away, and back with the undo.
        let leaving = [(Tag::new("framing"), Leaving::Delete)];
        session.apply(change_tags(&before, &rows, &leaving).unwrap().unwrap()).unwrap();
        assert_eq!(session.workspace().annotation_count(), 2);
        assert!(session.undo());
        assert_eq!(session.workspace(), &before);
    }

    #[test]
    fn names_must_differ_and_a_set_left_as_it_is_is_no_edit() {
        let ws = workspace();
        assert_eq!(change_tags(&ws, &rows(ws.tags(), Tag::label), &[]), Ok(None));
        let mut same = rows(ws.tags(), Tag::label);
        same[1].name = "CLAIM".into();
        assert!(change_tags(&ws, &same, &[])
            .unwrap_err()
            .to_string()
            .starts_with("Two tags are named “CLAIM”"));
        let mut empty = rows(ws.tags(), Tag::label);
        empty[3].name = "  ".into();
        let error = change_tags(&ws, &empty, &[]).unwrap_err();
        assert_eq!(Messages::new(Language::En).sentence(&error), "Every tag needs a name.");
        // A name left as shown keeps the tag's own; a change of case alone is a rename.
        assert_eq!(rows(ws.tags(), Tag::label)[0].name, "Claim");
        let mut cased = rows(ws.tags(), Tag::label);
        cased[0].name = "CLAIM".into();
        let mut ws = ws;
        ws.apply(change_tags(&ws, &cased, &[]).unwrap().unwrap()).unwrap();
        assert_eq!(ws.annotations().next().unwrap().tag.name(), "CLAIM");
    }
}

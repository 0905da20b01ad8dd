//! Undo and redo: a workspace together with the edits that would take it back.

use crate::model::annotations::annotation::AnnotationId;
use crate::model::annotations::edit::{Edit, EditError};
use crate::model::annotations::workspace::Workspace;
use std::rc::Rc;

/// A workspace and its history. All changes go through [`Session::apply`], so that
/// each one can be undone.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Session {
    workspace: Workspace,
    /// Edits that undo the changes made, the last change on top. Shared, so that
    /// copying the session for each change (as the page does) copies pointers, not
    /// an import's 50,000 edits.
    undo: Vec<Rc<Edit>>,
    /// Edits that redo undone changes, the last undone on top.
    redo: Vec<Rc<Edit>>,
    /// What the last change was typing into: further typing in the same place
    /// joins that change, so one undo takes back the whole note or name.
    typing_into: Option<Typing>,
}

/// A place the reader types into, change by change.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Typing {
    /// An annotation's note.
    Note(AnnotationId),
    /// The exercise's own words: a student's name, as she types it.
    Exercise,
}

impl Session {
    /// A session on a workspace, with nothing to undo (a loaded save, say).
    pub fn new(workspace: Workspace) -> Session {
        Session { workspace, ..Session::default() }
    }

    pub fn workspace(&self) -> &Workspace {
        &self.workspace
    }

    pub fn apply(&mut self, edit: Edit) -> Result<(), EditError> {
        let typing = match &edit {
            Edit::SetNote { id, .. } => Some(Typing::Note(*id)),
            Edit::SetExercise(Some(_)) => Some(Typing::Exercise),
            _ => None,
        };
        let inverse = self.workspace.apply(edit)?;
        let joins_last = typing.is_some() && typing == self.typing_into;
        if !joins_last {
            self.undo.push(Rc::new(inverse));
        }
        self.typing_into = typing;
        self.redo.clear();
        Ok(())
    }

    /// Takes back the last change; false when there is none.
    pub fn undo(&mut self) -> bool {
        Self::step(&mut self.workspace, &mut self.undo, &mut self.redo, &mut self.typing_into)
    }

    /// Makes the last undone change again; false when there is none.
    pub fn redo(&mut self) -> bool {
        Self::step(&mut self.workspace, &mut self.redo, &mut self.undo, &mut self.typing_into)
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Applies the top edit of `from` and pushes its inverse on `to`.
    fn step(
        workspace: &mut Workspace,
        from: &mut Vec<Rc<Edit>>,
        to: &mut Vec<Rc<Edit>>,
        typing_into: &mut Option<Typing>,
    ) -> bool {
        let Some(edit) = from.pop() else { return false };
        let edit = Rc::unwrap_or_clone(edit);
        let inverse = workspace.apply(edit).expect("history edits apply to the state they were made for");
        to.push(Rc::new(inverse));
        *typing_into = None;
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::testing::annotation;
    use crate::model::{Document, Tag};

    fn session() -> (Session, Document) {
        let doc = Document::new("T", "S", "Special relations, Putin said.").unwrap();
        let mut session = Session::default();
        session.apply(Edit::AddDocument(doc.clone())).unwrap();
        (session, doc)
    }

    #[test]
    fn undo_and_redo_walk_the_history_both_ways() {
        let (mut s, doc) = session();
        let start = s.workspace().clone();
        s.apply(Edit::AddAnnotation(annotation(1, &doc, 0, 17, Tag::Quote))).unwrap();
        let added = s.workspace().clone();
        s.apply(Edit::SetTag { id: crate::model::AnnotationId(1), tag: Tag::Framing }).unwrap();
        let retagged = s.workspace().clone();

        assert!(s.undo());
        assert_eq!(s.workspace(), &added);
        assert!(s.undo());
        assert_eq!(s.workspace(), &start);
        assert!(s.redo());
        assert_eq!(s.workspace(), &added);
        assert!(s.redo());
        assert_eq!(s.workspace(), &retagged);
        assert!(!s.redo());
    }

    #[test]
    fn a_new_change_clears_the_redo_stack() {
        let (mut s, doc) = session();
        s.apply(Edit::AddAnnotation(annotation(1, &doc, 0, 7, Tag::Quote))).unwrap();
        s.undo();
        assert!(s.can_redo());
        s.apply(Edit::AddAnnotation(annotation(2, &doc, 8, 17, Tag::Fact))).unwrap();
        assert!(!s.can_redo());
    }

    #[test]
    fn typing_a_note_undoes_as_one_change() {
        let (mut s, doc) = session();
        let id = crate::model::AnnotationId(1);
        s.apply(Edit::AddAnnotation(annotation(1, &doc, 0, 7, Tag::Quote))).unwrap();
        for note in ["w", "wh", "who?"] {
            s.apply(Edit::SetNote { id, note: note.into() }).unwrap();
        }
        assert_eq!(s.workspace().annotation(id).unwrap().note.as_ref(), "who?");
        s.undo();
        assert_eq!(s.workspace().annotation(id).unwrap().note.as_ref(), "");
        s.redo();
        assert_eq!(s.workspace().annotation(id).unwrap().note.as_ref(), "who?");
    }

    #[test]
    fn refused_edits_leave_history_alone() {
        let (mut s, _) = session();
        assert!(s.apply(Edit::RemoveAnnotation(crate::model::AnnotationId(5))).is_err());
        assert!(s.undo());
        assert!(!s.can_undo());
    }

    #[test]
    fn typing_a_name_is_one_undo_step() {
        let doc = Document::new("T", "S", "Some words").unwrap();
        let mut session = Session::new(crate::model::testing::workspace_with(doc.clone(), vec![]));
        let exercise = |name: &str| crate::model::Exercise {
            id: "e".into(),
            title: "T".into(),
            instructions: String::new(),
            guide: crate::model::classroom::exercise::default_guide(),
            articles: vec![doc.fingerprint().clone()],
            role: crate::model::Role::Student { name: name.into() },
            locked: true,
        };
        for name in ["A", "An", "Ana"] {
            session.apply(Edit::SetExercise(Some(Rc::new(exercise(name))))).unwrap();
        }
        assert_eq!(session.workspace().exercise().unwrap().student(), Some("Ana"));
        assert!(session.undo());
        assert!(session.workspace().exercise().is_none());
        assert!(!session.can_undo());
    }
}

//! Undo and redo: a workspace together with the edits that would take it back,
//! and the steps that made it, which autosave writes one by one.

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
    /// The steps taken, for autosave: each is a small write, not the whole workspace.
    journal: Journal,
}

/// One change to a session, as autosave records it: replaying a save's steps on
/// the workspace they started from gives back the workspace and its undo history.
#[derive(Clone, Debug, PartialEq)]
pub enum Step {
    Apply(Edit),
    Undo,
    Redo,
}

/// The most recent steps a session keeps for autosave. A save further behind
/// than that writes the whole workspace instead.
const RECENT_STEPS: usize = 512;

/// The most edits one step may hold and still be kept. A larger change (an
/// import, an article added with its thousands of annotations) is not copied
/// into the journal: a copy of 50,000 annotations cost 6 MB of memory for as
/// long as 512 more steps, and a save from before it writes the whole workspace.
const KEPT_EDITS: usize = 1_000;

/// The steps a session has taken, the most recent of them kept.
#[derive(Clone, Debug, Default)]
struct Journal {
    /// Tells this session's steps from another's: copies of a session share it, a
    /// session opened afresh gets its own.
    lineage: Rc<()>,
    /// How many steps were taken in all.
    count: u64,
    recent: Vec<Rc<Step>>,
}

impl PartialEq for Journal {
    fn eq(&self, other: &Journal) -> bool {
        Rc::ptr_eq(&self.lineage, &other.lineage) && self.count == other.count
    }
}

impl Journal {
    fn record(&mut self, step: Step) {
        if self.recent.len() == RECENT_STEPS {
            self.recent.drain(..RECENT_STEPS / 2);
        }
        self.recent.push(Rc::new(step));
        self.count += 1;
    }

    /// Counts a step it keeps no copy of. The steps before it go with it, so
    /// that no save from before it can be brought up to date step by step.
    fn record_unkept(&mut self) {
        self.recent.clear();
        self.count += 1;
    }
}

/// How far a session's steps had gone: autosave keeps the mark of what it wrote,
/// and asks for the steps since.
#[derive(Clone, Debug)]
pub struct Mark {
    lineage: Rc<()>,
    count: u64,
}

impl PartialEq for Mark {
    fn eq(&self, other: &Mark) -> bool {
        Rc::ptr_eq(&self.lineage, &other.lineage) && self.count == other.count
    }
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

    /// A session on a workspace with the undo and redo stacks it had (the last
    /// change on top), as autosave kept them.
    pub fn with_history(workspace: Workspace, undo: Vec<Edit>, redo: Vec<Edit>) -> Session {
        let shared = |edits: Vec<Edit>| edits.into_iter().map(Rc::new).collect();
        Session { workspace, undo: shared(undo), redo: shared(redo), ..Session::default() }
    }

    /// The undo and redo stacks, the last change on top of each.
    pub fn history(&self) -> (&[Rc<Edit>], &[Rc<Edit>]) {
        (&self.undo, &self.redo)
    }

    /// Where this session's steps stand now.
    pub fn mark(&self) -> Mark {
        Mark { lineage: self.journal.lineage.clone(), count: self.journal.count }
    }

    /// The steps taken since `mark`, oldest first; None when `mark` is another
    /// session's or too far behind (the whole workspace must be saved then).
    pub fn steps_since(&self, mark: &Mark) -> Option<&[Rc<Step>]> {
        let behind = self.journal.count.checked_sub(mark.count)?;
        let recent = &self.journal.recent;
        let start = recent.len().checked_sub(usize::try_from(behind).ok()?)?;
        Rc::ptr_eq(&mark.lineage, &self.journal.lineage).then(|| &recent[start..])
    }

    /// Takes `step` again, as it was taken when it was saved; false when it no
    /// longer applies.
    pub fn replay(&mut self, step: Step) -> bool {
        match step {
            Step::Apply(edit) => self.apply(edit).is_ok(),
            Step::Undo => self.undo(),
            Step::Redo => self.redo(),
        }
    }

    pub fn apply(&mut self, edit: Edit) -> Result<(), EditError> {
        let typing = match &edit {
            Edit::SetNote { id, .. } => Some(Typing::Note(*id)),
            Edit::SetExercise(Some(_)) => Some(Typing::Exercise),
            _ => None,
        };
        let size = match &edit {
            Edit::Batch(edits) => edits.len(),
            _ => 1,
        };
        let kept = (size <= KEPT_EDITS).then(|| edit.clone());
        let inverse = self.workspace.apply(edit)?;
        match kept {
            Some(edit) => self.journal.record(Step::Apply(edit)),
            None => self.journal.record_unkept(),
        }
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
        let done = Self::step(&mut self.workspace, &mut self.undo, &mut self.redo, &mut self.typing_into);
        if done {
            self.journal.record(Step::Undo);
        }
        done
    }

    /// Makes the last undone change again; false when there is none.
    pub fn redo(&mut self) -> bool {
        let done = Self::step(&mut self.workspace, &mut self.redo, &mut self.undo, &mut self.typing_into);
        if done {
            self.journal.record(Step::Redo);
        }
        done
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Applies the top edit of `from` and pushes its inverse on `to`. A history
    /// kept over a reload may no longer fit a workspace changed by hand: then it is
    /// let go, and there is nothing to undo or redo.
    fn step(
        workspace: &mut Workspace,
        from: &mut Vec<Rc<Edit>>,
        to: &mut Vec<Rc<Edit>>,
        typing_into: &mut Option<Typing>,
    ) -> bool {
        let Some(edit) = from.pop() else { return false };
        let edit = Rc::unwrap_or_clone(edit);
        let Ok(inverse) = workspace.apply(edit) else {
            from.clear();
            to.clear();
            return false;
        };
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
        s.apply(Edit::AddAnnotation(annotation(1, &doc, 0, 17, Tag::new("quote")))).unwrap();
        let added = s.workspace().clone();
        s.apply(Edit::SetTag { id: crate::model::AnnotationId(1), tag: Tag::new("framing") }).unwrap();
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
        s.apply(Edit::AddAnnotation(annotation(1, &doc, 0, 7, Tag::new("quote")))).unwrap();
        s.undo();
        assert!(s.can_redo());
        s.apply(Edit::AddAnnotation(annotation(2, &doc, 8, 17, Tag::new("fact")))).unwrap();
        assert!(!s.can_redo());
    }

    #[test]
    fn typing_a_note_undoes_as_one_change() {
        let (mut s, doc) = session();
        let id = crate::model::AnnotationId(1);
        s.apply(Edit::AddAnnotation(annotation(1, &doc, 0, 7, Tag::new("quote")))).unwrap();
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
    fn the_steps_since_a_mark_replayed_on_the_saved_state_give_the_same_session() {
        let (mut s, doc) = session();
        let saved = s.clone();
        let mark = s.mark();
        s.apply(Edit::AddAnnotation(annotation(1, &doc, 0, 7, Tag::new("quote")))).unwrap();
        s.apply(Edit::AddAnnotation(annotation(2, &doc, 8, 17, Tag::new("fact")))).unwrap();
        s.undo();
        s.apply(Edit::SetTag { id: crate::model::AnnotationId(1), tag: Tag::new("claim") }).unwrap();
        s.undo();
        let steps = s.steps_since(&mark).unwrap();
        assert_eq!(steps.len(), 5);
        // Replayed from the saved history, as a reload does.
        let (undo, redo) = saved.history();
        let unshared = |edits: &[Rc<Edit>]| edits.iter().map(|e| (**e).clone()).collect();
        let mut reloaded = Session::with_history(saved.workspace().clone(), unshared(undo), unshared(redo));
        for step in steps {
            assert!(reloaded.replay((**step).clone()));
        }
        assert_eq!(reloaded.workspace(), s.workspace());
        assert_eq!(reloaded.history(), s.history());
        // Undo goes on past the reload, back to the empty workspace.
        while reloaded.undo() {}
        assert!(reloaded.workspace().documents().is_empty());
    }

    #[test]
    fn a_mark_of_another_session_or_too_far_behind_gives_no_steps() {
        let (mut s, doc) = session();
        assert!(Session::default().steps_since(&s.mark()).is_none());
        let mark = s.mark();
        assert_eq!(s.steps_since(&mark).map(<[_]>::len), Some(0));
        for n in 0..RECENT_STEPS as u128 + 1 {
            s.apply(Edit::AddAnnotation(annotation(n + 10, &doc, 0, 7, Tag::new("quote")))).unwrap();
        }
        assert!(s.steps_since(&mark).is_none());
        assert_eq!(s.steps_since(&s.mark()).map(<[_]>::len), Some(0));
    }

    #[test]
    fn a_change_too_large_to_keep_leaves_no_steps_from_before_it() {
        let (mut s, doc) = session();
        let before = s.mark();
        let many = (0..KEPT_EDITS as u128 + 1)
            .map(|n| Edit::AddAnnotation(annotation(n + 10, &doc, 0, 7, Tag::new("quote"))));
        s.apply(Edit::Batch(many.collect())).unwrap();
        assert_eq!(s.workspace().annotations().count(), KEPT_EDITS + 1);
        assert!(s.steps_since(&before).is_none(), "a save from before it writes the whole workspace");
        // Kept again after it, and undone as one change.
        let after = s.mark();
        assert!(s.undo());
        assert_eq!(s.steps_since(&after).map(<[_]>::len), Some(1));
        assert_eq!(s.workspace().annotations().count(), 0);
        assert!(s.steps_since(&before).is_none());
    }

    #[test]
    fn a_history_that_no_longer_fits_is_let_go() {
        let (s, doc) = session();
        let stale = Edit::RemoveAnnotation(crate::model::AnnotationId(99));
        let mut s = Session::with_history(s.workspace().clone(), vec![stale], vec![]);
        assert!(!s.undo());
        assert!(!s.can_undo());
        assert_eq!(s.workspace().documents(), &[doc]);
    }

    #[test]
    fn typing_a_name_is_one_undo_step() {
        let doc = Document::new("T", "S", "Some words").unwrap();
        let mut session = Session::new(crate::model::testing::workspace_with(doc.clone(), vec![]));
        let exercise = |name: &str| crate::model::Exercise {
            id: "e".into(),
            title: "T".into(),
            instructions: String::new(),
            articles: vec![doc.fingerprint().clone()],
            role: crate::model::Role::Student { name: name.into() },
            locked: true,
            language: None,
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

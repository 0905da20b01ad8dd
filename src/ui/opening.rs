//! Opening the page: the saved workspace, or the sample exercise when there is
//! none; a student page's own exercise; the teacher's saved class.

use super::browser::{bake, storage};
use super::language;
use crate::model::app::{AppState, Notice};
use crate::model::classroom::{class, sample};
use crate::model::formats::{self, journal};
use crate::model::{Mark, Role, Said, Session, Workspace};
use std::rc::Rc;

/// The workspace as the page opens, where autosave keeps it, and whether it can.
#[derive(PartialEq)]
pub struct Opened {
    pub state: AppState,
    pub slot: Rc<str>,
    pub autosave: bool,
    /// The number of the save opened (0 for none): the next save must follow it.
    pub generation: u64,
    /// Where the session opened stands, when it is exactly what storage holds:
    /// the next save writes only the steps taken since. None when the next save
    /// must write the whole workspace (nothing stored, or not all of it restored).
    pub mark: Option<Mark>,
    /// The code point the reader left the article at, to scroll back to.
    pub at: Option<usize>,
}

/// The saved workspace, or, when there is none (or it is unreadable, in which case
/// it is set aside, not overwritten), the sample exercise. A page with an exercise
/// baked in keeps its own save, and opens into that exercise. Without storage (a
/// browser that keeps none for this page) autosave is off, and the page says so.
pub async fn open(baked: Option<Rc<bake::Baked>>) -> Opened {
    let slot: Rc<str> = match &baked {
        Some(baked) => format!("exercise {}", baked.id).into(),
        None => storage::PAGE_SLOT.into(),
    };
    let fresh = || {
        let mut workspace = Workspace::default();
        if baked.is_none() {
            workspace.apply(sample::edit()).expect("the sample opens in an empty workspace");
        }
        workspace
    };
    let (mut session, mut notice, mut orphans, mut autosave) =
        (Session::new(fresh()), None, Vec::new(), true);
    let (mut generation, mut in_step) = (0, false);
    match storage::load_stored(&slot).await {
        Ok(storage::Stored { file: None, generation: number, .. }) => generation = number,
        Ok(storage::Stored { file: Some(saved), history, steps, generation: number, .. }) => {
            match restore_all(&saved) {
                Ok((restored, unplaced, skipped)) => {
                    let resumed = journal::resume(restored, history.as_deref(), &steps);
                    (session, orphans, generation) = (resumed.session, unplaced, number);
                    in_step = resumed.lost.is_empty();
                    if !skipped.is_empty() {
                        // Nothing vanishes: the save as it was stays among the versions.
                        storage::set_aside(&slot, &saved).await;
                        notice = Some(Notice::Error(language::current().with(
                            "saved-items-lost",
                            &[
                                ("count", skipped.len().into()),
                                ("items", language::current().list(&skipped[..skipped.len().min(3)]).into()),
                            ],
                        )));
                    } else if !resumed.lost.is_empty() {
                        notice = Some(Notice::Error(language::current().one(
                            "saved-steps-lost",
                            "lost",
                            language::current().list(&resumed.lost),
                        )));
                    }
                }
                Err(reason) => {
                    // Set aside, it may be written over by the fresh workspace.
                    storage::set_aside(&slot, &saved).await;
                    generation = number;
                    notice = Some(Notice::Error(language::current().one("saved-unread", "reason", reason)));
                }
            }
        }
        Err(reason) => {
            notice = Some(Notice::Error(language::current().one("autosave-off", "reason", reason)));
            autosave = false;
        }
    }
    if let Some(baked) = baked.filter(|b| session.workspace().exercise().is_none_or(|e| e.id != b.id)) {
        let mut workspace = session.workspace().clone();
        match formats::import(&workspace, None, "exercise.json", baked.file.as_bytes()) {
            Ok(import) => {
                workspace.apply(import.edit).expect("an import applies to the workspace it was made for");
                (session, in_step) = (Session::new(workspace), false);
            }
            Err(error) => {
                notice = Some(Notice::Error(language::current().one(
                    "baked-unread",
                    "reason",
                    language::current().say(&error.0),
                )))
            }
        }
    }
    let mark = in_step.then(|| session.mark());
    let mut state = AppState::new(session, notice, language::current());
    // Times are shown in the reader's own zone (getTimezoneOffset is minutes behind UTC).
    state.utc_offset = -(js_sys::Date::new_0().get_timezone_offset() as i32);
    // Only a save edited by hand has any; show them rather than lose them.
    state.orphans = orphans.into();
    let workspace = state.session.workspace();
    if let Some(exercise) = workspace.exercise().filter(|e| e.role == Role::Teacher) {
        if let Some(saved) = storage::load_class(&slot, &exercise.id).await {
            state.class = Rc::new(class::Class::restore(&saved, exercise, workspace));
        }
    }
    // Back to the article and place the reader left.
    let mut at = None;
    if let Some(place) = super::place::load(&slot).await {
        let left = workspace.documents().iter().find(|d| d.fingerprint().as_str() == place.article);
        if let Some(document) = left {
            state.current = Some(document.fingerprint().clone());
            at = Some(place.at);
        }
    }
    Opened { state, slot, autosave, generation, mark, at }
}

/// A session from its stored parts: the whole workspace's file, the undo history
/// written with it and the steps taken since; with whether it is all that was
/// stored (the next save can then add its steps to those).
pub fn resume(file: &[u8], history: Option<&str>, steps: &[String]) -> Result<(Session, bool), String> {
    let (workspace, _, skipped) = restore_all(file)?;
    let resumed = journal::resume(workspace, history, steps);
    Ok((resumed.session, resumed.lost.is_empty() && skipped.is_empty()))
}

/// A workspace from its saved file, with the annotations it could not place.
pub fn restore(saved: &[u8]) -> Result<(Workspace, Vec<formats::Orphan>), String> {
    restore_all(saved).map(|(workspace, orphans, _)| (workspace, orphans))
}

/// The same, with what it skipped (an unknown tag, a duplicate id), each said.
fn restore_all(saved: &[u8]) -> Result<(Workspace, Vec<formats::Orphan>, Vec<Said>), String> {
    let mut workspace = Workspace::default();
    let words = language::current();
    let import =
        formats::import(&workspace, None, "autosave.json", saved).map_err(|error| words.say(&error.0))?;
    workspace.apply(import.edit).map_err(|error| words.say(&error.said()))?;
    Ok((workspace, import.orphans, import.warnings))
}

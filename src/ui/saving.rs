//! Autosave: the workspace after every change, and the teacher's class after every
//! change to it, each once the change is on screen.

use super::browser::storage;
use super::opening::Opened;
use super::State;
use crate::model::app::{Action, Notice};
use crate::model::Role;
use std::cell::RefCell;
use std::rc::Rc;
use web_sys::Blob;
use yew::prelude::*;

/// The last save's revision and file: exporting the workspace offers that file
/// while it is current, instead of writing the same bytes again.
pub type SavedFile = Rc<RefCell<Option<(u64, Blob)>>>;

/// What the header says of saving.
#[derive(Clone, Copy, PartialEq)]
pub enum SaveState {
    /// The browser keeps no storage for this page.
    Off,
    Saved,
    Saving,
    /// The last save failed; said until a save succeeds.
    Failed,
}

impl SaveState {
    pub fn label(self) -> &'static str {
        match self {
            SaveState::Off => "Autosave off: export to keep your work",
            SaveState::Saved => "All changes saved",
            SaveState::Saving => "Saving…",
            SaveState::Failed => "Not saved: export to keep your work",
        }
    }
}

/// Saves the workspace after every change and the teacher's class after every
/// change to it; returns where saving stands.
#[hook]
pub fn use_autosave(state: &State, opened: &Opened, saved_file: SavedFile) -> SaveState {
    let (autosave, slot) = (opened.autosave, opened.slot.clone());
    // The revision of the last save that ended, and whether it reached the disk.
    let last = use_state(|| None::<(u64, bool)>);
    {
        let (state, last, slot) = (state.clone(), last.clone(), slot.clone());
        use_effect_with(state.revision, move |revision| {
            let revision = *revision;
            if autosave {
                wasm_bindgen_futures::spawn_local(async move {
                    // Saves run in the order of the changes: each waits for one frame.
                    storage::after_next_paint().await;
                    match storage::save(&slot, state.session.workspace()).await {
                        Ok(file) => {
                            *saved_file.borrow_mut() = Some((revision, file));
                            last.set(Some((revision, true)));
                        }
                        Err(reason) => {
                            last.set(Some((revision, false)));
                            state.dispatch(Action::Notify(Notice::Error(format!(
                                "Autosave failed: {reason}. Export the workspace to keep your work."
                            ))))
                        }
                    }
                });
            }
        });
    }
    {
        // The teacher's class is kept too: the submissions read stay over a reload.
        let state = state.clone();
        use_effect_with(Rc::as_ptr(&state.class) as usize, move |_| {
            let teacher = state.session.workspace().exercise().is_some_and(|e| e.role == Role::Teacher);
            if autosave && teacher {
                wasm_bindgen_futures::spawn_local(async move {
                    // After the scores are on screen, as autosave does.
                    storage::after_next_paint().await;
                    let workspace = state.session.workspace();
                    let Some(exercise) = workspace.exercise() else { return };
                    let text = state.class.save(exercise, workspace);
                    if let Err(reason) = storage::save_class(&slot, &exercise.id, &text).await {
                        state.dispatch(Action::Notify(Notice::Error(format!(
                            "The class could not be saved: {reason}."
                        ))));
                    }
                });
            }
        });
    }
    match *last {
        _ if !autosave => SaveState::Off,
        Some((_, false)) => SaveState::Failed,
        Some((revision, true)) if revision == state.revision => SaveState::Saved,
        _ => SaveState::Saving,
    }
}

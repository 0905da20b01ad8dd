//! Autosave: each change to the workspace as it is made, and the teacher's class
//! after every change to it, each once the change is on screen.
//!
//! A change is written as a step of the journal (`formats::journal`): a small
//! write, whatever the workspace's size. Now and then (once an hour, after many
//! steps, or when the steps can no longer be told) the whole workspace is written
//! instead, with the undo history; that save is also kept as an earlier version.
//! A whole save stores only the pieces no save holds yet (`browser::storage`): at
//! 50,000 annotations, about 150 KB after a reload instead of the whole file.
//!
//! Several tabs (or copies of the single file) may show one workspace. Each save
//! is numbered, and a save is written only on top of the one it follows: a tab
//! that finds a newer save (made in another tab) writes nothing and asks which
//! version to keep. A tab with nothing unsaved follows the others' saves at once.

use super::browser::storage::{self, Saved};
use super::browser::timing;
use super::browser::written::{self, Written as KeptFiles};
use super::opening::{resume, Opened};
use super::shell::Shell;
use super::{language, State};
use crate::model::app::autosave::{Plan, StoredSteps, Written};
use crate::model::app::versions::Version;
use crate::model::app::{should_remind, Action, Notice};
use crate::model::formats::Format;
use crate::model::Role;
use gloo_events::EventListener;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BroadcastChannel, MessageEvent};
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
    /// Another tab or window saved a newer version: nothing is saved here until
    /// the reader chooses which to keep.
    Newer,
}

impl SaveState {
    /// The id of the words the header says it in.
    pub fn message(self) -> &'static str {
        match self {
            SaveState::Off => "save-off",
            SaveState::Saved => "save-saved",
            SaveState::Saving => "save-saving",
            SaveState::Failed => "save-failed",
            SaveState::Newer => "save-newer",
        }
    }
}

/// How the last save ended, for the revision it saved.
#[derive(Clone, Copy, PartialEq)]
enum Outcome {
    Saved,
    Failed,
    Newer,
}

/// Autosave as the page shows it, and the reader's two ways out of a conflict.
pub struct Autosave {
    pub state: SaveState,
    /// Opens the newer version, saved in another tab.
    pub take_newer: Callback<MouseEvent>,
    /// Keeps this tab's version, over the other's.
    pub keep_this: Callback<MouseEvent>,
}

/// The channel on which this page's tabs say they saved.
fn channel(slot: &str) -> Option<BroadcastChannel> {
    BroadcastChannel::new(&format!("framelens {slot}")).ok()
}

/// Opens the version stored in `slot` in place of this tab's, keeping the article
/// on screen; `why` says so to the reader. When this tab is in step with storage
/// and the other tab only added steps, those steps are taken here too, instead of
/// reading the whole workspace again.
async fn open_stored(state: &State, slot: &str, written: &RefCell<Written>, why: &str) {
    let Ok(stored) = storage::load_stored(slot).await else { return };
    let journal = StoredSteps { base: stored.base, generation: stored.generation, steps: &stored.steps };
    let followed = written.borrow().follow(&state.session, &journal);
    let resumed = match (followed, stored.file.as_deref()) {
        (Some(session), _) => Ok((session, true)),
        (None, Some(file)) => resume(file, stored.history.as_deref(), &stored.steps),
        (None, None) => return,
    };
    match resumed {
        Ok((session, in_step)) => {
            written.borrow_mut().read(&session, &journal, in_step);
            state.dispatch(Action::ReopenStored(Box::new(session), Notice::Info(why.into())));
        }
        Err(reason) => state.dispatch(Action::Notify(Notice::Error(language::current().one(
            "other-tab-unread",
            "reason",
            reason,
        )))),
    }
}

/// Reminds the reader, once she has made many changes, that her work lives only
/// in this browser, unless she exported (or handed in) lately.
async fn remind(state: &State, slot: &str) {
    let days = storage::last_export(slot).await.map(|at| {
        let then = js_sys::Date::parse(&at);
        (js_sys::Date::now() - then) / 86_400_000.0
    });
    // Never in place of a message that answers what the reader just did.
    if !should_remind(state.revision, days) || state.notice.is_some() {
        return;
    }
    let student = state.session.workspace().exercise().is_some_and(|e| e.student().is_some());
    let words = language::current();
    let text = match (student, days) {
        (true, _) => words.get("remind-student"),
        (false, None) => words.get("remind-never"),
        (false, Some(days)) => words.one("remind-days", "days", days.floor() as usize),
    };
    state.dispatch(Action::Notify(Notice::Info(text)));
}

/// Writes what `state` holds that storage does not, as `autosave::Written`
/// plans it. A whole save is kept as an earlier version, and is the file an export
/// offers until the next change.
async fn write(
    state: &State,
    slot: &str,
    written: &RefCell<Written>,
    saved_file: &SavedFile,
    files: &RefCell<KeptFiles>,
) -> Result<Saved, String> {
    let session = &state.session;
    let now = js_sys::Date::now();
    let (expected, plan) = {
        let written = written.borrow();
        (written.generation, written.plan(session, now))
    };
    let saved = match &plan {
        Plan::Nothing => Saved::Done { generation: expected },
        Plan::Steps(steps) => storage::save_steps(slot, steps.clone(), expected).await?,
        Plan::Whole => {
            let workspace = session.workspace();
            // The chunks written since the last save are joined, not written again.
            let unsaved = |_| language::current().get("storage-full");
            let parts = KeptFiles::workspace_between_frames(files, workspace).await.map_err(unsaved)?;
            let file = written::join(&parts, Format::Workspace).map_err(unsaved)?;
            let version = Version {
                at: now,
                bytes: file.size() as usize,
                articles: workspace.documents().len(),
                annotations: workspace.annotation_count(),
                unreadable: false,
                pieces: Vec::new(),
            };
            let history = KeptFiles::history_between_frames(files, session).await.map_err(unsaved)?;
            let saved = storage::save_whole(slot, &parts, &history, expected, version).await?;
            if let Saved::Done { .. } = saved {
                *saved_file.borrow_mut() = Some((state.revision, file));
            }
            saved
        }
    };
    if let Saved::Done { generation } = saved {
        written.borrow_mut().wrote(&plan, session, generation, now);
    }
    Ok(saved)
}

/// Saves each change to the workspace and every change to the teacher's class;
/// returns where saving stands.
#[hook]
pub fn use_autosave(state: &State, opened: &Opened, shell: &Shell) -> Autosave {
    let (saved_file, files) = (shell.saved_file.clone(), shell.written.clone());
    let (autosave, slot) = (opened.autosave, opened.slot.clone());
    // The last revision whose save ended, and how. The workspace as opened is the
    // one stored (or the sample, which nothing needs to keep until it changes).
    let last = use_state(|| None::<(u64, Outcome)>);
    let first = Written::opened(opened.generation, opened.mark.clone());
    let written: Rc<RefCell<Written>> = (*use_memo((), move |_| Rc::new(RefCell::new(first)))).clone();
    let newer = matches!(*last, Some((_, Outcome::Newer)));
    // One save at a time: a change made while a save runs is saved after it, from
    // the state then (two saves in flight would each expect the same number).
    let (busy, again) = (use_mut_ref(|| false), use_mut_ref(|| false));
    // Asked once per visit: the browser's promise to keep the storage, and the
    // reminder to export.
    let (asked, reminded) = (use_mut_ref(|| false), use_mut_ref(|| false));
    let kept = shell.kept.clone();
    {
        let (state, last, slot, written) = (state.clone(), last.clone(), slot.clone(), written.clone());
        use_effect_with((state.revision, newer), move |(revision, newer)| {
            if autosave && !newer && *revision != state.as_stored {
                if *busy.borrow() {
                    *again.borrow_mut() = true;
                    return;
                }
                *busy.borrow_mut() = true;
                wasm_bindgen_futures::spawn_local(async move {
                    loop {
                        // After the change is on screen.
                        timing::after_next_paint().await;
                        let now = state.clone();
                        let revision = now.revision;
                        let before = written.borrow().generation;
                        let outcome = match write(&now, &slot, &written, &saved_file, &files).await {
                            Ok(Saved::Done { generation }) => {
                                if generation != before {
                                    if let Some(channel) = channel(&slot) {
                                        let _ = channel.post_message(&JsValue::from_f64(generation as f64));
                                    }
                                }
                                if !std::mem::replace(&mut *asked.borrow_mut(), true) {
                                    // Apart from the save: a browser may ask the reader
                                    // first (Firefox), and answer only when she does.
                                    let kept = kept.clone();
                                    wasm_bindgen_futures::spawn_local(async move {
                                        kept.set(storage::persist().await)
                                    });
                                }
                                if !*reminded.borrow() && should_remind(revision, None) {
                                    *reminded.borrow_mut() = true;
                                    remind(&now, &slot).await;
                                }
                                Outcome::Saved
                            }
                            Ok(Saved::Newer) => Outcome::Newer,
                            Err(reason) => {
                                now.dispatch(Action::Notify(Notice::Error(language::current().one(
                                    "autosave-failed",
                                    "reason",
                                    reason,
                                ))));
                                Outcome::Failed
                            }
                        };
                        last.set(Some((revision, outcome)));
                        let more = std::mem::take(&mut *again.borrow_mut());
                        if !(more && outcome == Outcome::Saved) {
                            break;
                        }
                    }
                    *busy.borrow_mut() = false;
                });
            }
        });
    }
    {
        // Another tab saved: with nothing unsaved here, follow it at once.
        let (state, last, slot, written) = (state.clone(), last.clone(), slot.clone(), written.clone());
        let settled = *last == Some((state.revision, Outcome::Saved)) || state.revision == state.as_stored;
        use_effect_with(settled, move |settled| {
            let settled = *settled;
            let listening = channel(&slot).filter(|_| autosave && settled).map(|channel| {
                let listener = EventListener::new(&channel, "message", move |event| {
                    let number = event.unchecked_ref::<MessageEvent>().data().as_f64().unwrap_or(0.0) as u64;
                    if number > written.borrow().generation {
                        let (state, slot, written, last) =
                            (state.clone(), slot.clone(), written.clone(), last.clone());
                        wasm_bindgen_futures::spawn_local(async move {
                            open_stored(
                                &state,
                                &slot,
                                &written,
                                &language::current().get("other-tab-updated"),
                            )
                            .await;
                            last.set(None);
                        });
                    }
                });
                (channel, listener)
            });
            move || {
                if let Some((channel, listener)) = listening {
                    drop(listener);
                    channel.close();
                }
            }
        });
    }
    {
        // The teacher's class is kept too: the submissions read stay over a reload.
        let (state, slot) = (state.clone(), slot.clone());
        use_effect_with(Rc::as_ptr(&state.class) as usize, move |_| {
            let teacher = state.session.workspace().exercise().is_some_and(|e| e.role == Role::Teacher);
            if autosave && teacher {
                wasm_bindgen_futures::spawn_local(async move {
                    // After the scores are on screen, as autosave does.
                    timing::after_next_paint().await;
                    let workspace = state.session.workspace();
                    let Some(exercise) = workspace.exercise() else { return };
                    let text = state.class.save(exercise, workspace);
                    if let Err(reason) = storage::save_class(&slot, &exercise.id, &text).await {
                        state.dispatch(Action::Notify(Notice::Error(language::current().one(
                            "class-unsaved",
                            "reason",
                            reason,
                        ))));
                    }
                });
            }
        });
    }
    let take_newer = {
        let (state, last, slot, written) = (state.clone(), last.clone(), slot.clone(), written.clone());
        Callback::from(move |_| {
            let (state, last, slot, written) = (state.clone(), last.clone(), slot.clone(), written.clone());
            wasm_bindgen_futures::spawn_local(async move {
                // This tab's steps were not written: it is not in step with storage.
                written.borrow_mut().out_of_step();
                open_stored(&state, &slot, &written, &language::current().get("other-tab-opened")).await;
                last.set(None);
            });
        })
    };
    let keep_this = {
        let (last, slot, written) = (last.clone(), slot.clone(), written.clone());
        Callback::from(move |_| {
            let (last, slot, written) = (last.clone(), slot.clone(), written.clone());
            wasm_bindgen_futures::spawn_local(async move {
                // Follow the newer save, so that this tab's version is written over it,
                // whole: its steps were taken on another version.
                if let Ok(stored) = storage::load_stored(&slot).await {
                    written.borrow_mut().overrule(stored.generation);
                }
                last.set(None);
            });
        })
    };
    let state = match *last {
        _ if !autosave => SaveState::Off,
        Some((_, Outcome::Newer)) => SaveState::Newer,
        _ if state.revision == state.as_stored => SaveState::Saved,
        Some((_, Outcome::Failed)) => SaveState::Failed,
        Some((revision, Outcome::Saved)) if revision == state.revision => SaveState::Saved,
        _ => SaveState::Saving,
    };
    Autosave { state, take_newer, keep_this }
}

//! Autosave: the workspace in the browser's local storage, in the native format.

use crate::model::formats::native;
use crate::model::Workspace;

const KEY: &str = "framelens.workspace";
/// Where a saved workspace that could not be read is kept, so that it is not lost
/// when the next save overwrites [`KEY`].
const SET_ASIDE_KEY: &str = "framelens.workspace.unreadable";

fn storage() -> Result<web_sys::Storage, String> {
    web_sys::window()
        .ok_or("no window")?
        .local_storage()
        .map_err(|_| "this page may not use browser storage".to_owned())?
        .ok_or_else(|| "this browser offers no storage to this page".to_owned())
}

/// The saved workspace text, if there is one.
pub fn load() -> Result<Option<String>, String> {
    storage()?.get_item(KEY).map_err(|_| "the saved workspace could not be read".to_owned())
}

/// Saves the workspace; the error says why it could not be saved.
pub fn save(workspace: &Workspace) -> Result<(), String> {
    storage()?
        .set_item(KEY, &native::export(workspace))
        .map_err(|_| "the browser's storage is full or blocked".to_owned())
}

/// Keeps an unreadable save under another key.
pub fn set_aside(text: &str) {
    if let Ok(storage) = storage() {
        let _ = storage.set_item(SET_ASIDE_KEY, text);
    }
}

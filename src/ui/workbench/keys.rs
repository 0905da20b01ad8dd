//! The page-wide keys (tag keys, Delete, undo and redo, `[` and `]`), and the tag
//! action that keys and tag buttons share.

use super::article::SharedLayout;
use super::layout;
use crate::model::app::Action;
use crate::model::{Annotation, Tag, TagSet};
use crate::ui::browser::ids;
use crate::ui::shell::Latest;
use gloo_events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{Element, KeyboardEvent};
use yew::prelude::*;

/// The action for a tag key or button: tag the selected text if there is some
/// (and collapse the selection, so the new highlight shows), else re-tag the
/// chosen annotation.
pub fn tag_action(layout: &SharedLayout, tag: Tag) -> Action {
    let layout = layout.borrow();
    let new = layout.as_ref().and_then(|layout| {
        let span = layout.selected_span()?;
        Some(Annotation {
            id: ids::new_annotation_id(),
            document: layout.document().clone(),
            span,
            tag: tag.clone(),
            note: "".into(),
            created: ids::now().into(),
            author: "".into(),
        })
    });
    if new.is_some() {
        if let Some(selection) = layout::selection() {
            let _ = selection.collapse_to_end();
        }
    }
    Action::Tag { tag, new }
}

/// True when keys typed at `target` are not page commands: text fields, and
/// anything inside a dialog (the page behind it is out of reach).
fn keys_belong_to(target: Option<web_sys::EventTarget>) -> bool {
    target.and_then(|t| t.dyn_into::<Element>().ok()).is_some_and(|element| {
        matches!(element.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
            || element.has_attribute("contenteditable")
            || element.closest("[role=dialog]").ok().flatten().is_some()
    })
}

/// The page-wide keyboard commands. With a dialog open they are out of reach,
/// but Escape still closes it when focus has fallen outside it (onto the page,
/// after a click on its text or once the focused button went away): otherwise a
/// tag key there would change the annotation behind the dialog.
fn key_action(
    event: &KeyboardEvent,
    layout: &SharedLayout,
    tags: &TagSet,
    dialog_open: bool,
) -> Option<Action> {
    if keys_belong_to(event.target()) || event.is_composing() {
        return None;
    }
    if dialog_open {
        return (event.key() == "Escape").then_some(Action::Close);
    }
    let command = event.ctrl_key() || event.meta_key();
    let key = event.key();
    match key.as_str() {
        "z" | "Z" if command && event.shift_key() => Some(Action::Redo),
        "z" | "Z" if command => Some(Action::Undo),
        "y" | "Y" if command => Some(Action::Redo),
        _ if command || event.alt_key() => None,
        "Delete" | "Backspace" => Some(Action::DeleteSelected),
        "[" => Some(Action::Step(-1)),
        "]" => Some(Action::Step(1)),
        "Escape" => Some(Action::Select(None)),
        _ => tags.by_key(&key).map(|tag| tag_action(layout, tag.clone())),
    }
}

/// Listens for the page-wide keys for as long as the page is open.
#[hook]
pub fn use_page_keys(layout: SharedLayout, latest: Latest, dispatch: Callback<Action>) {
    use_effect_with((), move |_| {
        let document = gloo_utils::document();
        let options = EventListenerOptions::enable_prevent_default();
        let listener = EventListener::new_with_options(&document, "keydown", options, move |event| {
            let event: &KeyboardEvent = event.unchecked_ref();
            let (tags, dialog_open) = {
                let state = latest.borrow();
                (state.session.workspace().shared_tags(), state.screen.is_dialog())
            };
            if let Some(action) = key_action(event, &layout, &tags, dialog_open) {
                event.prevent_default();
                dispatch.emit(action);
            }
        });
        move || drop(listener)
    });
}

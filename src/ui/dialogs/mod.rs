//! The dialogs over the workbench: adding an article, exporting, making an
//! exercise; and what every dialog does (the class's views too): take keyboard
//! focus when it opens, close on Escape, and give focus back to whatever had it
//! (the button that opened it) when it closes.

pub mod add_article;
mod draft;
pub mod edit_article;
pub mod exercise;
pub mod export;
pub mod tags;
pub mod versions;

use web_sys::{HtmlElement, KeyboardEvent};
use yew::prelude::*;

/// Focuses `first` when the dialog opens; on close, focus returns where it was.
#[hook]
pub fn use_dialog_focus(first: NodeRef) {
    use_effect_with((), move |_| {
        let before = gloo_utils::document()
            .active_element()
            .and_then(|e| wasm_bindgen::JsCast::dyn_into::<HtmlElement>(e).ok());
        if let Some(first) = first.cast::<HtmlElement>() {
            let _ = first.focus();
        }
        move || {
            if let Some(before) = before.filter(|b| b.is_connected()) {
                let _ = before.focus();
            }
        }
    });
}

/// The dialog's keydown handler: Escape closes it.
pub fn close_on_escape(on_close: &Callback<()>) -> Callback<KeyboardEvent> {
    let on_close = on_close.clone();
    Callback::from(move |event: KeyboardEvent| {
        if event.key() == "Escape" {
            on_close.emit(());
        }
    })
}

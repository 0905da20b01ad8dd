//! The reader's place: the article and the words at the top of the window, kept
//! as she moves and scrolls, so that reopening the page (a student's page above
//! all, opened again next lesson) returns her to the article and place she left.

use super::browser::{storage, timing};
use super::shell::Shell;
use super::State;
use crate::model::Fingerprint;
use gloo_events::EventListener;
use serde::{Deserialize, Serialize};
use std::rc::Rc;
use yew::prelude::*;

/// Where the reader was.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Place {
    pub article: String,
    /// The code point at the top of the window.
    pub at: usize,
}

/// How long scrolling must pause before the place is kept, in milliseconds.
const SETTLED: i32 = 600;

/// The place kept for `slot`, if there is one.
pub async fn load(slot: &str) -> Option<Place> {
    serde_json::from_str(&storage::load_place(slot).await?).ok()
}

/// Where the header ends in the window (0 once it has scrolled away).
fn header_bottom() -> Option<f64> {
    let header = gloo_utils::document().query_selector("header.top").ok()??;
    Some(header.get_bounding_client_rect().bottom().max(0.0))
}

/// The code point at the top of the article's part of the window, below the
/// header when it stays on screen.
fn top_of_window(shell: &Shell) -> Option<usize> {
    let layout = shell.layout.borrow();
    let layout = layout.as_ref()?;
    let dom = gloo_utils::document();
    let text = dom.query_selector(".article-text").ok()??.get_bounding_client_rect();
    let top = header_bottom().unwrap_or(0.0).max(text.top()) + 12.0;
    // The first line a little below the top: between paragraphs there is no character.
    (0..12).find_map(|step| layout.char_at_point(text.left() + 2.0, top + f64::from(step) * 12.0))
}

/// Keeps the place in `slot` as the article changes and as scrolling settles, and
/// scrolls once to `start` (the code point the page opened at).
#[hook]
pub fn use_place(state: &State, shell: &Shell, slot: Rc<str>, start: Option<usize>) {
    let keep = {
        let (shell, slot) = (shell.clone(), slot.clone());
        Rc::new(move || {
            let state = shell.latest.borrow().clone();
            let Some(article) = state.current.as_ref().map(Fingerprint::to_string) else { return };
            let place = Place { article, at: top_of_window(&shell).unwrap_or(0) };
            let (slot, text) = (slot.clone(), serde_json::to_string(&place).unwrap_or_default());
            wasm_bindgen_futures::spawn_local(async move { storage::save_place(&slot, &text).await });
        })
    };
    {
        let keep = keep.clone();
        use_effect_with(state.current.clone(), move |_| {
            let keep = keep.clone();
            // Once the article is laid out and shown.
            wasm_bindgen_futures::spawn_local(async move {
                timing::after_next_paint().await;
                keep();
            });
        });
    }
    {
        let shell = shell.clone();
        use_effect_with((), move |_| {
            // Back to where the page was left, once the article is laid out.
            if let Some(at) = start.filter(|at| *at > 0) {
                let shell = shell.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    timing::after_next_paint().await;
                    let layout = shell.layout.borrow();
                    if let Some(element) = layout.as_ref().and_then(|layout| layout.element_at(at)) {
                        // Just below the header, where the place was read.
                        let window = gloo_utils::window();
                        let header = header_bottom().unwrap_or(0.0);
                        let y = element.get_bounding_client_rect().top() + window.scroll_y().unwrap_or(0.0);
                        window.scroll_to_with_x_and_y(0.0, y - header - 12.0);
                    }
                });
            }
            // The timer of the last scroll event: each new one replaces it.
            let pending = std::cell::Cell::new(None::<i32>);
            let listener = EventListener::new(&gloo_utils::window(), "scroll", move |_| {
                let window = gloo_utils::window();
                if let Some(timer) = pending.take() {
                    window.clear_timeout_with_handle(timer);
                }
                let keep = keep.clone();
                let settled = wasm_bindgen::closure::Closure::once_into_js(move || keep());
                let timer = window.set_timeout_with_callback_and_timeout_and_arguments_0(
                    wasm_bindgen::JsCast::unchecked_ref(&settled),
                    SETTLED,
                );
                pending.set(timer.ok());
            });
            move || drop(listener)
        });
    }
}

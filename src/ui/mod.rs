//! The Yew front end: the only code that touches the DOM. It turns DOM events into
//! [`Action`]s for the pure [`AppState`], renders what the state says is on screen,
//! and carries out what the state implies (autosave, downloads). See
//! ARCHITECTURE.md.
//!
//! - [`opening`]: the saved workspace (or the sample), before anything is shown.
//! - [`page`]: the root component, a table of contents of the page.
//! - [`shell`]: the commands that reach beyond the state (files, downloads).
//! - [`saving`]: autosave of the workspace and the class.
//! - [`screens`]: the dialog or view over the workbench that the state names.
//! - [`workbench`], [`dialogs`], [`classroom`]: the components.
//! - [`browser`]: storage, files, ids, timing and the scripting API.

// These docs link private modules and items, for `cargo doc --document-private-items`:
// the front end has no public API to document apart from them.
#![allow(rustdoc::private_intra_doc_links)]

pub mod browser;
pub mod classroom;
pub mod dialogs;
pub mod language;
mod opening;
mod page;
mod place;
mod saving;
mod screens;
mod shell;
pub mod workbench;

use crate::model::app::{Action, AppState};
use browser::{bake, timing};
use opening::Opened;
use std::rc::Rc;
use yew::prelude::*;

/// The page's state, as every component that reads it holds it.
pub type State = UseReducerHandle<AppState>;

/// Mounts the app on the page's body.
pub fn start() {
    // The page's "starting…" message, which explains what to do if it stays.
    if let Some(boot) = gloo_utils::document().get_element_by_id("boot") {
        boot.remove();
    }
    workbench::tag_style::install(&workbench::tag_style::rules());
    // Read before Yew mounts on the body, which empties it.
    let baked = bake::baked_exercise().map(Rc::new);
    yew::Renderer::<App>::with_props(AppProps { baked }).render();
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = Rc::unwrap_or_clone(self);
        match action {
            Action::ReadSubmissions { .. } => {
                timing::measured("framelens: read submissions", || next.update(action))
            }
            action => next.update(action),
        }
        Rc::new(next)
    }
}

#[derive(Properties, PartialEq)]
struct AppProps {
    /// The exercise baked into this page, if any.
    baked: Option<Rc<bake::Baked>>,
}

/// Opens the saved workspace (storage is asynchronous), then shows the page.
#[function_component(App)]
fn app(props: &AppProps) -> Html {
    let loaded = use_state(|| None::<Rc<Opened>>);
    {
        let (loaded, baked) = (loaded.clone(), props.baked.clone());
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                loaded.set(Some(Rc::new(opening::open(baked).await)))
            });
        });
    }
    html! {
        <language::Speaking>
            if let Some(opened) = &*loaded {
                <page::Page opened={opened.clone()} />
            } else {
                <Opening />
            }
        </language::Speaking>
    }
}

/// What the page says while the saved workspace is read.
#[function_component(Opening)]
fn opening() -> Html {
    let words = language::use_words();
    html! { <p class="loading" role="status">{ words.get("opening") }</p> }
}

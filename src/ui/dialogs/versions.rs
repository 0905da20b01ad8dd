//! Earlier versions of the workspace, kept in the browser beside autosave (one an
//! hour over the last day, one a day over the last week): each with its time and
//! what it holds, to restore (one undo brings back what was open) or download.
//! A save that could not be read at start is listed too, to download.

use super::{close_on_escape, use_dialog_focus};
use crate::model::app::versions::Version;
use crate::ui::browser::storage;
use crate::ui::language::{use_words, Words};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct VersionsProps {
    pub slot: Rc<str>,
    /// Minutes the reader's time zone is ahead of UTC.
    pub offset: i32,
    /// Restores the version saved at this time (and its time as people read it).
    pub on_restore: Callback<(f64, String)>,
    /// Downloads it.
    pub on_download: Callback<(f64, String)>,
    pub on_close: Callback<()>,
}

/// A time in milliseconds since 1970, as people read it in the page's language.
fn when(words: &Words, at: f64, offset: i32) -> String {
    let iso = js_sys::Date::new(&at.into()).to_iso_string();
    words.date(&String::from(iso), offset)
}

#[function_component(VersionsDialog)]
pub fn versions_dialog(props: &VersionsProps) -> Html {
    let heading = use_node_ref();
    use_dialog_focus(heading.clone());
    let words = use_words();
    let list = use_state(|| None::<Vec<Version>>);
    {
        let (list, slot) = (list.clone(), props.slot.clone());
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move { list.set(Some(storage::versions(&slot).await)) });
        });
    }
    let rows = match &*list {
        None => html! { <p class="hint">{ words.get("versions-looking") }</p> },
        Some(list) if list.is_empty() => html! { <p class="hint">{ words.get("versions-none") }</p> },
        Some(list) => html! {
            <ul class="versions">
                { for list.iter().map(|v| {
                    let time = when(&words, v.at, props.offset);
                    let pass = |callback: &Callback<(f64, String)>| {
                        let (callback, at, time) = (callback.clone(), v.at, time.clone());
                        Callback::from(move |_| callback.emit((at, time.clone())))
                    };
                    let what = if v.unreadable {
                        words.get("versions-unreadable")
                    } else {
                        words.with("versions-contents", &[("articles", v.articles.into()), ("annotations", v.annotations.into())])
                    };
                    let entry = words.with("versions-entry", &[
                        ("time", time.as_str().into()),
                        ("what", what.into()),
                        ("kb", v.bytes.div_ceil(1024).into()),
                    ]);
                    html! {
                        <li>
                            <span>{ entry }</span>
                            if !v.unreadable {
                                <button onclick={pass(&props.on_restore)} aria-label={words.one("versions-restore-label", "time", time.as_str())}>{ words.get("versions-restore") }</button>
                            }
                            <button onclick={pass(&props.on_download)} aria-label={words.one("versions-download-label", "time", time.as_str())}>{ words.get("versions-download") }</button>
                        </li>
                    }
                }) }
            </ul>
        },
    };
    html! {
        <div class="backdrop">
            <div class="dialog versions-dialog" role="dialog" aria-modal="true" aria-labelledby="versions-title"
                onkeydown={close_on_escape(&props.on_close)}>
                <h2 id="versions-title" ref={heading} tabindex="-1">{ words.get("versions-title") }</h2>
                <p class="hint">{ words.get("versions-hint") }</p>
                { rows }
                <div class="row end">
                    <button onclick={let on_close = props.on_close.clone(); move |_| on_close.emit(())}>{ words.get("close") }</button>
                </div>
            </div>
        </div>
    }
}

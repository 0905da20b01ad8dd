//! The side panel: counts per tag, the chosen annotation's editor, and the list of
//! the article's annotations in text order.

use super::article::ArticleView;
use super::tag_style;
use crate::model::annotations::tags::KEYED;
use crate::model::app::Action;
use crate::model::{Annotation, Edit, Fingerprint, TagSet};
use crate::ui::browser::timing;
use crate::ui::language::use_words;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

/// How many list entries are shown before "Show more": a long list is paged, so
/// that thousands of annotations do not make thousands of elements.
const PAGE: usize = 100;
/// Quotes longer than this are cut in the list.
const QUOTE_CHARS: usize = 140;

#[derive(Properties, PartialEq)]
pub struct PanelProps {
    pub view: ArticleView,
    pub on_action: Callback<Action>,
}

#[function_component(Panel)]
pub fn panel(props: &PanelProps) -> Html {
    let shown = use_state(|| PAGE);
    let words = use_words();
    let ArticleView { document, annotations, chosen, tags, .. } = &props.view;
    // The article whose list is drawn: its entries wait for the article's first
    // paint, so that opening an article does not wait for them. A hundred took a
    // third of opening a classroom article in Chromium; in Firefox, even twenty
    // made it miss its first frame more often than not.
    let listed = use_state(|| None::<Fingerprint>);
    {
        let listed = listed.clone();
        use_effect_with(document.fingerprint().clone(), move |fingerprint| {
            let fingerprint = fingerprint.clone();
            wasm_bindgen_futures::spawn_local(async move {
                timing::after_next_paint().await;
                listed.set(Some(fingerprint));
            });
        });
    }
    let drawn = match listed.as_ref() == Some(document.fingerprint()) {
        true => *shown,
        false => 0,
    };
    // The text's index is built by the first quote shown, not by the first render:
    // indexing 1 MB would delay the article's first paint by 2 ms.
    let quote = |a: &Annotation| shorten(document.index().slice(a.span).unwrap_or_default());
    let counts = tags.counts(annotations.iter());
    let chosen_annotation = chosen.and_then(|id| annotations.iter().find(|a| a.id == id));

    html! {
        <aside class="panel" aria-label={words.get("panel-label")}>
            <h2 class="panel-title">{ words.one("panel-title", "count", annotations.len()) }</h2>
            <ul class="counts" aria-label={words.get("panel-counts")}>
                { for tags.tags().zip(counts).map(|(tag, n)| html! {
                    <li><span class={classes!("chip", tag_style::chip(tags, tag))}>{ words.tag(tag) }</span>{ format!(" {}", words.language().number(n as f64)) }</li>
                }) }
            </ul>
            { chosen_annotation.map(|a| html! { <Editor annotation={a.clone()} quote={quote(a)} tags={tags.clone()} on_action={props.on_action.clone()} /> }) }
            if annotations.is_empty() {
                <p class="hint">{ words.one("panel-empty", "keys", match tags.len().min(KEYED) {
                    1 => "1".to_owned(),
                    n => format!("1–{n}"),
                }) }</p>
            }
            <ol class="list">
                { for annotations.iter().take(drawn).map(|a| {
                    let on_action = props.on_action.clone();
                    let id = a.id;
                    let current = (*chosen == Some(id)).then_some("true");
                    html! {
                        <li key={id.to_string()}>
                            <button class="entry" aria-current={current} onclick={move |_| on_action.emit(Action::Select(Some(id)))}>
                                <span class={classes!("chip", tag_style::chip(tags, &a.tag))}>{ words.tag(&a.tag) }</span>
                                <span class="quote" dir="auto">{ quote(a) }</span>
                                if !a.note.is_empty() {
                                    <span class="note" dir="auto">{ a.note.to_string() }</span>
                                }
                            </button>
                        </li>
                    }
                }) }
            </ol>
            if annotations.len() > *shown {
                <button class="more" onclick={let shown = shown.clone(); move |_| shown.set(*shown + PAGE)}>
                    { words.one("panel-more", "count", annotations.len() - *shown) }
                </button>
            }
        </aside>
    }
}

#[derive(Properties, PartialEq)]
struct EditorProps {
    annotation: Annotation,
    quote: String,
    tags: Rc<TagSet>,
    on_action: Callback<Action>,
}

/// Edits the chosen annotation: its tag, its note, or deletes it.
#[function_component(Editor)]
fn editor(props: &EditorProps) -> Html {
    let words = use_words();
    let id = props.annotation.id;
    let on_tag = {
        let (on_action, tags) = (props.on_action.clone(), props.tags.clone());
        Callback::from(move |event: Event| {
            let select: HtmlSelectElement = event.target_unchecked_into();
            if let Some(tag) = tags.tags().find(|tag| tag.name() == select.value()) {
                on_action.emit(Action::Edit(Edit::SetTag { id, tag: tag.clone() }));
            }
        })
    };
    let on_note = {
        let on_action = props.on_action.clone();
        Callback::from(move |event: InputEvent| {
            let area: HtmlTextAreaElement = event.target_unchecked_into();
            on_action.emit(Action::Edit(Edit::SetNote { id, note: area.value().into() }));
        })
    };
    let on_delete = {
        let on_action = props.on_action.clone();
        Callback::from(move |_| {
            on_action.emit(Action::Edit(Edit::RemoveAnnotation(id)));
            // The button goes with the annotation: keep keyboard focus in the text.
            if let Ok(Some(text)) = gloo_utils::document().query_selector(".article-text") {
                if let Ok(text) = text.dyn_into::<web_sys::HtmlElement>() {
                    let _ = text.focus();
                }
            }
        })
    };
    let on_done = {
        let on_action = props.on_action.clone();
        Callback::from(move |_| on_action.emit(Action::Select(None)))
    };
    html! {
        <section class="editor" aria-label={words.get("editor-label")}>
            // Shown on narrow screens only, where the editor is a sheet over the text.
            <button class="editor-close" onclick={on_done}>{ words.get("editor-done") }</button>
            <blockquote class="chosen-quote" dir="auto">{ &props.quote }</blockquote>
            <label>{ words.get("editor-tag") }{ " " }
                <select onchange={on_tag}>
                    { for props.tags.tags().map(|tag| html! {
                        <option value={tag.name().to_owned()} selected={*tag == props.annotation.tag}>{ words.tag(tag) }</option>
                    }) }
                </select>
            </label>
            <label class="note-field">{ words.get("editor-note") }
                <textarea value={props.annotation.note.to_string()} oninput={on_note} rows="3" />
            </label>
            <button class="danger" onclick={on_delete} aria-keyshortcuts="Delete">{ words.get("editor-delete") }</button>
        </section>
    }
}

/// A quote cut to [`QUOTE_CHARS`], with line breaks shown as spaces.
fn shorten(text: &str) -> String {
    let flat: String = text.chars().map(|c| if c == '\n' { ' ' } else { c }).take(QUOTE_CHARS).collect();
    if flat.chars().count() < text.chars().count() {
        format!("{flat}…")
    } else {
        flat
    }
}

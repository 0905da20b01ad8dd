//! The "Add article" dialog: paste a text or open files (text, Markdown, saved
//! web pages). Text pasted from a web page comes with the page's HTML: the same
//! reading as a saved page keeps its paragraphs and leaves the page around it out.

use super::{close_on_escape, use_dialog_focus};
use crate::model::text::webpage;
use crate::model::Document;
use crate::ui::language::use_words;
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AddArticleProps {
    /// A valid new document.
    pub on_add: Callback<Document>,
    /// Files picked in the dialog, read by the caller like dropped files.
    pub on_files: Callback<Vec<web_sys::File>>,
    pub on_close: Callback<()>,
}

#[function_component(AddArticle)]
pub fn add_article(props: &AddArticleProps) -> Html {
    let title = use_node_ref();
    let source = use_node_ref();
    let text = use_node_ref();
    let error = use_state(|| None::<String>);
    let words = use_words();
    use_dialog_focus(text.clone());
    let on_submit = {
        let (title, source, text, error, on_add, words) =
            (title.clone(), source.clone(), text.clone(), error.clone(), props.on_add.clone(), words.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let value =
                |node: &NodeRef| node.cast::<HtmlInputElement>().map(|i| i.value()).unwrap_or_default();
            let body = text.cast::<HtmlTextAreaElement>().map(|t| t.value()).unwrap_or_default();
            let source = match value(&source) {
                s if s.trim().is_empty() => words.get("add-pasted-source"),
                s => s,
            };
            match Document::new(&value(&title), &source, &body) {
                Ok(doc) => on_add.emit(doc),
                Err(reason) => error.set(Some(words.one("add-refused", "reason", reason.to_string()))),
            }
        })
    };
    // What a paste from a web page left out, said under the text.
    let pasted = use_state(|| None::<String>);
    let on_paste = {
        let (title, source, text, pasted, words) =
            (title.clone(), source.clone(), text.clone(), pasted.clone(), words.clone());
        Callback::from(move |event: Event| {
            let Some(html) = event
                .dyn_ref::<web_sys::ClipboardEvent>()
                .and_then(|e| e.clipboard_data())
                .and_then(|data| data.get_data("text/html").ok())
                .filter(|html| !html.trim().is_empty())
            else {
                return;
            };
            let Some(page) =
                crate::ui::browser::webpage::parse(&html).ok().and_then(|tree| webpage::extract(&tree))
            else {
                return;
            };
            let Some(area) = text.cast::<HtmlTextAreaElement>() else { return };
            event.prevent_default();
            let _ = area.set_range_text(&page.text());
            // The page's own title and site, where the reader has not given hers.
            for (field, found) in [(&title, &page.title), (&source, &page.site)] {
                if let (Some(input), Some(found)) = (field.cast::<HtmlInputElement>(), found) {
                    if input.value().trim().is_empty() {
                        input.set_value(found);
                    }
                }
            }
            pasted.set(Some(words.one("add-pasted", "count", page.paragraphs.len())));
        })
    };
    let on_pick = {
        let on_files = props.on_files.clone();
        Callback::from(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            on_files.emit(crate::ui::browser::files::list(input.files()));
        })
    };
    let on_keydown = close_on_escape(&props.on_close);
    let close = {
        let on_close = props.on_close.clone();
        Callback::from(move |_| on_close.emit(()))
    };
    html! {
        <div class="backdrop">
            <div class="dialog add-article" role="dialog" aria-modal="true" aria-labelledby="add-title" onkeydown={on_keydown}>
            <form class="dialog-form" onsubmit={on_submit}>
                <h2 id="add-title">{ words.get("add-title") }</h2>
                <label>{ words.get("article-text") }<textarea ref={text} rows="10" dir="auto" placeholder={words.get("add-text-placeholder")} onpaste={on_paste} /></label>
                if let Some(said) = &*pasted {
                    <p class="hint" role="status">{ said }</p>
                }
                <div class="row">
                    <label>{ words.get("article-title") }{ " " }<input ref={title} type="text" dir="auto" placeholder={words.get("article-title-placeholder")} /></label>
                    <label>{ words.get("article-source") }{ " " }<input ref={source} type="text" dir="auto" placeholder={words.get("article-source-placeholder")} /></label>
                </div>
                <label class="file-pick">{ words.get("add-files") }{ " " }
                    <input type="file" accept=".txt,.md,.markdown,.html,.htm,.docx,.odt,text/plain,text/markdown,text/html" multiple=true onchange={on_pick} />
                </label>
                if let Some(message) = &*error {
                    <p class="notice error" role="alert">{ message }</p>
                }
                <div class="row end">
                    <button type="button" onclick={close}>{ words.get("add-cancel") }</button>
                    <button type="submit" class="primary">{ words.get("add-add") }</button>
                </div>
            </form>
            </div>
        </div>
    }
}

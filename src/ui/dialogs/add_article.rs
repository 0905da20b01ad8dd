//! The "Add article" dialog: paste a text or open a .txt file.

use super::{close_on_escape, use_dialog_focus};
use crate::model::Document;
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
    use_dialog_focus(text.clone());
    let on_submit = {
        let (title, source, text, error, on_add) =
            (title.clone(), source.clone(), text.clone(), error.clone(), props.on_add.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let value =
                |node: &NodeRef| node.cast::<HtmlInputElement>().map(|i| i.value()).unwrap_or_default();
            let body = text.cast::<HtmlTextAreaElement>().map(|t| t.value()).unwrap_or_default();
            let source = match value(&source) {
                s if s.trim().is_empty() => "Pasted text".to_owned(),
                s => s,
            };
            match Document::new(&value(&title), &source, &body) {
                Ok(doc) => on_add.emit(doc),
                Err(reason) => error.set(Some(format!("This text cannot be added: {reason}."))),
            }
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
                <h2 id="add-title">{ "Add an article" }</h2>
                <label>{ "Article text" }<textarea ref={text} rows="10" placeholder="Paste the article here" /></label>
                <div class="row">
                    <label>{ "Title " }<input ref={title} type="text" placeholder="First line if left empty" /></label>
                    <label>{ "Source " }<input ref={source} type="text" placeholder="Outlet or site" /></label>
                </div>
                <label class="file-pick">{ "Or open text files " }
                    <input type="file" accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html" multiple=true onchange={on_pick} />
                </label>
                if let Some(message) = &*error {
                    <p class="notice error" role="alert">{ message }</p>
                }
                <div class="row end">
                    <button type="button" onclick={close}>{ "Cancel" }</button>
                    <button type="submit" class="primary">{ "Add" }</button>
                </div>
            </form>
            </div>
        </div>
    }
}

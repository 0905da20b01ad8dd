//! The "Edit article" dialog: the open article's title, source and text, changed
//! as one undoable edit; annotations follow their words into a changed text
//! (`model::app::article_edit`). A student's locked copy keeps its text.

use super::{close_on_escape, use_dialog_focus};
use crate::model::app::Action;
use crate::model::Document;
use crate::ui::language::use_words;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EditArticleProps {
    pub document: Document,
    /// Whether its text may change (not in a student's locked copy).
    pub text_editable: bool,
    pub on_edit: Callback<Action>,
    pub on_close: Callback<()>,
}

#[function_component(EditArticle)]
pub fn edit_article(props: &EditArticleProps) -> Html {
    let (title, source, text) = (use_node_ref(), use_node_ref(), use_node_ref());
    let words = use_words();
    use_dialog_focus(title.clone());
    {
        // Filled once, not by `value` (which Yew would put back over typing).
        let (title, source, text, document) =
            (title.clone(), source.clone(), text.clone(), props.document.clone());
        use_effect_with((), move |_| {
            for (field, value) in [(&title, &document.title), (&source, &document.source)] {
                if let Some(input) = field.cast::<HtmlInputElement>() {
                    input.set_value(value);
                }
            }
            if let Some(area) = text.cast::<HtmlTextAreaElement>() {
                area.set_value(document.text());
            }
        });
    }
    let on_submit = {
        let (title, source, text, on_edit) =
            (title.clone(), source.clone(), text.clone(), props.on_edit.clone());
        let document = props.document.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let value =
                |node: &NodeRef| node.cast::<HtmlInputElement>().map(|i| i.value()).unwrap_or_default();
            let text =
                text.cast::<HtmlTextAreaElement>().map_or_else(|| document.text().to_string(), |t| t.value());
            on_edit.emit(Action::EditArticle {
                document: document.fingerprint().clone(),
                title: value(&title),
                source: value(&source),
                text,
            });
        })
    };
    let close = {
        let on_close = props.on_close.clone();
        Callback::from(move |_| on_close.emit(()))
    };
    html! {
        <div class="backdrop">
            <div class="dialog edit-article" role="dialog" aria-modal="true" aria-labelledby="edit-article-title"
                onkeydown={close_on_escape(&props.on_close)}>
            <form class="dialog-form" onsubmit={on_submit}>
                <h2 id="edit-article-title">{ words.get("edit-title") }</h2>
                <div class="row">
                    <label>{ words.get("article-title") }{ " " }<input ref={title} type="text" dir="auto" placeholder={words.get("article-title-placeholder")} /></label>
                    <label>{ words.get("article-source") }{ " " }<input ref={source} type="text" dir="auto" placeholder={words.get("article-source-placeholder")} /></label>
                </div>
                <label>{ words.get("article-text") }
                    <textarea ref={text} rows="12" dir="auto" readonly={!props.text_editable} /></label>
                <p class="hint">{ words.get(if props.text_editable { "edit-hint" } else { "edit-hint-fixed" }) }</p>
                <div class="row end">
                    <button type="button" onclick={close}>{ words.get("add-cancel") }</button>
                    <button type="submit" class="primary">{ words.get("edit-save") }</button>
                </div>
            </form>
            </div>
        </div>
    }
}

//! The "Title and source" dialog: the open article's title and source, changed
//! as one undoable edit. Its text stays as it is (annotations point into it).

use super::{close_on_escape, use_dialog_focus};
use crate::model::{Document, Edit};
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EditArticleProps {
    pub document: Document,
    pub on_edit: Callback<Edit>,
    pub on_close: Callback<()>,
}

#[function_component(EditArticle)]
pub fn edit_article(props: &EditArticleProps) -> Html {
    let (title, source) = (use_node_ref(), use_node_ref());
    use_dialog_focus(title.clone());
    {
        // Filled once, not by `value` (which Yew would put back over typing).
        let (title, source, document) = (title.clone(), source.clone(), props.document.clone());
        use_effect_with((), move |_| {
            for (field, value) in [(&title, &document.title), (&source, &document.source)] {
                if let Some(input) = field.cast::<HtmlInputElement>() {
                    input.set_value(value);
                }
            }
        });
    }
    let on_submit = {
        let (title, source, on_edit) = (title.clone(), source.clone(), props.on_edit.clone());
        let document = props.document.fingerprint().clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let value =
                |node: &NodeRef| node.cast::<HtmlInputElement>().map(|i| i.value()).unwrap_or_default();
            on_edit.emit(Edit::SetArticleInfo {
                document: document.clone(),
                title: value(&title),
                source: value(&source),
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
                <h2 id="edit-article-title">{ "Title and source" }</h2>
                <label>{ "Title " }<input ref={title} type="text" placeholder="First line if left empty" /></label>
                <label>{ "Source " }<input ref={source} type="text" placeholder="Outlet or site" /></label>
                <p class="hint">{ "The text stays as it is: your annotations point into it." }</p>
                <div class="row end">
                    <button type="button" onclick={close}>{ "Cancel" }</button>
                    <button type="submit" class="primary">{ "Save" }</button>
                </div>
            </form>
            </div>
        </div>
    }
}

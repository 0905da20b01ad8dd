//! Making the gold layer the key, for the article on screen or for all of them,
//! after a confirmation that says what changes in numbers: each article's key
//! spans now, and after. One undo takes it back.

use crate::model::app::Action;
use crate::model::classroom::class::Class;
use crate::model::classroom::exercise::Exercise;
use crate::model::text::bidi::isolate;
use crate::model::{Fingerprint, Workspace};
use crate::ui::language::use_words;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct GoldToKeyProps {
    pub workspace: Workspace,
    pub exercise: Exercise,
    pub class: Rc<Class>,
    /// The article on screen.
    pub article: Fingerprint,
    pub on_action: Callback<Action>,
}

#[function_component(GoldToKey)]
pub fn gold_to_key(props: &GoldToKeyProps) -> Html {
    // Which key the teacher asked to replace: this article's (Some) or all (None).
    let asked = use_state(|| None::<Option<Fingerprint>>);
    let words = use_words();
    let (confirm, opener) = (use_node_ref(), use_node_ref());
    {
        // Focus follows: into the confirmation, and back to the button that opened
        // it once it is answered (the focused button went with it).
        let (confirm, opener) = (confirm.clone(), opener.clone());
        let opened = use_mut_ref(|| false);
        use_effect_with(asked.is_some(), move |shown| {
            let target = if *shown { confirm.cast::<web_sys::HtmlElement>() } else { opener.cast() };
            if *shown || *opened.borrow() {
                if let Some(target) = target {
                    let _ = target.focus();
                }
            }
            *opened.borrow_mut() = *shown;
        });
    }
    let ask = |which: Option<Fingerprint>| {
        let asked = asked.clone();
        Callback::from(move |_| asked.set(Some(which.clone())))
    };
    let empty = props.class.gold.is_empty();
    let Some(which) = (*asked).clone() else {
        return html! {
            <div class="row">
                <button ref={opener} disabled={empty} onclick={ask(Some(props.article.clone()))}>{ words.get("gold-article") }</button>
                <button disabled={empty} onclick={ask(None)}>{ words.get("gold-every") }</button>
            </div>
        };
    };
    let changes = props.class.key_changes(&props.workspace, &props.exercise, which.as_ref());
    let replace = {
        let (asked, on_action) = (asked.clone(), props.on_action.clone());
        Callback::from(move |_| {
            on_action.emit(Action::GoldAsKey(which.clone()));
            asked.set(None);
        })
    };
    let cancel = {
        let asked = asked.clone();
        Callback::from(move |_| asked.set(None))
    };
    html! {
        <div class="confirm" role="group" aria-label={words.get("gold-replace-label")}>
            <p>{ words.get("gold-replaced") }</p>
            <ul>
                { for changes.iter().map(|c| html! {
                    <li>{ words.with("gold-change", &[("title", isolate(&c.title).into()), ("now", c.now.into()), ("after", c.after.into())]) }</li>
                }) }
            </ul>
            <p class="hint">{ words.get("gold-undo") }</p>
            <div class="row">
                <button ref={confirm} class="primary" onclick={replace}>{ words.get("gold-replace") }</button>
                <button onclick={cancel}>{ words.get("add-cancel") }</button>
            </div>
        </div>
    }
}

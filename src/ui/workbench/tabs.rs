//! The article tabs: one per article, the current one marked for screen readers.

use crate::model::app::Action;
use crate::model::Document;
use crate::model::Fingerprint;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TabsProps {
    pub documents: Vec<Document>,
    pub current: Option<Fingerprint>,
    pub on_action: Callback<Action>,
}

#[function_component(Tabs)]
pub fn tabs(props: &TabsProps) -> Html {
    html! {
        <nav class="articles" aria-label="Articles">
            <ol>
                { for props.documents.iter().map(|doc| {
                    let fingerprint = doc.fingerprint().clone();
                    let is_current = props.current.as_ref() == Some(&fingerprint);
                    let on_action = props.on_action.clone();
                    html! {
                        <li key={fingerprint.to_string()}>
                            <button aria-current={is_current.then_some("page")}
                                onclick={move |_| on_action.emit(Action::OpenArticle(fingerprint.clone()))}>
                                <span class="doc-source">{ &doc.source }</span>
                                <span class="doc-title">{ &doc.title }</span>
                            </button>
                        </li>
                    }
                }) }
            </ol>
            <p class="hint">{ "[ and ] switch articles" }</p>
        </nav>
    }
}

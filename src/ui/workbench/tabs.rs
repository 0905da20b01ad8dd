//! The article tabs: one per article, the current one marked for screen readers
//! and always scrolled into view (after Add article, or `]`, on a narrow screen).

use crate::model::app::Action;
use crate::model::Document;
use crate::model::Fingerprint;
use crate::ui::language::use_words;
use web_sys::Element;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TabsProps {
    pub documents: Vec<Document>,
    pub current: Option<Fingerprint>,
    pub on_action: Callback<Action>,
}

/// Scrolls the list of tabs sideways, and only sideways, so that the current tab
/// is in view.
fn show_current(list: &Element) {
    let Ok(Some(current)) = list.query_selector("[aria-current=page]") else { return };
    let (tab, shown) = (current.get_bounding_client_rect(), list.get_bounding_client_rect());
    const ROOM: f64 = 16.0;
    if tab.left() < shown.left() {
        list.set_scroll_left(list.scroll_left() - (shown.left() - tab.left() + ROOM));
    } else if tab.right() > shown.right() {
        list.set_scroll_left(list.scroll_left() + (tab.right() - shown.right() + ROOM));
    }
}

#[function_component(Tabs)]
pub fn tabs(props: &TabsProps) -> Html {
    let list = use_node_ref();
    {
        let list = list.clone();
        use_effect_with((props.current.clone(), props.documents.len()), move |_| {
            if let Some(list) = list.cast::<Element>() {
                show_current(&list);
            }
        });
    }
    let words = use_words();
    html! {
        <nav class="articles" aria-label={words.get("articles-label")}>
            <ol ref={list}>
                { for props.documents.iter().map(|doc| {
                    let fingerprint = doc.fingerprint().clone();
                    let is_current = props.current.as_ref() == Some(&fingerprint);
                    let on_action = props.on_action.clone();
                    html! {
                        <li key={fingerprint.to_string()}>
                            <button aria-current={is_current.then_some("page")}
                                onclick={move |_| on_action.emit(Action::OpenArticle(fingerprint.clone()))}>
                                <span class="doc-source" dir="auto">{ &doc.source }</span>
                                <span class="doc-title" dir="auto">{ &doc.title }</span>
                            </button>
                        </li>
                    }
                }) }
            </ol>
            <p class="hint">{ words.get("articles-hint") }</p>
        </nav>
    }
}

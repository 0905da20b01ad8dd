//! The article view. Yew renders only an empty container; the text is laid out into
//! it once per document by [`Layout`] and painted by [`Painter`], so a change of
//! annotations never re-renders a paragraph.

use super::caret::{caret_offset, move_caret, place_caret_if_outside, scroll_into_view, selection_is_range};
use super::highlights::Painter;
use super::layout::Layout;
use crate::model::annotations::list::AnnotationList;
use crate::model::annotations::tags::KEYED;
use crate::model::app::{Action, Notice, Screen};
use crate::model::{AnnotationId, Document, Edit, TagSet};
use crate::ui::language::use_words;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, KeyboardEvent, MouseEvent};
use yew::prelude::*;

/// The laid-out article, shared with the key handlers that read the selection.
pub type SharedLayout = Rc<RefCell<Option<Layout>>>;

/// What the article and the side panel show: the current document, its
/// annotations and the chosen one.
#[derive(Clone)]
pub struct ArticleView {
    pub document: Document,
    /// This document's annotations, in text order.
    pub annotations: AnnotationList,
    pub chosen: Option<AnnotationId>,
    /// The workspace revision: annotations changed when it did.
    pub revision: u64,
    /// Whether the reader may remove the article (not in a locked student's copy).
    pub removable: bool,
    /// The workspace's tags (a change of them changes the revision).
    pub tags: Rc<TagSet>,
}

impl PartialEq for ArticleView {
    /// Cheap: a document is named by its fingerprint and annotations by the revision,
    /// so that no text or annotation list is compared on a render.
    fn eq(&self, other: &Self) -> bool {
        self.document.fingerprint() == other.document.fingerprint()
            && self.revision == other.revision
            && self.chosen == other.chosen
    }
}

#[derive(Properties)]
pub struct ArticleProps {
    pub view: ArticleView,
    pub layout: SharedLayout,
    pub on_action: Callback<Action>,
}

impl PartialEq for ArticleProps {
    fn eq(&self, other: &Self) -> bool {
        self.view == other.view
            && Rc::ptr_eq(&self.layout, &other.layout)
            && self.on_action == other.on_action
    }
}

/// The innermost annotation covering code point `cp`: a click on a framing phrase
/// inside a quote chooses the framing.
pub fn innermost(annotations: &AnnotationList, cp: usize) -> Option<AnnotationId> {
    annotations.iter().filter(|a| a.span.contains(cp)).min_by_key(|a| a.span.len()).map(|a| a.id)
}

#[function_component(Article)]
pub fn article(props: &ArticleProps) -> Html {
    let root = use_node_ref();
    let painter = use_mut_ref(Painter::new);
    let fingerprint = props.view.document.fingerprint().clone();

    {
        let (root, layout, painter, document) =
            (root.clone(), props.layout.clone(), painter.clone(), props.view.document.clone());
        let on_action = props.on_action.clone();
        use_effect_with(fingerprint.clone(), move |_| {
            let element = root.cast::<Element>().expect("the article container is rendered");
            match painter.borrow_mut().as_mut() {
                Some(painter) => painter.clear(),
                None => on_action.emit(Action::Notify(Notice::Error(
                    "This browser is too old to show highlights in the text: Framelens needs Chrome or \
                     Edge 111, Firefox 140 or Safari 17.2 (iPad and iPhone: iOS 17.2), or later. You can still \
                     tag and export; the side panel lists every annotation."
                        .into(),
                ))),
            }
            *layout.borrow_mut() = Some(Layout::new(&element, &document));
        });
    }
    {
        let (layout, painter, annotations, tags) =
            (props.layout.clone(), painter.clone(), props.view.annotations.clone(), props.view.tags.clone());
        use_effect_with((fingerprint, props.view.revision, props.view.chosen), move |(_, _, chosen)| {
            if let (Some(painter), Some(layout)) = (painter.borrow_mut().as_mut(), layout.borrow().as_ref()) {
                let span = chosen.and_then(|id| annotations.iter().find(|a| a.id == id)).map(|a| a.span);
                painter.paint(layout, &annotations, &tags, span);
            }
        });
    }
    {
        let (layout, annotations) = (props.layout.clone(), props.view.annotations.clone());
        use_effect_with(props.view.chosen, move |chosen| {
            let span = chosen.and_then(|id| annotations.iter().find(|a| a.id == id)).map(|a| a.span);
            if let (Some(span), Some(layout)) = (span, layout.borrow().as_ref()) {
                scroll_into_view(layout, span);
            }
        });
    }

    {
        // Keeps the highlights of the paragraphs in view registered as the reader
        // scrolls or resizes the window (scroll events come once per frame), and as
        // the browser lays out blocks that come into view: a block's real height
        // replaces its placeholder, which moves the blocks below it without any
        // scroll.
        let (layout, painter, root) = (props.layout.clone(), painter.clone(), root.clone());
        use_effect_with((), move |_| {
            let window = gloo_utils::window();
            let follow = Rc::new(move || {
                if let (Some(painter), Some(layout)) =
                    (painter.borrow_mut().as_mut(), layout.borrow().as_ref())
                {
                    painter.follow_viewport(layout);
                }
            });
            let on_event = {
                let follow = follow.clone();
                move |_: &web_sys::Event| follow()
            };
            let listeners = [
                gloo_events::EventListener::new(&window, "scroll", on_event.clone()),
                gloo_events::EventListener::new(&window, "resize", on_event),
            ];
            let resized = Closure::<dyn Fn()>::new(move || follow());
            let observer = web_sys::ResizeObserver::new(resized.as_ref().unchecked_ref()).ok();
            if let (Some(observer), Some(root)) = (&observer, root.cast::<Element>()) {
                observer.observe(&root);
            }
            move || {
                if let Some(observer) = observer {
                    observer.disconnect();
                }
                drop((listeners, resized));
            }
        });
    }
    {
        // Follows the selection, to draw the keyboard caret while the text has focus.
        let (layout, painter, root) = (props.layout.clone(), painter.clone(), root.clone());
        use_effect_with((), move |_| {
            let listener =
                gloo_events::EventListener::new(&gloo_utils::document(), "selectionchange", move |_| {
                    let (painter, layout) = (painter.borrow(), layout.borrow());
                    let (Some(painter), Some(layout)) = (painter.as_ref(), layout.as_ref()) else { return };
                    let focused = gloo_utils::document().active_element() == root.cast::<Element>();
                    let caret = if focused && !selection_is_range() { caret_offset(layout) } else { None };
                    painter.show_caret(layout, caret);
                });
            move || drop(listener)
        });
    }

    let onclick = {
        let (layout, annotations, on_action) =
            (props.layout.clone(), props.view.annotations.clone(), props.on_action.clone());
        Callback::from(move |event: MouseEvent| {
            if selection_is_range() {
                return; // The end of a drag, not a click on a highlight.
            }
            let layout = layout.borrow();
            let Some(layout) = layout.as_ref() else { return };
            let hit = layout
                .char_at_point(event.client_x(), event.client_y())
                .and_then(|cp| innermost(&annotations, cp));
            on_action.emit(Action::Select(hit));
        })
    };
    let onkeydown = {
        let (layout, annotations, on_action) =
            (props.layout.clone(), props.view.annotations.clone(), props.on_action.clone());
        Callback::from(move |event: KeyboardEvent| {
            let layout = layout.borrow();
            let Some(layout) = layout.as_ref() else { return };
            if event.key() == "Enter" {
                let hit = caret_offset(layout).and_then(|cp| {
                    innermost(&annotations, cp).or_else(|| innermost(&annotations, cp.checked_sub(1)?))
                });
                on_action.emit(Action::Select(hit));
                event.prevent_default();
            } else if move_caret(layout, &event) {
                event.prevent_default();
            }
        })
    };
    let onfocus = {
        let layout = props.layout.clone();
        Callback::from(move |_: FocusEvent| {
            if let Some(layout) = layout.borrow().as_ref() {
                place_caret_if_outside(layout);
            }
        })
    };

    let on_remove = {
        let (on_action, fingerprint) = (props.on_action.clone(), props.view.document.fingerprint().clone());
        Callback::from(move |_| on_action.emit(Action::Edit(Edit::RemoveDocument(fingerprint.clone()))))
    };
    let on_rename = {
        let on_action = props.on_action.clone();
        Callback::from(move |_| on_action.emit(Action::Show(Screen::EditArticle)))
    };
    let document = &props.view.document;
    let words = use_words();
    let tags = &props.view.tags;
    let keys = match tags.len().min(KEYED) {
        1 => "1".to_owned(),
        n => format!("1–{n}"),
    };
    html! {
        <article class="article-view" aria-labelledby="article-title">
            <header class="article-head">
                <div>
                    // People's words take their own direction, whatever the page's.
                    <h2 id="article-title" dir="auto">{ &document.title }</h2>
                    <p class="source" dir="auto">{ &document.source }</p>
                </div>
                <div class="row">
                    <button class="quiet" onclick={on_rename}>{ words.get("article-edit") }</button>
                    if props.view.removable {
                        <button class="quiet" onclick={on_remove}>{ words.get("article-remove") }</button>
                    }
                </div>
            </header>
            <div
                ref={root}
                class="article-text"
                // Left to right, whatever the page's direction: a right-to-left
                // line carries its own `dir` (see `Layout`).
                dir="ltr"
                tabindex="0"
                role="document"
                aria-label={words.one("article-text-label", "keys", keys)}
                {onclick}
                {onkeydown}
                {onfocus}
            />
        </article>
    }
}

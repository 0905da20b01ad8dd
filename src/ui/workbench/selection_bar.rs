//! The tag buttons beside the selection, on touch screens and narrow windows: a
//! student who selects words with her finger tags them where they are, without
//! reaching for a toolbar that scrolled away. The bar sits below the selection
//! (the system's own menu takes the space above it), or above it when there is
//! no room below, always inside the window.

use super::tag_style;
use crate::ui::language::use_words;
use crate::ui::shell::Shell;
use gloo_events::EventListener;
use web_sys::{DomRect, HtmlElement};
use yew::prelude::*;

/// Screens where the bar is shown: touch, or too narrow for the toolbar to stay in view.
const WHERE: &str = "(pointer: coarse), (max-width: 900px)";
/// Room left between the selection and the bar, for the selection's drag handles.
const GAP: f64 = 28.0;
/// Room kept between the bar and the window's edges.
const MARGIN: f64 = 8.0;

/// The selection's first and last line boxes, in the window's coordinates.
#[derive(Clone, Copy, PartialEq)]
struct Lines {
    first_top: f64,
    last_bottom: f64,
    last_right: f64,
}

/// Where the selection in the article is, when the bar should be shown for it.
fn selected_lines(shell: &Shell) -> Option<Lines> {
    let window = web_sys::window()?;
    if !window.match_media(WHERE).ok()??.matches() {
        return None;
    }
    shell.layout.borrow().as_ref()?.selected_span()?;
    let range = window.get_selection().ok()??.get_range_at(0).ok()?;
    let rects = range.get_client_rects()?;
    let (first, last): (DomRect, DomRect) = (rects.get(0)?, rects.get(rects.length().checked_sub(1)?)?);
    Some(Lines { first_top: first.top(), last_bottom: last.bottom(), last_right: last.right() })
}

/// Puts `bar` beside `lines`, inside the window. The position is set through the
/// style object, which the page's policy allows (a style attribute it refuses).
fn place(bar: &HtmlElement, lines: Lines) {
    let window = gloo_utils::window();
    let size = |value: Result<wasm_bindgen::JsValue, _>| value.ok().and_then(|v| v.as_f64()).unwrap_or(0.0);
    let (width, height) = (size(window.inner_width()), size(window.inner_height()));
    let (w, h) = (bar.offset_width() as f64, bar.offset_height() as f64);
    let below = lines.last_bottom + GAP;
    let above = lines.first_top - GAP - h;
    let top = if below + h <= height - MARGIN {
        below
    } else if above >= MARGIN {
        above
    } else {
        height - h - MARGIN
    };
    let left = (lines.last_right - w / 2.0).clamp(MARGIN, (width - w - MARGIN).max(MARGIN));
    let style = bar.style();
    let _ = style.set_property("top", &format!("{top}px"));
    let _ = style.set_property("left", &format!("{left}px"));
}

#[derive(Properties, PartialEq)]
pub struct SelectionBarProps {
    pub shell: Shell,
}

#[function_component(SelectionBar)]
pub fn selection_bar(props: &SelectionBarProps) -> Html {
    let words = use_words();
    let lines = use_state_eq(|| None::<Lines>);
    let bar = use_node_ref();
    {
        // The selection moves as the reader drags its handles, and in the window as
        // she scrolls.
        let (lines, shell) = (lines.clone(), props.shell.clone());
        use_effect_with((), move |_| {
            let follow = move |_: &web_sys::Event| lines.set(selected_lines(&shell));
            let listeners = [
                EventListener::new(&gloo_utils::document(), "selectionchange", follow.clone()),
                EventListener::new(&gloo_utils::window(), "scroll", follow.clone()),
                EventListener::new(&gloo_utils::window(), "resize", follow),
            ];
            move || drop(listeners)
        });
    }
    {
        let bar = bar.clone();
        use_effect_with(*lines, move |lines| {
            if let (Some(lines), Some(bar)) = (lines, bar.cast::<HtmlElement>()) {
                place(&bar, *lines);
            }
        });
    }
    if lines.is_none() {
        return html! {};
    }
    // Read when the bar shows: it is shown anew for every selection.
    let tags = props.shell.latest.borrow().session.workspace().shared_tags();
    html! {
        <div ref={bar} class="selection-bar" role="toolbar" aria-label={words.get("selection-bar-label")}>
            { for tags.tags().map(|tag| {
                let (chip, tag, shell) = (tag_style::chip(&tags, tag), tag.clone(), props.shell.clone());
                html! {
                    // Pressing a button must not take the selection away before the click.
                    <button class={classes!("tag-button", chip)}
                        onpointerdown={|event: PointerEvent| event.prevent_default()}
                        onmousedown={|event: MouseEvent| event.prevent_default()}
                        onclick={let tag = tag.clone(); move |_| shell.tag(tag.clone())}>
                        { words.tag(&tag) }
                    </button>
                }
            }) }
        </div>
    }
}

//! The keyboard caret in the article text (which is not editable): where it is,
//! moving and extending it as text editors do, and scrolling what it reaches into
//! view.

use super::layout::{selection, Layout};
use crate::model::Span;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, KeyboardEvent};

/// True when the reader has selected some text (not just placed the caret).
pub fn selection_is_range() -> bool {
    selection().is_some_and(|s| s.range_count() > 0 && !s.is_collapsed())
}

/// The code-point offset of the selection's focus (the caret), inside the article.
pub fn caret_offset(layout: &Layout) -> Option<usize> {
    let selection = selection()?;
    layout.offset_of(&selection.focus_node()?, selection.focus_offset())
}

/// Puts a caret at the start of the text when the selection is not in the article,
/// so that arrow keys have somewhere to start from.
pub fn place_caret_if_outside(layout: &Layout) {
    let Some(selection) = selection() else { return };
    if caret_offset(layout).is_some() {
        return;
    }
    if let Some(range) = layout.live_range(Span::new(0, 0)) {
        let _ = selection.remove_all_ranges();
        let _ = selection.add_range(&range);
    }
}

/// Moves or extends the selection for a caret key, as text editors do; true when
/// the key was one of them. Left and right are as seen: in a right-to-left line,
/// the left arrow goes on in reading order.
pub fn move_caret(layout: &Layout, event: &KeyboardEvent) -> bool {
    let word_or_char = if event.ctrl_key() || event.alt_key() { "word" } else { "character" };
    let (direction, granularity) = match event.key().as_str() {
        "ArrowLeft" => ("left", word_or_char),
        "ArrowRight" => ("right", word_or_char),
        "ArrowUp" => ("backward", "line"),
        "ArrowDown" => ("forward", "line"),
        "Home" => ("backward", "lineboundary"),
        "End" => ("forward", "lineboundary"),
        _ => return false,
    };
    place_caret_if_outside(layout);
    let alter = if event.shift_key() { "extend" } else { "move" };
    if let Some(selection) = selection() {
        let _ = selection.modify(alter, direction, granularity);
        if let Some(element) = selection.focus_node().and_then(|node| node.parent_element()) {
            reveal(&element);
        }
    }
    true
}

/// Scrolls so that the span's start is visible, when it is not already.
pub fn scroll_into_view(layout: &Layout, span: Span) {
    if let Some(element) = layout.element_at(span.start) {
        reveal(&element);
    }
}

/// Scrolls `element` to the middle of the viewport unless it is already in view
/// (clear of the toolbar). An IntersectionObserver tells, after the frame's own
/// layout: measuring it here would force a style and layout pass in the middle of
/// a key's work, which cost 8 ms on a 5 MB article.
fn reveal(element: &Element) {
    let target = element.clone();
    let seen =
        Closure::once_into_js(move |entries: js_sys::Array, observer: web_sys::IntersectionObserver| {
            observer.disconnect();
            let entry: Option<web_sys::IntersectionObserverEntry> = entries.get(0).dyn_into().ok();
            if entry.is_some_and(|entry| !entry.is_intersecting()) {
                let options = web_sys::ScrollIntoViewOptions::new();
                options.set_block(web_sys::ScrollLogicalPosition::Center);
                target.scroll_into_view_with_scroll_into_view_options(&options);
            }
        });
    let options = web_sys::IntersectionObserverInit::new();
    options.set_root_margin("-80px 0px -40px 0px");
    if let Ok(observer) = web_sys::IntersectionObserver::new_with_options(seen.unchecked_ref(), &options) {
        observer.observe(element);
    }
}

//! Paints annotations with the CSS Custom Highlight API: no element is added to the
//! article, so a new annotation never re-renders or re-lays-out the text.
//!
//! Chromium rebuilds the markers of every registered range whenever any highlight
//! or any part of the DOM changes, and every `::highlight()` rule costs style work on
//! every element. So the page has one highlight per tag (five rules in all), and
//! registers in it only the ranges of the paragraphs in and near the viewport: the
//! "window", which follows the reader's scrolling. Annotations are kept by the
//! layout's blocks of [`BLOCK_LINES`] paragraphs, so that finding those in the window
//! is cheap.

use super::layout::{Layout, BLOCK_LINES};
use super::tag_style;
use crate::model::{Annotation, AnnotationId, Span, Tag};
use std::collections::HashMap;
use std::ops::RangeInclusive;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Highlight, HighlightRegistry};

/// How far beyond the viewport paragraphs count as in view, in pixels, so that
/// scrolling finds the next paragraphs already painted.
const MARGIN: f64 = 1200.0;

/// A registered highlight: a tag's, or the chosen annotation's.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
enum Layer {
    Tag(Tag),
    Chosen,
}

impl Layer {
    fn name(self) -> &'static str {
        match self {
            Layer::Tag(tag) => tag_style::highlight_name(tag),
            Layer::Chosen => tag_style::CHOSEN,
        }
    }
}

/// One annotation as painted, with the first block it lies in.
#[derive(Clone, Copy, PartialEq, Debug)]
struct Painted {
    tag: Tag,
    span: Span,
    first_block: usize,
}

/// What should be painted, what is in view, and what is registered.
pub struct Painter {
    registry: HighlightRegistry,
    /// The document's annotations by block: each is listed in every block it touches.
    blocks: Vec<Vec<Painted>>,
    chosen: Option<Span>,
    /// The blocks in or near the viewport; None until the first paint of a document.
    /// Scrolls and resizes keep it current, so a change of annotations does not
    /// measure the page again (measuring forces a style and layout pass).
    window: Option<RangeInclusive<usize>>,
    /// What each registered highlight holds.
    registered: HashMap<Layer, Vec<Span>>,
}

impl Painter {
    /// None when the browser lacks the Custom Highlight API.
    pub fn new() -> Option<Painter> {
        let css = js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("CSS")).ok()?;
        if !js_sys::Reflect::has(&css, &JsValue::from_str("highlights")).unwrap_or(false) {
            return None;
        }
        Some(Painter {
            registry: web_sys::css::JsNamespaceCss::highlights(),
            blocks: Vec::new(),
            chosen: None,
            window: None,
            registered: HashMap::new(),
        })
    }

    /// Brings the painted highlights in line with `annotations` (all of one
    /// document, laid out as `layout`) and the chosen one.
    pub fn paint(&mut self, layout: &Layout, annotations: &[&Annotation], chosen: Option<AnnotationId>) {
        let mut blocks: Vec<Vec<Painted>> = Vec::new();
        for a in annotations {
            let first_block = layout.paragraph_at(a.span.start) / BLOCK_LINES;
            let last_block = layout.paragraph_at(a.span.end.saturating_sub(1)) / BLOCK_LINES;
            if blocks.len() <= last_block {
                blocks.resize_with(last_block + 1, Vec::new);
            }
            for block in &mut blocks[first_block..=last_block] {
                block.push(Painted { tag: a.tag, span: a.span, first_block });
            }
        }
        self.chosen = chosen.and_then(|id| annotations.iter().find(|a| a.id == id)).map(|a| a.span);
        self.blocks = blocks;
        if self.window.is_none() {
            self.window = Some(Self::window_of(layout));
        }
        self.sync(layout);
    }

    /// Follows the viewport after a scroll or a resize: registers the paragraphs that
    /// came into view and drops those that left it.
    pub fn follow_viewport(&mut self, layout: &Layout) {
        let window = Some(Self::window_of(layout));
        if window != self.window {
            self.window = window;
            self.sync(layout);
        }
    }

    /// The blocks in or near the viewport.
    fn window_of(layout: &Layout) -> RangeInclusive<usize> {
        let visible = layout.visible_blocks(MARGIN);
        visible.start..=visible.end.saturating_sub(1)
    }

    /// What each highlight should hold now: the window's spans by tag (each span
    /// once, from the first block of the window it lies in), and the chosen span.
    fn wanted(&self) -> HashMap<Layer, Vec<Span>> {
        let mut wanted: HashMap<Layer, Vec<Span>> = HashMap::new();
        let window = self.window.clone().unwrap_or(0..=0);
        let (from, to) = (*window.start(), (*window.end()).min(self.blocks.len().saturating_sub(1)));
        for block in from..=to {
            for painted in self.blocks.get(block).into_iter().flatten() {
                if painted.first_block.max(from) == block {
                    wanted.entry(Layer::Tag(painted.tag)).or_default().push(painted.span);
                }
            }
        }
        if let Some(span) = self.chosen {
            wanted.insert(Layer::Chosen, vec![span]);
        }
        wanted
    }

    /// Re-registers each highlight whose spans changed, and removes the empty ones.
    fn sync(&mut self, layout: &Layout) {
        let wanted = self.wanted();
        for layer in self.registered.keys().filter(|layer| !wanted.contains_key(layer)) {
            self.registry.delete(layer.name());
        }
        for (layer, spans) in &wanted {
            if self.registered.get(layer) != Some(spans) {
                self.register(layout, *layer, spans);
            }
        }
        self.registered = wanted;
    }

    /// Marks the character after the keyboard caret (or before it, at the end of a
    /// line), since a page that is not editable draws no caret of its own.
    pub fn show_caret(&self, layout: &Layout, caret: Option<usize>) {
        let range = caret.and_then(|cp| {
            let after = layout.ranges(Span::new(cp, cp + 1)).pop();
            after.or_else(|| layout.ranges(Span::new(cp.checked_sub(1)?, cp)).pop())
        });
        match range.and_then(|(_, range)| Highlight::new(&[range.unchecked_into()]).ok()) {
            Some(highlight) => {
                highlight.set_priority(tag_style::priority(None) + 1);
                self.registry.set(tag_style::CARET, &highlight);
            }
            None => {
                self.registry.delete(tag_style::CARET);
            }
        }
    }

    /// Removes every highlight (before another document is laid out).
    pub fn clear(&mut self) {
        for layer in self.registered.keys() {
            self.registry.delete(layer.name());
        }
        self.registered.clear();
        self.blocks.clear();
        self.chosen = None;
        self.window = None;
    }

    fn register(&self, layout: &Layout, layer: Layer, spans: &[Span]) {
        let Ok(highlight) = Highlight::new(&[]) else { return };
        highlight.set_priority(tag_style::priority(match layer {
            Layer::Tag(tag) => Some(tag),
            Layer::Chosen => None,
        }));
        for span in spans {
            for (_, range) in layout.ranges(*span) {
                highlight.add(range.unchecked_ref());
            }
        }
        self.registry.set(layer.name(), &highlight);
    }
}

//! Paints annotations with the CSS Custom Highlight API: no element is added to the
//! article, so a new annotation never re-renders or re-lays-out the text.
//!
//! Chromium rebuilds the markers of every registered range whenever any highlight
//! or any part of the DOM changes, and every `::highlight()` rule costs style work on
//! every element. So the page has one highlight per look of the palette (tags of
//! one look share it), and
//! registers in it only the ranges of the paragraphs in and near the viewport: the
//! "window", which follows the reader's scrolling. Inside a very long line (a text
//! with no line breaks) the window is also narrowed to the code points near the
//! viewport. Each annotation is kept with the
//! layout's blocks of [`BLOCK_LINES`] paragraphs it touches, chunk by chunk of the
//! document's [`AnnotationList`]: a change of one annotation changes one chunk, and
//! only that chunk is worked out again, so that a key at 50,000 annotations does not
//! go through all of them.

use super::layout::{Layout, BLOCK_LINES};
use super::tag_style;
use crate::model::annotations::list::AnnotationList;
use crate::model::{Annotation, Span, TagSet};
use std::cell::OnceCell;
use std::collections::HashMap;
use std::ops::RangeInclusive;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Highlight, HighlightRegistry};

/// How far beyond the viewport paragraphs count as in view, in pixels, so that
/// scrolling finds the next paragraphs already painted; and, inside a very long
/// line, in code points either side of the middle of the window (more than half a
/// large window of text, and as much again).
const MARGIN: f64 = 1200.0;
const MARGIN_CHARS: usize = 6000;

/// What is in or near the viewport: blocks, and inside a very long line, the
/// code points around the viewport.
#[derive(Clone, PartialEq, Debug)]
struct Window {
    blocks: RangeInclusive<usize>,
    chars: Option<Span>,
}

/// A registered highlight: a look's (an index into the palette), or the chosen
/// annotation's.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
enum Layer {
    Look(usize),
    Chosen,
}

impl Layer {
    fn name(self) -> String {
        match self {
            Layer::Look(look) => tag_style::highlight_name(look),
            Layer::Chosen => tag_style::CHOSEN.to_owned(),
        }
    }
}

/// One annotation as painted, with the blocks it touches.
#[derive(Clone, PartialEq, Debug)]
struct Painted {
    look: usize,
    span: Span,
    blocks: RangeInclusive<usize>,
}

/// A chunk of the document's annotations as painted, kept while the list holds
/// the same chunk (the `Rc` keeps its address from being reused meanwhile).
struct PaintedChunk {
    chunk: Rc<Vec<Annotation>>,
    /// Worked out the first time the chunk comes near the viewport: an article
    /// opens with thousands of annotations, most of them far from it.
    painted: OnceCell<Vec<Painted>>,
    /// The first block of its first annotation to the last any of them touches.
    blocks: RangeInclusive<usize>,
}

/// The block holding code point `cp`.
fn block_at(layout: &Layout, cp: usize) -> usize {
    layout.paragraph_at(cp) / BLOCK_LINES
}

impl PaintedChunk {
    fn of(layout: &Layout, chunk: &Rc<Vec<Annotation>>) -> PaintedChunk {
        let block = |cp: usize| block_at(layout, cp);
        // In text order: the first annotation starts first.
        let first = chunk.first().map_or(0, |a| block(a.span.start));
        let last = chunk.iter().map(|a| a.span.end).max().map_or(0, |end| block(end.saturating_sub(1)));
        PaintedChunk { chunk: chunk.clone(), painted: OnceCell::new(), blocks: first..=last }
    }

    fn painted(&self, layout: &Layout, tags: &TagSet) -> &[Painted] {
        let block = |cp: usize| block_at(layout, cp);
        self.painted.get_or_init(|| {
            self.chunk
                .iter()
                .map(|a| Painted {
                    look: tags.look(&a.tag),
                    span: a.span,
                    blocks: block(a.span.start)..=block(a.span.end.saturating_sub(1)),
                })
                .collect()
        })
    }
}

/// What should be painted, what is in view, and what is registered.
pub struct Painter {
    registry: HighlightRegistry,
    /// The document's annotations, chunk by chunk, in text order.
    chunks: Vec<PaintedChunk>,
    chosen: Option<Span>,
    /// What is in or near the viewport; None until the first paint of a document.
    /// Scrolls and resizes keep it current, so a change of annotations does not
    /// measure the page again (measuring forces a style and layout pass).
    window: Option<Window>,
    /// What each registered highlight holds.
    registered: HashMap<Layer, Vec<Span>>,
    /// The tag set the chunks were painted with: another one may give tags
    /// other looks.
    tags: Option<Rc<TagSet>>,
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
            chunks: Vec::new(),
            chosen: None,
            window: None,
            registered: HashMap::new(),
            tags: None,
        })
    }

    /// Brings the painted highlights in line with `annotations` (all of one
    /// document, laid out as `layout`, tagged from `tags`) and the chosen span.
    /// Chunks painted before are reused as they are, while the tag set is the same.
    pub fn paint(
        &mut self,
        layout: &Layout,
        annotations: &AnnotationList,
        tags: &Rc<TagSet>,
        chosen: Option<Span>,
    ) {
        if !self.tags.as_ref().is_some_and(|had| Rc::ptr_eq(had, tags)) {
            self.chunks.clear();
            self.tags = Some(tags.clone());
        }
        let mut before: HashMap<*const Vec<Annotation>, PaintedChunk> =
            self.chunks.drain(..).map(|c| (Rc::as_ptr(&c.chunk), c)).collect();
        self.chunks = annotations
            .chunks()
            .iter()
            .map(|chunk| before.remove(&Rc::as_ptr(chunk)).unwrap_or_else(|| PaintedChunk::of(layout, chunk)))
            .collect();
        self.chosen = chosen;
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

    /// What is in or near the viewport.
    fn window_of(layout: &Layout) -> Window {
        let visible = layout.visible_blocks(MARGIN);
        let chars = layout.visible_chars(&visible, MARGIN_CHARS);
        Window { blocks: visible.start..=visible.end.saturating_sub(1), chars }
    }

    /// What each highlight should hold now: the spans touching the window's blocks
    /// by tag, in text order, and the chosen span.
    fn wanted(&self, layout: &Layout) -> HashMap<Layer, Vec<Span>> {
        let mut wanted: HashMap<Layer, Vec<Span>> = HashMap::new();
        let (window, chars) = self.window.clone().map_or((0..=0, None), |w| (w.blocks, w.chars));
        let touches =
            |blocks: &RangeInclusive<usize>| blocks.start() <= window.end() && window.start() <= blocks.end();
        let near = |span: Span| chars.is_none_or(|chars| span.overlaps(chars));
        // Chunks are in text order: once one starts after the window, all later ones
        // do. (There are chunks only once a tag set has been painted with.)
        if let Some(tags) = &self.tags {
            for chunk in self.chunks.iter().take_while(|c| c.blocks.start() <= window.end()) {
                if touches(&chunk.blocks) {
                    for painted in
                        chunk.painted(layout, tags).iter().filter(|p| touches(&p.blocks) && near(p.span))
                    {
                        wanted.entry(Layer::Look(painted.look)).or_default().push(painted.span);
                    }
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
        let wanted = self.wanted(layout);
        for layer in self.registered.keys().filter(|layer| !wanted.contains_key(layer)) {
            self.registry.delete(&layer.name());
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
            self.registry.delete(&layer.name());
        }
        self.registered.clear();
        self.chunks.clear();
        self.chosen = None;
        self.window = None;
    }

    fn register(&self, layout: &Layout, layer: Layer, spans: &[Span]) {
        let Ok(highlight) = Highlight::new(&[]) else { return };
        highlight.set_priority(tag_style::priority(match layer {
            Layer::Look(look) => Some(look),
            Layer::Chosen => None,
        }));
        for span in spans {
            for (_, range) in layout.ranges(*span) {
                highlight.add(range.unchecked_ref());
            }
        }
        self.registry.set(&layer.name(), &highlight);
    }
}

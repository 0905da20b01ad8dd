//! The article's DOM: laid out once per document, and the map between DOM positions
//! (node + UTF-16 offset) and the model's code-point offsets.
//!
//! Each line of the text becomes a `<p>` holding one text node (made by `layout.js`
//! in one call, from what this module works out), so the page text is exactly the
//! model text and a paragraph's DOM offsets convert through
//! [`crate::model::text::offsets`] alone. The paragraphs sit in blocks of [`BLOCK_LINES`]
//! (`<div class="block">`), which the stylesheet gives `content-visibility: auto`:
//! the browser lays out and paints only the blocks near the viewport, so a long
//! article opens in the time its first screen takes. (The rule on each paragraph
//! instead costs the browser work for every paragraph on every frame: 150 ms a
//! frame with 12,000 paragraphs.)

use crate::model::text::bidi;
use crate::model::text::offsets::{cp_len, cp_to_utf16, snap_to_graphemes, utf16_to_cp, Span, Utf16Index};
use crate::model::{Document, Fingerprint};
use std::cell::OnceCell;
use std::rc::Rc;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, Node, StaticRange, StaticRangeInit};

/// One line of the text on the page. Its `<p>` is in [`Layout::elements`]; an
/// empty line has none (an empty `<p>` would show nothing and cost two nodes and
/// layout).
struct Paragraph {
    /// Where the line starts in the document, in code points.
    start: usize,
    /// Byte range of the line in the document's text.
    bytes: std::ops::Range<usize>,
    /// Length in code points.
    len: usize,
    /// For a long line, its UTF-16 index, made the first time a range is drawn in
    /// it: walking a 1 MB line for each of thousands of highlights froze the page.
    units: OnceCell<Utf16Index>,
}

/// Lines longer than this (in bytes) get a [`Utf16Index`]; shorter ones are walked.
const INDEXED_LINE: usize = 4096;

/// Lines longer than this (in code points) are painted only near the viewport,
/// not whole: a 1 MB line holding 200,000 highlights froze the page.
pub const LONG_LINE: usize = 20_000;

/// A block of [`BLOCK_LINES`] lines: a `<div>` holding the `<p>`s of its non-empty
/// lines.
struct Block {
    element: Element,
    /// The lines that have a `<p>` in this block, in order.
    lines: Vec<usize>,
}

/// Lines per block. Blocks are also the unit in which the painter finds the
/// annotations near the viewport.
pub const BLOCK_LINES: usize = 32;

/// The laid-out article.
pub struct Layout {
    root: Element,
    blocks: Vec<Block>,
    document: Fingerprint,
    text: Rc<str>,
    paragraphs: Vec<Paragraph>,
    /// Each line's `<p>`, or null for an empty line, as `layout.js` made them. The
    /// elements stay in this one JS array, asked for when a range needs one:
    /// holding one handle per line in wasm cost a call into the browser per line.
    elements: js_sys::Array,
    len: usize,
}

#[wasm_bindgen(module = "/src/ui/workbench/layout.js")]
extern "C" {
    /// Lays out `text`'s lines in `root`, in blocks of `block_lines`, the lines in
    /// `rtl` right to left; returns `[blocks, paragraphs]` (see `layout.js`).
    #[wasm_bindgen(js_name = layOutLines)]
    fn lay_out_lines(root: &Element, text: &str, block_lines: u32, rtl: &[u32]) -> js_sys::Array;
}

/// The page's selection.
pub fn selection() -> Option<web_sys::Selection> {
    web_sys::window()?.get_selection().ok()?
}

impl Layout {
    /// Replaces `root`'s children with the document's paragraphs, in blocks.
    pub fn new(root: &Element, document: &Document) -> Layout {
        let mut paragraphs = Vec::new();
        let mut lines_by_block: Vec<Vec<usize>> = Vec::new();
        let mut right_to_left = Vec::new();
        let mut byte = 0;
        for (index, (start, line)) in document.lines().enumerate() {
            if index % BLOCK_LINES == 0 {
                lines_by_block.push(Vec::new());
            }
            if !line.is_empty() {
                lines_by_block.last_mut().expect("a block was made").push(index);
                // Only right-to-left lines carry a direction: the rest read as the page.
                if bidi::is_right_to_left(line) {
                    right_to_left.push(index as u32);
                }
            }
            let (bytes, len) = (byte..byte + line.len(), cp_len(line));
            paragraphs.push(Paragraph { start, bytes, len, units: OnceCell::new() });
            byte += line.len() + 1;
        }
        let made = lay_out_lines(root, document.text(), BLOCK_LINES as u32, &right_to_left);
        let block_elements: js_sys::Array = made.get(0).unchecked_into();
        let blocks = (lines_by_block.into_iter().zip(block_elements.iter()))
            .map(|(lines, element)| Block { element: element.unchecked_into(), lines })
            .collect();
        Layout {
            root: root.clone(),
            blocks,
            document: document.fingerprint().clone(),
            text: document.text().clone(),
            paragraphs,
            elements: made.get(1).unchecked_into(),
            len: document.len(),
        }
    }

    /// The document laid out.
    pub fn document(&self) -> &Fingerprint {
        &self.document
    }

    /// Length of the document in code points.
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Line `index`'s `<p>`; None for an empty line.
    fn element(&self, index: usize) -> Option<Element> {
        (self.paragraphs[index].len > 0).then(|| self.elements.get(index as u32).unchecked_into())
    }

    /// Line `index`'s text node; None for an empty line.
    fn text_node(&self, index: usize) -> Option<Node> {
        self.element(index)?.first_child()
    }

    fn line(&self, index: usize) -> &str {
        &self.text[self.paragraphs[index].bytes.clone()]
    }

    /// The UTF-16 offset, inside line `index`, of its code point `cp`.
    fn utf16(&self, index: usize, cp: usize) -> Option<usize> {
        let line = self.line(index);
        if line.len() <= INDEXED_LINE {
            return cp_to_utf16(line, cp).ok();
        }
        self.paragraphs[index].units.get_or_init(|| Utf16Index::new(line)).to_utf16(cp).ok()
    }

    /// The index of the paragraph holding code point `cp` (or ending at it).
    pub fn paragraph_at(&self, cp: usize) -> usize {
        self.paragraphs.partition_point(|p| p.start + p.len < cp).min(self.paragraphs.len() - 1)
    }

    /// Converts a DOM boundary point (as in a Selection or a caret position) inside
    /// the article into a code-point offset; None when it lies outside.
    pub fn offset_of(&self, node: &Node, offset: u32) -> Option<usize> {
        let offset = offset as usize;
        // Between elements: the start of the line after the point.
        let line_start = |line: usize| self.paragraphs.get(line).map_or(self.len, |p| p.start);
        if node == self.root.unchecked_ref::<Node>() {
            return Some(line_start(offset * BLOCK_LINES));
        }
        if node.parent_node().as_ref() == Some(self.root.unchecked_ref()) {
            let b = self.block_of(node)?;
            let next_block = (b + 1) * BLOCK_LINES;
            return Some(line_start(self.blocks[b].lines.get(offset).copied().unwrap_or(next_block)));
        }
        if let Some(index) = self.index_of(node) {
            let p = &self.paragraphs[index];
            return Some(if offset == 0 { p.start } else { p.start + p.len });
        }
        if node.node_type() == Node::TEXT_NODE {
            let index = self.index_of(&node.parent_node()?)?;
            let local = utf16_to_cp(self.line(index), offset).ok()?;
            return Some(self.paragraphs[index].start + local);
        }
        None
    }

    /// The line index of one of our `<p>` elements, found through its block. (An
    /// attribute holding the index cost 12 ms of opening a 1 MB article: setting it
    /// passes two strings per line to the browser.)
    fn index_of(&self, node: &Node) -> Option<usize> {
        // A text node is no paragraph: asked first for the text node of a
        // selection, this would otherwise search every block for its `<p>`.
        if node.node_type() != Node::ELEMENT_NODE {
            return None;
        }
        let block = &self.blocks[self.block_of(&node.parent_node()?)?];
        block.lines.iter().copied().find(|&line| {
            // Only lines with a `<p>` are listed in a block.
            self.elements.get(line as u32) == *node.unchecked_ref::<JsValue>()
        })
    }

    /// The index of the block that `node` is.
    fn block_of(&self, node: &Node) -> Option<usize> {
        self.blocks.iter().position(|b| b.element.unchecked_ref::<Node>() == node)
    }

    /// The span selected by the page's current selection, widened to whole
    /// graphemes; None when nothing (or nothing of the article) is selected.
    pub fn selected_span(&self) -> Option<Span> {
        let selection = selection()?;
        if selection.range_count() == 0 || selection.is_collapsed() {
            return None;
        }
        let range = selection.get_range_at(0).ok()?;
        let start = self.offset_of(&range.start_container().ok()?, range.start_offset().ok()?)?;
        let end = self.offset_of(&range.end_container().ok()?, range.end_offset().ok()?)?;
        let span = snap_to_graphemes(&self.text, Span::new(start, end));
        (!span.is_empty()).then_some(span)
    }

    /// The DOM ranges covering `span`, one per non-empty paragraph it touches, each
    /// tagged with its paragraph index.
    pub fn ranges(&self, span: Span) -> Vec<(usize, StaticRange)> {
        let mut ranges = Vec::new();
        if self.paragraphs.is_empty() || span.is_empty() {
            return ranges;
        }
        for index in self.paragraph_at(span.start)..self.paragraphs.len() {
            let p = &self.paragraphs[index];
            if p.start >= span.end {
                break;
            }
            let Some(text) = self.text_node(index) else { continue };
            let from = span.start.saturating_sub(p.start).min(p.len);
            let to = (span.end - p.start).min(p.len);
            if from >= to {
                continue;
            }
            let (Some(from), Some(to)) = (self.utf16(index, from), self.utf16(index, to)) else { continue };
            let init = StaticRangeInit::new(&text, to as u32, &text, from as u32);
            if let Ok(range) = StaticRange::new(&init) {
                ranges.push((index, range));
            }
        }
        ranges
    }

    /// The blocks drawn in the viewport or within `margin` pixels of it, found by a
    /// binary search over their positions (blocks stack top to bottom). A block's
    /// box is there even while the browser skips its contents, so this lays out no
    /// paragraph.
    pub fn visible_blocks(&self, margin: f64) -> std::ops::Range<usize> {
        let height = viewport_height();
        let rect = |block: &Block| block.element.get_bounding_client_rect();
        let first = self.blocks.partition_point(|b| rect(b).bottom() < -margin);
        let end = self.blocks.partition_point(|b| rect(b).top() <= height + margin);
        first..end.max(first)
    }

    /// Where the viewport is in the text, in code points: `margin` on either side
    /// of the code point drawn in the middle of the window, rounded out to
    /// multiples of `margin / 2` (so that it changes only every so often while the
    /// reader scrolls). None unless a line in `blocks` is longer than
    /// [`LONG_LINE`], where blocks alone say too little.
    pub fn visible_chars(&self, blocks: &std::ops::Range<usize>, margin: usize) -> Option<Span> {
        let lines = blocks.start * BLOCK_LINES..(blocks.end * BLOCK_LINES).min(self.paragraphs.len());
        self.paragraphs.get(lines)?.iter().any(|p| p.len > LONG_LINE).then_some(())?;
        let dom = self.root.owner_document()?;
        let rect = self.root.get_bounding_client_rect();
        let x = rect.left().max(0.0) + 8.0;
        let height = viewport_height();
        // The middle of the window, or near it where something covers the text there.
        let center = [0.5, 0.4, 0.6, 0.25, 0.75].iter().find_map(|share| {
            let y = (height * share).clamp(rect.top() + 2.0, rect.bottom() - 2.0);
            boundary_at_point(&dom, x, y).and_then(|(node, offset)| self.offset_of(&node, offset))
        })?;
        let step = (margin / 2).max(1);
        let start = center.saturating_sub(margin) / step * step;
        let end = (center + margin).div_ceil(step) * step;
        Some(Span::new(start, end.min(self.len)))
    }

    /// The element to scroll to for code point `cp`: its line's, or for an empty
    /// line the next (else the previous) line's that has one.
    pub fn element_at(&self, cp: usize) -> Option<Element> {
        let at = self.paragraph_at(cp).min(self.paragraphs.len());
        (at..self.paragraphs.len()).chain((0..at).rev()).find_map(|index| self.element(index))
    }

    /// A live DOM range over `span`, for selecting it or measuring where it is.
    pub fn live_range(&self, span: Span) -> Option<web_sys::Range> {
        let (start, end) = (self.boundary(span.start)?, self.boundary(span.end)?);
        let range = self.root.owner_document()?.create_range().ok()?;
        range.set_start(&start.0, start.1).ok()?;
        range.set_end(&end.0, end.1).ok()?;
        Some(range)
    }

    /// The code point drawn under the viewport point `(x, y)`, if any: the caret
    /// position there lies on one side of it, so both neighbours are measured.
    pub fn char_at_point(&self, x: f64, y: f64) -> Option<usize> {
        let dom = self.root.owner_document()?;
        let (node, offset) = boundary_at_point(&dom, x, y)?;
        let cp = self.offset_of(&node, offset)?;
        [Some(cp), cp.checked_sub(1)].into_iter().flatten().filter(|c| *c < self.len).find(|c| {
            self.live_range(Span::new(*c, c + 1)).is_some_and(|range| {
                let rect = range.get_bounding_client_rect();
                rect.left() <= x && x <= rect.right() && rect.top() <= y && y <= rect.bottom()
            })
        })
    }

    /// The DOM boundary point for a code-point offset: in the line's text node, or
    /// for an empty line, between the `<p>`s around it.
    fn boundary(&self, cp: usize) -> Option<(Node, u32)> {
        let index = self.paragraph_at(cp);
        let p = self.paragraphs.get(index)?;
        let local = cp.saturating_sub(p.start).min(p.len);
        match self.text_node(index) {
            Some(text) => Some((text, self.utf16(index, local)? as u32)),
            None => {
                let block = &self.blocks[index / BLOCK_LINES];
                let slot = block.lines.partition_point(|line| *line < index);
                Some((block.element.clone().into(), slot as u32))
            }
        }
    }
}

/// The DOM boundary point nearest to the window point (x, y). Where the browser
/// has no `caretPositionFromPoint` (WebKitGTK 2.50, and older Safari), WebKit's
/// older `caretRangeFromPoint` answers the same question.
fn boundary_at_point(dom: &web_sys::Document, x: f64, y: f64) -> Option<(Node, u32)> {
    use wasm_bindgen::JsCast;
    if js_sys::Reflect::has(dom, &"caretPositionFromPoint".into()).unwrap_or(false) {
        let caret = dom.caret_position_from_point(x as f32, y as f32)?;
        return Some((caret.offset_node()?, caret.offset()));
    }
    let older: js_sys::Function =
        js_sys::Reflect::get(dom, &"caretRangeFromPoint".into()).ok()?.dyn_into().ok()?;
    let range: web_sys::Range = older.call2(dom, &x.into(), &y.into()).ok()?.dyn_into().ok()?;
    Some((range.start_container().ok()?, range.start_offset().ok()?))
}

/// The height of the browser's viewport, in CSS pixels.
pub fn viewport_height() -> f64 {
    web_sys::window().and_then(|w| w.inner_height().ok()).and_then(|h| h.as_f64()).unwrap_or(800.0)
}

//! Paints annotations with the CSS Custom Highlight API: no element is added to the
//! article, so a new annotation never re-renders or re-lays-out the text.
//!
//! Each tag's ranges are split into groups of [`GROUP_LINES`] paragraphs, each group a
//! `Highlight` of its own (`fl-claim-3`, …). A change repaints only the groups whose
//! set of spans changed, so the cost of an edit does not grow with the number of
//! annotations elsewhere in the text.

use super::layout::Layout;
use super::tag_style;
use crate::model::{Annotation, AnnotationId, Span, Tag};
use std::collections::HashMap;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Highlight, HighlightRegistry};

/// Paragraphs per registered highlight.
pub const GROUP_LINES: usize = 32;

/// Which highlight a range belongs to: a tag's group, or the chosen annotation.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
enum Layer {
    Tag(Tag, usize),
    Chosen,
}

impl Layer {
    fn name(self) -> String {
        match self {
            Layer::Tag(tag, group) => tag_style::highlight_name(tag, group),
            Layer::Chosen => tag_style::CHOSEN.to_owned(),
        }
    }
}

/// What is painted now, layer by layer.
pub struct Painter {
    registry: HighlightRegistry,
    painted: HashMap<Layer, Vec<(AnnotationId, Span)>>,
    /// How many groups have CSS rules.
    styled_groups: usize,
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
            painted: HashMap::new(),
            styled_groups: 0,
        })
    }

    /// Brings the painted highlights in line with `annotations` (all of one
    /// document, laid out as `layout`) and the chosen one.
    pub fn paint(&mut self, layout: &Layout, annotations: &[&Annotation], chosen: Option<AnnotationId>) {
        let mut wanted: HashMap<Layer, Vec<(AnnotationId, Span)>> = HashMap::new();
        for a in annotations {
            let first = layout.paragraph_at(a.span.start) / GROUP_LINES;
            let last = layout.paragraph_at(a.span.end.saturating_sub(1)) / GROUP_LINES;
            for group in first..=last {
                wanted.entry(Layer::Tag(a.tag, group)).or_default().push((a.id, a.span));
            }
            if Some(a.id) == chosen {
                wanted.entry(Layer::Chosen).or_default().push((a.id, a.span));
            }
        }
        let groups = wanted.keys().filter_map(|layer| match layer {
            Layer::Tag(_, group) => Some(group + 1),
            Layer::Chosen => None,
        });
        self.style_groups(groups.max().unwrap_or(0));

        for (layer, spans) in &wanted {
            if self.painted.get(layer) != Some(spans) {
                self.register(layout, *layer, spans);
            }
        }
        for layer in self.painted.keys().filter(|layer| !wanted.contains_key(layer)) {
            self.registry.delete(&layer.name());
        }
        self.painted = wanted;
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
        for layer in self.painted.keys() {
            self.registry.delete(&layer.name());
        }
        self.painted.clear();
    }

    fn register(&self, layout: &Layout, layer: Layer, spans: &[(AnnotationId, Span)]) {
        let Ok(highlight) = Highlight::new(&[]) else { return };
        highlight.set_priority(tag_style::priority(match layer {
            Layer::Tag(tag, _) => Some(tag),
            Layer::Chosen => None,
        }));
        for (_, span) in spans {
            for (paragraph, range) in layout.ranges(*span) {
                let in_layer = match layer {
                    Layer::Tag(_, group) => paragraph / GROUP_LINES == group,
                    Layer::Chosen => true,
                };
                if in_layer {
                    highlight.add(range.unchecked_ref());
                }
            }
        }
        self.registry.set(&layer.name(), &highlight);
    }

    /// Makes sure the page has `::highlight()` rules for `groups` groups.
    fn style_groups(&mut self, groups: usize) {
        if groups > self.styled_groups {
            tag_style::install_group_rules(self.styled_groups, groups);
            self.styled_groups = groups;
        }
    }
}

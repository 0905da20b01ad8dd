//! The DOM side of offsets, in a real browser: selections and caret positions in the
//! laid-out article map to code points, and spans map back to DOM ranges.
//! Run by `wasm-bindgen-test-runner` in headless Chromium (see scripts/test.sh).
#![cfg(target_arch = "wasm32")]

use framelens::model::{Document, Span};
use framelens::ui::workbench::layout::Layout;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, Node};

wasm_bindgen_test_configure!(run_in_browser);

/// Lays `text` out in a fresh container, alone on the page (so it is in view).
fn lay_out(text: &str) -> (Layout, Element) {
    let dom = gloo_utils::document();
    let root = dom.create_element("div").unwrap();
    root.set_attribute("style", "white-space: pre-wrap; font: 16px monospace; width: 40em").unwrap();
    root.set_class_name("laid-out");
    let earlier = dom.get_elements_by_class_name("laid-out");
    while let Some(old) = earlier.item(0) {
        old.remove();
    }
    dom.body().unwrap().append_child(&root).unwrap();
    if dom.get_element_by_id("block-rule").is_none() {
        // The app's rule for blocks (www/style.css): far blocks are not laid out.
        let style = dom.create_element("style").unwrap();
        style.set_id("block-rule");
        style.set_text_content(Some(
            ".laid-out .block { content-visibility: auto; contain-intrinsic-block-size: auto 250em; }",
        ));
        dom.head().unwrap().append_child(&style).unwrap();
    }
    let doc = Document::new("T", "S", text).unwrap();
    (Layout::new(&root, &doc), root)
}

/// The `n`th paragraph's element (empty lines have none: in [`TEXT`], line 2 is
/// paragraph 1).
fn paragraph(root: &Element, n: u32) -> Node {
    root.query_selector_all("p").unwrap().item(n).unwrap()
}

/// The text node of the `n`th paragraph.
fn text_of(root: &Element, n: u32) -> Node {
    paragraph(root, n).first_child().unwrap()
}

fn select(start: (&Node, u32), end: (&Node, u32)) {
    let selection = web_sys::window().unwrap().get_selection().unwrap().unwrap();
    selection.set_base_and_extent(start.0, start.1, end.0, end.1).unwrap();
}

const TEXT: &str = "Hi 👋🏽 there\n\nقال: «نعيد» e\u{301}\nend";

#[wasm_bindgen_test]
fn a_selection_after_an_emoji_is_counted_in_code_points() {
    let (layout, root) = lay_out(TEXT);
    let line = text_of(&root, 0);
    // UTF-16: "Hi " is 3 units, 👋 and 🏽 two each, the space one: "there" is 8..13.
    select((&line, 8), (&line, 13));
    assert_eq!(layout.selected_span(), Some(Span::new(6, 11)));
}

#[wasm_bindgen_test]
fn a_selection_inside_an_emoji_widens_to_the_whole_grapheme() {
    let (layout, root) = lay_out(TEXT);
    let line = text_of(&root, 0);
    // Offset 5 lies between the hand and its skin tone.
    select((&line, 5), (&line, 8));
    assert_eq!(layout.selected_span(), Some(Span::new(3, 6)));
}

#[wasm_bindgen_test]
fn a_selection_across_lines_counts_the_newlines() {
    let (layout, root) = lay_out(TEXT);
    // From "there" to the end of the Arabic line's first word: line 0 is 11 code
    // points, line 1 is empty, so line 2 starts at 13.
    select((&text_of(&root, 0), 8), (&text_of(&root, 1), 3));
    assert_eq!(layout.selected_span(), Some(Span::new(6, 16)));
}

#[wasm_bindgen_test]
fn element_boundaries_map_to_line_edges() {
    let (layout, root) = lay_out(TEXT);
    let p2 = paragraph(&root, 1);
    assert_eq!(layout.offset_of(&p2, 0), Some(13));
    assert_eq!(layout.offset_of(&p2, 1), Some(13 + 14));
    // The four lines sit in one block, the root's only child; the empty line has no
    // element, so the block's children are lines 0, 2 and 3.
    let block = p2.parent_node().unwrap();
    assert_eq!(block.child_nodes().length(), 3);
    assert_eq!(layout.offset_of(&block, 1), Some(13));
    assert_eq!(layout.offset_of(&block, 2), Some(28));
    assert_eq!(layout.offset_of(&block, 3), Some(layout.len()));
    assert_eq!(layout.offset_of(root.unchecked_ref(), 0), Some(0));
    assert_eq!(layout.offset_of(root.unchecked_ref(), 1), Some(layout.len()));
    let outside: Node = gloo_utils::document().body().unwrap().unchecked_into();
    assert_eq!(layout.offset_of(&outside, 0), None);
}

#[wasm_bindgen_test]
fn a_span_from_an_empty_line_starts_between_its_neighbours() {
    let (layout, root) = lay_out(TEXT);
    // Code point 12 is the empty line 1, which has no element.
    let range = layout.live_range(Span::new(12, 16)).unwrap();
    assert_eq!(range.start_container().unwrap(), paragraph(&root, 1).parent_node().unwrap());
    assert_eq!(range.start_offset().unwrap(), 1, "between line 0's p and line 2's");
    assert_eq!(String::from(range.to_string()), "قال");
    assert_eq!(layout.offset_of(&range.start_container().unwrap(), range.start_offset().unwrap()), Some(13));
}

#[wasm_bindgen_test]
fn combining_marks_stay_with_their_letter() {
    let (layout, root) = lay_out(TEXT);
    let line = text_of(&root, 1);
    // Select "e" alone: the span widens to include its combining acute accent.
    select((&line, 12), (&line, 13));
    assert_eq!(layout.selected_span(), Some(Span::new(25, 27)));
}

#[wasm_bindgen_test]
fn spans_map_back_to_dom_ranges_per_line() {
    let (layout, _root) = lay_out(TEXT);
    let ranges = layout.ranges(Span::new(6, 16));
    let offsets: Vec<(usize, u32, u32)> =
        ranges.iter().map(|(line, r)| (*line, r.start_offset(), r.end_offset())).collect();
    // Line 1 is empty and gets no range.
    assert_eq!(offsets, vec![(0, 8, 13), (2, 0, 3)]);
}

#[wasm_bindgen_test]
fn in_a_long_line_spans_after_emoji_map_to_their_units() {
    // Past the length from which a line's UTF-16 offsets are indexed, not walked.
    let long = "👋🏽 word ".repeat(1000);
    let (layout, _root) = lay_out(&long);
    // Each repeat is 8 code points and 10 UTF-16 units; "word" starts 3 in.
    let span = Span::new(8 * 700 + 3, 8 * 700 + 7);
    let ranges = layout.ranges(span);
    let offsets: Vec<(u32, u32)> = ranges.iter().map(|(_, r)| (r.start_offset(), r.end_offset())).collect();
    assert_eq!(offsets, vec![(10 * 700 + 5, 10 * 700 + 9)]);
}

/// Resolves after the browser's next frame, once it has laid out the blocks in view
/// (until then their contents are skipped, and hit-testing finds nothing in them).
async fn next_frame() {
    let frame = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().request_animation_frame(&resolve).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(frame).await.unwrap();
}

#[wasm_bindgen_test]
async fn the_character_under_the_pointer_is_found() {
    let (layout, _root) = lay_out(TEXT);
    web_sys::window().unwrap().scroll_to_with_x_and_y(0.0, 0.0);
    next_frame().await;
    next_frame().await;
    let range = layout.live_range(Span::new(7, 8)).unwrap(); // the "h" of "there"
    let rect = range.get_bounding_client_rect();
    let (x, y) = (rect.left() + rect.width() * 0.7, rect.top() + rect.height() / 2.0);
    assert_eq!(layout.char_at_point(x, y), Some(7));
    let (x, y) = (rect.left() + rect.width() * 0.2, rect.top() + rect.height() / 2.0);
    assert_eq!(layout.char_at_point(x, y), Some(7));
}

#[wasm_bindgen_test]
async fn in_a_very_long_line_only_the_characters_near_the_viewport_count() {
    let (layout, _root) = lay_out(&"word ".repeat(10_000));
    web_sys::window().unwrap().scroll_to_with_x_and_y(0.0, 0.0);
    next_frame().await;
    next_frame().await;
    let chars =
        layout.visible_chars(&layout.visible_blocks(0.0), 1000).expect("a line of 50,000 code points");
    // From the top of the text to a little past the bottom of the window.
    assert_eq!(chars.start, 0);
    assert!(chars.end > 1000 && chars.end < 20_000, "{chars}");
    // A text of short lines is windowed by blocks alone.
    let (layout, _root) = lay_out(TEXT);
    next_frame().await;
    assert_eq!(layout.visible_chars(&layout.visible_blocks(0.0), 1000), None);
}

mod painting {
    use super::*;
    use framelens::model::annotations::list::{key, AnnotationList};
    use framelens::model::{Annotation, AnnotationId, Tag};
    use framelens::ui::workbench::highlights::Painter;
    use framelens::ui::workbench::layout::BLOCK_LINES;
    use web_sys::Highlight;

    fn annotation(id: u128, layout: &Layout, span: Span, tag: Tag) -> Annotation {
        Annotation {
            id: AnnotationId(id),
            document: layout.document().clone(),
            span,
            tag,
            note: "".into(),
            created: "".into(),
            author: "".into(),
        }
    }

    fn registered(name: &str) -> Option<Highlight> {
        web_sys::css::JsNamespaceCss::highlights().get(name)
    }

    /// Lines of 10 code points ("line 0000\n" is 10 with its newline).
    fn lines(count: usize) -> String {
        (0..count).map(|i| format!("line {i:04}")).collect::<Vec<_>>().join("\n")
    }

    fn ranges_in(name: &str) -> u32 {
        registered(name).map_or(0, |highlight| highlight.size())
    }

    #[wasm_bindgen_test]
    fn only_the_paragraphs_in_view_are_registered_and_scrolling_brings_the_others() {
        let (layout, root) = lay_out(&lines(40 * BLOCK_LINES));
        web_sys::window().unwrap().scroll_to_with_x_and_y(0.0, 0.0);
        let mut painter = Painter::new().expect("Chromium has the Custom Highlight API");
        let tags = std::rc::Rc::new(framelens::model::TagSet::default());
        let line = |i: usize| i * 10;
        let near = annotation(1, &layout, Span::new(line(1) + 2, line(1) + 6), Tag::new("claim"));
        // From the last line of group 0 into the first of group 1: one range per line.
        let across = annotation(
            2,
            &layout,
            Span::new(line(BLOCK_LINES - 1) + 2, line(BLOCK_LINES) + 4),
            Tag::new("claim"),
        );
        let far_line = 35 * BLOCK_LINES;
        let far =
            annotation(3, &layout, Span::new(line(far_line) + 1, line(far_line) + 3), Tag::new("quote"));

        let mut list = AnnotationList::default();
        for a in [&near, &across, &far] {
            list.insert(a.clone());
        }
        painter.paint(&layout, &list, &tags, Some(far.span));
        assert_eq!(ranges_in("fl-amber"), 3);
        assert_eq!(ranges_in("fl-sky"), 0, "the far paragraph is out of view");
        assert_eq!(ranges_in("fl-chosen"), 1, "the chosen annotation is painted wherever it is");

        // Scrolling to the far paragraph registers it and drops the first ones.
        let far_paragraph = paragraph(&root, far_line as u32);
        far_paragraph.unchecked_ref::<Element>().scroll_into_view();
        painter.follow_viewport(&layout);
        assert_eq!(ranges_in("fl-sky"), 1);
        assert_eq!(ranges_in("fl-amber"), 0);

        // Removing every annotation unregisters every highlight.
        painter.paint(&layout, &AnnotationList::default(), &tags, None);
        for name in ["fl-amber", "fl-sky", "fl-chosen"] {
            assert!(registered(name).is_none(), "{name} is gone");
        }
        web_sys::window().unwrap().scroll_to_with_x_and_y(0.0, 0.0);
    }

    #[wasm_bindgen_test]
    fn a_change_in_one_chunk_of_many_is_painted_and_the_rest_is_kept() {
        let (layout, _) = lay_out(&lines(4 * BLOCK_LINES));
        web_sys::window().unwrap().scroll_to_with_x_and_y(0.0, 0.0);
        let mut painter = Painter::new().expect("Chromium has the Custom Highlight API");
        let tags = std::rc::Rc::new(framelens::model::TagSet::default());
        // 600 different spans, each within a line of the first block (in view): more
        // than one chunk of the list.
        let mut list = AnnotationList::default();
        for i in 0..600usize {
            let (line, rest) = (i % BLOCK_LINES, i / BLOCK_LINES);
            let at = line * 10 + rest % 5;
            list.insert(annotation(
                i as u128 + 1,
                &layout,
                Span::new(at, at + 1 + rest / 5),
                Tag::new("claim"),
            ));
        }
        assert!(list.chunks().len() > 1);
        painter.paint(&layout, &list, &tags, None);
        assert_eq!(ranges_in("fl-amber"), 600);
        // Retag one (a copy of the list, as the page makes for a change), then remove one.
        let before = list.clone();
        let one = list.iter().nth(500).unwrap().clone();
        list.update(&key(one.id, one.span), |a| a.tag = Tag::new("fact"));
        painter.paint(&layout, &list, &tags, None);
        assert_eq!((ranges_in("fl-amber"), ranges_in("fl-green")), (599, 1));
        let other = before.iter().nth(10).unwrap().clone();
        list.remove(&key(other.id, other.span));
        painter.paint(&layout, &list, &tags, Some(one.span));
        assert_eq!((ranges_in("fl-amber"), ranges_in("fl-green"), ranges_in("fl-chosen")), (598, 1, 1));
        painter.paint(&layout, &AnnotationList::default(), &tags, None);
    }
}

//! A saved web page's HTML, parsed by the browser's DOMParser: a parsed document
//! runs no script and loads nothing, and is never shown. Its tree goes to the
//! model (`model::text::webpage`), which decides what of it is the article.

use crate::model::text::webpage::{self, Node, ATTRIBUTES, DEEPEST};
use crate::ui::language;
use wasm_bindgen::JsCast;
use web_sys::{DomParser, Element, SupportedType};

/// The page in `html` as the model's tree, or why it was not read: a page nested
/// deeper than any news page is refused before the browser's parser sees it.
pub fn parse(html: &str) -> Result<Node, String> {
    if webpage::nesting(html) > webpage::DEEPEST_PAGE {
        return Err(language::current().one("page-too-deep", "depth", webpage::DEEPEST_PAGE));
    }
    let unreadable = || language::current().get("page-unreadable");
    let parser = DomParser::new().map_err(|_| unreadable())?;
    let document = parser.parse_from_string(html, SupportedType::TextHtml).map_err(|_| unreadable())?;
    convert(&document.document_element().ok_or_else(unreadable)?.into(), 0).ok_or_else(unreadable)
}

fn convert(node: &web_sys::Node, depth: usize) -> Option<Node> {
    match node.node_type() {
        web_sys::Node::TEXT_NODE => Some(Node::Text(node.node_value().unwrap_or_default())),
        web_sys::Node::ELEMENT_NODE if depth >= DEEPEST => {
            Some(Node::Text(node.text_content().unwrap_or_default()))
        }
        web_sys::Node::ELEMENT_NODE => {
            let element: &Element = node.unchecked_ref();
            let attributes = ATTRIBUTES
                .iter()
                .filter_map(|name| element.get_attribute(name).map(|value| (name.to_string(), value)))
                .collect();
            let list = node.child_nodes();
            let children = (0..list.length())
                .filter_map(|n| list.item(n))
                .filter_map(|c| convert(&c, depth + 1))
                .collect();
            Some(Node::Element { tag: element.local_name().to_lowercase(), attributes, children })
        }
        _ => None,
    }
}

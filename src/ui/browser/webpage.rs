//! A saved web page's HTML, parsed by the browser's DOMParser: a parsed document
//! runs no script and loads nothing, and is never shown. Its tree goes to the
//! model (`model::text::webpage`), which decides what of it is the article.

use crate::model::text::webpage::{Node, ATTRIBUTES, DEEPEST};
use wasm_bindgen::JsCast;
use web_sys::{DomParser, Element, SupportedType};

/// The page in `html` as the model's tree; None when the browser cannot parse it.
pub fn parse(html: &str) -> Option<Node> {
    let document = DomParser::new().ok()?.parse_from_string(html, SupportedType::TextHtml).ok()?;
    convert(&document.document_element()?.into(), 0)
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

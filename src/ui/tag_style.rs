//! How each tag looks, in one table: colour AND underline style, so that tags stay
//! apart for colour-blind readers and in black-and-white print. The CSS for the
//! highlights and for the tag chips is generated from this table, so the two never
//! disagree.

use crate::model::Tag;

struct Look {
    /// Translucent, so that overlapping spans mix rather than hide each other.
    background: &'static str,
    line: &'static str,
    /// A CSS `text-decoration-style`.
    line_style: &'static str,
    /// Nested spans paint above enclosing ones: framing inside a quote stays visible.
    priority: i32,
}

fn look(tag: Tag) -> Look {
    match tag {
        Tag::Claim => {
            Look { background: "rgba(255, 196, 0, 0.38)", line: "#9a6700", line_style: "solid", priority: 2 }
        }
        Tag::Quote => Look {
            background: "rgba(86, 180, 233, 0.32)",
            line: "#005a8c",
            line_style: "double",
            priority: 1,
        },
        Tag::Framing => {
            Look { background: "rgba(204, 121, 167, 0.34)", line: "#8e2f6d", line_style: "wavy", priority: 4 }
        }
        Tag::Fact => {
            Look { background: "rgba(0, 158, 115, 0.28)", line: "#00664a", line_style: "dotted", priority: 3 }
        }
    }
}

/// The registered name of the highlight showing the chosen annotation.
pub const CHOSEN: &str = "fl-chosen";

/// The registered name of the highlight marking the keyboard caret.
pub const CARET: &str = "fl-caret";

/// The registered name of one group of a tag's highlights.
pub fn highlight_name(tag: Tag, group: usize) -> String {
    format!("fl-{}-{group}", tag.name())
}

/// The painting priority of a tag's highlights, or of the chosen one (None), which
/// paints above all.
pub fn priority(tag: Option<Tag>) -> i32 {
    tag.map_or(10, |tag| look(tag).priority)
}

fn decoration(look: &Look) -> String {
    format!("text-decoration: underline {} {}; text-decoration-thickness: 2px;", look.line_style, look.line)
}

/// CSS for the tag chips and legend swatches (`.chip-claim`, …) and the chosen span.
pub fn base_rules() -> String {
    let mut css = String::new();
    for tag in Tag::ALL {
        let look = look(tag);
        css.push_str(&format!(
            ".chip-{name} {{ background-color: {bg}; border-bottom: 3px {style} {line}; }}\n",
            name = tag.name(),
            bg = look.background,
            style = if look.line_style == "wavy" { "dashed" } else { look.line_style },
            line = look.line,
        ));
    }
    css.push_str(&format!(
        "::highlight({CHOSEN}) {{ background-color: rgba(20, 40, 160, 0.25); color: #000; }}\n"
    ));
    css.push_str(&format!("::highlight({CARET}) {{ background-color: #1b1d21; color: #fff; }}\n"));
    css
}

/// CSS rules for highlight groups `from..to` of every tag.
pub fn group_rules(from: usize, to: usize) -> String {
    let mut css = String::new();
    for group in from..to {
        for tag in Tag::ALL {
            let look = look(tag);
            css.push_str(&format!(
                "::highlight({}) {{ background-color: {}; {} }}\n",
                highlight_name(tag, group),
                look.background,
                decoration(&look)
            ));
        }
    }
    css
}

/// Adds a `<style>` element with `css` to the page's head.
pub fn install(css: &str) {
    let Some(dom) = web_sys::window().and_then(|w| w.document()) else { return };
    let Ok(style) = dom.create_element("style") else { return };
    style.set_text_content(Some(css));
    if let Some(head) = dom.head() {
        let _ = head.append_child(&style);
    }
}

/// Installs the rules for groups `from..to`.
pub fn install_group_rules(from: usize, to: usize) {
    install(&group_rules(from, to));
}

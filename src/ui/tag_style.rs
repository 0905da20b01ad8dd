//! The page's CSS for tags: highlight groups, chips and legend swatches, generated
//! from the model's palette so that the page and the printable report never disagree.

use crate::model::palette::{look, Look};
use crate::model::Tag;

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
            style = look.border_style,
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

/// Adds `css` to the page as a constructed style sheet. The page's
/// Content-Security-Policy allows only the style sheets it ships with, so a `<style>`
/// element made here would be refused; the CSS object model is not restricted.
pub fn install(css: &str) {
    let Some(dom) = web_sys::window().and_then(|w| w.document()) else { return };
    let Ok(sheet) = web_sys::CssStyleSheet::new() else { return };
    if sheet.replace_sync(css).is_err() {
        return;
    }
    let sheets = dom.adopted_style_sheets();
    sheets.push(&sheet);
    dom.set_adopted_style_sheets(&sheets);
}

/// Installs the rules for groups `from..to`.
pub fn install_group_rules(from: usize, to: usize) {
    install(&group_rules(from, to));
}

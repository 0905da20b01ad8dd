//! The page's CSS for tags: highlights, chips and legend swatches, generated
//! from the model's palette so that the page and the printable report never
//! disagree. It is written once for every look of the palette, so a change of the
//! tag set changes no CSS: a tag takes its look's class names.

use crate::model::annotations::palette::{look, Look, LOOKS};
use crate::model::{Tag, TagSet};

/// The registered name of the highlight showing the chosen annotation.
pub const CHOSEN: &str = "fl-chosen";

/// The registered name of the highlight marking the keyboard caret.
pub const CARET: &str = "fl-caret";

/// The registered name of the highlight of the tags of look `index`.
pub fn highlight_name(index: usize) -> String {
    format!("fl-{}", look(index).class)
}

/// The class of a chip of `tag` (`chip-amber`).
pub fn chip(set: &TagSet, tag: &Tag) -> String {
    format!("chip-{}", look(set.look(tag)).class)
}

/// The class giving the heatmap `tag`'s hue.
pub fn heat(set: &TagSet, tag: &Tag) -> String {
    format!("heat-of-{}", look(set.look(tag)).class)
}

/// The painting priority of a look's highlights, or of the chosen one (None), which
/// paints above all.
pub fn priority(index: Option<usize>) -> i32 {
    index.map_or(10, |index| look(index).priority)
}

/// `property` set to `value` of a colour that is `light` on a light page and
/// `dark` on a dark one. The light value comes first, alone: a browser without
/// `light-dark()` (Chrome before 123, Safari before 17.5) drops the second
/// declaration and keeps it.
fn light_or_dark(property: &str, value: impl Fn(&str) -> String, light: &str, dark: &str) -> String {
    let both = format!("light-dark({light}, {dark})");
    format!("{property}: {}; {property}: {};", value(light), value(&both))
}

/// The underline, in a colour lighter on a dark page.
fn decoration(look: &Look) -> String {
    let underline = |colour: &str| format!("underline {} {colour}", look.line_style);
    let decoration = light_or_dark("text-decoration", underline, look.line, look.line_on_dark);
    format!("{decoration} text-decoration-thickness: 2px;")
}

/// CSS for each look's highlights, chips and legend swatches (`.chip-amber`, …),
/// the heatmap's hue (`.heat-of-amber`, …), the chosen span and the keyboard caret.
pub fn rules() -> String {
    let mut css = String::new();
    for (index, look) in LOOKS.iter().enumerate() {
        css.push_str(&format!(
            ".chip-{name} {{ background-color: {bg}; {border} }}\n\
             ::highlight({highlight}) {{ background-color: {bg}; {decoration} }}\n\
             .heat-of-{name} {{ --heat: {heat}; }}\n",
            name = look.class,
            bg = look.background,
            heat = look.heat,
            border = light_or_dark(
                "border-bottom",
                |colour| format!("3px {} {colour}", look.border_style),
                look.line,
                look.line_on_dark
            ),
            highlight = highlight_name(index),
            decoration = decoration(look),
        ));
    }
    let colour = |colour: &str| colour.to_owned();
    css.push_str(&format!(
        "::highlight({CHOSEN}) {{ {} {} }}\n",
        light_or_dark("background-color", colour, "rgba(20, 40, 160, 0.25)", "rgba(140, 170, 255, 0.35)"),
        light_or_dark("color", colour, "#000", "#fff"),
    ));
    css.push_str(&format!("::highlight({CARET}) {{ background-color: var(--ink); color: var(--paper); }}\n"));
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

//! How each tag looks, in one table: colour AND underline style, so that tags stay
//! apart for colour-blind readers and in black-and-white print. The page's highlight
//! CSS and the printable report are both generated from it, so they never disagree.

use crate::model::Tag;

pub struct Look {
    /// Translucent, so that overlapping spans mix rather than hide each other.
    pub background: &'static str,
    /// The same hue at full strength: the class heatmap mixes it with white, more of
    /// it where more students chose the tag.
    pub heat: &'static str,
    pub line: &'static str,
    /// The underline on a dark page: the same hue, lighter.
    pub line_on_dark: &'static str,
    /// A CSS `text-decoration-style`.
    pub line_style: &'static str,
    /// A CSS `border-style` of the same look, for chips, legends and print, where a
    /// border stands in for the underline.
    pub border_style: &'static str,
    /// Nested spans paint above enclosing ones: framing inside a quote stays visible.
    pub priority: i32,
}

pub fn look(tag: Tag) -> Look {
    match tag {
        Tag::Claim => Look {
            background: "rgba(255, 196, 0, 0.38)",
            heat: "rgb(255, 196, 0)",
            line: "#9a6700",
            line_on_dark: "#f2c14e",
            line_style: "solid",
            border_style: "solid",
            priority: 2,
        },
        Tag::Quote => Look {
            background: "rgba(86, 180, 233, 0.32)",
            heat: "rgb(86, 180, 233)",
            line: "#005a8c",
            line_on_dark: "#7cc4f0",
            line_style: "double",
            border_style: "double",
            priority: 1,
        },
        Tag::Framing => Look {
            background: "rgba(204, 121, 167, 0.34)",
            heat: "rgb(204, 121, 167)",
            line: "#8e2f6d",
            line_on_dark: "#e58fc4",
            line_style: "wavy",
            border_style: "dashed",
            priority: 4,
        },
        Tag::Fact => Look {
            background: "rgba(0, 158, 115, 0.28)",
            heat: "rgb(0, 158, 115)",
            line: "#00664a",
            line_on_dark: "#4fd1a5",
            line_style: "dotted",
            border_style: "dotted",
            priority: 3,
        },
    }
}

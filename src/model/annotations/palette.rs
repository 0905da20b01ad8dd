//! How each tag looks, in one table: colour AND underline style, so that tags stay
//! apart for colour-blind readers and in black-and-white print. The page's highlight
//! CSS and the printable report are both generated from it, so they never disagree.

pub struct Look {
    /// Its part of the page's CSS class and highlight names (`chip-amber`), and of
    /// the id of the words the Tags dialog names it with (`look-amber`).
    pub class: &'static str,
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

/// The looks a tag may take, in the order new tags get them. The first four are
/// claim, quote, framing and fact's; their colours are Okabe and Ito's, chosen to
/// stay apart for every kind of colour blindness, and each adds its own line. The
/// last four take the first four's colours again with other lines, so that nine
/// keyed tags never need to share a look.
pub const LOOKS: [Look; 12] = [
    Look {
        class: "amber",
        background: "rgba(255, 196, 0, 0.38)",
        heat: "rgb(255, 196, 0)",
        line: "#9a6700",
        line_on_dark: "#f2c14e",
        line_style: "solid",
        border_style: "solid",
        priority: 2,
    },
    Look {
        class: "sky",
        background: "rgba(86, 180, 233, 0.32)",
        heat: "rgb(86, 180, 233)",
        line: "#005a8c",
        line_on_dark: "#7cc4f0",
        line_style: "double",
        border_style: "double",
        priority: 1,
    },
    Look {
        class: "pink",
        background: "rgba(204, 121, 167, 0.34)",
        heat: "rgb(204, 121, 167)",
        line: "#8e2f6d",
        line_on_dark: "#e58fc4",
        line_style: "wavy",
        border_style: "dashed",
        priority: 4,
    },
    Look {
        class: "green",
        background: "rgba(0, 158, 115, 0.28)",
        heat: "rgb(0, 158, 115)",
        line: "#00664a",
        line_on_dark: "#4fd1a5",
        line_style: "dotted",
        border_style: "dotted",
        priority: 3,
    },
    Look {
        class: "orange",
        background: "rgba(230, 159, 0, 0.34)",
        heat: "rgb(230, 159, 0)",
        line: "#8a4b00",
        line_on_dark: "#ffb347",
        line_style: "dashed",
        border_style: "dashed",
        priority: 5,
    },
    Look {
        class: "blue",
        background: "rgba(0, 114, 178, 0.22)",
        heat: "rgb(0, 114, 178)",
        line: "#00466e",
        line_on_dark: "#6cb6ff",
        line_style: "wavy",
        border_style: "double",
        priority: 6,
    },
    Look {
        class: "vermilion",
        background: "rgba(213, 94, 0, 0.22)",
        heat: "rgb(213, 94, 0)",
        line: "#8f3c00",
        line_on_dark: "#ff9e5e",
        line_style: "double",
        border_style: "double",
        priority: 7,
    },
    Look {
        class: "grey",
        background: "rgba(128, 128, 128, 0.26)",
        heat: "rgb(128, 128, 128)",
        line: "#4a4a4a",
        line_on_dark: "#c8c8c8",
        line_style: "dotted",
        border_style: "dotted",
        priority: 8,
    },
    Look {
        class: "amber-wavy",
        background: "rgba(255, 196, 0, 0.38)",
        heat: "rgb(255, 196, 0)",
        line: "#9a6700",
        line_on_dark: "#f2c14e",
        line_style: "wavy",
        border_style: "dashed",
        priority: 9,
    },
    Look {
        class: "sky-dotted",
        background: "rgba(86, 180, 233, 0.32)",
        heat: "rgb(86, 180, 233)",
        line: "#005a8c",
        line_on_dark: "#7cc4f0",
        line_style: "dotted",
        border_style: "dotted",
        priority: 10,
    },
    Look {
        class: "pink-solid",
        background: "rgba(204, 121, 167, 0.34)",
        heat: "rgb(204, 121, 167)",
        line: "#8e2f6d",
        line_on_dark: "#e58fc4",
        line_style: "solid",
        border_style: "solid",
        priority: 11,
    },
    Look {
        class: "green-double",
        background: "rgba(0, 158, 115, 0.28)",
        heat: "rgb(0, 158, 115)",
        line: "#00664a",
        line_on_dark: "#4fd1a5",
        line_style: "double",
        border_style: "double",
        priority: 12,
    },
];

/// The look a new tag gets beside tags of the looks `used`: the first none of them
/// has, in palette order; once every look is taken, round again.
pub fn next_look(used: impl IntoIterator<Item = usize>) -> usize {
    let used: Vec<usize> = used.into_iter().collect();
    (0..LOOKS.len()).find(|look| !used.contains(look)).unwrap_or(used.len() % LOOKS.len())
}

/// How the tag of look `index` looks (a number past the palette wraps round).
pub fn look(index: usize) -> &'static Look {
    &LOOKS[index % LOOKS.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An sRGB colour written `#rrggbb`, `rgb(r, g, b)` or `rgba(r, g, b, a)`:
    /// its channels (0 to 255) and its opacity.
    fn parse(colour: &str) -> ([f64; 3], f64) {
        if let Some(hex) = colour.strip_prefix('#') {
            let channel = |at: usize| f64::from(u8::from_str_radix(&hex[at..at + 2], 16).unwrap());
            return ([channel(0), channel(2), channel(4)], 1.0);
        }
        let inside = colour.split(['(', ')']).nth(1).unwrap();
        let numbers: Vec<f64> = inside.split(',').map(|n| n.trim().parse().unwrap()).collect();
        ([numbers[0], numbers[1], numbers[2]], numbers.get(3).copied().unwrap_or(1.0))
    }

    /// WCAG's relative luminance.
    fn luminance(rgb: [f64; 3]) -> f64 {
        let linear = |c: f64| {
            let c = c / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * linear(rgb[0]) + 0.7152 * linear(rgb[1]) + 0.0722 * linear(rgb[2])
    }

    fn contrast(a: [f64; 3], b: [f64; 3]) -> f64 {
        let (a, b) = (luminance(a), luminance(b));
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }

    #[test]
    fn text_over_every_highlight_keeps_wcag_aa_contrast_in_light_and_dark() {
        // The page's --ink over --paper, light and dark, as www/style.css sets them.
        for (ink, paper) in [("#1b1d21", "#ffffff"), ("#e6e8eb", "#1c1e22")] {
            let (ink, paper) = (parse(ink).0, parse(paper).0);
            for (n, look) in LOOKS.iter().enumerate() {
                let (colour, alpha) = parse(look.background);
                let over: Vec<f64> = (0..3).map(|i| alpha * colour[i] + (1.0 - alpha) * paper[i]).collect();
                let ratio = contrast(ink, [over[0], over[1], over[2]]);
                assert!(
                    ratio >= 4.5,
                    "{} text over look {n}: {ratio:.2}",
                    if paper[0] > 128.0 { "light" } else { "dark" }
                );
            }
        }
    }
}

//! Text: offsets in Unicode code points and their conversions, documents and their
//! fingerprints, and re-anchoring a quote in a text that may have changed. Knows
//! nothing of annotations.

pub mod anchor;
pub mod bidi;
pub mod dates;
pub mod document;
pub mod encoding;
pub mod markdown;
pub mod offsets;
pub mod webpage;

/// `text` with its first letter a capital (in any script that has capitals).
pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| first.to_uppercase().chain(chars).collect())
}

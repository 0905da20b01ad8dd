//! People's text (names, titles, notes, file names) inside the app's own
//! sentences. Isolated, a right-to-left name reads right to left without moving
//! the words around it, and a stray direction override in it (U+202E, say) ends
//! with it instead of reversing the rest of the sentence.

/// `text` between Unicode's first-strong isolate and its pop.
pub fn isolate(text: &str) -> String {
    format!("\u{2068}{text}\u{2069}")
}

/// `text` isolated, in quotation marks.
pub fn quoted(text: &str) -> String {
    format!("“{}”", isolate(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_override_in_a_name_ends_with_the_name() {
        let name = "Ana\u{202E}evil";
        assert_eq!(isolate(name), "\u{2068}Ana\u{202E}evil\u{2069}");
        assert_eq!(quoted("سلام"), "“\u{2068}سلام\u{2069}”");
    }
}

//! People's text (names, titles, notes, file names) inside the app's own
//! sentences. Isolated, a right-to-left name reads right to left without moving
//! the words around it, and a stray direction override in it (U+202E, say) ends
//! with it instead of reversing the rest of the sentence. Also which way a line of
//! an article reads.

/// `text` between Unicode's first-strong isolate and its pop.
pub fn isolate(text: &str) -> String {
    format!("\u{2068}{text}\u{2069}")
}

/// `text` isolated, in quotation marks.
pub fn quoted(text: &str) -> String {
    format!("“{}”", isolate(text))
}

/// Whether `line` reads right to left: its first strong letter (Unicode's rule
/// for a paragraph's direction, as `dir=auto` applies it) is of a right-to-left
/// script, Hebrew, Arabic, Syriac, Thaana, N'Ko and their kin, or is the
/// right-to-left mark.
pub fn is_right_to_left(line: &str) -> bool {
    let right_to_left = |c: char| {
        matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}'
            | '\u{10800}'..='\u{10FFF}' | '\u{1E800}'..='\u{1EFFF}')
    };
    for c in line.chars() {
        match c {
            '\u{200F}' => return true,
            '\u{200E}' => return false,
            c if c.is_alphabetic() => return right_to_left(c),
            _ => {}
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_reads_the_way_its_first_letter_does() {
        assert!(is_right_to_left("«قال المتحدث» in English"));
        assert!(is_right_to_left("2025: שלום"));
        assert!(is_right_to_left("\u{200F}42 ok"));
        assert!(!is_right_to_left("He said «قال»"));
        assert!(!is_right_to_left("١٢٣ 42 …"), "digits and punctuation alone read left to right");
        assert!(!is_right_to_left(""));
    }

    #[test]
    fn an_override_in_a_name_ends_with_the_name() {
        let name = "Ana\u{202E}evil";
        assert_eq!(isolate(name), "\u{2068}Ana\u{202E}evil\u{2069}");
        assert_eq!(quoted("سلام"), "“\u{2068}سلام\u{2069}”");
    }
}

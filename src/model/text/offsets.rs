//! Positions in text, and the one place where they change unit.
//!
//! The model counts Unicode code points, half-open `[start, end)`, because that is
//! what the W3C Web Annotation model requires and what survives a trip between
//! languages. The DOM counts UTF-16 code units and Rust strings count UTF-8 bytes;
//! every conversion between the three goes through this module, so an offset never
//! changes unit silently anywhere else.

use crate::model::Said;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::fmt;
use std::rc::Rc;
use unicode_segmentation::UnicodeSegmentation;

/// A half-open range of code points, `start..end`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    pub fn len(self) -> usize {
        self.end.saturating_sub(self.start)
    }

    pub fn is_empty(self) -> bool {
        self.end <= self.start
    }

    /// True when `offset` lies inside the span (the end itself is outside).
    pub fn contains(self, offset: usize) -> bool {
        self.start <= offset && offset < self.end
    }

    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

/// Why an offset in one unit has no counterpart in another.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OffsetError {
    /// The offset lies past the end of the text.
    PastEnd { offset: usize, len: usize },
    /// The offset falls between the two halves of a surrogate pair (UTF-16) or
    /// inside a multi-byte sequence (UTF-8).
    InsideCharacter { offset: usize },
}

impl OffsetError {
    pub fn said(&self) -> Said {
        match *self {
            OffsetError::PastEnd { offset, len } => {
                Said::new("offset-past-end").number("offset", offset).number("length", len)
            }
            OffsetError::InsideCharacter { offset } => {
                Said::new("offset-inside-character").number("offset", offset)
            }
        }
    }
}

impl fmt::Display for OffsetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.said().fmt(f)
    }
}

/// Number of code points in `text`.
pub fn cp_len(text: &str) -> usize {
    text.chars().count()
}

/// Converts a UTF-16 offset (as the DOM reports it) into a code-point offset.
pub fn utf16_to_cp(text: &str, utf16: usize) -> Result<usize, OffsetError> {
    let mut units = 0;
    for (cp, ch) in text.chars().enumerate() {
        if units == utf16 {
            return Ok(cp);
        }
        units += ch.len_utf16();
        if units > utf16 {
            return Err(OffsetError::InsideCharacter { offset: utf16 });
        }
    }
    if units == utf16 {
        Ok(cp_len(text))
    } else {
        Err(OffsetError::PastEnd { offset: utf16, len: units })
    }
}

/// Converts a code-point offset into a UTF-16 offset (for DOM ranges).
pub fn cp_to_utf16(text: &str, cp: usize) -> Result<usize, OffsetError> {
    let mut units = 0;
    let mut chars = text.chars();
    for _ in 0..cp {
        match chars.next() {
            Some(ch) => units += ch.len_utf16(),
            None => return Err(OffsetError::PastEnd { offset: cp, len: cp_len(text) }),
        }
    }
    Ok(units)
}

/// Converts a code-point offset into a byte offset (for slicing Rust strings).
pub fn cp_to_byte(text: &str, cp: usize) -> Result<usize, OffsetError> {
    if cp == 0 {
        return Ok(0);
    }
    match text.char_indices().nth(cp) {
        Some((byte, _)) => Ok(byte),
        None if cp_len(text) == cp => Ok(text.len()),
        None => Err(OffsetError::PastEnd { offset: cp, len: cp_len(text) }),
    }
}

/// Converts a byte offset into a code-point offset.
pub fn byte_to_cp(text: &str, byte: usize) -> Result<usize, OffsetError> {
    if byte > text.len() {
        return Err(OffsetError::PastEnd { offset: byte, len: text.len() });
    }
    if !text.is_char_boundary(byte) {
        return Err(OffsetError::InsideCharacter { offset: byte });
    }
    Ok(cp_len(&text[..byte]))
}

/// The text of `span`, or an error when the span reaches past the end.
pub fn slice(text: &str, span: Span) -> Result<&str, OffsetError> {
    let start = cp_to_byte(text, span.start)?;
    let end = cp_to_byte(text, span.end)?;
    Ok(&text[start..end.max(start)])
}

/// UTF-16 to code-point conversion for one text in logarithmic time, for files that
/// count in UTF-16 (doccano) and hold thousands of offsets into a long text.
pub struct Utf16Index {
    /// The UTF-16 offset of each character outside the Basic Multilingual Plane
    /// (each takes two code units, a surrogate pair).
    pairs: Vec<usize>,
    units: usize,
}

impl Utf16Index {
    pub fn new(text: &str) -> Utf16Index {
        let mut pairs = Vec::new();
        let mut units = 0;
        for ch in text.chars() {
            if ch.len_utf16() == 2 {
                pairs.push(units);
            }
            units += ch.len_utf16();
        }
        Utf16Index { pairs, units }
    }

    /// The UTF-16 offset of a code-point offset, as [`cp_to_utf16`] gives it: the
    /// code point, plus one for each character before it that takes two units.
    pub fn to_utf16(&self, cp: usize) -> Result<usize, OffsetError> {
        let len = self.units - self.pairs.len();
        if cp > len {
            return Err(OffsetError::PastEnd { offset: cp, len });
        }
        // The k-th such character is at code point `pairs[k] - k`, which grows with k.
        let (mut low, mut high) = (0, self.pairs.len());
        while low < high {
            let k = (low + high) / 2;
            if self.pairs[k] - k < cp {
                low = k + 1;
            } else {
                high = k;
            }
        }
        Ok(cp + low)
    }

    /// The code-point offset of a UTF-16 offset, as [`utf16_to_cp`] gives it.
    pub fn to_cp(&self, utf16: usize) -> Result<usize, OffsetError> {
        if utf16 > self.units {
            return Err(OffsetError::PastEnd { offset: utf16, len: self.units });
        }
        let before = self.pairs.partition_point(|&at| at < utf16);
        if before > 0 && self.pairs[before - 1] + 1 == utf16 {
            return Err(OffsetError::InsideCharacter { offset: utf16 });
        }
        Ok(utf16 - before)
    }
}

/// Code-point to byte conversion for one text in (nearly) constant time, for code that
/// slices many spans of a long text, such as an export of thousands of annotations.
pub struct CpIndex<'t> {
    text: &'t str,
    /// The byte offset of every `STRIDE`-th code point.
    checkpoints: Rc<[usize]>,
    len: usize,
}

impl<'t> CpIndex<'t> {
    const STRIDE: usize = 64;

    pub fn new(text: &'t str) -> CpIndex<'t> {
        let bytes = text.as_bytes();
        let mut checkpoints = Vec::with_capacity(bytes.len() / Self::STRIDE + 1);
        let mut len: usize = 0;
        // The side panel indexes an article as it lists it, so this is read eight
        // bytes at a time: a code point starts at every byte that does not continue
        // one (0b10xxxxxx), and a word's starts are counted at once. Only a word in
        // which the next checkpoint falls is read byte by byte.
        let mut byte_by_byte = |from: usize, to: usize, len: &mut usize| {
            for (at, b) in bytes[from..to].iter().enumerate() {
                if b & 0xC0 != 0x80 {
                    if len.is_multiple_of(Self::STRIDE) {
                        checkpoints.push(from + at);
                    }
                    *len += 1;
                }
            }
        };
        let words = bytes.len() / 8 * 8;
        for from in (0..words).step_by(8) {
            let word = u64::from_le_bytes(bytes[from..from + 8].try_into().expect("eight bytes"));
            let starts = ((!word >> 7) | (word >> 6)) & 0x0101_0101_0101_0101;
            let count = starts.count_ones() as usize;
            // The next checkpoint is due at a multiple of STRIDE.
            if len.div_ceil(Self::STRIDE) * Self::STRIDE < len + count {
                byte_by_byte(from, from + 8, &mut len);
            } else {
                len += count;
            }
        }
        byte_by_byte(words, bytes.len(), &mut len);
        CpIndex { text, checkpoints: checkpoints.into(), len }
    }

    /// An index over `text` from the checkpoints of an earlier index of the same
    /// text (see [`CpIndex::checkpoints`]), without reading the text again.
    pub fn with_checkpoints(text: &'t str, checkpoints: Rc<[usize]>, len: usize) -> CpIndex<'t> {
        CpIndex { text, checkpoints, len }
    }

    /// What [`CpIndex::with_checkpoints`] needs to rebuild this index.
    pub fn checkpoints(&self) -> Rc<[usize]> {
        self.checkpoints.clone()
    }

    /// Length of the text in code points.
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn byte(&self, cp: usize) -> Result<usize, OffsetError> {
        if cp > self.len {
            return Err(OffsetError::PastEnd { offset: cp, len: self.len });
        }
        if cp == self.len {
            return Ok(self.text.len());
        }
        let block = cp / Self::STRIDE;
        let from = self.checkpoints[block];
        let skip = cp % Self::STRIDE;
        // A block of STRIDE bytes between two checkpoints is all ASCII: no walk.
        if self.checkpoints.get(block + 1).is_some_and(|next| next - from == Self::STRIDE) {
            return Ok(from + skip);
        }
        // Count the bytes that start a character (not 0b10xxxxxx): faster than
        // decoding each character.
        let starts = self.text.as_bytes()[from..].iter().enumerate().filter(|(_, b)| **b & 0xC0 != 0x80);
        Ok(starts.map(|(at, _)| from + at).nth(skip).unwrap_or(self.text.len()))
    }

    /// The text of `span`.
    pub fn slice(&self, span: Span) -> Result<&'t str, OffsetError> {
        let start = self.byte(span.start)?;
        let end = self.byte(span.end.max(span.start))?;
        Ok(&self.text[start..end])
    }
}

/// Widens `span` so that neither edge splits a grapheme cluster (an emoji with its
/// skin-tone modifier, a letter with its combining accent): a highlight that cut
/// such a cluster in two would show half a character.
pub fn snap_to_graphemes(text: &str, span: Span) -> Span {
    let mut start = span.start;
    let mut end = span.end;
    let mut cp = 0;
    for grapheme in text.graphemes(true) {
        let next = cp + grapheme.chars().count();
        if cp < span.start && span.start < next {
            start = cp;
        }
        if cp < span.end && span.end < next {
            end = next;
        }
        if next >= span.end {
            break;
        }
        cp = next;
    }
    Span { start, end }
}

/// Turns CRLF and lone CR line endings into LF: documents are stored, fingerprinted
/// and counted in this form, so that a file saved on another system anchors the same.
pub fn normalize_newlines(text: &str) -> Cow<'_, str> {
    if !text.contains('\r') {
        // Borrowed: a 5 MB text is not copied only to be copied again into its document.
        return Cow::Borrowed(text);
    }
    Cow::Owned(text.replace("\r\n", "\n").replace('\r', "\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_utf16_index_converts_both_ways_as_the_walks_do() {
        let text = "a👋🏽b🇸🇾 c\u{301}𝄞";
        let index = Utf16Index::new(text);
        for cp in 0..=cp_len(text) {
            assert_eq!(index.to_utf16(cp), cp_to_utf16(text, cp), "{cp}");
        }
        assert!(index.to_utf16(cp_len(text) + 1).is_err());
    }

    /// Each case: a text, a code-point offset, and the UTF-16 and UTF-8 offsets that
    /// name the same position.
    fn check(text: &str, cp: usize, utf16: usize, byte: usize) {
        assert_eq!(cp_to_utf16(text, cp), Ok(utf16), "cp→utf16 in {text:?} at {cp}");
        assert_eq!(utf16_to_cp(text, utf16), Ok(cp), "utf16→cp in {text:?} at {utf16}");
        assert_eq!(Utf16Index::new(text).to_cp(utf16), Ok(cp), "indexed utf16→cp in {text:?} at {utf16}");
        assert_eq!(cp_to_byte(text, cp), Ok(byte), "cp→byte in {text:?} at {cp}");
        assert_eq!(byte_to_cp(text, byte), Ok(cp), "byte→cp in {text:?} at {byte}");
    }

    #[test]
    fn ascii_offsets_agree_in_every_unit() {
        check("plain", 0, 0, 0);
        check("plain", 3, 3, 3);
        check("plain", 5, 5, 5);
    }

    #[test]
    fn emoji_take_two_utf16_units_and_four_bytes() {
        // 👋 is U+1F44B: a surrogate pair in UTF-16.
        let text = "Hi 👋 there";
        check(text, 3, 3, 3);
        check(text, 4, 5, 7);
        check(text, 10, 11, 13);
        assert_eq!(utf16_to_cp(text, 4), Err(OffsetError::InsideCharacter { offset: 4 }));
        assert_eq!(Utf16Index::new(text).to_cp(4), Err(OffsetError::InsideCharacter { offset: 4 }));
        assert_eq!(slice(text, Span::new(5, 10)), Ok("there"));
    }

    #[test]
    fn arabic_right_to_left_counts_in_logical_order() {
        // Each Arabic letter is one code point, one UTF-16 unit and two bytes.
        let text = "قال: «نعيد تعريف العلاقات»";
        check(text, 3, 3, 6);
        assert_eq!(slice(text, Span::new(0, 3)), Ok("قال"));
        assert_eq!(text.encode_utf16().count(), cp_len(text));
    }

    #[test]
    fn combining_marks_are_code_points_of_their_own() {
        // "é" written as e + U+0301.
        let text = "cafe\u{301} noir";
        check(text, 5, 5, 6);
        assert_eq!(slice(text, Span::new(0, 5)), Ok("cafe\u{301}"));
    }

    #[test]
    fn no_break_space_is_one_code_point_of_two_bytes() {
        let text = "Published\u{a0}:\u{a0}15 Oct";
        check(text, 10, 10, 11);
        check(text, 12, 12, 14);
    }

    #[test]
    fn offsets_past_the_end_are_errors() {
        assert_eq!(cp_to_utf16("ab", 3), Err(OffsetError::PastEnd { offset: 3, len: 2 }));
        assert_eq!(utf16_to_cp("ab", 3), Err(OffsetError::PastEnd { offset: 3, len: 2 }));
        assert_eq!(Utf16Index::new("ab").to_cp(3), Err(OffsetError::PastEnd { offset: 3, len: 2 }));
        assert_eq!(cp_to_byte("ab", 3), Err(OffsetError::PastEnd { offset: 3, len: 2 }));
        assert_eq!(byte_to_cp("é", 1), Err(OffsetError::InsideCharacter { offset: 1 }));
        assert!(slice("ab", Span::new(1, 4)).is_err());
    }

    #[test]
    fn the_index_agrees_with_the_plain_conversion() {
        let text: String = (0..500).map(|i| ["a", "é", "👋", "\u{301}", "ق"][i % 5]).collect();
        let index = CpIndex::new(&text);
        assert_eq!(index.len(), 500);
        for cp in 0..=500 {
            assert_eq!(index.byte(cp), cp_to_byte(&text, cp), "at {cp}");
        }
        assert!(index.byte(501).is_err());
        assert_eq!(index.slice(Span::new(2, 4)), slice(&text, Span::new(2, 4)));
    }

    #[test]
    fn the_index_agrees_where_ascii_runs_and_other_letters_mix() {
        // ASCII runs of every length up to twice the stride, each followed by a
        // letter of two, three or four bytes or a newline: checkpoints fall at
        // every place in the eight-byte words the index reads.
        let text: String =
            (0..300).map(|i| format!("{}{}", "x".repeat(i % 150), ["é", "ق", "👋", "\n"][i % 4])).collect();
        let index = CpIndex::new(&text);
        let len = text.chars().count();
        assert_eq!(index.len(), len);
        for cp in 0..=len {
            assert_eq!(index.byte(cp), cp_to_byte(&text, cp), "at {cp}");
        }
        assert_eq!(CpIndex::new("").len(), 0);
        assert_eq!(CpIndex::new(&"y".repeat(128)).byte(127), Ok(127));
    }

    #[test]
    fn crlf_and_cr_become_lf() {
        assert_eq!(normalize_newlines("a\r\nb\rc\nd"), "a\nb\nc\nd");
        assert_eq!(normalize_newlines("no change"), "no change");
    }

    #[test]
    fn spans_widen_to_whole_graphemes() {
        // 👋🏽 is two code points (hand + skin tone); e + U+0301 is two code points.
        let text = "a👋🏽b cafe\u{301}!";
        assert_eq!(snap_to_graphemes(text, Span::new(2, 4)), Span::new(1, 4));
        assert_eq!(snap_to_graphemes(text, Span::new(0, 2)), Span::new(0, 3));
        assert_eq!(snap_to_graphemes(text, Span::new(5, 9)), Span::new(5, 10));
        assert_eq!(snap_to_graphemes(text, Span::new(3, 4)), Span::new(3, 4));
    }

    #[test]
    fn span_relations() {
        let s = Span::new(2, 5);
        assert!(s.contains(2) && s.contains(4) && !s.contains(5));
        assert_eq!(s.len(), 3);
        assert!(Span::new(3, 3).is_empty());
    }
}

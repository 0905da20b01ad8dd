//! A file's bytes as text. UTF-8 (with or without a byte-order mark) is what
//! Framelens writes and most programs do; spreadsheets save "Unicode text" as
//! UTF-16 with a byte-order mark; older Windows programs write Windows-1252, of
//! which Latin-1 is a part (as browsers read it, after the WHATWG Encoding
//! Standard). Anything else with NUL or control bytes is not text.

use crate::model::Said;
use std::borrow::Cow;

/// The encodings Framelens reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf16Le,
    Utf16Be,
    Windows1252,
}

impl Encoding {
    /// The encoding's name, as a message says it; None for UTF-8, which goes
    /// without saying.
    pub fn said(self) -> Option<Said> {
        match self {
            Encoding::Utf8 => None,
            Encoding::Utf16Le | Encoding::Utf16Be => Some(Said::new("encoding-utf16")),
            Encoding::Windows1252 => Some(Said::new("encoding-windows-1252")),
        }
    }
}

/// What Windows-1252 has at 0x80 to 0x9F, where Latin-1 has control characters;
/// the five bytes it leaves undefined stand for those controls, as in browsers.
const WINDOWS_1252_HIGH: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž', '\u{8F}', '\u{90}',
    '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}', 'ž', 'Ÿ',
];

/// `bytes` as text, with the encoding they were read in; None when they are not
/// text in any of them.
pub fn decode(bytes: &[u8]) -> Option<(Cow<'_, str>, Encoding)> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return std::str::from_utf8(rest).ok().map(|text| (Cow::Borrowed(text), Encoding::Utf8));
    }
    let utf16 = |rest: &[u8], unit: fn([u8; 2]) -> u16, encoding| {
        if !rest.len().is_multiple_of(2) {
            return None;
        }
        let units = rest.chunks_exact(2).map(|pair| unit([pair[0], pair[1]]));
        let text: String = char::decode_utf16(units).collect::<Result<_, _>>().ok()?;
        Some((Cow::Owned(text), encoding))
    };
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return utf16(rest, u16::from_le_bytes, Encoding::Utf16Le);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return utf16(rest, u16::from_be_bytes, Encoding::Utf16Be);
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Some((Cow::Borrowed(text), Encoding::Utf8));
    }
    // Not UTF-8: Windows-1252, unless control bytes say it is no text at all.
    let control = |b: &&u8| **b < 0x20 && !matches!(**b, b'\t' | b'\n' | b'\r' | 0x0C);
    if bytes.iter().any(|b| control(&b)) {
        return None;
    }
    let text = bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9F => WINDOWS_1252_HIGH[usize::from(b - 0x80)],
            _ => char::from(b),
        })
        .collect();
    Some((Cow::Owned(text), Encoding::Windows1252))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_encoding_is_read_and_named() {
        let text = "Café “quoted” — 1,5 €";
        let mut utf16le = vec![0xFF, 0xFE];
        utf16le.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        let mut utf16be = vec![0xFE, 0xFF];
        utf16be.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
        let windows: Vec<u8> = b"Caf\xE9 \x93quoted\x94 \x97 1,5 \x80".to_vec();
        let bom: Vec<u8> = [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat();
        for (bytes, encoding) in [
            (text.as_bytes().to_vec(), Encoding::Utf8),
            (bom, Encoding::Utf8),
            (utf16le, Encoding::Utf16Le),
            (utf16be, Encoding::Utf16Be),
            (windows, Encoding::Windows1252),
        ] {
            let (read, found) = decode(&bytes).unwrap();
            assert_eq!((read.as_ref(), found), (text, encoding));
        }
    }

    #[test]
    fn binary_files_are_no_text() {
        assert_eq!(decode(b"\x89PNG\r\n\x1a\n\xff"), None);
        assert_eq!(decode(b"\xFF\xFE\x00"), None, "an odd number of UTF-16 bytes");
        assert_eq!(decode(b"\xFF\xFE\x00\xD8"), None, "half a surrogate pair");
    }
}

//! Annotations: a tagged span of one document, with an optional note.

use crate::model::text::document::Fingerprint;
use crate::model::text::offsets::Span;
use crate::model::Said;
use serde::{Deserialize, Serialize};
use sha2::Digest;
use std::fmt;
use std::rc::Rc;
use std::str::FromStr;

pub use super::tags::Tag;

/// A random 128-bit identifier, written as a UUID. The UI draws it from the
/// browser's random source; the model only compares and prints it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct AnnotationId(pub u128);

impl AnnotationId {
    /// Makes a version-4 UUID from 128 random bits.
    pub fn from_random(bits: u128) -> AnnotationId {
        let version = (bits & !(0xF << 76)) | (0x4 << 76);
        let variant = (version & !(0x3 << 62)) | (0x2 << 62);
        AnnotationId(variant)
    }

    /// Makes an id from a record's own description, for formats that carry no id:
    /// the same record always gets the same id, so a second import of a file is
    /// recognised. Written as a version-8 (custom) UUID.
    pub fn derived(description: &str) -> AnnotationId {
        let digest = sha2::Sha256::digest(description.as_bytes());
        let mut bytes = [0; 16];
        bytes.copy_from_slice(&digest[..16]);
        let bits = u128::from_be_bytes(bytes);
        let version = (bits & !(0xF << 76)) | (0x8 << 76);
        AnnotationId((version & !(0x3 << 62)) | (0x2 << 62))
    }

    pub fn urn(self) -> String {
        format!("urn:uuid:{self}")
    }
}

impl fmt::Display for AnnotationId {
    /// Written digit by digit into a buffer: an export prints every id, and going
    /// through `format!` twice per id was a visible part of exporting 10,000.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        const DIGITS: &[u8; 16] = b"0123456789abcdef";
        let mut out = [b'-'; 36];
        let mut bits = self.0;
        for at in (0..36).rev().filter(|at| ![8, 13, 18, 23].contains(at)) {
            out[at] = DIGITS[(bits & 0xF) as usize];
            bits >>= 4;
        }
        f.write_str(std::str::from_utf8(&out).expect("hex digits and dashes are ASCII"))
    }
}

impl FromStr for AnnotationId {
    type Err = Said;

    /// Reads a UUID, with or without the `urn:uuid:` prefix.
    fn from_str(text: &str) -> Result<AnnotationId, Said> {
        let bare = text.trim().strip_prefix("urn:uuid:").unwrap_or(text.trim());
        let hex: String = bare.chars().filter(|c| *c != '-').collect();
        let refused = || Said::new("id-not-uuid").text("id", text);
        if hex.len() != 32 || bare.len() != 36 {
            return Err(refused());
        }
        u128::from_str_radix(&hex, 16).map(AnnotationId).map_err(|_| refused())
    }
}

impl Serialize for AnnotationId {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for AnnotationId {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

/// One tagged span. Spans of one document may overlap and nest freely.
///
/// The strings are shared (`Rc<str>`), so that copying a workspace of many
/// annotations copies pointers, not text.
#[derive(Clone, Debug, PartialEq)]
pub struct Annotation {
    pub id: AnnotationId,
    pub document: Fingerprint,
    pub span: Span,
    pub tag: Tag,
    /// Empty when there is no note.
    pub note: Rc<str>,
    /// When it was made, as an ISO 8601 time in UTC.
    pub created: Rc<str>,
    /// Who made it; empty when the reader gave no name.
    pub author: Rc<str>,
}

impl Annotation {
    /// The order of the side panel and of exports: by position, longer spans first so
    /// that an enclosing quote comes before the framing phrase inside it.
    pub fn text_order(&self) -> (usize, std::cmp::Reverse<usize>, AnnotationId) {
        (self.span.start, std::cmp::Reverse(self.span.end), self.id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_print_and_parse_as_uuids() {
        let id = AnnotationId::from_random(u128::MAX);
        let text = id.to_string();
        assert_eq!(text, "ffffffff-ffff-4fff-bfff-ffffffffffff");
        assert_eq!(text.parse::<AnnotationId>(), Ok(id));
        assert_eq!(id.urn().parse::<AnnotationId>(), Ok(id));
        assert!("not-a-uuid".parse::<AnnotationId>().is_err());
        assert!("ffffffffffff4fffbfffffffffffffffffff".parse::<AnnotationId>().is_err());
        let derived = AnnotationId::derived("a record");
        assert_eq!(derived, AnnotationId::derived("a record"));
        assert_ne!(derived, AnnotationId::derived("another record"));
        assert_eq!(&derived.to_string()[14..15], "8");
    }
}

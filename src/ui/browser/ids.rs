//! What the model leaves to its caller: fresh ids and the current time.

use crate::model::AnnotationId;

/// A random version-4 UUID from the browser's cryptographic random source.
pub fn new_annotation_id() -> AnnotationId {
    new_annotation_ids(1)[0]
}

/// `count` random UUIDs, from one call to the random source per 4,096 (its limit is
/// 64 KB a call): a call per id was most of the time of adding 10,000 annotations.
pub fn new_annotation_ids(count: usize) -> Vec<AnnotationId> {
    let mut bytes = vec![0u8; count * 16];
    let crypto = web_sys::window().and_then(|w| w.crypto().ok());
    for chunk in bytes.chunks_mut(65_536) {
        let filled = crypto.as_ref().is_some_and(|c| c.get_random_values_with_u8_array(chunk).is_ok());
        if !filled {
            // No Web Crypto (very old browsers): Math.random is enough for
            // uniqueness within one workspace.
            for byte in chunk {
                *byte = (js_sys::Math::random() * 256.0) as u8;
            }
        }
    }
    bytes
        .chunks_exact(16)
        .map(|b| AnnotationId::from_random(u128::from_le_bytes(b.try_into().expect("16 bytes"))))
        .collect()
}

/// The current time as ISO 8601 in UTC.
pub fn now() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

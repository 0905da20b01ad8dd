//! What the model leaves to its caller: fresh ids and the current time.

use crate::model::AnnotationId;

/// A random version-4 UUID from the browser's cryptographic random source.
pub fn new_annotation_id() -> AnnotationId {
    let mut bytes = [0u8; 16];
    let filled = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .is_some_and(|crypto| crypto.get_random_values_with_u8_array(&mut bytes).is_ok());
    if !filled {
        // No Web Crypto (very old browsers): Math.random is enough for uniqueness
        // within one workspace.
        for byte in &mut bytes {
            *byte = (js_sys::Math::random() * 256.0) as u8;
        }
    }
    AnnotationId::from_random(u128::from_le_bytes(bytes))
}

/// The current time as ISO 8601 in UTC.
pub fn now() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

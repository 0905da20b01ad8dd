//! Long JS strings copied into wasm memory without the room wasm-bindgen's own
//! copy reserves.

use wasm_bindgen::{JsCast, JsValue};

/// How much of a text crosses into wasm at a time, in UTF-16 units.
const TEXT_SLICE: usize = 1 << 16;

/// `value`'s text if it is a string, copied into wasm a slice at a time (None
/// otherwise). wasm-bindgen copies a string with any letter outside ASCII into
/// room for three bytes a letter before it shrinks the copy, and wasm memory keeps
/// what it grew by: a 5 MB article grew it by 15 MB at once.
pub fn from_js(value: &JsValue) -> Option<String> {
    let text = value.dyn_ref::<js_sys::JsString>()?;
    let units = text.length() as usize;
    // Room for a text of mostly one-byte letters: an article in English or French.
    let mut copy = String::with_capacity(units + units / 8);
    let mut start = 0;
    while start < units {
        let mut end = (start + TEXT_SLICE).min(units);
        // Never between the two halves of a letter outside the BMP.
        if end < units && (0xD800..0xDC00).contains(&(text.char_code_at(end as u32 - 1) as u32)) {
            end -= 1;
        }
        // Room for the slice before it is made (three bytes a unit at most): the
        // copy then grows where it is, not moved past the slice, and by an eighth
        // at least, not copied again for every slice of a text in Arabic.
        let most = 3 * (end - start);
        if copy.capacity() - copy.len() < most {
            copy.reserve_exact(most.max(copy.len() / 8));
        }
        copy.push_str(&String::from(text.slice(start as u32, end as u32)));
        start = end;
    }
    Some(copy)
}

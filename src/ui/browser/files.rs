//! Files in and out of the page: downloads, and reading the files a reader picks
//! or drops.

use crate::model::text::bidi::isolate;
use crate::ui::language;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, BlobPropertyBag, File, FileList, HtmlAnchorElement, Url};

/// `content` as a Blob of type `mime`.
pub fn blob(content: &[u8], mime: &str) -> Result<Blob, JsValue> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(content));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    Blob::new_with_u8_array_sequence_and_options(&parts, &options)
}

/// Offers `content` as a download named `name`.
pub fn download(name: &str, mime: &str, content: &[u8]) -> Result<(), JsValue> {
    download_blob(name, &blob(content, mime)?)
}

/// Offers a file the browser already holds as a download named `name`.
pub fn download_blob(name: &str, blob: &Blob) -> Result<(), JsValue> {
    let url = Url::create_object_url_with_blob(blob)?;
    let dom = web_sys::window().and_then(|w| w.document()).ok_or("no document")?;
    let link: HtmlAnchorElement = dom.create_element("a")?.unchecked_into();
    link.set_href(&url);
    link.set_download(name);
    link.click();
    Url::revoke_object_url(&url)
}

/// The files of a file list, in order.
pub fn list(files: Option<FileList>) -> Vec<File> {
    let Some(files) = files else { return Vec::new() };
    (0..files.length()).filter_map(|i| files.get(i)).collect()
}

/// Reads whole files, refusing files over `max` bytes before reading them; the
/// results are in the files' order. Every read starts at once, so that a class's
/// forty files take about as long as one rather than forty in turn.
pub async fn read_all(files: &[File], max: usize) -> Vec<Result<Vec<u8>, String>> {
    let started: Vec<Result<JsFuture, String>> = files
        .iter()
        .map(|file| {
            if file.size() > max as f64 {
                let words = language::current();
                Err(words.with(
                    "file-too-large",
                    &[("file", isolate(&file.name()).into()), ("limit", (max / 1_048_576).into())],
                ))
            } else {
                Ok(JsFuture::from(file.array_buffer()))
            }
        })
        .collect();
    let mut read = Vec::with_capacity(files.len());
    for (file, reading) in files.iter().zip(started) {
        read.push(match reading {
            Ok(buffer) => match buffer.await {
                Ok(buffer) => Ok(js_sys::Uint8Array::new(&buffer).to_vec()),
                Err(_) => Err(language::current().one("file-not-readable", "file", isolate(&file.name()))),
            },
            Err(reason) => Err(reason),
        });
    }
    read
}

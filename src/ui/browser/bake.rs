//! An exercise baked into the single-file page: one HTML file that a student opens
//! (from a USB stick or an e-mail, with file://) straight into the exercise.
//!
//! The exercise file rides in a data block (`<script type=application/json>`),
//! which the page's Content-Security-Policy does not govern, since it never runs.
//! The page to bake into is the single file as it started: www/offline.js keeps its
//! source, and a hosted page fetches framelens.html from beside itself.

use crate::model::formats::report::escape;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The id of the data block.
const ELEMENT: &str = "framelens-exercise";

/// The exercise baked into this page.
#[derive(PartialEq)]
pub struct Baked {
    pub id: String,
    /// An exercise file (`formats::exercise_file`).
    pub file: String,
}

/// The exercise baked into this page, if it is such a page.
pub fn baked_exercise() -> Option<Baked> {
    let block = gloo_utils::document().get_element_by_id(ELEMENT)?;
    Some(Baked { id: block.get_attribute("data-exercise")?, file: block.text_content()? })
}

/// The single-file page with `file`, the student's exercise file for the exercise
/// `id`, baked in (in place of any exercise the page had).
pub async fn bake(id: &str, file: &str) -> Result<String, String> {
    let page = without_exercise(pristine_page().await?);
    let at = page.rfind("</body>").ok_or("the page has no body")?;
    // "<" only ever occurs inside JSON strings, where \u003c means the same and
    // cannot end the block.
    let block = format!(
        "<script type=\"application/json\" id=\"{ELEMENT}\" data-exercise=\"{}\">{}</script>",
        escape(id),
        file.replace('<', "\\u003c")
    );
    Ok(format!("{}{block}{}", &page[..at], &page[at..]))
}

/// The source of the single-file page.
async fn pristine_page() -> Result<String, String> {
    let window = web_sys::window().ok_or("no window")?;
    if let Some(source) = js_sys::Reflect::get(&window, &JsValue::from_str("framelensSource"))
        .ok()
        .and_then(|s| super::text::from_js(&s))
    {
        return Ok(source);
    }
    let unavailable = |_| crate::ui::language::current().get("single-file-missing");
    let response: web_sys::Response =
        JsFuture::from(window.fetch_with_str("framelens.html")).await.map_err(unavailable)?.unchecked_into();
    if !response.ok() {
        return Err(unavailable(JsValue::NULL));
    }
    let text = JsFuture::from(response.text().map_err(unavailable)?).await.map_err(unavailable)?;
    super::text::from_js(&text).ok_or_else(|| unavailable(JsValue::NULL))
}

/// `page` without a baked exercise's data block.
fn without_exercise(mut page: String) -> String {
    let marker = format!("id=\"{ELEMENT}\"");
    if let Some(at) = page.find(&marker) {
        let start = page[..at].rfind("<script").unwrap_or(at);
        let end = page[at..].find("</script>").map_or(page.len(), |end| at + end + "</script>".len());
        page.replace_range(start..end, "");
    }
    page
}

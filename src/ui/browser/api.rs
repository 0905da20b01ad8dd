//! A small scripting API on `window.framelens`, for pages that embed Framelens and for
//! benchmarks that load annotations in bulk. Values cross the boundary as plain JS
//! objects: out through serde-wasm-bindgen, in as JSON (see [`from_js`]); changes go
//! through the same actions as the UI, so they are undoable and autosaved. The page
//! shows a change on its next render.

use super::ids;
use crate::model::app::{Action, AppState};
use crate::model::formats::native;
use crate::model::{Annotation, Document, Edit, Fingerprint, Span, Tag, TagSet};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use yew::Callback;

/// An annotation as scripts see it: code-point offsets into the current article.
#[derive(Serialize, Deserialize)]
struct ScriptAnnotation {
    #[serde(default)]
    id: String,
    start: usize,
    end: usize,
    tag: String,
    #[serde(default)]
    note: String,
}

#[derive(Serialize)]
struct ScriptDocument {
    fingerprint: String,
    title: String,
    source: String,
    /// In code points.
    length: usize,
}

/// The state as of the last render, which the API reads (a handle: cheap to keep).
pub type Latest = Rc<RefCell<yew::UseReducerHandle<AppState>>>;

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    serde_wasm_bindgen::to_value(value).map_err(JsValue::from)
}

/// Reads a script's value as JSON: one `JSON.stringify` and one parse. Reading it
/// field by field through serde-wasm-bindgen crosses into JS for every field, and
/// with the text took 22 ms of the 54 ms of adding a 1 MB article with 10,000
/// annotations.
fn from_js<T: DeserializeOwned>(value: &JsValue) -> Result<T, JsValue> {
    let json = js_sys::JSON::stringify(value)?.as_string().ok_or("expected an object or a list")?;
    serde_json::from_str(&json).map_err(|e| e.to_string().into())
}

/// The edits that add the annotations `list` describes to `document`, after the
/// tags they name that the set lacks, as an import adds them. Malformed items (a
/// missing field, a tag that cannot be one) are refused with their index.
fn annotation_edits(
    document: &Fingerprint,
    tags: &TagSet,
    list: &[ScriptAnnotation],
) -> Result<Vec<Edit>, JsValue> {
    let created: Rc<str> = ids::now().into();
    let empty: Rc<str> = "".into();
    let mut edits = Vec::with_capacity(list.len() + 1);
    // Each name is looked up once (a list repeats a few names many times); new
    // ones join the set in the order they first appear.
    let mut names: HashMap<&str, Option<Tag>> = HashMap::new();
    let mut first_seen = Vec::new();
    for item in list {
        if names.insert(item.tag.as_str(), None).is_none() {
            first_seen.push(item.tag.as_str());
        }
    }
    let (tags, added) = tags.adding(first_seen);
    if !added.is_empty() {
        edits.push(Edit::SetTags(Rc::new(tags.clone())));
    }
    for (name, tag) in names.iter_mut() {
        *tag = tags.find(name).cloned();
    }
    let ids = ids::new_annotation_ids(list.len());
    for (n, (item, id)) in list.iter().zip(ids).enumerate() {
        let tag = names[item.tag.as_str()]
            .clone()
            .ok_or_else(|| format!("item {n}: {:?} cannot be a tag", item.tag))?;
        edits.push(Edit::AddAnnotation(Annotation {
            id,
            document: document.clone(),
            span: Span::new(item.start, item.end),
            tag,
            note: if item.note.is_empty() { empty.clone() } else { item.note.as_str().into() },
            created: created.clone(),
            author: empty.clone(),
        }));
    }
    Ok(edits)
}

/// Makes the annotations `list` describes on the current article, as one undoable
/// change, and returns how many it submitted. Malformed items throw; a span outside
/// the text makes the page refuse the whole change with a message, as it refuses any
/// invalid edit.
fn add_annotations(latest: &Latest, dispatch: &Callback<Action>, list: JsValue) -> Result<JsValue, JsValue> {
    let list: Vec<ScriptAnnotation> = from_js(&list)?;
    let document = latest.borrow().current.clone().ok_or("no article is open")?;
    let tags = latest.borrow().session.workspace().shared_tags();
    let edits = annotation_edits(&document, &tags, &list)?;
    let count = edits.iter().filter(|e| matches!(e, Edit::AddAnnotation(_))).count();
    dispatch.emit(Action::Edit(Edit::Batch(edits)));
    Ok(JsValue::from(count as u32))
}

/// Adds an article with its annotations as one undoable change, opens it, and
/// returns its fingerprint. A text that is not acceptable (empty, too large) throws.
fn add_document(latest: &Latest, dispatch: &Callback<Action>, value: JsValue) -> Result<JsValue, JsValue> {
    // The text crosses as the string it is: as JSON it would be escaped, copied and
    // parsed again, which took longer than the 10,000 annotations beside it.
    let field = |name: &str| js_sys::Reflect::get(&value, &name.into()).ok().filter(|v| !v.is_undefined());
    let string = |name: &str| match field(name) {
        None => Ok(String::new()),
        Some(v) => v.as_string().ok_or_else(|| JsValue::from(format!("{name} must be a string"))),
    };
    let text = field("text").ok_or("addDocument needs a text")?.as_string().ok_or("text must be a string")?;
    let annotations: Vec<ScriptAnnotation> =
        field("annotations").map_or(Ok(Vec::new()), |list| from_js(&list))?;
    let document = Document::new(&string("title")?, &string("source")?, &text).map_err(|e| e.to_string())?;
    let fingerprint = document.fingerprint().clone();
    let mut edits = vec![Edit::AddDocument(document)];
    let tags = latest.borrow().session.workspace().shared_tags();
    edits.extend(annotation_edits(&fingerprint, &tags, &annotations)?);
    dispatch.emit(Action::Edit(Edit::Batch(edits)));
    Ok(fingerprint.to_string().into())
}

fn annotations(state: &AppState) -> Result<JsValue, JsValue> {
    let workspace = state.session.workspace();
    let list: Vec<ScriptAnnotation> = state
        .current
        .as_ref()
        .map(|doc| workspace.annotations_of(doc))
        .unwrap_or_default()
        .into_iter()
        .map(|a| ScriptAnnotation {
            id: a.id.to_string(),
            start: a.span.start,
            end: a.span.end,
            tag: a.tag.name().to_owned(),
            note: a.note.to_string(),
        })
        .collect();
    to_js(&list)
}

fn documents(state: &AppState) -> Result<JsValue, JsValue> {
    let list: Vec<ScriptDocument> = state
        .session
        .workspace()
        .documents()
        .iter()
        .map(|d| ScriptDocument {
            fingerprint: d.fingerprint().to_string(),
            title: d.title.clone(),
            source: d.source.clone(),
            length: d.len(),
        })
        .collect();
    to_js(&list)
}

/// The size of the app's WebAssembly memory, for measuring what a workspace costs.
fn wasm_memory_bytes() -> JsValue {
    let memory: js_sys::WebAssembly::Memory = wasm_bindgen::memory().unchecked_into();
    let buffer: js_sys::ArrayBuffer = memory.buffer().unchecked_into();
    JsValue::from(buffer.byte_length())
}

/// One API function: takes one argument (or undefined), returns a value or throws.
type Method = dyn Fn(JsValue) -> Result<JsValue, JsValue>;

/// The installed API; dropping it removes `window.framelens`.
pub struct Installed {
    _closures: Vec<Closure<Method>>,
}

impl Drop for Installed {
    fn drop(&mut self) {
        let _ = js_sys::Reflect::delete_property(
            js_sys::global().unchecked_ref::<js_sys::Object>(),
            &"framelens".into(),
        );
    }
}

/// Installs `window.framelens` with `documents()`, `annotations()`,
/// `addAnnotations(list)`, `addDocument({title, source, text, annotations})`,
/// `exportWorkspace()` and `wasmMemoryBytes()`.
pub fn install(latest: Latest, dispatch: Callback<Action>) -> Installed {
    let methods: Vec<(&str, Box<Method>)> = vec![
        (
            "documents",
            Box::new({
                let latest = latest.clone();
                move |_| documents(&latest.borrow())
            }),
        ),
        (
            "annotations",
            Box::new({
                let latest = latest.clone();
                move |_| annotations(&latest.borrow())
            }),
        ),
        (
            "addAnnotations",
            Box::new({
                let latest = latest.clone();
                let dispatch = dispatch.clone();
                move |list| add_annotations(&latest, &dispatch, list)
            }),
        ),
        (
            "addDocument",
            Box::new({
                let (latest, dispatch) = (latest.clone(), dispatch.clone());
                move |value| add_document(&latest, &dispatch, value)
            }),
        ),
        ("wasmMemoryBytes", Box::new(|_| Ok(wasm_memory_bytes()))),
        (
            "exportWorkspace",
            Box::new(move |_| Ok(native::export(latest.borrow().session.workspace()).into())),
        ),
    ];
    let api = js_sys::Object::new();
    let mut closures = Vec::new();
    for (name, method) in methods {
        let closure = Closure::wrap(method);
        let _ = js_sys::Reflect::set(&api, &name.into(), closure.as_ref());
        closures.push(closure);
    }
    let _ = js_sys::Reflect::set(&js_sys::global(), &"framelens".into(), &api);
    Installed { _closures: closures }
}

/// Installs `window.framelens` for as long as the page is open.
#[yew::hook]
pub fn use_api(latest: Latest, dispatch: Callback<Action>) {
    yew::use_effect_with((), move |_| {
        let installed = install(latest, dispatch);
        move || drop(installed)
    });
}

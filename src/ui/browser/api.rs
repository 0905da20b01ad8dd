//! A small scripting API on `window.framelens`, for pages that embed Framelens and for
//! benchmarks that load annotations in bulk. Values cross the boundary as plain JS
//! objects: out through serde-wasm-bindgen, in as columns (see `api.js`); changes go
//! through the same actions as the UI, so they are undoable and autosaved. The page
//! shows a change on its next render.

use super::ids;
use crate::model::app::{Action, AppState};
use crate::model::formats::native;
use crate::model::{Annotation, Document, Edit, Fingerprint, Span, Tag, TagSet};
use serde::Serialize;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};
use yew::Callback;

/// An annotation as scripts see it: code-point offsets into the current article.
#[derive(Serialize)]
struct ScriptAnnotation {
    id: String,
    start: usize,
    end: usize,
    tag: String,
    note: String,
}

#[wasm_bindgen(module = "/src/ui/browser/api.js")]
extern "C" {
    /// A script's list of annotations read into columns by `api.js`.
    type Columns;
    /// Reads a script's list of annotations; throws naming the first malformed item.
    #[wasm_bindgen(catch, js_name = readAnnotations)]
    fn read_annotations(list: &JsValue) -> Result<Columns, JsValue>;
    #[wasm_bindgen(method, getter)]
    fn starts(this: &Columns) -> Vec<u32>;
    #[wasm_bindgen(method, getter)]
    fn ends(this: &Columns) -> Vec<u32>;
    /// Each item's tag, as an index into `names`.
    #[wasm_bindgen(method, getter)]
    fn tags(this: &Columns) -> Vec<u32>;
    /// The tag names, each once, in the order they first appear.
    #[wasm_bindgen(method, getter)]
    fn names(this: &Columns) -> Vec<String>;
    /// The notes that are not empty, in item order.
    #[wasm_bindgen(method, getter)]
    fn notes(this: &Columns) -> Vec<String>;
    /// The item each of `notes` belongs to.
    #[wasm_bindgen(method, getter, js_name = noteItems)]
    fn note_items(this: &Columns) -> Vec<u32>;
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

/// The edits that add the annotations `list` describes to `document`, after the
/// tags they name that the set lacks, as an import adds them. A name that cannot
/// be a tag is refused with the first item that gives it.
fn annotation_edits(document: &Fingerprint, tags: &TagSet, list: &Columns) -> Result<Vec<Edit>, JsValue> {
    let (starts, ends, items_tags) = (list.starts(), list.ends(), list.tags());
    let (names, notes, note_items) = (list.names(), list.notes(), list.note_items());
    let created: Rc<str> = ids::now().into();
    let empty: Rc<str> = "".into();
    let mut edits = Vec::with_capacity(starts.len() + 1);
    // New names join the set in the order they first appear.
    let (tags, added) = tags.adding(names.iter().map(String::as_str));
    if !added.is_empty() {
        edits.push(Edit::SetTags(Rc::new(tags.clone())));
    }
    let found: Vec<Option<Tag>> = names.iter().map(|name| tags.find(name).cloned()).collect();
    if let Some(missing) = found.iter().position(Option::is_none) {
        let item = items_tags.iter().position(|t| *t as usize == missing).unwrap_or_default();
        return Err(format!("item {item}: {:?} cannot be a tag", names[missing]).into());
    }
    let mut notes = note_items.into_iter().zip(notes).peekable();
    let ids = ids::new_annotation_ids(starts.len());
    for (n, id) in ids.into_iter().enumerate() {
        let note = match notes.next_if(|(item, _)| *item as usize == n) {
            Some((_, note)) => note.into(),
            None => empty.clone(),
        };
        edits.push(Edit::AddAnnotation(Annotation {
            id,
            document: document.clone(),
            span: Span::new(starts[n] as usize, ends[n] as usize),
            tag: found[items_tags[n] as usize].clone().expect("every name was found"),
            note,
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
    let list = read_annotations(&list)?;
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
    let text = super::text::from_js(&field("text").ok_or("addDocument needs a text")?)
        .ok_or("text must be a string")?;
    let annotations = read_annotations(&field("annotations").unwrap_or_else(|| js_sys::Array::new().into()))?;
    let document = Document::new(&string("title")?, &string("source")?, &text).map_err(|e| e.to_string())?;
    // The document holds its own copy: this one goes before the annotations are
    // made, or wasm memory grows by the text's size again to hold them beside it.
    drop(text);
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

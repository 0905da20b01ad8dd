//! What is typed into a dialog's form, kept as it is typed: a form that is saved
//! only when the reader says so (the exercise) still has her words after the
//! page is closed or the browser crashes, until she saves them.

use crate::ui::browser::storage;
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement, HtmlTextAreaElement};

/// The fields of a form, by name (a checkbox by name and value), for the thing
/// the form edits (`of`: an exercise's id, say).
#[derive(Serialize, Deserialize, PartialEq)]
pub struct Draft {
    of: String,
    fields: Vec<(String, String)>,
}

/// A named field of a form.
enum Field {
    Input(HtmlInputElement),
    Area(HtmlTextAreaElement),
}

impl Field {
    fn checkbox(&self) -> bool {
        matches!(self, Field::Input(input) if input.type_() == "checkbox")
    }

    /// Its name; a checkbox's with its value (several share a name).
    fn name(&self) -> String {
        match self {
            Field::Input(input) if self.checkbox() => format!("{}={}", input.name(), input.value()),
            Field::Input(input) => input.name(),
            Field::Area(area) => area.name(),
        }
    }

    /// Its text, or whether it is ticked.
    fn get(&self) -> String {
        match self {
            Field::Input(input) if self.checkbox() => input.checked().to_string(),
            Field::Input(input) => input.value(),
            Field::Area(area) => area.value(),
        }
    }

    fn set(&self, value: &str) {
        match self {
            Field::Input(input) if self.checkbox() => input.set_checked(value == "true"),
            Field::Input(input) => input.set_value(value),
            Field::Area(area) => area.set_value(value),
        }
    }
}

/// The named fields of `form`.
fn named(form: &Element) -> Vec<Field> {
    let Ok(list) = form.query_selector_all("input[name], textarea[name]") else { return Vec::new() };
    (0..list.length())
        .filter_map(|n| list.item(n))
        .filter_map(|node| match node.dyn_into::<HtmlInputElement>() {
            Ok(input) => Some(Field::Input(input)),
            Err(node) => node.dyn_into::<HtmlTextAreaElement>().ok().map(Field::Area),
        })
        .collect()
}

/// Each named field of `form`: its text, or whether it is ticked.
fn fields(form: &Element) -> Vec<(String, String)> {
    named(form).iter().map(|field| (field.name(), field.get())).collect()
}

/// Puts `fields` into `form`.
pub fn fill(form: &Element, fields: &[(String, String)]) {
    for field in named(form) {
        let name = field.name();
        if let Some((_, value)) = fields.iter().find(|(n, _)| *n == name) {
            field.set(value);
        }
    }
}

fn key(slot: &str) -> String {
    format!("draft {slot}")
}

/// Keeps what `form` holds now, as the draft of `of`.
pub fn keep(slot: &str, of: &str, form: &Element) {
    let draft = Draft { of: of.to_owned(), fields: fields(form) };
    let (key, text) = (key(slot), serde_json::to_string(&draft).unwrap_or_default());
    wasm_bindgen_futures::spawn_local(async move { storage::save_text(&key, &text).await });
}

/// Puts the kept draft of `of` back into `form`, if there is one that differs
/// from what the form shows; whether it did.
pub async fn bring_back(slot: &str, of: &str, form: &Element) -> bool {
    let Some(text) = storage::load_text(&key(slot)).await else { return false };
    let Ok(draft) = serde_json::from_str::<Draft>(&text) else { return false };
    if draft.of != of || draft.fields == fields(form) {
        return false;
    }
    fill(form, &draft.fields);
    true
}

/// Lets go of the draft: what it held is saved, or the reader discarded it.
pub fn drop_draft(slot: &str) {
    let key = key(slot);
    wasm_bindgen_futures::spawn_local(async move { storage::remove(&key).await });
}

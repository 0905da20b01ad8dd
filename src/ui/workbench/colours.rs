//! Light or dark colours: as the system is set, or as the reader chose in the
//! header. The choice is kept in the browser's local storage and applied as
//! `data-colours` on `<html>`; the style sheet does the rest (`light-dark()`).
//! A browser without `light-dark()` shows the light colours, and no menu.

use crate::ui::language::use_words;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

const KEY: &str = "framelens colours";

/// The choices, as stored, and the ids of the words the menu says them in.
const CHOICES: [(&str, &str); 3] =
    [("system", "colours-system"), ("light", "colours-light"), ("dark", "colours-dark")];

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// Shows the page in `choice`'s colours.
fn apply(choice: &str) {
    let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) else {
        return;
    };
    let _ = match choice {
        "light" | "dark" => root.set_attribute("data-colours", choice),
        _ => root.remove_attribute("data-colours"),
    };
}

/// The stored choice (the system's colours unless the reader chose), applied.
fn stored() -> String {
    let choice = storage().and_then(|s| s.get_item(KEY).ok().flatten());
    let choice =
        choice.filter(|c| CHOICES.iter().any(|(name, _)| name == c)).unwrap_or_else(|| "system".into());
    apply(&choice);
    choice
}

/// Whether the browser can show dark colours: the style sheet gives them with
/// `light-dark()` (Chrome 123, Safari 17.5, Firefox 120).
fn can_be_dark() -> bool {
    web_sys::css::supports_with_value("color", "light-dark(#000, #fff)").unwrap_or(false)
}

#[function_component(ColoursMenu)]
pub fn colours_menu() -> Html {
    let words = use_words();
    let can_be_dark = use_memo((), |_| can_be_dark());
    let choice = use_state(stored);
    let onchange = {
        let choice = choice.clone();
        Callback::from(move |event: Event| {
            let value = event.target_unchecked_into::<HtmlSelectElement>().value();
            apply(&value);
            if let Some(storage) = storage() {
                let _ = storage.set_item(KEY, &value);
            }
            choice.set(value);
        })
    };
    if !*can_be_dark {
        return Html::default();
    }
    html! {
        <select class="colours" aria-label={words.get("colours-label")} {onchange}>
            { for CHOICES.iter().map(|(name, said)| html! {
                <option value={*name} selected={*choice == *name}>{ words.get(said) }</option>
            }) }
        </select>
    }
}

//! The interface's language: the reader's choice (kept in local storage), else the
//! first of the browser's languages the interface speaks. It is applied as
//! `<html lang dir>` (the style sheet mirrors the layout under `dir=rtl`) and handed
//! to every component as [`Words`], a Yew context: a change re-renders what speaks.

use crate::model::i18n::{Language, Messages};
use crate::model::text::bidi::isolate;
use std::cell::RefCell;
use std::ops::Deref;
use std::rc::Rc;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

const KEY: &str = "framelens language";

thread_local! {
    /// The words of the page's language, for work that runs outside a component
    /// (saves, file reads, opening the workspace): [`Speaking`] keeps it current.
    static CURRENT: RefCell<Option<Rc<Messages>>> = const { RefCell::new(None) };
}

/// The words of the page's language, outside a component.
pub fn current() -> Rc<Messages> {
    CURRENT
        .with(|current| current.borrow_mut().get_or_insert_with(|| Rc::new(Messages::new(initial()))).clone())
}

/// The messages of the current language, and the way to choose another.
#[derive(Clone)]
pub struct Words {
    messages: Rc<Messages>,
    choose: Callback<Language>,
    /// Speaks a language the page suggests (a student's exercise's), unless the
    /// reader chose one herself.
    pub suggest: Callback<Language>,
}

impl PartialEq for Words {
    fn eq(&self, other: &Words) -> bool {
        self.messages == other.messages
    }
}

impl Deref for Words {
    type Target = Messages;

    fn deref(&self) -> &Messages {
        &self.messages
    }
}

impl Words {
    /// The messages themselves, shared.
    pub fn messages(&self) -> Rc<Messages> {
        self.messages.clone()
    }

    /// People's names in a list, each isolated: "A", "A and B", "A, B and C".
    pub fn list(&self, names: &[String]) -> String {
        match names {
            [] => String::new(),
            [one] => isolate(one),
            [rest @ .., last] => {
                let rest: Vec<String> = rest.iter().map(|n| isolate(n)).collect();
                let rest = rest.join(&self.get("list-separator"));
                self.with("list-and", &[("rest", rest.into()), ("last", isolate(last).into())])
            }
        }
    }
}

/// The words of the page, as the root provides them.
#[hook]
pub fn use_words() -> Words {
    use_context::<Words>().expect("the root provides the words")
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// The reader's choice, else the browser's first language the interface speaks.
fn initial() -> Language {
    let chosen = storage().and_then(|s| s.get_item(KEY).ok().flatten()).and_then(|c| Language::from_code(&c));
    chosen.unwrap_or_else(|| {
        let languages = web_sys::window().map(|w| w.navigator().languages()).map(|list| list.to_vec());
        let codes: Vec<String> = languages.unwrap_or_default().iter().filter_map(|v| v.as_string()).collect();
        Language::preferred(codes.iter().map(String::as_str))
    })
}

/// Sets `<html lang dir>`.
fn apply(language: Language) {
    let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) else {
        return;
    };
    let _ = root.set_attribute("lang", language.code());
    let _ = root.set_attribute("dir", language.dir());
}

#[derive(Properties, PartialEq)]
pub struct SpeakingProps {
    pub children: Html,
}

/// Provides the words of the current language to everything inside it.
#[function_component(Speaking)]
pub fn speaking(props: &SpeakingProps) -> Html {
    let messages = use_state(|| {
        let words = current();
        apply(words.language());
        words
    });
    let speak = {
        let messages = messages.clone();
        move |language: Language| {
            apply(language);
            let chosen = Rc::new(Messages::new(language));
            CURRENT.with(|current| *current.borrow_mut() = Some(chosen.clone()));
            messages.set(chosen);
        }
    };
    let choose = {
        let speak = speak.clone();
        Callback::from(move |language: Language| {
            if let Some(storage) = storage() {
                let _ = storage.set_item(KEY, language.code());
            }
            speak(language);
        })
    };
    let current_language = messages.language();
    let suggest = Callback::from(move |language: Language| {
        let chosen = storage().and_then(|s| s.get_item(KEY).ok().flatten()).is_some();
        if !chosen && language != current_language {
            speak(language);
        }
    });
    let words = Words { messages: (*messages).clone(), choose, suggest };
    html! { <ContextProvider<Words> context={words}>{ props.children.clone() }</ContextProvider<Words>> }
}

/// The language menu in the header: each language in its own name.
#[function_component(LanguageMenu)]
pub fn language_menu() -> Html {
    let words = use_words();
    let onchange = {
        let choose = words.choose.clone();
        Callback::from(move |event: Event| {
            let value = event.target_unchecked_into::<HtmlSelectElement>().value();
            if let Some(language) = Language::from_code(&value) {
                choose.emit(language);
            }
        })
    };
    let current = words.language();
    html! {
        <select class="language" aria-label={words.get("language-label")} {onchange}>
            { for Language::ALL.iter().map(|language| html! {
                <option value={language.code()} lang={language.code()} selected={*language == current}>
                    { language.name() }
                </option>
            }) }
        </select>
    }
}

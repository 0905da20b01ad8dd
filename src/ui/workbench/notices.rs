//! What the page says to the reader: the notice that answers the last action, and
//! the imported annotations that could not be placed, listed with where they were
//! in their file and why, never dropped in silence and never guessed into place.

use crate::model::app::Notice;
use crate::model::formats::intake::at_said;
use crate::model::formats::Orphan;
use crate::ui::language::use_words;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NoticesProps {
    pub notice: Option<Notice>,
    pub on_dismiss: Callback<MouseEvent>,
    /// Stops the work a progress notice is about.
    pub on_stop: Callback<MouseEvent>,
}

/// The notice, announced politely to screen readers (errors as alerts). It floats
/// over the page rather than taking a place in it: a notice that came or went
/// between a button's press and its release would move the button from under the
/// pointer, and the click would be lost.
#[function_component(Notices)]
pub fn notices(props: &NoticesProps) -> Html {
    let words = use_words();
    let dismiss = html! {
        <button class="dismiss" aria-label={words.get("notice-dismiss")} onclick={props.on_dismiss.clone()}>{ "×" }</button>
    };
    html! {
        <div class="notices" aria-live="polite">
            { for props.notice.iter().map(|notice| match notice {
                Notice::Info(text) => html! { <div class="notice info"><p role="status">{ text }</p>{ dismiss.clone() }</div> },
                Notice::Error(text) => html! { <div class="notice error"><p role="alert">{ text }</p>{ dismiss.clone() }</div> },
                Notice::Progress(text) => html! {
                    <div class="notice progress">
                        <p role="status">{ text }</p>
                        <button class="stop" onclick={props.on_stop.clone()}>{ words.get("notice-stop") }</button>
                    </div>
                },
            }) }
        </div>
    }
}

/// How many are listed; the heading gives the full count.
const SHOWN: usize = 50;

#[derive(Properties, PartialEq)]
pub struct OrphansProps {
    pub orphans: Rc<[Orphan]>,
    pub on_dismiss: Callback<()>,
}

#[function_component(Orphans)]
pub fn orphans(props: &OrphansProps) -> Html {
    let words = use_words();
    let orphans = &props.orphans;
    html! {
        <section class="orphans" aria-labelledby="orphans-title">
            <h2 id="orphans-title">{ words.one("orphans-title", "count", orphans.len()) }</h2>
            <p class="hint">{ words.get("orphans-hint") }</p>
            <ul>
                { for orphans.iter().take(SHOWN).map(|o| html! {
                    <li>
                        <span class="chip">{ words.tag(&o.tag) }</span>
                        if !o.quote.is_empty() {
                            <q>{ &o.quote }</q>
                        }
                        <span class="reason">{ words.say(&at_said(o.at.clone(), o.reason.clone())) }</span>
                        if !o.note.is_empty() {
                            <span class="note">{ &o.note }</span>
                        }
                    </li>
                }) }
            </ul>
            if orphans.len() > SHOWN {
                <p class="hint">{ words.one("orphans-more", "count", orphans.len() - SHOWN) }</p>
            }
            <button onclick={let on_dismiss = props.on_dismiss.clone(); move |_| on_dismiss.emit(())}>{ words.get("orphans-dismiss") }</button>
        </section>
    }
}

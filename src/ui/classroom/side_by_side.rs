//! Articles side by side, each scrolling on its own, with the quotes they share
//! (`model::classroom::quotes`) linked: choosing one (click, or Enter on it) marks it and the
//! same quote in the other columns, and scrolls each column to it.

use crate::model::classroom::quotes::{shared, SharedQuote};
use crate::model::{Document, Span};
use crate::ui::dialogs::{close_on_escape, use_dialog_focus};
use crate::ui::language::use_words;
use web_sys::KeyboardEvent;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SideBySideProps {
    pub documents: Vec<Document>,
    pub on_close: Callback<()>,
}

/// The element id of a quote's member in a column.
fn member_id(group: usize, member: usize) -> String {
    format!("quote-{group}-{member}")
}

#[function_component(SideBySide)]
pub fn side_by_side(props: &SideBySideProps) -> Html {
    let shown = use_state(|| (0..props.documents.len()).map(|n| n < 2).collect::<Vec<bool>>());
    let chosen = use_state(|| None::<usize>);
    let words = use_words();
    let first = use_node_ref();
    use_dialog_focus(first.clone());
    let columns: Vec<&Document> =
        props.documents.iter().zip(shown.iter()).filter(|(_, on)| **on).map(|(d, _)| d).collect();
    let quotes: Vec<SharedQuote> =
        use_memo(columns.iter().map(|d| d.fingerprint().clone()).collect::<Vec<_>>(), {
            let columns: Vec<Document> = columns.iter().map(|d| (*d).clone()).collect();
            move |_| {
                crate::ui::browser::timing::measured("framelens: shared quotes", || {
                    shared(&columns.iter().collect::<Vec<_>>())
                })
            }
        })
        .to_vec();
    {
        // Scroll every column to the chosen quote once it is drawn.
        let (chosen, quotes) = (*chosen, quotes.clone());
        use_effect_with(chosen, move |chosen| {
            let Some(group) = *chosen else { return };
            for member in 0..quotes.get(group).map_or(0, |q| q.members.len()) {
                if let Some(element) = gloo_utils::document().get_element_by_id(&member_id(group, member)) {
                    let options = web_sys::ScrollIntoViewOptions::new();
                    options.set_block(web_sys::ScrollLogicalPosition::Center);
                    element.scroll_into_view_with_scroll_into_view_options(&options);
                }
            }
        });
    }
    let column = |(at, document): (usize, &&Document)| {
        let index = document.index();
        // This column's quote members, in text order: (span, group, member).
        let mut members: Vec<(Span, usize, usize)> = quotes
            .iter()
            .enumerate()
            .flat_map(|(g, q)| {
                q.members
                    .iter()
                    .enumerate()
                    .filter(|(_, m)| m.article == at)
                    .map(move |(n, m)| (m.span, g, n))
            })
            .collect();
        members.sort_by_key(|(span, ..)| *span);
        let mut parts: Vec<Html> = Vec::new();
        let mut cursor = 0;
        for (span, group, member) in members {
            // A member inside one already drawn (quotes that nest) is reached through it.
            if span.start < cursor {
                continue;
            }
            parts.push(html! { { index.slice(Span::new(cursor, span.start)).unwrap_or_default() } });
            let others = quotes[group].members.iter().filter(|m| m.article != at).count();
            let choose = {
                let chosen = chosen.clone();
                move || chosen.set(if *chosen == Some(group) { None } else { Some(group) })
            };
            let onclick = {
                let choose = choose.clone();
                Callback::from(move |_: MouseEvent| choose())
            };
            let onkeydown = Callback::from(move |event: KeyboardEvent| {
                if event.key() == "Enter" || event.key() == " " {
                    event.prevent_default();
                    choose();
                }
            });
            parts.push(html! {
                <span id={member_id(group, member)} class={classes!("shared-quote", (*chosen == Some(group)).then_some("linked"))}
                    role="button" tabindex="0" aria-pressed={(*chosen == Some(group)).to_string()}
                    // Named by its words; what it links to is its description.
                    title={words.one("side-also", "others", others)}
                    {onclick} {onkeydown}>
                    { index.slice(span).unwrap_or_default() }
                </span>
            });
            cursor = span.end;
        }
        parts.push(html! { { index.slice(Span::new(cursor, document.len())).unwrap_or_default() } });
        html! {
            <section class="column" aria-label={document.source.clone()}>
                <h3>{ &document.source }</h3>
                <p class="column-title">{ &document.title }</p>
                <div class="column-text" tabindex="0">{ for parts }</div>
            </section>
        }
    };
    html! {
        <div class="backdrop">
            <div class="dialog side-by-side" role="dialog" aria-modal="true" aria-labelledby="side-title"
                onkeydown={close_on_escape(&props.on_close)}>
                <h2 id="side-title">{ words.get("side-title") }</h2>
                <div class="row" role="group" aria-label={words.get("side-shown")}>
                    { for props.documents.iter().enumerate().map(|(n, d)| {
                        let shown = shown.clone();
                        let chosen = chosen.clone();
                        html! { <button ref={if n == 0 { first.clone() } else { NodeRef::default() }}
                            aria-pressed={shown[n].to_string()}
                            onclick={move |_| { let mut next = (*shown).clone(); next[n] = !next[n]; shown.set(next); chosen.set(None) }}>
                            { &d.source }</button> }
                    }) }
                </div>
                <p class="hint">{ words.one("side-quotes", "count", quotes.len()) }</p>
                <div class="columns">{ for columns.iter().enumerate().map(column) }</div>
                <div class="row end">
                    <button onclick={let on_close = props.on_close.clone(); move |_| on_close.emit(())}>{ words.get("close") }</button>
                </div>
            </div>
        </div>
    }
}

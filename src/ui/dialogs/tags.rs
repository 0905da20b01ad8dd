//! The "Tags" dialog: the workspace's tags as rows to rename, recolour, reorder,
//! define and remove, and new ones to add. A tag's key is its place (the first
//! nine have 1 to 9). Removing a tag that spans carry asks what becomes of them.
//! Saved as one edit, which one Undo takes back.

use super::{close_on_escape, use_dialog_focus};
use crate::model::annotations::palette::LOOKS;
use crate::model::annotations::tag_edit::{change_tags, new_row, removed_in_use, rows, Leaving, TagRow};
use crate::model::annotations::tags::KEYED;
use crate::model::{Edit, Tag, Workspace};
use crate::ui::language::use_words;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TagsDialogProps {
    pub workspace: Workspace,
    pub on_save: Callback<Edit>,
    pub on_close: Callback<()>,
}

/// A change to one row, or to the rows' order.
enum RowChange {
    Name(String),
    Look(usize),
    Definition(String),
    Up,
    Down,
    Remove,
}

fn changed(rows: &[TagRow], at: usize, change: RowChange) -> Vec<TagRow> {
    let mut rows = rows.to_vec();
    match change {
        RowChange::Name(name) => rows[at].name = name,
        RowChange::Look(look) => rows[at].look = look,
        RowChange::Definition(definition) => rows[at].definition = definition,
        RowChange::Up if at > 0 => rows.swap(at, at - 1),
        RowChange::Down if at + 1 < rows.len() => rows.swap(at, at + 1),
        RowChange::Remove => {
            rows.remove(at);
        }
        RowChange::Up | RowChange::Down => {}
    }
    rows
}

/// The named row whose key `key` is: the tag an answer re-tags spans as.
fn target<'r>(rows: &'r [TagRow], key: &str) -> Option<&'r TagRow> {
    rows.iter().find(|r| r.key.to_string() == key && !r.name.trim().is_empty())
}

#[function_component(TagsDialog)]
pub fn tags_dialog(props: &TagsDialogProps) -> Html {
    let workspace = &props.workspace;
    let words = use_words();
    let rows = {
        let words = words.clone();
        use_state(move || rows(workspace.tags(), |tag| words.tag(tag)))
    };
    // For each removed tag that spans carry: "delete", or the key of the row whose
    // tag they take.
    let leaving = use_state(Vec::<(Tag, String)>::new);
    let error = use_state(|| None::<String>);
    let heading = use_node_ref();
    use_dialog_focus(heading.clone());

    let change = |at: usize, make: fn(String) -> RowChange| {
        let rows = rows.clone();
        Callback::from(move |event: InputEvent| {
            let input: HtmlInputElement = event.target_unchecked_into();
            rows.set(changed(&rows, at, make(input.value())));
        })
    };
    let press = |at: usize, change: fn() -> RowChange| {
        let rows = rows.clone();
        Callback::from(move |_: MouseEvent| rows.set(changed(&rows, at, change())))
    };
    let on_add = {
        let rows = rows.clone();
        Callback::from(move |_: MouseEvent| {
            let mut next = (*rows).clone();
            next.push(new_row(&next));
            rows.set(next);
        })
    };
    let in_use = removed_in_use(workspace, &rows);
    let on_save = {
        let (rows, leaving, error, workspace) =
            (rows.clone(), leaving.clone(), error.clone(), workspace.clone());
        let (on_save, on_close, words) = (props.on_save.clone(), props.on_close.clone(), words.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let answers: Vec<(Tag, Leaving)> = leaving
                .iter()
                .filter_map(|(tag, choice)| {
                    let what = match choice.as_str() {
                        "delete" => Leaving::Delete,
                        key => Leaving::Retag(target(&rows, key)?.name.clone()),
                    };
                    Some((tag.clone(), what))
                })
                .collect();
            match change_tags(&workspace, &rows, &answers) {
                Ok(Some(edit)) => {
                    on_save.emit(edit);
                    on_close.emit(());
                }
                Ok(None) => on_close.emit(()),
                Err(why) => error.set(Some(words.sentence(&why))),
            }
        })
    };
    let count = rows.len();
    html! {
        <div class="backdrop">
            <div class="dialog tags-dialog" role="dialog" aria-modal="true" aria-labelledby="tags-title"
                onkeydown={close_on_escape(&props.on_close)}>
                <form class="dialog-form" onsubmit={on_save}>
                <h2 id="tags-title" ref={heading} tabindex="-1">{ words.get("tags-title") }</h2>
                <p class="hint">{ words.one("tags-hint", "keyed", KEYED) }</p>
                <ol class="tag-rows">
                    { for rows.iter().enumerate().map(|(at, row)| {
                        let place = at + 1;
                        let look_changed = {
                            let rows = rows.clone();
                            Callback::from(move |event: Event| {
                                let select: HtmlSelectElement = event.target_unchecked_into();
                                if let Ok(look) = select.value().parse() {
                                    rows.set(changed(&rows, at, RowChange::Look(look)));
                                }
                            })
                        };
                        html! {
                            <li class="tag-row">
                                <span class={classes!("chip", format!("chip-{}", LOOKS[row.look % LOOKS.len()].class))}
                                    aria-hidden="true">
                                    { if place <= KEYED { place.to_string() } else { "–".to_owned() } }
                                </span>
                                <input type="text" dir="auto" value={row.name.clone()} maxlength="40" required=true
                                    placeholder={words.get("tags-name-placeholder")}
                                    aria-label={words.one("tags-name", "place", place)} oninput={change(at, RowChange::Name)} />
                                <select aria-label={words.one("tags-colour", "place", place)} onchange={look_changed}>
                                    { for LOOKS.iter().enumerate().map(|(n, look)| html! {
                                        <option value={n.to_string()} selected={n == row.look}>{ words.get(&format!("look-{}", look.class)) }</option>
                                    }) }
                                </select>
                                <input type="text" dir="auto" class="definition" value={row.definition.clone()} maxlength="300"
                                    aria-label={words.one("tags-definition", "place", place)}
                                    placeholder={words.get("tags-definition-placeholder")}
                                    oninput={change(at, RowChange::Definition)} />
                                <span class="row">
                                    <button type="button" disabled={at == 0} onclick={press(at, || RowChange::Up)}
                                        aria-label={words.one("tags-up", "place", place)}>{ "↑" }</button>
                                    <button type="button" disabled={at + 1 == count} onclick={press(at, || RowChange::Down)}
                                        aria-label={words.one("tags-down", "place", place)}>{ "↓" }</button>
                                    <button type="button" disabled={count == 1} onclick={press(at, || RowChange::Remove)}
                                        aria-label={words.one("tags-remove", "place", place)}>{ words.get("tags-remove-button") }</button>
                                </span>
                            </li>
                        }
                    }) }
                </ol>
                <button type="button" onclick={on_add}>{ words.get("tags-add") }</button>
                { for in_use.iter().map(|(tag, spans)| {
                    // An answer whose row was removed, or lost its name, is no answer.
                    let chosen = leaving
                        .iter()
                        .find(|(t, _)| t == tag)
                        .map(|(_, c)| c.clone())
                        .filter(|c| c == "delete" || target(&rows, c).is_some())
                        .unwrap_or_default();
                    let on_choose = {
                        let (leaving, tag) = (leaving.clone(), tag.clone());
                        Callback::from(move |event: Event| {
                            let select: HtmlSelectElement = event.target_unchecked_into();
                            let mut next: Vec<(Tag, String)> = leaving.iter().filter(|(t, _)| *t != tag).cloned().collect();
                            next.push((tag.clone(), select.value()));
                            leaving.set(next);
                        })
                    };
                    html! {
                        <label class="leaving">
                            { words.with("tags-leaving", &[("count", (*spans).into()), ("tag", words.tag(tag).into())]) }{ " " }
                            <select onchange={on_choose} required=true>
                                <option value="" selected={chosen.is_empty()} disabled=true>{ words.get("tags-leaving-choose") }</option>
                                <option value="delete" selected={chosen == "delete"}>{ words.get("tags-leaving-delete") }</option>
                                { for rows.iter().filter(|r| !r.name.trim().is_empty()).map(|r| html! {
                                    // Keyed, so that the chosen option moves with its row.
                                    <option key={r.key} value={r.key.to_string()} selected={chosen == r.key.to_string()}>
                                        { words.one("tags-leaving-retag", "tag", r.name.trim()) }
                                    </option>
                                }) }
                            </select>
                        </label>
                    }
                }) }
                if let Some(why) = &*error {
                    <p class="notice error" role="alert">{ why }</p>
                }
                <div class="row end">
                    <button type="button" onclick={let on_close = props.on_close.clone(); move |_| on_close.emit(())}>{ words.get("tags-cancel") }</button>
                    <button type="submit" class="primary">{ words.get("tags-save") }</button>
                </div>
                </form>
            </div>
        </div>
    }
}

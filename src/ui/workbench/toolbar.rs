//! The toolbar: tag buttons, undo and redo, and the workspace's file actions.

use super::colours::ColoursMenu;
use super::tag_style;
use crate::model::app::{Action, Screen};
use crate::model::TagSet;
use crate::ui::browser::files;
use crate::ui::shell::Shell;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    pub can_undo: bool,
    pub can_redo: bool,
    pub shell: Shell,
    /// Whether there is an Exercise button (not in a student's copy).
    pub exercise: bool,
    /// Whether there is a Side by side button (not for fewer than two articles).
    pub side_by_side: bool,
    /// A locked student's copy: no Add article or Import.
    pub articles_fixed: bool,
    pub tags: Rc<TagSet>,
    /// Whether the tag set may change (not in a student's copy).
    pub tags_editable: bool,
}

#[function_component(Toolbar)]
pub fn toolbar(props: &ToolbarProps) -> Html {
    let import_input = use_node_ref();
    let shell = &props.shell;
    let on_import_pick = {
        let shell = shell.clone();
        Callback::from(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            shell.open_files(files::list(input.files()));
            input.set_value("");
        })
    };
    let open_import = {
        let input = import_input.clone();
        Callback::from(move |_| {
            if let Some(input) = input.cast::<HtmlInputElement>() {
                input.click();
            }
        })
    };
    html! {
        <div class="toolbar" role="toolbar" aria-label="Annotate">
            <div class="group tags">
                { for props.tags.tags().map(|tag| {
                    let key = props.tags.key(tag);
                    let title = match key {
                        Some(key) => format!("Tag the selection as {} (key {key})", tag.label()),
                        None => format!("Tag the selection as {}", tag.label()),
                    };
                    let (chip, shell, tag) = (tag_style::chip(&props.tags, tag), shell.clone(), tag.clone());
                    html! {
                        <button class={classes!("tag-button", chip)}
                            aria-keyshortcuts={key.map(String::from)} {title}
                            onclick={let tag = tag.clone(); move |_| shell.tag(tag.clone())}>
                            { tag.label() }
                            if let Some(key) = key {
                                <kbd aria-hidden="true">{ key }</kbd>
                            }
                        </button>
                    }
                }) }
            </div>
            <div class="group">
                <button onclick={shell.on(|| Action::Undo)} disabled={!props.can_undo} aria-keyshortcuts="Control+Z" title="Undo (Ctrl+Z)">{ "Undo" }</button>
                <button onclick={shell.on(|| Action::Redo)} disabled={!props.can_redo} aria-keyshortcuts="Control+Shift+Z" title="Redo (Ctrl+Shift+Z)">{ "Redo" }</button>
            </div>
            <div class="group files">
                if !props.articles_fixed {
                    <button onclick={shell.on(|| Action::Show(Screen::AddArticle))}>{ "Add article" }</button>
                    <button onclick={open_import} title="Import annotations: Framelens, W3C, CSV, doccano, Label Studio or brat">{ "Import" }</button>
                    <input ref={import_input} type="file" accept=".json,.jsonld,.jsonl,.csv,.zip" multiple=true
                        class="hidden-input" tabindex="-1" aria-hidden="true" onchange={on_import_pick} />
                }
                <button onclick={shell.on(|| Action::Show(Screen::Export))}>{ "Export" }</button>
                if props.side_by_side {
                    <button onclick={shell.on(|| Action::Show(Screen::SideBySide))} title="Read articles side by side, with the quotes they share linked">{ "Side by side" }</button>
                }
                if props.tags_editable {
                    <button onclick={shell.on(|| Action::Show(Screen::Tags))}
                        title="Add, rename, colour, order and define the tags">{ "Tags…" }</button>
                }
                if props.exercise {
                    <button onclick={shell.on(|| Action::Show(Screen::ExerciseEditor))} title="Make an exercise of these articles for a class">{ "Exercise" }</button>
                }
                <ColoursMenu />
            </div>
        </div>
    }
}

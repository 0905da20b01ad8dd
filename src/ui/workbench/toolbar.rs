//! The toolbar: tag buttons, undo and redo, and the workspace's file actions.

use super::colours::ColoursMenu;
use super::tag_style;
use crate::model::app::{Action, Screen};
use crate::model::TagSet;
use crate::ui::browser::files;
use crate::ui::language::{use_words, LanguageMenu};
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
    let words = use_words();
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
        <div class="toolbar" role="toolbar" aria-label={words.get("toolbar-label")}>
            <div class="group tags">
                { for props.tags.tags().map(|tag| {
                    let key = props.tags.key(tag);
                    let label = words.tag(tag);
                    let title = match key {
                        Some(key) => words.with("tag-button-title", &[("tag", label.as_str().into()), ("key", key.to_string().into())]),
                        None => words.one("tag-button-title-unkeyed", "tag", label.as_str()),
                    };
                    let (chip, shell, tag) = (tag_style::chip(&props.tags, tag), shell.clone(), tag.clone());
                    html! {
                        <button class={classes!("tag-button", chip)}
                            aria-keyshortcuts={key.map(String::from)} {title}
                            onclick={let tag = tag.clone(); move |_| shell.tag(tag.clone())}>
                            { label }
                            if let Some(key) = key {
                                <kbd aria-hidden="true">{ key }</kbd>
                            }
                        </button>
                    }
                }) }
            </div>
            <div class="group">
                <button onclick={shell.on(|| Action::Undo)} disabled={!props.can_undo} aria-keyshortcuts="Control+Z" title={words.get("toolbar-undo-title")}>{ words.get("toolbar-undo") }</button>
                <button onclick={shell.on(|| Action::Redo)} disabled={!props.can_redo} aria-keyshortcuts="Control+Shift+Z" title={words.get("toolbar-redo-title")}>{ words.get("toolbar-redo") }</button>
            </div>
            <div class="group files">
                if !props.articles_fixed {
                    <button onclick={shell.on(|| Action::Show(Screen::AddArticle))}>{ words.get("toolbar-add-article") }</button>
                    <button onclick={open_import} title={words.get("toolbar-import-title")}>{ words.get("toolbar-import") }</button>
                    <input ref={import_input} type="file" accept=".json,.jsonld,.jsonl,.csv,.zip" multiple=true
                        class="hidden-input" tabindex="-1" aria-hidden="true" onchange={on_import_pick} />
                }
                <button onclick={shell.on(|| Action::Show(Screen::Export))}>{ words.get("toolbar-export") }</button>
                if props.side_by_side {
                    <button onclick={shell.on(|| Action::Show(Screen::SideBySide))} title={words.get("toolbar-side-by-side-title")}>{ words.get("toolbar-side-by-side") }</button>
                }
                if props.tags_editable {
                    <button onclick={shell.on(|| Action::Show(Screen::Tags))}
                        title={words.get("toolbar-tags-title")}>{ words.get("toolbar-tags") }</button>
                }
                if props.exercise {
                    <button onclick={shell.on(|| Action::Show(Screen::ExerciseEditor))} title={words.get("toolbar-exercise-title")}>{ words.get("toolbar-exercise") }</button>
                }
                <LanguageMenu />
                <ColoursMenu />
            </div>
        </div>
    }
}

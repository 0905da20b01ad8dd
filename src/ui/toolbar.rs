//! The toolbar: tag buttons, undo and redo, and the workspace's file actions.

use crate::model::app::Action;
use crate::model::Tag;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    pub can_undo: bool,
    pub can_redo: bool,
    /// A tag button: the caller reads the selection, as for the keys.
    pub on_tag: Callback<Tag>,
    pub on_action: Callback<Action>,
    /// Opens the Export dialog.
    pub on_export: Callback<()>,
    pub on_import: Callback<Vec<web_sys::File>>,
    pub on_add_article: Callback<()>,
    /// Opens the Exercise dialog; None in a student's copy of an exercise.
    pub on_exercise: Option<Callback<()>>,
    /// Shows articles side by side; None with fewer than two.
    pub on_side_by_side: Option<Callback<()>>,
}

#[function_component(Toolbar)]
pub fn toolbar(props: &ToolbarProps) -> Html {
    let import_input = use_node_ref();
    let action = |action: fn() -> Action| {
        let on_action = props.on_action.clone();
        Callback::from(move |_| on_action.emit(action()))
    };
    let on_import_pick = {
        let on_import = props.on_import.clone();
        Callback::from(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            on_import.emit(super::files::list(input.files()));
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
                { for Tag::ALL.iter().map(|tag| {
                    let (tag, on_tag) = (*tag, props.on_tag.clone());
                    html! {
                        <button class={classes!("tag-button", format!("chip-{}", tag.name()))}
                            aria-keyshortcuts={tag.key().to_string()}
                            title={format!("Tag the selection as {} (key {})", tag.label(), tag.key())}
                            onclick={move |_| on_tag.emit(tag)}>
                            { tag.label() }<kbd aria-hidden="true">{ tag.key() }</kbd>
                        </button>
                    }
                }) }
            </div>
            <div class="group">
                <button onclick={action(|| Action::Undo)} disabled={!props.can_undo} aria-keyshortcuts="Control+Z" title="Undo (Ctrl+Z)">{ "Undo" }</button>
                <button onclick={action(|| Action::Redo)} disabled={!props.can_redo} aria-keyshortcuts="Control+Shift+Z" title="Redo (Ctrl+Shift+Z)">{ "Redo" }</button>
            </div>
            <div class="group files">
                <button onclick={let cb = props.on_add_article.clone(); move |_| cb.emit(())}>{ "Add article" }</button>
                <button onclick={open_import} title="Import annotations: Framelens, W3C, CSV, doccano, Label Studio or brat">{ "Import" }</button>
                <input ref={import_input} type="file" accept=".json,.jsonld,.jsonl,.csv,.zip" multiple=true
                    class="hidden-input" tabindex="-1" aria-hidden="true" onchange={on_import_pick} />
                <button onclick={let on_export = props.on_export.clone(); move |_| on_export.emit(())}>{ "Export" }</button>
                if let Some(on_side_by_side) = props.on_side_by_side.clone() {
                    <button onclick={move |_| on_side_by_side.emit(())} title="Read articles side by side, with the quotes they share linked">{ "Side by side" }</button>
                }
                if let Some(on_exercise) = props.on_exercise.clone() {
                    <button onclick={move |_| on_exercise.emit(())} title="Make an exercise of these articles for a class">{ "Exercise" }</button>
                }
            </div>
        </div>
    }
}

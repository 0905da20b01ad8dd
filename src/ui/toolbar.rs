//! The toolbar: tag buttons, undo and redo, and the workspace's file actions.

use crate::model::app::Action;
use crate::model::Tag;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, HtmlInputElement, KeyboardEvent, Node};
use yew::prelude::*;

/// The file formats offered by Export.
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum ExportFormat {
    Workspace,
    W3c,
}

impl ExportFormat {
    pub const ALL: [ExportFormat; 2] = [ExportFormat::Workspace, ExportFormat::W3c];

    pub fn label(self) -> &'static str {
        match self {
            ExportFormat::Workspace => "Workspace (Framelens JSON, every article and annotation)",
            ExportFormat::W3c => "Annotations (W3C Web Annotation JSON-LD)",
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    pub can_undo: bool,
    pub can_redo: bool,
    /// A tag button: the caller reads the selection, as for the keys.
    pub on_tag: Callback<Tag>,
    pub on_action: Callback<Action>,
    pub on_export: Callback<ExportFormat>,
    pub on_import: Callback<Vec<web_sys::File>>,
    pub on_add_article: Callback<()>,
}

#[function_component(Toolbar)]
pub fn toolbar(props: &ToolbarProps) -> Html {
    let export_open = use_state(|| false);
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
    // The export menu closes on Escape (focus back on its button) and when focus
    // leaves it, as menus do.
    let export_button = use_node_ref();
    let on_menu_key = {
        let (open, button) = (export_open.clone(), export_button.clone());
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Escape" && *open {
                event.stop_propagation();
                open.set(false);
                if let Some(button) = button.cast::<HtmlElement>() {
                    let _ = button.focus();
                }
            }
        })
    };
    let on_menu_focusout = {
        let open = export_open.clone();
        Callback::from(move |event: FocusEvent| {
            let holder = event.current_target().and_then(|t| t.dyn_into::<Node>().ok());
            let next = event.related_target().and_then(|t| t.dyn_into::<Node>().ok());
            if holder.is_some_and(|holder| !holder.contains(next.as_ref())) {
                open.set(false);
            }
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
                <button onclick={open_import} title="Import a Framelens workspace file">{ "Import" }</button>
                <input ref={import_input} type="file" accept=".json,application/json" multiple=true
                    class="hidden-input" tabindex="-1" aria-hidden="true" onchange={on_import_pick} />
                <div class="menu-holder" onkeydown={on_menu_key} onfocusout={on_menu_focusout}>
                    <button ref={export_button} aria-expanded={export_open.to_string()} aria-controls="export-menu"
                        onclick={let open = export_open.clone(); move |_| open.set(!*open)}>{ "Export" }</button>
                    if *export_open {
                        <ul id="export-menu" class="menu" aria-label="Export formats">
                            { for ExportFormat::ALL.iter().map(|format| {
                                let (format, on_export, open) = (*format, props.on_export.clone(), export_open.clone());
                                html! { <li><button onclick={move |_| { open.set(false); on_export.emit(format) }}>{ format.label() }</button></li> }
                            }) }
                        </ul>
                    }
                </div>
            </div>
        </div>
    }
}

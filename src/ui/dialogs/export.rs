//! The Export dialog: every format Framelens writes, each with a plain line on what
//! it keeps and what it cannot hold, so nobody learns it from a lost note later.

use super::{close_on_escape, use_dialog_focus};
use crate::model::formats::Format;
use crate::ui::language::use_words;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ExportDialogProps {
    pub on_export: Callback<Format>,
    pub on_close: Callback<()>,
    /// Whether the browser keeps this page's storage until the reader clears it.
    pub kept: Option<bool>,
    /// Opens the earlier versions.
    pub on_versions: Callback<MouseEvent>,
}

#[function_component(ExportDialog)]
pub fn export_dialog(props: &ExportDialogProps) -> Html {
    let first = use_node_ref();
    use_dialog_focus(first.clone());
    let on_keydown = close_on_escape(&props.on_close);
    let words = use_words();
    html! {
        <div class="backdrop">
            <div class="dialog export-dialog" role="dialog" aria-modal="true" aria-labelledby="export-title"
                onkeydown={on_keydown}>
                <h2 id="export-title">{ words.get("export-title") }</h2>
                <p class="hint">{ words.get("export-hint") }</p>
                <p class="hint">{ words.get(match props.kept {
                    Some(true) => "export-kept",
                    Some(false) => "export-not-kept",
                    None => "export-kept-unknown",
                }) }</p>
                <ul class="formats">
                    { for Format::ALL.iter().enumerate().map(|(n, format)| {
                        let (format, on_export) = (*format, props.on_export.clone());
                        let described = format!("format-{n}");
                        html! {
                            <li>
                                <button ref={if n == 0 { first.clone() } else { NodeRef::default() }}
                                    aria-describedby={described.clone()} onclick={move |_| on_export.emit(format)}>
                                    { words.get(&format!("format-{}", format.id())) }
                                </button>
                                <p id={described} class="keeps">{ words.get(&format!("format-{}-keeps", format.id())) }</p>
                            </li>
                        }
                    }) }
                </ul>
                <div class="row end">
                    <button type="button" onclick={props.on_versions.clone()}>{ words.get("export-versions") }</button>
                    <button type="button" onclick={let on_close = props.on_close.clone(); move |_| on_close.emit(())}>{ words.get("close") }</button>
                </div>
            </div>
        </div>
    }
}

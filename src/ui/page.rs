//! The root component, a table of contents of the page: the header (name, saving,
//! toolbar), what the page says, the exercise, the article tabs, the workbench, and
//! the dialog or view on screen. It holds the state; it decides nothing.

use super::browser::{api, files, written};
use super::language::use_words;
use super::opening::Opened;
use super::saving::{use_autosave, SaveState};
use super::screens::CurrentScreen;
use super::shell::use_shell;
use super::workbench::article::{Article, ArticleView};
use super::workbench::exercise_panel::ExercisePanel;
use super::workbench::keys::use_page_keys;
use super::workbench::notices::{Notices, Orphans};
use super::workbench::panel::Panel;
use super::workbench::selection_bar::SelectionBar;
use super::workbench::tabs::Tabs;
use super::workbench::toolbar::Toolbar;
use crate::model::app::{Action, Screen};
use crate::model::classroom::class;
use std::rc::Rc;
use web_sys::DragEvent;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PageProps {
    pub opened: Rc<Opened>,
}

#[function_component(Page)]
pub fn page(props: &PageProps) -> Html {
    let state = use_reducer({
        let opened = props.opened.clone();
        move || opened.state.clone()
    });
    let shell = use_shell(&state, props.opened.slot.clone());
    let saving = use_autosave(&state, &props.opened, &shell);
    written::use_kept_written(&state, shell.written.clone());
    api::use_api(shell.latest.clone(), shell.dispatch.clone());
    use_page_keys(shell.layout.clone(), shell.latest.clone(), shell.dispatch.clone());
    super::place::use_place(&state, &shell, props.opened.slot.clone(), props.opened.at);

    let words = use_words();
    {
        // The state says its notices in the page's language.
        let dispatch = shell.dispatch.clone();
        let messages = words.messages();
        use_effect_with(words.language(), move |_| dispatch.emit(Action::Speak(messages)));
    }
    let workspace = state.session.workspace();
    let exercise = workspace.exercise();
    {
        // A student's page speaks the language her teacher made the exercise in,
        // unless she chose one.
        let suggested = exercise.filter(|e| e.student().is_some()).and_then(|e| e.language);
        let suggest = words.suggest.clone();
        use_effect_with(suggested, move |language| {
            if let Some(language) = language {
                suggest.emit(*language);
            }
        });
    }
    // A locked student's copy keeps its articles: no adding, removing or importing.
    let fixed = exercise.is_some_and(|e| e.articles_fixed());
    let view = state.current.as_ref().and_then(|f| workspace.document(f)).map(|document| ArticleView {
        // Shared chunks: a copy of pointers, not of the annotations.
        annotations: workspace.list_of(document.fingerprint()).cloned().unwrap_or_default(),
        document: document.clone(),
        chosen: state.selected,
        revision: state.revision,
        removable: !fixed,
        tags: workspace.shared_tags(),
    });
    let tags = workspace.shared_tags();
    let student = exercise.is_some_and(|e| e.student().is_some());
    let keys: Vec<String> =
        tags.tags().filter_map(|t| Some(format!("{} {}", tags.key(t)?, words.tag(t)))).collect();
    let can_show = |screen: Screen| screen.can_show(workspace, &state.class);
    // Behind a dialog the page is inert: Tab cannot wander onto its controls, nor a
    // click or a screen reader reach them. The notices stay out of it, so that what
    // an action in a dialog says is heard.
    let behind = state.screen.is_dialog();
    let ondrop = {
        let shell = shell.clone();
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            shell.open_files(files::list(event.data_transfer().and_then(|d| d.files())));
        })
    };

    html! {
        <div class="app" ondragover={|event: DragEvent| event.prevent_default()} {ondrop}>
            <header class="top" inert={behind}>
                <h1>{ "Framelens" }</h1>
                <span class="save-state" data-saved={(saving.state == SaveState::Saved).to_string()}>
                    { words.get(saving.state.message()) }
                </span>
                <Toolbar can_undo={state.session.can_undo()} can_redo={state.session.can_redo()}
                    shell={shell.clone()}
                    exercise={can_show(Screen::ExerciseEditor)} side_by_side={can_show(Screen::SideBySide)}
                    articles_fixed={fixed} tags={tags.clone()} tags_editable={!student} />
            </header>
            if saving.state == SaveState::Newer {
                <div class="newer" role="alert">
                    <p>{ words.get("newer-text") }</p>
                    <div class="row">
                        <button class="primary" onclick={saving.take_newer.clone()}>{ words.get("newer-open") }</button>
                        <button onclick={saving.keep_this.clone()}>{ words.get("newer-keep") }</button>
                        <button onclick={shell.on(|| Action::Show(Screen::Export))}>{ words.get("toolbar-export") }</button>
                    </div>
                </div>
            }
            <Notices notice={state.notice.clone()} on_dismiss={shell.on(|| Action::DismissNotice)}
                on_stop={shell.with(|shell, _: MouseEvent| shell.stop_import())} />
            <div class="behind" inert={behind}>
                if !state.orphans.is_empty() {
                    <Orphans orphans={state.orphans.clone()} on_dismiss={shell.on(|| Action::DismissOrphans)} />
                }
                if let Some(exercise) = exercise {
                    <ExercisePanel exercise={exercise.clone()} tags={tags.clone()}
                        annotations={workspace.annotations_on(&exercise.articles).len()}
                        students={state.class.submissions.len()} shell={shell.clone()}
                        progress={if exercise.student().is_some() { class::progress(workspace, exercise) } else { Vec::new() }}
                        current={state.current.clone()} />
                }
                <Tabs documents={workspace.documents().to_vec()} current={state.current.clone()}
                    on_action={shell.dispatch.clone()} />
                if let Some(view) = view {
                    <main class="workbench">
                        <Article view={view.clone()} layout={shell.layout.clone()} on_action={shell.dispatch.clone()} />
                        <Panel {view} on_action={shell.dispatch.clone()} />
                        <SelectionBar shell={shell.clone()} />
                    </main>
                } else {
                    <main class="workbench empty"><p>{ words.get("workbench-empty") }</p></main>
                }
                <footer class="keys">
                    { words.one("keys-footer", "keys", keys.join(" · ")) }
                </footer>
            </div>
            // Not there at all over the bare workbench: a key press then renders no
            // part of it, nor compares its state.
            if behind {
                <CurrentScreen state={state.clone()} shell={shell.clone()} />
            }
        </div>
    }
}

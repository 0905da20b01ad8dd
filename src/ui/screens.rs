//! The dialog or view over the workbench that the state names ([`Screen`]), with
//! what it needs. Closing goes through [`Action::Close`], so the model decides what
//! comes back (the class, after its agreement view or heatmap).

use super::browser::{ids, timing};
use super::classroom::agreement_view::AgreementView;
use super::classroom::charts::Charts;
use super::classroom::class_view::ClassView;
use super::classroom::heatmap_view::HeatmapView;
use super::classroom::side_by_side::SideBySide;
use super::dialogs::add_article::AddArticle;
use super::dialogs::edit_article::EditArticle;
use super::dialogs::exercise::ExerciseDialog;
use super::dialogs::export::ExportDialog;
use super::dialogs::tags::TagsDialog;
use super::dialogs::versions::VersionsDialog;
use super::shell::Shell;
use super::State;
use crate::model::app::{screen, Action, Screen};
use crate::model::classroom::analytics::{analyse, outlet_sources};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CurrentScreenProps {
    pub state: State,
    pub shell: Shell,
}

#[function_component(CurrentScreen)]
pub fn current_screen(props: &CurrentScreenProps) -> Html {
    let (state, shell) = (&props.state, &props.shell);
    let workspace = state.session.workspace();
    let exercise = workspace.exercise();
    // Figures computed once per opening, class and workspace, not on every render.
    let figures_key =
        |screen: Screen| (state.screen == screen, Rc::as_ptr(&state.class) as usize, state.revision);
    let analytics = use_memo(figures_key(Screen::Agreement), |(open, _, _)| {
        let exercise = exercise.filter(|_| *open)?;
        Some(timing::measured("framelens: agreement", || analyse(workspace, exercise, &state.class)))
    });
    let outlets = use_memo(figures_key(Screen::Charts), |(open, _, _)| {
        let exercise = exercise.filter(|_| *open)?;
        Some(Rc::new(timing::measured("framelens: outlets", || {
            outlet_sources(workspace, exercise, &state.class)
        })))
    });
    let close = shell.on(|| Action::Close);
    match state.screen {
        Screen::Workbench => html! {},
        Screen::AddArticle => html! {
            <AddArticle on_add={shell.with(Shell::add_article)} on_files={shell.with(Shell::open_files)} on_close={close} />
        },
        Screen::EditArticle => {
            let current = state.current.as_ref().and_then(|f| workspace.document(f));
            match current.or(workspace.documents().first()) {
                Some(document) => {
                    let text_editable =
                        !workspace.exercise().is_some_and(|e| e.student().is_some() && e.locked);
                    html! {
                        <EditArticle document={document.clone()} {text_editable}
                            on_edit={shell.with(Shell::edit_article)} on_close={close} />
                    }
                }
                None => html! {},
            }
        }
        Screen::Export => html! {
            <ExportDialog on_export={shell.with(Shell::export)} on_close={close} kept={shell.kept.get()}
                on_versions={shell.on(|| Action::Show(Screen::Versions))} />
        },
        Screen::Tags => html! {
            <TagsDialog workspace={workspace.clone()} on_save={shell.with(|shell, edit| shell.act(Action::Edit(edit)))}
                on_close={close.clone()} />
        },
        Screen::Versions => html! {
            <VersionsDialog slot={shell.slot.clone()} offset={state.utc_offset}
                on_restore={shell.with(Shell::restore_version)} on_download={shell.with(Shell::download_version)}
                on_close={close} />
        },
        Screen::ExerciseEditor => html! {
            <ExerciseDialog workspace={workspace.clone()} slot={shell.slot.clone()} new_id={ids::new_annotation_id().to_string()}
                on_done={shell.with(|shell, (exercise, definitions, handout)| shell.hand_out(exercise, definitions, handout))}
                on_sample={shell.on(|| Action::OpenSampleClass)} on_close={close} />
        },
        Screen::SideBySide => {
            html! { <SideBySide documents={screen::side_by_side(workspace)} on_close={close} /> }
        }
        Screen::Charts => match (*outlets).clone() {
            Some(sources) => html! { <Charts {sources} tags={workspace.shared_tags()} on_close={close} /> },
            None => html! {},
        },
        Screen::Class => match exercise {
            Some(exercise) => html! {
                <ClassView workspace={workspace.clone()} exercise={exercise.clone()} class={state.class.clone()}
                    on_files={shell.with(Shell::open_files)} on_download={shell.with(Shell::class_file)}
                    on_choose={shell.on_value(|(n, later)| Action::ChooseSubmission { n, later })} offset={state.utc_offset}
                    on_agreement={shell.on(|| Action::Show(Screen::Agreement))}
                    on_heatmap={shell.on(|| Action::Show(Screen::Heatmap))} on_close={close} />
            },
            None => html! {},
        },
        Screen::Agreement => match (*analytics).clone() {
            Some(analytics) => html! { <AgreementView {analytics} on_close={close} /> },
            None => html! {},
        },
        Screen::Heatmap => match exercise {
            Some(exercise) => html! {
                <HeatmapView workspace={workspace.clone()} exercise={exercise.clone()} class={state.class.clone()}
                    on_action={shell.dispatch.clone()} on_close={close} />
            },
            None => html! {},
        },
    }
}

//! The Yew front end: the only code that touches the DOM. It turns DOM events into
//! [`Action`]s for the pure [`AppState`], and effects of the root component carry
//! out what the state implies (autosave). See ARCHITECTURE.md.

mod add_article;
mod agreement_view;
mod api;
mod article;
mod bake;
mod charts;
mod class_view;
mod dialog;
mod exercise_dialog;
mod exercise_panel;
mod export_dialog;
mod files;
mod heatmap_view;
pub mod highlights;
mod ids;
pub mod layout;
mod orphans;
mod panel;
mod side_by_side;
mod storage;
mod tag_style;
mod timing;
mod toolbar;
mod written;

use crate::model::app::{Action, AppState, Notice};
use crate::model::classroom::exercise::{file_stem, Exercise, Role};
use crate::model::classroom::{class, sample};
use crate::model::formats::{self, Format, MAX_IMPORT_BYTES};
use crate::model::{Annotation, Document, Edit, Session, Tag, Workspace};
use article::{Article, ArticleView, SharedLayout};
use class_view::{ClassFile, ClassView};
use exercise_dialog::{ExerciseDialog, Handout};
use gloo_events::{EventListener, EventListenerOptions};
use panel::Panel;
use std::rc::Rc;
use toolbar::Toolbar;
use wasm_bindgen::JsCast;
use web_sys::{DragEvent, Element, File, KeyboardEvent};
use yew::prelude::*;

/// Mounts the app on the page's body.
pub fn start() {
    // The page's "starting…" message, which explains what to do if it stays.
    if let Some(boot) = gloo_utils::document().get_element_by_id("boot") {
        boot.remove();
    }
    tag_style::install(&tag_style::rules());
    // Read before Yew mounts on the body, which empties it.
    let baked = bake::baked_exercise().map(Rc::new);
    yew::Renderer::<App>::with_props(AppProps { baked }).render();
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = Rc::unwrap_or_clone(self);
        match action {
            Action::ReadSubmissions(_) => {
                timing::measured("framelens: read submissions", || next.update(action))
            }
            action => next.update(action),
        }
        Rc::new(next)
    }
}

/// The workspace as the page opens, where autosave keeps it, and whether it can.
#[derive(PartialEq)]
struct Opened {
    state: AppState,
    slot: Rc<str>,
    autosave: bool,
}

/// The saved workspace, or, when there is none (or it is unreadable, in which case
/// it is set aside, not overwritten), the sample exercise. A page with an exercise
/// baked in keeps its own save, and opens into that exercise. Without storage (a
/// browser that keeps none for this page) autosave is off, and the page says so.
async fn initial_state(baked: Option<Rc<bake::Baked>>) -> Opened {
    let slot: Rc<str> = match &baked {
        Some(baked) => format!("exercise {}", baked.id).into(),
        None => storage::PAGE_SLOT.into(),
    };
    let fresh = || {
        let mut workspace = Workspace::default();
        if baked.is_none() {
            workspace.apply(sample::edit()).expect("the sample opens in an empty workspace");
        }
        workspace
    };
    let (mut workspace, mut notice, mut orphans, mut autosave) = (fresh(), None, Vec::new(), true);
    match storage::load(&slot).await {
        Ok(None) => {}
        Ok(Some(saved)) => match restore(&saved) {
            Ok((restored, unplaced)) => (workspace, orphans) = (restored, unplaced),
            Err(reason) => {
                storage::set_aside(&slot, &saved).await;
                notice = Some(Notice::Error(format!(
                    "The saved workspace could not be read ({reason}). It was kept in the browser's storage \
                     under \"unreadable {slot}\"; a fresh workspace is open instead."
                )));
            }
        },
        Err(reason) => {
            notice = Some(Notice::Error(format!(
                "Autosave is off: {reason}. Export the workspace to keep your work."
            )));
            autosave = false;
        }
    }
    if let Some(baked) = baked.filter(|b| workspace.exercise().is_none_or(|e| e.id != b.id)) {
        match formats::import(&workspace, None, "exercise.json", baked.file.as_bytes()) {
            Ok(import) => {
                workspace.apply(import.edit).expect("an import applies to the workspace it was made for");
            }
            Err(error) => {
                notice =
                    Some(Notice::Error(format!("The exercise in this page could not be opened: {error}.")))
            }
        }
    }
    let mut state = AppState::new(Session::new(workspace), notice);
    // Only a save edited by hand has any; show them rather than lose them.
    state.orphans = orphans.into();
    let workspace = state.session.workspace();
    if let Some(exercise) = workspace.exercise().filter(|e| e.role == Role::Teacher) {
        if let Some(saved) = storage::load_class(&slot).await {
            state.class = Rc::new(class::Class::restore(&saved, exercise, workspace));
        }
    }
    Opened { state, slot, autosave }
}

/// A workspace from its saved file, with the annotations it could not place.
fn restore(saved: &[u8]) -> Result<(Workspace, Vec<formats::Orphan>), String> {
    let mut workspace = Workspace::default();
    let import =
        formats::import(&workspace, None, "autosave.json", saved).map_err(|error| error.to_string())?;
    workspace.apply(import.edit).map_err(|error| error.to_string())?;
    Ok((workspace, import.orphans))
}

/// The action for a tag key or button: tag the selected text if there is some
/// (and collapse the selection, so the new highlight shows), else re-tag the
/// chosen annotation.
fn tag_action(layout: &SharedLayout, tag: Tag) -> Action {
    let layout = layout.borrow();
    let new = layout.as_ref().and_then(|layout| {
        let span = layout.selected_span()?;
        Some(Annotation {
            id: ids::new_annotation_id(),
            document: layout.document().clone(),
            span,
            tag,
            note: "".into(),
            created: ids::now().into(),
            author: "".into(),
        })
    });
    if new.is_some() {
        if let Some(selection) = layout::selection() {
            let _ = selection.collapse_to_end();
        }
    }
    Action::Tag { tag, new }
}

/// True when keys typed at `target` are not page commands: text fields, and
/// anything inside a dialog (the page behind it is out of reach).
fn keys_belong_to(target: Option<web_sys::EventTarget>) -> bool {
    target.and_then(|t| t.dyn_into::<Element>().ok()).is_some_and(|element| {
        matches!(element.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
            || element.has_attribute("contenteditable")
            || element.closest("[role=dialog]").ok().flatten().is_some()
    })
}

/// The page-wide keyboard commands.
fn key_action(event: &KeyboardEvent, layout: &SharedLayout) -> Option<Action> {
    if keys_belong_to(event.target()) || event.is_composing() {
        return None;
    }
    let command = event.ctrl_key() || event.meta_key();
    let key = event.key();
    match key.as_str() {
        "z" | "Z" if command && event.shift_key() => Some(Action::Redo),
        "z" | "Z" if command => Some(Action::Undo),
        "y" | "Y" if command => Some(Action::Redo),
        _ if command || event.alt_key() => None,
        "Delete" | "Backspace" => Some(Action::DeleteSelected),
        "[" => Some(Action::Step(-1)),
        "]" => Some(Action::Step(1)),
        "Escape" => Some(Action::Select(None)),
        _ => Tag::from_key(&key).map(|tag| tag_action(layout, tag)),
    }
}

/// Reads files the reader picked or dropped: annotation files (by their names:
/// .json, .jsonl, .csv, .zip…) are imported, anything else is opened as an article,
/// and students' submissions are read into the class together, so that thirty of
/// them give one summary.
fn open_files(files: Vec<File>, dispatch: Callback<Action>) {
    wasm_bindgen_futures::spawn_local(async move {
        let mut submissions = Vec::new();
        let read = files::read_all(&files, MAX_IMPORT_BYTES).await;
        for (file, read) in files.into_iter().zip(read) {
            let name = file.name();
            let action = match read {
                Err(reason) => Action::Notify(Notice::Error(format!("{reason}; nothing changed."))),
                Ok(bytes) if formats::submission::recognises(&bytes) => {
                    submissions.push((name, bytes));
                    continue;
                }
                Ok(bytes) if formats::is_import(&name) => Action::Import { file_name: name, bytes },
                Ok(bytes) => match Document::from_file(&name, &bytes) {
                    Ok(doc) => Action::Edit(Edit::AddDocument(doc)),
                    Err(reason) => {
                        Action::Notify(Notice::Error(format!("{name} cannot be opened: {reason}.")))
                    }
                },
            };
            dispatch.emit(action);
        }
        if !submissions.is_empty() {
            dispatch.emit(Action::ReadSubmissions(submissions));
        }
    });
}

#[derive(Properties, PartialEq)]
struct AppProps {
    /// The exercise baked into this page, if any.
    baked: Option<Rc<bake::Baked>>,
}

/// Opens the saved workspace (storage is asynchronous), then shows the workbench.
#[function_component(App)]
fn app(props: &AppProps) -> Html {
    let loaded = use_state(|| None::<Rc<Opened>>);
    {
        let (loaded, baked) = (loaded.clone(), props.baked.clone());
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                loaded.set(Some(Rc::new(initial_state(baked).await)))
            });
        });
    }
    match &*loaded {
        Some(opened) => html! { <Workbench opened={opened.clone()} /> },
        None => html! { <p class="loading" role="status">{ "Opening your workspace…" }</p> },
    }
}

#[derive(Properties, PartialEq)]
struct WorkbenchProps {
    opened: Rc<Opened>,
}

/// The whole app once the workspace is open.
#[function_component(Workbench)]
fn workbench(props: &WorkbenchProps) -> Html {
    let state = use_reducer({
        let opened = props.opened.clone();
        move || opened.state.clone()
    });
    let (autosave, slot) = (props.opened.autosave, props.opened.slot.clone());
    let layout: SharedLayout = use_mut_ref(|| None);
    let adding = use_state(|| false);
    let exporting = use_state(|| false);
    let making_exercise = use_state(|| false);
    let showing_class = use_state(|| false);
    let showing_agreement = use_state(|| false);
    let showing_heatmap = use_state(|| false);
    let side_by_side = use_state(|| false);
    let showing_charts = use_state(|| false);
    // The last revision known to be on disk; None until the first save ends.
    let saved = use_state(|| None::<u64>);
    // That save's file, which exporting the workspace offers while it is current.
    let saved_file = use_mut_ref(|| None::<(u64, web_sys::Blob)>);
    // The W3C and CSV files, kept written chunk by chunk.
    let written = use_mut_ref(written::Written::default);
    {
        // After each change is on screen, write what changed of them.
        let (state, written) = (state.clone(), written.clone());
        use_effect_with(state.revision, move |_| {
            wasm_bindgen_futures::spawn_local(written::Written::keep_up(written, state));
        });
    }
    let dispatch: Callback<Action> = state.dispatcher().into();

    {
        // Autosave after every change, once the change is on screen.
        let (state, dispatch, saved, saved_file) =
            (state.clone(), dispatch.clone(), saved.clone(), saved_file.clone());
        use_effect_with(state.revision, move |revision| {
            let slot = slot.clone();
            let revision = *revision;
            if !autosave {
                return;
            }
            wasm_bindgen_futures::spawn_local(async move {
                // Saves run in the order of the changes: each waits for one frame.
                storage::after_next_paint().await;
                match storage::save(&slot, state.session.workspace()).await {
                    Ok(file) => {
                        *saved_file.borrow_mut() = Some((revision, file));
                        saved.set(Some(revision));
                    }
                    Err(reason) => dispatch.emit(Action::Notify(Notice::Error(format!(
                        "Autosave failed: {reason}. Export the workspace to keep your work."
                    )))),
                }
            });
        });
    }
    {
        // The teacher's class is kept too: the submissions read stay over a reload.
        let (state, dispatch, slot) = (state.clone(), dispatch.clone(), props.opened.slot.clone());
        use_effect_with(Rc::as_ptr(&state.class) as usize, move |_| {
            let teacher = state.session.workspace().exercise().is_some_and(|e| e.role == Role::Teacher);
            if !(autosave && teacher) {
                return;
            }
            let (state, slot) = (state.clone(), slot.clone());
            wasm_bindgen_futures::spawn_local(async move {
                // After the scores are on screen, as autosave does.
                storage::after_next_paint().await;
                let workspace = state.session.workspace();
                let Some(exercise) = workspace.exercise() else { return };
                let text = state.class.save(exercise, workspace);
                if let Err(reason) = storage::save_class(&slot, &text).await {
                    dispatch.emit(Action::Notify(Notice::Error(format!(
                        "The class could not be saved: {reason}."
                    ))));
                }
            });
        });
    }
    // The state as of this render, for the scripting API.
    let latest: api::Latest = use_mut_ref(|| state.clone());
    *latest.borrow_mut() = state.clone();
    {
        let (latest, dispatch) = (latest.clone(), dispatch.clone());
        use_effect_with((), move |_| {
            let installed = api::install(latest, dispatch);
            move || drop(installed)
        });
    }
    {
        let (layout, dispatch) = (layout.clone(), dispatch.clone());
        use_effect_with((), move |_| {
            let document = gloo_utils::document();
            let options = EventListenerOptions::enable_prevent_default();
            let listener = EventListener::new_with_options(&document, "keydown", options, move |event| {
                let event: &KeyboardEvent = event.unchecked_ref();
                if let Some(action) = key_action(event, &layout) {
                    event.prevent_default();
                    dispatch.emit(action);
                }
            });
            move || drop(listener)
        });
    }

    let workspace = state.session.workspace();
    let view = state.current.as_ref().and_then(|f| workspace.document(f)).map(|document| ArticleView {
        // Shared chunks: a copy of pointers, not of the annotations.
        annotations: workspace.list_of(document.fingerprint()).cloned().unwrap_or_default(),
        document: document.clone(),
        chosen: state.selected,
        revision: state.revision,
    });
    let on_tag = {
        let (layout, dispatch) = (layout.clone(), dispatch.clone());
        Callback::from(move |tag| dispatch.emit(tag_action(&layout, tag)))
    };
    let on_export = {
        let (state, dispatch, exporting, saved_file, written) =
            (state.clone(), dispatch.clone(), exporting.clone(), saved_file.clone(), written.clone());
        Callback::from(move |format: Format| {
            exporting.set(false);
            // The workspace file is what autosave last stored: while that is this
            // revision, it is offered as it is, not written again (35 ms at 10,000).
            let saved = saved_file.borrow();
            let offered = match &*saved {
                Some((revision, file)) if format == Format::Workspace && *revision == state.revision => {
                    files::download_blob(format.file_name(), file)
                }
                // The W3C and CSV files are kept written: this joins their chunks.
                _ => written
                    .borrow_mut()
                    .file(format, state.session.workspace())
                    .and_then(|file| files::download_blob(format.file_name(), &file)),
            };
            if offered.is_err() {
                dispatch.emit(Action::Notify(Notice::Error("The browser refused the download.".into())));
            }
        })
    };
    let on_files = {
        let (dispatch, adding) = (dispatch.clone(), adding.clone());
        Callback::from(move |files: Vec<File>| {
            adding.set(false);
            open_files(files, dispatch.clone());
        })
    };
    let ondragover = Callback::from(|event: DragEvent| event.prevent_default());
    let ondrop = {
        let on_files = on_files.clone();
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            on_files.emit(files::list(event.data_transfer().and_then(|d| d.files())));
        })
    };
    let on_add = {
        let (dispatch, adding) = (dispatch.clone(), adding.clone());
        Callback::from(move |doc| {
            adding.set(false);
            dispatch.emit(Action::Edit(Edit::AddDocument(doc)));
        })
    };

    let download = {
        let dispatch = dispatch.clone();
        move |name: &str, mime: &str, content: &[u8]| {
            if files::download(name, mime, content).is_err() {
                dispatch.emit(Action::Notify(Notice::Error("The browser refused the download.".into())));
            }
        }
    };
    let on_exercise = {
        let (state, dispatch, making_exercise, download) =
            (state.clone(), dispatch.clone(), making_exercise.clone(), download.clone());
        Callback::from(move |(exercise, handout): (Exercise, Handout)| {
            making_exercise.set(false);
            let mut workspace = state.session.workspace().clone();
            if workspace.exercise() != Some(&exercise) {
                let edit = Edit::SetExercise(Some(Rc::new(exercise.clone())));
                workspace.apply(edit.clone()).expect("setting an exercise always applies");
                dispatch.emit(Action::Edit(edit));
            }
            let stem = file_stem(&exercise.title);
            match handout {
                Handout::Save => {}
                Handout::StudentFile => download(
                    &format!("{stem}.framelens-exercise.json"),
                    "application/json",
                    formats::exercise_file::export(&workspace, &exercise).as_bytes(),
                ),
                Handout::StudentPage => {
                    let (download, dispatch) = (download.clone(), dispatch.clone());
                    let file = formats::exercise_file::export(&workspace, &exercise);
                    wasm_bindgen_futures::spawn_local(async move {
                        match bake::bake(&exercise.id, &file).await {
                            Ok(page) => download(&format!("{stem}.html"), "text/html", page.as_bytes()),
                            Err(reason) => dispatch.emit(Action::Notify(Notice::Error(format!(
                                "The student page could not be made: {reason}. Hand out the student file instead."
                            )))),
                        }
                    });
                }
                Handout::TeacherFile => download(
                    &format!("{stem}-teacher.json"),
                    "application/json",
                    formats::native::export(&workspace).as_bytes(),
                ),
            }
        })
    };
    let on_name = {
        let (state, dispatch) = (state.clone(), dispatch.clone());
        Callback::from(move |name: String| {
            let Some(exercise) = state.session.workspace().exercise() else { return };
            if exercise.student() != Some(name.as_str()) {
                let renamed = Exercise { role: Role::Student { name }, ..exercise.clone() };
                dispatch.emit(Action::Edit(Edit::SetExercise(Some(Rc::new(renamed)))));
            }
        })
    };
    let on_hand_in = {
        let (state, dispatch, download) = (state.clone(), dispatch.clone(), download.clone());
        Callback::from(move |_| {
            let workspace = state.session.workspace();
            let Some(exercise) = workspace.exercise() else { return };
            let name = exercise.student().unwrap_or_default();
            if name.is_empty() {
                dispatch.emit(Action::Notify(Notice::Error(
                    "Enter your name or a pseudonym first, so that your teacher knows whose work it is."
                        .into(),
                )));
                if let Some(input) = gloo_utils::document().get_element_by_id("student-name") {
                    let _ = input.unchecked_into::<web_sys::HtmlElement>().focus();
                }
                return;
            }
            let file = formats::submission::export(workspace, exercise, name, &ids::now());
            download(
                &format!("{}-{}.json", file_stem(&exercise.title), file_stem(name)),
                "application/json",
                file.as_bytes(),
            );
            dispatch.emit(Action::Notify(Notice::Info(format!(
                "Handed in as {name}: give the downloaded file to your teacher. You can go on and hand in again."
            ))));
        })
    };
    let on_class_file = {
        let (state, download) = (state.clone(), download.clone());
        Callback::from(move |file: ClassFile| {
            let workspace = state.session.workspace();
            let Some(exercise) = workspace.exercise() else { return };
            let stem = file_stem(&exercise.title);
            let submissions = &state.class.submissions;
            match file {
                ClassFile::Scores => download(
                    &format!("{stem}-scores.csv"),
                    "text/csv",
                    class::csv(workspace, exercise, &state.class).as_bytes(),
                ),
                ClassFile::Feedback(which) => {
                    let chosen: Vec<_> = match which {
                        Some(n) => submissions.get(n).into_iter().collect(),
                        None => submissions.iter().collect(),
                    };
                    let name = match which.and_then(|n| submissions.get(n)) {
                        Some(one) => format!("{stem}-feedback-{}.html", file_stem(&one.student)),
                        None => format!("{stem}-feedback.html"),
                    };
                    download(
                        &name,
                        "text/html",
                        crate::model::classroom::feedback_page::export(workspace, exercise, &chosen)
                            .as_bytes(),
                    );
                }
            }
        })
    };
    // Computed once per class and workspace while the view is open, not per render.
    let analytics =
        use_memo((*showing_agreement, Rc::as_ptr(&state.class) as usize, state.revision), |(open, _, _)| {
            let exercise = workspace.exercise().filter(|_| *open)?;
            Some(timing::measured("framelens: agreement", || {
                crate::model::classroom::analytics::analyse(workspace, exercise, &state.class)
            }))
        });
    // The charts' figures, once per opening, class and workspace, not per render.
    let outlet_sources =
        use_memo((*showing_charts, Rc::as_ptr(&state.class) as usize, state.revision), |(open, _, _)| {
            let Some(exercise) = workspace.exercise().filter(|_| *open) else { return Vec::new() };
            let is_student = exercise.student().is_some();
            timing::measured("framelens: outlets", || {
                use crate::model::classroom::analytics::{marks_of, outlets};
                let mut sources = vec![(
                    if is_student { "Your annotations" } else { "The key" }.to_owned(),
                    outlets(workspace, exercise, &marks_of(workspace.annotations())),
                )];
                if !is_student && !state.class.submissions.is_empty() {
                    let majority: Vec<_> = exercise
                        .articles
                        .iter()
                        .flat_map(|f| {
                            crate::model::classroom::heatmap::majority(&state.class, f).into_iter().map(
                                move |(span, tag)| (f, crate::model::classroom::scoring::Mark { span, tag }),
                            )
                        })
                        .collect();
                    sources.push(("The class majority".to_owned(), outlets(workspace, exercise, &majority)));
                }
                if !is_student && !state.class.gold.is_empty() {
                    sources.push((
                        "The gold layer".to_owned(),
                        outlets(workspace, exercise, &marks_of(&state.class.gold)),
                    ));
                }
                sources
            })
        });
    let exercise = workspace.exercise();
    let is_student = exercise.is_some_and(|e| e.student().is_some());

    html! {
        <div class="app" {ondragover} {ondrop}>
            <header class="top">
                <h1>{ "Framelens" }</h1>
                <span class="save-state" data-saved={(*saved == Some(state.revision)).to_string()}>
                    { match (autosave, *saved == Some(state.revision)) {
                        (false, _) => "Autosave off: export to keep your work",
                        (true, true) => "All changes saved",
                        (true, false) => "Saving…",
                    } }
                </span>
                <Toolbar can_undo={state.session.can_undo()} can_redo={state.session.can_redo()}
                    {on_tag} on_action={dispatch.clone()} on_import={on_files.clone()}
                    on_export={let exporting = exporting.clone(); move |_| exporting.set(true)}
                    on_add_article={let adding = adding.clone(); move |_| adding.set(true)}
                    on_exercise={(!is_student).then(|| { let m = making_exercise.clone(); Callback::from(move |_| m.set(true)) })}
                    on_side_by_side={(workspace.documents().len() > 1).then(|| { let s = side_by_side.clone(); Callback::from(move |_| s.set(true)) })} />
            </header>
            <div class="notices" aria-live="polite">
                { for state.notice.iter().map(|notice| match notice {
                    Notice::Info(text) => html! { <p class="notice info" role="status">{ text }</p> },
                    Notice::Error(text) => html! { <p class="notice error" role="alert">{ text }</p> },
                }) }
            </div>
            if !state.orphans.is_empty() {
                <orphans::Orphans orphans={state.orphans.clone()} on_dismiss={let dispatch = dispatch.clone(); move |_| dispatch.emit(Action::DismissOrphans)} />
            }
            if let Some(exercise) = exercise {
                <exercise_panel::ExercisePanel exercise={exercise.clone()}
                    annotations={workspace.annotations_on(&exercise.articles).len()} students={state.class.submissions.len()}
                    {on_name} {on_hand_in}
                    on_edit={let m = making_exercise.clone(); move |_| m.set(true)}
                    on_class={let c = showing_class.clone(); move |_| c.set(true)}
                    on_charts={let c = showing_charts.clone(); move |_| c.set(true)} />
            }
            <nav class="articles" aria-label="Articles">
                <ol>
                    { for workspace.documents().iter().map(|doc| {
                        let fingerprint = doc.fingerprint().clone();
                        let is_current = state.current.as_ref() == Some(&fingerprint);
                        let dispatch = dispatch.clone();
                        html! {
                            <li key={fingerprint.to_string()}>
                                <button aria-current={is_current.then_some("page")}
                                    onclick={move |_| dispatch.emit(Action::Open(fingerprint.clone()))}>
                                    <span class="doc-source">{ &doc.source }</span>
                                    <span class="doc-title">{ &doc.title }</span>
                                </button>
                            </li>
                        }
                    }) }
                </ol>
                <p class="hint">{ "[ and ] switch articles" }</p>
            </nav>
            if let Some(view) = view {
                <main class="workbench">
                    <Article view={view.clone()} layout={layout.clone()} on_action={dispatch.clone()} />
                    <Panel {view} on_action={dispatch.clone()} />
                </main>
            } else {
                <main class="workbench empty"><p>{ "No articles. Add one with “Add article”, or drop a .txt file here." }</p></main>
            }
            if *exporting {
                <export_dialog::ExportDialog {on_export} on_close={let exporting = exporting.clone(); move |_| exporting.set(false)} />
            }
            if *making_exercise {
                <ExerciseDialog workspace={workspace.clone()} new_id={ids::new_annotation_id().to_string()}
                    on_done={on_exercise} on_close={let m = making_exercise.clone(); move |_| m.set(false)}
                    on_sample={let (m, dispatch) = (making_exercise.clone(), dispatch.clone()); move |_| { m.set(false); dispatch.emit(Action::OpenSampleClass) }} />
            }
            if let (true, Some(exercise)) = (*showing_class, exercise) {
                <ClassView workspace={workspace.clone()} exercise={exercise.clone()} class={state.class.clone()}
                    on_files={on_files.clone()} on_download={on_class_file}
                    on_agreement={let (c, a) = (showing_class.clone(), showing_agreement.clone()); move |_| { c.set(false); a.set(true) }}
                    on_heatmap={let (c, h) = (showing_class.clone(), showing_heatmap.clone()); move |_| { c.set(false); h.set(true) }}
                    on_close={let c = showing_class.clone(); move |_| c.set(false)} />
            }
            if *showing_charts && exercise.is_some() {
                <charts::Charts
                    sources={(*outlet_sources).clone()}
                    on_close={let c = showing_charts.clone(); move |_| c.set(false)} />
            }
            if *side_by_side {
                <side_by_side::SideBySide
                    documents={match exercise {
                        Some(e) => e.articles.iter().filter_map(|f| workspace.document(f)).cloned().collect::<Vec<_>>(),
                        None => workspace.documents().to_vec(),
                    }}
                    on_close={let s = side_by_side.clone(); move |_| s.set(false)} />
            }
            if let (true, Some(exercise)) = (*showing_heatmap, exercise) {
                <heatmap_view::HeatmapView workspace={workspace.clone()} exercise={exercise.clone()} class={state.class.clone()}
                    on_action={dispatch.clone()}
                    on_close={let (c, h) = (showing_class.clone(), showing_heatmap.clone()); move |_| { h.set(false); c.set(true) }} />
            }
            if let Some(analytics) = (*analytics).clone() {
                <agreement_view::AgreementView {analytics}
                    on_close={let (c, a) = (showing_class.clone(), showing_agreement.clone()); move |_| { a.set(false); c.set(true) }} />
            }
            if *adding {
                <add_article::AddArticle {on_add} {on_files} on_close={let adding = adding.clone(); move |_| adding.set(false)} />
            }
            <footer class="keys">
                { "Keys: select text (mouse or Shift+arrows in the article), then 1 Claim · 2 Quote · 3 Framing · 4 Fact. \
                   Enter chooses the annotation at the caret, Delete removes the chosen one, Ctrl+Z undo, Ctrl+Shift+Z redo." }
            </footer>
        </div>
    }
}

//! The page's commands that reach beyond the state: reading files, downloading,
//! exporting, handing out and handing in. Each reads the state as of the last
//! render and changes it only through actions.

use super::browser::storage;
use super::browser::{bake, files, ids, timing, written::Written};
use super::classroom::class_view::ClassFile;
use super::dialogs::exercise::Handout;
use super::opening::restore;
use super::saving::SavedFile;
use super::workbench::article::SharedLayout;
use super::workbench::keys::tag_action;
use super::{language, State};
use crate::model::annotations::tag_edit;
use crate::model::app::{next_student, Action, Notice, Screen};
use crate::model::classroom::exercise::file_stem;
use crate::model::classroom::{class, feedback_page};
use crate::model::formats::{self, Format, MAX_IMPORT_BYTES};
use crate::model::i18n::Messages;
use crate::model::text::bidi::isolate;
use crate::model::text::{encoding, webpage};
use crate::model::{Document, Edit, Exercise, Role, Tag};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use web_sys::File;
use yew::prelude::*;

/// The state as of the last render, shared with handlers outside Yew's.
pub type Latest = Rc<RefCell<State>>;

/// What the commands need, the same value for as long as the page is open (so
/// that passing it down never re-renders a component by itself).
#[derive(Clone)]
pub struct Shell {
    /// The state as of the last render. Commands clone it out before acting: a
    /// render may replace it.
    pub latest: Latest,
    pub dispatch: Callback<Action>,
    /// The article's layout, where tag keys and buttons read the selection.
    pub layout: SharedLayout,
    pub saved_file: SavedFile,
    /// The W3C and CSV files, kept written chunk by chunk.
    pub written: Rc<RefCell<Written>>,
    /// Where autosave keeps this page's workspace.
    pub slot: Rc<str>,
    /// Whether the browser keeps this page's storage until the reader clears it
    /// (None until it has said).
    pub kept: Rc<Cell<Option<bool>>>,
    /// Set by the Stop button of an import under way.
    pub stop_import: Rc<Cell<bool>>,
}

impl PartialEq for Shell {
    fn eq(&self, other: &Shell) -> bool {
        Rc::ptr_eq(&self.latest, &other.latest)
    }
}

/// The page's [`Shell`], made once; `state` is the state of this render.
#[hook]
pub fn use_shell(state: &State, slot: Rc<str>) -> Shell {
    let latest = use_mut_ref(|| state.clone());
    *latest.borrow_mut() = state.clone();
    let layout: SharedLayout = use_mut_ref(|| None);
    let saved_file: SavedFile = use_mut_ref(|| None);
    let written = use_mut_ref(Written::default);
    let dispatch: Callback<Action> = state.dispatcher().into();
    let kept = (*use_memo((), |_| Rc::new(Cell::new(None)))).clone();
    let stop_import = (*use_memo((), |_| Rc::new(Cell::new(false)))).clone();
    Shell { latest, dispatch, layout, saved_file, written, slot, kept, stop_import }
}

impl Shell {
    pub fn act(&self, action: Action) {
        self.dispatch.emit(action);
    }

    /// A callback that takes one action, whatever the event.
    pub fn on<E>(&self, action: impl Fn() -> Action + 'static) -> Callback<E> {
        let dispatch = self.dispatch.clone();
        Callback::from(move |_| dispatch.emit(action()))
    }

    /// A callback that takes the action its value makes.
    pub fn on_value<T: 'static>(&self, action: impl Fn(T) -> Action + 'static) -> Callback<T> {
        let dispatch = self.dispatch.clone();
        Callback::from(move |value| dispatch.emit(action(value)))
    }

    /// A callback that hands its value to one of the commands.
    pub fn with<T: 'static>(&self, command: fn(&Shell, T)) -> Callback<T> {
        let shell = self.clone();
        Callback::from(move |value| command(&shell, value))
    }

    fn fail(&self, text: impl Into<String>) {
        self.act(Action::Notify(Notice::Error(text.into())));
    }

    fn download(&self, name: &str, mime: &str, content: &[u8]) {
        if files::download(name, mime, content).is_err() {
            self.fail(language::current().get("download-refused"));
        }
    }

    /// A tag key or button: tags the selection, or re-tags the chosen annotation.
    pub fn tag(&self, tag: Tag) {
        self.act(tag_action(&self.layout, tag));
    }

    /// Exports the workspace in `format`, and closes the Export dialog.
    pub fn export(&self, format: Format) {
        self.act(Action::Close);
        let state = self.latest.borrow().clone();
        // The workspace file is what autosave last stored: while that is this
        // revision, it is offered as it is, not written again (35 ms at 10,000).
        let saved = self.saved_file.borrow();
        let offered = match &*saved {
            Some((revision, file)) if format == Format::Workspace && *revision == state.revision => {
                files::download_blob(format.file_name(), file)
            }
            // The W3C and CSV files are kept written: this joins their chunks.
            _ => self
                .written
                .borrow_mut()
                .file(format, state.session.workspace(), &written_in(state.session.workspace().exercise()))
                .and_then(|file| files::download_blob(format.file_name(), &file)),
        };
        if offered.is_err() {
            self.fail(language::current().get("download-refused"));
        } else {
            self.note_export();
        }
    }

    /// Notes that the work has a copy outside the browser now.
    fn note_export(&self) {
        let slot = self.slot.clone();
        wasm_bindgen_futures::spawn_local(async move { storage::note_export(&slot, &ids::now()).await });
    }

    /// Adds a pasted article, and closes the Add article dialog.
    pub fn add_article(&self, document: Document) {
        self.act(Action::Close);
        self.act(Action::Edit(Edit::AddDocument(document)));
    }

    /// Closes the Edit article dialog with its change made.
    pub fn edit_article(&self, edit: Action) {
        self.act(Action::Close);
        self.act(edit);
    }

    /// Reads files the reader picked or dropped: annotation files (by their names:
    /// .json, .jsonl, .csv, .zip…) are imported, anything else is opened as an
    /// article, and students' submissions are read into the class together, so
    /// that thirty of them give one summary. With the class on screen, every file
    /// goes to the class, which reads submissions and says what anything else is:
    /// nothing given to the class changes the key. Files picked in the Add article
    /// dialog close it.
    pub fn open_files(&self, files: Vec<File>) {
        let (screen, offset) = {
            let state = self.latest.borrow();
            (state.screen, state.utc_offset)
        };
        if screen == Screen::AddArticle {
            self.act(Action::Close);
        }
        let to_class = screen.shows_the_class();
        let shell = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let mut submissions = Vec::new();
            let read = files::read_all(&files, MAX_IMPORT_BYTES).await;
            for (file, read) in files.into_iter().zip(read) {
                let name = file.name();
                let action = match read {
                    Err(reason) => Action::Notify(Notice::Error(language::current().one(
                        "file-unread",
                        "reason",
                        reason,
                    ))),
                    Ok(bytes) if to_class || formats::submission::recognises(&bytes) => {
                        submissions.push((name, bytes));
                        continue;
                    }
                    Ok(bytes) if formats::is_import(&name) => {
                        shell.import(name, bytes).await;
                        continue;
                    }
                    Ok(bytes) => match article(&name, &bytes, offset) {
                        Ok((doc, said)) => {
                            shell.act(Action::Edit(Edit::AddDocument(doc)));
                            Action::Notify(Notice::Info(said))
                        }
                        Err(reason) => Action::Notify(Notice::Error(language::current().with(
                            "file-refused",
                            &[("file", isolate(&name).into()), ("reason", reason.into())],
                        ))),
                    },
                };
                shell.act(action);
            }
            if !submissions.is_empty() {
                shell.act(Action::ReadSubmissions { files: submissions, at: ids::now() });
            }
        });
    }

    /// Imports a file without freezing the page: its records are placed in pieces
    /// of [`SLICE_MS`], the browser drawing and taking input between them; after
    /// [`QUIET_MS`] a notice says how far it is, with a Stop button; a large file
    /// says it is being read first, since reading it is one piece. The workspace is
    /// merged into as it was when the import began.
    async fn import(&self, file_name: String, bytes: Vec<u8>) {
        if bytes.len() > LARGE_FILE {
            self.act(Action::Importing { file_name: file_name.clone(), progress: None });
            timing::after_next_paint().await;
        }
        let (workspace, current) = {
            let state = self.latest.borrow();
            (state.session.workspace().clone(), state.current.clone())
        };
        self.stop_import.set(false);
        let started = timing::now();
        let (last_turn, last_said) = (Cell::new(started), Cell::new(started));
        let (stop, dispatch, name) = (&*self.stop_import, &self.dispatch, &file_name);
        let (last_turn, last_said) = (&last_turn, &last_said);
        let pause = move |progress| async move {
            let now = timing::now();
            if now - last_turn.get() < SLICE_MS {
                return !stop.get();
            }
            if now - started > QUIET_MS && now - last_said.get() > QUIET_MS / 2.0 {
                dispatch.emit(Action::Importing { file_name: name.clone(), progress: Some(progress) });
                last_said.set(now);
            }
            timing::next_turn().await;
            last_turn.set(timing::now());
            !stop.get()
        };
        let import = formats::import_in_pieces(&workspace, current.as_ref(), &file_name, &bytes, pause).await;
        // Applied and drawn in a task of its own, not after the last slice's work.
        timing::next_turn().await;
        self.act(Action::Imported { file_name, import: import.map(|import| import.map(Box::new)) });
    }

    /// Stops the import under way; nothing of it is merged.
    pub fn stop_import(&self) {
        self.stop_import.set(true);
    }

    /// Saves the exercise the teacher made (in the page's language), with the tags' `definitions`, and
    /// downloads what she asked for; the dialog stays open for the next file, and
    /// closes on Save.
    pub fn hand_out(&self, exercise: Exercise, definitions: Vec<String>, handout: Handout) {
        let exercise = Exercise { language: Some(language::current().language()), ..exercise };
        if handout == Handout::Save {
            self.act(Action::Close);
        }
        let mut workspace = self.latest.borrow().session.workspace().clone();
        let mut edits = Vec::new();
        if workspace.exercise() != Some(&exercise) {
            edits.push(Edit::SetExercise(Some(Rc::new(exercise.clone()))));
        }
        let mut rows = tag_edit::rows(workspace.tags(), Tag::label);
        for (row, definition) in rows.iter_mut().zip(definitions) {
            row.definition = definition;
        }
        if let Ok(Some(edit)) = tag_edit::change_tags(&workspace, &rows, &[]) {
            edits.push(edit);
        }
        if !edits.is_empty() {
            let edit = Edit::Batch(edits);
            workspace.apply(edit.clone()).expect("an exercise and its tags' definitions always apply");
            self.act(Action::Edit(edit));
        }
        let stem = file_stem(&exercise.title);
        match handout {
            Handout::Save => {}
            Handout::StudentFile => self.download(
                &format!("{stem}.framelens-exercise.json"),
                "application/json",
                formats::exercise_file::export(&workspace, &exercise).as_bytes(),
            ),
            Handout::StudentPage => {
                let shell = self.clone();
                let file = formats::exercise_file::export(&workspace, &exercise);
                wasm_bindgen_futures::spawn_local(async move {
                    match bake::bake(&exercise.id, &file).await {
                        Ok(page) => shell.download(&format!("{stem}.html"), "text/html", page.as_bytes()),
                        Err(reason) => shell.fail(language::current().one("page-refused", "reason", reason)),
                    }
                });
            }
            Handout::TeacherFile => self.download(
                &format!("{stem}-teacher.json"),
                "application/json",
                formats::native::export(&workspace).as_bytes(),
            ),
        }
    }

    /// A student's new name.
    pub fn rename_student(&self, name: String) {
        let state = self.latest.borrow().clone();
        let Some(exercise) = state.session.workspace().exercise() else { return };
        if exercise.student() != Some(name.as_str()) {
            let renamed = Exercise { role: Role::Student { name }, ..exercise.clone() };
            self.act(Action::Edit(Edit::SetExercise(Some(Rc::new(renamed)))));
        }
    }

    /// Downloads the student's submission under `name` (kept as her name), or asks
    /// for a name first.
    pub fn hand_in(&self, name: String) {
        self.rename_student(name.clone());
        let state = self.latest.borrow().clone();
        let workspace = state.session.workspace();
        let Some(exercise) = workspace.exercise() else { return };
        if name.is_empty() {
            self.fail(language::current().get("name-first"));
            if let Some(input) = gloo_utils::document().get_element_by_id("student-name") {
                let _ = wasm_bindgen::JsCast::unchecked_into::<web_sys::HtmlElement>(input).focus();
            }
            return;
        }
        let file = formats::submission::export(workspace, exercise, &name, &ids::now());
        self.download(
            &format!("{}-{}.json", file_stem(&exercise.title), file_stem(&name)),
            "application/json",
            file.as_bytes(),
        );
        self.note_export();
        self.act(Action::Notify(Notice::Info(language::current().one("handed-in", "name", isolate(&name)))));
    }

    /// On a shared computer: keeps this student's work apart (she can continue it,
    /// and hand it in, later) and opens a fresh copy for the next student.
    pub fn new_student(&self) {
        let state = self.latest.borrow().clone();
        let workspace = state.session.workspace();
        let (Some(name), Some(fresh)) =
            (workspace.exercise().and_then(|e| e.student()), next_student(workspace))
        else {
            return;
        };
        let (shell, name, file) = (self.clone(), name.to_owned(), formats::native::export(workspace));
        wasm_bindgen_futures::spawn_local(async move {
            match storage::keep_student(&shell.slot, &name, file.as_bytes()).await {
                Ok(()) => shell.act(Action::Reopen(
                    Box::new(fresh),
                    Notice::Info(language::current().one("student-kept", "name", isolate(&name))),
                )),
                Err(reason) => {
                    shell.fail(language::current().with(
                        "student-not-kept",
                        &[("name", isolate(&name).into()), ("reason", reason.into())],
                    ))
                }
            }
        });
    }

    /// Opens `name`'s kept work, keeping the work open now apart first (if it has a name).
    pub fn continue_as(&self, name: String) {
        let state = self.latest.borrow().clone();
        let workspace = state.session.workspace();
        let now = workspace.exercise().and_then(|e| e.student()).filter(|n| !n.is_empty()).map(str::to_owned);
        let (shell, file) = (self.clone(), formats::native::export(workspace));
        wasm_bindgen_futures::spawn_local(async move {
            if let Some(now) = now {
                if let Err(reason) = storage::keep_student(&shell.slot, &now, file.as_bytes()).await {
                    return shell.fail(language::current().one("own-not-kept", "reason", reason));
                }
            }
            let kept = storage::take_student(&shell.slot, &name).await;
            match kept.map(|bytes| restore(&bytes)) {
                Some(Ok((workspace, _))) => shell.act(Action::Reopen(
                    Box::new(workspace),
                    Notice::Info(language::current().one("welcome-back", "name", isolate(&name))),
                )),
                _ => shell.fail(language::current().one("student-unopened", "name", isolate(&name))),
            }
        });
    }

    /// Restores the version kept at `at` (saved `when`, as people read it).
    pub fn restore_version(&self, (at, when): (f64, String)) {
        let shell = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            match storage::version(&shell.slot, at).await.map(|bytes| restore(&bytes)) {
                Some(Ok((workspace, _))) => shell.act(Action::RestoreVersion(Box::new(workspace), when)),
                Some(Err(reason)) => shell.fail(
                    language::current()
                        .with("version-unread", &[("time", when.into()), ("reason", reason.into())]),
                ),
                None => shell.fail(language::current().one("version-gone", "time", when)),
            }
        });
    }

    /// Downloads the version kept at `at` as a workspace file.
    pub fn download_version(&self, (at, when): (f64, String)) {
        let shell = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            match storage::version(&shell.slot, at).await {
                Some(bytes) => {
                    let name = format!("framelens-workspace-{}.json", file_stem(&when));
                    shell.download(&name, "application/json", &bytes);
                }
                None => shell.fail(language::current().one("version-gone", "time", when)),
            }
        });
    }

    /// Downloads one of the class's files: the scores, or feedback pages.
    pub fn class_file(&self, file: ClassFile) {
        let state = self.latest.borrow().clone();
        let workspace = state.session.workspace();
        let Some(exercise) = workspace.exercise() else { return };
        let stem = file_stem(&exercise.title);
        let submissions = &state.class.submissions;
        match file {
            ClassFile::Scores => self.download(
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
                self.download(
                    &name,
                    "text/html",
                    feedback_page::export(
                        workspace,
                        exercise,
                        &chosen,
                        state.utc_offset,
                        &written_in(Some(exercise)),
                    )
                    .as_bytes(),
                );
            }
        }
    }
}

/// How long a piece of long work runs before the browser gets a turn, in ms:
/// well under the 100 ms after which a page feels stuck.
const SLICE_MS: f64 = 40.0;
/// How long long work goes before the page says how far it is, in ms.
const QUIET_MS: f64 = 300.0;
/// A file this large (in bytes) takes long enough to read that the page says so
/// first.
const LARGE_FILE: usize = 2 * 1024 * 1024;

/// The article in a file that is not an annotation file: a saved web page, a Word
/// or OpenDocument text, or a text file; with what the reader should be told of
/// how it was read (dates in the time zone `offset` minutes ahead of UTC).
fn article(name: &str, bytes: &[u8], offset: i32) -> Result<(Document, String), String> {
    let words = language::current();
    if webpage::is_page(name) {
        let (html, _) = encoding::decode(bytes).ok_or_else(|| words.get("page-not-html"))?;
        let tree = crate::ui::browser::webpage::parse(&html)?;
        let page = webpage::extract(&tree).ok_or_else(|| words.get("page-no-article"))?;
        let document = page.document(name).map_err(|error| words.say(&error.said()))?;
        return Ok((document, words.say(&page.said(name, offset))));
    }
    if formats::office::is_office(name) {
        let (document, said) = formats::office::read(name, bytes).map_err(|error| words.say(&error.0))?;
        return Ok((document, words.say(&said)));
    }
    let (document, read) = Document::from_file(name, bytes).map_err(|error| words.say(&error.said()))?;
    let said = words.say(&read.said(name, &document));
    Ok((document, said))
}

/// The words an exercise's pages and report are written in: its own language, else
/// the page's.
fn written_in(exercise: Option<&Exercise>) -> Rc<Messages> {
    let page = language::current();
    match exercise.and_then(|e| e.language) {
        // Another language's messages are read only then: not at every export.
        Some(other) if other != page.language() => Rc::new(Messages::new(other)),
        _ => page,
    }
}

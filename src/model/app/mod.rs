//! The app's state and the actions that change it, as pure data: the UI's reducer
//! calls [`AppState::update`] and nothing else changes the state. No I/O happens
//! here: storage, the DOM and random ids are the UI's business and reach this module
//! as plain data, so every rule of the page is tested natively. What is on screen
//! is part of the state ([`Screen`]).

pub mod article_edit;
pub mod autosave;
pub mod screen;
pub mod versions;

use crate::model::classroom::class::{Class, MessageKind};
use crate::model::classroom::exercise::Role;
use crate::model::formats::intake::Progress;
use crate::model::formats::{Import, ImportError, Orphan};
use crate::model::i18n::Messages;
use crate::model::text::bidi::{isolate, quoted};
use crate::model::{Annotation, AnnotationId, Edit, EditError, Fingerprint, Session, Span, Tag, Workspace};
pub use screen::Screen;
use std::collections::BTreeMap;
use std::rc::Rc;

/// A message for the reader, shown in the page until the next action.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    Info(String),
    Error(String),
    /// Long work under way (an import), which the reader may stop.
    Progress(String),
}

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub session: Session,
    /// The article on screen.
    pub current: Option<Fingerprint>,
    /// The annotation chosen in the text or in the side panel.
    pub selected: Option<AnnotationId>,
    pub notice: Option<Notice>,
    /// Imported annotations that could not be placed, shown until dismissed.
    /// Shared, so that copying the state for each action copies a pointer.
    pub orphans: Rc<[Orphan]>,
    /// Counts changes to the workspace, so that effects (autosave, painting) can
    /// tell a change without comparing workspaces.
    pub revision: u64,
    /// The submissions read into the teacher's copy of the current exercise.
    pub class: Rc<Class>,
    /// The exercise `class` belongs to, by id.
    class_of: Option<String>,
    /// The classes of exercises the workspace had before (another teacher file
    /// imported over it), by exercise id: undoing brings the exercise back, and its
    /// class with it.
    earlier_classes: Rc<BTreeMap<String, Rc<Class>>>,
    /// The workbench, or the one dialog or view over it.
    pub screen: Screen,
    /// The revision that is exactly what storage holds, read from it: autosave has
    /// nothing to write for it.
    pub as_stored: u64,
    /// How many minutes the reader's time zone is ahead of UTC, for the times the
    /// page shows (files keep UTC).
    pub utc_offset: i32,
    /// The words of the page's language, for the notices the state says.
    pub words: Rc<Messages>,
}

/// Everything a reader can do that changes the state.
#[derive(Debug)]
pub enum Action {
    /// A tag key or button: tags the new span if there is one, else re-tags the
    /// chosen annotation.
    Tag {
        tag: Tag,
        new: Option<Annotation>,
    },
    Edit(Edit),
    /// How far the page has come with importing a file it merges in pieces: still
    /// reading it (None), or placing its records.
    Importing {
        file_name: String,
        progress: Option<Progress>,
    },
    /// The end of an import (`formats::import_in_pieces`): the merge, why the file
    /// could not be read, or None when the reader stopped it.
    Imported {
        file_name: String,
        import: Result<Option<Box<Import>>, ImportError>,
    },
    /// Students' submission files (name and content), read into the class.
    ReadSubmissions {
        files: Vec<(String, Vec<u8>)>,
        /// When they were read (ISO 8601).
        at: String,
    },
    /// Keeps the waiting second submission `n` in place of its student's first
    /// (`later`), or lets it go.
    ChooseSubmission {
        n: usize,
        later: bool,
    },
    /// Opens the sample exercise as its teacher, with the sample students' work.
    OpenSampleClass,
    /// Puts a stretch of an article into the class's gold layer with a tag.
    AcceptGold {
        article: Fingerprint,
        span: Span,
        tag: Tag,
        id: AnnotationId,
        created: String,
    },
    /// Takes a stretch out of the gold layer.
    RejectGold {
        article: Fingerprint,
        span: Span,
    },
    /// Makes the gold layer the key of one article, or of all (`None`); one undo
    /// brings the old key back.
    GoldAsKey(Option<Fingerprint>),
    DismissOrphans,
    /// Takes the notice off the page.
    DismissNotice,
    Undo,
    Redo,
    DeleteSelected,
    OpenArticle(Fingerprint),
    /// Moves to the next (+1) or previous (-1) article.
    Step(isize),
    Select(Option<AnnotationId>),
    Notify(Notice),
    /// Opens another workspace in place of this one, with no way back by Undo (the
    /// next student on a shared computer must not undo into the last one's work).
    Reopen(Box<Workspace>, Notice),
    /// Makes the workspace an earlier version of it, saved at the time given (as
    /// people read it); one undo brings back what was open.
    RestoreVersion(Box<Workspace>, String),
    /// The same, for the session as storage holds it (saved by another tab), with
    /// its undo history: nothing needs saving until it changes.
    ReopenStored(Box<Session>, Notice),
    /// Gives an article this title, source and text (see `article_edit`): one
    /// edit, the annotations following their words into a changed text.
    EditArticle {
        document: Fingerprint,
        title: String,
        source: String,
        text: String,
    },
    /// Shows a dialog or view over the workbench (or the workbench), if it has
    /// something to show.
    Show(Screen),
    /// Closes the dialog or view on screen, returning where it was opened from.
    Close,
    /// The page speaks in these words from now on (the page's own, not read again).
    Speak(Rc<Messages>),
}

impl AppState {
    /// The state of `session`, saying `notice` first, and its notices in `words`.
    pub fn new(session: Session, notice: Option<Notice>, words: Rc<Messages>) -> AppState {
        let current = session.workspace().documents().first().map(|d| d.fingerprint().clone());
        let class_of = session.workspace().exercise().map(|e| e.id.clone());
        AppState {
            session,
            current,
            selected: None,
            notice,
            orphans: Rc::new([]),
            revision: 0,
            class_of,
            class: Rc::default(),
            earlier_classes: Rc::default(),
            screen: Screen::Workbench,
            utc_offset: 0,
            as_stored: 0,
            words,
        }
    }

    /// Applies an edit and follows it: a new document becomes the current one, a new
    /// annotation the chosen one. On failure nothing changes.
    fn apply(&mut self, edit: Edit) -> Result<(), EditError> {
        let follow = Follow::of(&edit, self.session.workspace());
        self.session.apply(edit)?;
        self.changed();
        match follow {
            Follow::Document(fingerprint) => self.open(fingerprint),
            Follow::Annotation(id) => self.selected = Some(id),
            Follow::Removed(title) => {
                self.notice = Some(Notice::Info(self.words.one("removed", "title", quoted(&title))))
            }
            Follow::Stay => {}
        }
        Ok(())
    }

    /// Applies a reader's edit, saying in a notice why it was refused.
    fn edit(&mut self, edit: Edit) {
        match self.apply(edit) {
            Ok(()) => {}
            Err(EditError::DuplicateDocument(fingerprint)) => {
                self.open(fingerprint);
                self.notice = Some(Notice::Info(self.words.get("already-open")));
            }
            Err(error) => self.notice = Some(Notice::Error(self.words.sentence(&error.said()))),
        }
    }

    /// Called after every change to the workspace: drops choices that no longer
    /// exist (after an undo, say) and bumps the revision.
    fn changed(&mut self) {
        self.revision += 1;
        let workspace = self.session.workspace();
        if self.selected.is_some_and(|id| workspace.annotation(id).is_none()) {
            self.selected = None;
        }
        if self.current.as_ref().is_none_or(|f| workspace.document(f).is_none()) {
            self.current = workspace.documents().first().map(|d| d.fingerprint().clone());
        }
        // A class belongs to its exercise: another exercise brings its own.
        let exercise = workspace.exercise().map(|e| e.id.clone());
        if exercise != self.class_of {
            let earlier = Rc::make_mut(&mut self.earlier_classes);
            let class = std::mem::take(&mut self.class);
            if let Some(id) = self.class_of.take() {
                earlier.insert(id, class);
            }
            self.class = exercise.as_ref().and_then(|id| earlier.remove(id)).unwrap_or_default();
            self.class_of = exercise;
        }
    }

    fn open(&mut self, fingerprint: Fingerprint) {
        if self.current.as_ref() != Some(&fingerprint) {
            self.selected = None;
        }
        self.current = Some(fingerprint);
    }

    fn step(&mut self, by: isize) {
        let docs = self.session.workspace().documents();
        if docs.is_empty() {
            return;
        }
        let at = docs.iter().position(|d| Some(d.fingerprint()) == self.current.as_ref()).unwrap_or(0);
        let next = (at as isize + by).rem_euclid(docs.len() as isize) as usize;
        self.open(docs[next].fingerprint().clone());
    }

    /// Reads submissions into the class, when this is the teacher's copy of an
    /// exercise; each file's own message is in the class.
    fn read_submissions(&mut self, files: Vec<(String, Vec<u8>)>, at: &str) {
        let workspace = self.session.workspace();
        let Some(exercise) = workspace.exercise().filter(|e| e.role == Role::Teacher) else {
            self.notice = Some(Notice::Error(self.words.get("not-teacher")));
            return;
        };
        let count = files.len();
        Rc::make_mut(&mut self.class).hand_in(files, exercise, workspace, at, self.utc_offset, &self.words);
        let refused = self.class.messages.iter().filter(|m| m.kind == MessageKind::Refused).count();
        let students = self.class.submissions.len();
        let text = self.words.with(
            "read-files",
            &[("read", (count - refused).into()), ("count", count.into()), ("students", students.into())],
        );
        self.notice = Some(if refused > 0 { Notice::Error(text) } else { Notice::Info(text) });
    }

    /// Applies an import's merge, unless it would make a teacher's copy a
    /// student's; or says why nothing changed.
    fn imported(&mut self, file_name: &str, import: Result<Option<Box<Import>>, ImportError>) {
        match import {
            Ok(Some(import)) => match self.student_copy_over_teachers(&import.edit) {
                None => self.import(*import),
                Some(title) => {
                    self.notice = Some(Notice::Error(self.words.with(
                        "student-copy-refused",
                        &[("file", isolate(file_name).into()), ("title", quoted(&title).into())],
                    )))
                }
            },
            Ok(None) => {
                self.notice = Some(Notice::Info(self.words.one("import-stopped", "file", isolate(file_name))))
            }
            Err(error) => {
                self.notice = Some(Notice::Error(self.words.with(
                    "import-refused",
                    &[("file", isolate(file_name).into()), ("reason", self.words.say(&error.0).into())],
                )))
            }
        }
    }

    fn import(&mut self, import: Import) {
        let Import {
            edit,
            documents,
            annotations,
            reanchored,
            orphans,
            mut warnings,
            notes,
            exercise,
            added_tags,
        } = import;
        if let Err(error) = self.apply(edit) {
            self.notice =
                Some(Notice::Error(self.words.one("import-failed", "reason", self.words.say(&error.said()))));
            return;
        }
        let words = &self.words;
        let mut said = vec![match exercise {
            Some(title) => words.one("import-exercise", "title", quoted(&title)),
            None => words
                .with("import-done", &[("articles", documents.into()), ("annotations", annotations.into())]),
        }];
        if reanchored > 0 {
            said.push(words.one("import-reanchored", "count", reanchored));
        }
        if !orphans.is_empty() {
            said.push(words.one("import-orphans", "count", orphans.len()));
            self.orphans = self.orphans.iter().cloned().chain(orphans).collect();
        }
        if !added_tags.is_empty() {
            let names: Vec<String> =
                added_tags.iter().map(|t| format!("“{}”", isolate(&t.label()))).collect();
            said.push(words.with(
                "import-new-tags",
                &[("count", added_tags.len().into()), ("tags", names.join(", ").into())],
            ));
        }
        for note in notes {
            said.push(words.one("import-note", "note", words.say(&note)));
        }
        if !warnings.is_empty() {
            let count = warnings.len();
            warnings.truncate(5);
            let separator = words.get("warning-separator");
            let mut items: Vec<String> = warnings.iter().map(|w| words.say(w)).collect();
            if count > 5 {
                items.push("…".to_owned());
            }
            let items = items.join(&separator);
            said.push(words.with("import-skipped", &[("count", count.into()), ("items", items.into())]));
        }
        let text = said.join(" ");
        self.notice = Some(Notice::Info(text));
    }
}

/// Whether `edit` changes the tag set.
fn changes_tags(edit: &Edit) -> bool {
    match edit {
        Edit::SetTags(_) => true,
        Edit::Batch(edits) => edits.iter().any(changes_tags),
        _ => false,
    }
}

impl AppState {
    /// Whether this is a student's copy, whose tags are the teacher's.
    fn tags_fixed(&self) -> bool {
        self.session.workspace().exercise().is_some_and(|e| e.student().is_some())
    }

    /// The title of the student's exercise `edit` would set in place of the
    /// teacher's: an import must never turn the teacher's copy into a student's.
    fn student_copy_over_teachers(&self, edit: &Edit) -> Option<String> {
        self.session.workspace().exercise().filter(|e| e.role == Role::Teacher)?;
        let Edit::Batch(edits) = edit else { return None };
        edits.iter().find_map(|edit| match edit {
            Edit::SetExercise(Some(exercise)) if exercise.student().is_some() => Some(exercise.title.clone()),
            _ => None,
        })
    }
}

/// What the page does after an edit succeeds.
enum Follow {
    /// Opens the new document.
    Document(Fingerprint),
    /// Chooses the new annotation.
    Annotation(AnnotationId),
    /// Says which document went, and how to get it back.
    Removed(String),
    Stay,
}

impl Follow {
    fn of(edit: &Edit, workspace: &Workspace) -> Follow {
        match edit {
            Edit::AddDocument(doc) => Follow::Document(doc.fingerprint().clone()),
            Edit::AddAnnotation(a) => Follow::Annotation(a.id),
            Edit::RemoveDocument(fingerprint) => match workspace.document(fingerprint) {
                Some(doc) => Follow::Removed(doc.title.clone()),
                None => Follow::Stay,
            },
            // A batch (an import) opens the first document it adds.
            Edit::Batch(edits) => edits
                .iter()
                .find_map(|e| match e {
                    Edit::AddDocument(doc) => Some(Follow::Document(doc.fingerprint().clone())),
                    _ => None,
                })
                .unwrap_or(Follow::Stay),
            _ => Follow::Stay,
        }
    }
}

/// Changes after which a reader who has not exported for days is reminded to.
pub const REMIND_AFTER_CHANGES: u64 = 50;
/// Days without an export after which a reader making changes is reminded.
pub const REMIND_AFTER_DAYS: f64 = 3.0;

/// Whether to remind the reader that her work lives only in this browser: after
/// [`REMIND_AFTER_CHANGES`] changes in this visit, when she has never exported
/// (or handed in) here, or not for [`REMIND_AFTER_DAYS`].
pub fn should_remind(changes: u64, days_since_export: Option<f64>) -> bool {
    changes >= REMIND_AFTER_CHANGES && days_since_export.is_none_or(|days| days >= REMIND_AFTER_DAYS)
}

/// A fresh copy of a student's exercise for the next student on a shared
/// computer: the exercise's articles, no annotations, no name.
pub fn next_student(workspace: &Workspace) -> Option<Workspace> {
    let exercise = workspace.exercise().filter(|e| e.student().is_some())?;
    let mut fresh = Workspace::default();
    let documents = exercise.articles.iter().filter_map(|f| workspace.document(f)).cloned();
    let mut edits: Vec<Edit> = documents.map(Edit::AddDocument).collect();
    let unnamed = super::Exercise { role: Role::Student { name: String::new() }, ..exercise.clone() };
    edits.push(Edit::SetExercise(Some(Rc::new(unnamed))));
    fresh.apply(Edit::Batch(edits)).ok()?;
    Some(fresh)
}

impl AppState {
    /// Applies one action. Any notice from before is dropped, except on moving
    /// between screens: notices answer the action just taken. Afterwards the screen
    /// is one that has something to show.
    pub fn update(&mut self, action: Action) {
        // A change of screen or of language says nothing new: what the page said stays.
        if !matches!(action, Action::Show(_) | Action::Close | Action::Speak(_)) {
            self.notice = None;
        }
        self.act(action);
        if !self.screen.can_show(self.session.workspace(), &self.class) {
            self.screen = Screen::Workbench;
        }
    }

    fn act(&mut self, action: Action) {
        let changes_articles = matches!(
            action,
            Action::Imported { .. }
                | Action::Edit(Edit::AddDocument(_) | Edit::InsertDocument { .. } | Edit::RemoveDocument(_))
        );
        if changes_articles && self.session.workspace().exercise().is_some_and(|e| e.articles_fixed()) {
            self.notice = Some(Notice::Info(self.words.get("articles-fixed")));
            return;
        }
        match action {
            Action::Tag { tag, new: Some(mut annotation) } => {
                annotation.tag = tag;
                self.edit(Edit::AddAnnotation(annotation));
            }
            Action::Tag { tag, new: None } => match self.selected {
                Some(id) => self.edit(Edit::SetTag { id, tag }),
                None => {
                    let key = self.session.workspace().tags().key(&tag);
                    let label = self.words.tag(&tag);
                    self.notice = Some(Notice::Info(match key {
                        Some(key) => self
                            .words
                            .with("select-first", &[("key", key.to_string().into()), ("tag", label.into())]),
                        None => self.words.one("select-first-unkeyed", "tag", label),
                    }))
                }
            },
            Action::Edit(edit) if self.tags_fixed() && changes_tags(&edit) => {
                self.notice = Some(Notice::Info(self.words.get("tags-fixed")));
            }
            Action::Edit(edit) => self.edit(edit),
            Action::EditArticle { document, title, source, text } => {
                let workspace = self.session.workspace();
                match article_edit::edit_article(workspace, &document, &title, &source, &text) {
                    Ok(article_edit::ArticleEdit { edit, orphans, article }) => {
                        self.edit(edit);
                        if self.session.workspace().document(&article).is_some() {
                            self.current = Some(article);
                        }
                        if !orphans.is_empty() {
                            self.notice =
                                Some(Notice::Info(self.words.one("edit-orphans", "count", orphans.len())));
                            self.orphans = self.orphans.iter().cloned().chain(orphans).collect();
                        }
                    }
                    Err(reason) => {
                        self.notice = Some(Notice::Error(self.words.one(
                            "edit-refused",
                            "reason",
                            self.words.say(&reason),
                        )))
                    }
                }
            }
            Action::Importing { file_name, progress } => {
                // Nothing counted yet (a total of 0): the file is still being read.
                self.notice = Some(Notice::Progress(match progress.filter(|p| p.total > 0) {
                    None => self.words.one("reading-file", "file", isolate(&file_name)),
                    Some(progress) => self.words.with(
                        if progress.reading { "importing-read" } else { "importing-placed" },
                        &[
                            ("file", isolate(&file_name).into()),
                            ("done", progress.done.into()),
                            ("total", progress.total.into()),
                        ],
                    ),
                }))
            }
            Action::Imported { file_name, import } => self.imported(&file_name, import),
            Action::ReadSubmissions { files, at } => self.read_submissions(files, &at),
            Action::ChooseSubmission { n, later } => Rc::make_mut(&mut self.class).choose(n, later),
            Action::AcceptGold { article, span, tag, id, created } => {
                Rc::make_mut(&mut self.class).accept(&article, span, tag, id, &created)
            }
            Action::RejectGold { article, span } => Rc::make_mut(&mut self.class).reject(&article, span),
            Action::GoldAsKey(article) => {
                let workspace = self.session.workspace();
                let Some(exercise) = workspace.exercise() else { return };
                let changes = self.class.key_changes(workspace, exercise, article.as_ref());
                let edit = self.class.gold_as_key(workspace, exercise, article.as_ref());
                self.edit(edit);
                let said: Vec<String> = changes
                    .iter()
                    .map(|c| {
                        self.words.with(
                            "gold-change-said",
                            &[
                                ("title", quoted(&c.title).into()),
                                ("now", c.now.into()),
                                ("after", c.after.into()),
                            ],
                        )
                    })
                    .collect();
                self.notice = Some(Notice::Info(self.words.one("gold-now-key", "changes", said.join("; "))));
            }
            Action::OpenSampleClass => {
                let (edit, submissions) = crate::model::classroom::sample::class(self.session.workspace());
                self.edit(edit);
                self.class = Rc::new(Class { submissions, ..Class::default() });
                self.screen = Screen::Workbench;
                self.notice = Some(Notice::Info(self.words.get("sample-opened")));
            }
            Action::Undo | Action::Redo => {
                let undo = matches!(action, Action::Undo);
                let done = if undo { self.session.undo() } else { self.session.redo() };
                if done {
                    self.changed();
                } else {
                    self.notice = Some(Notice::Info(self.words.get(if undo {
                        "nothing-undo"
                    } else {
                        "nothing-redo"
                    })));
                }
            }
            Action::DeleteSelected => {
                if let Some(id) = self.selected {
                    self.edit(Edit::RemoveAnnotation(id));
                }
            }
            Action::OpenArticle(fingerprint) => self.open(fingerprint),
            Action::Step(by) => self.step(by),
            Action::Select(id) => self.selected = id,
            Action::DismissOrphans => self.orphans = Rc::new([]),
            Action::DismissNotice => {}
            Action::Notify(notice) => self.notice = Some(notice),
            Action::Show(screen) => {
                if screen.can_show(self.session.workspace(), &self.class) {
                    self.screen = screen;
                }
            }
            Action::Close => self.screen = self.screen.back(),
            Action::Speak(words) => self.words = words,
            Action::RestoreVersion(version, when) => {
                let edit = self.session.workspace().becoming(&version);
                self.edit(edit);
                if self.notice.is_none() {
                    self.notice = Some(Notice::Info(self.words.one("restored", "time", when)));
                }
                self.screen = Screen::Workbench;
            }
            Action::ReopenStored(session, notice) => {
                self.reopen(*session, notice);
                self.as_stored = self.revision;
            }
            Action::Reopen(workspace, notice) => self.reopen(Session::new(*workspace), notice),
        }
    }
}

impl AppState {
    /// Opens `session` in place of this one; the same exercise keeps its class, and
    /// the reader her article.
    fn reopen(&mut self, session: Session, notice: Notice) {
        let mut next = AppState::new(session, Some(notice), self.words.clone());
        next.utc_offset = self.utc_offset;
        next.revision = self.revision + 1;
        if next.class_of == self.class_of {
            next.class = self.class.clone();
        }
        if let Some(current) = self.current.take().filter(|f| next.session.workspace().document(f).is_some())
        {
            next.current = Some(current);
        }
        *self = next;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::classroom::sample;
    use crate::model::formats;
    use crate::model::i18n::Language;
    use crate::model::testing::{annotation, english};
    use crate::model::Exercise;

    #[test]
    fn a_change_of_language_keeps_what_the_page_said_and_says_the_next_thing_in_it() {
        let mut s = AppState::new(
            Session::new(Workspace::default()),
            Some(Notice::Error("Autosave is off".into())),
            english(),
        );
        s.update(Action::Speak(Rc::new(Messages::new(Language::Fr))));
        assert_eq!(s.notice, Some(Notice::Error("Autosave is off".into())));
        s.update(Action::Undo);
        assert_eq!(s.notice, Some(Notice::Info("Rien à annuler.".into())));
        // Another session opened in its place (another tab's save) speaks on in French.
        s.update(Action::Reopen(Box::default(), Notice::Info("…".into())));
        s.update(Action::Undo);
        assert_eq!(s.notice, Some(Notice::Info("Rien à annuler.".into())));
    }
    fn state() -> AppState {
        let mut workspace = Workspace::default();
        workspace.apply(sample::edit()).unwrap();
        AppState::new(Session::new(workspace), None, english())
    }

    /// Imports a file in one go, as the page does in pieces.
    fn import(state: &mut AppState, file_name: &str, bytes: Vec<u8>) {
        let import = formats::import(state.session.workspace(), state.current.as_ref(), file_name, &bytes);
        state.update(Action::Imported {
            file_name: file_name.into(),
            import: import.map(|i| Some(Box::new(i))),
        });
    }

    fn first_doc(state: &AppState) -> crate::model::Document {
        state.session.workspace().documents()[0].clone()
    }

    #[test]
    fn opens_on_the_first_article() {
        let s = state();
        assert_eq!(s.current.as_ref(), Some(first_doc(&s).fingerprint()));
    }

    #[test]
    fn a_tag_key_tags_the_selection_and_then_retags_the_chosen_annotation() {
        let mut s = state();
        let doc = first_doc(&s);
        s.update(Action::Tag {
            tag: Tag::new("quote"),
            new: Some(annotation(1, &doc, 0, 4, Tag::new("claim"))),
        });
        let id = AnnotationId(1);
        assert_eq!(s.selected, Some(id));
        assert_eq!(s.session.workspace().annotation(id).unwrap().tag, Tag::new("quote"));
        s.update(Action::Tag { tag: Tag::new("fact"), new: None });
        assert_eq!(s.session.workspace().annotation(id).unwrap().tag, Tag::new("fact"));
        assert_eq!(s.revision, 2);
    }

    #[test]
    fn a_tag_key_without_selection_explains_itself() {
        let mut s = state();
        s.update(Action::Tag { tag: Tag::new("claim"), new: None });
        assert!(matches!(&s.notice, Some(Notice::Info(text)) if text.contains("Select some text")));
        assert_eq!(s.revision, 0);
    }

    #[test]
    fn a_notice_stays_until_the_next_action_or_until_dismissed() {
        let mut s = state();
        s.update(Action::Tag { tag: Tag::new("claim"), new: None });
        assert!(s.notice.is_some());
        s.update(Action::DismissNotice);
        assert_eq!(s.notice, None);
        assert_eq!(s.revision, 0);
    }

    #[test]
    fn undo_forgets_a_choice_that_no_longer_exists() {
        let mut s = state();
        let doc = first_doc(&s);
        s.update(Action::Edit(Edit::AddAnnotation(annotation(1, &doc, 0, 4, Tag::new("claim")))));
        s.update(Action::Undo);
        assert_eq!(s.selected, None);
        assert!(s.session.workspace().annotation_count() == 0);
        s.update(Action::Redo);
        assert_eq!(s.session.workspace().annotation_count(), 1);
        s.update(Action::Redo);
        assert_eq!(s.notice, Some(Notice::Info("Nothing to redo.".into())));
    }

    #[test]
    fn articles_step_round_and_opening_one_drops_the_choice() {
        let mut s = state();
        let docs: Vec<_> =
            s.session.workspace().documents().iter().map(|d| d.fingerprint().clone()).collect();
        s.update(Action::Edit(Edit::AddAnnotation(annotation(1, &first_doc(&s), 0, 4, Tag::new("claim")))));
        s.update(Action::Step(-1));
        assert_eq!(s.current.as_ref(), docs.last());
        assert_eq!(s.selected, None);
        s.update(Action::Step(1));
        assert_eq!(s.current.as_ref(), docs.first());
    }

    #[test]
    fn adding_an_open_article_again_switches_to_it() {
        let mut s = state();
        let doc = first_doc(&s);
        s.update(Action::Step(2));
        s.update(Action::Edit(Edit::AddDocument(doc.clone())));
        assert_eq!(s.current.as_ref(), Some(doc.fingerprint()));
        assert_eq!(s.session.workspace().documents().len(), 5);
    }

    #[test]
    fn an_import_in_pieces_says_how_far_it_is_and_a_stopped_one_changes_nothing() {
        use crate::model::formats::intake::finish_now;
        let mut s = state();
        let before = s.session.workspace().clone();
        let file = formats::Format::W3c.export(
            &{
                let mut w = before.clone();
                let doc = w.documents()[0].clone();
                for (n, start) in [0, 10, 20].into_iter().enumerate() {
                    w.apply(Edit::AddAnnotation(annotation(
                        900 + n as u128,
                        &doc,
                        start,
                        start + 5,
                        Tag::new("fact"),
                    )))
                    .unwrap();
                }
                w
            },
            &Messages::new(Language::En),
        );
        let mut seen = Vec::new();
        let stopped = finish_now(formats::import_in_pieces(&before, None, "a.jsonld", &file, |progress| {
            seen.push(progress);
            std::future::ready(progress.done < 2)
        }));
        // The three are read one by one (a W3C page), and the import stops at the third.
        let steps: Vec<_> = seen.iter().map(|p| (p.done, p.total, p.reading)).collect();
        assert_eq!(steps, [(0, 3, true), (1, 3, true), (2, 3, true)]);
        s.update(Action::Importing { file_name: "a.jsonld".into(), progress: None });
        assert_eq!(s.notice, Some(Notice::Progress("Reading \u{2068}a.jsonld\u{2069}…".into())));
        s.update(Action::Importing { file_name: "a.jsonld".into(), progress: Some(seen[2]) });
        assert_eq!(
            s.notice,
            Some(Notice::Progress("Importing \u{2068}a.jsonld\u{2069}: 2 of 3 annotations read…".into()))
        );
        s.update(Action::Imported { file_name: "a.jsonld".into(), import: stopped.map(|i| i.map(Box::new)) });
        assert_eq!(
            s.notice,
            Some(Notice::Info("Stopped importing \u{2068}a.jsonld\u{2069}: nothing changed.".into()))
        );
        assert_eq!(*s.session.workspace(), before);
        let whole = finish_now(formats::import_in_pieces(&before, None, "a.jsonld", &file, |_| {
            std::future::ready(true)
        }));
        s.update(Action::Imported { file_name: "a.jsonld".into(), import: whole.map(|i| i.map(Box::new)) });
        assert_eq!(s.session.workspace().annotations().count(), before.annotations().count() + 3);
    }

    #[test]
    fn imports_merge_and_broken_files_change_nothing() {
        let mut s = state();
        let before = s.session.workspace().clone();
        import(&mut s, "broken.json", b"{\"format\": ".to_vec());
        assert!(
            matches!(&s.notice, Some(Notice::Error(t)) if t.starts_with("\u{2068}broken.json\u{2069} was not imported, nothing changed: this is not a valid file: line 1"))
        );
        assert_eq!(s.session.workspace(), &before);

        let mut other = Workspace::default();
        let doc = crate::model::Document::new("Mine", "Me", "My own text 👋").unwrap();
        other.apply(Edit::AddDocument(doc.clone())).unwrap();
        other.apply(Edit::AddAnnotation(annotation(5, &doc, 0, 2, Tag::new("claim")))).unwrap();
        import(&mut s, "mine.json", formats::native::export(&other).into_bytes());
        assert_eq!(s.notice, Some(Notice::Info("Imported 1 article and 1 annotation.".into())));
        assert_eq!(s.current.as_ref(), Some(doc.fingerprint()));
        s.update(Action::Undo);
        assert_eq!(s.session.workspace(), &before);
    }

    #[test]
    fn removing_the_open_article_opens_another_and_undo_restores_it() {
        let mut s = state();
        let doc = first_doc(&s);
        s.update(Action::Edit(Edit::AddAnnotation(annotation(1, &doc, 0, 4, Tag::new("claim")))));
        s.update(Action::Edit(Edit::RemoveDocument(doc.fingerprint().clone())));
        assert!(matches!(&s.notice, Some(Notice::Info(t)) if t.starts_with("Removed “\u{2068}Syria’s HTS")));
        assert_eq!(s.session.workspace().documents().len(), 4);
        assert_ne!(s.current.as_ref(), Some(doc.fingerprint()));
        assert_eq!(s.selected, None);
        s.update(Action::Undo);
        assert_eq!(s.session.workspace().documents().len(), 5);
        assert_eq!(s.session.workspace().annotation_count(), 1);
    }

    #[test]
    fn refused_edits_become_error_notices() {
        let mut s = state();
        let doc = first_doc(&s);
        s.update(Action::Edit(Edit::AddAnnotation(annotation(1, &doc, 4, 4, Tag::new("claim")))));
        assert!(matches!(&s.notice, Some(Notice::Error(text)) if text.starts_with("Select some text")));
    }

    #[test]
    fn submissions_are_read_only_into_the_teachers_copy_of_an_exercise() {
        let mut s = state();
        let file = b"{\"format\": \"framelens-submission\"}".to_vec();
        s.update(Action::ReadSubmissions { files: vec![("ana.json".into(), file.clone())], at: "t".into() });
        assert!(
            matches!(&s.notice, Some(Notice::Error(text)) if text.contains("Open the exercise's teacher file"))
        );
        let exercise = crate::model::Exercise {
            id: "e".into(),
            title: "T".into(),
            instructions: String::new(),
            articles: vec![first_doc(&s).fingerprint().clone()],
            role: Role::Teacher,
            locked: false,
            language: None,
        };
        s.update(Action::Edit(Edit::SetExercise(Some(Rc::new(exercise)))));
        s.update(Action::ReadSubmissions { files: vec![("ana.json".into(), file)], at: "t".into() });
        assert!(matches!(&s.notice, Some(Notice::Error(text)) if text.starts_with("Read 0 of 1 file;")));
        assert_eq!(s.class.messages[0].kind, MessageKind::Refused);
    }

    /// The sample exercise as its teacher, with its five students.
    fn teacher() -> AppState {
        let mut s = state();
        s.update(Action::OpenSampleClass);
        s
    }

    #[test]
    fn no_import_turns_the_teachers_copy_into_a_students() {
        let mut s = teacher();
        let before = s.session.workspace().clone();
        let exercise = before.exercise().unwrap();
        // Another exercise's student file, and the same exercise's.
        let other = Exercise { id: "other".into(), title: "Another lesson".into(), ..exercise.clone() };
        for handed_out in [&other, exercise] {
            let file = formats::exercise_file::export(&before, handed_out);
            import(&mut s, "lesson.json", file.into_bytes());
            assert_eq!(s.session.workspace(), &before);
        }
        assert!(
            matches!(&s.notice, None | Some(Notice::Info(_))),
            "the same exercise's student file adds nothing: {:?}",
            s.notice
        );
        let file = formats::exercise_file::export(&before, &other);
        import(&mut s, "lesson.json", file.into_bytes());
        assert!(
            matches!(&s.notice, Some(Notice::Error(t)) if t.contains("would turn your teacher's copy into a student's")),
            "{:?}",
            s.notice
        );
        assert_eq!(s.class.submissions.len(), 5);
    }

    #[test]
    fn another_exercise_brings_its_own_class_and_undo_brings_the_first_back() {
        let mut s = teacher();
        let workspace = s.session.workspace().clone();
        let other = Exercise {
            id: "other".into(),
            title: "Another lesson".into(),
            ..workspace.exercise().unwrap().clone()
        };
        let mut theirs = workspace.clone();
        theirs.apply(Edit::SetExercise(Some(Rc::new(other)))).unwrap();
        import(&mut s, "teacher.json", formats::native::export(&theirs).into_bytes());
        assert_eq!(s.session.workspace().exercise().unwrap().title, "Another lesson");
        assert!(s.class.submissions.is_empty(), "a new class for the new exercise");
        s.update(Action::Undo);
        assert_eq!(s.session.workspace().exercise().unwrap().id, workspace.exercise().unwrap().id);
        assert_eq!(s.class.submissions.len(), 5);
    }

    #[test]
    fn the_gold_layer_becomes_the_key_of_one_article_and_undo_takes_it_back() {
        let mut s = teacher();
        let before = s.session.workspace().clone();
        let articles = before.exercise().unwrap().articles.clone();
        let key = |s: &AppState, n: usize| s.session.workspace().annotations_of(&articles[n]).len();
        let (first, second) = (key(&s, 0), key(&s, 1));
        assert!(first > 1 && second > 0);
        s.update(Action::AcceptGold {
            article: articles[0].clone(),
            span: Span::new(0, 4),
            tag: Tag::new("fact"),
            id: AnnotationId(900),
            created: "t".into(),
        });
        s.update(Action::GoldAsKey(Some(articles[0].clone())));
        assert_eq!((key(&s, 0), key(&s, 1)), (1, second), "only the first article's key changed");
        assert!(
            matches!(&s.notice, Some(Notice::Info(t)) if t.contains(&format!("from {first} to 1"))),
            "{:?}",
            s.notice
        );
        s.update(Action::Undo);
        assert_eq!(s.session.workspace(), &before);
    }

    #[test]
    fn a_locked_students_copy_keeps_its_articles() {
        let mut s = teacher();
        let workspace = s.session.workspace().clone();
        let handed_out = formats::exercise_file::export(&workspace, workspace.exercise().unwrap());
        let mut student = state();
        let first = first_doc(&student);
        for doc in student.session.workspace().documents().to_vec() {
            student.update(Action::Edit(Edit::RemoveDocument(doc.fingerprint().clone())));
        }
        import(&mut student, "exercise.json", handed_out.into_bytes());
        assert!(student.session.workspace().exercise().unwrap().articles_fixed());
        let before = student.session.workspace().clone();
        student.update(Action::Edit(Edit::RemoveDocument(first.fingerprint().clone())));
        student.update(Action::Edit(Edit::AddDocument(
            crate::model::Document::new("A", "B", "Another text").unwrap(),
        )));
        import(&mut student, "other.json", formats::native::export(&workspace).into_bytes());
        assert_eq!(student.session.workspace(), &before);
        assert!(matches!(&student.notice, Some(Notice::Info(t)) if t.starts_with("Your teacher fixed")));
        // Tagging is what a student does.
        student.update(Action::Tag {
            tag: Tag::new("claim"),
            new: Some(annotation(7, &first, 0, 4, Tag::new("claim"))),
        });
        assert_eq!(student.session.workspace().annotation_count(), 1);
        s.update(Action::Edit(Edit::RemoveDocument(first.fingerprint().clone())));
        assert_eq!(s.session.workspace().documents().len(), 4, "the teacher's copy is not locked");
    }

    #[test]
    fn the_next_student_gets_a_fresh_copy_and_cannot_undo_into_the_last_ones_work() {
        let teacher = teacher();
        let workspace = teacher.session.workspace();
        let handed_out = formats::exercise_file::export(workspace, workspace.exercise().unwrap());
        let mut s = AppState::new(Session::new(Workspace::default()), None, english());
        import(&mut s, "exercise.json", handed_out.into_bytes());
        let doc = first_doc(&s);
        s.update(Action::Tag {
            tag: Tag::new("quote"),
            new: Some(annotation(3, &doc, 0, 4, Tag::new("quote"))),
        });
        let renamed = crate::model::Exercise {
            role: Role::Student { name: "Ana".into() },
            ..s.session.workspace().exercise().unwrap().clone()
        };
        s.update(Action::Edit(Edit::SetExercise(Some(Rc::new(renamed)))));
        let fresh = next_student(s.session.workspace()).unwrap();
        assert_eq!(fresh.annotation_count(), 0);
        assert_eq!(fresh.exercise().unwrap().student(), Some(""));
        assert_eq!(fresh.documents().len(), 5);
        s.update(Action::Reopen(Box::new(fresh), Notice::Info("Start".into())));
        assert!(!s.session.can_undo());
        s.update(Action::Undo);
        assert_eq!(s.session.workspace().annotation_count(), 0);
        assert_eq!(next_student(teacher.session.workspace()), None, "a teacher's copy has no next student");
    }

    #[test]
    fn a_reader_who_has_not_exported_for_days_is_reminded_after_many_changes() {
        assert!(!should_remind(10, None));
        assert!(should_remind(50, None));
        assert!(!should_remind(80, Some(0.5)));
        assert!(should_remind(80, Some(4.0)));
    }

    #[test]
    fn an_earlier_version_is_restored_in_one_undoable_step() {
        let mut s = teacher();
        let earlier = s.session.workspace().clone();
        let doc = first_doc(&s);
        s.update(Action::Edit(Edit::RemoveDocument(doc.fingerprint().clone())));
        import(
            &mut s,
            "mine.json",
            formats::native::export(&{
                let mut w = Workspace::default();
                w.apply(Edit::AddDocument(crate::model::Document::new("Mine", "Me", "My text").unwrap()))
                    .unwrap();
                w
            })
            .into_bytes(),
        );
        let before = s.session.workspace().clone();
        s.update(Action::RestoreVersion(Box::new(earlier.clone()), "3 Dec 2026, 08:00".into()));
        assert_eq!(s.session.workspace().documents(), earlier.documents());
        assert_eq!(s.session.workspace().annotation_count(), earlier.annotation_count());
        assert_eq!(s.session.workspace().exercise(), earlier.exercise());
        assert!(
            matches!(&s.notice, Some(Notice::Info(t)) if t.starts_with("Restored the version of 3 Dec 2026, 08:00"))
        );
        s.update(Action::Undo);
        assert_eq!(s.session.workspace(), &before);
    }
}

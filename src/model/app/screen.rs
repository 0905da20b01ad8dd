//! What is on screen: the workbench (the articles, the text and the side panel), or
//! one dialog or view over it. One value, so that two screens can never be open at
//! once, and every way between them is a rule here, tested natively.

use crate::model::classroom::class::Class;
use crate::model::{Document, Workspace};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Screen {
    /// The articles, the text and the side panel, with nothing over them.
    #[default]
    Workbench,
    /// Paste a text or open text files.
    AddArticle,
    /// Change the open article's title, source and text.
    EditArticle,
    /// Choose a format to export the workspace in.
    Export,
    /// Add, rename, colour, order, define and remove the workspace's tags.
    Tags,
    /// The earlier versions kept in the browser, to restore or download.
    Versions,
    /// The teacher makes or edits the exercise and downloads its files.
    ExerciseEditor,
    /// The articles in columns, with the quotes they share linked.
    SideBySide,
    /// Outlets compared: charts per outlet of the reader's annotations (the key,
    /// for the teacher), the class majority and the gold layer.
    Charts,
    /// The teacher's class: reading submissions, scores, feedback pages.
    Class,
    /// The class's agreement figures, opened from the class.
    Agreement,
    /// The class's heatmap and gold layer, opened from the class.
    Heatmap,
}

impl Screen {
    /// The screen that closing this one returns to: the views opened from the
    /// class return to it, everything else to the workbench.
    pub fn back(self) -> Screen {
        match self {
            Screen::Agreement | Screen::Heatmap => Screen::Class,
            _ => Screen::Workbench,
        }
    }

    /// Whether this screen is a dialog over the workbench (every screen but the
    /// workbench itself is): the page behind it is out of reach, and of the
    /// page-wide keys only Escape, which closes it, still acts.
    pub fn is_dialog(self) -> bool {
        self != Screen::Workbench
    }

    /// Whether the teacher's class is on screen (its own view, or one opened from it).
    pub fn shows_the_class(self) -> bool {
        self == Screen::Class || self.back() == Screen::Class
    }

    /// Whether this screen has something to show for this workspace and class. A
    /// screen that has not (the class view after the exercise was undone, say) is
    /// never shown: the page falls back to the workbench.
    pub fn can_show(self, workspace: &Workspace, class: &Class) -> bool {
        let exercise = workspace.exercise();
        let teacher = exercise.is_some_and(|e| e.student().is_none());
        match self {
            Screen::Workbench | Screen::AddArticle | Screen::Export | Screen::Versions => true,
            Screen::EditArticle => !workspace.documents().is_empty(),
            Screen::ExerciseEditor => exercise.is_none_or(|e| e.student().is_none()),
            // A student's copy keeps the teacher's tags.
            Screen::Tags => exercise.is_none_or(|e| e.student().is_none()),
            Screen::SideBySide => side_by_side(workspace).len() > 1,
            Screen::Charts => exercise.is_some(),
            Screen::Class => teacher,
            Screen::Agreement => teacher && class.submissions.len() > 1,
            Screen::Heatmap => teacher && !class.submissions.is_empty(),
        }
    }
}

/// The articles side by side shows: the exercise's, in a workspace that has one,
/// else all of them.
pub fn side_by_side(workspace: &Workspace) -> Vec<Document> {
    match workspace.exercise() {
        Some(exercise) => exercise.articles.iter().filter_map(|f| workspace.document(f)).cloned().collect(),
        None => workspace.documents().to_vec(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::app::{Action, AppState, Notice};
    use crate::model::classroom::sample;
    use crate::model::{Edit, Exercise, Role, Session};
    use std::rc::Rc;

    /// The sample articles, without an exercise.
    fn reader() -> AppState {
        let mut workspace = Workspace::default();
        workspace.apply(sample::edit()).unwrap();
        AppState::new(Session::new(workspace), None, crate::model::testing::english())
    }

    /// The sample exercise as its teacher, with five students handed in.
    fn teacher() -> AppState {
        let mut state = reader();
        state.update(Action::OpenSampleClass);
        state
    }

    #[test]
    fn one_screen_at_a_time_and_closing_returns_to_the_workbench() {
        let mut s = reader();
        assert_eq!(s.screen, Screen::Workbench);
        s.update(Action::Show(Screen::Export));
        s.update(Action::Show(Screen::AddArticle));
        assert_eq!(s.screen, Screen::AddArticle);
        s.update(Action::Close);
        assert_eq!(s.screen, Screen::Workbench);
        s.update(Action::Close);
        assert_eq!(s.screen, Screen::Workbench);
    }

    #[test]
    fn the_class_views_return_to_the_class_and_the_class_to_the_workbench() {
        let mut s = teacher();
        for view in [Screen::Agreement, Screen::Heatmap] {
            s.update(Action::Show(Screen::Class));
            s.update(Action::Show(view));
            assert_eq!(s.screen, view);
            s.update(Action::Close);
            assert_eq!(s.screen, Screen::Class);
            s.update(Action::Close);
            assert_eq!(s.screen, Screen::Workbench);
        }
    }

    #[test]
    fn a_screen_with_nothing_to_show_is_not_opened() {
        let mut s = reader();
        for screen in [Screen::Class, Screen::Agreement, Screen::Heatmap, Screen::Charts] {
            s.update(Action::Show(screen));
            assert_eq!(s.screen, Screen::Workbench, "{screen:?} without an exercise");
        }
        s.update(Action::Show(Screen::SideBySide));
        assert_eq!(s.screen, Screen::SideBySide);

        // A student's copy: no exercise editor, no class; the charts of her own work.
        let mut student = teacher();
        let exercise = Exercise {
            role: Role::Student { name: "Ana".into() },
            ..student.session.workspace().exercise().unwrap().clone()
        };
        student.update(Action::Edit(Edit::SetExercise(Some(Rc::new(exercise)))));
        for screen in [Screen::ExerciseEditor, Screen::Class, Screen::Tags] {
            student.update(Action::Show(screen));
            assert_eq!(student.screen, Screen::Workbench, "{screen:?} in a student's copy");
        }
        student.update(Action::Show(Screen::Charts));
        assert_eq!(student.screen, Screen::Charts);
    }

    #[test]
    fn agreement_needs_two_students_and_the_heatmap_one() {
        let mut s = teacher();
        let mut class = (*s.class).clone();
        class.submissions.truncate(1);
        s.class = Rc::new(class);
        s.update(Action::Show(Screen::Agreement));
        assert_eq!(s.screen, Screen::Workbench);
        s.update(Action::Show(Screen::Heatmap));
        assert_eq!(s.screen, Screen::Heatmap);
    }

    #[test]
    fn undoing_the_exercise_under_the_class_view_returns_to_the_workbench() {
        let mut s = reader();
        s.update(Action::Show(Screen::ExerciseEditor));
        s.update(Action::OpenSampleClass);
        // Opening the sample class closes the exercise editor it was opened from.
        assert_eq!(s.screen, Screen::Workbench);
        s.update(Action::Show(Screen::Class));
        assert_eq!(s.screen, Screen::Class);
        s.update(Action::Undo);
        assert!(s.session.workspace().exercise().is_none());
        assert_eq!(s.screen, Screen::Workbench);
    }

    #[test]
    fn moving_between_screens_keeps_the_notice_that_answered_the_last_action() {
        let mut s = teacher();
        assert!(matches!(&s.notice, Some(Notice::Info(text)) if text.contains("five sample students")));
        s.update(Action::Show(Screen::Class));
        s.update(Action::Close);
        assert!(s.notice.is_some());
        s.update(Action::Step(1));
        assert!(s.notice.is_none());
    }

    #[test]
    fn side_by_side_shows_the_exercise_articles_or_else_every_article() {
        let s = teacher();
        let workspace = s.session.workspace();
        assert_eq!(side_by_side(workspace).len(), workspace.exercise().unwrap().articles.len());
        let mut one = reader().session.workspace().clone();
        let others: Vec<_> = one.documents()[1..].iter().map(|d| d.fingerprint().clone()).collect();
        for fingerprint in others {
            one.apply(Edit::RemoveDocument(fingerprint)).unwrap();
        }
        assert_eq!(side_by_side(&one).len(), 1);
        assert!(!Screen::SideBySide.can_show(&one, &Class::default()));
    }
}

//! The exercise above the articles: the teacher sees the exercise's title, the
//! size of the key, and the way to the class; a student sees her own panel
//! (`student_panel`).

use super::student_panel::StudentPanel;
use crate::model::app::{Action, Screen};
use crate::model::classroom::class::Progress;
use crate::model::classroom::exercise::{Exercise, Role};
use crate::model::text::bidi::isolate;
use crate::model::Fingerprint;
use crate::model::TagSet;
use crate::ui::language::use_words;
use crate::ui::shell::Shell;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ExercisePanelProps {
    pub exercise: Exercise,
    pub tags: Rc<TagSet>,
    /// The annotations on the exercise's articles: the key, or the student's work.
    pub annotations: usize,
    /// Students in the class so far (teacher's copy).
    pub students: usize,
    /// Each article's annotations so far (a student's copy).
    pub progress: Vec<Progress>,
    pub current: Option<Fingerprint>,
    pub shell: Shell,
}

#[function_component(ExercisePanel)]
pub fn exercise_panel(props: &ExercisePanelProps) -> Html {
    let (exercise, shell) = (&props.exercise, &props.shell);
    let words = use_words();
    let show = |screen: Screen| shell.on(move || Action::Show(screen));
    match &exercise.role {
        Role::Teacher => html! {
            <section class="exercise teacher" aria-label={words.get("exercise-label")}>
                <h2>{ words.one("exercise-panel-title", "title", isolate(&exercise.title)) }</h2>
                <p>{ words.with("exercise-panel-key", &[
                    ("annotations", props.annotations.into()),
                    ("articles", exercise.articles.len().into()),
                    ("submissions", props.students.into()),
                ]) }</p>
                <div class="row">
                    <button onclick={show(Screen::ExerciseEditor)}>{ words.get("exercise-edit") }</button>
                    <button class="primary" onclick={show(Screen::Class)}>{ words.get("exercise-class") }</button>
                    <button onclick={show(Screen::Charts)}>{ words.get("exercise-outlets") }</button>
                </div>
            </section>
        },
        Role::Student { .. } => html! {
            <StudentPanel exercise={exercise.clone()} tags={props.tags.clone()} progress={props.progress.clone()}
                current={props.current.clone()} shell={shell.clone()} />
        },
    }
}

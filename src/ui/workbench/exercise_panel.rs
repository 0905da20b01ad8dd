//! The exercise above the articles. A student sees the instructions, the tag
//! guide, a name field and "Hand in"; the teacher sees the exercise's title, the
//! size of the key, and the way to the class.

use crate::model::app::{counted, Action, Screen};
use crate::model::classroom::exercise::{blocks, Block, Exercise, Role};
use crate::model::Tag;
use crate::ui::shell::Shell;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ExercisePanelProps {
    pub exercise: Exercise,
    /// The annotations on the exercise's articles: the key, or the student's work.
    pub annotations: usize,
    /// Students in the class so far (teacher's copy).
    pub students: usize,
    pub shell: Shell,
}

#[function_component(ExercisePanel)]
pub fn exercise_panel(props: &ExercisePanelProps) -> Html {
    let (exercise, shell) = (&props.exercise, &props.shell);
    let show = |screen: Screen| shell.on(move || Action::Show(screen));
    let name_field = use_node_ref();
    match &exercise.role {
        Role::Teacher => html! {
            <section class="exercise teacher" aria-label="Exercise">
                <h2>{ "Exercise: " }<bdi>{ &exercise.title }</bdi></h2>
                <p>{ format!(
                    "The key: your {} on its {}. {} read.",
                    counted(props.annotations, "annotation", "annotations"),
                    counted(exercise.articles.len(), "article", "articles"),
                    counted(props.students, "submission", "submissions"),
                ) }</p>
                <div class="row">
                    <button onclick={show(Screen::ExerciseEditor)}>{ "Edit exercise" }</button>
                    <button class="primary" onclick={show(Screen::Class)}>{ "Class and feedback" }</button>
                    <button onclick={show(Screen::Charts)}>{ "Outlets compared" }</button>
                </div>
            </section>
        },
        Role::Student { name } => {
            let on_change = {
                let shell = shell.clone();
                Callback::from(move |event: Event| {
                    let input: HtmlInputElement = event.target_unchecked_into();
                    shell.rename_student(input.value().trim().to_owned());
                })
            };
            // Enter in the name field hands in, as the button does; either way the
            // name is the field's, even before the field has reported a change.
            let hand_in = {
                let (shell, field) = (shell.clone(), name_field.clone());
                Callback::from(move |event: SubmitEvent| {
                    event.prevent_default();
                    let typed = field.cast::<HtmlInputElement>().map(|input| input.value());
                    shell.hand_in(typed.unwrap_or_default().trim().to_owned());
                })
            };
            html! {
                <section class="exercise student" aria-label="Exercise">
                    <h2>{ &exercise.title }</h2>
                    <div class="instructions">
                        { for blocks(&exercise.instructions).into_iter().map(|block| match block {
                            Block::Paragraph(text) => html! { <p>{ text }</p> },
                            Block::List(items) => html! { <ul>{ for items.into_iter().map(|item| html! { <li>{ item }</li> }) }</ul> },
                        }) }
                    </div>
                    <dl class="guide" aria-label="Tag guide">
                        { for Tag::ALL.iter().map(|tag| html! {
                            <div>
                                <dt><span class={classes!("chip", format!("chip-{}", tag.name()))}>{ tag.label() }</span>
                                    <kbd aria-hidden="true">{ tag.key() }</kbd></dt>
                                <dd>{ exercise.definition(*tag) }</dd>
                            </div>
                        }) }
                    </dl>
                    <form class="row" onsubmit={hand_in}>
                        <label>{ "Your name or pseudonym " }
                            <input ref={name_field} id="student-name" type="text" value={name.clone()} maxlength="100"
                                autocomplete="name" onchange={on_change} />
                        </label>
                        <button type="submit" class="primary">{ "Hand in" }</button>
                        <button type="button" onclick={show(Screen::Charts)}>{ "Outlets compared" }</button>
                        <span class="hint">{ format!("{} annotations so far; your work is saved in this browser as you go.", props.annotations) }</span>
                    </form>
                </section>
            }
        }
    }
}

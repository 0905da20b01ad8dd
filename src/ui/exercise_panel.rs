//! The exercise above the articles. A student sees the instructions, the tag
//! guide, a name field and "Hand in"; the teacher sees the exercise's title, the
//! size of the key, and the way to the class.

use crate::model::classroom::exercise::{blocks, Block, Exercise, Role};
use crate::model::Tag;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ExercisePanelProps {
    pub exercise: Exercise,
    /// The annotations on the exercise's articles: the key, or the student's work.
    pub annotations: usize,
    /// A student's new name.
    pub on_name: Callback<String>,
    pub on_hand_in: Callback<()>,
    pub on_edit: Callback<()>,
    pub on_class: Callback<()>,
    /// Opens the charts per outlet.
    pub on_charts: Callback<()>,
    /// Students in the class so far (teacher's copy).
    pub students: usize,
}

#[function_component(ExercisePanel)]
pub fn exercise_panel(props: &ExercisePanelProps) -> Html {
    let exercise = &props.exercise;
    let emit = |callback: &Callback<()>| {
        let callback = callback.clone();
        Callback::from(move |_| callback.emit(()))
    };
    match &exercise.role {
        Role::Teacher => html! {
            <section class="exercise teacher" aria-label="Exercise">
                <h2>{ format!("Exercise: {}", exercise.title) }</h2>
                <p>{ format!(
                    "Your {} annotations on its {} articles are the key. {} submissions read.",
                    props.annotations,
                    exercise.articles.len(),
                    props.students
                ) }</p>
                <div class="row">
                    <button onclick={emit(&props.on_edit)}>{ "Edit exercise" }</button>
                    <button class="primary" onclick={emit(&props.on_class)}>{ "Class and feedback" }</button>
                    <button onclick={emit(&props.on_charts)}>{ "Outlets compared" }</button>
                </div>
            </section>
        },
        Role::Student { name } => {
            let on_change = {
                let on_name = props.on_name.clone();
                Callback::from(move |event: Event| {
                    let input: HtmlInputElement = event.target_unchecked_into();
                    on_name.emit(input.value().trim().to_owned());
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
                    <div class="row">
                        <label>{ "Your name or pseudonym " }
                            <input id="student-name" type="text" value={name.clone()} maxlength="100" onchange={on_change} />
                        </label>
                        <button class="primary" onclick={emit(&props.on_hand_in)}>{ "Hand in" }</button>
                        <button onclick={emit(&props.on_charts)}>{ "Outlets compared" }</button>
                        <span class="hint">{ format!("{} annotations so far; your work is saved in this browser as you go.", props.annotations) }</span>
                    </div>
                </section>
            }
        }
    }
}

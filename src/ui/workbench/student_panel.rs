//! A student's exercise above the articles: the instructions, the tag guide, how
//! many spans she has tagged in each article (each a way to it), her name, and
//! Hand in, which asks first when an article is still untouched.

use super::tag_style;
use crate::model::app::{Action, Screen};
use crate::model::classroom::class::Progress;
use crate::model::classroom::exercise::{blocks, Block, Exercise};
use crate::model::text::bidi::isolate;
use crate::model::{Fingerprint, TagSet};
use crate::ui::browser::storage;
use crate::ui::language::use_words;
use crate::ui::shell::Shell;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StudentPanelProps {
    pub exercise: Exercise,
    /// The teacher's tags, with their definitions: the tag guide.
    pub tags: Rc<TagSet>,
    pub progress: Vec<Progress>,
    pub current: Option<Fingerprint>,
    pub shell: Shell,
}

#[function_component(StudentPanel)]
pub fn student_panel(props: &StudentPanelProps) -> Html {
    let (exercise, shell) = (&props.exercise, &props.shell);
    let name_field = use_node_ref();
    let words = use_words();
    // The untouched articles Hand in asked about, until the student answers.
    let asking = use_state(|| None::<Vec<String>>);
    // Kept as it is typed, not when the field loses focus.
    let on_input = {
        let shell = shell.clone();
        Callback::from(move |event: InputEvent| {
            let input: HtmlInputElement = event.target_unchecked_into();
            shell.rename_student(input.value());
        })
    };
    let typed = {
        let field = name_field.clone();
        move || {
            field.cast::<HtmlInputElement>().map(|input| input.value()).unwrap_or_default().trim().to_owned()
        }
    };
    // Enter in the name field hands in, as the button does; either way the name
    // is the field's, even before the field has reported a change.
    let hand_in = {
        let (shell, asking, typed) = (shell.clone(), asking.clone(), typed.clone());
        let untouched: Vec<String> =
            props.progress.iter().filter(|p| p.annotations == 0).map(|p| p.source.clone()).collect();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let name = typed();
            if untouched.is_empty() || name.is_empty() {
                shell.hand_in(name);
            } else {
                asking.set(Some(untouched.clone()));
            }
        })
    };
    let anyway = {
        let (shell, asking, typed) = (shell.clone(), asking.clone(), typed.clone());
        Callback::from(move |_| {
            asking.set(None);
            shell.hand_in(typed());
        })
    };
    let not_yet = {
        let asking = asking.clone();
        Callback::from(move |_| asking.set(None))
    };
    let total: usize = props.progress.iter().map(|p| p.annotations).sum();
    let name = exercise.student().unwrap_or_default().to_owned();
    // Other students' work kept on this computer (a shared one), by name.
    let kept = use_state(Vec::<String>::new);
    {
        let (kept, slot) = (kept.clone(), shell.slot.clone());
        use_effect_with(name.clone(), move |_| {
            wasm_bindgen_futures::spawn_local(async move { kept.set(storage::kept_students(&slot).await) });
        });
    }
    html! {
        <section class="exercise student" aria-label={words.get("exercise-label")}>
            <h2>{ &exercise.title }</h2>
            <div class="instructions">
                { for blocks(&exercise.instructions).into_iter().map(|block| match block {
                    Block::Paragraph(text) => html! { <p>{ text }</p> },
                    Block::List(items) => html! { <ul>{ for items.into_iter().map(|item| html! { <li>{ item }</li> }) }</ul> },
                }) }
            </div>
            <dl class="guide" aria-label={words.get("student-guide")}>
                { for props.tags.iter().map(|def| html! {
                    <div>
                        <dt><span class={classes!("chip", tag_style::chip(&props.tags, &def.tag))}>{ words.tag(&def.tag) }</span>
                            if let Some(key) = props.tags.key(&def.tag) {
                                <kbd aria-hidden="true">{ key }</kbd>
                            }</dt>
                        <dd>{ words.definition(def) }</dd>
                    </div>
                }) }
            </dl>
            <ul class="progress" aria-label={words.get("student-progress")}>
                { for props.progress.iter().map(|p| {
                    let article = p.article.clone();
                    let current = props.current.as_ref() == Some(&p.article);
                    html! {
                        <li class={classes!((p.annotations == 0).then_some("untouched"))}>
                            <button class="link" aria-current={current.then_some("page")}
                                onclick={shell.on(move || Action::OpenArticle(article.clone()))}>
                                { words.with("student-progress-article", &[("source", isolate(&p.source).into()), ("spans", p.annotations.into())]) }
                            </button>
                        </li>
                    }
                }) }
            </ul>
            <form class="row" onsubmit={hand_in}>
                <label>{ words.get("student-name") }{ " " }
                    <input ref={name_field} id="student-name" type="text" value={exercise.student().unwrap_or_default().to_owned()}
                        maxlength="100" autocomplete="name" oninput={on_input} />
                </label>
                <button type="submit" class="primary">{ words.get("student-hand-in") }</button>
                <button type="button" onclick={shell.on(|| Action::Show(Screen::Charts))}>{ words.get("exercise-outlets") }</button>
                <span class="hint">{ words.one("student-so-far", "count", total) }</span>
            </form>
            <div class="row shared">
                if !name.is_empty() {
                    <button class="link" onclick={let shell = shell.clone(); move |_| shell.new_student()}>
                        { words.one("student-not", "name", isolate(&name)) }</button>
                }
                { for kept.iter().filter(|k| **k != name).map(|other| {
                    let (shell, other) = (shell.clone(), other.clone());
                    html! {
                        <button class="link" onclick={let other = other.clone(); move |_| shell.continue_as(other.clone())}>
                            { words.one("student-continue", "name", isolate(&other)) }</button>
                    }
                }) }
            </div>
            if let Some(untouched) = &*asking {
                <div class="confirm" role="alertdialog" aria-label={words.get("student-ask")}>
                    <p>{ words.one("student-untouched", "articles", words.list(untouched)) }</p>
                    <div class="row">
                        <button class="primary" onclick={anyway}>{ words.get("student-anyway") }</button>
                        <button onclick={not_yet}>{ words.get("student-not-yet") }</button>
                    </div>
                </div>
            }
        </section>
    }
}

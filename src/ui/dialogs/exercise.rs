//! The "Exercise" dialog: the teacher makes an exercise of the articles she
//! chooses (title, instructions, a definition per tag, whether students keep the
//! articles as handed out) and downloads the student page, the student's file
//! (never the key) and the teacher's file (the key), as many as she needs without
//! reopening the dialog. Opened again, it edits the exercise. What she types is
//! kept as she types it, until she saves it (`draft`).

use super::draft;
use super::{close_on_escape, use_dialog_focus};
use crate::model::classroom::exercise::{derived_title, Exercise, Role};
use crate::model::i18n::Messages;
use crate::model::{Fingerprint, Workspace};
use crate::ui::language::{use_words, Words};
use crate::ui::workbench::tag_style;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

/// What the teacher asked for; the caller saves the exercise first, then downloads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Handout {
    /// Save the exercise and close the dialog.
    Save,
    StudentFile,
    /// The single-file page with the exercise baked in.
    StudentPage,
    TeacherFile,
}

#[derive(Properties, PartialEq)]
pub struct ExerciseDialogProps {
    pub workspace: Workspace,
    /// Where the page keeps its workspace, and the draft of this form beside it.
    pub slot: Rc<str>,
    /// A new exercise's id, drawn by the caller.
    pub new_id: String,
    /// The exercise, and the tags' definitions in the set's order.
    pub on_done: Callback<(Exercise, Vec<String>, Handout)>,
    /// Opens the sample exercise as its teacher, with sample submissions.
    pub on_sample: Callback<()>,
    pub on_close: Callback<()>,
}

/// The exercise as the form says it, and the tags' definitions, or the id of the
/// words that say why it cannot be one yet.
fn read_form(
    form: &Element,
    start: &Exercise,
    workspace: &Workspace,
    words: &Messages,
) -> Result<(Exercise, Vec<String>), String> {
    let field = |name: &str| -> Option<Element> { form.query_selector(&format!("[name={name}]")).ok()? };
    let value = |name: &str| {
        field(name).and_then(|e| e.dyn_into::<HtmlInputElement>().ok()).map(|i| i.value()).unwrap_or_default()
    };
    let checked = form.query_selector_all("input[name=article]:checked").ok();
    let chosen: Vec<String> = (0..checked.as_ref().map_or(0, |l| l.length()))
        .filter_map(|n| checked.as_ref()?.item(n)?.dyn_into::<HtmlInputElement>().ok())
        .map(|input| input.value())
        .collect();
    let articles: Vec<Fingerprint> = workspace
        .documents()
        .iter()
        .map(|d| d.fingerprint().clone())
        .filter(|f| chosen.iter().any(|c| c == f.as_str()))
        .collect();
    if articles.is_empty() {
        return Err("exercise-no-articles".into());
    }
    let documents: Vec<_> = articles.iter().filter_map(|f| workspace.document(f)).collect();
    let title = Some(value("title").trim().to_owned()).filter(|t| !t.is_empty());
    let locked =
        field("locked").and_then(|e| e.dyn_into::<HtmlInputElement>().ok()).is_some_and(|i| i.checked());
    let definitions = (0..workspace.tags().len()).map(|at| value(&format!("guide-{at}"))).collect();
    let exercise = Exercise {
        title: title.unwrap_or_else(|| words.say(&derived_title(&documents))),
        instructions: field("instructions")
            .and_then(|e| e.dyn_into::<HtmlTextAreaElement>().ok())
            .map(|t| t.value())
            .unwrap_or_default(),
        articles,
        role: Role::Teacher,
        locked,
        ..start.clone()
    };
    Ok((exercise, definitions))
}

/// The form's fields for `exercise`, as `draft` names them.
fn initial_fields(exercise: &Exercise, workspace: &Workspace, words: &Words) -> Vec<(String, String)> {
    let mut fields = vec![
        ("title".to_owned(), exercise.title.clone()),
        ("instructions".to_owned(), exercise.instructions.clone()),
        ("locked=on".to_owned(), exercise.locked.to_string()),
    ];
    for (at, def) in workspace.tags().iter().enumerate() {
        fields.push((format!("guide-{at}"), words.definition(def)));
    }
    for doc in workspace.documents() {
        let chosen = exercise.articles.contains(doc.fingerprint());
        fields.push((format!("article={}", doc.fingerprint()), chosen.to_string()));
    }
    fields
}

#[function_component(ExerciseDialog)]
pub fn exercise_dialog(props: &ExerciseDialogProps) -> Html {
    let workspace = &props.workspace;
    let words = use_words();
    let start = workspace.exercise().cloned().unwrap_or_else(|| Exercise {
        id: props.new_id.clone(),
        title: String::new(),
        instructions: String::new(),
        articles: workspace.documents().iter().map(|d| d.fingerprint().clone()).collect(),
        role: Role::Teacher,
        locked: true,
        language: None,
    });
    let (form, title) = (use_node_ref(), use_node_ref());
    let error = use_state(|| None::<String>);
    use_dialog_focus(title.clone());
    // What was typed here and not saved (the page closed, or the dialog did) is
    // brought back, and said so.
    let brought_back = use_state(|| false);
    // A new exercise's id is drawn anew at each opening: its draft is the new one's.
    let draft_of = workspace.exercise().map_or_else(|| "a new exercise".to_owned(), |e| e.id.clone());
    {
        // The fields are filled here, once, not by `value` in the markup: Yew puts a
        // field's `value` back at every render, over what the teacher typed.
        let (form, slot, id, brought_back) =
            (form.clone(), props.slot.clone(), draft_of.clone(), brought_back.clone());
        let fields = initial_fields(&start, workspace, &words);
        use_effect_with((), move |_| {
            let Some(form) = form.cast::<Element>() else { return };
            draft::fill(&form, &fields);
            wasm_bindgen_futures::spawn_local(async move {
                if draft::bring_back(&slot, &id, &form).await {
                    brought_back.set(true);
                }
            });
        });
    }
    let on_input = {
        let (form, slot, id) = (form.clone(), props.slot.clone(), draft_of);
        Callback::from(move |_: InputEvent| {
            if let Some(form) = form.cast::<Element>() {
                draft::keep(&slot, &id, &form);
            }
        })
    };
    let done = |handout: Handout| {
        let (form, error, on_done, start, workspace, slot, words) = (
            form.clone(),
            error.clone(),
            props.on_done.clone(),
            start.clone(),
            workspace.clone(),
            props.slot.clone(),
            words.clone(),
        );
        Callback::from(move |event: MouseEvent| {
            event.prevent_default();
            let Some(form) = form.cast::<Element>() else { return };
            match read_form(&form, &start, &workspace, &words) {
                Ok((exercise, definitions)) => {
                    error.set(None);
                    // Saved with the exercise: nothing left to keep apart.
                    draft::drop_draft(&slot);
                    on_done.emit((exercise, definitions, handout));
                }
                Err(reason) => error.set(Some(words.get(&reason))),
            }
        })
    };
    let chosen: Vec<_> = start.articles.iter().filter_map(|f| workspace.document(f)).collect();
    html! {
        <div class="backdrop">
            <div class="dialog exercise-dialog" role="dialog" aria-modal="true" aria-labelledby="exercise-title"
                onkeydown={close_on_escape(&props.on_close)}>
                <form ref={form.clone()} oninput={on_input}>
                <h2 id="exercise-title">{ words.get("exercise-dialog-title") }</h2>
                if *brought_back {
                    <p class="notice info" role="status">{ words.get("exercise-brought-back") }</p>
                }
                <p class="hint">{ words.get("exercise-hint") }</p>
                <p class="hint">{ words.get("exercise-new") }{ " " }
                    <button type="button" class="link" onclick={let on_sample = props.on_sample.clone(); move |_| on_sample.emit(())}>
                        { words.get("exercise-sample") }</button>
                    { words.get("exercise-sample-hint") }</p>
                <label>{ words.get("exercise-title") }{ " " }
                    <input ref={title} name="title" type="text" dir="auto"
                        placeholder={words.one("exercise-title-placeholder", "title", words.say(&derived_title(&chosen)))} />
                </label>
                <fieldset class="articles-chosen">
                    <legend>{ words.get("exercise-articles") }</legend>
                    { for workspace.documents().iter().map(|doc| {
                        let key = workspace.annotations_of(doc.fingerprint()).len();
                        html! {
                            <label class="article-choice">
                                <input type="checkbox" name="article" value={doc.fingerprint().to_string()} />
                                <span><bdi>{ &doc.source }</bdi>{ ": " }<bdi>{ &doc.title }</bdi>
                                    { " " }{ words.one("exercise-article-key", "spans", key) }</span>
                            </label>
                        }
                    }) }
                </fieldset>
                <label>{ words.get("exercise-instructions") }
                    <textarea name="instructions" rows="5" dir="auto" />
                </label>
                <fieldset>
                    <legend>{ words.get("exercise-guide") }</legend>
                    { for workspace.tags().tags().enumerate().map(|(at, tag)| html! {
                        <label class="guide-line">
                            <span class={classes!("chip", tag_style::chip(workspace.tags(), tag))}>{ words.tag(tag) }</span>
                            <input name={format!("guide-{at}")} type="text" dir="auto" aria-label={words.one("exercise-definition", "tag", words.tag(tag))} />
                        </label>
                    }) }
                </fieldset>
                <label class="check">
                    <input type="checkbox" name="locked" />
                    { words.get("exercise-locked") }
                </label>
                if let Some(reason) = &*error {
                    <p class="notice error" role="alert">{ reason }</p>
                }
                <div class="row end">
                    <button type="button" onclick={done(Handout::StudentPage)}
                        title={words.get("exercise-page-title")}>{ words.get("exercise-page") }</button>
                    <button type="button" onclick={done(Handout::StudentFile)}>{ words.get("exercise-student-file") }</button>
                    <button type="button" onclick={done(Handout::TeacherFile)}>{ words.get("exercise-teacher-file") }</button>
                </div>
                <div class="row end">
                    <button type="button" onclick={let on_close = props.on_close.clone(); move |_| on_close.emit(())}>{ words.get("close") }</button>
                    <button type="button" class="primary" onclick={done(Handout::Save)}>{ words.get("exercise-save") }</button>
                </div>
                </form>
            </div>
        </div>
    }
}

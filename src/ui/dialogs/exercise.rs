//! The "Exercise" dialog: the teacher makes an exercise of the workspace's articles
//! (title, instructions, a definition per tag) and downloads the student's file,
//! which never holds the key, and the teacher's file, which does.

use super::{close_on_escape, use_dialog_focus};
use crate::model::classroom::exercise::{default_guide, Exercise, Role};
use crate::model::{Tag, Workspace};
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

/// What the teacher asked for; the caller saves the exercise first, then downloads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Handout {
    /// Save the exercise only.
    Save,
    StudentFile,
    /// The single-file page with the exercise baked in.
    StudentPage,
    TeacherFile,
}

#[derive(Properties, PartialEq)]
pub struct ExerciseDialogProps {
    pub workspace: Workspace,
    /// A new exercise's id, drawn by the caller.
    pub new_id: String,
    pub on_done: Callback<(Exercise, Handout)>,
    /// Opens the sample exercise as its teacher, with sample submissions.
    pub on_sample: Callback<()>,
    pub on_close: Callback<()>,
}

#[function_component(ExerciseDialog)]
pub fn exercise_dialog(props: &ExerciseDialogProps) -> Html {
    let workspace = &props.workspace;
    let start = workspace.exercise().cloned().unwrap_or_else(|| Exercise {
        id: props.new_id.clone(),
        title: crate::model::classroom::sample::title(),
        instructions: String::new(),
        guide: default_guide(),
        articles: Vec::new(),
        role: Role::Teacher,
    });
    let title = use_node_ref();
    let instructions = use_node_ref();
    let guide: [NodeRef; 4] = Default::default();
    let guide = use_memo((), move |_| guide);
    use_dialog_focus(title.clone());
    let key = workspace.annotation_count();
    let done = |handout: Handout| {
        let (title, instructions, guide, on_done, start) =
            (title.clone(), instructions.clone(), guide.clone(), props.on_done.clone(), start.clone());
        let articles: Vec<_> = workspace.documents().iter().map(|d| d.fingerprint().clone()).collect();
        Callback::from(move |event: MouseEvent| {
            event.prevent_default();
            let value =
                |node: &NodeRef| node.cast::<HtmlInputElement>().map(|i| i.value()).unwrap_or_default();
            let exercise = Exercise {
                title: Some(value(&title).trim().to_owned())
                    .filter(|t| !t.is_empty())
                    .unwrap_or(start.title.clone()),
                instructions: instructions
                    .cast::<HtmlTextAreaElement>()
                    .map(|t| t.value())
                    .unwrap_or_default(),
                guide: Tag::ALL.map(|tag| {
                    Some(value(&guide[tag.index()]).trim().to_owned())
                        .filter(|d| !d.is_empty())
                        .unwrap_or_else(|| default_guide()[tag.index()].clone())
                }),
                articles: articles.clone(),
                role: Role::Teacher,
                ..start.clone()
            };
            on_done.emit((exercise, handout));
        })
    };
    let on_keydown = close_on_escape(&props.on_close);
    html! {
        <div class="backdrop">
            <form class="dialog exercise-dialog" role="dialog" aria-modal="true" aria-labelledby="exercise-title"
                onkeydown={on_keydown}>
                <h2 id="exercise-title">{ "Exercise for a class" }</h2>
                <p class="hint">{ format!(
                    "Students get the {} articles of this workspace, the instructions and the tag guide. \
                     Your own {key} annotations on them are the answer key: they stay in your teacher file \
                     and are never in the students' file.",
                    workspace.documents().len()
                ) }</p>
                <p class="hint">{ "New to this? " }
                    <button type="button" class="link" onclick={let on_sample = props.on_sample.clone(); move |_| on_sample.emit(())}>
                        { "Try the sample class" }</button>
                    { ": the sample articles with an answer key and five students' work." }</p>
                <label>{ "Title " }<input ref={title.clone()} type="text" value={start.title.clone()} /></label>
                <label>{ "Instructions for students (plain text: empty lines between paragraphs, “- ” before list items)" }
                    <textarea ref={instructions.clone()} rows="6" value={start.instructions.clone()} />
                </label>
                <fieldset>
                    <legend>{ "Tag guide: one line for each tag" }</legend>
                    { for Tag::ALL.iter().map(|tag| html! {
                        <label class="guide-line">
                            <span class={classes!("chip", format!("chip-{}", tag.name()))}>{ tag.label() }</span>
                            <input ref={guide[tag.index()].clone()} type="text" aria-label={format!("{} definition", tag.label())}
                                value={start.definition(*tag).to_owned()} />
                        </label>
                    }) }
                </fieldset>
                <div class="row end">
                    <button type="button" onclick={let on_close = props.on_close.clone(); move |_| on_close.emit(())}>{ "Close" }</button>
                    <button type="button" onclick={done(Handout::Save)}>{ "Save exercise" }</button>
                    <button type="button" onclick={done(Handout::TeacherFile)}>{ "Download teacher file (with key)" }</button>
                    <button type="button" onclick={done(Handout::StudentPage)}
                        title="One HTML file that opens straight into the exercise, even from a USB stick">{ "Download student page (HTML)" }</button>
                    <button type="button" class="primary" onclick={done(Handout::StudentFile)}>{ "Download student file" }</button>
                </div>
            </form>
        </div>
    }
}

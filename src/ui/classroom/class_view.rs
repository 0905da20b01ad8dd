//! The teacher's class: read students' submissions (many at once, picked or
//! dropped), see what became of each file, each student's score per article
//! against the key, and download feedback pages and a CSV for a gradebook.

use crate::model::classroom::class::{self, Class, MessageKind};
use crate::model::classroom::exercise::Exercise;
use crate::model::formats::submission::Submission;
use crate::model::text::bidi::isolate;
use crate::model::Workspace;
use crate::ui::dialogs::{close_on_escape, use_dialog_focus};
use crate::ui::language::{use_words, Words};
use web_sys::{DragEvent, File, HtmlInputElement};
use yew::prelude::*;

/// A file the teacher asked for.
#[derive(Clone, Debug, PartialEq)]
pub enum ClassFile {
    /// Feedback pages: one student's (by index in the class), or everyone's.
    Feedback(Option<usize>),
    Scores,
}

#[derive(Properties, PartialEq)]
pub struct ClassViewProps {
    pub workspace: Workspace,
    pub exercise: Exercise,
    pub class: std::rc::Rc<Class>,
    pub on_files: Callback<Vec<File>>,
    pub on_download: Callback<ClassFile>,
    /// Keeps a waiting second submission (`true`) or the first (`false`).
    pub on_choose: Callback<(usize, bool)>,
    /// Minutes the reader's time zone is ahead of UTC.
    pub offset: i32,
    /// Opens the agreement figures.
    pub on_agreement: Callback<()>,
    /// Opens the heatmap and gold layer.
    pub on_heatmap: Callback<()>,
    pub on_close: Callback<()>,
}

/// A submission as the teacher tells two apart: when the file says it was handed
/// in, when it was read here, and how many annotations it holds.
fn described(words: &Words, submission: &Submission, offset: i32) -> String {
    let (count, handed) = (submission.annotations.len(), words.date(&submission.handed_in, offset));
    match submission.read.as_str() {
        "" => words.with("class-handed", &[("handed", handed.into()), ("count", count.into())]),
        at => words.with(
            "class-handed-read",
            &[("handed", handed.into()), ("read", words.date(at, offset).into()), ("count", count.into())],
        ),
    }
}

#[function_component(ClassView)]
pub fn class_view(props: &ClassViewProps) -> Html {
    let pick = use_node_ref();
    use_dialog_focus(pick.clone());
    let words = use_words();
    let on_pick = {
        let on_files = props.on_files.clone();
        Callback::from(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            on_files.emit(crate::ui::browser::files::list(input.files()));
            input.set_value("");
        })
    };
    let on_drop = {
        let on_files = props.on_files.clone();
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            event.stop_propagation();
            on_files.emit(crate::ui::browser::files::list(event.data_transfer().and_then(|d| d.files())));
        })
    };
    let download = |file: ClassFile| {
        let on_download = props.on_download.clone();
        Callback::from(move |_| on_download.emit(file.clone()))
    };
    let (workspace, exercise) = (&props.workspace, &props.exercise);
    let table = crate::ui::browser::timing::measured("framelens: class scores", || {
        class::scores(workspace, exercise, &props.class)
    });
    html! {
        <div class="backdrop">
            <div class="dialog class-view" role="dialog" aria-modal="true" aria-labelledby="class-title"
                onkeydown={close_on_escape(&props.on_close)}>
                <h2 id="class-title">{ words.one("class-title", "title", isolate(&exercise.title)) }</h2>
                <div class="drop-zone" ondragover={|event: DragEvent| event.prevent_default()} ondrop={on_drop}>
                    <label>{ words.get("class-read") }{ " " }
                        <input ref={pick} type="file" accept=".json" multiple=true onchange={on_pick} />
                    </label>
                </div>
                if !props.class.messages.is_empty() {
                    <div role="status">
                        <ul class="file-messages" aria-label={words.get("class-files")}>
                            { for props.class.messages.iter().map(|m| html! {
                                <li class={match m.kind { MessageKind::Read => "read", MessageKind::Warning => "warning", MessageKind::Refused => "refused" }}>
                                    <strong><bdi>{ &m.file }</bdi></strong>{ ": " }{ &m.text }
                                </li>
                            }) }
                        </ul>
                    </div>
                }
                if !props.class.waiting.is_empty() {
                    <section class="waiting" aria-labelledby="waiting-title">
                        <h3 id="waiting-title">{ words.get("class-twice") }</h3>
                        { for props.class.waiting.iter().enumerate().map(|(n, later)| {
                            let first = props.class.submissions.iter().find(|s| s.student.to_lowercase() == later.student.to_lowercase());
                            let choose = |keep_later: bool| {
                                let on_choose = props.on_choose.clone();
                                Callback::from(move |_| on_choose.emit((n, keep_later)))
                            };
                            html! {
                                <div class="choice">
                                    <p><bdi>{ &later.student }</bdi></p>
                                    { for first.map(|first| html! {
                                        <button onclick={choose(false)}>{ words.one("class-keep-first", "which", described(&words, first, props.offset)) }</button>
                                    }) }
                                    <button onclick={choose(true)}>{ words.one("class-keep-this", "which", described(&words, later, props.offset)) }</button>
                                </div>
                            }
                        }) }
                    </section>
                }
                <p class="hint">{ words.get("class-score-hint") }</p>
                <details>
                    <summary>{ words.get("class-method-title") }</summary>
                    <p>{ words.get("class-method") }</p>
                </details>
                if props.class.submissions.is_empty() {
                    <p class="hint">{ words.get("class-none") }</p>
                } else {
                    <table class="scores">
                        <caption>{ words.get("class-scores") }</caption>
                        <thead><tr>
                            <th scope="col">{ words.get("class-student") }</th>
                            { for table.titles.iter().map(|t| html! { <th scope="col" dir="auto">{ t }</th> }) }
                            <th scope="col">{ words.get("class-overall") }</th>
                            <th scope="col">{ words.get("class-counts") }</th>
                            <th scope="col"><span class="visually-hidden">{ words.get("class-feedback") }</span></th>
                        </tr></thead>
                        <tbody>
                            { for table.rows.iter().enumerate().map(|(n, row)| {
                                let [matched, wrong, missed, extra] = row.counts;
                                html! {
                                    <tr>
                                        <th scope="row"><bdi>{ &row.student }</bdi></th>
                                        { for row.articles.iter().map(|score| html! { <td>{ score }</td> }) }
                                        <td class="overall">{ &row.overall }</td>
                                        <td>{ format!("{matched} · {wrong} · {missed} · {extra}") }</td>
                                        <td><button onclick={download(ClassFile::Feedback(Some(n)))}
                                            aria-label={words.one("class-feedback-for", "student", isolate(&row.student))}>{ words.get("class-feedback-page") }</button></td>
                                    </tr>
                                }
                            }) }
                        </tbody>
                    </table>
                }
                <div class="row end">
                    <button onclick={let on_agreement = props.on_agreement.clone(); move |_| on_agreement.emit(())}
                        disabled={props.class.submissions.len() < 2}>{ words.get("class-agreement") }</button>
                    <button onclick={let on_heatmap = props.on_heatmap.clone(); move |_| on_heatmap.emit(())}
                        disabled={props.class.submissions.is_empty()}>{ words.get("class-heatmap") }</button>
                    <button onclick={download(ClassFile::Scores)} disabled={props.class.submissions.is_empty()}>{ words.get("class-csv") }</button>
                    <button onclick={download(ClassFile::Feedback(None))} disabled={props.class.submissions.is_empty()}>{ words.get("class-all-feedback") }</button>
                    <button onclick={let on_close = props.on_close.clone(); move |_| on_close.emit(())}>{ words.get("close") }</button>
                </div>
            </div>
        </div>
    }
}

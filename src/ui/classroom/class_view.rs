//! The teacher's class: read students' submissions (many at once, picked or
//! dropped), see what became of each file, each student's score per article
//! against the key, and download feedback pages and a CSV for a gradebook.

use crate::model::app::plural;
use crate::model::classroom::class::{self, Class, MessageKind};
use crate::model::classroom::exercise::Exercise;
use crate::model::classroom::scoring::METHOD;
use crate::model::formats::submission::Submission;
use crate::model::text::bidi::isolate;
use crate::model::text::dates::readable;
use crate::model::Workspace;
use crate::ui::dialogs::{close_on_escape, use_dialog_focus};
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
fn described(submission: &Submission, offset: i32) -> String {
    let count = submission.annotations.len();
    let read = match submission.read.as_str() {
        "" => String::new(),
        at => format!(", read {}", readable(at, offset)),
    };
    format!(
        "handed in {}{read}, {count} {}",
        readable(&submission.handed_in, offset),
        plural(count, "annotation", "annotations")
    )
}

#[function_component(ClassView)]
pub fn class_view(props: &ClassViewProps) -> Html {
    let pick = use_node_ref();
    use_dialog_focus(pick.clone());
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
                <h2 id="class-title">{ "Class: " }<bdi>{ &exercise.title }</bdi></h2>
                <div class="drop-zone" ondragover={|event: DragEvent| event.prevent_default()} ondrop={on_drop}>
                    <label>{ "Read submissions (pick or drop any number of files) " }
                        <input ref={pick} type="file" accept=".json" multiple=true onchange={on_pick} />
                    </label>
                </div>
                if !props.class.messages.is_empty() {
                    <div role="status">
                        <ul class="file-messages" aria-label="Files read">
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
                        <h3 id="waiting-title">{ "Handed in twice: which to keep?" }</h3>
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
                                        <button onclick={choose(false)}>{ format!("Keep the first: {}", described(first, props.offset)) }</button>
                                    }) }
                                    <button onclick={choose(true)}>{ format!("Keep this one: {}", described(later, props.offset)) }</button>
                                </div>
                            }
                        }) }
                    </section>
                }
                <p class="hint">{ "Each score gives partial credit: a span earns the share of text it has in common \
                    with the key's, half of that with another tag; 100 is exactly the key. The agreement view's strict \
                    and partial F1 count each span as found or not." }</p>
                <details>
                    <summary>{ "How the score is computed" }</summary>
                    <p>{ METHOD }</p>
                </details>
                if props.class.submissions.is_empty() {
                    <p class="hint">{ "No submissions read yet." }</p>
                } else {
                    <table class="scores">
                        <caption>{ "Scores against your key, in % (with partial credit)" }</caption>
                        <thead><tr>
                            <th scope="col">{ "Student" }</th>
                            { for table.titles.iter().map(|t| html! { <th scope="col">{ t }</th> }) }
                            <th scope="col">{ "Overall" }</th>
                            <th scope="col">{ "Matched · wrong tag · missed · extra" }</th>
                            <th scope="col"><span class="visually-hidden">{ "Feedback" }</span></th>
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
                                            aria-label={format!("Feedback page for {}", isolate(&row.student))}>{ "Feedback page" }</button></td>
                                    </tr>
                                }
                            }) }
                        </tbody>
                    </table>
                }
                <div class="row end">
                    <button onclick={let on_agreement = props.on_agreement.clone(); move |_| on_agreement.emit(())}
                        disabled={props.class.submissions.len() < 2}>{ "Agreement" }</button>
                    <button onclick={let on_heatmap = props.on_heatmap.clone(); move |_| on_heatmap.emit(())}
                        disabled={props.class.submissions.is_empty()}>{ "Heatmap and gold layer" }</button>
                    <button onclick={download(ClassFile::Scores)} disabled={props.class.submissions.is_empty()}>{ "Class scores (CSV)" }</button>
                    <button onclick={download(ClassFile::Feedback(None))} disabled={props.class.submissions.is_empty()}>{ "All feedback pages" }</button>
                    <button onclick={let on_close = props.on_close.clone(); move |_| on_close.emit(())}>{ "Close" }</button>
                </div>
            </div>
        </div>
    }
}

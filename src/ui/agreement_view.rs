//! The class's agreement, for a teacher to project and discuss: across the class
//! and per tag with a plain reading, the students-by-students matrix (coloured by
//! value, each value also in the cell and its title), each student's F1 against the
//! key, and the key's tags against the students'.

use super::dialog::{close_on_escape, use_dialog_focus};
use crate::model::analytics::{band, reading, Analytics};
use crate::model::Tag;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AgreementViewProps {
    pub analytics: Analytics,
    pub on_close: Callback<()>,
}

/// How the figures are counted, said once in the page.
const UNIT: &str = "The unit is the word (Unicode word boundaries; spaces and punctuation are not words). \
Each student gives each word one label: no tag, or the tag of their shortest span over it. Per tag, a word \
counts as that tag or not, so overlapping spans of different tags each count there. Kappa and alpha are 1 \
for full agreement and 0 for what chance alone would give.";

fn value(v: Option<f64>) -> String {
    v.map_or_else(|| "–".to_owned(), |v| format!("{v:.2}"))
}

/// The colour class of a kappa: its band, from below chance (k0) to almost
/// perfect (k5).
fn shade(v: Option<f64>) -> String {
    band(v).map_or_else(|| "k-none".to_owned(), |band| format!("k{band}"))
}

#[function_component(AgreementView)]
pub fn agreement_view(props: &AgreementViewProps) -> Html {
    let close = use_node_ref();
    use_dialog_focus(close.clone());
    let a = &props.analytics;
    let labels = ["No tag", "Claim", "Quote", "Framing", "Fact"];
    html! {
        <div class="backdrop">
            <div class="dialog agreement-view" role="dialog" aria-modal="true" aria-labelledby="agreement-title"
                onkeydown={close_on_escape(&props.on_close)}>
                <h2 id="agreement-title">{ "Agreement in the class" }</h2>
                <p class="overall">{ format!(
                    "{} students, {} words each. Fleiss' kappa {}: {}. Krippendorff's alpha {}.",
                    a.students.len(), a.words, value(a.overall.fleiss), reading(a.overall.fleiss), value(a.overall.alpha)
                ) }</p>
                <details><summary>{ "How it is counted" }</summary><p>{ UNIT }</p></details>
                <table class="per-tag">
                    <caption>{ "Per tag" }</caption>
                    <thead><tr><th scope="col">{ "Tag" }</th><th scope="col">{ "Fleiss' kappa" }</th>
                        <th scope="col">{ "Krippendorff's alpha" }</th><th scope="col">{ "Reading" }</th></tr></thead>
                    <tbody>
                        { for Tag::ALL.iter().zip(&a.per_tag).map(|(tag, figures)| html! {
                            <tr><th scope="row">{ tag.label() }</th><td>{ value(figures.fleiss) }</td>
                                <td>{ value(figures.alpha) }</td><td>{ reading(figures.fleiss) }</td></tr>
                        }) }
                    </tbody>
                </table>
                <table class="matrix">
                    <caption>{ "Cohen's kappa between each two students" }</caption>
                    <thead><tr><td></td>{ for a.students.iter().map(|s| html! { <th scope="col">{ s }</th> }) }</tr></thead>
                    <tbody>
                        { for a.students.iter().enumerate().map(|(row, student)| html! {
                            <tr>
                                <th scope="row">{ student }</th>
                                { for a.pairwise[row].iter().enumerate().map(|(col, k)| html! {
                                    <td class={shade(*k)} title={format!("{student} and {}: {}, {}", a.students[col], value(*k), reading(*k))}>
                                        { value(*k) }
                                    </td>
                                }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
                <p class="legend" aria-hidden="true">
                    { for ["k0", "k1", "k2", "k3", "k4", "k5"].iter().zip(["below chance", "slight", "fair", "moderate", "substantial", "almost perfect"])
                        .map(|(class, name)| html! { <span class={*class}>{ name }</span> }) }
                </p>
                <table class="f1">
                    <caption>{ "Span F1 against the key" }</caption>
                    <thead><tr><th scope="col">{ "Student" }</th><th scope="col">{ "Exact spans" }</th><th scope="col">{ "Overlapping spans" }</th></tr></thead>
                    <tbody>
                        { for a.students.iter().zip(&a.f1).map(|(s, f1)| html! {
                            <tr><th scope="row">{ s }</th><td>{ format!("{:.2}", f1.exact) }</td><td>{ format!("{:.2}", f1.overlap) }</td></tr>
                        }) }
                    </tbody>
                </table>
                <table class="confusion">
                    <caption>{ "Words by the key's tag (rows) and the students' tag (columns), all students" }</caption>
                    <thead><tr><td></td>{ for labels.iter().map(|l| html! { <th scope="col">{ *l }</th> }) }</tr></thead>
                    <tbody>
                        { for labels.iter().zip(&a.confusion).map(|(l, row)| html! {
                            <tr><th scope="row">{ *l }</th>{ for row.iter().map(|n| html! { <td>{ n }</td> }) }</tr>
                        }) }
                    </tbody>
                </table>
                <div class="row end">
                    <button ref={close} onclick={let on_close = props.on_close.clone(); move |_| on_close.emit(())}>{ "Close" }</button>
                </div>
            </div>
        </div>
    }
}

//! The class's agreement, for a teacher to project and discuss: across the class
//! and per tag with a plain reading, the students-by-students matrix (coloured by
//! value, each value also in the cell and its title), each student's F1 against the
//! key, and the key's tags against the students'.

use crate::model::classroom::analytics::{band, reading, Analytics};
use crate::model::text::bidi::isolate;
use crate::model::Tag;
use crate::ui::dialogs::{close_on_escape, use_dialog_focus};
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

/// The side of a cell of the drawn matrix, in SVG units.
const CELL: f64 = 14.0;

/// The students-by-students matrix: drawn as one SVG path per colour band (a class
/// of 40 makes 1,600 cells, and an element per cell took 150 ms to draw), the
/// hovered pair's value under it, and every value in a table, built when opened.
fn matrix(
    a: &Analytics,
    drawn: &NodeRef,
    hovered: &UseStateHandle<Option<(usize, usize)>>,
    table_open: &UseStateHandle<bool>,
) -> Html {
    let n = a.students.len();
    let mut paths: Vec<(String, String)> = Vec::new();
    for (row, values) in a.pairwise.iter().enumerate() {
        for (col, k) in values.iter().enumerate() {
            let class = shade(*k);
            let cell = format!("M{} {}h{CELL}v{CELL}h-{CELL}z", col as f64 * CELL, row as f64 * CELL);
            match paths.iter_mut().find(|(c, _)| *c == class) {
                Some((_, d)) => d.push_str(&cell),
                None => paths.push((class, cell)),
            }
        }
    }
    let side = n as f64 * CELL;
    let onmousemove = {
        // Yew delegates events, so the event's current target is not the SVG.
        let (hovered, drawn) = (hovered.clone(), drawn.clone());
        Callback::from(move |event: MouseEvent| {
            let Some(svg) = drawn.cast::<web_sys::Element>() else { return };
            let rect = svg.get_bounding_client_rect();
            let scale = side / rect.width().max(1.0);
            let (col, row) = (
                ((event.client_x() - rect.left()) * scale / CELL) as usize,
                ((event.client_y() - rect.top()) * scale / CELL) as usize,
            );
            hovered.set((row < n && col < n).then_some((row, col)));
        })
    };
    let pair = hovered.map(|(row, col)| {
        let k = a.pairwise[row][col];
        format!(
            "{} and {}: {}, {}",
            isolate(&a.students[row]),
            isolate(&a.students[col]),
            value(k),
            reading(k)
        )
    });
    let ontoggle = {
        let table_open = table_open.clone();
        Callback::from(move |event: Event| {
            let open = event.target_dyn_into::<web_sys::HtmlDetailsElement>().is_some_and(|d| d.open());
            table_open.set(open);
        })
    };
    html! {
        <figure class="matrix">
            <figcaption>{ "Cohen's kappa between each two students (rows and columns in the order of the table below)" }</figcaption>
            <svg ref={drawn.clone()} viewBox={format!("0 0 {side} {side}")} role="img" aria-label="Kappa between each two students; the values are in the table below"
                {onmousemove} onmouseleave={let hovered = hovered.clone(); move |_| hovered.set(None)}>
                { for paths.into_iter().map(|(class, d)| html! { <path class={class} {d} /> }) }
            </svg>
            <p class="hovered" aria-hidden="true">{ pair.unwrap_or_else(|| "Point at a cell for its pair and value.".into()) }</p>
            <details {ontoggle}>
                <summary>{ "The matrix as a table" }</summary>
                if **table_open {
                    <table class="matrix-table">
                        <caption>{ "Cohen's kappa between each two students" }</caption>
                        <thead><tr><td></td>{ for a.students.iter().map(|s| html! { <th scope="col">{ s }</th> }) }</tr></thead>
                        <tbody>
                            { for a.students.iter().enumerate().map(|(row, student)| html! {
                                <tr>
                                    <th scope="row">{ student }</th>
                                    { for a.pairwise[row].iter().map(|k| html! { <td class={shade(*k)}>{ value(*k) }</td> }) }
                                </tr>
                            }) }
                        </tbody>
                    </table>
                }
            </details>
        </figure>
    }
}

#[function_component(AgreementView)]
pub fn agreement_view(props: &AgreementViewProps) -> Html {
    let close = use_node_ref();
    use_dialog_focus(close.clone());
    let a = &props.analytics;
    let hovered = use_state(|| None::<(usize, usize)>);
    let drawn = use_node_ref();
    let table_open = use_state(|| false);
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
                { matrix(a, &drawn, &hovered, &table_open) }
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

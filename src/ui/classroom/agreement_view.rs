//! The class's agreement, for a teacher to project and discuss: across the class
//! and per tag with a plain reading, the students-by-students matrix (coloured by
//! value, each value also in the cell and its title), each student's F1 against the
//! key, and the key's tags against the students'.

use crate::model::classroom::analytics::{band, reading, shown, summary, Analytics};
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
    shown(v)
}

/// Each measure in a line a teacher understands.
const MEASURES: [(&str, &str); 4] = [
    ("Cohen's kappa", "how far two students agree beyond what chance would give: 1 always, 0 as chance, below 0 less than chance."),
    ("Fleiss' kappa", "the same for the whole class at once."),
    ("Krippendorff's alpha", "agreement across the class measured another way; close to Fleiss' kappa when every student tagged every article."),
    ("Strict and partial F1", "how well a student's spans match the key, from 0 to 1: strict counts only exactly the key's span and tag, partial any overlap with the key's tag. The class table's score is in between: partial credit for the share of text in common, and half for a wrong tag."),
];

/// Room on the left and at the top of the drawn matrix for the students' names,
/// and on the right for the last name at the top, which leans that way.
const LABELS: f64 = 110.0;
const RIGHT: f64 = 60.0;

/// A name short enough for the matrix's axes: a long one keeps its start and its
/// end (where names in a class tend to differ), with "…" between.
fn short(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    if chars.len() <= 18 {
        return name.to_owned();
    }
    let (start, end): (String, String) =
        (chars[..9].iter().collect(), chars[chars.len() - 8..].iter().collect());
    format!("{start}…{end}")
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
    let whole = LABELS + side;
    let onmousemove = {
        // Yew delegates events, so the event's current target is not the SVG.
        let (hovered, drawn) = (hovered.clone(), drawn.clone());
        Callback::from(move |event: MouseEvent| {
            let Some(svg) = drawn.cast::<web_sys::Element>() else { return };
            let rect = svg.get_bounding_client_rect();
            let scale = (whole + RIGHT) / rect.width().max(1.0);
            let at = |client: f64, edge: f64| ((client - edge) * scale - LABELS) / CELL;
            let (col, row) = (at(event.client_x(), rect.left()), at(event.client_y(), rect.top()));
            let inside = col >= 0.0 && row >= 0.0 && (col as usize) < n && (row as usize) < n;
            hovered.set(inside.then_some((row as usize, col as usize)));
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
            <figcaption>{ "Cohen's kappa between each two students" }</figcaption>
            <svg ref={drawn.clone()} viewBox={format!("0 0 {} {whole}", whole + RIGHT)} role="img" aria-label="Kappa between each two students; the values are in the table below"
                {onmousemove} onmouseleave={let hovered = hovered.clone(); move |_| hovered.set(None)}>
                <g class="names" aria-hidden="true">
                    { for a.students.iter().enumerate().map(|(k, name)| {
                        let middle = LABELS + (k as f64 + 0.7) * CELL;
                        html! { <>
                            <text x={(LABELS - 3.0).to_string()} y={middle.to_string()} text-anchor="end">{ short(name) }</text>
                            <text x={middle.to_string()} y={(LABELS - 3.0).to_string()} transform={format!("rotate(-60 {middle} {})", LABELS - 3.0)}>{ short(name) }</text>
                        </> }
                    }) }
                </g>
                <g transform={format!("translate({LABELS} {LABELS})")}>
                    { for paths.into_iter().map(|(class, d)| html! { <path class={class} {d} /> }) }
                </g>
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
    // The view opens at its top, on its heading and the sentence under it.
    let heading = use_node_ref();
    use_dialog_focus(heading.clone());
    let a = &props.analytics;
    let hovered = use_state(|| None::<(usize, usize)>);
    let drawn = use_node_ref();
    let table_open = use_state(|| false);
    let labels: Vec<String> =
        std::iter::once("No tag".to_owned()).chain(a.tags.iter().map(Tag::label)).collect();
    html! {
        <div class="backdrop">
            <div class="dialog agreement-view" role="dialog" aria-modal="true" aria-labelledby="agreement-title"
                onkeydown={close_on_escape(&props.on_close)}>
                <h2 id="agreement-title" ref={heading} tabindex="-1">{ "Agreement in the class" }</h2>
                <p class="summary">{ summary(a) }</p>
                <p class="overall">{ format!(
                    "{} students, {} words each. Fleiss' kappa {}: {}. Krippendorff's alpha {}.",
                    a.students.len(), a.words, value(a.overall.fleiss), reading(a.overall.fleiss), value(a.overall.alpha)
                ) }</p>
                <dl class="measures">
                    { for MEASURES.iter().map(|(name, meaning)| html! { <div><dt>{ *name }</dt><dd>{ *meaning }</dd></div> }) }
                </dl>
                <details><summary>{ "How it is counted" }</summary><p>{ UNIT }</p></details>
                <table class="per-tag">
                    <caption>{ "Per tag" }</caption>
                    <thead><tr><th scope="col">{ "Tag" }</th><th scope="col">{ "Fleiss' kappa" }</th>
                        <th scope="col">{ "Krippendorff's alpha" }</th><th scope="col">{ "Reading" }</th></tr></thead>
                    <tbody>
                        { for a.tags.iter().zip(&a.per_tag).map(|(tag, figures)| html! {
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
                    <caption>{ "Strict and partial F1 against the key" }</caption>
                    <thead><tr><th scope="col">{ "Student" }</th><th scope="col">{ "Strict (exact spans)" }</th><th scope="col">{ "Partial (overlapping spans)" }</th></tr></thead>
                    <tbody>
                        { for a.students.iter().zip(&a.f1).map(|(s, f1)| html! {
                            <tr><th scope="row"><bdi>{ s }</bdi></th><td>{ value(Some(f1.exact)) }</td><td>{ value(Some(f1.overlap)) }</td></tr>
                        }) }
                    </tbody>
                </table>
                <table class="confusion">
                    <caption>{ "Words by the key's tag (rows) and the students' tag (columns), all students" }</caption>
                    <thead><tr><td></td>{ for labels.iter().map(|l| html! { <th scope="col">{ l }</th> }) }</tr></thead>
                    <tbody>
                        { for labels.iter().zip(&a.confusion).map(|(l, row)| html! {
                            <tr><th scope="row">{ l }</th>{ for row.iter().map(|n| html! { <td>{ n }</td> }) }</tr>
                        }) }
                    </tbody>
                </table>
                <div class="row end">
                    <button onclick={let on_close = props.on_close.clone(); move |_| on_close.emit(())}>{ "Close" }</button>
                </div>
            </div>
        </div>
    }
}

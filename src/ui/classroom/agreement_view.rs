//! The class's agreement, for a teacher to project and discuss: across the class
//! and per tag with a plain reading, the students-by-students matrix (coloured by
//! value, each value also in the cell and its title), each student's F1 against the
//! key, and the key's tags against the students'.

use crate::model::classroom::analytics::{band, reading, shown, summary, Analytics, Summary};
use crate::model::text::bidi::isolate;
use crate::ui::dialogs::{close_on_escape, use_dialog_focus};
use crate::ui::language::{use_words, Words};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AgreementViewProps {
    pub analytics: Analytics,
    pub on_close: Callback<()>,
}

fn value(v: Option<f64>) -> String {
    shown(v)
}

/// Each measure's name and what it means, as ids of their words.
const MEASURES: [(&str, &str); 4] = [
    ("measure-cohen", "measure-cohen-meaning"),
    ("measure-fleiss", "measure-fleiss-meaning"),
    ("measure-alpha", "measure-alpha-meaning"),
    ("measure-f1", "measure-f1-meaning"),
];

/// What matters first, in one sentence: where the class agrees most and least,
/// and which two students agree least.
fn said(words: &Words, a: &Analytics) -> String {
    let Summary { most, least, least_pair } = summary(a);
    let mut text = match (most, least) {
        (Some(most), Some(least)) if most.0 != least.0 => words.with(
            "agreement-most-least",
            &[
                ("most", words.tag(most.0).into()),
                ("most-reading", words.get(&reading(Some(most.1))).into()),
                ("least", words.tag(least.0).into()),
                ("least-reading", words.get(&reading(Some(least.1))).into()),
            ],
        ),
        (Some(one), _) => words.with(
            "agreement-one",
            &[("tag", words.tag(one.0).into()), ("reading", words.get(&reading(Some(one.1))).into())],
        ),
        _ => words.get("agreement-none"),
    };
    if let Some((r, c, k)) = least_pair {
        text.push(' ');
        text.push_str(&words.with(
            "agreement-pair",
            &[
                ("first", isolate(&a.students[r]).into()),
                ("second", isolate(&a.students[c]).into()),
                ("kappa", shown(Some(k)).into()),
                ("reading", words.get(&reading(Some(k))).into()),
            ],
        ));
    }
    text
}

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
    words: &Words,
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
        words.with(
            "agreement-hovered",
            &[
                ("first", isolate(&a.students[row]).into()),
                ("second", isolate(&a.students[col]).into()),
                ("kappa", value(k).into()),
                ("reading", words.get(&reading(k)).into()),
            ],
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
            <figcaption>{ words.get("agreement-matrix") }</figcaption>
            <svg ref={drawn.clone()} viewBox={format!("0 0 {} {whole}", whole + RIGHT)} role="img" aria-label={words.get("agreement-matrix-drawn")}
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
            <p class="hovered" aria-hidden="true">{ pair.unwrap_or_else(|| words.get("agreement-point")) }</p>
            <details {ontoggle}>
                <summary>{ words.get("agreement-matrix-table") }</summary>
                if **table_open {
                    <table class="matrix-table">
                        <caption>{ words.get("agreement-matrix") }</caption>
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
    let words = use_words();
    let labels: Vec<String> =
        std::iter::once(words.get("agreement-no-tag")).chain(a.tags.iter().map(|t| words.tag(t))).collect();
    html! {
        <div class="backdrop">
            <div class="dialog agreement-view" role="dialog" aria-modal="true" aria-labelledby="agreement-title"
                onkeydown={close_on_escape(&props.on_close)}>
                <h2 id="agreement-title" ref={heading} tabindex="-1">{ words.get("agreement-title") }</h2>
                <p class="summary">{ said(&words, a) }</p>
                <p class="overall">{ words.with("agreement-overall", &[
                    ("students", a.students.len().into()),
                    ("words", a.words.into()),
                    ("fleiss", value(a.overall.fleiss).into()),
                    ("reading", words.get(&reading(a.overall.fleiss)).into()),
                    ("alpha", value(a.overall.alpha).into()),
                ]) }</p>
                <dl class="measures">
                    { for MEASURES.iter().map(|(name, meaning)| html! { <div><dt>{ words.get(name) }</dt><dd>{ words.get(meaning) }</dd></div> }) }
                </dl>
                <details><summary>{ words.get("agreement-counted") }</summary><p>{ words.get("agreement-unit") }</p></details>
                <table class="per-tag">
                    <caption>{ words.get("agreement-per-tag") }</caption>
                    <thead><tr><th scope="col">{ words.get("agreement-tag") }</th><th scope="col">{ words.get("measure-fleiss") }</th>
                        <th scope="col">{ words.get("measure-alpha") }</th><th scope="col">{ words.get("agreement-reading") }</th></tr></thead>
                    <tbody>
                        { for a.tags.iter().zip(&a.per_tag).map(|(tag, figures)| html! {
                            <tr><th scope="row">{ words.tag(tag) }</th><td>{ value(figures.fleiss) }</td>
                                <td>{ value(figures.alpha) }</td><td>{ words.get(&reading(figures.fleiss)) }</td></tr>
                        }) }
                    </tbody>
                </table>
                { matrix(&words, a, &drawn, &hovered, &table_open) }
                <p class="legend" aria-hidden="true">
                    { for (0..6).map(|band| html! { <span class={format!("k{band}")}>{ words.get(&format!("band-{band}")) }</span> }) }
                </p>
                <table class="f1">
                    <caption>{ words.get("agreement-f1") }</caption>
                    <thead><tr><th scope="col">{ words.get("class-student") }</th><th scope="col">{ words.get("agreement-strict") }</th><th scope="col">{ words.get("agreement-partial") }</th></tr></thead>
                    <tbody>
                        { for a.students.iter().zip(&a.f1).map(|(s, f1)| html! {
                            <tr><th scope="row"><bdi>{ s }</bdi></th><td>{ value(Some(f1.exact)) }</td><td>{ value(Some(f1.overlap)) }</td></tr>
                        }) }
                    </tbody>
                </table>
                <table class="confusion">
                    <caption>{ words.get("agreement-confusion") }</caption>
                    <thead><tr><td></td>{ for labels.iter().map(|l| html! { <th scope="col">{ l }</th> }) }</tr></thead>
                    <tbody>
                        { for labels.iter().zip(&a.confusion).map(|(l, row)| html! {
                            <tr><th scope="row">{ l }</th>{ for row.iter().map(|n| html! { <td>{ n }</td> }) }</tr>
                        }) }
                    </tbody>
                </table>
                <div class="row end">
                    <button onclick={let on_close = props.on_close.clone(); move |_| on_close.emit(())}>{ words.get("close") }</button>
                </div>
            </div>
        </div>
    }
}

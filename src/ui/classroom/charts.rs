//! Charts per outlet, drawn by the app as SVG: how many spans of each tag, and the
//! share of the text each tag covers, from the reader's own annotations (the key,
//! in the teacher's copy) or the class's gold layer. Each chart has its figures in
//! a table too, for screen readers and for print.

use crate::model::annotations::palette::look;
use crate::model::classroom::analytics::{OutletFigures, OutletSource};
use crate::model::TagSet;
use crate::ui::dialogs::{close_on_escape, use_dialog_focus};
use crate::ui::language::{use_words, Words};
use crate::ui::workbench::tag_style;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChartsProps {
    /// Each source's name and its figures, outlet by outlet.
    pub sources: std::rc::Rc<Vec<OutletSource>>,
    /// The tags the figures are for, in their order.
    pub tags: std::rc::Rc<TagSet>,
    pub on_close: Callback<()>,
}

const WIDTH: f64 = 640.0;
const HEIGHT: f64 = 220.0;
/// Room for the outlet names under the bars and the scale on the left.
const BOTTOM: f64 = 40.0;
const LEFT: f64 = 40.0;

/// A grouped bar chart: a group per outlet, a bar per tag.
/// (`value` gives an outlet's figure for the tag at a place in the set.)
fn bars(
    words: &Words,
    title: &str,
    tags: &TagSet,
    outlets: &[OutletFigures],
    value: impl Fn(&OutletFigures, usize) -> f64,
    label: impl Fn(f64) -> String,
) -> Html {
    let top = outlets.iter().flat_map(|o| (0..tags.len()).map(|k| value(o, k))).fold(0.0, f64::max).max(1e-9);
    let group = (WIDTH - LEFT) / outlets.len().max(1) as f64;
    let bar = group / (tags.len() + 1) as f64;
    let plot = HEIGHT - BOTTOM;
    html! {
        <svg class="chart" viewBox={format!("0 0 {WIDTH} {HEIGHT}")} role="img" aria-label={title.to_owned()}>
            <title>{ title }</title>
            <line x1={LEFT.to_string()} y1={plot.to_string()} x2={WIDTH.to_string()} y2={plot.to_string()} stroke="#888" />
            <text x="0" y="12" class="scale">{ label(top) }</text>
            { for outlets.iter().enumerate().map(|(n, outlet)| {
                let x0 = LEFT + n as f64 * group;
                html! {
                    <g>
                        { for tags.iter().enumerate().map(|(k, def)| {
                            let (tag, v) = (&def.tag, value(outlet, k));
                            let h = (v / top) * (plot - 16.0);
                            let look = look(def.look);
                            html! {
                                <rect x={(x0 + bar * (k as f64 + 0.5)).to_string()} y={(plot - h).to_string()}
                                    width={(bar * 0.9).to_string()} height={h.to_string()} fill={look.background} stroke={look.line}>
                                    <title>{ format!("{}, {}: {}", outlet.source, words.tag(tag), label(v)) }</title>
                                </rect>
                            }
                        }) }
                        <text x={(x0 + group / 2.0).to_string()} y={(plot + 16.0).to_string()} text-anchor="middle" class="outlet">
                            { outlet.source.split(" (").next().unwrap_or_default().to_owned() }
                        </text>
                    </g>
                }
            }) }
        </svg>
    }
}

/// The same figures as a table.
fn table(
    words: &Words,
    caption: &str,
    tags: &TagSet,
    outlets: &[OutletFigures],
    cell: impl Fn(&OutletFigures, usize) -> String,
) -> Html {
    html! {
        <table class="chart-table">
            <caption>{ caption }</caption>
            <thead><tr><th scope="col">{ words.get("outlets-outlet") }</th>{ for tags.tags().map(|t| html! { <th scope="col">{ words.tag(t) }</th> }) }</tr></thead>
            <tbody>
                { for outlets.iter().map(|o| html! {
                    <tr><th scope="row">{ &o.source }</th>{ for (0..tags.len()).map(|k| html! { <td>{ cell(o, k) }</td> }) }</tr>
                }) }
            </tbody>
        </table>
    }
}

#[function_component(Charts)]
pub fn charts(props: &ChartsProps) -> Html {
    let source = use_state(|| 0usize);
    let words = use_words();
    let first = use_node_ref();
    use_dialog_focus(first.clone());
    let Some(OutletSource { name, outlets }) = props.sources.get(*source) else { return html! {} };
    let percent = |v: f64| format!("{:.1}%", v * 100.0);
    let tags = &*props.tags;
    let name = words.get(name);
    html! {
        <div class="backdrop">
            <div class="dialog charts" role="dialog" aria-modal="true" aria-labelledby="charts-title"
                onkeydown={close_on_escape(&props.on_close)}>
                <h2 id="charts-title">{ words.get("outlets-title") }</h2>
                <div class="row" role="group" aria-label={words.get("outlets-counted")}>
                    { for props.sources.iter().enumerate().map(|(n, OutletSource { name: label, .. })| {
                        let source = source.clone();
                        html! { <button ref={if n == 0 { first.clone() } else { NodeRef::default() }}
                            aria-pressed={(n == *source).to_string()} onclick={move |_| source.set(n)}>{ words.get(label) }</button> }
                    }) }
                </div>
                <p class="chart-legend" aria-hidden="true">
                    { for tags.tags().map(|t| html! { <span class={classes!("chip", tag_style::chip(tags, t))}>{ words.tag(t) }</span> }) }
                </p>
                <h3>{ words.one("outlets-spans", "name", name.as_str()) }</h3>
                { bars(&words, &words.one("outlets-spans-chart", "name", name.as_str()), tags, outlets, |o, k| o.counts[k] as f64, |v| format!("{v:.0}")) }
                { table(&words, &words.one("outlets-spans-chart", "name", name.as_str()), tags, outlets, |o, k| o.counts[k].to_string()) }
                <h3>{ words.one("outlets-share", "name", name.as_str()) }</h3>
                { bars(&words, &words.one("outlets-share-chart", "name", name.as_str()), tags, outlets, |o, k| o.density[k], percent) }
                { table(&words, &words.one("outlets-share-chart", "name", name.as_str()), tags, outlets, |o, k| percent(o.density[k])) }
                <div class="row end">
                    <button onclick={let on_close = props.on_close.clone(); move |_| on_close.emit(())}>{ words.get("close") }</button>
                </div>
            </div>
        </div>
    }
}

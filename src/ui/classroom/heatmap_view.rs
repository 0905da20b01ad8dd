//! The class's heatmap, article by article: how many students tagged each stretch
//! (all tags, or one), who did and with what notes, and the gold layer the teacher
//! builds from it. A stretch is chosen by hovering or focusing it; with one
//! focused, Enter accepts the majority's tag, 1 to 4 accept a tag, Delete takes it
//! out of the gold layer.

use super::gold_to_key::GoldToKey;
use crate::model::app::Action;
use crate::model::classroom::class::Class;
use crate::model::classroom::exercise::Exercise;
use crate::model::classroom::heatmap::{legend, level, stretches, Stretch};
use crate::model::{Fingerprint, Span, Tag, Workspace};
use crate::ui::dialogs::{close_on_escape, use_dialog_focus};
use crate::ui::language::use_words;
use crate::ui::workbench::tag_style;
use std::rc::Rc;
use web_sys::{HtmlSelectElement, KeyboardEvent};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HeatmapViewProps {
    pub workspace: Workspace,
    pub exercise: Exercise,
    pub class: Rc<Class>,
    pub on_action: Callback<Action>,
    pub on_close: Callback<()>,
}

/// Accepting a stretch into the gold layer with `tag`, or taking it out (None).
fn gold_action(article: &Fingerprint, span: Span, tag: Option<Tag>) -> Action {
    let article = article.clone();
    match tag {
        Some(tag) => Action::AcceptGold {
            article,
            span,
            tag,
            id: crate::ui::browser::ids::new_annotation_id(),
            created: crate::ui::browser::ids::now(),
        },
        None => Action::RejectGold { article, span },
    }
}

#[function_component(HeatmapView)]
pub fn heatmap_view(props: &HeatmapViewProps) -> Html {
    let article = use_state(|| 0usize);
    let filter = use_state(|| None::<Tag>);
    let chosen = use_state(|| None::<usize>);
    let first = use_node_ref();
    use_dialog_focus(first.clone());
    let (workspace, exercise, class) = (&props.workspace, &props.exercise, &props.class);
    let tags = workspace.shared_tags();
    let words = use_words();
    let documents: Vec<_> = exercise.articles.iter().filter_map(|f| workspace.document(f)).collect();
    // Hovering re-renders the view: the stretches are cut once per article and class.
    let shown = documents.get(*article).map(|d| d.fingerprint().clone());
    let found = use_memo((shown, Rc::as_ptr(class) as usize, Rc::as_ptr(&tags) as usize), |(shown, _, _)| {
        let article = shown.as_ref()?;
        Some(crate::ui::browser::timing::measured("framelens: heatmap", || stretches(class, article, &tags)))
    });
    let (Some(document), Some(found)) = (documents.get(*article).copied(), found.as_ref()) else {
        return html! {};
    };
    let index = document.index();
    let students = class.submissions.len();
    let in_gold = |s: &Stretch| {
        class.gold.iter().find(|g| {
            &g.document == document.fingerprint() && g.span.start < s.span.end && s.span.start < g.span.end
        })
    };
    let emit = |span: Span, tag: Option<Tag>| {
        let (on_action, article) = (props.on_action.clone(), document.fingerprint().clone());
        Callback::from(move |_: MouseEvent| on_action.emit(gold_action(&article, span, tag.clone())))
    };

    // The text, with each stretch as a focusable span.
    let mut text: Vec<Html> = Vec::new();
    let mut at = 0;
    for (n, stretch) in found.iter().enumerate() {
        text.push(html! { { index.slice(Span::new(at, stretch.span.start)).unwrap_or_default() } });
        let count = stretch.count(filter.as_ref());
        let gold = in_gold(stretch).map(|g| g.tag.clone());
        let onkeydown = {
            let majority = stretch.majority().map(|(tag, _)| tag.clone());
            let (on_action, article, span, tags) =
                (props.on_action.clone(), document.fingerprint().clone(), stretch.span, tags.clone());
            Callback::from(move |event: KeyboardEvent| {
                let tag = match event.key().as_str() {
                    "Enter" => majority.clone(),
                    "Delete" | "Backspace" => None,
                    key => match tags.by_key(key) {
                        Some(tag) => Some(tag.clone()),
                        None => return,
                    },
                };
                event.prevent_default();
                on_action.emit(gold_action(&article, span, tag));
            })
        };
        let (on_focus, on_hover) = (chosen.clone(), chosen.clone());
        text.push(html! {
            <span class={classes!("stretch", (count > 0).then(|| format!("heat-{}", level(count, students))),
                    gold.map(|_| "in-gold"), (*chosen == Some(n)).then_some("chosen"))}
                tabindex="0" aria-label={match &gold {
                    Some(tag) => words.with("heatmap-stretch-gold", &[("count", count.into()), ("students", students.into()), ("tag", words.tag(tag).into())]),
                    None => words.with("heatmap-stretch", &[("count", count.into()), ("students", students.into())]),
                }}
                onfocus={move |_| on_focus.set(Some(n))} onmouseenter={move |_| on_hover.set(Some(n))} {onkeydown}>
                { index.slice(stretch.span).unwrap_or_default() }
            </span>
        });
        at = stretch.span.end;
    }
    text.push(html! { { index.slice(Span::new(at, document.len())).unwrap_or_default() } });

    let details = chosen.and_then(|n| found.get(n)).map(|stretch| {
        let gold = in_gold(stretch);
        let majority = stretch.majority().map(|(tag, _)| tag);
        html! {
            <div class="stretch-details">
                <p class="quote">{ format!("“{}”", index.slice(stretch.span).unwrap_or_default()) }</p>
                <ul>
                    { for stretch.by_tag.iter().map(|(tag, who)| html! {
                        <li><span class={classes!("chip", tag_style::chip(&tags, tag))}>{ words.tag(tag) }</span>
                            { format!(" {}: ", who.len()) }
                            { for who.iter().map(|&s| {
                                let submission = &class.submissions[s];
                                let note = submission.annotations.iter()
                                    .find(|a| a.tag == *tag && &a.document == document.fingerprint() && a.span.start <= stretch.span.start && stretch.span.end <= a.span.end)
                                    .map(|a| a.note.to_string()).filter(|n| !n.is_empty());
                                html! { <span class="who"><bdi>{ &submission.student }</bdi>{ for note.map(|n| html! { <>{ " (“" }<bdi>{ n }</bdi>{ "”)" }</> }) }{ "; " }</span> }
                            }) }
                        </li>
                    }) }
                </ul>
                <div class="row">
                    { for tags.tags().map(|tag| {
                        let id = if majority == Some(tag) { "heatmap-accept-majority" } else { "heatmap-accept" };
                        let label = words.one(id, "tag", words.tag(tag));
                        html! { <button onclick={emit(stretch.span, Some(tag.clone()))}>{ label }</button> }
                    }) }
                    if let Some(gold) = gold {
                        <button onclick={emit(stretch.span, None)}>{ words.one("heatmap-remove", "tag", words.tag(&gold.tag)) }</button>
                    }
                </div>
            </div>
        }
    });
    let on_filter = {
        let (filter, tags) = (filter.clone(), tags.clone());
        Callback::from(move |event: Event| {
            let select: HtmlSelectElement = event.target_unchecked_into();
            filter.set(select.value().parse::<usize>().ok().and_then(|at| tags.tags().nth(at)).cloned());
        })
    };
    html! {
        <div class="backdrop">
            <div class={classes!("dialog", "heatmap-view", filter.as_ref().map(|t| tag_style::heat(&tags, t)))} role="dialog" aria-modal="true" aria-labelledby="heatmap-title"
                onkeydown={close_on_escape(&props.on_close)}>
                <h2 id="heatmap-title">{ words.get("heatmap-title") }</h2>
                <div class="row">
                    <div role="group" aria-label={words.get("heatmap-article")}>
                        { for documents.iter().enumerate().map(|(n, d)| {
                            let (article, chosen) = (article.clone(), chosen.clone());
                            html! { <button ref={if n == 0 { first.clone() } else { NodeRef::default() }}
                                aria-pressed={(n == *article).to_string()}
                                onclick={move |_| { article.set(n); chosen.set(None) }}>{ &d.source }</button> }
                        }) }
                    </div>
                    <label>{ words.get("heatmap-tag") }{ " " }
                        <select onchange={on_filter}>
                            <option value="all" selected={filter.is_none()}>{ words.get("heatmap-all") }</option>
                            { for tags.tags().enumerate().map(|(at, t)| html! { <option value={at.to_string()} selected={filter.as_ref() == Some(t)}>{ words.tag(t) }</option> }) }
                        </select>
                    </label>
                </div>
                <p class="legend">{ match &*filter {
                        Some(tag) => words.one("heatmap-legend-tag", "tag", words.tag(tag)),
                        None => words.get("heatmap-legend"),
                    } }{ " " }
                    { for legend(students).into_iter().map(|(step, first, last)| html! {
                        <span class={format!("heat-{step}")}>{ if first == last { first.to_string() } else { format!("{first}–{last}") } }</span>
                    }) }
                    <span class="in-gold">{ words.get("heatmap-in-gold") }</span>
                </p>
                <div class="heat-layout">
                    <div class="heat-text">{ for text }</div>
                    <aside aria-live="polite" aria-label={words.get("heatmap-chosen")}>
                        { details.unwrap_or_else(|| html! { <p class="hint">{ words.get("heatmap-hint") }</p> }) }
                        <p>{ words.one("heatmap-gold", "count", class.gold.len()) }</p>
                        <GoldToKey workspace={workspace.clone()} exercise={exercise.clone()} class={class.clone()}
                            article={document.fingerprint().clone()} on_action={props.on_action.clone()} />
                    </aside>
                </div>
                <div class="row end">
                    <button onclick={let on_close = props.on_close.clone(); move |_| on_close.emit(())}>{ words.get("close") }</button>
                </div>
            </div>
        </div>
    }
}

//! Scores over time: a line chart with a data table as its accessible twin.
//!
//! The geometry comes from `chart::layout`; this module only draws it.
//! Colour is never the only carrier of meaning: each scale also has its own
//! marker shape and dash pattern, the legend repeats both, and the table
//! under the chart gives every number as text.

use std::rc::Rc;

use yew::prelude::*;

use crate::chart::{self, svg_number, Chart, Series, HEIGHT, PLOT_BOTTOM, PLOT_LEFT, PLOT_RIGHT, WIDTH};
use crate::content::Content;
use crate::date::format_date_time;
use crate::catalogue::Catalogue;
use crate::document::StoredResult;
use crate::hooks::use_words::use_words;
use crate::scale::Scale;

/// The id joining the SVG to its `<title>`; there is one chart per page.
const TITLE_ID: &str = "trend-title";
/// The id naming the table's scroll region after its caption.
const CAPTION_ID: &str = "trend-table-caption";

/// Props of [`TrendChart`].
#[derive(Properties, PartialEq)]
pub struct TrendChartProps {
    /// Completed results, oldest first.
    pub results: Rc<Vec<StoredResult>>,
    /// The scale names for the legend and the table.
    pub content: Rc<Content>,
    /// The browser's offset in minutes east of UTC, for local dates.
    pub offset_minutes: i32,
}

/// Above this many results the point markers are left out: they would merge
/// into a blur and cost thousands of elements; the dash patterns still tell
/// the lines apart.
pub const MAX_MARKERS: usize = 60;
/// Table rows shown before "Show all", so a long history opens instantly.
pub const FIRST_TABLE_ROWS: usize = 20;

/// The chart once there are two results to connect, and always the table.
#[component]
pub fn TrendChart(props: &TrendChartProps) -> Html {
    let words = use_words();
    let show_all = use_state(|| false);
    let name = |scale: Scale| props.content.name_of(scale);
    let picture = if props.results.len() < 2 {
        html! {
            <p class="trend-waiting">{ words.text("history.chart.waiting") }</p>
        }
    } else {
        let chart = chart::layout(&props.results, props.offset_minutes, &words);
        html! {
            <>
                { drawing(&chart, props.results.len() <= MAX_MARKERS) }
                <ul class="trend-legend">
                    { for Scale::ALL.into_iter().map(|scale| legend_entry(scale, name(scale))) }
                </ul>
            </>
        }
    };
    html! {
        <figure class="trend">
            { picture }
            { table(&props.results, props.offset_minutes, &words, &name, if *show_all { usize::MAX } else { FIRST_TABLE_ROWS }) }
            if !*show_all && props.results.len() > FIRST_TABLE_ROWS {
                <button type="button" class="secondary" onclick={move |_| show_all.set(true)}>
                    { words.count("history.chart.show_all_rows", props.results.len(), &[]) }
                </button>
            }
        </figure>
    }
}

fn drawing(chart: &Chart, markers: bool) -> Html {
    let view_box = format!("0 0 {} {}", svg_number(WIDTH), svg_number(HEIGHT));
    let label_x = svg_number(PLOT_LEFT - 8.0);
    let date_y = svg_number(PLOT_BOTTOM + 25.0);
    html! {
        <svg class="trend-chart" viewBox={view_box} role="img" aria-labelledby={TITLE_ID}>
            <title id={TITLE_ID}>{ &chart.title }</title>
            <g class="trend-grid">
                { for chart.y_ticks.iter().map(|tick| {
                    let y = svg_number(tick.position);
                    html! {
                        <>
                            <line x1={svg_number(PLOT_LEFT)} x2={svg_number(PLOT_RIGHT)} y1={y.clone()} y2={y.clone()} />
                            <text class="tick-label" x={label_x.clone()} y={y} text-anchor="end" dominant-baseline="middle">
                                { &tick.label }
                            </text>
                        </>
                    }
                }) }
                { for chart.x_ticks.iter().map(|tick| {
                    let x = svg_number(tick.position);
                    html! {
                        <>
                            <line class="date-tick" x1={x.clone()} x2={x.clone()}
                                y1={svg_number(PLOT_BOTTOM)} y2={svg_number(PLOT_BOTTOM + 6.0)} />
                            <text class="tick-label" x={x} y={date_y.clone()} text-anchor="middle">
                                { &tick.label }
                            </text>
                        </>
                    }
                }) }
            </g>
            { for chart.series.iter().map(|s| series(s, markers)) }
        </svg>
    }
}

fn series(series: &Series, markers: bool) -> Html {
    let id = series.scale.id();
    html! {
        <g class={classes!("series", format!("series-{id}"))}>
            { for series.segments.iter().map(|segment| html! {
                <polyline class="series-line" points={chart::polyline_points(segment)} />
            }) }
            if markers {
                { for series.points().map(|point| html! {
                    <path class="marker" d={chart::marker_path(series.scale, point.x, point.y)} />
                }) }
            }
        </g>
    }
}

fn legend_entry(scale: Scale, name: String) -> Html {
    let id = scale.id();
    html! {
        <li>
            <svg class={classes!("legend-key", "series", format!("series-{id}"))}
                viewBox="0 0 32 16" aria-hidden="true">
                <line class="series-line" x1="1" y1="8" x2="31" y2="8" />
                <path class="marker" d={chart::marker_path(scale, 16.0, 8.0)} />
            </svg>
            { name }
        </li>
    }
}

/// The table scrolls sideways on a narrow phone rather than squeezing the
/// scale names letter by letter; the scroll region is focusable and named so
/// a keyboard or screen-reader user can reach and scroll it too.
fn table(
    results: &[StoredResult],
    offset_minutes: i32,
    words: &Catalogue,
    name: &dyn Fn(Scale) -> String,
    rows: usize,
) -> Html {
    html! {
        <div class="trend-table-wrap" role="region" aria-labelledby={CAPTION_ID} tabindex="0">
            <table class="trend-table">
                <caption id={CAPTION_ID}>
                    { words.text("history.chart.caption") }
                    if rows < results.len() {
                        { words.fill("history.chart.caption_latest", &[("shown", &rows), ("total", &results.len())]) }
                    }
                </caption>
                <thead>
                    <tr>
                        <th scope="col">{ words.text("history.chart.date") }</th>
                        { for Scale::ALL.into_iter().map(|scale| html! { <th scope="col">{ name(scale) }</th> }) }
                    </tr>
                </thead>
                <tbody>
                    { for results.iter().rev().take(rows).map(|result| html! {
                        <tr>
                            <th scope="row">{ format_date_time(result.completed_at, offset_minutes, words) }</th>
                            { for result.scores.iter().map(|score| match score {
                                Some(score) => html! { <td>{ score }</td> },
                                None => html! {
                                    <td>
                                        <span aria-hidden="true">{ "–" }</span>
                                        <span class="visually-hidden">{ words.text("history.not_scored") }</span>
                                    </td>
                                },
                            }) }
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}

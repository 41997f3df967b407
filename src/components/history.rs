//! The history screen: every past result, newest first, the trend, and the data tools.

use std::rc::Rc;

use yew::prelude::*;

use crate::content::Content;
use crate::date::format_date_time;
use crate::document::StoredResult;
use crate::hooks::use_words::use_words;
use crate::scale::Scale;

/// Rows listed before "Show all", so a long history still opens instantly.
pub const FIRST_ROWS: usize = 20;

/// Props of [`HistoryList`].
#[derive(Properties, PartialEq)]
pub struct HistoryListProps {
    /// Results, oldest first.
    pub results: Rc<Vec<StoredResult>>,
    /// Scale names.
    pub content: Rc<Content>,
    /// For local dates.
    pub offset_minutes: i32,
    /// Open one result's full page.
    pub on_open: Callback<String>,
    /// Delete one result (undoable).
    pub on_delete: Callback<String>,
}

/// The list of past results, newest first.
#[component]
pub fn HistoryList(props: &HistoryListProps) -> Html {
    let words = use_words();
    let show_all = use_state(|| false);
    let total = props.results.len();
    let shown = if *show_all { total } else { total.min(FIRST_ROWS) };
    let names: Vec<String> = Scale::ALL.iter().map(|&s| props.content.name_of(s)).collect();
    let row = |result: &StoredResult| {
        let when = format_date_time(result.completed_at, props.offset_minutes, &words);
        let open = { let id = result.id.clone(); props.on_open.reform(move |_: MouseEvent| id.clone()) };
        let delete = { let id = result.id.clone(); props.on_delete.reform(move |_: MouseEvent| id.clone()) };
        html! {
            <li class="history-row" key={result.id.clone()}>
                <span class="history-date">{ &when }</span>
                <span class="history-scores">
                    { for Scale::ALL.iter().zip(&names).map(|(&scale, name)| html! {
                        <span class="history-score">
                            <span class="history-score-name">{ name }</span>
                            <span class="history-score-value">
                                { result.score(scale).map_or_else(|| "–".to_string(), |s| s.to_string()) }
                            </span>
                        </span>
                    }) }
                </span>
                <span class="history-actions">
                    <button type="button" class="secondary" onclick={open}
                        aria-label={words.fill("history.open_label", &[("date", &when)])}>
                        { words.text("history.open") }
                    </button>
                    <button type="button" class="link danger-text" onclick={delete}
                        aria-label={words.fill("history.delete_label", &[("date", &when)])}>
                        { words.text("history.delete") }
                    </button>
                </span>
            </li>
        }
    };
    let more = { let s = show_all.clone(); Callback::from(move |_: MouseEvent| s.set(true)) };
    html! {
        <>
            <ol class="history-list" reversed=true>
                { for props.results.iter().rev().take(shown).map(row) }
            </ol>
            if shown < total {
                <button type="button" class="secondary" onclick={more}>
                    { words.count("history.show_all", total, &[]) }
                </button>
            }
        </>
    }
}

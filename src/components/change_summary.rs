//! How one result differs from the previous and the first, in words.
//!
//! `change::since` decides what counts as a clear change; this module only
//! lists the lines, with the arrow and sign in the text itself so nothing
//! depends on colour.

use std::rc::Rc;

use yew::prelude::*;

use crate::change::{self, Change};
use crate::content::Content;
use crate::document::StoredResult;
use crate::hooks::use_words::use_words;

/// Props of [`ChangeSummary`].
#[derive(Properties, PartialEq)]
pub struct ChangeSummaryProps {
    /// Completed results, oldest first.
    pub results: Rc<Vec<StoredResult>>,
    /// Which result to describe.
    pub index: usize,
    /// The scale names.
    pub content: Rc<Content>,
}

/// "Since last time" and "Since your first result", or nothing at all when
/// there is no earlier scored result to compare with.
#[component]
pub fn ChangeSummary(props: &ChangeSummaryProps) -> Html {
    let words = use_words();
    let changes = change::since(&props.results, props.index);
    if changes.since_previous.is_empty() && changes.since_first.is_empty() {
        return Html::default();
    }
    let lines = |list: &[Change]| -> Html {
        html! {
            <ul class="change-list">
                { for list.iter().map(|change| {
                    html! { <li>{ change.line(&props.content.name_of(change.scale), &words) }</li> }
                }) }
            </ul>
        }
    };
    let previous = !changes.since_previous.is_empty();
    let first = if changes.since_first.is_empty() {
        Html::default()
    } else if previous {
        // A sub-list of the "Since last time" section.
        html! { <><h3>{ words.text("change.since_first") }</h3>{ lines(&changes.since_first) }</> }
    } else {
        // The previous result had no comparable score, so this leads.
        html! { <><h2>{ words.text("change.since_first") }</h2>{ lines(&changes.since_first) }</> }
    };
    html! {
        <section class="change-summary">
            if previous {
                <h2>{ words.text("change.since_last") }</h2>
                { lines(&changes.since_previous) }
            }
            { first }
            <p class="change-note">{ change::wobble_note(&words) }</p>
        </section>
    }
}

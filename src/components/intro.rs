//! The welcome screen: what the check measures, how long it takes, and that
//! nothing leaves the device.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::confirm::Confirm;
use crate::components::rich::shortcuts;
use crate::content::Content;
use crate::hooks::use_words::use_words;

/// Props of [`Intro`].
#[derive(Properties, PartialEq)]
pub struct IntroProps {
    /// The questionnaire, for its scales and length.
    pub content: Rc<Content>,
    /// Embedded in a post that has its own heading: keep ours for screen
    /// readers only.
    #[prop_or_default]
    pub compact: bool,
    /// Statements answered in an unfinished attempt (0: none).
    pub unfinished: usize,
    /// Completed results kept in this browser.
    pub results: usize,
    /// Pressed Start (no unfinished attempt).
    pub on_start: Callback<()>,
    /// Pressed Resume.
    pub on_resume: Callback<()>,
    /// Confirmed Start over.
    pub on_start_over: Callback<()>,
    /// Pressed the history link.
    pub on_history: Callback<()>,
}

/// Reading time per statement used for the "about N minutes" estimate.
const SECONDS_PER_ITEM: usize = 11;

/// The intro screen.
#[component]
pub fn Intro(props: &IntroProps) -> Html {
    let words = use_words();
    let count = props.content.items.len();
    let minutes = (count * SECONDS_PER_ITEM).div_ceil(60).max(1);
    let confirming = use_state(|| false);
    let on_start = props.on_start.reform(|_: MouseEvent| ());
    let on_history = props.on_history.reform(|_: MouseEvent| ());
    // Always reachable: with no results yet, history is where an export is imported.
    let history_label = if props.results > 0 {
        words.fill("intro.history", &[("count", &words.integer(props.results as i64))])
    } else {
        words.text("intro.import")
    };
    let history = html! {
        <button type="button" class="secondary" onclick={on_history}>{ history_label }</button>
    };
    let actions = if props.unfinished == 0 {
        html! {
            <div class="nav start">
                <button type="button" class="primary" onclick={on_start}>{ words.text("intro.start") }</button>
                { history }
            </div>
        }
    } else if *confirming {
        let keep = { let c = confirming.clone(); Callback::from(move |()| c.set(false)) };
        html! {
            <Confirm id="discard-question"
                question={words.fill("intro.discard_question", &[("answered", &props.unfinished)])}
                keep={words.text("intro.keep_answers")} confirm={words.text("intro.discard")}
                on_keep={keep} on_confirm={props.on_start_over.clone()} />
        }
    } else {
        let resume = props.on_resume.reform(|_: MouseEvent| ());
        let ask = { let c = confirming.clone(); Callback::from(move |_: MouseEvent| c.set(true)) };
        html! {
            <div class="welcome-back">
                <p><strong>{ words.fill("intro.welcome_back", &[("answered", &props.unfinished), ("total", &count)]) }</strong></p>
                <div class="nav start">
                    <button type="button" class="primary" onclick={resume}>{ words.text("intro.resume") }</button>
                    <button type="button" class="secondary" onclick={ask}>{ words.text("intro.start_over") }</button>
                    { history }
                </div>
            </div>
        }
    };
    html! {
        <section class="screen intro" aria-labelledby="intro-title">
            <h1 id="intro-title" class={classes!(props.compact.then_some("visually-hidden"))}>
                { words.text("intro.title") }
            </h1>
            <p class="lead">
                { words.fill("intro.length", &[("count", &count), ("minutes", &minutes)]) }
                { " " }
                { words.text("intro.promise") }
            </p>
            <h2>{ words.text("intro.looks_at") }</h2>
            <ul class="scale-list">
                { for props.content.scales.iter().map(|s| html! {
                    <li><strong>{ &s.name }</strong>{ ": " }{ &s.summary }</li>
                }) }
            </ul>
            <p class="privacy">
                <strong>{ words.text("intro.privacy_strong") }</strong>
                { " " }
                { words.text("intro.privacy") }
            </p>
            <p class="disclaimer">
                { words.text("intro.disclaimer") }
            </p>
            { actions }
            <p class="shortcuts">{ shortcuts(&words, "intro.shortcuts") }</p>
        </section>
    }
}

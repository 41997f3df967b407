//! The welcome screen: what the check measures, how long it takes, and that
//! nothing leaves the device.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::confirm::Confirm;
use crate::content::Content;

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
    let count = props.content.items.len();
    let minutes = (count * SECONDS_PER_ITEM).div_ceil(60).max(1);
    let confirming = use_state(|| false);
    let on_start = props.on_start.reform(|_: MouseEvent| ());
    let on_history = props.on_history.reform(|_: MouseEvent| ());
    // Always reachable: with no results yet, history is where an export is imported.
    let history_label = if props.results > 0 {
        format!("See your history ({})", props.results)
    } else {
        "Import saved results".to_string()
    };
    let history = html! {
        <button type="button" class="secondary" onclick={on_history}>{ history_label }</button>
    };
    let actions = if props.unfinished == 0 {
        html! {
            <div class="nav start">
                <button type="button" class="primary" onclick={on_start}>{ "Start the questionnaire" }</button>
                { history }
            </div>
        }
    } else if *confirming {
        let keep = { let c = confirming.clone(); Callback::from(move |()| c.set(false)) };
        html! {
            <Confirm id="discard-question"
                question={format!("Discard your {} answers and start again from the first statement?", props.unfinished)}
                keep="Keep my answers" confirm="Discard and start over"
                on_keep={keep} on_confirm={props.on_start_over.clone()} />
        }
    } else {
        let resume = props.on_resume.reform(|_: MouseEvent| ());
        let ask = { let c = confirming.clone(); Callback::from(move |_: MouseEvent| c.set(true)) };
        html! {
            <div class="welcome-back">
                <p><strong>{ format!("Welcome back - you answered {} of {count}.", props.unfinished) }</strong></p>
                <div class="nav start">
                    <button type="button" class="primary" onclick={resume}>{ "Resume" }</button>
                    <button type="button" class="secondary" onclick={ask}>{ "Start over" }</button>
                    { history }
                </div>
            </div>
        }
    };
    html! {
        <section class="screen intro" aria-labelledby="intro-title">
            <h1 id="intro-title" class={classes!(props.compact.then_some("visually-hidden"))}>
                { "How do you approach networking?" }
            </h1>
            <p class="lead">
                { format!("{count} short statements, about {minutes} minutes. ") }
                { "You get a picture of your networking mindset and a few reframing strategies that may help." }
            </p>
            <h2>{ "What it looks at" }</h2>
            <ul class="scale-list">
                { for props.content.scales.iter().map(|s| html! {
                    <li><strong>{ &s.name }</strong>{ ": " }{ &s.summary }</li>
                }) }
            </ul>
            <p class="privacy">
                <strong>{ "Nothing leaves your device." }</strong>
                { " Your answers stay in this browser; there is no account, no server and no tracking." }
            </p>
            <p class="disclaimer">
                { "This is a reflective self-check, not a validated test or a diagnosis. \
                   Treat the results as a starting point for your own thinking." }
            </p>
            { actions }
            <p class="shortcuts">
                { "Keyboard: " }<kbd>{ "1" }</kbd>{ "-" }<kbd>{ "5" }</kbd>{ " answer, " }
                <kbd>{ "Enter" }</kbd>{ " or " }<kbd>{ "→" }</kbd>{ " next, " }
                <kbd>{ "←" }</kbd>{ " or " }<kbd>{ "Backspace" }</kbd>{ " back." }
            </p>
        </section>
    }
}

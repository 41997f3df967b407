//! The welcome screen: what the check measures, how long it takes, and that
//! nothing leaves the device.

use std::rc::Rc;

use yew::prelude::*;

use crate::content::Content;

/// Props of [`Intro`].
#[derive(Properties, PartialEq)]
pub struct IntroProps {
    /// The questionnaire, for its scales and length.
    pub content: Rc<Content>,
    /// Pressed Start.
    pub on_start: Callback<()>,
}

/// Reading time per statement used for the "about N minutes" estimate.
const SECONDS_PER_ITEM: usize = 11;

/// The intro screen.
#[component]
pub fn Intro(props: &IntroProps) -> Html {
    let count = props.content.items.len();
    let minutes = (count * SECONDS_PER_ITEM).div_ceil(60).max(1);
    let on_start = props.on_start.reform(|_: MouseEvent| ());
    html! {
        <section class="screen intro" aria-labelledby="intro-title">
            <h1 id="intro-title">{ "How do you approach networking?" }</h1>
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
            <button type="button" class="primary" onclick={on_start}>{ "Start the questionnaire" }</button>
            <p class="shortcuts">
                { "Keyboard: " }<kbd>{ "1" }</kbd>{ "-" }<kbd>{ "5" }</kbd>{ " answer, " }
                <kbd>{ "Enter" }</kbd>{ " or " }<kbd>{ "→" }</kbd>{ " next, " }
                <kbd>{ "←" }</kbd>{ " or " }<kbd>{ "Backspace" }</kbd>{ " back." }
            </p>
        </section>
    }
}

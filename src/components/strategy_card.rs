//! One strategy: why it fits, the reframe, exercises and a small first step.

use yew::prelude::*;

use crate::content::StrategyText;

/// Props of [`StrategyCard`].
#[derive(Properties, PartialEq)]
pub struct StrategyCardProps {
    /// The strategy's words.
    pub text: StrategyText,
    /// "Why this fits you", built from the person's own scores.
    pub fits: String,
}

/// A strategy card.
#[component]
pub fn StrategyCard(props: &StrategyCardProps) -> Html {
    let s = &props.text;
    html! {
        <article class="strategy">
            <h3>{ &s.title }</h3>
            <p class="fits"><strong>{ "Why this fits you: " }</strong>{ &props.fits }</p>
            <p>{ &s.why }</p>
            <p class="reframe">
                { "Instead of telling yourself " }<q>{ &s.reframe_from }</q>
                { ", try " }<q>{ &s.reframe_to }</q>{ "." }
            </p>
            <h4>{ "Exercises" }</h4>
            <ol>{ for s.exercises.iter().map(|e| html! { <li>{ e }</li> }) }</ol>
            <p class="this-week"><strong>{ "This week: " }</strong>{ &s.this_week }</p>
            <p class="source"><strong>{ "Where the idea comes from: " }</strong>{ &s.source }</p>
        </article>
    }
}

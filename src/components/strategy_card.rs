//! One strategy: why it fits, the reframe, exercises and a small first step.

use yew::prelude::*;

use crate::components::rich::rich;
use crate::content::StrategyText;
use crate::hooks::use_words::use_words;

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
    let words = use_words();
    let s = &props.text;
    let reframe = rich(&words, "results.strategy.reframe", |blank| match blank {
        "from" => Some(html! { <q>{ &s.reframe_from }</q> }),
        "to" => Some(html! { <q>{ &s.reframe_to }</q> }),
        _ => None,
    });
    html! {
        <article class="strategy">
            <h3>{ &s.title }</h3>
            <p class="fits"><strong>{ words.text("results.fits.label") }</strong>{ &props.fits }</p>
            <p>{ &s.why }</p>
            <p class="reframe">{ reframe }</p>
            <h4>{ words.text("results.strategy.exercises") }</h4>
            <ol>{ for s.exercises.iter().map(|e| html! { <li>{ e }</li> }) }</ol>
            <p class="this-week"><strong>{ words.text("results.strategy.this_week") }</strong>{ &s.this_week }</p>
            <p class="source"><strong>{ words.text("results.strategy.source") }</strong>{ &s.source }</p>
        </article>
    }
}

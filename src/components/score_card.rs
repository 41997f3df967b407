//! One scale's score, band and meaning on the results page.

use yew::prelude::*;

use crate::band::Band;
use crate::content::ScaleText;
use crate::hooks::use_words::use_words;
use crate::scoring::ScaleScore;

/// Props of [`ScoreCard`].
#[derive(Properties, PartialEq)]
pub struct ScoreCardProps {
    /// The scale's name and texts.
    pub text: ScaleText,
    /// Its score, or why there is none.
    pub score: ScaleScore,
}

/// A card with the score as a number and a bar. The bar is SVG with
/// attribute geometry, not an inline style, so it survives a strict CSP.
#[component]
pub fn ScoreCard(props: &ScoreCardProps) -> Html {
    let words = use_words();
    let text = &props.text;
    let body = match props.score {
        ScaleScore::Score(score) => {
            let band = Band::of(score);
            let meaning = match band {
                Band::Low => &text.low,
                Band::Moderate => &text.moderate,
                Band::High => &text.high,
            };
            html! {
                <>
                    <p class="score">
                        <span class="score-number">{ score }</span>
                        <span class="score-max">{ words.text("results.card.out_of") }</span>
                        <span class={classes!("band", format!("band-{}", band.id()))}>
                            { capitalised(&words.fill(
                                "results.card.band",
                                &[("band", &words.text(&format!("results.band.{}", band.id())))],
                            )) }
                        </span>
                    </p>
                    <svg class="score-bar" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true">
                        <rect class="track" x="0" y="0" width="100" height="6" rx="3" />
                        <rect class="fill" x="0" y="0" width={score.to_string()} height="6" rx="3" />
                    </svg>
                    <p class="meaning">{ meaning }</p>
                </>
            }
        }
        ScaleScore::NotEnoughAnswers { answered, needed } if needed > 0 => html! {
            <p class="score not-enough">
                { words.fill("results.card.not_enough", &[("answered", &answered), ("needed", &needed)]) }
            </p>
        },
        ScaleScore::NotEnoughAnswers { .. } => html! {
            <p class="score not-enough">{ words.text("results.card.no_score") }</p>
        },
    };
    html! {
        <article class="score-card">
            <h3>{ &text.name }</h3>
            { body }
            <p class="summary">{ &text.summary }</p>
        </article>
    }
}

fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

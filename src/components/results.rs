//! The results page: scores, the focus balance and the strategies.

use std::rc::Rc;

use yew::prelude::*;

use crate::assessment::Assessment;
use crate::components::focus_balance::FocusBalanceView;
use crate::components::score_card::ScoreCard;
use crate::components::strategy_card::StrategyCard;
use crate::consistency::Notice;
use crate::content::Content;
use crate::explain::why_it_fits;
use crate::hooks::use_words::use_words;
use crate::scale::Scale;
use crate::strategy::{Recommendation, TOP};

/// Props of [`Results`].
#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    /// The questionnaire, for names and strategy texts.
    pub content: Rc<Content>,
    /// What was computed from the answers.
    pub assessment: Rc<Assessment>,
    /// The page heading, when not the usual "Your networking mindset".
    #[prop_or_default]
    pub title: Option<AttrValue>,
    /// When the result was completed, in words.
    #[prop_or_default]
    pub dated: Option<AttrValue>,
    /// The "since last time" section, when there is an earlier result.
    #[prop_or_default]
    pub since: Html,
    /// The share section, where sharing makes sense.
    #[prop_or_default]
    pub share: Html,
    /// The buttons at the end (take it again, history ...).
    #[prop_or_default]
    pub actions: Html,
}

fn notice_key(notice: Notice) -> &'static str {
    match notice {
        Notice::SameAnswer => "results.notice.same_answer",
        Notice::TooFast => "results.notice.too_fast",
    }
}

/// The results screen.
#[component]
pub fn Results(props: &ResultsProps) -> Html {
    let words = use_words();
    let content = &props.content;
    let a = &props.assessment;
    let heading = use_node_ref();
    {
        let heading = heading.clone();
        // Each newly shown result moves focus to its heading.
        use_effect_with(props.assessment.clone(), move |_| {
            if let Some(el) = heading.cast::<web_sys::HtmlElement>() {
                // Only fails on a detached element, where there is nothing to focus.
                let _ = el.focus();
            }
        });
    }
    let card = |rec: &Recommendation| {
        content.strategy(rec.strategy).map(|text| html! {
            <StrategyCard key={rec.strategy} text={text.clone()} fits={why_it_fits(content, &words, &rec.reasons)} />
        })
    };
    // Every rule is always ranked, so the first TOP always include at least one.
    let (top, more) = a.recommendations.split_at(TOP.min(a.recommendations.len()));

    html! {
        <section class="screen results" aria-labelledby="results-title">
            <h1 id="results-title" ref={heading} tabindex="-1">
                { props.title.clone().unwrap_or_else(|| words.text("results.title").into()) }
            </h1>
            if let Some(dated) = &props.dated {
                <p class="dated">{ dated.clone() }</p>
            }
            <p class="lead">
                if a.total > 0 {
                    { words.fill("results.based_on", &[("answered", &a.answered), ("total", &a.total)]) }
                    { " " }
                }
                { words.text("results.scale_note") }
            </p>
            { for a.notices.iter().map(|n| html! {
                <p class="notice" role="note">{ words.text(notice_key(*n)) }</p>
            }) }

            <h2>{ words.text("results.scores") }</h2>
            <div class="score-grid">
                { for Scale::ALL.iter().filter_map(|&scale| content.scale(scale).map(|text| html! {
                    <ScoreCard key={scale.id()} text={text.clone()} score={a.profile.get(scale)} />
                })) }
            </div>

            <h2>{ words.text("results.balance_heading") }</h2>
            <p class="explain">{ words.text("results.balance_explain") }</p>
            <FocusBalanceView
                promotion={a.profile.get(Scale::Promotion).value()}
                prevention={a.profile.get(Scale::Prevention).value()}
                balance={a.balance} />

            { props.since.clone() }

            <h2>{ words.text("results.strategies") }</h2>
            <p class="explain">{ words.text("results.strategies_explain") }</p>
            <div class="strategies">{ for top.iter().filter_map(card) }</div>
            if !more.is_empty() {
                <details class="more-strategies">
                    <summary>{ words.fill("results.more_strategies", &[("count", &more.len())]) }</summary>
                    <div class="strategies">{ for more.iter().filter_map(card) }</div>
                </details>
            }

            { props.share.clone() }
            <div class="nav start">{ props.actions.clone() }</div>
        </section>
    }
}

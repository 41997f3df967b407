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
use crate::scale::Scale;
use crate::strategy::{Recommendation, TOP};

/// Props of [`Results`].
#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    /// The questionnaire, for names and strategy texts.
    pub content: Rc<Content>,
    /// What was computed from the answers.
    pub assessment: Rc<Assessment>,
    /// The page heading.
    #[prop_or(AttrValue::Static("Your networking mindset"))]
    pub title: AttrValue,
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

fn notice_text(notice: Notice) -> &'static str {
    match notice {
        Notice::SameAnswer => "You gave nearly every statement the same answer, including statements \
            that say opposite things, so these results may not reflect you well.",
        Notice::TooFast => "Many statements were answered faster than most people can read them, \
            so these results may not reflect you well. Taking it again slowly may give a truer picture.",
    }
}

/// The results screen.
#[component]
pub fn Results(props: &ResultsProps) -> Html {
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
            <StrategyCard key={rec.strategy} text={text.clone()} fits={why_it_fits(content, &rec.reasons)} />
        })
    };
    // Every rule is always ranked, so the first TOP always include at least one.
    let (top, more) = a.recommendations.split_at(TOP.min(a.recommendations.len()));

    html! {
        <section class="screen results" aria-labelledby="results-title">
            <h1 id="results-title" ref={heading} tabindex="-1">{ props.title.clone() }</h1>
            if let Some(dated) = &props.dated {
                <p class="dated">{ dated.clone() }</p>
            }
            <p class="lead">
                if a.total > 0 {
                    { format!("Based on {} of {} statements. ", a.answered, a.total) }
                }
                { "Scores run from 0 to 100; the bands are rough guides, not norms or percentiles." }
            </p>
            { for a.notices.iter().map(|n| html! {
                <p class="notice" role="note">{ notice_text(*n) }</p>
            }) }

            <h2>{ "Your scores" }</h2>
            <div class="score-grid">
                { for Scale::ALL.iter().filter_map(|&scale| content.scale(scale).map(|text| html! {
                    <ScoreCard key={scale.id()} text={text.clone()} score={a.profile.get(scale)} />
                })) }
            </div>

            <h2>{ "Growth or duty? Your focus balance" }</h2>
            <p class="explain">
                { "Promotion and prevention are two separate scores, not two ends of one scale. \
                   The balance is promotion minus prevention." }
            </p>
            <FocusBalanceView
                promotion={a.profile.get(Scale::Promotion).value()}
                prevention={a.profile.get(Scale::Prevention).value()}
                balance={a.balance} />

            { props.since.clone() }

            <h2>{ "Strategies that may help" }</h2>
            <p class="explain">
                { "Chosen for your scores by a fixed set of rules. Some of the research behind these ideas \
                   has been questioned or retracted, so treat them as experiments worth trying, not proven fixes." }
            </p>
            <div class="strategies">{ for top.iter().filter_map(card) }</div>
            if !more.is_empty() {
                <details class="more-strategies">
                    <summary>{ format!("More strategies ({})", more.len()) }</summary>
                    <div class="strategies">{ for more.iter().filter_map(card) }</div>
                </details>
            }

            { props.share.clone() }
            <div class="nav start">{ props.actions.clone() }</div>
        </section>
    }
}

//! Which strategies fit a profile: a fixed, documented rule table.
//!
//! Each strategy lists the signals it answers to, with weights. A signal's
//! strength is 0-100 (how strongly the profile shows it); a strategy's fit is
//! the weighted mean of the strengths of its signals that could be scored.
//! Strategies are ranked by fit, ties broken by table order, so the same
//! profile always gets the same list (docs/methodology.md).

use crate::band::{Band, FocusBalance, Lean};
use crate::scale::Scale;
use crate::scoring::Profile;

/// Something in a profile a strategy can answer to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Signal {
    /// The scale's score is high: strength = score.
    High(Scale),
    /// The scale's score is low: strength = 100 - score.
    Low(Scale),
    /// Prevention ahead of promotion: strength = 50 + (prevention - promotion) / 2.
    PreventionLeaning,
}

/// One row of the rule table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rule {
    /// Id of the strategy text in the content file.
    pub strategy: &'static str,
    /// Signals and their weights.
    pub signals: &'static [(Signal, u8)],
}

/// The rule table, in tie-break order. docs/methodology.md explains each row.
pub const RULES: &[Rule] = &[
    Rule {
        strategy: "focus-on-learning",
        signals: &[(Signal::PreventionLeaning, 2), (Signal::Low(Scale::Promotion), 1)],
    },
    Rule {
        strategy: "common-interests",
        signals: &[(Signal::High(Scale::Discomfort), 2), (Signal::High(Scale::Promotion), 1)],
    },
    Rule {
        strategy: "think-broadly-give",
        signals: &[(Signal::Low(Scale::Value), 2), (Signal::High(Scale::Discomfort), 1)],
    },
    Rule {
        strategy: "higher-purpose",
        signals: &[(Signal::High(Scale::Prevention), 1), (Signal::High(Scale::Discomfort), 1)],
    },
    Rule {
        strategy: "give-first",
        signals: &[(Signal::High(Scale::Discomfort), 1), (Signal::High(Scale::Value), 1)],
    },
    Rule {
        strategy: "reverse-networking",
        signals: &[(Signal::High(Scale::Value), 2), (Signal::Low(Scale::Promotion), 1)],
    },
    Rule {
        strategy: "value-not-rank",
        signals: &[(Signal::Low(Scale::Value), 2), (Signal::Low(Scale::Promotion), 1)],
    },
    Rule {
        strategy: "connect-others",
        signals: &[
            (Signal::High(Scale::Promotion), 1),
            (Signal::High(Scale::Value), 1),
            (Signal::Low(Scale::Discomfort), 1),
        ],
    },
];

/// How many strategies the results page shows before "more strategies".
pub const TOP: usize = 3;

/// A signal as measured in this profile, for "why this fits you".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reason {
    /// A scale's score and band.
    Score {
        /// Which scale.
        scale: Scale,
        /// Its 0-100 score.
        score: u8,
        /// Its rough band.
        band: Band,
    },
    /// The focus balance and which way it leans.
    Balance {
        /// Promotion minus prevention.
        difference: i16,
        /// Which focus leads.
        lean: Lean,
    },
}

/// A strategy chosen for a profile.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recommendation {
    /// Id of the strategy text.
    pub strategy: &'static str,
    /// Weighted fit, 0-100; `None` when none of its signals could be scored.
    pub fit: Option<u8>,
    /// The person's own figures that triggered it, strongest first.
    pub reasons: Vec<Reason>,
}

impl Signal {
    /// Strength 0-100 in this profile, with the figure behind it; `None`
    /// when a scale it needs has too few answers.
    fn measure(self, profile: &Profile) -> Option<(u8, Reason)> {
        match self {
            Signal::High(scale) | Signal::Low(scale) => {
                let score = profile.get(scale).value()?;
                let strength = if matches!(self, Signal::High(_)) { score } else { 100 - score };
                let reason = Reason::Score { scale, score, band: Band::of(score) };
                Some((strength, reason))
            }
            Signal::PreventionLeaning => {
                let promotion = profile.get(Scale::Promotion).value()?;
                let prevention = profile.get(Scale::Prevention).value()?;
                let balance = FocusBalance::new(promotion, prevention);
                // difference is -100..=100, so this is 0..=100 and fits a u8.
                let strength = (100 - balance.difference) / 2;
                let reason = Reason::Balance {
                    difference: balance.difference,
                    lean: balance.lean(),
                };
                Some((u8::try_from(strength).unwrap_or(0), reason))
            }
        }
    }
}

/// Every strategy in the rule table, best fit first.
pub fn rank(profile: &Profile) -> Vec<Recommendation> {
    let mut ranked: Vec<(usize, Recommendation)> = RULES
        .iter()
        .enumerate()
        .map(|(order, rule)| (order, recommend(rule, profile)))
        .collect();
    ranked.sort_by(|(a_order, a), (b_order, b)| {
        b.fit.cmp(&a.fit).then(a_order.cmp(b_order))
    });
    ranked.into_iter().map(|(_, rec)| rec).collect()
}

fn recommend(rule: &Rule, profile: &Profile) -> Recommendation {
    let mut weighted = 0u32;
    let mut weights = 0u32;
    let mut measured: Vec<(u8, Reason)> = Vec::new();
    for &(signal, weight) in rule.signals {
        if let Some((strength, reason)) = signal.measure(profile) {
            weighted += u32::from(strength) * u32::from(weight);
            weights += u32::from(weight);
            measured.push((strength, reason));
        }
    }
    let fit = (weights > 0).then(|| {
        // A weighted mean of values in 0..=100 is itself in 0..=100.
        u8::try_from((weighted + weights / 2) / weights).unwrap_or(100)
    });
    measured.sort_by_key(|(strength, _)| std::cmp::Reverse(*strength));
    let strongest = measured.first().map(|(s, _)| *s).unwrap_or(0);
    let reasons = measured
        .into_iter()
        .filter(|(strength, _)| *strength >= 50 || *strength == strongest)
        .map(|(_, reason)| reason)
        .collect();
    Recommendation {
        strategy: rule.strategy,
        fit,
        reasons,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scoring::ScaleScore;

    fn profile(promotion: u8, prevention: u8, value: u8, discomfort: u8) -> Profile {
        Profile::from_scores([promotion, prevention, value, discomfort].map(ScaleScore::Score))
    }

    fn top(p: &Profile) -> Vec<&'static str> {
        rank(p).iter().take(TOP).map(|r| r.strategy).collect()
    }

    #[test]
    fn prevention_leaning_people_get_the_learning_reframe_first() {
        assert_eq!(top(&profile(20, 85, 50, 50))[0], "focus-on-learning");
    }

    #[test]
    fn low_perceived_value_brings_the_value_strategies() {
        let t = top(&profile(50, 50, 10, 50));
        assert!(t.contains(&"think-broadly-give"), "{t:?}");
        assert!(t.contains(&"value-not-rank"), "{t:?}");
    }

    #[test]
    fn high_discomfort_brings_common_interests_and_giving() {
        let t = top(&profile(70, 50, 70, 95));
        assert!(t.contains(&"common-interests"), "{t:?}");
        assert!(t.contains(&"give-first"), "{t:?}");
    }

    #[test]
    fn confident_promotion_focused_people_are_invited_to_connect_others() {
        assert_eq!(top(&profile(95, 20, 90, 5))[0], "connect-others");
    }

    #[test]
    fn ranking_is_deterministic_and_complete() {
        let p = profile(50, 50, 50, 50);
        assert_eq!(rank(&p), rank(&p));
        assert_eq!(rank(&p).len(), RULES.len());
        let ids: Vec<_> = rank(&p).iter().map(|r| r.strategy).collect();
        let table: Vec<_> = RULES.iter().map(|r| r.strategy).collect();
        assert_eq!(ids, table, "equal fits keep table order");
    }

    #[test]
    fn reasons_name_the_persons_own_scores() {
        let rec = rank(&profile(50, 50, 12, 80))
            .into_iter()
            .find(|r| r.strategy == "think-broadly-give")
            .unwrap();
        assert_eq!(
            rec.reasons,
            vec![
                Reason::Score { scale: Scale::Value, score: 12, band: Band::Low },
                Reason::Score { scale: Scale::Discomfort, score: 80, band: Band::High },
            ]
        );
    }

    #[test]
    fn with_no_scores_at_all_there_is_still_a_first_strategy() {
        let none = ScaleScore::NotEnoughAnswers { answered: 0, needed: 5 };
        let ranked = rank(&Profile::from_scores([none; 4]));
        assert_eq!(ranked[0].strategy, RULES[0].strategy);
        assert_eq!(ranked[0].fit, None);
        assert!(ranked[0].reasons.is_empty());
    }

    #[test]
    fn missing_scales_are_left_out_of_the_fit() {
        let none = ScaleScore::NotEnoughAnswers { answered: 1, needed: 5 };
        let p = Profile::from_scores([none, none, ScaleScore::Score(10), none]);
        let rec = rank(&p).into_iter().find(|r| r.strategy == "value-not-rank").unwrap();
        assert_eq!(rec.fit, Some(90));
    }
}

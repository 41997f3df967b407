//! Turns answers into 0-100 scale scores.
//!
//! Method (see docs/methodology.md): reverse-keyed answers are flipped
//! (6 - x), the keyed answers of a scale are averaged, and the mean is put on
//! a 0-100 "percent of maximum possible" (POMP) scale: (mean - 1) / 4 x 100.
//! A scale with fewer than 75% of its items answered gets no score at all,
//! because a score from one or two statements would look as sure as a full one.

use serde::{Deserialize, Serialize};

use crate::answer::Answers;
use crate::content::Content;
use crate::scale::Scale;

/// The score of one scale, or why there is none.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ScaleScore {
    /// A whole number from 0 to 100.
    Score(u8),
    /// Too few items were answered to give a fair score.
    NotEnoughAnswers {
        /// Items of this scale the person answered.
        answered: usize,
        /// Items needed for a score (75% of the scale, rounded up).
        needed: usize,
    },
}

impl ScaleScore {
    /// The score, if there is one.
    pub fn value(self) -> Option<u8> {
        match self {
            ScaleScore::Score(score) => Some(score),
            ScaleScore::NotEnoughAnswers { .. } => None,
        }
    }
}

/// All four scale scores of one attempt.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    scores: [ScaleScore; 4],
}

impl Profile {
    /// A profile from known scores, in [`Scale::ALL`] order (handy for tests
    /// and, later, for results read back from storage).
    pub fn from_scores(scores: [ScaleScore; 4]) -> Profile {
        Profile { scores }
    }

    /// The score of one scale.
    pub fn get(&self, scale: Scale) -> ScaleScore {
        self.scores[scale.index()]
    }
}

/// How many of `total` items must be answered for a score: 75%, rounded up.
pub fn needed_answers(total: usize) -> usize {
    (total * 3).div_ceil(4)
}

/// Converts a mean on the 1-5 scale to a whole 0-100 POMP score.
pub fn pomp(mean: f64) -> u8 {
    let percent = (mean - 1.0) / 4.0 * 100.0;
    // Clamped, so the cast can never wrap even for a mean outside 1-5.
    percent.round().clamp(0.0, 100.0) as u8
}

/// Scores every scale from the answers given so far.
pub fn score(content: &Content, answers: &Answers) -> Profile {
    Profile {
        scores: Scale::ALL.map(|scale| score_scale(content, answers, scale)),
    }
}

fn score_scale(content: &Content, answers: &Answers, scale: Scale) -> ScaleScore {
    let mut total = 0;
    let mut keyed = Vec::new();
    for item in content.items_of(scale) {
        total += 1;
        if let Some(answer) = answers.get(&item.id) {
            keyed.push(f64::from(answer.keyed(item.reverse)));
        }
    }
    let needed = needed_answers(total).max(1);
    if keyed.len() < needed {
        return ScaleScore::NotEnoughAnswers {
            answered: keyed.len(),
            needed,
        };
    }
    let mean = keyed.iter().sum::<f64>() / keyed.len() as f64;
    ScaleScore::Score(pomp(mean))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answer::Answer;
    use crate::content::Item;

    fn content_with(items: &[(&str, Scale, bool)]) -> Content {
        let mut content = Content::english().unwrap();
        content.items = items
            .iter()
            .map(|(id, scale, reverse)| Item {
                id: id.to_string(),
                scale: *scale,
                text: format!("statement {id}"),
                reverse: *reverse,
            })
            .collect();
        content
    }

    fn answers(pairs: &[(&str, u8)]) -> Answers {
        pairs
            .iter()
            .map(|(id, v)| (id.to_string(), Answer::new(*v).unwrap()))
            .collect()
    }

    #[test]
    fn pomp_maps_the_scale_ends_to_0_and_100() {
        assert_eq!(pomp(1.0), 0);
        assert_eq!(pomp(5.0), 100);
        assert_eq!(pomp(3.0), 50);
        assert_eq!(pomp(3.5), 63, "62.5 rounds half away from zero");
        assert_eq!(pomp(0.0), 0, "clamped below");
        assert_eq!(pomp(9.0), 100, "clamped above");
    }

    #[test]
    fn reverse_keyed_agreement_lowers_the_score() {
        let content = content_with(&[("a", Scale::Promotion, false), ("b", Scale::Promotion, true)]);
        let profile = score(&content, &answers(&[("a", 5), ("b", 5)]));
        assert_eq!(profile.get(Scale::Promotion), ScaleScore::Score(50));
        let profile = score(&content, &answers(&[("a", 5), ("b", 1)]));
        assert_eq!(profile.get(Scale::Promotion), ScaleScore::Score(100));
    }

    #[test]
    fn every_answer_pattern_stays_within_0_to_100() {
        let content = content_with(&[("a", Scale::Value, false), ("b", Scale::Value, true)]);
        for x in 1..=5 {
            for y in 1..=5 {
                let s = score(&content, &answers(&[("a", x), ("b", y)])).get(Scale::Value);
                assert!(matches!(s, ScaleScore::Score(v) if v <= 100));
            }
        }
    }

    #[test]
    fn a_scale_needs_three_quarters_of_its_items() {
        assert_eq!(needed_answers(6), 5);
        assert_eq!(needed_answers(4), 3);
        assert_eq!(needed_answers(5), 4);
        let items: Vec<(String, Scale, bool)> =
            (0..6).map(|i| (format!("d{i}"), Scale::Discomfort, false)).collect();
        let refs: Vec<(&str, Scale, bool)> =
            items.iter().map(|(id, s, r)| (id.as_str(), *s, *r)).collect();
        let content = content_with(&refs);
        let four = answers(&[("d0", 4), ("d1", 4), ("d2", 4), ("d3", 4)]);
        assert_eq!(
            score(&content, &four).get(Scale::Discomfort),
            ScaleScore::NotEnoughAnswers { answered: 4, needed: 5 }
        );
        let mut five = four.clone();
        five.insert("d4".into(), Answer::new(4).unwrap());
        assert_eq!(score(&content, &five).get(Scale::Discomfort), ScaleScore::Score(75));
    }

    #[test]
    fn an_unanswered_scale_is_never_shown_as_zero() {
        let content = content_with(&[("a", Scale::Prevention, false)]);
        let s = score(&content, &Answers::new()).get(Scale::Prevention);
        assert_eq!(s.value(), None);
    }

    #[test]
    fn a_scale_without_items_has_no_score() {
        let content = content_with(&[]);
        assert_eq!(
            score(&content, &Answers::new()).get(Scale::Value),
            ScaleScore::NotEnoughAnswers { answered: 0, needed: 1 }
        );
    }
}

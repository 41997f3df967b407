//! Everything the results page shows about one finished attempt.

use crate::answer::Answers;
use crate::band::FocusBalance;
use crate::consistency::{self, Notice, Timings};
use crate::content::Content;
use crate::scale::Scale;
use crate::scoring::{self, Profile, ScaleScore};
use crate::strategy::{self, Recommendation};

/// Scores, balance, notices and ranked strategies, computed once when the
/// last question is left so the results page only reads them.
#[derive(Clone, Debug, PartialEq)]
pub struct Assessment {
    /// The four scale scores.
    pub profile: Profile,
    /// Promotion minus prevention; `None` if either lacks a score.
    pub balance: Option<FocusBalance>,
    /// Gentle notices about how the answers were given.
    pub notices: Vec<Notice>,
    /// Every strategy, best fit first; the page shows the first few.
    pub recommendations: Vec<Recommendation>,
    /// Statements answered.
    pub answered: usize,
    /// Statements in the questionnaire.
    pub total: usize,
}

/// Assesses one attempt.
pub fn assess(content: &Content, answers: &Answers, timings: &Timings) -> Assessment {
    let mut assessment = from_profile(scoring::score(content, answers));
    assessment.notices = consistency::check(answers, timings);
    assessment.answered = content.items.iter().filter(|i| answers.contains_key(&i.id)).count();
    assessment.total = content.items.len();
    assessment
}

/// Assesses bare scores, as a share link carries them: no answers, so no
/// notices and `total` 0 (the page then says nothing about how many were answered).
pub fn from_scores(scores: [Option<u8>; 4]) -> Assessment {
    let missing = ScaleScore::NotEnoughAnswers { answered: 0, needed: 0 };
    from_profile(Profile::from_scores(scores.map(|s| s.map_or(missing, ScaleScore::Score))))
}

fn from_profile(profile: Profile) -> Assessment {
    let balance = match (
        profile.get(Scale::Promotion).value(),
        profile.get(Scale::Prevention).value(),
    ) {
        (Some(promotion), Some(prevention)) => Some(FocusBalance::new(promotion, prevention)),
        _ => None,
    };
    Assessment {
        profile,
        balance,
        notices: Vec::new(),
        recommendations: strategy::rank(&profile),
        answered: 0,
        total: 0,
    }
}

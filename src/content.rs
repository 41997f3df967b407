//! The questionnaire's words: items, scale descriptions and strategy texts.
//!
//! Writers edit `locales/<code>/questionnaire.toml`; the build script turns
//! each into JSON that `language` embeds. Every language has the same items
//! with the same scales and keying (a test compares them), so answers and
//! scores mean the same whichever language a result was taken in. Nothing in
//! this module knows about the browser.

use serde::Deserialize;

use crate::scale::Scale;

/// Everything a person reads in the questionnaire and on the results page.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Content {
    /// Bumped whenever an item's wording, scale or keying changes, so stored
    /// results can say which questionnaire they were scored with.
    pub version: u32,
    /// Labels of the five answer points, from "strongly disagree" up.
    pub answer_labels: [String; 5],
    /// One description per scale.
    pub scales: Vec<ScaleText>,
    /// The statements, in the order they are asked.
    pub items: Vec<Item>,
    /// The reframing strategies the results page can suggest.
    pub strategies: Vec<StrategyText>,
}

/// How a scale is named and explained to the person.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct ScaleText {
    /// Which scale this describes.
    pub id: Scale,
    /// Short name, e.g. "Promotion focus".
    pub name: String,
    /// The name as it reads inside the language's "why this fits you"
    /// sentence: lower case in English ("perceived value"), and whatever
    /// the pattern needs elsewhere.
    pub in_sentence: String,
    /// One sentence on what the scale measures.
    pub summary: String,
    /// One line shown for a low score.
    pub low: String,
    /// One line shown for a moderate score.
    pub moderate: String,
    /// One line shown for a high score.
    pub high: String,
}

/// One statement the person rates.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Item {
    /// Stable id; answers are stored under it.
    pub id: String,
    /// The scale this statement counts towards.
    pub scale: Scale,
    /// The statement itself, in the first person.
    pub text: String,
    /// True when agreeing means *less* of the scale's quality.
    pub reverse: bool,
}

/// The words of one strategy. Which profiles it suits is decided by the rule
/// table in `strategy.rs`, not here, so a writer cannot break the ranking.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct StrategyText {
    /// Stable id, matched by the rule table.
    pub id: String,
    /// Short imperative title.
    pub title: String,
    /// Why the idea may help, in general terms.
    pub why: String,
    /// The unhelpful thought ("instead of telling yourself ...").
    pub reframe_from: String,
    /// The alternative thought ("... try ...").
    pub reframe_to: String,
    /// Two or three concrete exercises.
    pub exercises: Vec<String>,
    /// One small action for this week.
    pub this_week: String,
    /// Where the idea comes from, including any retraction.
    pub source: String,
}

/// The embedded text could not be read. Tests make this unreachable in a
/// release, but the app still shows it as a message rather than panicking.
/// It holds the parser's own technical detail, shown under a translated
/// explanation.
#[derive(Clone, Debug, PartialEq)]
pub struct ContentError(pub String);

impl Content {
    /// The English questionnaire, which every other language is checked
    /// against.
    pub fn english() -> Result<Content, ContentError> {
        crate::language::fallback().content()
    }

    /// Reads content from its JSON form.
    pub fn from_json(json: &str) -> Result<Content, ContentError> {
        serde_json::from_str(json).map_err(|e| ContentError(e.to_string()))
    }

    /// The description of `scale`. Content validation guarantees there is one
    /// per scale; callers still treat a missing one as absent, never a panic.
    pub fn scale(&self, scale: Scale) -> Option<&ScaleText> {
        self.scales.iter().find(|s| s.id == scale)
    }

    /// The scale's name as a heading or label ("Perceived value"); its id
    /// if the description is missing, so nothing panics or shows blank.
    pub fn name_of(&self, scale: Scale) -> String {
        self.scale(scale).map_or_else(|| scale.id().to_string(), |s| s.name.clone())
    }

    /// The items that count towards `scale`.
    pub fn items_of(&self, scale: Scale) -> impl Iterator<Item = &Item> {
        self.items.iter().filter(move |item| item.scale == scale)
    }

    /// The strategy text with this id.
    pub fn strategy(&self, id: &str) -> Option<&StrategyText> {
        self.strategies.iter().find(|s| s.id == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_english_content_parses() {
        let content = Content::english().unwrap();
        assert!(!content.items.is_empty());
    }

    #[test]
    fn broken_json_is_an_error_not_a_panic() {
        let err = Content::from_json("{\"version\": 1").unwrap_err();
        assert!(err.0.contains("EOF"), "{}", err.0);
    }
}

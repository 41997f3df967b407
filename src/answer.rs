//! A single answer on the five-point agree scale, and the set of answers so far.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// A point on the 5-point scale: 1 = strongly disagree ... 5 = strongly agree.
///
/// Only [`Answer::new`] makes one, so every answer that reaches scoring is in
/// range, whether it came from a click, a key press or (later) storage.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct Answer(u8);

impl Answer {
    /// The lowest point of the scale.
    pub const MIN: u8 = 1;
    /// The highest point of the scale.
    pub const MAX: u8 = 5;

    /// An answer, if `value` is on the scale.
    pub fn new(value: u8) -> Option<Answer> {
        (Self::MIN..=Self::MAX).contains(&value).then_some(Answer(value))
    }

    /// The raw point the person chose.
    pub fn value(self) -> u8 {
        self.0
    }

    /// The point counted towards the scale: a reverse-keyed item is flipped
    /// (6 - x) so that agreeing with an opposite statement lowers the score.
    pub fn keyed(self, reverse: bool) -> u8 {
        if reverse {
            Self::MIN + Self::MAX - self.0
        } else {
            self.0
        }
    }
}

impl TryFrom<u8> for Answer {
    type Error = String;

    fn try_from(value: u8) -> Result<Self, Self::Error> {
        Answer::new(value).ok_or_else(|| format!("answer {value} is outside 1-5"))
    }
}

impl From<Answer> for u8 {
    fn from(answer: Answer) -> u8 {
        answer.0
    }
}

/// Answers keyed by item id. Ids rather than positions keep a stored answer
/// attached to its statement even if items are later reordered.
pub type Answers = BTreeMap<String, Answer>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_one_to_five_are_answers() {
        assert_eq!(Answer::new(0), None);
        assert_eq!(Answer::new(6), None);
        for v in 1..=5 {
            assert_eq!(Answer::new(v).map(Answer::value), Some(v));
        }
    }

    #[test]
    fn reverse_keying_flips_the_scale() {
        let flipped: Vec<u8> = (1..=5)
            .map(|v| Answer::new(v).unwrap().keyed(true))
            .collect();
        assert_eq!(flipped, vec![5, 4, 3, 2, 1]);
        assert_eq!(Answer::new(2).unwrap().keyed(false), 2);
    }

    #[test]
    fn out_of_range_values_are_rejected_when_read() {
        assert!(serde_json::from_str::<Answer>("4").is_ok());
        assert!(serde_json::from_str::<Answer>("9").is_err());
    }
}

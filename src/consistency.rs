//! Gentle checks that the answers may not reflect the person.
//!
//! Careless answering is common in web self-reports, and long runs of one
//! answer or implausibly quick answers are better signs of it than trick
//! items (docs/methodology.md). These checks only add a notice to the
//! results; they never block or change a score.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::answer::Answers;

/// Milliseconds each item was on screen before it was last answered.
pub type Timings = BTreeMap<String, u32>;

/// Why the answers may not reflect the person.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Notice {
    /// Nearly every statement got the same answer, even opposite statements.
    SameAnswer,
    /// Most statements were answered faster than they can be read.
    TooFast,
}

/// Fewer answers than this are too few to judge a pattern.
pub const MIN_ANSWERS_TO_JUDGE: usize = 12;
/// Share of identical answers (in percent) from which [`Notice::SameAnswer`] shows.
pub const SAME_ANSWER_PERCENT: usize = 90;
/// A median time per statement below this (ms) shows [`Notice::TooFast`]:
/// reading a 10-20 word statement takes most people well over a second.
pub const TOO_FAST_MEDIAN_MS: u32 = 1000;

/// The notices that apply to these answers.
pub fn check(answers: &Answers, timings: &Timings) -> Vec<Notice> {
    let mut notices = Vec::new();
    if same_answer(answers) {
        notices.push(Notice::SameAnswer);
    }
    if too_fast(answers, timings) {
        notices.push(Notice::TooFast);
    }
    notices
}

fn same_answer(answers: &Answers) -> bool {
    if answers.len() < MIN_ANSWERS_TO_JUDGE {
        return false;
    }
    let mut counts = [0usize; 6];
    for answer in answers.values() {
        counts[usize::from(answer.value())] += 1;
    }
    let most = counts.iter().copied().max().unwrap_or(0);
    most * 100 >= answers.len() * SAME_ANSWER_PERCENT
}

fn too_fast(answers: &Answers, timings: &Timings) -> bool {
    let mut times: Vec<u32> = answers
        .keys()
        .filter_map(|id| timings.get(id).copied())
        .collect();
    if times.len() < MIN_ANSWERS_TO_JUDGE {
        return false;
    }
    times.sort_unstable();
    times[times.len() / 2] < TOO_FAST_MEDIAN_MS
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answer::Answer;

    fn answers(values: &[u8]) -> Answers {
        values
            .iter()
            .enumerate()
            .map(|(i, v)| (format!("i{i}"), Answer::new(*v).unwrap()))
            .collect()
    }

    fn timings(ms: &[u32]) -> Timings {
        ms.iter().enumerate().map(|(i, t)| (format!("i{i}"), *t)).collect()
    }

    #[test]
    fn varied_careful_answers_get_no_notice() {
        let a = answers(&[1, 2, 3, 4, 5, 4, 3, 2, 1, 2, 3, 4, 5, 4]);
        assert!(check(&a, &timings(&[3000; 14])).is_empty());
    }

    #[test]
    fn the_same_answer_everywhere_is_noticed() {
        let mut values = vec![4; 22];
        values.extend([3, 5]);
        assert_eq!(check(&answers(&values), &Timings::new()), vec![Notice::SameAnswer]);
    }

    #[test]
    fn a_few_answers_are_too_few_to_judge() {
        assert!(check(&answers(&[4; 11]), &timings(&[100; 11])).is_empty());
    }

    #[test]
    fn answering_faster_than_reading_is_noticed() {
        let a = answers(&[1, 2, 3, 4, 5, 4, 3, 2, 1, 2, 3, 4]);
        assert_eq!(check(&a, &timings(&[400; 12])), vec![Notice::TooFast]);
        let mut slow = vec![400; 5];
        slow.extend([2500; 7]);
        assert!(check(&a, &timings(&slow)).is_empty(), "median decides");
    }
}

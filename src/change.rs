//! Whether a score really changed between two results, or only wobbled.
//!
//! Answering the same questionnaire twice never gives exactly the same
//! scores, so a raw difference would turn noise into "progress". The
//! reliable change index (Jacobson & Truax 1991) divides the difference by
//! the spread that measurement error alone would produce, and only a change
//! beyond 1.96 of those (95%) is called clear. Pure arithmetic, tested
//! natively; the numbers and their sources are in docs/methodology.md.

use crate::catalogue::Catalogue;
use crate::document::StoredResult;
use crate::explain::signed;
use crate::scale::Scale;

/// Assumed standard deviation of a scale on the 0-100 POMP scale. There is no
/// norm data for this questionnaire; published regulatory-focus scales have
/// SDs of about 0.7 points on a 5-point scale, which is about 18 POMP points.
pub const ASSUMED_SD: f64 = 18.0;

/// Assumed test-retest reliability. The Regulatory Focus Questionnaire's
/// two-month retest correlation is about .79; .80 is a round figure near it.
pub const ASSUMED_RELIABILITY: f64 = 0.80;

/// The index beyond which a change is called clear: 1.96 leaves a 5% chance
/// that pure measurement error produced it.
pub const CRITICAL_RCI: f64 = 1.96;

/// How far apart two measurements of an unchanged person typically fall:
/// `SD x sqrt(2) x sqrt(1 - r)`, about 11.4 points. The unit of the index.
pub fn standard_error_of_difference() -> f64 {
    ASSUMED_SD * std::f64::consts::SQRT_2 * (1.0 - ASSUMED_RELIABILITY).sqrt()
}

/// The size of change (about 22.3 points) at which it stops being wobble;
/// scores are whole numbers, so 22 is still wobble and 23 is clear.
pub fn threshold_points() -> f64 {
    CRITICAL_RCI * standard_error_of_difference()
}

/// The one-sentence explanation shown under every list of changes, so a
/// reader knows why a visible difference may still be called wobble.
pub fn wobble_note(words: &Catalogue) -> String {
    // Scores are whole numbers, so the largest wobble is the threshold rounded down.
    // A whole number (about 22), printed without pulling in float formatting.
    let largest_wobble = words.integer(threshold_points().floor() as i64);
    words.fill("change.wobble_note", &[("points", &largest_wobble)])
}

/// What a change means, so the page never reads noise as progress.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// The score rose by more than measurement error explains.
    ClearRise,
    /// The score fell by more than measurement error explains.
    ClearDrop,
    /// Measurement error alone could explain the difference.
    Wobble,
}

impl Verdict {
    /// Stable name for the catalogue key of the verdict's words
    /// (`change.verdict.rise`), so it is never carried by colour alone.
    pub fn id(self) -> &'static str {
        match self {
            Verdict::ClearRise => "rise",
            Verdict::ClearDrop => "drop",
            Verdict::Wobble => "wobble",
        }
    }
}

/// One scale's change between two results.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Change {
    /// Which scale changed.
    pub scale: Scale,
    /// The earlier score.
    pub from: u8,
    /// The later score.
    pub to: u8,
    /// `to - from`, from -100 to +100.
    pub delta: i16,
    /// The reliable change index: `delta` in units of the standard error of
    /// the difference.
    pub rci: f64,
    /// What the index means.
    pub verdict: Verdict,
}

impl Change {
    /// "Promotion focus: 33 → 63 (+30), a clear rise": the arrow and the sign
    /// are text, so the direction survives without colour or sight.
    pub fn line(&self, name: &str, words: &Catalogue) -> String {
        // The catalogue's minus is U+2212, which screen readers read as "minus".
        let delta = match self.delta {
            0 => "±0".to_string(),
            d => signed(d, words),
        };
        let verdict = words.text(&format!("change.verdict.{}", self.verdict.id()));
        words.fill(
            "change.line",
            &[
                ("scale", &name),
                ("from", &self.from),
                ("to", &self.to),
                ("delta", &delta),
                ("verdict", &verdict),
            ],
        )
    }
}

/// The change of one scale from `earlier` to `later`; `None` when either
/// result lacks a score for it (too few answers), since a missing score is
/// not a zero.
pub fn between(scale: Scale, earlier: &StoredResult, later: &StoredResult) -> Option<Change> {
    let from = earlier.score(scale)?;
    let to = later.score(scale)?;
    let delta = i16::from(to) - i16::from(from);
    let rci = f64::from(delta) / standard_error_of_difference();
    let verdict = if rci > CRITICAL_RCI {
        Verdict::ClearRise
    } else if rci < -CRITICAL_RCI {
        Verdict::ClearDrop
    } else {
        Verdict::Wobble
    };
    Some(Change {
        scale,
        from,
        to,
        delta,
        rci,
        verdict,
    })
}

/// What a result can be compared with: the result just before it and the
/// very first one.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ChangeSince {
    /// Changes since the previous result, in `Scale::ALL` order.
    pub since_previous: Vec<Change>,
    /// Changes since the first result, in `Scale::ALL` order; empty when the
    /// previous result is the first, so the same thing is not said twice.
    pub since_first: Vec<Change>,
}

/// The changes for `results[index]`, with `results` oldest first (as the
/// document keeps them). Scales lacking a score on either side are left
/// out. Both lists are empty for the first result or an index out of range.
pub fn since(results: &[StoredResult], index: usize) -> ChangeSince {
    let (Some(current), Some(previous_index)) = (results.get(index), index.checked_sub(1)) else {
        return ChangeSince::default();
    };
    let changes_from = |earlier: &StoredResult| -> Vec<Change> {
        Scale::ALL
            .into_iter()
            .filter_map(|scale| between(scale, earlier, current))
            .collect()
    };
    let since_previous = results
        .get(previous_index)
        .map(changes_from)
        .unwrap_or_default();
    let since_first = match results.first() {
        Some(first) if previous_index > 0 => changes_from(first),
        _ => Vec::new(),
    };
    ChangeSince {
        since_previous,
        since_first,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn result(at: f64, scores: [Option<u8>; 4]) -> StoredResult {
        crate::document::sample_result(&format!("r{at}"), at, scores)
    }

    fn words() -> Catalogue {
        crate::language::fallback().catalogue().unwrap()
    }

    fn promotion(from: u8, to: u8) -> Change {
        let earlier = result(1.0, [Some(from), None, None, None]);
        let later = result(2.0, [Some(to), None, None, None]);
        between(Scale::Promotion, &earlier, &later).unwrap()
    }

    #[test]
    fn the_thresholds_follow_from_the_assumptions() {
        assert!((standard_error_of_difference() - 11.384).abs() < 0.001);
        assert!((threshold_points() - 22.313).abs() < 0.001);
    }

    #[test]
    fn twenty_two_points_is_wobble_and_twenty_three_is_clear() {
        assert_eq!(promotion(40, 62).verdict, Verdict::Wobble);
        assert_eq!(promotion(40, 63).verdict, Verdict::ClearRise);
        assert_eq!(promotion(62, 40).verdict, Verdict::Wobble);
        assert_eq!(promotion(63, 40).verdict, Verdict::ClearDrop);
        assert_eq!(promotion(50, 50).verdict, Verdict::Wobble);
        assert_eq!(promotion(0, 100).verdict, Verdict::ClearRise);
        assert_eq!(promotion(100, 0).verdict, Verdict::ClearDrop);
    }

    #[test]
    fn delta_and_index_carry_the_direction() {
        let rise = promotion(33, 63);
        assert_eq!((rise.from, rise.to, rise.delta), (33, 63, 30));
        assert!(rise.rci > 2.6 && rise.rci < 2.7);
        let drop = promotion(63, 33);
        assert_eq!(drop.delta, -30);
        assert!((drop.rci + rise.rci).abs() < 1e-12);
    }

    #[test]
    fn a_missing_score_on_either_side_gives_no_change() {
        let scored = result(1.0, [Some(50); 4]);
        let unscored = result(2.0, [None, Some(50), Some(50), Some(50)]);
        assert_eq!(between(Scale::Promotion, &scored, &unscored), None);
        assert_eq!(between(Scale::Promotion, &unscored, &scored), None);
        assert!(between(Scale::Prevention, &unscored, &scored).is_some());
    }

    #[test]
    fn lines_say_direction_and_verdict_in_words() {
        assert_eq!(
            promotion(33, 63).line("Promotion focus", &words()),
            "Promotion focus: 33 → 63 (+30), a clear rise"
        );
        assert_eq!(
            promotion(60, 52).line("X", &words()),
            "X: 60 → 52 (\u{2212}8), within the normal wobble"
        );
        assert_eq!(
            promotion(90, 10).line("X", &words()),
            "X: 90 → 10 (\u{2212}80), a clear drop"
        );
        assert_eq!(
            promotion(50, 50).line("X", &words()),
            "X: 50 → 50 (±0), within the normal wobble"
        );
    }

    #[test]
    fn the_note_names_the_largest_wobble() {
        assert!(wobble_note(&words()).starts_with("Changes of 22 points or less"));
    }

    #[test]
    fn the_first_result_and_out_of_range_have_nothing_to_compare() {
        let results = vec![result(1.0, [Some(10); 4]), result(2.0, [Some(90); 4])];
        assert_eq!(since(&results, 0), ChangeSince::default());
        assert_eq!(since(&results, 2), ChangeSince::default());
        assert_eq!(since(&[], 0), ChangeSince::default());
    }

    #[test]
    fn the_second_result_is_compared_with_the_previous_only() {
        let results = vec![result(1.0, [Some(10); 4]), result(2.0, [Some(90); 4])];
        let changes = since(&results, 1);
        assert_eq!(changes.since_previous.len(), 4);
        assert!(changes.since_first.is_empty(), "the previous is the first");
        let scales: Vec<_> = changes.since_previous.iter().map(|c| c.scale).collect();
        assert_eq!(scales, Scale::ALL.to_vec());
    }

    #[test]
    fn later_results_are_compared_with_the_previous_and_the_first() {
        let results = vec![
            result(1.0, [Some(10), Some(10), Some(10), Some(10)]),
            result(2.0, [Some(50), None, Some(50), Some(50)]),
            result(3.0, [Some(60), Some(60), None, Some(60)]),
        ];
        let changes = since(&results, 2);
        let previous: Vec<_> = changes
            .since_previous
            .iter()
            .map(|c| (c.scale, c.delta))
            .collect();
        assert_eq!(
            previous,
            vec![(Scale::Promotion, 10), (Scale::Discomfort, 10)]
        );
        let first: Vec<_> = changes
            .since_first
            .iter()
            .map(|c| (c.scale, c.delta))
            .collect();
        assert_eq!(
            first,
            vec![
                (Scale::Promotion, 50),
                (Scale::Prevention, 50),
                (Scale::Discomfort, 50)
            ]
        );
        assert_eq!(changes.since_first[0].verdict, Verdict::ClearRise);
    }
}

//! Rough low / moderate / high bands and the promotion-prevention balance.
//!
//! There are no norms for this questionnaire, so bands are fixed cut-offs
//! around the scale's neutral midpoint, not percentiles (docs/methodology.md).

use serde::{Deserialize, Serialize};

/// A rough band for a 0-100 score.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Band {
    /// Below 40: the person leaned towards disagreeing (mean answer under 2.6).
    Low,
    /// 40 to 60: around the neutral middle (mean answer 2.6 to 3.4).
    Moderate,
    /// Above 60: the person leaned towards agreeing (mean answer over 3.4).
    High,
}

/// Scores below this are low.
pub const LOW_BELOW: u8 = 40;
/// Scores above this are high.
pub const HIGH_ABOVE: u8 = 60;

impl Band {
    /// The band of a 0-100 score.
    pub fn of(score: u8) -> Band {
        if score < LOW_BELOW {
            Band::Low
        } else if score > HIGH_ABOVE {
            Band::High
        } else {
            Band::Moderate
        }
    }

    /// Stable name, for CSS classes and catalogue keys (`band.high`); the
    /// words themselves are in each language's catalogue.
    pub fn id(self) -> &'static str {
        match self {
            Band::Low => "low",
            Band::Moderate => "moderate",
            Band::High => "high",
        }
    }
}

/// Which of the two motivations leads, from promotion minus prevention.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Lean {
    /// Promotion is at least [`BALANCE_CUTOFF`] points ahead.
    Promotion,
    /// The two are within [`BALANCE_CUTOFF`] points of each other.
    Balanced,
    /// Prevention is at least [`BALANCE_CUTOFF`] points ahead.
    Prevention,
}

/// Gap (in 0-100 points) at which one focus is said to lead. Roughly one
/// standard error of the difference between two scales of this length, so a
/// smaller gap is within measurement noise (docs/methodology.md).
pub const BALANCE_CUTOFF: i16 = 15;

/// Promotion minus prevention, from -100 (all prevention) to 100.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FocusBalance {
    /// The signed difference.
    pub difference: i16,
}

impl FocusBalance {
    /// The balance of two 0-100 scores.
    pub fn new(promotion: u8, prevention: u8) -> FocusBalance {
        FocusBalance {
            difference: i16::from(promotion) - i16::from(prevention),
        }
    }

    /// Which focus leads, by the documented cut-off.
    pub fn lean(self) -> Lean {
        if self.difference >= BALANCE_CUTOFF {
            Lean::Promotion
        } else if self.difference <= -BALANCE_CUTOFF {
            Lean::Prevention
        } else {
            Lean::Balanced
        }
    }
}

impl Lean {
    /// Stable name for catalogue keys (`lean.promotion`).
    pub fn id(self) -> &'static str {
        match self {
            Lean::Promotion => "promotion",
            Lean::Balanced => "balanced",
            Lean::Prevention => "prevention",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn band_edges_fall_where_documented() {
        assert_eq!(Band::of(0), Band::Low);
        assert_eq!(Band::of(39), Band::Low);
        assert_eq!(Band::of(40), Band::Moderate);
        assert_eq!(Band::of(60), Band::Moderate);
        assert_eq!(Band::of(61), Band::High);
        assert_eq!(Band::of(100), Band::High);
    }

    #[test]
    fn balance_spans_minus_100_to_100() {
        assert_eq!(FocusBalance::new(100, 0).difference, 100);
        assert_eq!(FocusBalance::new(0, 100).difference, -100);
    }

    #[test]
    fn lean_edges_fall_where_documented() {
        assert_eq!(FocusBalance::new(65, 50).lean(), Lean::Promotion);
        assert_eq!(FocusBalance::new(64, 50).lean(), Lean::Balanced);
        assert_eq!(FocusBalance::new(50, 64).lean(), Lean::Balanced);
        assert_eq!(FocusBalance::new(50, 65).lean(), Lean::Prevention);
    }
}

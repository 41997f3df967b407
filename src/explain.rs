//! Sentences built from a person's own figures, for the results page.
//!
//! Kept out of the components so the wording rules (signs, bands, what to say
//! when a scale has no score) are tested natively.

use crate::band::{FocusBalance, Lean};
use crate::content::Content;
use crate::scale::Scale;
use crate::strategy::Reason;

/// The scale's name as it reads inside a sentence ("perceived value").
pub fn scale_name(content: &Content, scale: Scale) -> String {
    content
        .scale(scale)
        .map(|s| s.name.to_lowercase())
        .unwrap_or_else(|| scale.id().to_string())
}

/// A signed difference as people write it: "+30", "-12", "0".
pub fn signed(difference: i16) -> String {
    if difference > 0 {
        format!("+{difference}")
    } else {
        difference.to_string()
    }
}

fn reason_phrase(content: &Content, reason: &Reason) -> String {
    match reason {
        Reason::Score { scale, score, band } => format!(
            "your {} score is {score} ({})",
            scale_name(content, *scale),
            band.word()
        ),
        Reason::Balance { difference, lean } => format!(
            "your focus balance is {} ({})",
            signed(*difference),
            lean.label()
        ),
    }
}

/// "Why this fits you": the person's own figures that triggered a strategy.
pub fn why_it_fits(content: &Content, reasons: &[Reason]) -> String {
    let phrases: Vec<String> = reasons.iter().map(|r| reason_phrase(content, r)).collect();
    let Some((last, rest)) = phrases.split_last() else {
        return "There were too few answers to score the scales this strategy answers to, \
                so it is offered as a general starting point."
            .to_string();
    };
    let joined = if rest.is_empty() {
        last.clone()
    } else {
        format!("{} and {last}", rest.join(", "))
    };
    let mut sentence = format!("{joined}.");
    sentence[..1].make_ascii_uppercase();
    sentence
}

/// The focus balance in words: "Promotion 70, prevention 40: promotion-leaning (+30)."
pub fn balance_summary(promotion: u8, prevention: u8, balance: FocusBalance) -> String {
    let lean = match balance.lean() {
        Lean::Balanced => "fairly balanced".to_string(),
        other => other.label().to_string(),
    };
    format!(
        "Promotion {promotion}, prevention {prevention}: {lean} ({}).",
        signed(balance.difference)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::band::Band;

    fn content() -> Content {
        Content::english().unwrap()
    }

    #[test]
    fn one_reason_reads_as_a_sentence() {
        let r = [Reason::Score { scale: Scale::Value, score: 12, band: Band::Low }];
        assert_eq!(why_it_fits(&content(), &r), "Your perceived value score is 12 (low).");
    }

    #[test]
    fn several_reasons_are_joined_naturally() {
        let r = [
            Reason::Balance { difference: -40, lean: Lean::Prevention },
            Reason::Score { scale: Scale::Promotion, score: 20, band: Band::Low },
            Reason::Score { scale: Scale::Discomfort, score: 75, band: Band::High },
        ];
        assert_eq!(
            why_it_fits(&content(), &r),
            "Your focus balance is -40 (prevention-leaning), your promotion focus score is 20 \
             (low) and your networking discomfort score is 75 (high)."
        );
    }

    #[test]
    fn no_reasons_says_why_instead_of_inventing_one() {
        assert!(why_it_fits(&content(), &[]).contains("too few answers"));
    }

    #[test]
    fn balance_summary_shows_both_scores_and_the_signed_gap() {
        assert_eq!(
            balance_summary(70, 40, FocusBalance::new(70, 40)),
            "Promotion 70, prevention 40: promotion-leaning (+30)."
        );
        assert_eq!(
            balance_summary(50, 55, FocusBalance::new(50, 55)),
            "Promotion 50, prevention 55: fairly balanced (-5)."
        );
    }
}

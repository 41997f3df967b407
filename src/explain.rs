//! Sentences built from a person's own figures, for the results page.
//!
//! Kept out of the components so the wording rules (signs, bands, what to say
//! when a scale has no score) are tested natively.

use crate::band::{FocusBalance, Lean};
use crate::catalogue::Catalogue;
use crate::content::Content;
use crate::scale::Scale;
use crate::strategy::Reason;

/// The scale's name as it reads inside a sentence ("perceived value").
pub fn scale_name(content: &Content, scale: Scale) -> String {
    content.scale(scale).map_or_else(|| scale.id().to_string(), |s| s.in_sentence.clone())
}

/// A signed difference as people write it: "+30", "-12", "0", with the
/// language's own minus sign.
pub fn signed(difference: i16, words: &Catalogue) -> String {
    let number = words.integer(i64::from(difference));
    if difference > 0 {
        format!("+{number}")
    } else {
        number
    }
}

fn reason_phrase(content: &Content, words: &Catalogue, reason: &Reason) -> String {
    match reason {
        Reason::Score { scale, score, band } => words.fill(
            "results.fits.score",
            &[
                ("scale", &scale_name(content, *scale)),
                ("score", score),
                ("band", &words.text(&format!("results.band.{}", band.id()))),
            ],
        ),
        Reason::Balance { difference, lean } => words.fill(
            "results.fits.balance",
            &[
                ("difference", &signed(*difference, words)),
                ("lean", &words.text(&format!("results.lean.{}", lean.id()))),
            ],
        ),
    }
}

/// "Why this fits you": the person's own figures that triggered a strategy,
/// as one sentence.
pub fn why_it_fits(content: &Content, words: &Catalogue, reasons: &[Reason]) -> String {
    let phrases: Vec<String> = reasons
        .iter()
        .map(|r| reason_phrase(content, words, r))
        .collect();
    let Some((last, rest)) = phrases.split_last() else {
        return words.text("results.fits.none");
    };
    let joined = if rest.is_empty() {
        last.clone()
    } else {
        let list = rest.join(&words.text("results.fits.separator"));
        words.fill("results.fits.and", &[("list", &list), ("last", last)])
    };
    capitalised(&words.fill("results.fits.sentence", &[("reasons", &joined)]))
}

/// `text` with its first letter in upper case, for sentences that start
/// with a pattern's lower-case phrase.
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The focus balance in words: "Promotion 70, prevention 40: promotion-leaning (+30)."
pub fn balance_summary(
    promotion: u8,
    prevention: u8,
    balance: FocusBalance,
    words: &Catalogue,
) -> String {
    let lean = match balance.lean() {
        Lean::Balanced => words.text("results.balance.fairly_balanced"),
        other => words.text(&format!("results.lean.{}", other.id())),
    };
    words.fill(
        "results.balance.summary",
        &[
            ("promotion", &promotion),
            ("prevention", &prevention),
            ("lean", &lean),
            ("difference", &signed(balance.difference, words)),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::band::Band;

    fn content() -> Content {
        Content::english().unwrap()
    }

    fn words() -> Catalogue {
        crate::language::fallback().catalogue().unwrap()
    }

    fn why_it_fits(content: &Content, reasons: &[Reason]) -> String {
        super::why_it_fits(content, &words(), reasons)
    }

    fn balance_summary(promotion: u8, prevention: u8, balance: FocusBalance) -> String {
        super::balance_summary(promotion, prevention, balance, &words())
    }

    #[test]
    fn one_reason_reads_as_a_sentence() {
        let r = [Reason::Score {
            scale: Scale::Value,
            score: 12,
            band: Band::Low,
        }];
        assert_eq!(
            why_it_fits(&content(), &r),
            "Your perceived value score is 12 (low)."
        );
    }

    #[test]
    fn several_reasons_are_joined_naturally() {
        let r = [
            Reason::Balance {
                difference: -40,
                lean: Lean::Prevention,
            },
            Reason::Score {
                scale: Scale::Promotion,
                score: 20,
                band: Band::Low,
            },
            Reason::Score {
                scale: Scale::Discomfort,
                score: 75,
                band: Band::High,
            },
        ];
        assert_eq!(
            why_it_fits(&content(), &r),
            "Your focus balance is \u{2212}40 (prevention-leaning), your promotion focus score is 20 \
             (low) and your networking discomfort score is 75 (high)."
        );
    }

    #[test]
    fn no_reasons_says_why_instead_of_inventing_one() {
        assert!(why_it_fits(&content(), &[]).contains("too few answers"));
    }

    #[test]
    fn german_sentences_keep_their_own_word_order_and_minus() {
        let de = crate::language::find("de").unwrap();
        let (content, words) = (de.content().unwrap(), de.catalogue().unwrap());
        let r = [Reason::Balance {
            difference: -40,
            lean: Lean::Prevention,
        }];
        let sentence = super::why_it_fits(&content, &words, &r);
        assert!(sentence.starts_with("Dein"), "{sentence}");
        assert!(sentence.contains("\u{2212}40"), "{sentence}");
    }

    #[test]
    fn balance_summary_shows_both_scores_and_the_signed_gap() {
        assert_eq!(
            balance_summary(70, 40, FocusBalance::new(70, 40)),
            "Promotion 70, prevention 40: promotion-leaning (+30)."
        );
        assert_eq!(
            balance_summary(50, 55, FocusBalance::new(50, 55)),
            "Promotion 50, prevention 55: fairly balanced (\u{2212}5)."
        );
    }
}

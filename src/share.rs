//! A read-only link to one result, for showing a coach or a friend.
//!
//! The link carries only the four scores and the day of completion, in the
//! URL fragment (after `#`), which browsers never send to a server. Answers
//! and the time of day stay on the person's device. A short checksum makes a
//! mistyped or casually edited link show an error instead of wrong scores;
//! it is not a signature and does not stop a determined forger.

use crate::date::MS_PER_DAY;
use crate::document::StoredResult;

/// What every share fragment starts with, so other fragments (or none) are
/// told apart from a broken link.
pub const FRAGMENT_PREFIX: &str = "share=";

/// The link format this build writes and reads.
const VERSION: u32 = 1;
/// 9999-12-31, counted in days since 1970-01-01: the last day a link may carry.
const LAST_DAY: u32 = 2_932_896;
/// Checksum digits: a 32-bit value in base 36 always fits in seven.
const CHECKSUM_LEN: usize = 7;

/// What a share link shows: scores and a day, nothing that identifies the
/// answers behind them.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SharedResult {
    /// The four scores in `Scale::ALL` order; `None` where there was no score.
    pub scores: [Option<u8>; 4],
    /// 00:00 UTC of the day it was completed (ms since the epoch): the link
    /// need not reveal the time of day.
    pub completed_at: f64,
}

impl SharedResult {
    /// The shareable part of a stored result.
    pub fn of(result: &StoredResult) -> SharedResult {
        SharedResult {
            scores: result.scores,
            completed_at: f64::from(day_of(result.completed_at)) * MS_PER_DAY,
        }
    }
}

/// Why a link could not be shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShareError {
    /// The fragment is something else (or empty): show the normal app.
    NotAShareLink,
    /// Cut short, or not in the link format at all.
    Malformed,
    /// Well-formed, but the checksum does not match its scores.
    Tampered,
    /// Made by a newer version, whose format this build cannot read.
    FromTheFuture,
}

impl ShareError {
    /// Stable name for the catalogue key of the explanation
    /// (`share.error.tampered`).
    pub fn id(self) -> &'static str {
        match self {
            ShareError::NotAShareLink => "not_a_link",
            ShareError::Malformed => "malformed",
            ShareError::Tampered => "tampered",
            ShareError::FromTheFuture => "from_the_future",
        }
    }
}

/// The fragment, without its '#': "share=1.33.79.54.46.20415.1kkh18r" is
/// version 1, four scores ("-" for none), the day number since 1970-01-01 and
/// a checksum of everything before it. Out-of-range values are clamped, so
/// every link made here opens.
pub fn encode(shared: &SharedResult) -> String {
    let scores = shared.scores.map(|score| match score {
        Some(score) => score.min(100).to_string(),
        None => "-".to_string(),
    });
    let body = format!(
        "{FRAGMENT_PREFIX}{VERSION}.{}.{}",
        scores.join("."),
        day_of(shared.completed_at)
    );
    let checksum = checksum(&body);
    format!("{body}.{checksum}")
}

/// Reads a fragment as made by [`encode`], with or without its leading '#'.
/// The version is read first, so a newer link is named as such rather than
/// called garbled.
pub fn decode(fragment: &str) -> Result<SharedResult, ShareError> {
    let fragment = fragment.trim();
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let rest = fragment
        .strip_prefix(FRAGMENT_PREFIX)
        .ok_or(ShareError::NotAShareLink)?;
    check_version(rest)?;
    let (body, checksum_text) = fragment.rsplit_once('.').ok_or(ShareError::Malformed)?;
    let shared = parse_fields(rest)?;
    if checksum_text.len() != CHECKSUM_LEN {
        return Err(ShareError::Malformed);
    }
    if checksum(body) != checksum_text {
        return Err(ShareError::Tampered);
    }
    Ok(shared)
}

fn check_version(rest: &str) -> Result<(), ShareError> {
    let field = rest.split('.').next().unwrap_or_default();
    match number(field) {
        Some(VERSION) => Ok(()),
        Some(version) if version > VERSION => Err(ShareError::FromTheFuture),
        _ => Err(ShareError::Malformed),
    }
}

/// The scores and day of "1.s.s.s.s.day.checksum".
fn parse_fields(rest: &str) -> Result<SharedResult, ShareError> {
    let fields: Vec<&str> = rest.split('.').collect();
    let [_version, s0, s1, s2, s3, day, _checksum] = fields[..] else {
        return Err(ShareError::Malformed);
    };
    let scores = [score(s0)?, score(s1)?, score(s2)?, score(s3)?];
    let day = number(day)
        .filter(|&day| day <= LAST_DAY)
        .ok_or(ShareError::Malformed)?;
    Ok(SharedResult {
        scores,
        completed_at: f64::from(day) * MS_PER_DAY,
    })
}

fn score(field: &str) -> Result<Option<u8>, ShareError> {
    if field == "-" {
        return Ok(None);
    }
    number(field)
        .filter(|&score| score <= 100)
        .and_then(|score| u8::try_from(score).ok())
        .map(Some)
        .ok_or(ShareError::Malformed)
}

/// Plain decimal digits only: `str::parse` would also take a '+' sign.
fn number(field: &str) -> Option<u32> {
    if field.is_empty() || !field.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    field.parse().ok()
}

/// Whole days since 1970-01-01, clamped to what [`decode`] accepts (a NaN
/// becomes day 0, as the float-to-int cast saturates).
fn day_of(ms: f64) -> u32 {
    (ms / MS_PER_DAY).floor().clamp(0.0, f64::from(LAST_DAY)) as u32
}

/// FNV-1a (32-bit) in base 36, padded to [`CHECKSUM_LEN`] digits. Each step
/// of FNV-1a is one-to-one, so changing any single character of the text
/// always changes the checksum. Changing this breaks every link already made.
fn checksum(text: &str) -> String {
    let hash = text.bytes().fold(0x811c_9dc5_u32, |hash, byte| {
        (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193)
    });
    let mut rest = hash;
    let mut digits = [' '; CHECKSUM_LEN];
    for digit in digits.iter_mut().rev() {
        // `rest % 36` is always a base-36 digit, so the fallback never shows.
        *digit = char::from_digit(rest % 36, 36).unwrap_or('0');
        rest /= 36;
    }
    digits.iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words() -> crate::catalogue::Catalogue {
        crate::language::fallback().catalogue().unwrap()
    }
    use crate::answer::Answer;

    /// 2025-11-23 (day 20415) at 14:05:09 UTC.
    const AFTERNOON: f64 = 1_763_906_709_000.0;
    const MIDNIGHT: f64 = 20_415.0 * MS_PER_DAY;

    fn stored() -> StoredResult {
        StoredResult {
            id: "19a6c1f2a00-k3j9".into(),
            completed_at: AFTERNOON,
            content_version: 1,
            answers: [("promotion-1".to_string(), Answer::new(4).unwrap())].into(),
            scores: [Some(33), Some(79), Some(54), Some(46)],
            restored_at: None,
        }
    }

    fn link() -> String {
        encode(&SharedResult::of(&stored()))
    }

    #[test]
    fn a_link_carries_scores_and_day_only() {
        let link = link();
        assert!(link.starts_with("share=1.33.79.54.46.20415."), "{link}");
        assert!(!link.contains("k3j9"), "no id");
        assert!(!link.contains("promotion"), "no answers");
    }

    #[test]
    fn the_link_format_is_pinned_so_old_links_keep_opening() {
        // FNV-1a's published test vectors: "" -> 0x811c9dc5, "a" -> 0xe40c292c.
        assert_eq!(checksum(""), "0ztntfp");
        assert_eq!(checksum("a"), "1r9wi7g");
        assert_eq!(
            link(),
            format!(
                "share=1.33.79.54.46.20415.{}",
                checksum("share=1.33.79.54.46.20415")
            )
        );
        assert_eq!(link(), "share=1.33.79.54.46.20415.1kkh18r");
    }

    #[test]
    fn sharing_drops_the_time_of_day() {
        let shared = SharedResult::of(&stored());
        assert_eq!(shared.completed_at, MIDNIGHT);
        assert_eq!(shared.scores, stored().scores);
    }

    #[test]
    fn a_link_opens_to_the_same_scores_and_day() {
        let shared = SharedResult::of(&stored());
        assert_eq!(decode(&encode(&shared)), Ok(shared));
        assert_eq!(decode(&format!("#{}", encode(&shared))), Ok(shared));
    }

    #[test]
    fn missing_scores_travel_as_dashes() {
        let shared = SharedResult {
            scores: [None, Some(0), Some(100), None],
            completed_at: 0.0,
        };
        let link = encode(&shared);
        assert!(link.starts_with("share=1.-.0.100.-.0."), "{link}");
        assert_eq!(decode(&link), Ok(shared));
    }

    #[test]
    fn out_of_range_input_still_makes_a_link_that_opens() {
        let shared = SharedResult {
            scores: [Some(200), None, None, None],
            completed_at: f64::NAN,
        };
        let opened = decode(&encode(&shared)).unwrap();
        assert_eq!(opened.scores[0], Some(100));
        assert_eq!(opened.completed_at, 0.0);
        let far = SharedResult {
            scores: [None; 4],
            completed_at: 1e300,
        };
        assert_eq!(
            decode(&encode(&far)).unwrap().completed_at,
            f64::from(LAST_DAY) * MS_PER_DAY
        );
    }

    #[test]
    fn other_fragments_are_not_share_links() {
        for fragment in ["", "#", "results", "#main", "share", "Share=1", " #x"] {
            assert_eq!(
                decode(fragment),
                Err(ShareError::NotAShareLink),
                "{fragment:?}"
            );
        }
    }

    #[test]
    fn a_cut_off_link_is_malformed() {
        let link = link();
        for end in FRAGMENT_PREFIX.len()..link.len() {
            let error = decode(&link[..end]).unwrap_err();
            assert_eq!(error, ShareError::Malformed, "{}", &link[..end]);
        }
    }

    #[test]
    fn garbled_fields_are_malformed() {
        let body =
            |fields: &str| format!("share={fields}.{}", checksum(&format!("share={fields}")));
        for fields in [
            "1.33.79.54.46",
            "1.33.79.54.46.20415.9",
            "1.33.x.54.46.20415",
            "1.+33.79.54.46.20415",
            "1.101.79.54.46.20415",
            "1.33.79.54.46.99999999",
            "1.33.79.54.46.-5",
            "1..79.54.46.20415",
            "0.33.79.54.46.20415",
            "x.33.79.54.46.20415",
        ] {
            assert_eq!(
                decode(&body(fields)),
                Err(ShareError::Malformed),
                "{fields}"
            );
        }
    }

    #[test]
    fn a_changed_score_is_caught() {
        let edited = link().replace(".33.", ".93.");
        assert_eq!(decode(&edited), Err(ShareError::Tampered));
        let edited_checksum = link().replace(".1kkh18r", ".1kkh18s");
        assert_eq!(decode(&edited_checksum), Err(ShareError::Tampered));
        assert_eq!(
            decode(&link().to_uppercase().replace("SHARE=", "share=")),
            Err(ShareError::Tampered)
        );
    }

    #[test]
    fn a_newer_link_says_so_whatever_follows() {
        assert_eq!(decode("share=2"), Err(ShareError::FromTheFuture));
        assert_eq!(decode("#share=2.a.b.c"), Err(ShareError::FromTheFuture));
        assert_eq!(
            decode(&link().replacen("=1.", "=7.", 1)),
            Err(ShareError::FromTheFuture)
        );
    }

    #[test]
    fn errors_read_as_sentences() {
        assert_eq!(
            words().text(&format!("share.error.{}", ShareError::NotAShareLink.id())),
            "This is not a share link."
        );
        assert_eq!(
            words().text(&format!("share.error.{}", ShareError::Malformed.id())),
            "This share link is incomplete or garbled. Ask for the link again, or copy all of it."
        );
        assert_eq!(
            words().text(&format!("share.error.{}", ShareError::Tampered.id())),
            "This share link has been changed since it was made, so its scores cannot be trusted."
        );
        assert_eq!(
            words().text(&format!("share.error.{}", ShareError::FromTheFuture.id())),
            "This share link was made by a newer version of Networking Mindset."
        );
    }
}

//! Bringing an export back: on a new device, in another browser, or after
//! clearing the history.
//!
//! The whole file is checked before anything is touched, and the caller gets
//! either a complete new document or an error and no change at all, so a
//! damaged or foreign file can never leave half its results behind.

use std::collections::BTreeSet;

use serde_json::Value;

use crate::catalogue::Catalogue;
use crate::document::{Document, StoredResult};
use crate::export::{EXPORT_KIND, EXPORT_VERSION};

/// Exports of a lifetime of results are a few hundred kB at most; anything
/// larger is refused before parsing, so a wrong file cannot freeze the page.
pub const MAX_IMPORT_BYTES: usize = 1_000_000;

/// 9999-12-31T23:59:59.999Z. A completion time outside 1970 to this is no
/// real result, and date arithmetic on it would overflow.
const LATEST_MS: f64 = 253_402_300_799_999.0;

/// Why a file was not imported. Every case leaves the history as it was.
#[derive(Clone, Debug, PartialEq)]
pub enum ImportError {
    /// Larger than [`MAX_IMPORT_BYTES`]; not even parsed.
    TooLarge {
        /// The size of the refused file.
        bytes: usize,
    },
    /// Not JSON text at all.
    NotJson,
    /// JSON, but not a Networking Mindset export.
    Foreign,
    /// An export from a newer version of the app, whose fields this build
    /// might misread.
    FromTheFuture(u32),
    /// Our export, but something in it is wrong; says what.
    Invalid(Damage),
    /// The browser could not hand over the file's text.
    Unread,
}

/// What is wrong inside an export file. Results are named by position
/// (counting from 1), as ids mean nothing to a person.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Damage {
    /// No version number.
    NoVersion,
    /// Version 0, which no app ever wrote.
    VersionZero,
    /// No list of results.
    NoResults,
    /// This result is missing fields or has values of the wrong kind.
    Unreadable(usize),
    /// This result has an empty id.
    NoId(usize),
    /// This result has a score above 100.
    ScoreAbove100(usize),
    /// This result's completion time is before 1970 or after 9999.
    ImpossibleTime(usize),
    /// This result has the same id as an earlier one.
    Twice(usize),
}

impl Damage {
    /// The damage in the reader's language: "result 2 has no id".
    pub fn message(self, words: &Catalogue) -> String {
        let (key, number) = match self {
            Damage::NoVersion => ("no_version", 0),
            Damage::VersionZero => ("version_zero", 0),
            Damage::NoResults => ("no_results", 0),
            Damage::Unreadable(n) => ("unreadable", n),
            Damage::NoId(n) => ("no_id", n),
            Damage::ScoreAbove100(n) => ("score_above_100", n),
            Damage::ImpossibleTime(n) => ("impossible_time", n),
            Damage::Twice(n) => ("twice", n),
        };
        words.fill(
            &format!("data.damage.{key}"),
            &[("number", &words.integer(number as i64))],
        )
    }
}

impl ImportError {
    /// The refusal in the reader's language, always ending with the
    /// reassurance that nothing was changed.
    pub fn message(&self, words: &Catalogue) -> String {
        let problem = match self {
            ImportError::TooLarge { .. } => words.text("data.import.too_large"),
            ImportError::NotJson => words.text("data.import.not_json"),
            ImportError::Foreign => words.text("data.import.foreign"),
            ImportError::FromTheFuture(version) => {
                words.fill("data.import.from_the_future", &[("version", version)])
            }
            ImportError::Invalid(damage) => {
                words.fill("data.import.damaged", &[("damage", &damage.message(words))])
            }
            ImportError::Unread => words.text("data.import.unread"),
        };
        words.fill("data.import.refused", &[("problem", &problem)])
    }
}

/// What an import did, for the confirmation a person sees.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ImportReport {
    /// Results that were not here before (including ones deleted earlier).
    pub added: usize,
    /// Results that were already here and were left as they were.
    pub already: usize,
}

impl ImportReport {
    /// "3 results added, 2 already here.", so a person can tell that importing
    /// the same file twice did no harm.
    pub fn message(&self, words: &Catalogue) -> String {
        if self.added == 0 && self.already == 0 {
            return words.text("data.import.empty");
        }
        if self.already == 0 {
            return words.count("data.import.added", self.added, &[]);
        }
        let already = words.integer(self.already as i64);
        words.count(
            "data.import.added_some_here",
            self.added,
            &[("already", &already)],
        )
    }
}

/// Checks the whole file first; on any error returns it and the caller
/// changes nothing. Otherwise returns `into` with every result of the file
/// restored (a deleted one comes back) and a count of what was new.
pub fn import(text: &str, into: &Document) -> Result<(Document, ImportReport), ImportError> {
    let results = read(text)?;
    let mut document = into.clone();
    let mut report = ImportReport {
        added: 0,
        already: 0,
    };
    for result in results {
        if document.restore(result) {
            report.added += 1;
        } else {
            report.already += 1;
        }
    }
    Ok((document, report))
}

/// The results of an export file, or why there are none to trust.
fn read(text: &str) -> Result<Vec<StoredResult>, ImportError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge { bytes: text.len() });
    }
    let mut value: Value = serde_json::from_str(text).map_err(|_| ImportError::NotJson)?;
    if value.get("kind").and_then(Value::as_str) != Some(EXPORT_KIND) {
        return Err(ImportError::Foreign);
    }
    check_version(&value)?;
    let Some(Value::Array(raw)) = value.get_mut("results").map(Value::take) else {
        return Err(ImportError::Invalid(Damage::NoResults));
    };
    let results = raw
        .into_iter()
        .enumerate()
        .map(|(index, result)| {
            serde_json::from_value(result)
                .map_err(|_| ImportError::Invalid(Damage::Unreadable(index + 1)))
        })
        .collect::<Result<Vec<StoredResult>, ImportError>>()?;
    check_results(&results).map_err(ImportError::Invalid)?;
    Ok(results)
}

fn check_version(export: &Value) -> Result<(), ImportError> {
    let version = export
        .get("version")
        .and_then(Value::as_u64)
        .ok_or(ImportError::Invalid(Damage::NoVersion))?;
    if version == 0 {
        return Err(ImportError::Invalid(Damage::VersionZero));
    }
    if version > u64::from(EXPORT_VERSION) {
        return Err(ImportError::FromTheFuture(
            u32::try_from(version).unwrap_or(u32::MAX),
        ));
    }
    Ok(())
}

/// What serde cannot check: values in range and ids unique. Results are
/// named by position, as ids mean nothing to a person.
fn check_results(results: &[StoredResult]) -> Result<(), Damage> {
    let mut ids = BTreeSet::new();
    for (index, result) in results.iter().enumerate() {
        let number = index + 1;
        if result.id.is_empty() {
            return Err(Damage::NoId(number));
        }
        if result.scores.iter().flatten().any(|&score| score > 100) {
            return Err(Damage::ScoreAbove100(number));
        }
        if !(0.0..=LATEST_MS).contains(&result.completed_at) {
            return Err(Damage::ImpossibleTime(number));
        }
        if !ids.insert(result.id.as_str()) {
            return Err(Damage::Twice(number));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::to_json;

    fn result(id: &str, at: f64) -> StoredResult {
        crate::document::sample_result(id, at, [Some(50), Some(60), None, Some(10)])
    }

    fn doc(ids: &[&str]) -> Document {
        let mut d = Document::new();
        for (n, id) in ids.iter().enumerate() {
            d.add_result(result(id, 1_000.0 * n as f64));
        }
        d
    }

    fn ids(d: &Document) -> Vec<&str> {
        d.results.iter().map(|r| r.id.as_str()).collect()
    }

    /// An export file whose results list is `results` (raw JSON).
    fn file(results: &str) -> String {
        format!(r#"{{"kind":"{EXPORT_KIND}","version":1,"results":{results}}}"#)
    }

    fn words() -> Catalogue {
        crate::language::fallback().catalogue().unwrap()
    }

    fn invalid(text: &str) -> Damage {
        match import(text, &Document::new()) {
            Err(ImportError::Invalid(why)) => why,
            other => panic!("expected Invalid, got {other:?}"),
        }
    }

    #[test]
    fn importing_an_export_after_clearing_brings_everything_back() {
        let original = doc(&["a", "b", "c"]);
        let exported = to_json(&original, 5.0);
        let mut cleared = original.clone();
        cleared.clear(10.0);
        let (restored, report) = import(&exported, &cleared).unwrap();
        let ids = |d: &Document| d.results.iter().map(|r| r.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(&restored), ids(&original));
        assert!(restored.deleted.is_empty(), "tombstones lifted");
        assert_eq!(
            ids(&restored.merged_with(&cleared)),
            ids(&original),
            "the cleared copy still in storage cannot delete them again"
        );
        assert_eq!(
            report,
            ImportReport {
                added: 3,
                already: 0
            }
        );
    }

    #[test]
    fn results_already_here_are_counted_not_duplicated() {
        let exported = to_json(&doc(&["a", "b", "c", "d", "e"]), 5.0);
        let (merged, report) = import(&exported, &doc(&["a", "b", "x"])).unwrap();
        assert_eq!(
            report,
            ImportReport {
                added: 3,
                already: 2
            }
        );
        assert_eq!(report.message(&words()), "3 results added, 2 already here.");
        assert_eq!(merged.results.len(), 6);
    }

    #[test]
    fn importing_the_same_file_twice_changes_nothing_the_second_time() {
        let exported = to_json(&doc(&["a", "b"]), 5.0);
        let (once, _) = import(&exported, &Document::new()).unwrap();
        let (twice, report) = import(&exported, &once).unwrap();
        assert_eq!(twice, once);
        assert_eq!(report.message(&words()), "0 results added, 2 already here.");
    }

    #[test]
    fn the_unfinished_attempt_survives_an_import() {
        let mut into = Document::new();
        into.attempt = Some(crate::document::Attempt {
            started_at: 1.0,
            position: 2,
            answers: Default::default(),
            timings: Default::default(),
        });
        let (after, _) = import(&to_json(&doc(&["a"]), 5.0), &into).unwrap();
        assert_eq!(after.attempt, into.attempt);
    }

    #[test]
    fn report_messages_read_as_sentences() {
        let message = |added, already| ImportReport { added, already }.message(&words());
        assert_eq!(message(0, 0), "No results in this file.");
        assert_eq!(message(1, 0), "1 result added.");
        assert_eq!(message(1, 1), "1 result added, 1 already here.");
        assert_eq!(message(4, 0), "4 results added.");
        assert_eq!(message(0, 2), "0 results added, 2 already here.");
    }

    #[test]
    fn an_empty_export_adds_nothing() {
        let (after, report) = import(&file("[]"), &doc(&["a"])).unwrap();
        assert_eq!(ids(&after), ["a"]);
        assert_eq!(report.message(&words()), "No results in this file.");
    }

    #[test]
    fn a_future_version_is_refused_and_the_document_is_unchanged() {
        let into = doc(&["a"]);
        let before = into.clone();
        let text = format!(r#"{{"kind":"{EXPORT_KIND}","version":2,"results":[]}}"#);
        assert_eq!(import(&text, &into), Err(ImportError::FromTheFuture(2)));
        assert_eq!(into, before);
        let huge = format!(r#"{{"kind":"{EXPORT_KIND}","version":99999999999,"results":[]}}"#);
        assert_eq!(
            import(&huge, &into),
            Err(ImportError::FromTheFuture(u32::MAX))
        );
    }

    #[test]
    fn a_file_over_one_megabyte_is_refused_before_parsing() {
        let text = " ".repeat(MAX_IMPORT_BYTES + 1);
        assert_eq!(
            import(&text, &Document::new()),
            Err(ImportError::TooLarge {
                bytes: MAX_IMPORT_BYTES + 1
            })
        );
        let padded = format!(
            "{}{}",
            file("[]"),
            " ".repeat(MAX_IMPORT_BYTES - file("[]").len())
        );
        assert!(
            import(&padded, &Document::new()).is_ok(),
            "exactly 1 MB is allowed"
        );
    }

    #[test]
    fn text_that_is_not_json_is_refused() {
        assert_eq!(
            import("id,completed_at\r\n", &Document::new()),
            Err(ImportError::NotJson)
        );
        assert_eq!(import("", &Document::new()), Err(ImportError::NotJson));
    }

    #[test]
    fn other_json_is_foreign() {
        for text in [
            "[]",
            "42",
            "{}",
            r#"{"kind":"something-else","version":1,"results":[]}"#,
        ] {
            assert_eq!(
                import(text, &Document::new()),
                Err(ImportError::Foreign),
                "{text}"
            );
        }
        let stored_document = doc(&["a"]).to_json();
        assert_eq!(
            import(&stored_document, &Document::new()),
            Err(ImportError::Foreign)
        );
    }

    #[test]
    fn a_missing_or_zero_version_is_damage() {
        let no_version = format!(r#"{{"kind":"{EXPORT_KIND}","results":[]}}"#);
        assert_eq!(invalid(&no_version), Damage::NoVersion);
        let text_version = format!(r#"{{"kind":"{EXPORT_KIND}","version":"1","results":[]}}"#);
        assert_eq!(invalid(&text_version), Damage::NoVersion);
        let zero = format!(r#"{{"kind":"{EXPORT_KIND}","version":0,"results":[]}}"#);
        assert_eq!(invalid(&zero), Damage::VersionZero);
    }

    #[test]
    fn a_missing_results_list_is_damage() {
        let text = format!(r#"{{"kind":"{EXPORT_KIND}","version":1}}"#);
        assert_eq!(invalid(&text), Damage::NoResults);
        assert_eq!(invalid(&file("{}")), Damage::NoResults);
    }

    #[test]
    fn an_answer_outside_one_to_five_is_damage() {
        let text = file(
            r#"[{"id":"a","completed_at":1,"content_version":1,"answers":{"promotion-1":7},"scores":[1,2,3,4]}]"#,
        );
        assert_eq!(invalid(&text), Damage::Unreadable(1));
    }

    #[test]
    fn a_score_above_100_is_damage() {
        let text = file(
            r#"[{"id":"a","completed_at":1,"content_version":1,"answers":{},"scores":[1,101,3,null]}]"#,
        );
        assert_eq!(invalid(&text), Damage::ScoreAbove100(1));
    }

    #[test]
    fn an_empty_id_is_damage() {
        let text = file(
            r#"[{"id":"","completed_at":1,"content_version":1,"answers":{},"scores":[1,2,3,4]}]"#,
        );
        assert_eq!(invalid(&text), Damage::NoId(1));
    }

    #[test]
    fn an_impossible_completion_time_is_damage() {
        for at in ["-1", "1e300", "253402300800000"] {
            let text = file(&format!(
                r#"[{{"id":"a","completed_at":{at},"content_version":1,"answers":{{}},"scores":[1,2,3,4]}}]"#
            ));
            assert_eq!(invalid(&text), Damage::ImpossibleTime(1), "{at}");
        }
    }

    #[test]
    fn a_result_listed_twice_is_damage_and_nothing_is_imported() {
        let one =
            r#"{"id":"a","completed_at":1,"content_version":1,"answers":{},"scores":[1,2,3,4]}"#;
        let other =
            r#"{"id":"b","completed_at":2,"content_version":1,"answers":{},"scores":[1,2,3,4]}"#;
        let text = file(&format!("[{one},{other},{one}]"));
        assert_eq!(invalid(&text), Damage::Twice(3));
    }

    #[test]
    fn one_bad_result_stops_the_whole_import() {
        let good = to_json(&doc(&["a", "b"]), 5.0);
        let damaged = good.replacen("\"scores\": [\n        50", "\"scores\": [\n        500", 1);
        assert_ne!(good, damaged, "the test must actually damage the file");
        let into = doc(&["x"]);
        assert!(matches!(
            import(&damaged, &into),
            Err(ImportError::Invalid(_))
        ));
        assert_eq!(ids(&into), ["x"]);
    }

    #[test]
    fn every_error_says_nothing_was_changed() {
        let errors = [
            ImportError::TooLarge { bytes: 2_000_000 },
            ImportError::NotJson,
            ImportError::Foreign,
            ImportError::FromTheFuture(3),
            ImportError::Invalid(Damage::NoId(2)),
            ImportError::Unread,
        ];
        for error in errors {
            let text = error.message(&words());
            assert!(text.ends_with(". Nothing was changed."), "{text}");
        }
    }

    #[test]
    fn error_sentences_name_the_problem() {
        assert_eq!(
            ImportError::TooLarge { bytes: 2_000_000 }.message(&words()),
            "This file is larger than 1 MB, so it is not a Networking Mindset export. Nothing was changed."
        );
        assert_eq!(
            ImportError::Foreign.message(&words()),
            "This file is not a Networking Mindset export. Nothing was changed."
        );
        assert_eq!(
            ImportError::FromTheFuture(2).message(&words()),
            "This file was exported by a newer version of Networking Mindset (version 2); \
             update the page and try again. Nothing was changed."
        );
        assert_eq!(
            ImportError::Invalid(Damage::NoId(2)).message(&words()),
            "This export file is damaged (result 2 has no id). Nothing was changed."
        );
    }
}

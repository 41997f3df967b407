//! The one versioned document kept in localStorage: the unfinished attempt
//! and every completed result.
//!
//! Pure serde, no browser types: reading, migrating and merging are tested
//! natively, and the storage service only moves text in and out.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::answer::Answers;
use crate::consistency::Timings;
use crate::scale::Scale;
use crate::scoring::Profile;

/// The localStorage key. Namespaced so it cannot collide with a host page's keys.
pub const KEY: &str = "networking-mindset";
/// Where unreadable stored text is kept, so it is never lost silently.
pub const BACKUP_KEY: &str = "networking-mindset:unreadable-backup";
/// The format this build writes. Every released format has a fixture in
/// tests/fixtures/ and a migration in [`read`].
pub const FORMAT: u32 = 1;

/// Everything stored for one browser.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// The format version, checked before anything else is read.
    pub format: u32,
    /// The attempt in progress, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attempt: Option<Attempt>,
    /// Completed results, oldest first.
    #[serde(default)]
    pub results: Vec<StoredResult>,
    /// Deleted results' ids and when they were deleted (ms), so a merge with
    /// another tab's older copy cannot bring them back. A result brought back
    /// later (undo, import) carries a later `restored_at` and wins instead.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub deleted: BTreeMap<String, f64>,
}

/// An unfinished questionnaire.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Attempt {
    /// When the first question was shown (ms since the epoch).
    pub started_at: f64,
    /// The question the person was on.
    pub position: usize,
    /// Answers so far.
    pub answers: Answers,
    /// Time on screen per answered statement, for the consistency notice.
    #[serde(default)]
    pub timings: Timings,
}

/// One completed questionnaire.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StoredResult {
    /// Stable id: merges, deletes and imports match on it.
    pub id: String,
    /// When it was completed (ms since the epoch).
    pub completed_at: f64,
    /// The content version it was scored with.
    pub content_version: u32,
    /// The answers, so it can be re-read in any language or re-scored.
    pub answers: Answers,
    /// The four scores in `Scale::ALL` order; `None` where there were too few answers.
    pub scores: [Option<u8>; 4],
    /// Set when the result was brought back after a deletion: just after
    /// that deletion, so it outranks it but not a later one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub restored_at: Option<f64>,
}

impl StoredResult {
    /// The score of one scale.
    pub fn score(&self, scale: Scale) -> Option<u8> {
        self.scores[scale.index()]
    }

    /// Since when this result has existed, for weighing it against a deletion.
    fn alive_since(&self) -> f64 {
        self.restored_at.unwrap_or(self.completed_at)
    }

    /// The scores of a profile in stored form.
    pub fn scores_of(profile: &Profile) -> [Option<u8>; 4] {
        Scale::ALL.map(|scale| profile.get(scale).value())
    }
}

/// Why stored text could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReadError {
    /// Not JSON at all.
    NotJson,
    /// JSON, but not a document this app wrote.
    WrongShape,
    /// Written by a newer version of the app; reading it could lose data.
    FromTheFuture(u32),
}

impl ReadError {
    /// Stable name for the catalogue key of the explanation
    /// (`notices.unreadable.not_json`).
    pub fn id(self) -> &'static str {
        match self {
            ReadError::NotJson => "not_json",
            ReadError::WrongShape => "wrong_shape",
            ReadError::FromTheFuture(_) => "from_the_future",
        }
    }
}

/// Reads stored text, migrating older formats forward.
pub fn read(text: &str) -> Result<Document, ReadError> {
    let value: Value = serde_json::from_str(text).map_err(|_| ReadError::NotJson)?;
    let format = value
        .get("format")
        .and_then(Value::as_u64)
        .ok_or(ReadError::WrongShape)?;
    let format = u32::try_from(format).map_err(|_| ReadError::FromTheFuture(u32::MAX))?;
    match format {
        FORMAT => serde_json::from_value::<Document>(value)
            .map(Document::normalised)
            .map_err(|_| ReadError::WrongShape),
        newer if newer > FORMAT => Err(ReadError::FromTheFuture(newer)),
        _older => Err(ReadError::WrongShape),
    }
}

impl Document {
    /// An empty document in the current format.
    pub fn new() -> Document {
        Document { format: FORMAT, ..Document::default() }
    }

    /// The text to store.
    pub fn to_json(&self) -> String {
        // Serialising plain data with string keys cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Results newest first, as the history screen lists them.
    pub fn newest_first(&self) -> impl Iterator<Item = &StoredResult> {
        self.results.iter().rev()
    }

    /// Adds a completed result (ignored if one with its id is already here).
    pub fn add_result(&mut self, result: StoredResult) {
        if !self.results.iter().any(|r| r.id == result.id) {
            self.results.push(result);
            self.sort();
        }
    }

    /// Deletes one result at `now_ms`, remembering it so no merge brings it back.
    pub fn delete(&mut self, id: &str, now_ms: f64) -> Option<StoredResult> {
        let position = self.results.iter().position(|r| r.id == id)?;
        self.mark_deleted(id, now_ms);
        Some(self.results.remove(position))
    }

    fn mark_deleted(&mut self, id: &str, at_ms: f64) {
        let at = self.deleted.entry(id.to_string()).or_insert(at_ms);
        *at = at.max(at_ms);
    }

    /// Brings a result back (undo of [`Document::delete`], or an import): it
    /// outranks the deletion it lifts, and is added unless its id is here.
    /// Returns whether it was added.
    pub fn restore(&mut self, mut result: StoredResult) -> bool {
        if let Some(deleted_at) = self.deleted.remove(&result.id) {
            result.restored_at = Some(deleted_at.max(result.alive_since()) + 1.0);
        }
        let before = self.results.len();
        self.add_result(result);
        self.results.len() > before
    }

    /// Deletes every result at `now_ms`, here and in any copy merged later.
    pub fn clear(&mut self, now_ms: f64) {
        for result in std::mem::take(&mut self.results) {
            self.mark_deleted(&result.id, now_ms);
        }
    }

    /// This document with another copy's results merged in (another tab's,
    /// or what storage holds now). Results join by id; per id, the later of
    /// a deletion and a restore wins; the attempt is this side's.
    pub fn merged_with(&self, other: &Document) -> Document {
        let mut merged = self.clone();
        for (id, &at) in &other.deleted {
            merged.mark_deleted(id, at);
        }
        for result in &other.results {
            match merged.results.iter_mut().find(|r| r.id == result.id) {
                Some(mine) if result.alive_since() > mine.alive_since() => *mine = result.clone(),
                Some(_) => {}
                None => merged.results.push(result.clone()),
            }
        }
        merged.normalised()
    }

    fn normalised(mut self) -> Document {
        let deleted = &self.deleted;
        self.results
            .retain(|r| deleted.get(&r.id).is_none_or(|&at| r.alive_since() > at));
        self.sort();
        self
    }

    fn sort(&mut self) {
        self.results.sort_by(|a, b| {
            a.completed_at.total_cmp(&b.completed_at).then_with(|| a.id.cmp(&b.id))
        });
    }
}

/// A small stored result for the unit tests of every module that handles them.
#[cfg(test)]
pub(crate) fn sample_result(id: &str, at: f64, scores: [Option<u8>; 4]) -> StoredResult {
    StoredResult {
        id: id.into(),
        completed_at: at,
        content_version: 1,
        answers: [("promotion-1".to_string(), crate::answer::Answer::new(4).unwrap())].into(),
        scores,
        restored_at: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answer::Answer;

    fn result(id: &str, at: f64) -> StoredResult {
        sample_result(id, at, [Some(50), Some(60), None, Some(10)])
    }

    fn doc(results: &[(&str, f64)]) -> Document {
        let mut d = Document::new();
        for (id, at) in results {
            d.add_result(result(id, *at));
        }
        d
    }

    #[test]
    fn a_document_round_trips_through_its_text() {
        let mut d = doc(&[("a", 1.0), ("b", 2.0)]);
        d.attempt = Some(Attempt {
            started_at: 5.0,
            position: 3,
            answers: [("value-1".to_string(), Answer::new(2).unwrap())].into(),
            timings: [("value-1".to_string(), 1500)].into(),
        });
        assert_eq!(read(&d.to_json()), Ok(d));
    }

    #[test]
    fn unreadable_text_is_reported_not_guessed() {
        assert_eq!(read("not json {"), Err(ReadError::NotJson));
        assert!(matches!(read("[1,2]"), Err(ReadError::WrongShape)));
        assert!(matches!(read(r#"{"format":1,"results":7}"#), Err(ReadError::WrongShape)));
        assert_eq!(read(r#"{"format":9,"results":[]}"#), Err(ReadError::FromTheFuture(9)));
    }

    #[test]
    fn an_out_of_range_stored_answer_is_a_wrong_shape() {
        let text = r#"{"format":1,"results":[{"id":"a","completed_at":1,"content_version":1,
            "answers":{"promotion-1":7},"scores":[1,2,3,4]}]}"#;
        assert!(matches!(read(text), Err(ReadError::WrongShape)));
    }

    #[test]
    fn merging_two_tabs_loses_no_result_and_keeps_no_duplicate() {
        let a = doc(&[("shared", 1.0), ("from-a", 2.0)]);
        let b = doc(&[("shared", 1.0), ("from-b", 3.0)]);
        let ids: Vec<_> = a.merged_with(&b).results.into_iter().map(|r| r.id).collect();
        assert_eq!(ids, vec!["shared", "from-a", "from-b"]);
    }

    #[test]
    fn a_deleted_result_stays_deleted_after_merging_an_older_copy() {
        let old = doc(&[("a", 1.0), ("b", 2.0)]);
        let mut current = old.clone();
        current.delete("a", 10.0);
        let ids: Vec<_> = current.merged_with(&old).results.into_iter().map(|r| r.id).collect();
        assert_eq!(ids, vec!["b"]);
        let ids: Vec<_> = old.merged_with(&current).results.into_iter().map(|r| r.id).collect();
        assert_eq!(ids, vec!["b"]);
    }

    #[test]
    fn undo_brings_a_deleted_result_back() {
        let mut d = doc(&[("a", 1.0), ("b", 2.0)]);
        let removed = d.delete("a", 10.0).unwrap();
        assert!(d.restore(removed));
        let ids: Vec<_> = d.results.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, vec!["a", "b"]);
        assert!(d.deleted.is_empty());
    }

    #[test]
    fn clearing_everything_wins_over_an_older_copy_but_not_newer_results() {
        let old = doc(&[("a", 1.0), ("b", 2.0)]);
        let mut cleared = old.clone();
        cleared.clear(10.0);
        let later = doc(&[("c", 11.0)]);
        let merged = old.merged_with(&cleared).merged_with(&later);
        let ids: Vec<_> = merged.results.into_iter().map(|r| r.id).collect();
        assert_eq!(ids, vec!["c"]);
    }

    #[test]
    fn a_restore_outlives_the_stored_deletion_it_undid() {
        let mut memory = doc(&[("a", 1.0)]);
        let removed = memory.delete("a", 10.0).unwrap();
        let stored = memory.clone();
        memory.restore(removed);
        let written = memory.merged_with(&stored);
        assert_eq!(written.results.len(), 1, "undo survives the read-merge-write");
        let other_tab = stored.merged_with(&written);
        assert_eq!(other_tab.results.len(), 1, "and another tab takes the undo too");
    }

    #[test]
    fn a_later_deletion_in_another_tab_beats_an_earlier_restore() {
        let mut a = doc(&[("x", 1.0)]);
        let removed = a.delete("x", 10.0).unwrap();
        a.restore(removed);
        let mut b = a.clone();
        b.delete("x", 50.0);
        assert!(a.merged_with(&b).results.is_empty());
        assert!(b.merged_with(&a).results.is_empty());
    }

    #[test]
    fn restoring_after_a_clear_brings_results_back_once() {
        let mut d = doc(&[("a", 1.0)]);
        d.clear(10.0);
        assert!(d.restore(result("a", 1.0)));
        assert!(!d.restore(result("a", 1.0)), "already here");
        assert_eq!(d.results.len(), 1);
    }

    #[test]
    fn the_first_released_format_still_reads() {
        let fixture = include_str!("../tests/fixtures/storage-format-1.json");
        let d = read(fixture).expect("format 1 fixture must stay readable");
        assert_eq!(d.results.len(), 2);
        assert_eq!(d.attempt.as_ref().map(|a| a.answers.len()), Some(9));
    }
}

//! The reducer end to end, natively: resuming, completing into the stored
//! document, deleting with undo, clearing, importing, and other tabs.

use std::rc::Rc;

use networking_mindset::answer::Answer;
use networking_mindset::content::Content;
use networking_mindset::document::Document;
use networking_mindset::export;
use networking_mindset::quiz::{Action, Flash, Quiz, Screen, StorageIssue};

fn fresh() -> Quiz {
    Quiz::new(Rc::new(Content::english().unwrap()), Document::new(), "tab1")
}

fn answer(v: u8, now_ms: f64) -> Action {
    Action::Answer { answer: Answer::new(v).unwrap(), now_ms }
}

/// Takes the whole questionnaire, answering `v` everywhere, finishing at `end_ms`.
fn complete(mut q: Quiz, v: u8, end_ms: f64) -> Quiz {
    q = q.apply(Action::Start { now_ms: end_ms - 100_000.0 });
    for i in 0..q.content.items.len() {
        let t = end_ms - 100_000.0 + (i as f64 + 1.0) * 3000.0;
        q = q.apply(answer(v, t - 1000.0)).apply(Action::Next { from: i, now_ms: t });
    }
    q.apply(Action::ShowIntro)
}

#[test]
fn every_answer_is_written_and_timed() {
    let q = fresh().apply(Action::Start { now_ms: 1000.0 });
    let before = q.revision;
    let q = q.apply(answer(4, 3500.0));
    assert!(q.revision > before, "an answer must be written at once");
    let attempt = q.doc.attempt.as_ref().unwrap();
    let id = &q.content.items[0].id;
    assert_eq!(attempt.answers.get(id), Answer::new(4).as_ref());
    assert_eq!(attempt.timings.get(id), Some(&2500));
}

#[test]
fn a_reload_mid_quiz_offers_to_resume_where_it_was_left() {
    let mut q = fresh().apply(Action::Start { now_ms: 0.0 });
    for i in 0..9 {
        q = q.apply(answer(2, 1.0)).apply(Action::Next { from: i, now_ms: 2.0 });
    }
    let reloaded = Quiz::new(q.content.clone(), q.doc.clone(), "tab2");
    assert_eq!(reloaded.screen, Screen::Intro);
    assert_eq!(reloaded.unfinished_answers(), 9);
    let ignored = reloaded.clone().apply(Action::Start { now_ms: 3.0 });
    assert_eq!(ignored.screen, Screen::Intro, "Start must not silently discard answers");
    let resumed = reloaded.clone().apply(Action::Resume { now_ms: 3.0 });
    assert_eq!(resumed.screen, Screen::Question(9));
    assert_eq!(resumed.answer_at(8), Answer::new(2));
    let over = reloaded.apply(Action::StartOver { now_ms: 3.0 });
    assert_eq!(over.screen, Screen::Question(0));
    assert_eq!(over.unfinished_answers(), 0);
}

#[test]
fn finishing_stores_a_result_and_ends_the_attempt() {
    let mut q = fresh().apply(Action::Start { now_ms: 0.0 });
    for i in 0..q.content.items.len() {
        q = q.apply(answer(3, 1.0)).apply(Action::Next { from: i, now_ms: 5000.0 });
    }
    let Screen::Results { result_id, .. } = &q.screen else { panic!("not on results") };
    assert_eq!(q.doc.results.len(), 1);
    let stored = &q.doc.results[0];
    assert_eq!(&stored.id, result_id);
    assert_eq!(stored.scores, [Some(50); 4]);
    assert_eq!(stored.content_version, q.content.version);
    assert!(q.doc.attempt.is_none());
}

#[test]
fn a_history_result_opens_its_full_page() {
    let q = complete(fresh(), 4, 1e6);
    let id = q.doc.results[0].id.clone();
    let q = q.apply(Action::ShowResult { id: id.clone() });
    let Screen::Results { assessment, result_id } = &q.screen else { panic!("not on results") };
    assert_eq!(result_id, &id);
    assert_eq!(assessment.answered, q.content.items.len());
}

#[test]
fn delete_can_be_undone_and_clear_removes_everything() {
    let q = complete(complete(fresh(), 4, 1e6), 2, 2e6);
    let first = q.doc.results[0].id.clone();
    let q = q.apply(Action::Delete { id: first.clone(), now_ms: 3e6 });
    assert_eq!(q.doc.results.len(), 1);
    assert!(matches!(q.flash, Some(Flash::Deleted(_))));
    let q = q.apply(Action::Undo);
    assert_eq!(q.doc.results.len(), 2);
    let q = q.apply(Action::ClearAll { now_ms: 4e6 });
    assert!(q.doc.results.is_empty());
    assert_eq!(q.flash, Some(Flash::Cleared));
}

#[test]
fn export_clear_import_brings_everything_back() {
    let q = complete(complete(fresh(), 4, 1e6), 2, 2e6);
    let exported = export::to_json(&q.doc, 3e6);
    let before = q.doc.results.clone();
    let q = q.apply(Action::ClearAll { now_ms: 4e6 }).apply(Action::Import { text: exported.clone().into() });
    let ids = |results: &[networking_mindset::document::StoredResult]| -> Vec<String> {
        results.iter().map(|r| r.id.clone()).collect()
    };
    assert_eq!(ids(&q.doc.results), ids(&before));
    let Some(Flash::Imported(report)) = &q.flash else { panic!("no report") };
    assert_eq!(report.message(&networking_mindset::language::fallback().catalogue().unwrap()), "2 results added.");
    let again = q.apply(Action::Import { text: exported.into() });
    let Some(Flash::Imported(report)) = &again.flash else { panic!("no report") };
    assert_eq!((report.added, report.already), (0, 2));
}

#[test]
fn a_refused_import_changes_nothing() {
    let q = complete(fresh(), 4, 1e6);
    let before = q.doc.clone();
    let q = q.apply(Action::Import { text: "{\"kind\":\"something-else\"}".into() });
    assert_eq!(q.doc, before);
    assert!(matches!(q.flash, Some(Flash::ImportFailed(_))));
}

#[test]
fn another_tabs_result_appears_and_an_idle_tab_adopts_its_attempt() {
    let a = complete(fresh(), 4, 1e6).apply(Action::Start { now_ms: 2e6 }).apply(answer(5, 2e6));
    let b = fresh();
    let b = b.apply(Action::Merge(Rc::new(a.doc.clone())));
    assert_eq!(b.doc.results.len(), 1);
    assert_eq!(b.unfinished_answers(), 1, "idle tab takes over the unfinished attempt");
}

#[test]
fn a_tab_mid_quiz_keeps_its_own_answers_when_another_writes() {
    let other = complete(fresh(), 4, 1e6);
    let mine = fresh().apply(Action::Start { now_ms: 5.0 }).apply(answer(1, 6.0));
    let merged = mine.apply(Action::Merge(Rc::new(other.doc.clone())));
    assert_eq!(merged.unfinished_answers(), 1);
    assert_eq!(merged.doc.results.len(), 1);
}

#[test]
fn a_successful_write_clears_only_the_full_notice() {
    let q = fresh().apply(Action::Storage(StorageIssue::Full)).apply(Action::Saved);
    assert_eq!(q.storage_issue, None);
    let q = fresh().apply(Action::Storage(StorageIssue::Blocked)).apply(Action::Saved);
    assert_eq!(q.storage_issue, Some(StorageIssue::Blocked));
}

#[test]
fn a_stale_auto_advance_does_nothing() {
    let q = fresh()
        .apply(Action::Start { now_ms: 0.0 })
        .apply(Action::Next { from: 0, now_ms: 1.0 })
        .apply(Action::Next { from: 0, now_ms: 2.0 });
    assert_eq!(q.screen, Screen::Question(1));
}

#[test]
fn back_from_the_first_question_returns_to_the_intro_keeping_answers() {
    let q = fresh()
        .apply(Action::Start { now_ms: 0.0 })
        .apply(answer(4, 1.0))
        .apply(Action::Back { now_ms: 2.0 });
    assert_eq!(q.screen, Screen::Intro);
    assert_eq!(q.unfinished_answers(), 1);
}

#[test]
fn keys_pressed_on_the_results_page_change_nothing() {
    let mut q = fresh().apply(Action::Start { now_ms: 0.0 });
    for i in 0..q.content.items.len() {
        q = q.apply(Action::Next { from: i, now_ms: 0.0 });
    }
    let before = q.clone();
    assert_eq!(q.apply(answer(2, 1.0)), before);
}

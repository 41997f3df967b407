//! The app's state as one reducer: the screen, the stored document (the
//! attempt in progress and every result), and what to tell the person.
//!
//! Components only dispatch [`Action`]s and effects write the document when
//! [`Quiz::revision`] moves; nothing here touches the browser, so every rule
//! is exercised by plain `cargo test`. Times and ids come in with actions.

use std::rc::Rc;

use yew::Reducible;

use crate::answer::{Answer, Answers};
use crate::assessment::{assess, from_scores, Assessment};
use crate::consistency::Timings;
use crate::content::Content;
use crate::document::{Attempt, Document, ReadError, StoredResult};
use crate::import::{import, ImportError, ImportReport};
use crate::share::{ShareError, SharedResult};

/// What the person is looking at.
#[derive(Clone, Debug, PartialEq)]
pub enum Screen {
    /// The welcome page (with "Welcome back" when an attempt is unfinished).
    Intro,
    /// The question at this index of `Content::items`.
    Question(usize),
    /// A full results page: the attempt just finished, or one from history.
    Results {
        /// What was computed from the answers.
        assessment: Rc<Assessment>,
        /// The stored result it shows.
        result_id: String,
    },
    /// Every past result, the trend and the data tools.
    History,
    /// A read-only result opened from a share link, or why it cannot be shown.
    Shared(Result<SharedResult, ShareError>),
}

impl Screen {
    /// The screen's name in messages to an embedding page.
    pub fn name(&self) -> &'static str {
        match self {
            Screen::Intro => "intro",
            Screen::Question(_) => "question",
            Screen::Results { .. } => "results",
            Screen::History => "history",
            Screen::Shared(_) => "shared",
        }
    }
}

/// Why results may not be kept in this browser.
#[derive(Clone, Debug, PartialEq)]
pub enum StorageIssue {
    /// The browser refuses storage to this page (cookies off, some iframes).
    Blocked,
    /// A write failed because storage is full; memory still holds everything.
    Full,
    /// Stored data could not be read; its text was kept for download.
    Unreadable {
        /// What was wrong with it.
        reason: ReadError,
        /// The localStorage key holding the unreadable text.
        kept_under: String,
        /// True when no backup copy could be made, so writing is paused to
        /// keep the text under the main key from being overwritten.
        saving_paused: bool,
    },
}

/// A passing message about the last thing the person did.
#[derive(Clone, Debug, PartialEq)]
pub enum Flash {
    /// An import worked.
    Imported(ImportReport),
    /// An import was refused; nothing changed.
    ImportFailed(ImportError),
    /// A result was deleted and can still be brought back.
    Deleted(StoredResult),
    /// Every result was deleted.
    Cleared,
    /// Something the person asked for could not be done (a download failed).
    Problem(Problem),
}

/// Something the person asked for that the browser could not do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The browser would not start a download.
    DownloadFailed,
    /// The unreadable data to download is no longer in this browser.
    BackupGone,
}

impl Problem {
    /// Stable name for the catalogue key of the explanation
    /// (`notices.problem.download_failed`).
    pub fn id(self) -> &'static str {
        match self {
            Problem::DownloadFailed => "download_failed",
            Problem::BackupGone => "backup_gone",
        }
    }
}

/// Something the person (or another tab, or storage) did.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Begin a fresh attempt from the intro.
    Start {
        /// Clock time (ms since the epoch).
        now_ms: f64,
    },
    /// Continue the unfinished attempt where it was left.
    Resume {
        /// Clock time.
        now_ms: f64,
    },
    /// Discard the unfinished attempt (the UI has asked first) and begin again.
    StartOver {
        /// Clock time.
        now_ms: f64,
    },
    /// Choose an answer to the question on screen.
    Answer {
        /// The chosen point.
        answer: Answer,
        /// Clock time.
        now_ms: f64,
    },
    /// Move on from question `from`. Carrying the index makes a late
    /// auto-advance timer harmless: it only acts on its own question.
    Next {
        /// The question being left.
        from: usize,
        /// Clock time.
        now_ms: f64,
    },
    /// Go back one question (from the first, back to the intro).
    Back {
        /// Clock time.
        now_ms: f64,
    },
    /// "Take it again" from a results page.
    Restart {
        /// Clock time.
        now_ms: f64,
    },
    /// Go to the intro.
    ShowIntro,
    /// Go to the history screen.
    ShowHistory,
    /// Open one stored result's full results page.
    ShowResult {
        /// Its id.
        id: String,
    },
    /// Show a share link's result (or its error).
    ShowShared(Result<SharedResult, ShareError>),
    /// Delete one result (undoable).
    Delete {
        /// Its id.
        id: String,
        /// Clock time.
        now_ms: f64,
    },
    /// Bring back the result deleted last.
    Undo,
    /// Delete every result (the UI has asked for confirmation).
    ClearAll {
        /// Clock time.
        now_ms: f64,
    },
    /// Import an export file's text.
    Import {
        /// The file's contents.
        text: Rc<str>,
    },
    /// A chosen file was refused before its text could be read.
    ImportFailed(ImportError),
    /// Something asked for could not be done; tell the person.
    Problem(Problem),
    /// Hide the passing message.
    DismissFlash,
    /// Another copy of the document arrived (another tab wrote, or a write
    /// found more in storage): merge it in.
    Merge(Rc<Document>),
    /// Storage misbehaved.
    Storage(StorageIssue),
    /// A write succeeded, so a "storage full" notice no longer applies.
    Saved,
    /// The reader switched language: the same items, scales and keying in
    /// other words, so the attempt, the results and the screen all stay.
    Language(Rc<Content>),
}

/// The whole app state.
#[derive(Clone, Debug, PartialEq)]
pub struct Quiz {
    /// The questionnaire.
    pub content: Rc<Content>,
    /// The screen showing.
    pub screen: Screen,
    /// What is (or should be) stored: the attempt in progress and all results.
    pub doc: Document,
    /// Bumped whenever `doc` changed and must be written.
    pub revision: u64,
    /// Bumped whenever `doc` changed at all, merges from other tabs included,
    /// so views derived from it know when to rebuild.
    pub generation: u64,
    /// How many questionnaires were finished in this visit, so an effect can
    /// tell an embedding page each time one is.
    pub completions: u64,
    /// A standing problem with storage, shown on every screen.
    pub storage_issue: Option<StorageIssue>,
    /// A passing message.
    pub flash: Option<Flash>,
    nonce: Rc<str>,
    shown_at_ms: f64,
}

impl Quiz {
    /// The app as loaded: `nonce` makes this tab's result ids unique.
    pub fn new(content: Rc<Content>, doc: Document, nonce: &str) -> Quiz {
        Quiz {
            content,
            screen: Screen::Intro,
            doc,
            revision: 0,
            generation: 0,
            completions: 0,
            storage_issue: None,
            flash: None,
            nonce: nonce.into(),
            shown_at_ms: 0.0,
        }
    }

    /// Answers of the attempt in progress.
    pub fn answers(&self) -> Option<&Answers> {
        self.doc.attempt.as_ref().map(|a| &a.answers)
    }

    /// The answer already given to question `index`, if any.
    pub fn answer_at(&self, index: usize) -> Option<Answer> {
        let item = self.content.items.get(index)?;
        self.answers()?.get(&item.id).copied()
    }

    /// How many statements the unfinished attempt has answered (0 if none).
    pub fn unfinished_answers(&self) -> usize {
        self.answers().map_or(0, Answers::len)
    }

    /// Results oldest first, and the position of one of them.
    pub fn result_position(&self, id: &str) -> Option<usize> {
        self.doc.results.iter().position(|r| r.id == id)
    }

    /// The full results page of a stored result.
    pub fn assessment_of(&self, result: &StoredResult) -> Assessment {
        if result.content_version == self.content.version {
            assess(&self.content, &result.answers, &Timings::new())
        } else {
            from_scores(result.scores)
        }
    }

    fn show(mut self, screen: Screen, now_ms: f64) -> Quiz {
        self.screen = screen;
        self.shown_at_ms = now_ms;
        self
    }

    fn changed(mut self) -> Quiz {
        self.revision += 1;
        self.generation += 1;
        self
    }

    fn begin(mut self, now_ms: f64) -> Quiz {
        if self.content.items.is_empty() {
            return self;
        }
        self.doc.attempt = Some(Attempt {
            started_at: now_ms,
            position: 0,
            answers: Answers::new(),
            timings: Timings::new(),
        });
        self.flash = None;
        self.changed().show(Screen::Question(0), now_ms)
    }

    fn go_to(mut self, index: usize, now_ms: f64) -> Quiz {
        if let Some(attempt) = self.doc.attempt.as_mut() {
            attempt.position = index;
        }
        self.changed().show(Screen::Question(index), now_ms)
    }

    fn answer(mut self, index: usize, answer: Answer, now_ms: f64) -> Quiz {
        let Some(item) = self.content.items.get(index) else { return self };
        let elapsed = (now_ms - self.shown_at_ms).clamp(0.0, f64::from(u32::MAX));
        let Some(attempt) = self.doc.attempt.as_mut() else { return self };
        // Clamped to u32's range just above, so the cast cannot wrap.
        attempt.timings.insert(item.id.clone(), elapsed as u32);
        attempt.answers.insert(item.id.clone(), answer);
        self.changed()
    }

    fn complete(mut self, now_ms: f64) -> Quiz {
        let Some(attempt) = self.doc.attempt.take() else { return self };
        let assessment = assess(&self.content, &attempt.answers, &attempt.timings);
        // Whole milliseconds in hex keep ids short; the nonce separates tabs.
        let id = format!("{:x}-{}", now_ms.max(0.0) as u64, self.nonce);
        self.doc.add_result(StoredResult {
            id: id.clone(),
            completed_at: now_ms,
            content_version: self.content.version,
            answers: attempt.answers,
            scores: StoredResult::scores_of(&assessment.profile),
            restored_at: None,
        });
        let screen = Screen::Results { assessment: Rc::new(assessment), result_id: id };
        self.completions += 1;
        self.changed().show(screen, now_ms)
    }

    /// The state after `action`; an action that does not fit the screen
    /// (a stray key on the results page, a stale timer) changes nothing.
    pub fn apply(mut self, action: Action) -> Quiz {
        let count = self.content.items.len();
        match (action, &self.screen) {
            (Action::Start { now_ms }, Screen::Intro) if self.unfinished_answers() == 0 => {
                self.begin(now_ms)
            }
            (Action::Resume { now_ms }, Screen::Intro) => {
                let position = self.doc.attempt.as_ref().map(|a| a.position);
                match position {
                    Some(p) => self.show(Screen::Question(p.min(count.saturating_sub(1))), now_ms),
                    None => self,
                }
            }
            (Action::StartOver { now_ms }, Screen::Intro) => self.begin(now_ms),
            (Action::Answer { answer, now_ms }, &Screen::Question(index)) => {
                self.answer(index, answer, now_ms)
            }
            (Action::Next { from, now_ms }, &Screen::Question(index)) if from == index => {
                if from + 1 < count {
                    self.go_to(from + 1, now_ms)
                } else {
                    self.complete(now_ms)
                }
            }
            (Action::Back { now_ms }, &Screen::Question(index)) => match index.checked_sub(1) {
                Some(previous) => self.go_to(previous, now_ms),
                None => self.show(Screen::Intro, now_ms),
            },
            (Action::Restart { now_ms }, Screen::Results { .. }) => self.begin(now_ms),
            (Action::ShowIntro, _) => {
                self.flash = None;
                self.show(Screen::Intro, 0.0)
            }
            (Action::ShowHistory, _) => {
                self.flash = None;
                self.show(Screen::History, 0.0)
            }
            (Action::ShowResult { id }, _) => {
                let Some(result) = self.doc.results.iter().find(|r| r.id == id) else { return self };
                let assessment = Rc::new(self.assessment_of(result));
                self.flash = None;
                self.show(Screen::Results { assessment, result_id: id }, 0.0)
            }
            (Action::ShowShared(shared), _) => self.show(Screen::Shared(shared), 0.0),
            (Action::Delete { id, now_ms }, _) => match self.doc.delete(&id, now_ms) {
                Some(removed) => {
                    self.flash = Some(Flash::Deleted(removed));
                    self.changed()
                }
                None => self,
            },
            (Action::Undo, _) => match self.flash.take() {
                Some(Flash::Deleted(result)) => {
                    self.doc.restore(result);
                    self.changed()
                }
                other => {
                    self.flash = other;
                    self
                }
            },
            (Action::ClearAll { now_ms }, _) => {
                self.doc.clear(now_ms);
                self.flash = Some(Flash::Cleared);
                self.changed()
            }
            (Action::Import { text }, _) => match import(&text, &self.doc) {
                Ok((doc, report)) => {
                    self.doc = doc;
                    self.flash = Some(Flash::Imported(report));
                    self.changed()
                }
                Err(error) => {
                    self.flash = Some(Flash::ImportFailed(error));
                    self
                }
            },
            (Action::ImportFailed(error), _) => {
                self.flash = Some(Flash::ImportFailed(error));
                self
            }
            (Action::Problem(problem), _) => {
                self.flash = Some(Flash::Problem(problem));
                self
            }
            (Action::DismissFlash, _) => {
                self.flash = None;
                self
            }
            (Action::Language(content), _) => {
                self.content = content;
                self
            }
            (Action::Merge(other), screen) => {
                let mid_quiz = matches!(screen, Screen::Question(_));
                let mut merged = self.doc.merged_with(&other);
                if !mid_quiz {
                    // Only a tab that is answering owns the attempt; an idle tab
                    // adopts the other's, so its next write cannot erase it.
                    merged.attempt = other.attempt.clone();
                }
                self.doc = merged;
                self.generation += 1;
                self
            }
            (Action::Storage(issue), _) => {
                self.storage_issue = Some(issue);
                self
            }
            (Action::Saved, _) => {
                if self.storage_issue == Some(StorageIssue::Full) {
                    self.storage_issue = None;
                }
                self
            }
            _ => self,
        }
    }
}

impl Reducible for Quiz {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(Rc::unwrap_or_clone(self).apply(action))
    }
}

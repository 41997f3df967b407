//! The quiz as one reducer: which screen is showing and what was answered.
//!
//! Components only dispatch [`Action`]s; every rule about moving between
//! questions lives here, where plain `cargo test` can exercise it. Times are
//! passed in with the actions, so the reducer never reads a clock.

use std::rc::Rc;

use yew::Reducible;

use crate::answer::{Answer, Answers};
use crate::assessment::{assess, Assessment};
use crate::consistency::Timings;
use crate::content::Content;

/// What the person is looking at.
#[derive(Clone, Debug, PartialEq)]
pub enum Screen {
    /// The welcome page with the Start button.
    Intro,
    /// The question at this index of `Content::items`.
    Question(usize),
    /// The results of the attempt just finished.
    Results(Rc<Assessment>),
}

/// Something the person did.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Action {
    /// Leave the intro for the first question.
    Start {
        /// Clock time in ms, to time the first answer.
        now_ms: f64,
    },
    /// Choose an answer to the question on screen.
    Answer {
        /// The chosen point.
        answer: Answer,
        /// Clock time in ms.
        now_ms: f64,
    },
    /// Move on from question `from` (answered or skipped). Carrying the index
    /// makes a late auto-advance timer harmless: it only acts on its own question.
    Next {
        /// The question being left.
        from: usize,
        /// Clock time in ms.
        now_ms: f64,
    },
    /// Go back one question (from the first, back to the intro).
    Back {
        /// Clock time in ms.
        now_ms: f64,
    },
    /// Clear the answers and begin again at the first question.
    Restart {
        /// Clock time in ms.
        now_ms: f64,
    },
}

/// The whole quiz state.
#[derive(Clone, Debug, PartialEq)]
pub struct Quiz {
    /// The questionnaire being taken.
    pub content: Rc<Content>,
    /// The screen showing.
    pub screen: Screen,
    /// Answers so far.
    pub answers: Answers,
    /// How long each statement was on screen before it was answered.
    pub timings: Timings,
    shown_at_ms: f64,
}

impl Quiz {
    /// A fresh quiz on the intro screen.
    pub fn new(content: Rc<Content>) -> Quiz {
        Quiz {
            content,
            screen: Screen::Intro,
            answers: Answers::new(),
            timings: Timings::new(),
            shown_at_ms: 0.0,
        }
    }

    /// The answer already given to question `index`, if any.
    pub fn answer_at(&self, index: usize) -> Option<Answer> {
        let item = self.content.items.get(index)?;
        self.answers.get(&item.id).copied()
    }

    fn show(mut self, screen: Screen, now_ms: f64) -> Quiz {
        self.screen = screen;
        self.shown_at_ms = now_ms;
        self
    }

    /// The state after `action`; an action that does not fit the screen
    /// (a stray key press on the results page, a stale timer) changes nothing.
    pub fn apply(self, action: Action) -> Quiz {
        let count = self.content.items.len();
        match (action, &self.screen) {
            (Action::Start { now_ms }, Screen::Intro) if count > 0 => {
                self.show(Screen::Question(0), now_ms)
            }
            (Action::Answer { answer, now_ms }, Screen::Question(index)) => {
                let Some(item) = self.content.items.get(*index) else { return self };
                let id = item.id.clone();
                let elapsed = (now_ms - self.shown_at_ms).clamp(0.0, f64::from(u32::MAX));
                let mut next = self;
                // Clamped to u32's range just above, so the cast cannot wrap.
                next.timings.insert(id.clone(), elapsed as u32);
                next.answers.insert(id, answer);
                next
            }
            (Action::Next { from, now_ms }, Screen::Question(index)) if from == *index => {
                if from + 1 < count {
                    self.show(Screen::Question(from + 1), now_ms)
                } else {
                    let assessment = assess(&self.content, &self.answers, &self.timings);
                    self.show(Screen::Results(Rc::new(assessment)), now_ms)
                }
            }
            (Action::Back { now_ms }, Screen::Question(index)) => match index.checked_sub(1) {
                Some(previous) => self.show(Screen::Question(previous), now_ms),
                None => self.show(Screen::Intro, now_ms),
            },
            (Action::Restart { now_ms }, Screen::Results(_)) => {
                let fresh = Quiz::new(self.content.clone());
                fresh.show(Screen::Question(0), now_ms)
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

#[cfg(test)]
mod tests {
    use super::*;

    fn quiz() -> Quiz {
        Quiz::new(Rc::new(Content::english().unwrap()))
    }

    fn answer(v: u8, now_ms: f64) -> Action {
        Action::Answer { answer: Answer::new(v).unwrap(), now_ms }
    }

    #[test]
    fn start_shows_the_first_question() {
        let q = quiz().apply(Action::Start { now_ms: 0.0 });
        assert_eq!(q.screen, Screen::Question(0));
    }

    #[test]
    fn answering_records_the_answer_and_time_on_screen() {
        let q = quiz().apply(Action::Start { now_ms: 1000.0 }).apply(answer(4, 3500.0));
        assert_eq!(q.answer_at(0), Answer::new(4));
        let id = &q.content.items[0].id;
        assert_eq!(q.timings.get(id), Some(&2500));
        assert_eq!(q.screen, Screen::Question(0), "answering alone does not move on");
    }

    #[test]
    fn a_stale_advance_does_nothing() {
        let q = quiz()
            .apply(Action::Start { now_ms: 0.0 })
            .apply(Action::Next { from: 0, now_ms: 1.0 })
            .apply(Action::Next { from: 0, now_ms: 2.0 });
        assert_eq!(q.screen, Screen::Question(1));
    }

    #[test]
    fn back_from_the_first_question_returns_to_the_intro() {
        let q = quiz()
            .apply(Action::Start { now_ms: 0.0 })
            .apply(Action::Next { from: 0, now_ms: 1.0 })
            .apply(Action::Back { now_ms: 2.0 });
        assert_eq!(q.screen, Screen::Question(0));
        assert_eq!(q.apply(Action::Back { now_ms: 3.0 }).screen, Screen::Intro);
    }

    #[test]
    fn leaving_the_last_question_shows_results_with_scores() {
        let mut q = quiz().apply(Action::Start { now_ms: 0.0 });
        let count = q.content.items.len();
        for i in 0..count {
            let t = (i as f64) * 3000.0;
            q = q.apply(answer(3, t + 2000.0)).apply(Action::Next { from: i, now_ms: t + 3000.0 });
        }
        let Screen::Results(assessment) = &q.screen else { panic!("not on results") };
        assert_eq!(assessment.answered, count);
        assert!(assessment.profile.get(crate::scale::Scale::Value).value().is_some());
    }

    #[test]
    fn restart_clears_everything() {
        let mut q = quiz().apply(Action::Start { now_ms: 0.0 });
        for i in 0..q.content.items.len() {
            q = q.apply(answer(5, 0.0)).apply(Action::Next { from: i, now_ms: 0.0 });
        }
        let q = q.apply(Action::Restart { now_ms: 9.0 });
        assert_eq!(q.screen, Screen::Question(0));
        assert!(q.answers.is_empty() && q.timings.is_empty());
    }

    #[test]
    fn keys_pressed_on_the_results_page_change_nothing() {
        let mut q = quiz().apply(Action::Start { now_ms: 0.0 });
        for i in 0..q.content.items.len() {
            q = q.apply(Action::Next { from: i, now_ms: 0.0 });
        }
        let before = q.clone();
        assert_eq!(q.apply(answer(2, 1.0)), before);
    }
}

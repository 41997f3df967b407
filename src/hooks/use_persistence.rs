//! Keeps localStorage in step with the reducer: writes after every change
//! that must last, and merges what other tabs write.

use std::rc::Rc;

use yew::prelude::*;

use crate::quiz::{Action, Quiz, StorageIssue};
use crate::services::storage;

/// Writes the document whenever [`Quiz::revision`] moves and listens for
/// other tabs. Storage problems become [`Action::Storage`], never panics.
#[hook]
pub fn use_persistence(quiz: &UseReducerHandle<Quiz>) {
    {
        let quiz = quiz.clone();
        use_effect_with(quiz.revision, move |&revision| {
            let paused = matches!(
                quiz.storage_issue,
                Some(StorageIssue::Blocked | StorageIssue::Unreadable { saving_paused: true, .. })
            );
            if revision > 0 && !paused {
                match storage::save(&quiz.doc) {
                    Ok(Some(stored)) => quiz.dispatch(Action::Merge(Rc::new(stored))),
                    Ok(None) if quiz.storage_issue == Some(StorageIssue::Full) => quiz.dispatch(Action::Saved),
                    Ok(None) => {}
                    Err(issue) if quiz.storage_issue.as_ref() != Some(&issue) => {
                        quiz.dispatch(Action::Storage(issue))
                    }
                    Err(_) => {}
                }
            }
        });
    }
    let dispatcher = quiz.dispatcher();
    use_effect_with((), move |_| {
        let listener = storage::on_other_tab_change(move |doc| dispatcher.dispatch(Action::Merge(Rc::new(doc))));
        move || drop(listener)
    });
}

//! The passing message after an import, a delete (with Undo) or a clear.

use yew::prelude::*;

use crate::date::format_date;
use crate::hooks::use_words::use_words;
use crate::quiz::Flash;

/// Props of [`FlashMessage`].
#[derive(Properties, PartialEq)]
pub struct FlashProps {
    /// The message.
    pub flash: Flash,
    /// For the deleted result's date.
    pub offset_minutes: i32,
    /// Pressed Undo.
    pub on_undo: Callback<()>,
    /// Pressed Dismiss.
    pub on_dismiss: Callback<()>,
}

/// The message, announced politely (or assertively for a refused import).
#[component]
pub fn FlashMessage(props: &FlashProps) -> Html {
    let words = use_words();
    let undo = props.on_undo.reform(|_: MouseEvent| ());
    let dismiss = props.on_dismiss.reform(|_: MouseEvent| ());
    let (text, role, undo_button) = match &props.flash {
        Flash::Imported(report) => (report.message(&words), "status", false),
        Flash::ImportFailed(error) => (error.message(&words), "alert", false),
        Flash::Deleted(result) => {
            let date = format_date(result.completed_at, props.offset_minutes, &words);
            (words.fill("notices.flash.deleted", &[("date", &date)]), "status", true)
        }
        Flash::Cleared => (words.text("notices.flash.cleared"), "status", false),
        Flash::Problem(problem) => {
            let problem = words.text(&format!("notices.problem.{}", problem.id()));
            (words.fill("notices.flash.problem", &[("problem", &problem)]), "alert", false)
        }
    };
    html! {
        <div class={classes!("flash", (role == "alert").then_some("flash-error"))} role={role}>
            <p>{ text }</p>
            if undo_button {
                <button type="button" class="secondary" onclick={undo}>{ words.text("notices.flash.undo") }</button>
            }
            <button type="button" class="link" onclick={dismiss} aria-label={words.text("notices.flash.dismiss_label")}>
                { words.text("notices.flash.dismiss") }
            </button>
        </div>
    }
}

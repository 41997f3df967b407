//! The passing message after an import, a delete (with Undo) or a clear.

use yew::prelude::*;

use crate::date::format_date;
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
    let undo = props.on_undo.reform(|_: MouseEvent| ());
    let dismiss = props.on_dismiss.reform(|_: MouseEvent| ());
    let (text, role, undo_button) = match &props.flash {
        Flash::Imported(report) => (report.message(), "status", false),
        Flash::ImportFailed(error) => (error.to_string(), "alert", false),
        Flash::Deleted(result) => (
            format!("The result from {} was deleted.", format_date(result.completed_at, props.offset_minutes)),
            "status",
            true,
        ),
        Flash::Cleared => ("All results were deleted.".to_string(), "status", false),
        Flash::Problem(problem) => (format!("Sorry, that did not work: {problem}."), "alert", false),
    };
    html! {
        <div class={classes!("flash", (role == "alert").then_some("flash-error"))} role={role}>
            <p>{ text }</p>
            if undo_button {
                <button type="button" class="secondary" onclick={undo}>{ "Undo" }</button>
            }
            <button type="button" class="link" onclick={dismiss} aria-label="Dismiss this message">{ "Dismiss" }</button>
        </div>
    }
}

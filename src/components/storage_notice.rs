//! The standing notice when results cannot be kept safely in this browser.

use yew::prelude::*;

use crate::quiz::StorageIssue;

/// Props of [`StorageNotice`].
#[derive(Properties, PartialEq)]
pub struct StorageNoticeProps {
    /// What is wrong.
    pub issue: StorageIssue,
    /// Download all results as a file.
    pub on_export: Callback<()>,
    /// Download the unreadable text kept under this key.
    pub on_download_kept: Callback<String>,
}

/// A notice with the way out: export now, or download what could not be read.
#[component]
pub fn StorageNotice(props: &StorageNoticeProps) -> Html {
    let export = props.on_export.reform(|_: MouseEvent| ());
    let (title, body, extra) = match &props.issue {
        StorageIssue::Blocked => (
            "Results cannot be kept in this browser",
            "This browser is not letting the page save anything (storage is switched off or blocked here). \
             You can still take the questionnaire, but results will be gone when you close the page: \
             export them to keep a copy.".to_string(),
            html! {},
        ),
        StorageIssue::Full => (
            "This browser's storage is full",
            "The latest changes could not be saved. Everything is still here until you close the page: \
             export your results to keep them, or free some space for this site.".to_string(),
            html! {},
        ),
        StorageIssue::Unreadable { reason, kept_under, saving_paused } => {
            let key = kept_under.clone();
            let download = props.on_download_kept.reform(move |_: MouseEvent| key.clone());
            let kept = if *saving_paused {
                " A backup copy could not be made, so this page will not save anything until you have downloaded it."
            } else {
                " It has been kept untouched in this browser as a backup."
            };
            (
                "Your saved results could not be read",
                format!("Starting fresh, because {reason}.{kept} Download it to keep it or to ask for help."),
                html! {
                    <button type="button" class="secondary" onclick={download}>
                        { "Download the unreadable data" }
                    </button>
                },
            )
        }
    };
    html! {
        <section class="storage-notice" role="alert" aria-labelledby="storage-notice-title">
            <h2 id="storage-notice-title">{ title }</h2>
            <p>{ body }</p>
            <div class="nav start">
                { extra }
                <button type="button" class="secondary" onclick={export}>{ "Export results" }</button>
            </div>
        </section>
    }
}

//! The standing notice when results cannot be kept safely in this browser.

use yew::prelude::*;

use crate::hooks::use_words::use_words;
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
    let words = use_words();
    let export = props.on_export.reform(|_: MouseEvent| ());
    let (title, body, extra) = match &props.issue {
        StorageIssue::Blocked => (
            words.text("notices.blocked.title"),
            words.text("notices.blocked.body"),
            html! {},
        ),
        StorageIssue::Full => (words.text("notices.full.title"), words.text("notices.full.body"), html! {}),
        StorageIssue::Unreadable { reason, kept_under, saving_paused } => {
            let key = kept_under.clone();
            let download = props.on_download_kept.reform(move |_: MouseEvent| key.clone());
            let kept = words.text(if *saving_paused { "notices.unreadable.paused" } else { "notices.unreadable.kept" });
            let reason = words.text(&format!("notices.unreadable.{}", reason.id()));
            (
                words.text("notices.unreadable.title"),
                words.fill("notices.unreadable.body", &[("reason", &reason), ("kept", &kept)]),
                html! {
                    <button type="button" class="secondary" onclick={download}>
                        { words.text("notices.unreadable.download") }
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
                <button type="button" class="secondary" onclick={export}>{ words.text("notices.export") }</button>
            </div>
        </section>
    }
}

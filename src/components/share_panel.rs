//! Sharing a result's scores (never the answers) as a link.

use yew::prelude::*;

use crate::hooks::use_words::use_words;
use crate::services::clipboard;

/// Props of [`SharePanel`].
#[derive(Properties, PartialEq)]
pub struct SharePanelProps {
    /// The full link, scores in its fragment.
    pub link: AttrValue,
}

/// The link as selectable text plus a Copy button; the text alone is enough
/// where the browser refuses clipboard access.
#[component]
pub fn SharePanel(props: &SharePanelProps) -> Html {
    let words = use_words();
    // The key of the copy outcome, so the message follows a language switch.
    let status = use_state(|| None::<&'static str>);
    let copy = {
        let (status, link) = (status.clone(), props.link.clone());
        Callback::from(move |_: MouseEvent| {
            let (status, link) = (status.clone(), link.clone());
            wasm_bindgen_futures::spawn_local(async move {
                status.set(Some(match clipboard::copy(&link).await {
                    Ok(()) => "share.copied",
                    Err(()) => "share.copy_refused",
                }));
            });
        })
    };
    html! {
        <section class="share" aria-labelledby="share-title">
            <h2 id="share-title">{ words.text("share.title") }</h2>
            <p class="explain">{ words.text("share.explain") }</p>
            <div class="share-row">
                <label class="visually-hidden" for="share-link">{ words.text("share.link_label") }</label>
                <input id="share-link" type="text" readonly=true value={props.link.clone()} />
                <button type="button" class="secondary" onclick={copy}>{ words.text("share.copy") }</button>
            </div>
            <p class="share-status" role="status">{ status.map(|key| words.text(key)) }</p>
        </section>
    }
}

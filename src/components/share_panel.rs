//! Sharing a result's scores (never the answers) as a link.

use yew::prelude::*;

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
    let status = use_state(String::new);
    let copy = {
        let (status, link) = (status.clone(), props.link.clone());
        Callback::from(move |_: MouseEvent| {
            let (status, link) = (status.clone(), link.clone());
            wasm_bindgen_futures::spawn_local(async move {
                status.set(match clipboard::copy(&link).await {
                    Ok(()) => "Link copied.".to_string(),
                    Err(()) => "Copying was not allowed here; select the link and copy it yourself.".to_string(),
                });
            });
        })
    };
    html! {
        <section class="share" aria-labelledby="share-title">
            <h2 id="share-title">{ "Share your scores" }</h2>
            <p class="explain">
                { "The link carries your four scores and the date, not your answers. \
                   Nothing is uploaded: whoever opens it sees a read-only copy." }
            </p>
            <div class="share-row">
                <label class="visually-hidden" for="share-link">{ "Share link" }</label>
                <input id="share-link" type="text" readonly=true value={props.link.clone()} />
                <button type="button" class="secondary" onclick={copy}>{ "Copy link" }</button>
            </div>
            <p class="share-status" role="status">{ (*status).clone() }</p>
        </section>
    }
}

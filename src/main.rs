//! Browser entry point. On the app's own page (marked by a meta tag) it
//! mounts on the body with the options in the address; on a host page that
//! loaded the module for a direct mount it does nothing until embed.js calls
//! [`mount`].

use std::rc::Rc;

use networking_mindset::app::{App, AppProps};
use networking_mindset::embed_options::EmbedOptions;
use wasm_bindgen::prelude::wasm_bindgen;

fn main() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let own_page = document
        .query_selector("meta[name='networking-mindset'][content='app']")
        .ok()
        .flatten()
        .is_some();
    if !own_page {
        return;
    }
    let query = document.location().and_then(|l| l.search().ok()).unwrap_or_default();
    let options = Rc::new(EmbedOptions::from_query(&query));
    yew::Renderer::<App>::with_props(AppProps { options }).render();
}

/// Mounts the widget into `root` (embed.js's direct mode). `query` carries
/// the same options as the iframe address, e.g. `theme=dark&compact=1`.
#[wasm_bindgen]
pub fn mount(root: web_sys::Element, query: &str) {
    networking_mindset::app::mount(root, query);
}

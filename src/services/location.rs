//! The page address: reading a share link from it, and making one.

use crate::embed_options::with_lang;
use crate::share::{decode, encode, ShareError, SharedResult, FRAGMENT_PREFIX};

/// The share link the page was opened with, if any (decoded or refused).
pub fn shared_result() -> Option<Result<SharedResult, ShareError>> {
    let hash = web_sys::window()?.location().hash().ok()?;
    let fragment = hash.strip_prefix('#').unwrap_or(&hash);
    fragment.starts_with(FRAGMENT_PREFIX).then(|| decode(fragment))
}

/// A link to this page that opens `shared` read-only. The scores sit in the
/// fragment, which browsers never send to a server.
pub fn share_link(shared: &SharedResult) -> String {
    let here = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    let base = here.split('#').next().unwrap_or_default();
    format!("{base}#{}", encode(shared))
}

/// Drops the share fragment from the address, so a reload shows the quiz
/// rather than the shared result again.
pub fn forget_share_link() {
    let Some(window) = web_sys::window() else { return };
    let location = window.location();
    let (Ok(path), Ok(search)) = (location.pathname(), location.search()) else { return };
    if let Ok(history) = window.history() {
        // Only fails for cross-origin URLs, which this never builds.
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&format!("{path}{search}")));
    }
}

/// Writes the reader's language into this page's own address (`?lang=`),
/// so reloading keeps their switch instead of the language the link asked
/// for. Only for the app's own page or iframe, never a host's address.
pub fn remember_lang_in_address(code: &str) {
    let Some(window) = web_sys::window() else { return };
    let location = window.location();
    let (Ok(path), Ok(search), Ok(hash)) = (location.pathname(), location.search(), location.hash()) else {
        return;
    };
    if let Ok(history) = window.history() {
        // Only fails for cross-origin URLs, which this never builds.
        let url = format!("{path}{}{hash}", with_lang(&search, code));
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

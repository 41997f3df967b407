//! Copying a share link. Clipboard access can be refused (insecure origin,
//! permissions), so the caller always shows the link as text too.

use wasm_bindgen_futures::JsFuture;

/// Copies `text`; `Err` when the browser refused.
pub async fn copy(text: &str) -> Result<(), ()> {
    let window = web_sys::window().ok_or(())?;
    let promise = window.navigator().clipboard().write_text(text);
    JsFuture::from(promise).await.map(|_| ()).map_err(|_| ())
}

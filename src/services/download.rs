//! Saving text as a file the person downloads (exports, unreadable backups).
//! A Blob URL keeps it on the device: nothing is uploaded anywhere.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

/// Offers `text` as a download named `file_name`.
pub fn download(file_name: &str, mime: &str, text: &str) -> Result<(), String> {
    let fail = |e: JsValue| format!("the download could not start ({e:?})");
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| "the page has no document".to_string())?;
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options).map_err(fail)?;
    let url = Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let link: HtmlAnchorElement = document
        .create_element("a")
        .map_err(fail)?
        .dyn_into()
        .map_err(|_| "the browser made no link element".to_string())?;
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
    // The click has started the download; the URL is no longer needed.
    let _ = Url::revoke_object_url(&url);
    Ok(())
}

//! Saving text as a file the person downloads (exports, unreadable backups).
//! A Blob URL keeps it on the device: nothing is uploaded anywhere.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

use crate::quiz::Problem;

/// Offers `text` as a download named `file_name`. The browser's own reason
/// for a failure means nothing to the reader, so it is not passed on.
pub fn download(file_name: &str, mime: &str, text: &str) -> Result<(), Problem> {
    let fail = |_: JsValue| Problem::DownloadFailed;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or(Problem::DownloadFailed)?;
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options).map_err(fail)?;
    let url = Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let link: HtmlAnchorElement = document
        .create_element("a")
        .map_err(fail)?
        .dyn_into()
        .map_err(|_| Problem::DownloadFailed)?;
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
    // The click has started the download; the URL is no longer needed.
    let _ = Url::revoke_object_url(&url);
    Ok(())
}

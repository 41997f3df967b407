//! Reading a file the person chose for import, refusing huge files before
//! reading them into memory.

use wasm_bindgen_futures::JsFuture;
use web_sys::File;

use crate::import::{ImportError, MAX_IMPORT_BYTES};

/// The file's text. A file over the import limit is refused unread.
pub async fn read_text(file: &File) -> Result<String, ImportError> {
    let size = file.size();
    if size > MAX_IMPORT_BYTES as f64 {
        // File sizes are whole bytes well inside usize on any real device.
        return Err(ImportError::TooLarge {
            bytes: size as usize,
        });
    }
    let text = JsFuture::from(file.text())
        .await
        .map_err(|_| ImportError::Unread)?;
    text.as_string().ok_or(ImportError::Unread)
}

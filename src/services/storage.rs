//! localStorage behind four calls: load, save, read a kept backup, and hear
//! about other tabs. Every failure comes back as a [`StorageIssue`]; nothing
//! here panics, and stored text that cannot be read is copied aside before
//! anything could overwrite it.

use gloo::events::EventListener;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Storage, StorageEvent};

use crate::document::{read, Document, ReadError, BACKUP_KEY, KEY};
use crate::quiz::StorageIssue;

/// How many backup slots to try before giving up on keeping another copy.
const BACKUP_SLOTS: u32 = 20;

/// The page's localStorage, or `None` where the browser refuses it. The
/// getter itself throws when cookies are off or in some iframes.
fn local_storage() -> Option<Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The stored document at start-up, and any problem to tell the person.
pub fn load() -> (Document, Option<StorageIssue>) {
    let Some(storage) = local_storage() else {
        return (Document::new(), Some(StorageIssue::Blocked));
    };
    let text = match storage.get_item(KEY) {
        Ok(Some(text)) => text,
        Ok(None) => return (Document::new(), None),
        Err(_) => return (Document::new(), Some(StorageIssue::Blocked)),
    };
    match read(&text) {
        Ok(doc) => (doc, None),
        Err(error) => (Document::new(), Some(keep_unreadable(&storage, &text, error))),
    }
}

/// Copies unreadable text to a free backup key. If no copy can be made the
/// text stays only under the main key, so saving must pause.
fn keep_unreadable(storage: &Storage, text: &str, reason: ReadError) -> StorageIssue {
    let slots = std::iter::once(BACKUP_KEY.to_string())
        .chain((2..=BACKUP_SLOTS).map(|n| format!("{BACKUP_KEY}:{n}")));
    for key in slots {
        match storage.get_item(&key) {
            Ok(Some(existing)) if existing == text => return unreadable(reason, key, false),
            Ok(Some(_)) => continue,
            Ok(None) => {
                return match storage.set_item(&key, text) {
                    Ok(()) => unreadable(reason, key, false),
                    Err(_) => unreadable(reason, KEY.to_string(), true),
                };
            }
            Err(_) => break,
        }
    }
    unreadable(reason, KEY.to_string(), true)
}

fn unreadable(reason: ReadError, kept_under: String, saving_paused: bool) -> StorageIssue {
    StorageIssue::Unreadable { reason, kept_under, saving_paused }
}

/// Writes `doc` merged with whatever storage holds now, so a result another
/// tab wrote a moment ago is never lost. Returns the stored copy when it had
/// something `doc` lacked, for the caller to merge into memory.
pub fn save(doc: &Document) -> Result<Option<Document>, StorageIssue> {
    let storage = local_storage().ok_or(StorageIssue::Blocked)?;
    let stored_text = storage.get_item(KEY).map_err(|_| StorageIssue::Blocked)?;
    let stored = match stored_text.as_deref().map(read) {
        Some(Ok(stored)) => Some(stored),
        Some(Err(error)) => {
            // Another writer left something unreadable: keep it before overwriting.
            let issue = keep_unreadable(&storage, stored_text.as_deref().unwrap_or(""), error);
            if matches!(issue, StorageIssue::Unreadable { saving_paused: true, .. }) {
                return Err(issue);
            }
            None
        }
        None => None,
    };
    let merged = stored.as_ref().map_or_else(|| doc.clone(), |s| doc.merged_with(s));
    storage.set_item(KEY, &merged.to_json()).map_err(|e| write_issue(&e))?;
    Ok(stored.filter(|_| merged.results != doc.results))
}

/// A failed write: a full quota, or storage withdrawn.
fn write_issue(error: &JsValue) -> StorageIssue {
    let name = error
        .dyn_ref::<web_sys::DomException>()
        .map(|e| e.name())
        .unwrap_or_default();
    if name == "QuotaExceededError" {
        StorageIssue::Full
    } else {
        StorageIssue::Blocked
    }
}

/// The text kept under `key` (a backup of unreadable data), for download.
pub fn kept_text(key: &str) -> Option<String> {
    local_storage()?.get_item(key).ok().flatten()
}

/// Calls `on_change` with the document whenever another tab of this origin
/// writes it (the `storage` event never fires in the tab that wrote).
pub fn on_other_tab_change(on_change: impl Fn(Document) + 'static) -> Option<EventListener> {
    let window = web_sys::window()?;
    Some(EventListener::new(&window, "storage", move |event| {
        let Some(event) = event.dyn_ref::<StorageEvent>() else { return };
        if event.key().as_deref() != Some(KEY) {
            return;
        }
        // An unreadable write from elsewhere is dealt with at our next save.
        if let Some(Ok(doc)) = event.new_value().as_deref().map(read) {
            on_change(doc);
        }
    }))
}

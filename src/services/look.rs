//! Applies the requested theme, accent and transparency where the styles
//! read them: the page's root element, or the shadow host of a direct mount.
//! Through attributes and the CSSOM only, so a strict CSP allows it.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, ShadowRoot};

use crate::embed_options::{EmbedOptions, Theme};

/// The element whose attributes the stylesheet's `:root` / `:host` rules see.
fn styled_root(app: &Element) -> Option<HtmlElement> {
    let root_node = app.get_root_node();
    match root_node.dyn_ref::<ShadowRoot>() {
        Some(shadow) => shadow.host().dyn_into().ok(),
        None => web_sys::window()?.document()?.document_element()?.dyn_into().ok(),
    }
}

/// Sets `data-theme` for `app` (none: follow the device).
pub fn apply_theme(app: &Element, theme: Theme) {
    let Some(root) = styled_root(app) else { return };
    // Attribute writes on a live element do not fail.
    match theme.attribute() {
        Some(name) => { let _ = root.set_attribute("data-theme", name); }
        None => { let _ = root.remove_attribute("data-theme"); }
    }
}

/// Sets `data-transparent` and `--nm-accent` for `app`, as the host asked.
pub fn apply_host_look(app: &Element, options: &EmbedOptions) {
    let Some(root) = styled_root(app) else { return };
    // Attribute and property writes on a live element do not fail.
    if options.transparent {
        let _ = root.set_attribute("data-transparent", "");
    }
    if let Some(accent) = &options.accent {
        let style = root.style();
        let _ = style.set_property("--nm-accent", accent);
        let _ = style.set_property("--nm-accent-strong", accent);
    }
}

/// Sets `<html lang>` on the app's own page or iframe, so screen readers
/// pronounce the text in the language showing.
pub fn apply_document_lang(code: &str) {
    if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        // Attribute writes on a live element do not fail.
        let _ = root.set_attribute("lang", code);
    }
}

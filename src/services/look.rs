//! Applies the requested theme, accent and transparency where the styles
//! read them: the page's root element, or the shadow host of a direct mount.
//! Through attributes and the CSSOM only, so a strict CSP allows it.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, ShadowRoot};

use crate::embed_options::EmbedOptions;

/// The element whose attributes the stylesheet's `:root` / `:host` rules see.
fn styled_root(app: &Element) -> Option<HtmlElement> {
    let root_node = app.get_root_node();
    match root_node.dyn_ref::<ShadowRoot>() {
        Some(shadow) => shadow.host().dyn_into().ok(),
        None => web_sys::window()?.document()?.document_element()?.dyn_into().ok(),
    }
}

/// Sets `data-theme`, `data-transparent` and `--nm-accent` for `app`.
pub fn apply(app: &Element, options: &EmbedOptions) {
    let Some(root) = styled_root(app) else { return };
    // Attribute and property writes on a live element do not fail.
    match options.theme.attribute() {
        Some(theme) => { let _ = root.set_attribute("data-theme", theme); }
        None => { let _ = root.remove_attribute("data-theme"); }
    }
    if options.transparent {
        let _ = root.set_attribute("data-transparent", "");
    }
    if let Some(accent) = &options.accent {
        let style = root.style();
        let _ = style.set_property("--nm-accent", accent);
        let _ = style.set_property("--nm-accent-strong", accent);
    }
}

//! Messages from an iframe widget to the page that embeds it (the versioned
//! protocol in docs/embedding.md). Only sent to the origin embed.js named,
//! only when actually framed; the widget listens to nothing in return.

use js_sys::{Object, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, ResizeObserver, Window};

use crate::embed_options::EmbedOptions;

/// Protocol version carried by every message.
pub const PROTOCOL_VERSION: u32 = 1;

/// Where messages go: the parent window and the host origin from embed.js.
#[derive(Clone)]
pub struct HostFrame {
    parent: Window,
    origin: String,
    widget: String,
}

impl HostFrame {
    /// The host, when this page is framed by embed.js; `None` otherwise.
    pub fn connect(options: &EmbedOptions) -> Option<HostFrame> {
        if !options.embedded || options.direct {
            return None;
        }
        let window = web_sys::window()?;
        let parent = window.parent().ok().flatten()?;
        if JsValue::from(&parent) == JsValue::from(&window) {
            return None;
        }
        Some(HostFrame {
            parent,
            origin: options.host_origin.clone()?,
            widget: options.widget.clone().unwrap_or_default(),
        })
    }

    /// Sends `{source, version, widget, type, ...fields}`.
    pub fn post(&self, kind: &str, fields: &[(&str, JsValue)]) {
        let message = Object::new();
        let set = |key: &str, value: JsValue| {
            // Setting a plain property on a fresh object cannot fail.
            let _ = Reflect::set(&message, &JsValue::from_str(key), &value);
        };
        set("source", "networking-mindset".into());
        set("version", PROTOCOL_VERSION.into());
        set("widget", self.widget.as_str().into());
        set("type", kind.into());
        for (key, value) in fields {
            set(key, value.clone());
        }
        // A host that navigated away makes this fail; there is no one to tell.
        let _ = self.parent.post_message(&message, &self.origin);
    }

    /// Reports `element`'s height now and whenever it changes. Keep the
    /// returned observer alive; dropping it stops the reports.
    pub fn watch_height(&self, element: &Element) -> Option<HeightWatch> {
        let host = self.clone();
        let target = element.clone();
        let report = move || {
            let height = target.get_bounding_client_rect().height().ceil();
            host.post("resize", &[("height", height.into())]);
        };
        let callback = Closure::<dyn FnMut()>::new(report);
        let observer = ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
        observer.observe(element);
        Some(HeightWatch { observer, _callback: callback })
    }
}

/// A running height observer; disconnects when dropped.
pub struct HeightWatch {
    observer: ResizeObserver,
    _callback: Closure<dyn FnMut()>,
}

impl Drop for HeightWatch {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

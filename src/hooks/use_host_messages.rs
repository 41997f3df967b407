//! Tells an embedding page what it needs: ready, height, screen, completion.

use std::rc::Rc;

use js_sys::{Object, Reflect};
use wasm_bindgen::JsValue;
use yew::prelude::*;

use crate::embed_options::EmbedOptions;
use crate::quiz::{Quiz, Screen};
use crate::scale::Scale;
use crate::services::host_frame::HostFrame;

/// Sends the protocol's messages when this page is framed by embed.js; does
/// nothing otherwise. `app` is the element whose height the frame must fit.
#[hook]
pub fn use_host_messages(quiz: &UseReducerHandle<Quiz>, options: Rc<EmbedOptions>, app: NodeRef) {
    let host = use_memo(options.clone(), |options| HostFrame::connect(options));
    {
        let host = host.clone();
        use_effect_with((), move |_| {
            let watch = host.as_ref().as_ref().and_then(|host| {
                let element = app.cast::<web_sys::Element>()?;
                let height = element.get_bounding_client_rect().height().ceil();
                host.post("ready", &[("height", height.into())]);
                host.watch_height(&element)
            });
            move || drop(watch)
        });
    }
    {
        let host = host.clone();
        use_effect_with(quiz.screen.name(), move |&name| {
            if let Some(host) = host.as_ref() {
                host.post("screen", &[("screen", name.into())]);
            }
        });
    }
    let quiz = quiz.clone();
    use_effect_with(quiz.completions, move |&completions| {
        let Some(host) = host.as_ref() else { return };
        if completions == 0 {
            return;
        }
        // Looked up only here, once per completion, and only when framed.
        let finished = match &quiz.screen {
            Screen::Results { result_id, .. } => quiz.doc.results.iter().find(|r| &r.id == result_id),
            _ => None,
        };
        let mut fields = Vec::new();
        if let (true, Some(result)) = (options.share_scores, finished) {
            let scores = Object::new();
            for scale in Scale::ALL {
                let value = result.score(scale).map_or(JsValue::NULL, JsValue::from);
                // A plain property on a fresh object: cannot fail.
                let _ = Reflect::set(&scores, &scale.id().into(), &value);
            }
            fields.push(("scores", scores.into()));
        }
        host.post("completed", &fields);
    });
}

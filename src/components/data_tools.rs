//! Export, import and "delete everything": the only ways data leaves, enters
//! or is removed in bulk, all in one place.

use wasm_bindgen::JsCast;
use web_sys::{File, HtmlInputElement};
use yew::prelude::*;

use crate::components::confirm::Confirm;
use crate::hooks::use_words::use_words;

/// Props of [`DataTools`].
#[derive(Properties, PartialEq)]
pub struct DataToolsProps {
    /// Results kept, for the confirmation wording.
    pub count: usize,
    /// Download everything as JSON (re-importable).
    pub on_export_json: Callback<()>,
    /// Download one row per result as CSV.
    pub on_export_csv: Callback<()>,
    /// A file was chosen for import.
    pub on_import: Callback<File>,
    /// Confirmed "delete everything".
    pub on_clear: Callback<()>,
}

/// The data tools section of the history screen.
#[component]
pub fn DataTools(props: &DataToolsProps) -> Html {
    let words = use_words();
    let confirming = use_state(|| false);
    let export_json = props.on_export_json.reform(|_: MouseEvent| ());
    let export_csv = props.on_export_csv.reform(|_: MouseEvent| ());
    let on_import = props.on_import.clone();
    let chosen = Callback::from(move |event: Event| {
        let Some(input) = event.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) else { return };
        if let Some(file) = input.files().and_then(|files| files.get(0)) {
            on_import.emit(file);
        }
        // Clearing lets the same file be chosen again after a fix.
        input.set_value("");
    });
    let clear = if *confirming {
        let keep = { let c = confirming.clone(); Callback::from(move |()| c.set(false)) };
        let confirmed = {
            let (c, on_clear) = (confirming.clone(), props.on_clear.clone());
            Callback::from(move |()| { c.set(false); on_clear.emit(()) })
        };
        html! {
            <Confirm id="clear-question"
                question={words.count("data.clear_question", props.count, &[])}
                keep={words.text("data.keep")} confirm={words.text("data.delete_everything")}
                on_keep={keep} on_confirm={confirmed} />
        }
    } else {
        let ask = { let c = confirming.clone(); Callback::from(move |_: MouseEvent| c.set(true)) };
        html! {
            <button type="button" class="danger" onclick={ask} disabled={props.count == 0}>
                { words.text("data.delete_all") }
            </button>
        }
    };
    html! {
        <section class="data-tools" aria-labelledby="data-tools-title">
            <h2 id="data-tools-title">{ words.text("data.title") }</h2>
            <p class="explain">{ words.text("data.explain") }</p>
            <div class="nav start">
                <button type="button" class="secondary" onclick={export_json} disabled={props.count == 0}>
                    { words.text("data.export_json") }
                </button>
                <button type="button" class="secondary" onclick={export_csv} disabled={props.count == 0}>
                    { words.text("data.export_csv") }
                </button>
                <label class="file-button">
                    <input type="file" accept=".json,application/json" onchange={chosen} />
                    <span>{ words.text("data.import_button") }</span>
                </label>
            </div>
            <div class="danger-zone">{ clear }</div>
        </section>
    }
}

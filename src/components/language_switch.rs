//! The language control: every language named in itself, so a reader finds
//! theirs even when the page is in a language they do not read.

use wasm_bindgen::JsCast;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::hooks::use_words::use_words;
use crate::language::{self, Language};

/// Props of [`LanguageSwitch`].
#[derive(Properties, PartialEq)]
pub struct LanguageSwitchProps {
    /// The language showing.
    pub current: &'static Language,
    /// The reader chose another.
    pub on_change: Callback<&'static Language>,
}

/// A native select: keyboard, screen reader and phone pickers for free,
/// and it stays small however many languages are added.
#[component]
pub fn LanguageSwitch(props: &LanguageSwitchProps) -> Html {
    let words = use_words();
    let on_change = props.on_change.clone();
    let onchange = Callback::from(move |event: Event| {
        let chosen = event
            .target()
            .and_then(|t| t.dyn_into::<HtmlSelectElement>().ok())
            .and_then(|select| language::find(&select.value()));
        if let Some(chosen) = chosen {
            on_change.emit(chosen);
        }
    });
    html! {
        <label class="language-switch">
            <span class="language-switch-label">{ words.text("language.switch") }</span>
            <select {onchange}>
                { for language::ALL.iter().map(|l| html! {
                    <option value={l.code} lang={l.code} selected={l.code == props.current.code}>{ l.name }</option>
                }) }
            </select>
        </label>
    }
}

//! Auto / Light / Dark, as a real radio group so keyboards and screen
//! readers get it for free.

use yew::prelude::*;

use crate::embed_options::Theme;
use crate::hooks::use_words::use_words;

/// Props of [`ThemeSwitch`].
#[derive(Properties, PartialEq)]
pub struct ThemeSwitchProps {
    /// The current choice.
    pub theme: Theme,
    /// A new choice.
    pub on_change: Callback<Theme>,
}

/// The theme control.
#[component]
pub fn ThemeSwitch(props: &ThemeSwitchProps) -> Html {
    let words = use_words();
    html! {
        <fieldset class="theme-switch">
            <legend>{ words.text("app.theme.legend") }</legend>
            { for Theme::ALL.into_iter().map(|theme| {
                let onchange = props.on_change.reform(move |_: Event| theme);
                html! {
                    <label>
                        <input type="radio" name="nm-theme" value={theme.name()}
                            checked={props.theme == theme} {onchange} />
                        <span>{ words.text(&format!("app.theme.{}", theme.name())) }</span>
                    </label>
                }
            }) }
        </fieldset>
    }
}

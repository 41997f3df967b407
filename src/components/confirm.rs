//! An inline "are you sure?" step before anything that discards data.

use yew::prelude::*;

/// Props of [`Confirm`].
#[derive(Properties, PartialEq)]
pub struct ConfirmProps {
    /// Id of the question, which names the group for screen readers.
    pub id: AttrValue,
    /// The question, saying exactly what would be lost.
    pub question: AttrValue,
    /// Label of the safe choice.
    pub keep: AttrValue,
    /// Label of the destructive choice.
    pub confirm: AttrValue,
    /// Chose to keep.
    pub on_keep: Callback<()>,
    /// Chose to go ahead.
    pub on_confirm: Callback<()>,
}

/// The question with the safe choice first, so Enter on arrival does no harm.
#[component]
pub fn Confirm(props: &ConfirmProps) -> Html {
    let keep = props.on_keep.reform(|_: MouseEvent| ());
    let confirm = props.on_confirm.reform(|_: MouseEvent| ());
    html! {
        <div class="confirm" role="group" aria-labelledby={props.id.clone()}>
            <p id={props.id.clone()}>{ props.question.clone() }</p>
            <div class="nav start">
                <button type="button" class="secondary" onclick={keep}>{ props.keep.clone() }</button>
                <button type="button" class="danger" onclick={confirm}>{ props.confirm.clone() }</button>
            </div>
        </div>
    }
}

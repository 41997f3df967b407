//! One statement at a time, as a real radio group, with keyboard shortcuts
//! and a short pause before moving on so the person sees their choice land.

use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, KeyboardEvent};
use yew::prelude::*;

use crate::answer::Answer;
use crate::components::rich::shortcuts;
use crate::content::Content;
use crate::hooks::use_words::use_words;
use crate::keys::{command_for, KeyCommand};

/// Pause between choosing an answer and the next question appearing.
pub const ADVANCE_DELAY_MS: u32 = 350;

/// Props of [`Question`].
#[derive(Properties, PartialEq)]
pub struct QuestionProps {
    /// The questionnaire.
    pub content: Rc<Content>,
    /// Which statement to show.
    pub index: usize,
    /// The answer already given to it, if any.
    pub selected: Option<Answer>,
    /// An answer was chosen.
    pub on_answer: Callback<Answer>,
    /// Move on from the question at this index.
    pub on_next: Callback<usize>,
    /// Go back one question.
    pub on_back: Callback<()>,
    /// The app is the whole page (standalone or its own iframe), so keys
    /// pressed with nothing focused are meant for it. In a direct mount the
    /// page is someone else's: only keys pressed inside the widget count.
    #[prop_or(true)]
    pub whole_page: bool,
}

/// The question screen.
#[component]
pub fn Question(props: &QuestionProps) -> Html {
    let words = use_words();
    let index = props.index;
    let total = props.content.items.len();
    let legend = use_node_ref();
    let section = use_node_ref();
    let timer = use_mut_ref(|| None::<Timeout>);

    let choose = {
        let (on_answer, on_next, timer) = (props.on_answer.clone(), props.on_next.clone(), timer.clone());
        Callback::from(move |answer: Answer| {
            on_answer.emit(answer);
            let on_next = on_next.clone();
            // Replacing the timer drops (cancels) one from a quicker earlier choice.
            *timer.borrow_mut() = Some(Timeout::new(ADVANCE_DELAY_MS, move || on_next.emit(index)));
        })
    };

    {
        let legend = legend.clone();
        use_effect_with(index, move |_| {
            if let Some(el) = legend.cast::<HtmlElement>() {
                // Focus can only fail on a detached element; nothing to do then.
                let _ = el.focus();
            }
        });
    }

    {
        let (choose, on_next, on_back) = (choose.clone(), props.on_next.clone(), props.on_back.clone());
        let (section, whole_page) = (section.clone(), props.whole_page);
        use_effect_with(index, move |_| {
            let listener = web_sys::window().and_then(|w| w.document()).map(|doc| {
                let options = EventListenerOptions::enable_prevent_default();
                EventListener::new_with_options(&doc, "keydown", options, move |event| {
                    let Some(event) = event.dyn_ref::<KeyboardEvent>() else { return };
                    if event.ctrl_key() || event.alt_key() || event.meta_key() {
                        return;
                    }
                    // The first element of the composed path is the real target,
                    // even inside a shadow root (where `target` is the host).
                    let Some(target) = event
                        .composed_path()
                        .get(0)
                        .dyn_into::<web_sys::Element>()
                        .ok()
                    else {
                        return;
                    };
                    let inside = section.get().is_some_and(|s| s.contains(Some(&target)));
                    let nothing_focused = matches!(target.tag_name().as_str(), "BODY" | "HTML");
                    if !(inside || (whole_page && nothing_focused)) {
                        return;
                    }
                    let on_button = matches!(target.tag_name().as_str(), "BUTTON" | "A" | "SUMMARY");
                    match command_for(&event.key(), on_button) {
                        Some(KeyCommand::Choose(answer)) => choose.emit(answer),
                        Some(KeyCommand::Next) => {
                            event.prevent_default();
                            on_next.emit(index);
                        }
                        Some(KeyCommand::Back) => {
                            event.prevent_default();
                            on_back.emit(());
                        }
                        None => {}
                    }
                })
            });
            move || drop(listener)
        });
    }

    let Some(item) = props.content.items.get(index) else {
        return html! {};
    };
    let number = index + 1;
    let last = number == total;
    let next_label = words.text(match (props.selected.is_some(), last) {
        (true, false) => "question.next",
        (false, false) => "question.skip",
        (true, true) => "question.finish",
        (false, true) => "question.skip_and_finish",
    });
    let on_next = props.on_next.reform(move |_: MouseEvent| index);
    let on_back = props.on_back.reform(|_: MouseEvent| ());

    html! {
        <section class="screen question" aria-labelledby="question-legend" ref={section}>
            <h1 class="visually-hidden">{ words.text("question.heading") }</h1>
            <div class="progress">
                <p class="progress-label" aria-live="polite">{ words.fill("question.progress", &[("number", &number), ("total", &total)]) }</p>
                <progress max={total.to_string()} value={number.to_string()} aria-hidden="true"></progress>
            </div>
            <fieldset>
                <legend id="question-legend" ref={legend} tabindex="-1">{ &item.text }</legend>
                <div class="choices">
                    { for (Answer::MIN..=Answer::MAX).zip(&props.content.answer_labels).map(|(value, label)| {
                        let answer = Answer::new(value);
                        let onclick = {
                            let choose = choose.clone();
                            Callback::from(move |_: MouseEvent| {
                                if let Some(answer) = answer { choose.emit(answer) }
                            })
                        };
                        html! {
                            <label class="choice">
                                <input type="radio" name={format!("answer-{}", item.id)}
                                    value={value.to_string()}
                                    checked={props.selected == answer}
                                    {onclick} />
                                <span class="choice-key" aria-hidden="true">{ value }</span>
                                <span class="choice-label">{ label }</span>
                            </label>
                        }
                    }) }
                </div>
            </fieldset>
            <div class="nav">
                <button type="button" class="secondary" onclick={on_back}>{ words.text("question.back") }</button>
                <button type="button" class="primary" onclick={on_next}>{ next_label }</button>
            </div>
            <p class="shortcuts">{ shortcuts(&words, "question.shortcuts") }</p>
        </section>
    }
}

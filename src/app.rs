//! The root component: loads the content, holds the quiz reducer and shows
//! the screen it names.

use std::rc::Rc;

use yew::prelude::*;

use crate::answer::Answer;
use crate::components::intro::Intro;
use crate::components::question::Question;
use crate::components::results::Results;
use crate::content::{Content, ContentError};
use crate::quiz::{Action, Quiz, Screen};

/// Milliseconds since the epoch, for timing answers.
fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// The whole app. If the embedded content cannot be read it says so instead
/// of panicking.
#[component]
pub fn App() -> Html {
    let content = use_memo((), |_| Content::english().map(Rc::new));
    let body = match &*content {
        Ok(content) => html! { <QuizFlow content={content.clone()} /> },
        Err(error) => html! { <LoadError error={error.clone()} /> },
    };
    html! {
        <div class="app">
            <header class="brand"><span>{ "Networking Mindset" }</span></header>
            <main>{ body }</main>
            <footer class="footer">
                { "A reflective self-check, not a diagnosis. Nothing leaves your device." }
            </footer>
        </div>
    }
}

/// Props of [`LoadError`].
#[derive(Properties, PartialEq)]
struct LoadErrorProps {
    error: ContentError,
}

#[component]
fn LoadError(props: &LoadErrorProps) -> Html {
    html! {
        <section class="screen" role="alert">
            <h1>{ "Sorry, the questionnaire could not be loaded" }</h1>
            <p>{ props.error.to_string() }</p>
            <p>{ "Reloading the page may help. Nothing you saved before has been changed." }</p>
        </section>
    }
}

/// Props of [`QuizFlow`].
#[derive(Properties, PartialEq)]
struct QuizFlowProps {
    content: Rc<Content>,
}

#[component]
fn QuizFlow(props: &QuizFlowProps) -> Html {
    let quiz = {
        let content = props.content.clone();
        use_reducer(move || Quiz::new(content))
    };
    let dispatcher = quiz.dispatcher();
    let on_start = {
        let d = dispatcher.clone();
        Callback::from(move |()| d.dispatch(Action::Start { now_ms: now_ms() }))
    };
    let on_answer = {
        let d = dispatcher.clone();
        Callback::from(move |answer: Answer| d.dispatch(Action::Answer { answer, now_ms: now_ms() }))
    };
    let on_next = {
        let d = dispatcher.clone();
        Callback::from(move |from: usize| d.dispatch(Action::Next { from, now_ms: now_ms() }))
    };
    let on_back = {
        let d = dispatcher.clone();
        Callback::from(move |()| d.dispatch(Action::Back { now_ms: now_ms() }))
    };
    let on_restart = Callback::from(move |()| dispatcher.dispatch(Action::Restart { now_ms: now_ms() }));

    match &quiz.screen {
        Screen::Intro => html! { <Intro content={quiz.content.clone()} {on_start} /> },
        Screen::Question(index) => html! {
            <Question content={quiz.content.clone()} index={*index} selected={quiz.answer_at(*index)}
                {on_answer} {on_next} {on_back} />
        },
        Screen::Results(assessment) => html! {
            <Results content={quiz.content.clone()} assessment={assessment.clone()} {on_restart} />
        },
    }
}

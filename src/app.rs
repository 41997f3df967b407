//! The root component: loads the content and the stored document, holds the
//! reducer, and shows the screen it names with any standing notice.

use std::rc::Rc;

use web_sys::File;
use yew::prelude::*;

use crate::answer::Answer;
use crate::components::change_summary::ChangeSummary;
use crate::components::data_tools::DataTools;
use crate::components::flash::FlashMessage;
use crate::components::history::HistoryList;
use crate::components::intro::Intro;
use crate::components::language_switch::LanguageSwitch;
use crate::components::question::Question;
use crate::components::results::Results;
use crate::components::share_panel::SharePanel;
use crate::components::storage_notice::StorageNotice;
use crate::components::trend_chart::TrendChart;
use crate::catalogue::Catalogue;
use crate::content::{Content, ContentError};
use crate::date::{format_date, format_date_time};
use crate::document::StoredResult;
use crate::export;
use crate::components::theme_switch::ThemeSwitch;
use crate::embed_options::{EmbedOptions, Theme};
use crate::hooks::use_host_messages::use_host_messages;
use crate::hooks::use_persistence::use_persistence;
use crate::hooks::use_words::use_words;
use crate::language::{self, Language};
use crate::quiz::{Action, Problem, Quiz, Screen};
use crate::services::{clock, download, file_reader, language_pref, location, look, storage, theme_pref};
use crate::share::SharedResult;

/// Props of [`App`].
#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// Standalone, iframe or direct mount, and the look asked for.
    #[prop_or_default]
    pub options: Rc<EmbedOptions>,
}

/// The language for this visit: the page's request, the reader's
/// remembered switch, their browser's languages, then English.
fn first_language(options: &EmbedOptions) -> &'static Language {
    language::choose(options.lang.as_deref(), language_pref::load().as_deref(), &language_pref::browser_languages())
}

/// A language's interface words and questionnaire. Words that cannot be
/// read fall back to English (and, failing that, to visible key markers),
/// so even the load error below can be said.
fn texts(language: &'static Language) -> (Rc<Catalogue>, Result<Rc<Content>, ContentError>) {
    let words = language.catalogue().or_else(|_| language::fallback().catalogue()).unwrap_or_default();
    (Rc::new(words), language.content().map(Rc::new))
}

/// The whole app. If the embedded content cannot be read it says so instead
/// of panicking. Embedded, it leaves out the page header and footer: the
/// host page has its own.
#[component]
pub fn App(props: &AppProps) -> Html {
    let language = {
        let options = props.options.clone();
        use_state(move || first_language(&options))
    };
    let texts = use_memo(language.code, |_| texts(*language));
    let (words, content) = (texts.0.clone(), texts.1.clone());
    let app = use_node_ref();
    let theme = {
        let default = props.options.theme;
        use_state(move || theme_pref::load().unwrap_or(default))
    };
    {
        let (app, options) = (app.clone(), props.options.clone());
        use_effect_with((), move |_| {
            if let Some(element) = app.cast::<web_sys::Element>() {
                look::apply_host_look(&element, &options);
            }
        });
    }
    {
        let app = app.clone();
        use_effect_with(*theme, move |&theme| {
            if let Some(element) = app.cast::<web_sys::Element>() {
                look::apply_theme(&element, theme);
            }
        });
    }
    let on_theme = {
        let theme = theme.clone();
        Callback::from(move |choice: Theme| {
            theme_pref::save(choice);
            theme.set(choice);
        })
    };
    {
        // The widget's own element carries `lang` below; on its own page (or
        // iframe) the whole document does too, for screen readers and hyphenation.
        let direct = props.options.direct;
        use_effect_with(language.code, move |&code| {
            if !direct {
                look::apply_document_lang(code);
            }
        });
    }
    let on_language = {
        let (language, direct) = (language.clone(), props.options.direct);
        Callback::from(move |chosen: &'static Language| {
            language_pref::save(chosen.code);
            if !direct {
                location::remember_lang_in_address(chosen.code);
            }
            language.set(chosen);
        })
    };
    let switch = html! { <ThemeSwitch theme={*theme} on_change={on_theme} /> };
    let language_switch = html! { <LanguageSwitch current={*language} on_change={on_language} /> };
    let body = match &content {
        Ok(content) => html! {
            <Shell content={content.clone()} options={props.options.clone()} app={app.clone()} />
        },
        Err(error) => html! { <LoadError error={error.clone()} /> },
    };
    let embedded = props.options.embedded;
    html! {
        <ContextProvider<Rc<Catalogue>> context={words.clone()}>
            <div class={classes!("app", embedded.then_some("embedded"))} lang={language.code} ref={app}>
                if !embedded {
                    <header class="brand">
                        <span>{ words.text("app.brand") }</span>
                        { language_switch.clone() }
                    </header>
                }
                <main>{ body }</main>
                if embedded {
                    <div class="footer embedded-footer">{ language_switch }{ switch }</div>
                } else {
                    <footer class="footer">
                        <p>{ words.text("app.footer") }</p>
                        { switch }
                    </footer>
                }
            </div>
        </ContextProvider<Rc<Catalogue>>>
    }
}

/// Mounts the app into `root` (inside a host page's shadow root), for
/// embed.js's direct mode; `query` holds the same options as the iframe URL.
pub fn mount(root: web_sys::Element, query: &str) {
    let options = Rc::new(EmbedOptions::direct(query));
    yew::Renderer::<App>::with_root_and_props(root, AppProps { options }).render();
}

/// Props of [`LoadError`].
#[derive(Properties, PartialEq)]
struct LoadErrorProps {
    error: ContentError,
}

#[component]
fn LoadError(props: &LoadErrorProps) -> Html {
    let words = use_words();
    html! {
        <section class="screen" role="alert">
            <h1>{ words.text("app.load_error.title") }</h1>
            <p>{ words.text("app.load_error.advice") }</p>
            <p class="explain">{ words.fill("app.load_error.detail", &[("detail", &props.error.0)]) }</p>
        </section>
    }
}

/// Props of [`Shell`].
#[derive(Properties, PartialEq)]
struct ShellProps {
    content: Rc<Content>,
    options: Rc<EmbedOptions>,
    app: NodeRef,
}

/// The state at start-up: what storage holds (or why not), and a share link
/// in the address, if the page was opened from one.
fn initial(content: Rc<Content>) -> Quiz {
    let (doc, issue) = storage::load();
    let mut quiz = Quiz::new(content, doc, &clock::nonce());
    if let Some(issue) = issue {
        quiz = quiz.apply(Action::Storage(issue));
    }
    if let Some(shared) = location::shared_result() {
        quiz = quiz.apply(Action::ShowShared(shared));
    }
    quiz
}

#[component]
fn Shell(props: &ShellProps) -> Html {
    let quiz = {
        let content = props.content.clone();
        use_reducer(move || initial(content))
    };
    {
        // A language switch brings the same questionnaire in other words.
        let (quiz, content) = (quiz.clone(), props.content.clone());
        use_effect_with(content, move |content| {
            if !Rc::ptr_eq(&quiz.content, content) {
                quiz.dispatch(Action::Language(content.clone()));
            }
        });
    }
    let words = use_words();
    use_persistence(&quiz);
    use_host_messages(&quiz, props.options.clone(), props.app.clone());
    let offset = *use_memo((), |_| clock::offset_minutes());
    let results: Rc<Vec<StoredResult>> = {
        let quiz = quiz.clone();
        use_memo(quiz.generation, move |_| quiz.doc.results.clone())
    };

    let d = quiz.dispatcher();
    let act = |make: fn(f64) -> Action| {
        let d = d.clone();
        Callback::from(move |()| d.dispatch(make(clock::now_ms())))
    };
    let on_start = act(|now_ms| Action::Start { now_ms });
    let on_resume = act(|now_ms| Action::Resume { now_ms });
    let on_start_over = act(|now_ms| Action::StartOver { now_ms });
    let on_back = act(|now_ms| Action::Back { now_ms });
    let on_restart = act(|now_ms| Action::Restart { now_ms });
    let go = |action: Action| {
        let d = d.clone();
        Callback::from(move |()| d.dispatch(action.clone()))
    };
    let on_history = go(Action::ShowHistory);
    let on_home = go(Action::ShowIntro);
    let on_undo = go(Action::Undo);
    let on_dismiss = go(Action::DismissFlash);
    let on_clear = act(|now_ms| Action::ClearAll { now_ms });
    let on_answer = {
        let d = d.clone();
        Callback::from(move |answer: Answer| d.dispatch(Action::Answer { answer, now_ms: clock::now_ms() }))
    };
    let on_next = {
        let d = d.clone();
        Callback::from(move |from: usize| d.dispatch(Action::Next { from, now_ms: clock::now_ms() }))
    };
    let on_open = { let d = d.clone(); Callback::from(move |id: String| d.dispatch(Action::ShowResult { id })) };
    let on_delete = {
        let d = d.clone();
        Callback::from(move |id: String| d.dispatch(Action::Delete { id, now_ms: clock::now_ms() }))
    };
    let on_import = {
        let d = d.clone();
        Callback::from(move |file: File| {
            let d = d.clone();
            wasm_bindgen_futures::spawn_local(async move {
                d.dispatch(match file_reader::read_text(&file).await {
                    Ok(text) => Action::Import { text: text.into() },
                    Err(error) => Action::ImportFailed(error),
                });
            });
        })
    };
    let report = |d: &UseReducerDispatcher<Quiz>, outcome: Result<(), Problem>| {
        if let Err(problem) = outcome {
            d.dispatch(Action::Problem(problem));
        }
    };
    let on_export_json = {
        let (quiz, d) = (quiz.clone(), d.clone());
        Callback::from(move |()| {
            let now = clock::now_ms();
            let text = export::to_json(&quiz.doc, now);
            report(&d, download::download(&export::file_name("json", now), "application/json", &text));
        })
    };
    let on_export_csv = {
        let (quiz, d) = (quiz.clone(), d.clone());
        Callback::from(move |()| {
            let now = clock::now_ms();
            let text = export::to_csv(&quiz.doc, &quiz.content);
            report(&d, download::download(&export::file_name("csv", now), "text/csv", &text));
        })
    };
    let on_download_kept = {
        let d = d.clone();
        Callback::from(move |key: String| {
            let outcome = storage::kept_text(&key)
                .ok_or(Problem::BackupGone)
                .and_then(|text| {
                    let name = format!("unreadable-{}", export::file_name("txt", clock::now_ms()));
                    download::download(&name, "text/plain", &text)
                });
            report(&d, outcome);
        })
    };

    // Leaving a shared result drops the link from the address first.
    let on_leave_share = {
        let d = d.clone();
        Callback::from(move |_: MouseEvent| {
            location::forget_share_link();
            d.dispatch(Action::ShowIntro)
        })
    };
    let notice = quiz.storage_issue.clone().map(|issue| html! {
        <StorageNotice {issue} on_export={on_export_json.clone()} {on_download_kept} />
    });
    let flash = quiz.flash.clone().map(|flash| html! {
        <FlashMessage {flash} offset_minutes={offset} {on_undo} {on_dismiss} />
    });
    let content = quiz.content.clone();

    let screen = match &quiz.screen {
        Screen::Intro => html! {
            <Intro content={content.clone()} unfinished={quiz.unfinished_answers()} results={results.len()}
                compact={props.options.compact}
                {on_start} {on_resume} {on_start_over} on_history={on_history.clone()} />
        },
        Screen::Question(index) => html! {
            <Question content={content.clone()} index={*index} selected={quiz.answer_at(*index)}
                whole_page={!props.options.direct} {on_answer} {on_next} {on_back} />
        },
        Screen::Results { assessment, result_id } => {
            let index = quiz.result_position(result_id);
            let result = index.and_then(|i| results.get(i));
            let dated = result.map(|r| {
                let date = format_date_time(r.completed_at, offset, &words);
                AttrValue::from(words.fill("results.completed", &[("date", &date)]))
            });
            let since = index.map(|index| html! {
                <ChangeSummary results={results.clone()} {index} content={content.clone()} />
            });
            let share = result.map(|r| html! { <SharePanel link={location::share_link(&SharedResult::of(r))} /> });
            let on_restart = on_restart.reform(|_: MouseEvent| ());
            let on_history = on_history.reform(|_: MouseEvent| ());
            let on_print = Callback::from(|_: MouseEvent| {
                // Printing can only fail where the browser has no print dialog; nothing to do then.
                let _ = web_sys::window().map(|w| w.print());
            });
            html! {
                <Results content={content.clone()} assessment={assessment.clone()} {dated}
                    since={since.unwrap_or_default()} share={share.unwrap_or_default()}
                    actions={html! {
                        <>
                            <button type="button" class="primary" onclick={on_restart}>{ words.text("results.take_again") }</button>
                            <button type="button" class="secondary" onclick={on_history}>{ words.text("results.history") }</button>
                            <button type="button" class="secondary" onclick={on_print}>{ words.text("results.print") }</button>
                        </>
                    }} />
            }
        }
        Screen::History => {
            let on_home = on_home.reform(|_: MouseEvent| ());
            html! {
                <section class="screen history" aria-labelledby="history-title">
                    <h1 id="history-title">{ words.text("history.title") }</h1>
                    if results.is_empty() {
                        <p>{ words.text("history.empty") }</p>
                    } else {
                        <p class="lead">{ words.count("history.count", results.len(), &[]) }</p>
                        <h2>{ words.text("history.over_time") }</h2>
                        <TrendChart results={results.clone()} content={content.clone()} offset_minutes={offset} />
                        <h2>{ words.text("history.every_result") }</h2>
                        <HistoryList results={results.clone()} content={content.clone()} offset_minutes={offset}
                            {on_open} {on_delete} />
                    }
                    <DataTools count={results.len()} {on_export_json} {on_export_csv} {on_import} {on_clear} />
                    <div class="nav start">
                        <button type="button" class="secondary" onclick={on_home}>{ words.text("history.back") }</button>
                    </div>
                </section>
            }
        }
        Screen::Shared(Ok(shared)) => {
            let date = format_date(shared.completed_at, 0, &words);
            let dated = AttrValue::from(words.fill("share.shared.dated", &[("date", &date)]));
            html! {
                <Results content={content.clone()} assessment={Rc::new(crate::assessment::from_scores(shared.scores))}
                    title={AttrValue::from(words.text("share.shared.title"))} {dated}
                    actions={html! {
                        <button type="button" class="primary" onclick={on_leave_share.clone()}>
                            { words.text("share.shared.take_yourself") }
                        </button>
                    }} />
            }
        }
        Screen::Shared(Err(error)) => {
            html! {
                <section class="screen" aria-labelledby="share-error-title">
                    <h1 id="share-error-title">{ words.text("share.shared.cannot_show") }</h1>
                    <p role="alert">{ words.text(&format!("share.error.{}", error.id())) }</p>
                    <button type="button" class="primary" onclick={on_leave_share.clone()}>
                        { words.text("share.shared.take_yourself") }
                    </button>
                </section>
            }
        }
    };
    html! { <>{ notice }{ flash }{ screen }</> }
}

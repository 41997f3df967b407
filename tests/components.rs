//! Component tests in headless Chromium: each renders into its own element,
//! flushes Yew's scheduler (no sleeps) and checks what a person would see.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use networking_mindset::answer::{Answer, Answers};
use networking_mindset::app::App;
use networking_mindset::assessment::assess;
use networking_mindset::components::question::{Question, QuestionProps};
use networking_mindset::components::results::{Results, ResultsProps};
use networking_mindset::consistency::Timings;
use networking_mindset::content::Content;
use networking_mindset::scale::Scale;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement, KeyboardEvent, KeyboardEventInit};
use yew::{Callback, Renderer};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn fresh_root() -> Element {
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    root
}

fn content() -> Rc<Content> {
    Rc::new(Content::english().unwrap())
}

fn text(root: &Element) -> String {
    root.text_content().unwrap_or_default()
}

fn click(root: &Element, selector: &str) {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
}

fn button_with_text(root: &Element, label: &str) -> HtmlElement {
    let buttons = root.query_selector_all("button").unwrap();
    (0..buttons.length())
        .filter_map(|i| buttons.item(i))
        .filter_map(|n| n.dyn_into::<HtmlElement>().ok())
        .find(|b| b.text_content().as_deref() == Some(label))
        .unwrap_or_else(|| panic!("no button {label:?} in {}", text(root)))
}

struct Recorder {
    answers: Rc<RefCell<Vec<u8>>>,
    nexts: Rc<RefCell<Vec<usize>>>,
    backs: Rc<RefCell<usize>>,
}

fn question_props(index: usize, selected: Option<u8>) -> (QuestionProps, Recorder) {
    let rec = Recorder {
        answers: Rc::default(),
        nexts: Rc::default(),
        backs: Rc::default(),
    };
    let (a, n, b) = (rec.answers.clone(), rec.nexts.clone(), rec.backs.clone());
    let props = QuestionProps {
        content: content(),
        index,
        selected: selected.and_then(Answer::new),
        on_answer: Callback::from(move |x: Answer| a.borrow_mut().push(x.value())),
        on_next: Callback::from(move |from| n.borrow_mut().push(from)),
        on_back: Callback::from(move |()| *b.borrow_mut() += 1),
        whole_page: true,
    };
    (props, rec)
}

#[wasm_bindgen_test]
async fn question_shows_progress_statement_and_five_labelled_choices() {
    let root = fresh_root();
    let (props, _) = question_props(6, None);
    Renderer::<Question>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;

    let all = text(&root);
    assert!(all.contains("Question 7 of 24"), "{all}");
    let legend = root.query_selector("fieldset legend").unwrap().unwrap();
    assert_eq!(legend.text_content().unwrap(), content().items[6].text);
    let radios = root.query_selector_all("fieldset input[type=radio]").unwrap();
    assert_eq!(radios.length(), 5);
    for label in ["Strongly disagree", "Neither agree nor disagree", "Strongly agree"] {
        assert!(all.contains(label), "missing {label}");
    }
    assert_eq!(document().active_element(), Some(legend), "focus moves to the new statement");
    button_with_text(&root, "Skip");
}

#[wasm_bindgen_test]
async fn the_previous_answer_is_checked_and_the_button_says_next() {
    let root = fresh_root();
    let (props, _) = question_props(2, Some(4));
    Renderer::<Question>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;

    let checked: HtmlInputElement = root
        .query_selector("input[type=radio]:checked")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    assert_eq!(checked.value(), "4");
    button_with_text(&root, "Next");
}

#[wasm_bindgen_test]
async fn clicking_a_choice_answers_and_buttons_move() {
    let root = fresh_root();
    let (props, rec) = question_props(3, None);
    Renderer::<Question>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;

    click(&root, "input[value='2']");
    button_with_text(&root, "Skip").click();
    button_with_text(&root, "Back").click();
    yew::scheduler::flush().await;
    assert_eq!(*rec.answers.borrow(), vec![2]);
    assert_eq!(*rec.nexts.borrow(), vec![3]);
    assert_eq!(*rec.backs.borrow(), 1);
}

#[wasm_bindgen_test]
async fn number_keys_answer_and_arrows_move() {
    let root = fresh_root();
    let (props, rec) = question_props(0, None);
    let handle = Renderer::<Question>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;

    for key in ["5", "ArrowRight", "ArrowLeft", "9"] {
        let init = KeyboardEventInit::new();
        init.set_key(key);
        init.set_bubbles(true);
        let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
        // With nothing focused, a key press targets the body.
        document().body().unwrap().dispatch_event(&event).unwrap();
    }
    yew::scheduler::flush().await;
    assert_eq!(*rec.answers.borrow(), vec![5]);
    assert_eq!(*rec.nexts.borrow(), vec![0]);
    assert_eq!(*rec.backs.borrow(), 1);
    handle.destroy();
}

fn answers_all(value: u8, skip_scale: Option<Scale>) -> Answers {
    content()
        .items
        .iter()
        .filter(|i| Some(i.scale) != skip_scale)
        .map(|i| (i.id.clone(), Answer::new(value).unwrap()))
        .collect()
}

#[wasm_bindgen_test]
async fn results_show_scores_balance_and_three_strategies_with_more_folded() {
    let root = fresh_root();
    let content = content();
    let mut answers = answers_all(3, None);
    for item in content.items_of(Scale::Prevention) {
        answers.insert(item.id.clone(), Answer::new(if item.reverse { 5 } else { 1 }).unwrap());
    }
    let assessment = Rc::new(assess(&content, &answers, &Timings::new()));
    let props = yew::props!(ResultsProps {
        content: content.clone(),
        assessment,
        actions: yew::html! { <button type="button">{ "Take it again" }</button> },
    });
    Renderer::<Results>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;

    let all = text(&root);
    for scale in &content.scales {
        assert!(all.contains(&scale.name), "missing {}", scale.name);
    }
    assert!(all.contains("(rough band)"));
    assert!(all.contains("Promotion 50, prevention 0: promotion-leaning (+50)."), "{all}");
    assert_eq!(root.query_selector_all(".strategies > .strategy").unwrap().length(), 3 + 5);
    let folded = root.query_selector_all("details .strategy").unwrap().length();
    assert_eq!(folded, 5, "all but the top three sit under More strategies");
    assert!(all.contains("Why this fits you"));
    button_with_text(&root, "Take it again");
}

#[wasm_bindgen_test]
async fn a_scale_with_too_few_answers_says_so_instead_of_zero() {
    let root = fresh_root();
    let content = content();
    let answers = answers_all(3, Some(Scale::Discomfort));
    let assessment = Rc::new(assess(&content, &answers, &Timings::new()));
    let props = yew::props!(ResultsProps { content, assessment });
    Renderer::<Results>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;

    let all = text(&root);
    assert!(all.contains("Not enough answers: 0 answered, 5 needed"), "{all}");
    assert!(all.contains("Based on 18 of 24 statements"));
}

#[wasm_bindgen_test]
async fn the_app_starts_on_the_intro_and_start_shows_question_one() {
    let root = fresh_root();
    Renderer::<App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    assert!(text(&root).contains("Nothing leaves your device"));

    button_with_text(&root, "Start the questionnaire").click();
    yew::scheduler::flush().await;
    assert!(text(&root).contains("Question 1 of 24"), "{}", text(&root));
}

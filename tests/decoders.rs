//! Property tests for everything that reads text from outside the app: a
//! chosen import file, a share link in the address bar, and whatever
//! localStorage holds. A person can put anything there, so these decoders
//! must answer Ok or Err for any input, never panic and take the page down.
#![cfg(not(target_arch = "wasm32"))]

use networking_mindset::answer::{Answer, Answers};
use networking_mindset::content::Content;
use networking_mindset::document::{self, Document, StoredResult};
use networking_mindset::export::{to_json, EXPORT_KIND};
use networking_mindset::import::import;
use networking_mindset::share::{decode, encode, ShareError, SharedResult, FRAGMENT_PREFIX};
use proptest::prelude::*;

const MS_PER_DAY: f64 = 86_400_000.0;
/// 9999-12-31, the last day a share link may carry.
const LAST_DAY: u32 = 2_932_896;

fn item_ids() -> Vec<String> {
    let content = Content::english().expect("embedded content parses");
    content.items.into_iter().map(|item| item.id).collect()
}

/// Any text, plus text that starts like each decoder's real input, so the
/// cases reach past the first check.
fn hostile_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        proptest::collection::vec(any::<u8>(), 0..256)
            .prop_map(|bytes| String::from_utf8_lossy(&bytes).into_owned()),
        any::<String>().prop_map(|tail| format!("{FRAGMENT_PREFIX}{tail}")),
        "[0-9.\\-a-z]{0,40}".prop_map(|tail| format!("#{FRAGMENT_PREFIX}1.{tail}")),
        any::<String>()
            .prop_map(|tail| format!(r#"{{"kind":"{EXPORT_KIND}","version":1,"results":{tail}"#)),
        "[\\[\\]{}\",:0-9a-z_ -]{0,80}"
            .prop_map(|tail| format!(r#"{{"kind":"{EXPORT_KIND}","version":1,"results":[{tail}"#)),
        any::<String>().prop_map(|tail| format!(r#"{{"format":1,"results":{tail}"#)),
    ]
}

fn answers() -> impl Strategy<Value = Answers> {
    let items = item_ids();
    proptest::collection::vec(proptest::option::of(1u8..=5), items.len()).prop_map(move |points| {
        items
            .iter()
            .zip(points)
            .filter_map(|(id, point)| Some((id.clone(), Answer::new(point?)?)))
            .collect()
    })
}

fn scores() -> impl Strategy<Value = [Option<u8>; 4]> {
    proptest::array::uniform4(proptest::option::of(0u8..=100))
}

/// A result as the app would store it. Whole milliseconds, as `Date.now()`
/// gives, so the JSON round trip is exact.
fn stored_result(index: usize) -> impl Strategy<Value = StoredResult> {
    ("[0-9a-z]{1,11}-[a-z0-9]{4}", 0u64..4_102_444_800_000, 1u32..4, answers(), scores()).prop_map(
        move |(id, at, content_version, answers, scores)| StoredResult {
            id: format!("{id}{index}"),
            completed_at: at as f64,
            content_version,
            answers,
            scores,
            restored_at: None,
        },
    )
}

fn document() -> impl Strategy<Value = Document> {
    (0usize..6)
        .prop_flat_map(|count| (0..count).map(stored_result).collect::<Vec<_>>())
        .prop_map(|results| {
            let mut document = Document::new();
            for result in results {
                document.add_result(result);
            }
            document
        })
}

fn shared_result() -> impl Strategy<Value = SharedResult> {
    (scores(), 0..=LAST_DAY).prop_map(|(scores, day)| SharedResult {
        scores,
        completed_at: f64::from(day) * MS_PER_DAY,
    })
}

proptest! {
    #[test]
    fn import_answers_any_text_without_panicking(text in hostile_text()) {
        let into = Document::new();
        if let Ok((after, report)) = import(&text, &into) {
            prop_assert_eq!(after.results.len(), report.added);
        }
    }

    #[test]
    fn share_decode_answers_any_text_without_panicking(text in hostile_text()) {
        let _ = decode(&text);
    }

    #[test]
    fn stored_document_read_answers_any_text_without_panicking(text in hostile_text()) {
        let _ = document::read(&text);
    }

    #[test]
    fn a_share_link_opens_to_exactly_what_was_shared(shared in shared_result()) {
        prop_assert_eq!(decode(&encode(&shared)), Ok(shared));
        prop_assert_eq!(decode(&format!("#{}", encode(&shared))), Ok(shared));
    }

    #[test]
    fn a_share_link_with_one_changed_character_never_opens(
        shared in shared_result(),
        position in any::<proptest::sample::Index>(),
        replacement in proptest::char::any(),
    ) {
        let link = encode(&shared);
        let chars: Vec<char> = link.chars().collect();
        let position = position.index(chars.len());
        prop_assume!(chars[position] != replacement);
        let mut changed = chars.clone();
        changed[position] = replacement;
        let changed: String = changed.into_iter().collect();
        let result = decode(&changed);
        prop_assert!(result.is_err(), "{} opened as {:?}", changed, result);
        if position >= FRAGMENT_PREFIX.len() {
            prop_assert_ne!(result, Err(ShareError::NotAShareLink));
        }
    }

    #[test]
    fn an_export_imports_into_an_empty_document_unchanged(original in document()) {
        let exported = to_json(&original, 1_795_435_200_000.0);
        let (imported, report) = import(&exported, &Document::new()).expect("own export imports");
        prop_assert_eq!(&imported.results, &original.results);
        prop_assert_eq!(report.added, original.results.len());
        prop_assert_eq!(report.already, 0);
    }

    #[test]
    fn importing_an_export_twice_adds_nothing_the_second_time(original in document()) {
        let exported = to_json(&original, 0.0);
        let (once, _) = import(&exported, &Document::new()).expect("own export imports");
        let (twice, report) = import(&exported, &once).expect("own export imports");
        prop_assert_eq!(twice, once);
        prop_assert_eq!(report.added, 0);
        prop_assert_eq!(report.already, original.results.len());
    }
}

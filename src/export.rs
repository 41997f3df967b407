//! Getting results out of the browser: a JSON file this app can import again
//! (on another device, or after clearing the history), and a CSV file a
//! spreadsheet opens, for a person who wants to look at their own numbers.
//!
//! Both are built from the stored [`Document`] as plain text, so the download
//! service only has to hand the text to the browser. The formats are
//! described for people in docs/data-formats.md.

use serde::Serialize;

use crate::band::FocusBalance;
use crate::content::Content;
use crate::date;
use crate::document::{Document, StoredResult};
use crate::scale::Scale;

/// Marks a JSON file as ours, so an import can refuse any other JSON file
/// before reading further.
pub const EXPORT_KIND: &str = "networking-mindset-export";
/// The export format this build writes. An import refuses a higher one rather
/// than half-understanding it.
pub const EXPORT_VERSION: u32 = 1;

/// The export file, in the field order a person reading it would expect.
#[derive(Serialize)]
struct Export<'a> {
    kind: &'static str,
    version: u32,
    exported_at: String,
    results: &'a [StoredResult],
}

/// Pretty-printed JSON with every result exactly as stored, oldest first, so
/// an import can restore each one unchanged (answers included, so it can be
/// re-read in another language or re-scored later).
pub fn to_json(doc: &Document, exported_at_ms: f64) -> String {
    let export = Export {
        kind: EXPORT_KIND,
        version: EXPORT_VERSION,
        exported_at: date::iso_utc(exported_at_ms),
        results: &doc.results,
    };
    // Serialising plain data with string keys cannot fail.
    serde_json::to_string_pretty(&export).unwrap_or_default()
}

/// CSV (RFC 4180: CRLF line ends, quoted fields where needed), one row per
/// result, oldest first. Scores and the raw answer to every statement of
/// `content` get a column each, so a spreadsheet can chart or re-check them.
pub fn to_csv(doc: &Document, content: &Content) -> String {
    let mut csv = row(header(content));
    for result in &doc.results {
        csv.push_str(&row(cells(result, content)));
    }
    csv
}

/// "networking-mindset-2026-11-23.json": names downloads by their UTC date so
/// several exports sort in order. `extension` may be given with or without
/// its dot.
pub fn file_name(extension: &str, now_ms: f64) -> String {
    let (year, month, day) = date::local_date(now_ms, 0);
    let extension = extension.trim_start_matches('.');
    format!("networking-mindset-{year:04}-{month:02}-{day:02}.{extension}")
}

/// The column names: fixed columns, then one per statement headed by its id.
fn header(content: &Content) -> Vec<String> {
    let fixed = ["id", "completed_at", "content_version"].map(String::from);
    let scales = Scale::ALL.map(|scale| scale.id().to_string());
    let items = content.items.iter().map(|item| item.id.clone());
    fixed
        .into_iter()
        .chain(scales)
        .chain(["focus_balance".to_string()])
        .chain(items)
        .collect()
}

/// One result's cells, in [`header`] order; an empty cell where there is no
/// score or no answer.
fn cells(result: &StoredResult, content: &Content) -> Vec<String> {
    let fixed = [
        as_text(&result.id),
        date::iso_utc(result.completed_at),
        result.content_version.to_string(),
    ];
    let scores = result.scores.map(|score| optional(score.map(i16::from)));
    let items = content.items.iter().map(|item| {
        optional(result.answers.get(&item.id).map(|answer| i16::from(answer.value())))
    });
    fixed
        .into_iter()
        .chain(scores)
        .chain([optional(focus_balance(result))])
        .chain(items)
        .collect()
}

/// Promotion minus prevention, when both were scored.
fn focus_balance(result: &StoredResult) -> Option<i16> {
    let promotion = result.score(Scale::Promotion)?;
    let prevention = result.score(Scale::Prevention)?;
    Some(FocusBalance::new(promotion, prevention).difference)
}

fn optional(number: Option<i16>) -> String {
    number.map(|n| n.to_string()).unwrap_or_default()
}

/// A spreadsheet runs a cell starting with `=`, `+`, `-`, `@`, tab or CR as a
/// formula. Ids the app makes never do, but an imported file could carry one
/// that does, so such an id gets a leading apostrophe and stays plain text.
fn as_text(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

/// One CSV line, each field quoted if it holds a comma, quote, CR or LF.
fn row(fields: Vec<String>) -> String {
    let quoted: Vec<String> = fields.iter().map(|field| quote(field)).collect();
    quoted.join(",") + "\r\n"
}

fn quote(field: &str) -> String {
    if field.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answer::Answer;
    use serde_json::Value;

    const NOV_23_2026_NOON: f64 = 1_795_435_200_000.0;

    fn content() -> Content {
        Content::english().unwrap()
    }

    fn result(id: &str, at: f64, scores: [Option<u8>; 4]) -> StoredResult {
        StoredResult {
            id: id.into(),
            completed_at: at,
            content_version: 1,
            answers: [
                ("promotion-1".to_string(), Answer::new(4).unwrap()),
                ("discomfort-6".to_string(), Answer::new(1).unwrap()),
            ]
            .into(),
            scores,
            restored_at: None,
        }
    }

    fn doc(results: Vec<StoredResult>) -> Document {
        let mut doc = Document::new();
        for r in results {
            doc.add_result(r);
        }
        doc
    }

    fn csv_lines(csv: &str) -> Vec<&str> {
        csv.strip_suffix("\r\n").unwrap().split("\r\n").collect()
    }

    #[test]
    fn json_export_names_itself_and_keeps_results_as_stored_oldest_first() {
        let newer = result("b", NOV_23_2026_NOON, [Some(1), Some(2), Some(3), Some(4)]);
        let older = result("a", 1_000.0, [None, Some(2), Some(3), Some(4)]);
        let d = doc(vec![newer.clone(), older.clone()]);
        let json: Value = serde_json::from_str(&to_json(&d, NOV_23_2026_NOON)).unwrap();
        assert_eq!(json["kind"], EXPORT_KIND);
        assert_eq!(json["version"], 1);
        assert_eq!(json["exported_at"], "2026-11-23T12:00:00Z");
        let results: Vec<StoredResult> = serde_json::from_value(json["results"].clone()).unwrap();
        assert_eq!(results, vec![older, newer]);
    }

    #[test]
    fn json_export_is_pretty_printed_for_a_person_opening_it() {
        let json = to_json(&doc(vec![]), 0.0);
        assert!(json.starts_with("{\n  \"kind\": \"networking-mindset-export\",\n"), "{json}");
    }

    #[test]
    fn json_export_never_includes_the_unfinished_attempt() {
        let mut d = doc(vec![]);
        d.attempt = Some(crate::document::Attempt {
            started_at: 1.0,
            position: 0,
            answers: Default::default(),
            timings: Default::default(),
        });
        assert!(!to_json(&d, 0.0).contains("started_at"));
    }

    #[test]
    fn csv_header_names_the_fixed_columns_then_every_item_id_in_order() {
        let content = content();
        let csv = to_csv(&doc(vec![]), &content);
        let mut expected = "id,completed_at,content_version,promotion,prevention,value,discomfort,focus_balance"
            .to_string();
        for item in &content.items {
            expected.push(',');
            expected.push_str(&item.id);
        }
        expected.push_str("\r\n");
        assert_eq!(csv, expected);
        assert!(csv.starts_with("id,completed_at,content_version,promotion,prevention,value,discomfort,focus_balance,promotion-1,"));
    }

    #[test]
    fn csv_rows_hold_utc_time_scores_balance_and_raw_answers() {
        let content = content();
        let r = result("abc", NOV_23_2026_NOON, [Some(70), Some(45), Some(50), Some(20)]);
        let csv = to_csv(&doc(vec![r]), &content);
        let lines = csv_lines(&csv);
        assert_eq!(lines.len(), 2);
        let cells: Vec<&str> = lines[1].split(',').collect();
        assert_eq!(cells[..8], ["abc", "2026-11-23T12:00:00Z", "1", "70", "45", "50", "20", "25"]);
        assert_eq!(cells.len(), 8 + content.items.len());
        let column = |id: &str| 8 + content.items.iter().position(|i| i.id == id).unwrap();
        assert_eq!(cells[column("promotion-1")], "4");
        assert_eq!(cells[column("discomfort-6")], "1", "raw answer, not reverse-keyed");
        assert_eq!(cells[column("value-3")], "", "unanswered");
    }

    #[test]
    fn csv_leaves_cells_empty_where_a_score_is_missing_and_balance_needs_both() {
        let content = content();
        let no_prevention = result("a", 1.0, [Some(70), None, Some(50), None]);
        let csv = to_csv(&doc(vec![no_prevention]), &content);
        let cells: Vec<&str> = csv_lines(&csv)[1].split(',').take(8).collect();
        assert_eq!(cells[3..], ["70", "", "50", "", ""]);
    }

    #[test]
    fn csv_balance_can_be_negative() {
        let r = result("a", 1.0, [Some(10), Some(90), None, None]);
        let csv = to_csv(&doc(vec![r]), &content());
        assert_eq!(csv_lines(&csv)[1].split(',').nth(7), Some("-80"));
    }

    #[test]
    fn csv_rows_come_oldest_first_with_crlf_line_ends() {
        let d = doc(vec![result("late", 9.0e12, [None; 4]), result("early", 1.0, [None; 4])]);
        let csv = to_csv(&d, &content());
        assert_eq!(csv.matches("\r\n").count(), 3);
        assert_eq!(csv.matches('\n').count(), 3, "no bare LF");
        let ids: Vec<&str> = csv_lines(&csv)[1..].iter().map(|l| l.split(',').next().unwrap()).collect();
        assert_eq!(ids, ["early", "late"]);
    }

    #[test]
    fn csv_quotes_fields_with_commas_quotes_and_line_breaks() {
        assert_eq!(quote("plain"), "plain");
        assert_eq!(quote("a,b"), "\"a,b\"");
        assert_eq!(quote("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(quote("two\nlines"), "\"two\nlines\"");
        assert_eq!(quote("cr\rhere"), "\"cr\rhere\"");
        assert_eq!(row(vec!["a,b".into(), "c".into()]), "\"a,b\",c\r\n");
    }

    #[test]
    fn an_id_with_a_comma_stays_one_cell() {
        let csv = to_csv(&doc(vec![result("x,\"y\"", 1.0, [None; 4])]), &content());
        assert!(csv_lines(&csv)[1].starts_with("\"x,\"\"y\"\"\",1970-01-01T00:00:00Z,"));
    }

    #[test]
    fn an_id_that_looks_like_a_formula_is_kept_as_text() {
        let csv = to_csv(&doc(vec![result("=HYPERLINK(1)", 1.0, [None; 4])]), &content());
        assert!(csv_lines(&csv)[1].starts_with("'=HYPERLINK(1),"));
        assert_eq!(as_text("19a6c1f2a00-k3j9"), "19a6c1f2a00-k3j9");
        assert_eq!(as_text("-1"), "'-1");
    }

    #[test]
    fn download_names_carry_the_utc_date_and_extension() {
        assert_eq!(file_name("json", NOV_23_2026_NOON), "networking-mindset-2026-11-23.json");
        assert_eq!(file_name(".csv", NOV_23_2026_NOON), "networking-mindset-2026-11-23.csv");
        assert_eq!(file_name("csv", 86_400_000.0 - 1.0), "networking-mindset-1970-01-01.csv");
    }
}

//! Calendar dates from millisecond timestamps, without a date library.
//!
//! The browser supplies its time-zone offset; everything else is arithmetic,
//! so history dates and CSV timestamps are tested natively. Dates shown to a
//! person take their month names and order from the language's catalogue;
//! dates in files stay ISO 8601.

use crate::catalogue::Catalogue;

/// Milliseconds in a (UTC) day.
pub const MS_PER_DAY: f64 = 86_400_000.0;
/// JavaScript's own limit for dates (100 million days either side of 1970);
/// clamping to it keeps hand-edited timestamps from overflowing the arithmetic.
pub const MAX_MS: f64 = 8.64e15;

/// A UTC instant in ms, shifted into local time by an offset in minutes east
/// of UTC (the negation of JavaScript's `getTimezoneOffset()`).
fn local_ms(ms: f64, offset_minutes: i32) -> f64 {
    let ms = if ms.is_nan() {
        0.0
    } else {
        ms.clamp(-MAX_MS, MAX_MS)
    };
    ms + f64::from(offset_minutes) * 60_000.0
}

/// Days since 1970-01-01 to (year, month 1-12, day 1-31), proleptic Gregorian
/// (H. Hinnant's civil-from-days algorithm).
pub fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    // day is 1..=31 and month 1..=12 by construction, so these never fail.
    (
        year,
        u32::try_from(month).unwrap_or(1),
        u32::try_from(day).unwrap_or(1),
    )
}

/// The local calendar date of an instant.
pub fn local_date(ms: f64, offset_minutes: i32) -> (i64, u32, u32) {
    // Timestamps are far inside i64's range; a NaN becomes day 0.
    civil_from_days((local_ms(ms, offset_minutes) / MS_PER_DAY).floor() as i64)
}

/// The local date with the month named, in the language's order: "23 Nov
/// 2026", "23. November 2026". A named month cannot be misread the way
/// 11/12 can.
pub fn format_date(ms: f64, offset_minutes: i32, words: &Catalogue) -> String {
    date_in("format.date", ms, offset_minutes, words)
}

/// The local date in the language's compact form ("23 Nov 2026",
/// "23.11.2026"), for chart labels and table rows where space is short.
pub fn format_short_date(ms: f64, offset_minutes: i32, words: &Catalogue) -> String {
    date_in("format.short_date", ms, offset_minutes, words)
}

/// The local date through the pattern under `key`, which may use `{day}`,
/// `{day2}` (two digits), `{month}` (its name), `{month2}` and `{year}`.
fn date_in(key: &str, ms: f64, offset_minutes: i32, words: &Catalogue) -> String {
    let (year, month, day) = local_date(ms, offset_minutes);
    let name = words.text(&format!("format.months.{month}"));
    let (day2, month2) = (format!("{day:02}"), format!("{month:02}"));
    words.fill(
        key,
        &[
            ("day", &day),
            ("day2", &day2),
            ("month", &name),
            ("month2", &month2),
            ("year", &year),
        ],
    )
}

/// The local short date and 24-hour time: "23 Nov 2026, 14:05",
/// "23.11.2026, 14:05 Uhr"; for history rows, where two results can share
/// a day.
pub fn format_date_time(ms: f64, offset_minutes: i32, words: &Catalogue) -> String {
    let local = local_ms(ms, offset_minutes);
    let minute_of_day = ((local.rem_euclid(MS_PER_DAY)) / 60_000.0).floor() as u32;
    let time = format!("{:02}:{:02}", minute_of_day / 60, minute_of_day % 60);
    let date = format_short_date(ms, offset_minutes, words);
    words.fill("format.date_time", &[("date", &date), ("time", &time)])
}

/// "2026-11-23T14:05:09Z": UTC ISO 8601, for files other programs read.
pub fn iso_utc(ms: f64) -> String {
    let (year, month, day) = local_date(ms, 0);
    let second_of_day = (local_ms(ms, 0).rem_euclid(MS_PER_DAY) / 1000.0).floor() as u32;
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        second_of_day / 3600,
        second_of_day / 60 % 60,
        second_of_day % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::language::find;

    fn words(code: &str) -> Catalogue {
        find(code).unwrap().catalogue().unwrap()
    }

    fn format_date(ms: f64, offset_minutes: i32) -> String {
        super::format_date(ms, offset_minutes, &words("en"))
    }

    #[test]
    fn known_dates() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(-1), (1969, 12, 31));
        assert_eq!(civil_from_days(11_017), (2000, 3, 1));
        assert_eq!(format_date(1_795_435_200_000.0, 0), "23 Nov 2026");
    }

    #[test]
    fn leap_days_exist_only_in_leap_years() {
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
        assert_eq!(
            civil_from_days(47_540),
            (2100, 2, 28),
            "2100 is no leap year"
        );
        assert_eq!(civil_from_days(47_541), (2100, 3, 1));
    }

    #[test]
    fn the_offset_moves_the_local_date() {
        let just_before_midnight_utc = 1_795_391_940_000.0; // 2026-11-22 23:59 UTC
        assert_eq!(format_date(just_before_midnight_utc, 0), "22 Nov 2026");
        assert_eq!(format_date(just_before_midnight_utc, 60), "23 Nov 2026");
        assert_eq!(
            format_date_time(just_before_midnight_utc, 60, &words("en")),
            "23 Nov 2026, 00:59"
        );
    }

    #[test]
    fn absurd_timestamps_give_a_date_instead_of_a_panic() {
        for ms in [f64::MAX, f64::MIN, f64::NAN, f64::INFINITY, 1e300] {
            let _ = (
                format_date(ms, 0),
                format_date_time(ms, 840, &words("en")),
                iso_utc(ms),
            );
        }
    }

    #[test]
    fn german_dates_read_as_germans_write_them() {
        let de = words("de");
        assert_eq!(
            super::format_date(1_795_435_200_000.0, 0, &de),
            "23. November 2026"
        );
        assert_eq!(
            format_date_time(1_795_391_940_000.0, 60, &de),
            "23.11.2026, 00:59 Uhr"
        );
    }

    #[test]
    fn iso_is_utc_with_seconds() {
        assert_eq!(iso_utc(1_795_391_945_000.0), "2026-11-22T23:59:05Z");
    }
}

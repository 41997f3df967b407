//! Geometry of the scores-over-time chart, in SVG user units.
//!
//! Kept apart from the component so the parts that are easy to get wrong
//! (a time axis proportional to real dates, calendar ticks whose labels never
//! overlap, gaps where a scale had too few answers) are tested natively. The
//! component only turns these numbers into elements.

use crate::catalogue::Catalogue;
use crate::date::{format_short_date, local_date, MAX_MS, MS_PER_DAY};
use crate::document::StoredResult;
use crate::scale::Scale;

/// Width of the SVG viewBox. Text scales with the drawing, so this is kept
/// small enough that 14-unit labels stay readable when a phone shrinks the
/// chart to about 350 pixels.
pub const WIDTH: f64 = 440.0;
/// Height of the SVG viewBox.
pub const HEIGHT: f64 = 250.0;
/// Left edge of the plot area; the margin holds the score labels and half a
/// date label.
pub const PLOT_LEFT: f64 = 50.0;
/// Right edge of the plot area; the margin leaves room for half a date label.
pub const PLOT_RIGHT: f64 = WIDTH - 50.0;
/// Top edge of the plot area (score 100).
pub const PLOT_TOP: f64 = 12.0;
/// Bottom edge of the plot area (score 0); the margin holds the date labels.
pub const PLOT_BOTTOM: f64 = HEIGHT - 38.0;

/// At most this many date labels are generated for one step; more already
/// crowd the axis, and the cap keeps a daily step over decades cheap.
const MAX_X_TICKS: usize = 5;
/// Date labels ("23 Nov 2026") are 80-95 units wide at 14 units, depending
/// on the font; centres this far apart leave a clear space between them.
const MIN_TICK_GAP: f64 = 112.0;

/// One result's score for one scale, placed on the chart.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    /// Horizontal position: proportional to the completion time.
    pub x: f64,
    /// Vertical position: score 0 at the bottom, 100 at the top.
    pub y: f64,
    /// The score itself.
    pub score: u8,
    /// When the result was completed (ms since the epoch).
    pub at_ms: f64,
}

/// One scale's line. A result without a score for this scale (too few
/// answers) breaks the line, so a gap is never drawn as a guess: each
/// segment is a run of consecutive scored results, drawn as one polyline.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    /// Which scale this line shows.
    pub scale: Scale,
    /// Runs of consecutive scored results, oldest first; a segment may hold a
    /// single point, which only its marker shows.
    pub segments: Vec<Vec<Point>>,
}

impl Series {
    /// Every point of the line, for drawing markers.
    pub fn points(&self) -> impl Iterator<Item = &Point> {
        self.segments.iter().flatten()
    }
}

/// One axis label with its gridline position.
#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    /// x (date ticks) or y (score ticks) in user units.
    pub position: f64,
    /// The text to show.
    pub label: String,
}

/// Everything the chart component draws.
#[derive(Clone, Debug, PartialEq)]
pub struct Chart {
    /// One sentence for the SVG's `<title>`, so the image has a name.
    pub title: String,
    /// One series per scale, in `Scale::ALL` order.
    pub series: Vec<Series>,
    /// Date labels at calendar steps (days, weeks, months or years).
    pub x_ticks: Vec<Tick>,
    /// Score labels at 0, 25, 50, 75 and 100.
    pub y_ticks: Vec<Tick>,
}

/// Lays out `results` (in any order) for a browser `offset_minutes` east of
/// UTC. O(n log n) in the number of results: one sort, then linear passes.
pub fn layout(results: &[StoredResult], offset_minutes: i32, words: &Catalogue) -> Chart {
    let mut plotted: Vec<&StoredResult> = results
        .iter()
        // Beyond a JavaScript Date's range a stored time is corrupt: left out of
        // the chart (the table still lists it), which keeps the calendar
        // arithmetic far from overflow.
        .filter(|r| r.completed_at.is_finite() && r.completed_at.abs() <= MAX_MS)
        .collect();
    plotted.sort_by(|a, b| a.completed_at.total_cmp(&b.completed_at));
    let y_ticks = (0..=4u8)
        .map(|i| Tick {
            position: y_of(i * 25),
            label: words.integer(i64::from(i * 25)),
        })
        .collect();
    let (Some(first), Some(last)) = (plotted.first(), plotted.last()) else {
        return Chart {
            title: words.text("history.chart.empty"),
            series: Scale::ALL
                .map(|scale| Series {
                    scale,
                    segments: Vec::new(),
                })
                .to_vec(),
            x_ticks: Vec::new(),
            y_ticks,
        };
    };
    let domain = Domain::around(first.completed_at, last.completed_at);
    let series = Scale::ALL
        .map(|scale| Series {
            scale,
            segments: segments(&plotted, scale, &domain),
        })
        .to_vec();
    Chart {
        title: title(
            plotted.len(),
            first.completed_at,
            last.completed_at,
            offset_minutes,
            words,
        ),
        series,
        x_ticks: x_ticks(&domain, offset_minutes, words),
        y_ticks,
    }
}

/// A coordinate as SVG text, to one decimal. Integer arithmetic rather than
/// `{:.1}`: float formatting alone cost about 10 KB of the wasm bundle.
pub fn svg_number(value: f64) -> String {
    // Chart coordinates are a few hundred units; NaN becomes 0.
    let tenths = (value * 10.0).round() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    let abs = tenths.unsigned_abs();
    match abs % 10 {
        0 => format!("{sign}{}", abs / 10),
        rest => format!("{sign}{}.{rest}", abs / 10),
    }
}

/// The points string of an SVG `<polyline>` through `points`.
pub fn polyline_points(points: &[Point]) -> String {
    points
        .iter()
        .map(|p| format!("{},{}", svg_number(p.x), svg_number(p.y)))
        .collect::<Vec<_>>()
        .join(" ")
}

/// An SVG path `d` for a scale's marker centred on (x, y). Each scale has its
/// own shape (circle, square, triangle, diamond), so the lines can be told
/// apart without colour.
pub fn marker_path(scale: Scale, x: f64, y: f64) -> String {
    let n = svg_number;
    match scale {
        // Radius 4.5: the circle's arcs span 9 units.
        Scale::Promotion => format!(
            "M{},{}a4.5,4.5 0 1,0 9,0a4.5,4.5 0 1,0 -9,0Z",
            n(x - 4.5),
            n(y)
        ),
        Scale::Prevention => format!("M{},{}h8v8h-8Z", n(x - 4.0), n(y - 4.0)),
        Scale::Value => format!(
            "M{},{}L{},{}L{},{}Z",
            n(x),
            n(y - 5.5),
            n(x + 5.0),
            n(y + 3.5),
            n(x - 5.0),
            n(y + 3.5)
        ),
        Scale::Discomfort => format!(
            "M{},{}L{},{}L{},{}L{},{}Z",
            n(x),
            n(y - 5.5),
            n(x + 5.5),
            n(y),
            n(x),
            n(y + 5.5),
            n(x - 5.5),
            n(y)
        ),
    }
}

/// The vertical position of a score.
fn y_of(score: u8) -> f64 {
    PLOT_BOTTOM - f64::from(score.min(100)) / 100.0 * (PLOT_BOTTOM - PLOT_TOP)
}

/// The time span the x axis covers, in ms.
struct Domain {
    start: f64,
    end: f64,
}

impl Domain {
    /// A little room either side of the results, and at least two days in
    /// all, so a single result or a single day still has a sensible axis
    /// with two midnights on it.
    fn around(first: f64, last: f64) -> Domain {
        let span = last - first;
        let pad = (span * 0.04).max((2.0 * MS_PER_DAY - span) / 2.0);
        Domain {
            start: first - pad,
            end: last + pad,
        }
    }

    fn x_of(&self, ms: f64) -> f64 {
        PLOT_LEFT + (ms - self.start) / (self.end - self.start) * (PLOT_RIGHT - PLOT_LEFT)
    }
}

fn segments(plotted: &[&StoredResult], scale: Scale, domain: &Domain) -> Vec<Vec<Point>> {
    let mut segments = Vec::new();
    let mut current = Vec::new();
    for result in plotted {
        match result.score(scale) {
            Some(score) => current.push(Point {
                x: domain.x_of(result.completed_at),
                y: y_of(score),
                score,
                at_ms: result.completed_at,
            }),
            None if !current.is_empty() => segments.push(std::mem::take(&mut current)),
            None => {}
        }
    }
    if !current.is_empty() {
        segments.push(current);
    }
    segments
}

fn title(count: usize, first: f64, last: f64, offset_minutes: i32, words: &Catalogue) -> String {
    let (from, to) = (
        format_short_date(first, offset_minutes, words),
        format_short_date(last, offset_minutes, words),
    );
    if from == to {
        words.count("history.chart.title_one_day", count, &[("date", &from)])
    } else {
        words.count(
            "history.chart.title_span",
            count,
            &[("from", &from), ("to", &to)],
        )
    }
}

/// A calendar step between date labels.
#[derive(Clone, Copy)]
enum Step {
    /// Every `days` local midnights; `shift` aligns weekly steps to Mondays
    /// (1970-01-01, day 0, was a Thursday).
    Days { days: i64, shift: i64 },
    /// The first of every `months`-th month (12 and up: every few years).
    Months(i64),
}

/// From finest to coarsest; the finest that fits is used.
const STEPS: [Step; 16] = [
    Step::Days { days: 1, shift: 0 },
    Step::Days { days: 2, shift: 0 },
    Step::Days { days: 3, shift: 0 },
    Step::Days { days: 7, shift: 3 },
    Step::Days { days: 14, shift: 3 },
    Step::Months(1),
    Step::Months(2),
    Step::Months(3),
    Step::Months(6),
    Step::Months(12),
    Step::Months(24),
    Step::Months(60),
    Step::Months(120),
    Step::Months(240),
    Step::Months(600),
    Step::Months(1200),
];

/// Date labels at the finest calendar step giving two to [`MAX_X_TICKS`]
/// labels at least [`MIN_TICK_GAP`] apart. Where no step fits (a span just
/// too long for one step and too short for two of the next), the first and
/// last local midnights of the domain are labelled instead: the domain
/// spans at least two days, so there always are two.
fn x_ticks(domain: &Domain, offset_minutes: i32, words: &Catalogue) -> Vec<Tick> {
    let offset_ms = f64::from(offset_minutes) * 60_000.0;
    let to_tick = |ms: f64| Tick {
        position: domain.x_of(ms),
        label: format_short_date(ms, offset_minutes, words),
    };
    let fits = |instants: &[f64]| {
        (2..=MAX_X_TICKS).contains(&instants.len())
            && instants
                .windows(2)
                .all(|pair| domain.x_of(pair[1]) - domain.x_of(pair[0]) >= MIN_TICK_GAP)
    };
    let instants = STEPS
        .into_iter()
        .map(|step| step_instants(step, domain, offset_ms, offset_minutes))
        .find(|instants| fits(instants))
        .unwrap_or_else(|| ends(domain, offset_ms));
    instants.into_iter().map(to_tick).collect()
}

/// The first and the last local midnight inside the domain.
fn ends(domain: &Domain, offset_ms: f64) -> Vec<f64> {
    // Bounded by MAX_MS, so these fit an i64 and convert back exactly.
    let first = ((domain.start + offset_ms) / MS_PER_DAY).ceil() as i64;
    let last = ((domain.end + offset_ms) / MS_PER_DAY).floor() as i64;
    [first, last]
        .map(|day| day as f64 * MS_PER_DAY - offset_ms)
        .to_vec()
}

/// The local midnights of one step inside the domain, as UTC ms; stops
/// after one more than [`MAX_X_TICKS`], since that many already fails.
fn step_instants(step: Step, domain: &Domain, offset_ms: f64, offset_minutes: i32) -> Vec<f64> {
    // Days stay within about 10^8 of zero (see MAX_MS), so the casts
    // between days and ms are exact.
    let midnight = |day: i64| day as f64 * MS_PER_DAY - offset_ms;
    let mut instants = Vec::new();
    match step {
        Step::Days { days, shift } => {
            // The first local midnight at or after the start, then aligned.
            let mut day = ((domain.start + offset_ms) / MS_PER_DAY).ceil() as i64;
            day += (-(day + shift)).rem_euclid(days);
            while midnight(day) <= domain.end && instants.len() <= MAX_X_TICKS {
                instants.push(midnight(day));
                day += days;
            }
        }
        Step::Months(months) => {
            let (year, month, _) = local_date(domain.start, offset_minutes);
            let mut index = year * 12 + i64::from(month) - 1;
            if midnight(first_of_month(index)) < domain.start {
                index += 1;
            }
            index += (-index).rem_euclid(months);
            while midnight(first_of_month(index)) <= domain.end && instants.len() <= MAX_X_TICKS {
                instants.push(midnight(first_of_month(index)));
                index += months;
            }
        }
    }
    instants
}

/// Days since 1970-01-01 of the first day of a month counted as
/// `year * 12 + month - 1`.
fn first_of_month(index: i64) -> i64 {
    // rem_euclid(12) + 1 is 1..=12, so the conversion cannot fail.
    let month = u32::try_from(index.rem_euclid(12) + 1).unwrap_or(1);
    days_from_civil(index.div_euclid(12), month, 1)
}

/// (year, month 1-12, day) to days since 1970-01-01, proleptic Gregorian:
/// the inverse of [`crate::date::civil_from_days`] (H. Hinnant's algorithm).
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let yoe = year.rem_euclid(400);
    let mp = (i64::from(month) + 9) % 12;
    let doy = (153 * mp + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words() -> Catalogue {
        crate::language::fallback().catalogue().unwrap()
    }
    use crate::date::civil_from_days;

    /// 2026-11-23 12:00 UTC.
    const NOON: f64 = 1_795_435_200_000.0;

    fn result(at: f64, scores: [Option<u8>; 4]) -> StoredResult {
        crate::document::sample_result(&format!("r{at}"), at, scores)
    }

    fn promotion_points(chart: &Chart) -> Vec<Point> {
        chart.series[0].points().copied().collect()
    }

    fn assert_ticks_fit(chart: &Chart, what: &str) {
        let ticks = &chart.x_ticks;
        assert!(
            (2..=MAX_X_TICKS).contains(&ticks.len()),
            "{what}: {ticks:?}"
        );
        for pair in ticks.windows(2) {
            assert!(
                pair[1].position - pair[0].position >= MIN_TICK_GAP,
                "{what}: {pair:?}"
            );
            assert_ne!(pair[0].label, pair[1].label, "{what}");
        }
        for tick in ticks {
            assert!(
                (PLOT_LEFT..=PLOT_RIGHT).contains(&tick.position),
                "{what}: {tick:?}"
            );
        }
    }

    #[test]
    fn svg_numbers_have_at_most_one_decimal() {
        assert_eq!(svg_number(12.0), "12");
        assert_eq!(svg_number(12.34), "12.3");
        assert_eq!(svg_number(-0.26), "-0.3");
        assert_eq!(svg_number(0.04), "0");
        assert_eq!(svg_number(f64::NAN), "0");
    }

    #[test]
    fn days_from_civil_inverts_civil_from_days() {
        for days in (-800_000..800_000).step_by(997) {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2000, 2, 29), 11_016);
    }

    #[test]
    fn points_are_in_time_order_whatever_the_input_order() {
        let results = [
            result(NOON + 2e9, [Some(80); 4]),
            result(NOON, [Some(20); 4]),
        ];
        let points = promotion_points(&layout(&results, 0, &words()));
        assert_eq!(
            points.iter().map(|p| p.score).collect::<Vec<_>>(),
            vec![20, 80]
        );
        assert!(points[0].x < points[1].x);
    }

    #[test]
    fn x_is_proportional_to_time_not_to_position() {
        let day = MS_PER_DAY;
        let results = [
            result(NOON, [Some(50); 4]),
            result(NOON + day, [Some(50); 4]),
            result(NOON + 10.0 * day, [Some(50); 4]),
        ];
        let p = promotion_points(&layout(&results, 0, &words()));
        let first_gap = p[1].x - p[0].x;
        let second_gap = p[2].x - p[1].x;
        assert!((second_gap / first_gap - 9.0).abs() < 1e-9);
        assert!(
            p[0].x > PLOT_LEFT && p[2].x < PLOT_RIGHT,
            "padded, not on the axis"
        );
    }

    #[test]
    fn zero_is_at_the_bottom_and_a_hundred_at_the_top() {
        let results = [result(NOON, [Some(0), Some(100), Some(50), None])];
        let chart = layout(&results, 0, &words());
        let y = |i: usize| chart.series[i].points().next().map(|p| p.y);
        assert_eq!(y(0), Some(PLOT_BOTTOM));
        assert_eq!(y(1), Some(PLOT_TOP));
        assert_eq!(y(2), Some((PLOT_TOP + PLOT_BOTTOM) / 2.0));
        let labels: Vec<_> = chart.y_ticks.iter().map(|t| t.label.as_str()).collect();
        assert_eq!(labels, ["0", "25", "50", "75", "100"]);
        assert_eq!(chart.y_ticks[0].position, PLOT_BOTTOM);
        assert_eq!(chart.y_ticks[4].position, PLOT_TOP);
    }

    #[test]
    fn a_single_result_gets_a_day_either_side() {
        let chart = layout(&[result(NOON, [Some(40); 4])], 0, &words());
        let x = promotion_points(&chart)[0].x;
        assert!((x - (PLOT_LEFT + PLOT_RIGHT) / 2.0).abs() < 1e-9, "centred");
        let labels: Vec<_> = chart.x_ticks.iter().map(|t| t.label.as_str()).collect();
        assert_eq!(labels, ["23 Nov 2026", "24 Nov 2026"]);
        assert_eq!(chart.title, "Scores over time, 1 result on 23 Nov 2026");
    }

    #[test]
    fn ticks_sit_on_local_midnight() {
        // UTC+2: the local midnight starting 24 Nov is 22:00 UTC on 23 Nov.
        let chart = layout(&[result(NOON, [Some(40); 4])], 120, &words());
        let labels: Vec<_> = chart.x_ticks.iter().map(|t| t.label.as_str()).collect();
        assert_eq!(labels, ["23 Nov 2026", "24 Nov 2026"]);
        let domain = Domain::around(NOON, NOON);
        let midnight = NOON + 10.0 * 3_600_000.0;
        assert!((chart.x_ticks[1].position - domain.x_of(midnight)).abs() < 1e-9);
    }

    #[test]
    fn same_day_results_share_a_sensible_axis() {
        let results = [
            result(NOON, [Some(40); 4]),
            result(NOON + 3_600_000.0, [Some(60); 4]),
        ];
        let chart = layout(&results, 0, &words());
        assert_ticks_fit(&chart, "same day");
        assert_eq!(chart.title, "Scores over time, 2 results on 23 Nov 2026");
    }

    #[test]
    fn ticks_stay_few_apart_and_on_calendar_steps_for_any_span() {
        let mut span_days = 0.01;
        while span_days < 40.0 * 365.0 {
            let results = [
                result(NOON, [Some(40); 4]),
                result(NOON + span_days * MS_PER_DAY, [Some(60); 4]),
            ];
            for offset in [-600, 0, 330] {
                assert_ticks_fit(
                    &layout(&results, offset, &words()),
                    &format!("{span_days} days"),
                );
            }
            span_days *= 1.07;
        }
    }

    #[test]
    fn two_weeks_span_weekly_mondays_and_a_year_spans_months() {
        let weeks = [
            result(NOON, [Some(1); 4]),
            result(NOON + 14.0 * MS_PER_DAY, [Some(1); 4]),
        ];
        // 23 Nov 2026 is a Monday, so the weekly ticks fall on Mondays from it.
        let labels: Vec<_> = layout(&weeks, 0, &words())
            .x_ticks
            .into_iter()
            .map(|t| t.label)
            .collect();
        assert_eq!(labels, ["23 Nov 2026", "30 Nov 2026", "7 Dec 2026"]);
        let year = [
            result(NOON, [Some(1); 4]),
            result(NOON + 365.0 * MS_PER_DAY, [Some(1); 4]),
        ];
        let labels: Vec<_> = layout(&year, 0, &words())
            .x_ticks
            .into_iter()
            .map(|t| t.label)
            .collect();
        assert!(labels.iter().all(|l| l.starts_with("1 ")), "{labels:?}");
    }

    #[test]
    fn a_missing_score_splits_the_line() {
        let day = MS_PER_DAY;
        let results = [
            result(NOON, [Some(10), Some(10), Some(10), None]),
            result(NOON + day, [None, Some(20), Some(20), None]),
            result(NOON + 2.0 * day, [Some(30), Some(30), None, None]),
            result(NOON + 3.0 * day, [Some(40), Some(40), None, None]),
        ];
        let chart = layout(&results, 0, &words());
        let lengths = |i: usize| {
            chart.series[i]
                .segments
                .iter()
                .map(Vec::len)
                .collect::<Vec<_>>()
        };
        assert_eq!(lengths(0), vec![1, 2]);
        assert_eq!(lengths(1), vec![4]);
        assert_eq!(lengths(2), vec![2]);
        assert!(lengths(3).is_empty());
    }

    #[test]
    fn corrupt_times_are_left_out_and_no_results_draw_nothing() {
        let chart = layout(
            &[result(f64::NAN, [Some(1); 4]), result(1e300, [Some(1); 4])],
            0,
            &words(),
        );
        assert!(chart.series.iter().all(|s| s.segments.is_empty()));
        assert!(chart.x_ticks.is_empty());
        assert_eq!(chart.y_ticks.len(), 5);
    }

    #[test]
    fn a_thousand_results_lay_out_in_one_pass() {
        let results: Vec<_> = (0..1000)
            .map(|i| {
                result(
                    NOON + f64::from(i) * 3.0 * MS_PER_DAY,
                    [Some((i % 101) as u8); 4],
                )
            })
            .collect();
        let chart = layout(&results, 0, &words());
        assert_eq!(chart.series[3].points().count(), 1000);
        assert_ticks_fit(&chart, "1000 results");
        assert!(chart
            .title
            .starts_with("Scores over time, 1,000 results from 23 Nov 2026 to "));
    }

    #[test]
    fn svg_strings_are_well_formed() {
        let p = Point {
            x: 10.0,
            y: 20.0,
            score: 5,
            at_ms: 0.0,
        };
        assert_eq!(
            polyline_points(&[p, Point { x: 30.26, ..p }]),
            "10,20 30.3,20"
        );
        for scale in Scale::ALL {
            let d = marker_path(scale, 100.0, 50.0);
            assert!(d.starts_with('M') && d.ends_with('Z'), "{d}");
        }
        assert_ne!(
            marker_path(Scale::Value, 1.0, 1.0),
            marker_path(Scale::Discomfort, 1.0, 1.0)
        );
    }
}

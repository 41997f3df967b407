//! The browser's clock and time zone, and a per-tab random tag.

/// Milliseconds since the epoch.
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// Minutes east of UTC right now (JavaScript's offset, negated), for local dates.
pub fn offset_minutes() -> i32 {
    // Real offsets are within +-14 hours, far inside i32.
    -(js_sys::Date::new_0().get_timezone_offset() as i32)
}

/// A short random tag that keeps result ids from two tabs apart even when
/// both finish in the same millisecond. Not a secret, so Math.random will do.
pub fn nonce() -> String {
    let n = (js_sys::Math::random() * 36f64.powi(5)) as u64;
    let mut digits = Vec::new();
    let mut rest = n;
    for _ in 0..5 {
        digits.push(char::from_digit((rest % 36) as u32, 36).unwrap_or('0'));
        rest /= 36;
    }
    digits.into_iter().collect()
}

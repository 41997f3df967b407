//! How the page was asked to show the widget: standalone, in a blogger's
//! iframe, or mounted straight into a host page; and with which look.
//!
//! Read from the query string (`?embed=1&theme=dark...`) that embed.js
//! builds, so this is pure text handling, tested natively. Anything
//! malformed falls back to the default rather than failing.

/// The colour theme requested.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    /// Follow the device (`prefers-color-scheme`).
    #[default]
    Auto,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl Theme {
    /// Every choice, in the order the theme control offers them.
    pub const ALL: [Theme; 3] = [Theme::Auto, Theme::Light, Theme::Dark];

    /// The `data-theme` attribute value, `None` for automatic.
    pub fn attribute(self) -> Option<&'static str> {
        match self {
            Theme::Auto => None,
            Theme::Light => Some("light"),
            Theme::Dark => Some("dark"),
        }
    }

    /// The name used in the query string and in storage.
    pub fn name(self) -> &'static str {
        self.attribute().unwrap_or("auto")
    }

    /// The theme with this name; anything else is `None`.
    pub fn from_name(name: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|t| t.name() == name)
    }
}

/// Everything the embedding page can ask for.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EmbedOptions {
    /// Shown inside someone else's page: no page header or footer.
    pub embedded: bool,
    /// Mounted into a host page's element (shadow root), not an iframe of our own page.
    pub direct: bool,
    /// The embed.js widget number, echoed in every message to the host.
    pub widget: Option<String>,
    /// The host page's origin: messages go only there.
    pub host_origin: Option<String>,
    /// Colour theme.
    pub theme: Theme,
    /// Accent colour, a validated `#rgb` or `#rrggbb`.
    pub accent: Option<String>,
    /// Leave out the intro's big heading.
    pub compact: bool,
    /// Let the host page's background show through.
    pub transparent: bool,
    /// The host opted in to receiving the scores when a questionnaire is completed.
    pub share_scores: bool,
    /// The language the page asked for (`?lang=de`, the embed's `lang`
    /// attribute), as a tag; `language::choose` decides what it means.
    pub lang: Option<String>,
}

impl EmbedOptions {
    /// Options from a query string, with or without the leading `?`.
    pub fn from_query(query: &str) -> EmbedOptions {
        let mut options = EmbedOptions::default();
        for pair in query.trim_start_matches('?').split('&') {
            let (key, raw) = pair.split_once('=').unwrap_or((pair, ""));
            let value = percent_decode(raw);
            let on = matches!(value.as_str(), "1" | "true" | "");
            match key {
                "embed" => options.embedded = on,
                "widget" if is_widget_id(&value) => options.widget = Some(value),
                "host" if is_origin(&value) => options.host_origin = Some(value),
                "theme" => options.theme = Theme::from_name(&value).unwrap_or_default(),
                "accent" if is_hex_colour(&value) => options.accent = Some(value),
                "compact" => options.compact = on,
                "transparent" => options.transparent = on,
                "scores" => options.share_scores = on,
                "lang" if is_language_tag(&value) => options.lang = Some(value),
                _ => {}
            }
        }
        options
    }

    /// Options for a direct mount into a host page's element.
    pub fn direct(query: &str) -> EmbedOptions {
        EmbedOptions { embedded: true, direct: true, ..EmbedOptions::from_query(query) }
    }
}

/// `query` with its `lang` parameter set to `code` (added when missing),
/// every other parameter kept as it was; with the leading `?`.
pub fn with_lang(query: &str, code: &str) -> String {
    let kept = query
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty() && pair.split('=').next() != Some("lang"));
    let pairs: Vec<String> = kept.map(str::to_string).chain([format!("lang={code}")]).collect();
    format!("?{}", pairs.join("&"))
}

/// "de", "de-AT", "pt_BR": letters, digits and separators only, and short.
fn is_language_tag(value: &str) -> bool {
    (2..=35).contains(&value.len()) && value.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

fn is_widget_id(value: &str) -> bool {
    !value.is_empty() && value.len() <= 12 && value.chars().all(|c| c.is_ascii_alphanumeric())
}

/// `http(s)://host[:port]` and nothing more: the only thing messages may target.
fn is_origin(value: &str) -> bool {
    let Some(rest) = value.strip_prefix("https://").or_else(|| value.strip_prefix("http://")) else {
        return false;
    };
    !rest.is_empty()
        && rest.len() <= 253
        && rest.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'))
}

fn is_hex_colour(value: &str) -> bool {
    let Some(hex) = value.strip_prefix('#') else { return false };
    matches!(hex.len(), 3 | 6) && hex.chars().all(|c| c.is_ascii_hexdigit())
}

/// Decodes `%XX` escapes and `+`; invalid escapes are kept as written.
fn percent_decode(raw: &str) -> String {
    let bytes = raw.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match bytes[i] {
            b'%' if i + 2 < bytes.len() => {
                match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                    // Two hex digits make one byte, always below 256.
                    (Some(h), Some(l)) => {
                        out.push((h * 16 + l) as u8);
                        i += 3;
                        continue;
                    }
                    _ => out.push(b'%'),
                }
            }
            b'+' => out.push(b' '),
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plain_page_is_standalone() {
        assert_eq!(EmbedOptions::from_query(""), EmbedOptions::default());
        assert!(!EmbedOptions::from_query("?").embedded);
    }

    #[test]
    fn embed_js_query_is_read_in_full() {
        let o = EmbedOptions::from_query(
            "?embed=1&widget=3&host=https%3A%2F%2Fblog.example.org%3A8443&theme=dark\
             &accent=%230a7c55&compact=1&transparent=1&scores=1&lang=de-AT",
        );
        assert_eq!(
            o,
            EmbedOptions {
                embedded: true,
                direct: false,
                widget: Some("3".into()),
                host_origin: Some("https://blog.example.org:8443".into()),
                theme: Theme::Dark,
                accent: Some("#0a7c55".into()),
                compact: true,
                transparent: true,
                share_scores: true,
                lang: Some("de-AT".into()),
            }
        );
    }

    #[test]
    fn hostile_values_are_dropped_not_passed_on() {
        let o = EmbedOptions::from_query(
            "embed=1&host=javascript:alert(1)&accent=red;background:url(x)&widget=<b>&theme=neon\
             &lang=de%22%3E%3Cscript%3E",
        );
        assert_eq!(o.lang, None);
        assert_eq!(o.host_origin, None);
        assert_eq!(o.accent, None);
        assert_eq!(o.widget, None);
        assert_eq!(o.theme, Theme::Auto);
        assert_eq!(EmbedOptions::from_query("host=https://a.example/path").host_origin, None);
    }

    #[test]
    fn switching_language_rewrites_only_the_lang_parameter() {
        assert_eq!(with_lang("", "de"), "?lang=de");
        assert_eq!(with_lang("?lang=de", "en"), "?lang=en");
        assert_eq!(with_lang("?embed=1&lang=de&theme=dark", "en"), "?embed=1&theme=dark&lang=en");
        assert_eq!(with_lang("?language=x", "de"), "?language=x&lang=de");
    }

    #[test]
    fn theme_names_round_trip() {
        for theme in Theme::ALL {
            assert_eq!(Theme::from_name(theme.name()), Some(theme));
        }
        assert_eq!(Theme::from_name("neon"), None);
    }

    #[test]
    fn a_direct_mount_is_embedded_and_direct() {
        let o = EmbedOptions::direct("compact=1");
        assert!(o.embedded && o.direct && o.compact);
    }

    #[test]
    fn broken_escapes_do_not_panic() {
        for q in ["accent=%", "accent=%2", "accent=%zz", "host=%E2%82", "a=%%%"] {
            let _ = EmbedOptions::from_query(q);
        }
        assert_eq!(percent_decode("a%20b+c%"), "a b c%");
    }
}

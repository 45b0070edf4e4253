//! The embed views' options (`/embed/…?theme=dark&accent=%230b5394&sections=legal_aid`):
//! parsed and validated here, natively tested. A value that is not valid is
//! dropped, never echoed back into the page, and the canonical query that
//! links inside the embed carry is rebuilt from the parsed values only.

use crate::url::percent_decode;

/// A colour scheme for the embed view.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
    /// Follows the visitor's system setting (`prefers-color-scheme`).
    Auto,
}

impl Theme {
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Auto => "auto",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [Theme::Light, Theme::Dark, Theme::Auto]
            .into_iter()
            .find(|t| t.as_str() == s)
    }
}

/// The sections of a country page an embed can choose from, and the search
/// box (any embed page; shown only when asked for).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    Protection,
    LegalAid,
    OtherSupport,
    About,
    Suggest,
    Search,
}

impl Section {
    /// The country page's sections (not the search box).
    pub const ALL: [Section; 5] = [
        Section::Protection,
        Section::LegalAid,
        Section::OtherSupport,
        Section::About,
        Section::Suggest,
    ];

    /// The name in the query string (`sections=legal_aid,other_support`).
    pub fn key(self) -> &'static str {
        match self {
            Section::Protection => "protection",
            Section::LegalAid => "legal_aid",
            Section::OtherSupport => "other_support",
            Section::About => "about",
            Section::Suggest => "suggest",
            Section::Search => "search",
        }
    }

    /// The section's element id on the country page.
    pub fn anchor(self) -> &'static str {
        match self {
            Section::Protection => "protection",
            Section::LegalAid => "legal-aid",
            Section::OtherSupport => "other-support",
            Section::About => "about",
            Section::Suggest => "suggest",
            Section::Search => "search",
        }
    }

    /// Every value, in the order the query string lists them.
    const ORDER: [Section; 6] = [
        Section::Protection,
        Section::LegalAid,
        Section::OtherSupport,
        Section::About,
        Section::Suggest,
        Section::Search,
    ];

    fn parse(s: &str) -> Option<Self> {
        Section::ORDER.into_iter().find(|x| x.key() == s)
    }

    /// Sorts sections into the order of the page.
    pub fn sort(sections: &mut [Section]) {
        crate::sort::sort_by_key(sections, |s| Section::ORDER.iter().position(|x| x == s));
    }
}

/// A colour, parsed from `#rgb` or `#rrggbb` (the `#` may be left out).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    pub const WHITE: Rgb = Rgb(0xff, 0xff, 0xff);

    pub fn parse(s: &str) -> Option<Self> {
        let hex = s.strip_prefix('#').unwrap_or(s);
        if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let digit = |i: usize| u8::from_str_radix(&hex[i..=i], 16).ok();
        let pair = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
        match hex.len() {
            3 => Some(Rgb(digit(0)? * 17, digit(1)? * 17, digit(2)? * 17)),
            6 => Some(Rgb(pair(0)?, pair(2)?, pair(4)?)),
            _ => None,
        }
    }

    /// `#rrggbb`, lower case.
    pub fn to_hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// WCAG 2 relative luminance.
    pub fn luminance(self) -> f64 {
        let channel = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.039_28 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(self.0) + 0.7152 * channel(self.1) + 0.0722 * channel(self.2)
    }

    /// This colour moved `t` (0–1) of the way towards `other`.
    fn mix(self, other: Rgb, t: f64) -> Rgb {
        let m = |a: u8, b: u8| (f64::from(a) + (f64::from(b) - f64::from(a)) * t).round() as u8;
        Rgb(m(self.0, other.0), m(self.1, other.1), m(self.2, other.2))
    }
}

/// WCAG 2 contrast ratio (1–21).
pub fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (a.luminance(), b.luminance());
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

/// The contrast text and links need (WCAG 2.2 AA, normal text).
pub const AA: f64 = 4.5;

/// The backgrounds links and buttons sit on in the light theme: the page,
/// the grey panels ("On this page"), the blue and yellow notes
/// (`--color-bg`, `--color-surface`, `--color-info-bg`, `--color-warn-bg`
/// in `style/main.css`; a test checks they are there).
pub const LIGHT_BACKGROUNDS: [Rgb; 4] = [
    Rgb(0xff, 0xff, 0xff),
    Rgb(0xf3, 0xf5, 0xf7),
    Rgb(0xee, 0xf4, 0xfb),
    Rgb(0xff, 0xf7, 0xdd),
];

/// The same backgrounds in the dark theme. The first is also the text
/// colour on dark-theme buttons.
pub const DARK_BACKGROUNDS: [Rgb; 4] = [
    Rgb(0x12, 0x12, 0x12),
    Rgb(0x1f, 0x1f, 0x1f),
    Rgb(0x10, 0x24, 0x3a),
    Rgb(0x2e, 0x26, 0x00),
];

/// The accent as it can be used on `backgrounds`: as link colour on each
/// of them, and as button colour under text in the first one's colour
/// (white in the light theme, the page colour in the dark one). If it is
/// too close to any of them, it is moved towards black (light backgrounds)
/// or white (dark ones) until every pair meets AA.
pub fn accessible_accent(accent: Rgb, backgrounds: &[Rgb]) -> Rgb {
    let light = backgrounds.first().is_some_and(|b| b.luminance() > 0.18);
    let target = if light { Rgb(0, 0, 0) } else { Rgb::WHITE };
    (0..=20)
        .map(|step| accent.mix(target, f64::from(step) / 20.0))
        .find(|c| backgrounds.iter().all(|b| contrast(*c, *b) >= AA))
        .unwrap_or(target)
}

/// The options of an embed view.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EmbedOptions {
    /// A UI language the app has.
    pub lang: Option<String>,
    pub theme: Option<Theme>,
    pub accent: Option<Rgb>,
    /// The country-page sections to show; empty means all.
    pub sections: Vec<Section>,
}

impl EmbedOptions {
    /// Reads the options from a query string (with or without the `?`).
    /// `languages` are the UI languages the app has. Unknown keys and
    /// invalid values are ignored; for a repeated key the first valid value
    /// counts.
    pub fn from_query(query: &str, languages: &[&str]) -> Self {
        let mut options = EmbedOptions::default();
        let query = query.strip_prefix('?').unwrap_or(query);
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let value = percent_decode(value);
            let value = value.trim();
            match percent_decode(key).as_str() {
                "lang" if options.lang.is_none() => {
                    options.lang = languages
                        .iter()
                        .find(|l| l.eq_ignore_ascii_case(value))
                        .map(|l| l.to_string());
                }
                "theme" if options.theme.is_none() => options.theme = Theme::parse(value),
                "accent" if options.accent.is_none() => options.accent = Rgb::parse(value),
                "sections" if options.sections.is_empty() => {
                    for section in value.split(',').filter_map(|s| Section::parse(s.trim())) {
                        if !options.sections.contains(&section) {
                            options.sections.push(section);
                        }
                    }
                    // Keep the page's order, whatever order they were given in.
                    Section::sort(&mut options.sections);
                }
                _ => {}
            }
        }
        options
    }

    /// The canonical query string (`?lang=en&theme=dark…`, or empty), built
    /// from the parsed values only: links inside the embed carry it.
    pub fn to_query(&self) -> String {
        let mut parts = Vec::new();
        if let Some(lang) = &self.lang {
            parts.push(format!("lang={lang}"));
        }
        if let Some(theme) = self.theme {
            parts.push(format!("theme={}", theme.as_str()));
        }
        if let Some(accent) = self.accent {
            parts.push(format!("accent=%23{}", &accent.to_hex()[1..]));
        }
        if !self.sections.is_empty() {
            let keys: Vec<&str> = self.sections.iter().map(|s| s.key()).collect();
            parts.push(format!("sections={}", keys.join(",")));
        }
        if parts.is_empty() {
            String::new()
        } else {
            format!("?{}", parts.join("&"))
        }
    }

    /// Whether the page shows `section`: the search box only when asked
    /// for; a country page's section when it is listed or when none is.
    pub fn shows(&self, section: Section) -> bool {
        section_shown(&self.sections, section)
    }
}

fn section_shown(sections: &[Section], section: Section) -> bool {
    if section == Section::Search {
        return sections.contains(&Section::Search);
    }
    sections.contains(&section) || sections.iter().all(|s| *s == Section::Search)
}

/// The type of the message that tells the partner page the frame's height.
pub const RESIZE_MESSAGE: &str = "legal-aid-directory:resize";

/// The largest height a resize message may carry (CSS px); larger ones are
/// ignored, so a broken page cannot make a partner page absurdly long.
pub const RESIZE_MAX_HEIGHT: u32 = 100_000;

/// The iframe sandbox docs/embedding.md recommends: scripts and the directory's own
/// storage (offline copy), links that open outside the frame, the quick exit
/// leaving the partner page too (only when the visitor presses it), and
/// downloads ("Add to contacts").
pub const SANDBOX: &str = "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation allow-downloads";

/// The iframe permissions docs/embedding.md recommends: copy and share buttons.
pub const ALLOW: &str = "clipboard-write; web-share";

/// The height the snippet gives the frame before `embed.js` fits it (and
/// the height it keeps without the script, scrolling inside).
pub const DEFAULT_HEIGHT: u32 = 800;

/// `text` made safe inside a double-quoted HTML attribute.
pub fn escape_attribute(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

/// The embed view's address of a full-site page (`/countries/norway`):
/// in the options' language (`/ar/embed/countries/norway`: the language is
/// the address's prefix), with the other options as its query. English,
/// chosen, keeps `lang=en` in the query: an embed address without a
/// language is in the visitor's language (their browser's, where the
/// directory has it), one with `lang=en` stays English.
pub fn embed_path(public_path: &str, options: &EmbedOptions) -> String {
    let path = format!("/embed{public_path}");
    let (path, lang) = match options.lang.as_deref() {
        Some(code) if code != crate::locale::DEFAULT_LANGUAGE => (
            crate::locale::language_path(code, crate::locale::DEFAULT_LANGUAGE, &path),
            None,
        ),
        chosen => (path, chosen.map(str::to_string)),
    };
    let others = EmbedOptions {
        lang,
        ..options.clone()
    };
    format!("{path}{}", others.to_query())
}

/// The HTML a partner pastes: the frame, and the script that fits it.
/// `origin` is the directory's (`https://directory.example`); `title`
/// names the frame for screen readers.
pub fn snippet(origin: &str, public_path: &str, options: &EmbedOptions, title: &str) -> String {
    let src = escape_attribute(&format!("{origin}{}", embed_path(public_path, options)));
    let script = escape_attribute(&format!("{origin}/embed.js"));
    format!(
        "<iframe data-legal-aid-directory\n  src=\"{src}\"\n  title=\"{title}\"\n  \
         style=\"width: 100%; height: {DEFAULT_HEIGHT}px; border: 0\"\n  loading=\"lazy\"\n  \
         referrerpolicy=\"no-referrer\"\n  sandbox=\"{SANDBOX}\"\n  allow=\"{ALLOW}\"></iframe>\n\
         <script src=\"{script}\" defer referrerpolicy=\"no-referrer\"></script>\n",
        title = escape_attribute(title),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const LANGS: &[&str] = &["en"];

    #[test]
    fn colours_parse_in_both_lengths_with_or_without_hash() {
        assert_eq!(Rgb::parse("#0b5394"), Some(Rgb(0x0b, 0x53, 0x94)));
        assert_eq!(Rgb::parse("0B5394"), Some(Rgb(0x0b, 0x53, 0x94)));
        assert_eq!(Rgb::parse("#fa0"), Some(Rgb(0xff, 0xaa, 0x00)));
        for bad in [
            "",
            "#",
            "red",
            "#12345",
            "#1234567",
            "#ggg",
            "#12 345",
            "#１２３",
            "javascript:1",
        ] {
            assert_eq!(Rgb::parse(bad), None, "{bad:?}");
        }
        assert_eq!(Rgb(0x0b, 0x53, 0x94).to_hex(), "#0b5394");
    }

    #[test]
    fn contrast_matches_wcag() {
        assert!((contrast(Rgb(0, 0, 0), Rgb::WHITE) - 21.0).abs() < 1e-9);
        assert!((contrast(Rgb::WHITE, Rgb::WHITE) - 1.0).abs() < 1e-9);
        // The site's link blue on white: 7.8:1 (see style/main.css).
        assert!((contrast(Rgb(0x0b, 0x53, 0x94), Rgb::WHITE) - 7.84).abs() < 0.01);
    }

    #[test]
    fn accents_are_kept_when_they_pass_and_adjusted_when_they_do_not() {
        let blue = Rgb(0x0b, 0x53, 0x94);
        assert_eq!(accessible_accent(blue, &LIGHT_BACKGROUNDS), blue);
        // Yellow on white fails: it is darkened until it passes.
        let yellow = Rgb(0xff, 0xdd, 0x00);
        assert_ne!(accessible_accent(yellow, &LIGHT_BACKGROUNDS), yellow);
        // Colours that pass on the page but not on the panels are adjusted.
        for (colour, backgrounds) in [
            (Rgb(0x33, 0x66, 0xff), &LIGHT_BACKGROUNDS),
            (Rgb(0xaa, 0x33, 0x00), &DARK_BACKGROUNDS),
            (Rgb(0x77, 0x77, 0x77), &DARK_BACKGROUNDS),
        ] {
            let c = accessible_accent(colour, backgrounds);
            assert!(
                backgrounds.iter().all(|b| contrast(c, *b) >= AA),
                "{colour:?}"
            );
        }
        // Every colour ends up usable on every background of both themes.
        for r in (0..=255).step_by(17) {
            for g in (0..=255).step_by(17) {
                for b in (0..=255).step_by(17) {
                    let c = Rgb(r, g, b);
                    for backgrounds in [&LIGHT_BACKGROUNDS, &DARK_BACKGROUNDS] {
                        let a = accessible_accent(c, backgrounds);
                        assert!(backgrounds.iter().all(|bg| contrast(a, *bg) >= AA), "{c:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn options_are_read_and_invalid_values_dropped() {
        let o = EmbedOptions::from_query(
            "?lang=EN&theme=dark&accent=%230b5394&sections=other_support,legal_aid,bogus",
            LANGS,
        );
        assert_eq!(o.lang.as_deref(), Some("en"));
        assert_eq!(o.theme, Some(Theme::Dark));
        assert_eq!(o.accent, Some(Rgb(0x0b, 0x53, 0x94)));
        assert_eq!(o.sections, vec![Section::LegalAid, Section::OtherSupport]);
        assert!(o.shows(Section::LegalAid) && !o.shows(Section::Protection));

        let bad = EmbedOptions::from_query(
            "lang=xx&theme=purple&accent=red%22%3E%3Cscript%3E&sections=%3Cb%3E&x=1",
            LANGS,
        );
        assert_eq!(bad, EmbedOptions::default());
        assert!(Section::ALL.iter().all(|s| bad.shows(*s)));
        // The search box: only when asked for, and asking for it alone
        // keeps every section.
        assert!(!bad.shows(Section::Search));
        let search = EmbedOptions::from_query("sections=search", &["en"]);
        assert!(search.shows(Section::Search) && Section::ALL.iter().all(|s| search.shows(*s)));
        let both = EmbedOptions::from_query("sections=search,legal_aid", &["en"]);
        assert_eq!(both.sections, vec![Section::LegalAid, Section::Search]);
        assert!(
            both.shows(Section::Search)
                && both.shows(Section::LegalAid)
                && !both.shows(Section::About)
        );
        assert_eq!(both.to_query(), "?sections=legal_aid,search");
        assert_eq!(bad.to_query(), "");
    }

    #[test]
    fn the_canonical_query_is_rebuilt_from_parsed_values() {
        let o = EmbedOptions::from_query("accent=FA0&sections=about&theme=auto&lang=en", LANGS);
        assert_eq!(
            o.to_query(),
            "?lang=en&theme=auto&accent=%23ffaa00&sections=about"
        );
        assert_eq!(EmbedOptions::from_query(&o.to_query(), LANGS), o);
    }

    #[test]
    fn an_embed_view_is_in_its_language_by_its_address() {
        let langs = &["en", "ar"];
        let o = EmbedOptions::from_query("lang=ar&theme=dark", langs);
        assert_eq!(
            embed_path("/countries/norway", &o),
            "/ar/embed/countries/norway?theme=dark"
        );
        let o = EmbedOptions::from_query("lang=en&theme=dark", langs);
        assert_eq!(
            embed_path("/search", &o),
            "/embed/search?lang=en&theme=dark"
        );
        assert_eq!(
            embed_path("/search", &EmbedOptions::default()),
            "/embed/search"
        );
    }

    #[test]
    fn the_snippet_frames_the_embed_view_with_the_recommended_sandbox() {
        let options = EmbedOptions::from_query("theme=dark&sections=legal_aid", LANGS);
        let html = snippet(
            "https://directory.example",
            "/countries/norway",
            &options,
            "Free legal aid \"Norway\" <b>",
        );
        assert!(html.starts_with("<iframe data-legal-aid-directory\n"));
        assert!(html.contains(
            "src=\"https://directory.example/embed/countries/norway?theme=dark&amp;sections=legal_aid\""
        ));
        assert!(html.contains("title=\"Free legal aid &quot;Norway&quot; &lt;b&gt;\""));
        assert!(html.contains(&format!("sandbox=\"{SANDBOX}\"")));
        assert!(html.contains("allow=\"clipboard-write; web-share\""));
        assert!(html.contains("referrerpolicy=\"no-referrer\""));
        assert!(
            html.ends_with("<script src=\"https://directory.example/embed.js\" defer referrerpolicy=\"no-referrer\"></script>\n")
        );
        for needed in [
            "allow-scripts",
            "allow-same-origin",
            "allow-popups-to-escape-sandbox",
            "allow-top-navigation-by-user-activation",
            "allow-downloads",
        ] {
            assert!(SANDBOX.split(' ').any(|s| s == needed), "{needed}");
        }
    }
}

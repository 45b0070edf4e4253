//! Property tests (proptest): whatever the input, the parser, the
//! validator's rules, the search and the hours logic never panic (with
//! `panic = "abort"` a panic would kill the whole app); valid data
//! round-trips; folding is idempotent; the pure helpers keep their
//! promises on arbitrary input.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::PathBuf;
use std::sync::OnceLock;

use directory_checks::fold;
use directory_checks::strict::{parse_country, parse_index, parse_search_index};
use directory_checks::validate::{
    email_problem, language_problem, length_problem, phone_problem, text_problem, url_problem,
};
use directory_data::CountryFile;
use directory_data::hours::{HoursStatus, LocalDateTime, status, weekday};
use directory_data::messages::interpolate;
use directory_data::model::country::OpeningHours;
use directory_data::model::vocabulary::Weekday;
use directory_data::model::{Date, Time};
use directory_data::parse::clamp_strings;
use directory_data::search::{Query, SearchIndex};
use proptest::prelude::*;

fn data_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../public/data")
}

fn norway_text() -> &'static str {
    static TEXT: OnceLock<String> = OnceLock::new();
    TEXT.get_or_init(|| std::fs::read_to_string(data_dir().join("countries/norway.json")).unwrap())
}

fn norway() -> &'static CountryFile {
    static FILE: OnceLock<CountryFile> = OnceLock::new();
    FILE.get_or_init(|| parse_country("norway.json", norway_text()).unwrap())
}

fn search_index() -> &'static SearchIndex {
    static INDEX: OnceLock<SearchIndex> = OnceLock::new();
    INDEX.get_or_init(|| {
        let text = std::fs::read_to_string(data_dir().join("search.json")).unwrap();
        parse_search_index("search.json", &text).unwrap()
    })
}

/// Every block of hours in the shipped data.
fn shipped_hours() -> Vec<OpeningHours> {
    norway()
        .organisations
        .iter()
        .flat_map(|o| o.hours.iter().cloned())
        .collect()
}

fn any_date() -> impl Strategy<Value = Date> {
    (1990u16..2100, 1u8..=12, 1u8..=31).prop_filter_map("a real date", |(y, m, d)| {
        Date::parse(&format!("{y:04}-{m:02}-{d:02}")).ok()
    })
}

fn any_time() -> impl Strategy<Value = Time> {
    (0u8..=24, 0u8..60).prop_filter_map("a real time", |(h, m)| {
        Time::parse(&format!("{h:02}:{m:02}")).ok()
    })
}

/// A shipped block of hours with arbitrary times, days and validity.
fn any_hours() -> impl Strategy<Value = Vec<OpeningHours>> {
    let blocks = shipped_hours();
    prop::collection::vec(
        (
            0..blocks.len(),
            any_time(),
            any_time(),
            prop::collection::vec(0usize..7, 0..8),
            prop::option::of(any_date()),
            prop::option::of(any_date()),
        ),
        0..6,
    )
    .prop_map(move |specs| {
        specs
            .into_iter()
            .map(|(i, opens, closes, days, from, until)| {
                let mut block = blocks[i].clone();
                block.opens = opens;
                block.closes = closes;
                block.days = days.into_iter().map(|d| Weekday::ALL[d]).collect();
                block.valid_from = from;
                block.valid_until = until;
                block
            })
            .collect()
    })
}

/// Strings worth throwing at text handling: anything, plus JSON-ish and
/// markup-ish pieces.
fn nasty() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        prop::collection::vec(
            prop::sample::select(vec![
                "{", "}", "[", "]", "\"", "\\", "\\u", "\\ud83d", "00e9", ":", ",", "null",
                "1e999", "<", ">", "&amp;", "{{", "}}", " count ", "é", "😀", "\u{202E}", "\u{0}",
                "\n", "a",
            ]),
            0..40,
        )
        .prop_map(|parts| parts.concat()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn parsers_never_panic(text in nasty()) {
        let _ = parse_country("x.json", &text);
        let _ = parse_index("x.json", &text);
        let _ = parse_search_index("x.json", &text);
    }

    #[test]
    fn a_damaged_country_file_is_an_error_or_data_never_a_panic(
        cut in 0usize..200_000,
        insert in nasty(),
    ) {
        let text = norway_text();
        let mut at = cut.min(text.len());
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        let damaged = format!("{}{insert}{}", &text[..at], &text[at..]);
        let _ = parse_country("norway.json", &damaged);
        let _ = parse_country("norway.json", &text[..at]);
    }

    #[test]
    fn validator_rules_never_panic(s in nasty()) {
        let _ = text_problem(&s);
        let _ = url_problem(&s);
        let _ = email_problem(&s);
        let _ = phone_problem(&s);
        let _ = language_problem(&s);
        let _ = length_problem("name", &s);
    }

    #[test]
    fn folding_is_idempotent(s in nasty()) {
        let once = fold(&s);
        prop_assert_eq!(fold(&once), once);
    }

    #[test]
    fn search_never_panics_and_finds_only_real_entries(q in nasty()) {
        let index = search_index();
        let hits = Query::new(&fold(&q), &[]).run(&index.organisations, &index.countries);
        for hit in hits {
            prop_assert!(hit.position < index.organisations.len());
        }
    }

    #[test]
    fn hours_status_is_consistent(hours in any_hours(), date in any_date(), minutes in 0u16..1440) {
        let now = LocalDateTime { date, minutes };
        match status(&hours, now) {
            Some(HoursStatus::Open { closes, .. }) => {
                prop_assert!(closes.minutes() > minutes, "open until {closes:?} at {minutes}");
            }
            Some(HoursStatus::Closed { next: Some((next, day, _)), .. }) => {
                prop_assert!(next >= date);
                prop_assert_eq!(weekday(next), day);
            }
            _ => {}
        }
    }

    #[test]
    fn clamped_json_stays_json_and_short(value in json_value(), max in 1usize..12) {
        let text = serde_json::to_string(&value).unwrap();
        let clamped = clamp_strings(&text, max);
        let parsed: serde_json::Value = serde_json::from_str(&clamped).unwrap();
        fn check(v: &serde_json::Value, max: usize) -> bool {
            match v {
                serde_json::Value::String(s) => s.chars().count() <= max + 1,
                serde_json::Value::Array(a) => a.iter().all(|x| check(x, max)),
                serde_json::Value::Object(o) => o.iter().all(|(k, x)| k.chars().count() <= max + 1 && check(x, max)),
                _ => true,
            }
        }
        prop_assert!(check(&parsed, max));
    }

    #[test]
    fn clamping_anything_never_panics(s in nasty(), max in 0usize..20) {
        let _ = clamp_strings(&s, max);
    }

    #[test]
    fn interpolation_never_panics_and_leaves_plain_text_alone(s in nasty(), v in nasty()) {
        let out = interpolate(&s, &[("count", &v)]);
        if !s.contains("{{") {
            prop_assert_eq!(out, s);
        }
    }

    #[test]
    fn our_sort_sorts_like_the_standard_library(items in prop::collection::vec((0u8..6, any::<u16>()), 0..80)) {
        let mut ours = items.clone();
        directory_data::sort::sort_by_key(&mut ours, |p| p.0);
        let mut std = items;
        std.sort_by_key(|p| p.0);
        prop_assert_eq!(ours, std);
    }
}

/// Arbitrary JSON values (strings with escapes, surrogate pairs and
/// multibyte characters), nested a few levels.
fn json_value() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::Bool),
        any::<i32>().prop_map(serde_json::Value::from),
        any::<String>().prop_map(serde_json::Value::String),
        "[a\"\\\\\n\t é€😀]{0,30}".prop_map(serde_json::Value::String),
    ];
    leaf.prop_recursive(3, 32, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(serde_json::Value::Array),
            prop::collection::btree_map("[a-zé]{0,14}", inner, 0..6)
                .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    })
}

#[test]
fn shipped_data_round_trips() {
    let country = norway();
    let again = parse_country("norway.json", &serde_json::to_string(country).unwrap()).unwrap();
    assert_eq!(&again, country);
}

#[test]
fn hostile_contacts_cannot_add_lines_to_a_vcard() {
    let mut org = norway()
        .organisations
        .iter()
        .find(|o| !o.phones.is_empty() && !o.emails.is_empty() && !o.websites.is_empty())
        .expect("an organisation with a phone, an e-mail and a website")
        .clone();
    org.phones[0].number = "+4722365660\r\nTEL:+4799999999".into();
    org.emails[0].address = "a@b.no\r\nEMAIL:x@evil.org".into();
    org.websites[0].url = "https://x.no\r\nURL:javascript:alert(1)".into();
    org.name = "NOAS\r\nTEL:+4788888888".into();
    let card = directory_data::vcard::vcard(&org, "Norway");
    for injected in [
        "+4799999999",
        "evil.org",
        "javascript",
        "\r\nTEL:+4788888888",
    ] {
        assert!(!card.contains(injected), "{injected} in\n{card}");
    }
    assert!(card.starts_with("BEGIN:VCARD\r\n") && card.ends_with("END:VCARD\r\n"));
}

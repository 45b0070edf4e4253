//! `Intl` at build time: ICU4X, with the CLDR data compiled in (native
//! only: none of it reaches the wasm). It writes names, lists and dates as
//! the browser's `Intl` does (the same CLDR), so a pre-rendered page reads
//! as the app would draw it.

use std::cell::RefCell;

use directory_data::PartialDate;
use directory_data::hours::LocalDateTime;
use directory_data::model::vocabulary::Weekday;
use icu_calendar::{Date, Iso};
use icu_collator::{Collator, CollatorBorrowed};
use icu_datetime::DateTimeFormatter;
use icu_datetime::fieldsets::{Y, YM, YMD};
use icu_experimental::displaynames::multi::{LanguageDisplayNames, RegionDisplayNames};
use icu_list::ListFormatter;
use icu_list::options::{ListFormatterOptions, ListLength};
use icu_locale::Locale;
use icu_plurals::{PluralCategory, PluralRuleType, PluralRules};

use super::{locale, ui_code};

fn parse(locale: &str) -> Locale {
    locale.parse().unwrap_or(Locale::UNKNOWN)
}

/// Formatters for one locale, made on first use (the build renders every
/// page of a language in a row).
struct Formatters {
    locale: String,
    regions: Option<RegionDisplayNames>,
    list: Option<ListFormatter>,
    plurals: Option<PluralRules>,
    collator: Option<CollatorBorrowed<'static>>,
}

thread_local! {
    static FORMATTERS: RefCell<Option<Formatters>> = const { RefCell::new(None) };
}

fn with_formatters<R>(f: impl FnOnce(&Formatters) -> R) -> R {
    let wanted = locale();
    FORMATTERS.with(|cell| {
        let mut cell = cell.borrow_mut();
        if cell.as_ref().is_none_or(|f| f.locale != wanted) {
            let locale = parse(&wanted);
            *cell = Some(Formatters {
                regions: RegionDisplayNames::try_new(locale.clone().into(), Default::default())
                    .ok(),
                list: ListFormatter::try_new_unit(
                    locale.clone().into(),
                    ListFormatterOptions::default().with_length(ListLength::Short),
                )
                .ok(),
                plurals: PluralRules::try_new(
                    locale.clone().into(),
                    PluralRuleType::Cardinal.into(),
                )
                .ok(),
                collator: Collator::try_new(locale.clone().into(), Default::default()).ok(),
                locale: wanted,
            });
        }
        match cell.as_ref() {
            Some(formatters) => f(formatters),
            None => unreachable_formatters(),
        }
    })
}

#[cold]
fn unreachable_formatters() -> ! {
    // The cell was filled just above.
    std::process::abort()
}

/// The CLDR plural category of `n` in the interface language.
pub fn plural_category(n: f64) -> String {
    let category = with_formatters(|f| {
        f.plurals
            .as_ref()
            .map(|rules| rules.category_for(n.max(0.0).round() as u64))
    });
    match category {
        Some(PluralCategory::Zero) => "zero",
        Some(PluralCategory::One) => "one",
        Some(PluralCategory::Two) => "two",
        Some(PluralCategory::Few) => "few",
        Some(PluralCategory::Many) => "many",
        Some(PluralCategory::Other) => "other",
        None => directory_data::messages::english_plural(n),
    }
    .to_string()
}

/// The name of a language (`ar` → "Arabic") in `locale`; a few English
/// names where CLDR has none, as in the browser.
pub fn language_name(code: &str, locale: &str) -> String {
    LanguageDisplayNames::try_new(parse(locale).into(), Default::default())
        .ok()
        .and_then(|names| names.of(code.parse().ok()?).map(str::to_string))
        .unwrap_or_else(|| match code {
            "rom" => "Romani".to_string(),
            _ => code.to_string(),
        })
}

/// A country's name in the UI language; in English, and where CLDR has no
/// name, the dataset's `fallback`.
pub fn country_name(code: &str, fallback: &str) -> String {
    if ui_code() == "en" {
        return fallback.to_string();
    }
    with_formatters(|f| {
        f.regions
            .as_ref()
            .and_then(|names| names.of(code.parse().ok()?))
            .map(str::to_string)
    })
    .unwrap_or_else(|| fallback.to_string())
}

/// Items as a list in the UI language.
pub fn list<S: AsRef<str>>(items: &[S]) -> String {
    with_formatters(|f| {
        f.list
            .as_ref()
            .map(|list| list.format(items.iter().map(AsRef::as_ref)).to_string())
    })
    .unwrap_or_else(|| {
        items
            .iter()
            .map(AsRef::as_ref)
            .collect::<Vec<_>>()
            .join(", ")
    })
}

/// Sorts `items` A–Z by `key` as the UI language sorts.
pub fn sort_by_name<T>(items: &mut [T], key: impl Fn(&T) -> &str) {
    with_formatters(|f| match &f.collator {
        Some(collator) => {
            directory_data::sort::sort_with(items, |a, b| collator.compare(key(a), key(b)))
        }
        None => directory_data::sort::sort_with(items, |a, b| key(a).cmp(key(b))),
    })
}

/// A date as people read it ("24 November 2026", "June 2023", "1972"),
/// in the locale's own calendar (Persian in `fa`), as the browser writes it.
pub fn format_date(date: PartialDate, locale: &str) -> String {
    let locale = parse(locale);
    let prefs = || locale.clone().into();
    let Ok(iso) = Date::<Iso>::try_new_iso(
        i32::from(date.year),
        date.month.unwrap_or(1),
        date.day.unwrap_or(1),
    ) else {
        return date.to_string();
    };
    let formatted = match (date.month, date.day) {
        (Some(_), Some(_)) => DateTimeFormatter::try_new(prefs(), YMD::long())
            .ok()
            .map(|f| f.format(&iso).to_string()),
        (Some(_), None) => DateTimeFormatter::try_new(prefs(), YM::long())
            .ok()
            .map(|f| f.format(&iso).to_string()),
        _ => DateTimeFormatter::try_new(prefs(), Y::long())
            .ok()
            .map(|f| f.format(&iso).to_string()),
    };
    formatted.unwrap_or_else(|| date.to_string())
}

/// A moment as a date: only the offline banner writes one, and it is
/// never shown at build time.
pub fn format_timestamp(_ms: f64, _locale: &str) -> String {
    String::new()
}

/// A download size ("28 kB", "1.3 MB").
pub fn format_bytes(bytes: u64, _locale: &str) -> String {
    directory_data::size::plain_download_size(bytes)
}

/// The clock is not read at build time.
pub(super) fn today_in(_time_zone: &str) -> Option<Weekday> {
    None
}

/// The clock is not read at build time.
pub(super) fn now_in(_time_zone: &str) -> Option<LocalDateTime> {
    None
}

/// Folds text for search as `directory_data::fold` describes (NFKD by
/// ICU4X's normaliser).
pub fn fold(text: &str) -> String {
    let text = directory_data::fold::before_decomposition(text);
    let decomposed = icu_normalizer::DecomposingNormalizerBorrowed::new_nfkd().normalize(&text);
    directory_data::fold::fold_decomposed(&decomposed)
}

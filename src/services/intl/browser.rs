//! The browser's `Intl`: what the wasm need not carry (language and
//! country names, lists, sorting, dates, plural rules, clocks in a time
//! zone, Unicode normalisation).

use directory_data::PartialDate;
use directory_data::hours::LocalDateTime;
use directory_data::model::vocabulary::Weekday;
use directory_data::size::download_size;
use js_sys::{Array, Object, Reflect};
use wasm_bindgen::prelude::*;

use super::{locale, ui_code};

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = Intl, js_name = DisplayNames)]
    type DisplayNames;

    #[wasm_bindgen(constructor, catch, js_namespace = Intl, js_class = "DisplayNames")]
    fn new(locales: &JsValue, options: &JsValue) -> Result<DisplayNames, JsValue>;

    #[wasm_bindgen(method, catch)]
    fn of(this: &DisplayNames, code: &str) -> Result<JsValue, JsValue>;

    #[wasm_bindgen(js_namespace = Intl, js_name = NumberFormat)]
    type NumberFormat;

    #[wasm_bindgen(constructor, catch, js_namespace = Intl, js_class = "NumberFormat")]
    fn new(locales: &JsValue, options: &JsValue) -> Result<NumberFormat, JsValue>;

    #[wasm_bindgen(method)]
    fn format(this: &NumberFormat, value: f64) -> String;

    #[wasm_bindgen(js_namespace = Intl, js_name = ListFormat)]
    type ListFormat;

    #[wasm_bindgen(constructor, catch, js_namespace = Intl, js_class = "ListFormat")]
    fn new(locales: &JsValue, options: &JsValue) -> Result<ListFormat, JsValue>;

    #[wasm_bindgen(method, catch, js_name = format)]
    fn format_list(this: &ListFormat, items: &Array) -> Result<String, JsValue>;

    #[wasm_bindgen(js_namespace = Intl, js_name = PluralRules)]
    type PluralRules;

    #[wasm_bindgen(constructor, catch, js_namespace = Intl, js_class = "PluralRules")]
    fn new(locales: &JsValue) -> Result<PluralRules, JsValue>;

    #[wasm_bindgen(method)]
    fn select(this: &PluralRules, value: f64) -> String;
}

thread_local! {
    /// Formatters for the interface language, made on first use and kept
    /// (changing the language reloads the page): the home page names 249
    /// countries and a page of results lists 50 organisations' services.
    static REGION_NAMES: std::cell::OnceCell<Option<DisplayNames>> = const { std::cell::OnceCell::new() };
    static LIST_FORMAT: std::cell::OnceCell<Option<ListFormat>> = const { std::cell::OnceCell::new() };
    static PLURAL_RULES: std::cell::OnceCell<Option<PluralRules>> = const { std::cell::OnceCell::new() };
}

/// The CLDR plural category of `n` in the interface language ("one",
/// "few" …), from the browser's `Intl.PluralRules` (English's rule where
/// the browser has none).
pub fn plural_category(n: f64) -> String {
    PLURAL_RULES.with(|cell| {
        cell.get_or_init(|| PluralRules::new(&locales(ui_code())).ok())
            .as_ref()
            .map(|rules| rules.select(n))
            .unwrap_or_else(|| directory_data::messages::english_plural(n).to_string())
    })
}

fn options(pairs: &[(&str, &str)]) -> Object {
    let object = Object::new();
    for (key, value) in pairs {
        let _ = Reflect::set(&object, &JsValue::from_str(key), &JsValue::from_str(value));
    }
    object
}

fn locales(locale: &str) -> Array {
    Array::of1(&JsValue::from_str(locale))
}

/// The name of a language (`ar` → "Arabic") in `locale`. Where the
/// browser knows no name (it answers with the code), a few English names.
pub fn language_name(code: &str, locale: &str) -> String {
    DisplayNames::new(&locales(locale), &options(&[("type", "language")]))
        .ok()
        .and_then(|names| names.of(code).ok())
        .and_then(|name| name.as_string())
        .filter(|name| name != code)
        .unwrap_or_else(|| match code {
            "rom" => "Romani".to_string(),
            _ => code.to_string(),
        })
}

/// A country's name in the UI language (`NO` → "النرويج"), from the
/// browser's `Intl.DisplayNames`; in English, and where the browser has no
/// name, the dataset's `fallback`.
pub fn country_name(code: &str, fallback: &str) -> String {
    let locale = locale();
    if locale.starts_with("en") {
        return fallback.to_string();
    }
    REGION_NAMES
        .with(|cell| {
            cell.get_or_init(|| {
                DisplayNames::new(&locales(&locale), &options(&[("type", "region")])).ok()
            })
            .as_ref()
            .and_then(|names| names.of(code).ok())
        })
        .and_then(|name| name.as_string())
        .filter(|name| !name.eq_ignore_ascii_case(code))
        .unwrap_or_else(|| fallback.to_string())
}

/// Items of the interface's own words (kinds of help, weekdays) as a list
/// in the UI language, as `Intl.ListFormat` writes it ("housing, asylum",
/// "السكن، واللجوء"); joined with ", " where the browser has no ListFormat.
pub fn list<S: AsRef<str>>(items: &[S]) -> String {
    let array: Array = items
        .iter()
        .map(|i| JsValue::from_str(i.as_ref()))
        .collect();
    LIST_FORMAT
        .with(|cell| {
            cell.get_or_init(|| {
                ListFormat::new(
                    &locales(&locale()),
                    &options(&[("type", "unit"), ("style", "short")]),
                )
                .ok()
            })
            .as_ref()
            .and_then(|format| format.format_list(&array).ok())
        })
        .unwrap_or_else(|| {
            items
                .iter()
                .map(|i| i.as_ref())
                .collect::<Vec<_>>()
                .join(", ")
        })
}

/// Sorts `items` A–Z by `key` as the UI language sorts (`Intl.Collator`).
pub fn sort_by_name<T>(items: &mut [T], key: impl Fn(&T) -> &str) {
    let collator = js_sys::Intl::Collator::new(&locales(&locale()), &Object::new());
    let compare = collator.compare();
    directory_data::sort::sort_with(items, |a, b| {
        compare
            .call2(
                &JsValue::NULL,
                &JsValue::from_str(key(a)),
                &JsValue::from_str(key(b)),
            )
            .ok()
            .and_then(|v| v.as_f64())
            .map_or(std::cmp::Ordering::Equal, |v| {
                v.partial_cmp(&0.0).unwrap_or(std::cmp::Ordering::Equal)
            })
    });
}

fn format_with(ms: f64, locale: &str, pairs: &[(&str, &str)]) -> Option<String> {
    let format = js_sys::Intl::DateTimeFormat::new(&locales(locale), &options(pairs)).format();
    let date = js_sys::Date::new(&JsValue::from_f64(ms));
    format.call1(&JsValue::NULL, &date).ok()?.as_string()
}

/// A date as people read it ("24 November 2026", "June 2023", "1972").
pub fn format_date(date: PartialDate, locale: &str) -> String {
    let ms = js_sys::Date::utc(
        f64::from(date.year),
        f64::from(date.month.unwrap_or(1)) - 1.0,
    ) + f64::from(date.day.unwrap_or(1) - 1) * 86_400_000.0;
    let pairs: &[(&str, &str)] = match (date.month, date.day) {
        (Some(_), Some(_)) => &[
            ("timeZone", "UTC"),
            ("day", "numeric"),
            ("month", "long"),
            ("year", "numeric"),
        ],
        (Some(_), None) => &[("timeZone", "UTC"), ("month", "long"), ("year", "numeric")],
        _ => &[("timeZone", "UTC"), ("year", "numeric")],
    };
    format_with(ms, locale, pairs).unwrap_or_else(|| date.to_string())
}

/// Today's weekday in an IANA time zone (the country's, for opening hours).
pub(super) fn today_in(time_zone: &str) -> Option<Weekday> {
    let short = format_with(
        js_sys::Date::now(),
        "en-US",
        &[("timeZone", time_zone), ("weekday", "short")],
    )?;
    Weekday::from_short_name(&short)
}

/// A moment (milliseconds since 1970) as a date ("24 November 2026").
pub fn format_timestamp(ms: f64, locale: &str) -> String {
    format_with(
        ms,
        locale,
        &[("day", "numeric"), ("month", "long"), ("year", "numeric")],
    )
    .unwrap_or_default()
}

/// A download size as people read it, in the user's language: "28 kB",
/// "1.3 MB" (see [`download_size`]).
pub fn format_bytes(bytes: u64, locale: &str) -> String {
    let (tenths, unit) = download_size(bytes);
    let opts = options(&[("style", "unit"), ("unit", unit.intl_name())]);
    // Engines without unit formatting throw: then plain digits and a symbol.
    NumberFormat::new(&locales(locale), &opts)
        .map(|f| f.format(tenths as f64 / 10.0))
        .unwrap_or_else(|_| directory_data::size::plain_download_size(bytes))
}

/// Now, as a wall clock in `time_zone` shows it (the browser's time-zone
/// database handles daylight saving). `None` for a zone the browser does
/// not know.
pub(super) fn now_in(time_zone: &str) -> Option<LocalDateTime> {
    thread_local! {
        /// One formatter per zone: making one costs more than using it, and
        /// a list of results asks once per card.
        static FORMATS: std::cell::RefCell<Vec<(String, js_sys::Intl::DateTimeFormat)>> =
            Default::default();
    }
    let format = FORMATS.with(|formats| {
        let mut formats = formats.borrow_mut();
        if let Some((_, format)) = formats.iter().find(|(zone, _)| zone == time_zone) {
            return format.clone();
        }
        let format = js_sys::Intl::DateTimeFormat::new(
            &locales("en-US"),
            &options(&[
                ("timeZone", time_zone),
                ("hourCycle", "h23"),
                ("year", "numeric"),
                ("month", "numeric"),
                ("day", "numeric"),
                ("hour", "numeric"),
                ("minute", "numeric"),
            ]),
        );
        formats.push((time_zone.to_string(), format.clone()));
        format
    });
    let parts = format.format_to_parts(&js_sys::Date::new_0());
    let value = |kind: &str| -> Option<u32> {
        parts.iter().find_map(|part| {
            let get = |k: &str| Reflect::get(&part, &JsValue::from_str(k)).ok()?.as_string();
            (get("type")? == kind).then(|| get("value")?.parse().ok())?
        })
    };
    let (year, month, day) = (value("year")?, value("month")?, value("day")?);
    let (hour, minute) = (value("hour")?, value("minute")?);
    Some(LocalDateTime {
        date: directory_data::Date {
            year: year as u16,
            month: month as u8,
            day: day as u8,
        },
        minutes: (hour % 24 * 60 + minute) as u16,
    })
}

/// Folds text for search as `directory_data::fold` describes: decomposed
/// by the browser (NFKD), so the app carries no normalisation tables.
pub fn fold(text: &str) -> String {
    let text = directory_data::fold::before_decomposition(text);
    let decomposed: String = js_sys::JsString::from(text.as_str())
        .normalize("NFKD")
        .into();
    directory_data::fold::fold_decomposed(&decomposed)
}

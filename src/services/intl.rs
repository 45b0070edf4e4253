//! What `Intl` knows: language and country names, lists, sorting, dates,
//! plural rules, the clock in a time zone. In the browser, its own `Intl`
//! (`intl/browser.rs`: nothing of it in the wasm); at build time, ICU4X
//! (`intl/native.rs`), from the same CLDR data.
//!
//! The clock is read only once the page is live (`crate::services::live`): a page
//! written at build time says nothing that depends on the moment it is
//! read, and the browser's first render agrees with it.

use directory_data::hours::LocalDateTime;
use directory_data::model::vocabulary::Weekday;

#[cfg(not(feature = "ssr"))]
mod browser;
#[cfg(feature = "ssr")]
mod native;

#[cfg(not(feature = "ssr"))]
use browser as platform;
#[cfg(feature = "ssr")]
use native as platform;

pub use platform::{
    country_name, fold, format_bytes, format_date, format_timestamp, language_name, list,
    plural_category, sort_by_name,
};

/// The interface language's code (`"en"`, `"ar"` …).
pub fn ui_code() -> &'static str {
    crate::services::language::shown()
}

/// The BCP 47 locale for `Intl`, from the interface language. English dates
/// are written the international way ("24 November 2026").
pub fn locale() -> String {
    match ui_code() {
        "en" => "en-GB".to_string(),
        other => other.to_string(),
    }
}

/// Today's weekday in an IANA time zone (the country's, for opening
/// hours); `None` until the page is live (reactive).
pub fn today_in(time_zone: &str) -> Option<Weekday> {
    if !crate::services::live::is_live() {
        return None;
    }
    platform::today_in(time_zone)
}

/// Now, as a wall clock in `time_zone` shows it; `None` until the page is
/// live (reactive), and for a zone the browser does not know.
pub fn now_in(time_zone: &str) -> Option<LocalDateTime> {
    if !crate::services::live::is_live() {
        return None;
    }
    platform::now_in(time_zone)
}

//! The page's language, in one place: the UI languages, the language the
//! page's address names (`/ar/…`), which links keep, and the language the
//! words are shown in (English when the address's language file could not
//! be loaded). Both are set once before the first page is drawn, and never
//! change without a reload (at build time, once per page written).

use std::cell::Cell;

include!(concat!(env!("OUT_DIR"), "/languages.rs"));

thread_local! {
    /// The address's language: links lead to the pages in it.
    static ADDRESS: Cell<&'static str> = const { Cell::new("en") };
    /// The language the words are shown in.
    static SHOWN: Cell<&'static str> = const { Cell::new("en") };
    /// The language asked for whose file could not be loaded (the page is
    /// then in English, and says so).
    static UNAVAILABLE: Cell<Option<&'static str>> = const { Cell::new(None) };
}

/// The language a page is in: the one its address names (`/ar/…`), else
/// English (`directory_data::locale::split_language`). Which language a
/// visitor is sent to (their saved choice, their browser's languages) is
/// decided before the app starts, by the page's first script
/// (`public/early.js`).
pub fn choose(path: &str) -> &'static str {
    directory_data::locale::split_language(path, &LANGUAGES).0
}

/// A page's path without its language prefix (`/ar/embed/search` →
/// `/embed/search`).
pub fn site_path(path: &str) -> &str {
    directory_data::locale::split_language(path, &LANGUAGES).1
}

/// The language of the page's address, which the directory's links keep.
pub fn of_address() -> &'static str {
    ADDRESS.with(Cell::get)
}

/// Sets the language of the page's address (before the first page).
pub fn set_address(code: &'static str) {
    ADDRESS.with(|l| l.set(code));
}

/// The interface language's code (`"en"`, `"ar"` …): the words' language.
pub fn shown() -> &'static str {
    SHOWN.with(Cell::get)
}

/// Sets the language the words are shown in (`crate::services::i18n`).
pub fn set_shown(code: &'static str) {
    SHOWN.with(|l| l.set(code));
}

/// The language asked for whose file could not be loaded, if any.
pub fn unavailable() -> Option<&'static str> {
    UNAVAILABLE.with(Cell::get)
}

/// Records that `code`'s file could not be loaded.
pub fn set_unavailable(code: &'static str) {
    UNAVAILABLE.with(|u| u.set(Some(code)));
}

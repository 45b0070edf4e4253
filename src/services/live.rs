//! Whether the page is live: false while a page is rendered at build time
//! and while the browser takes a pre-rendered page over; true from then on.
//!
//! What depends on the visitor's clock or device ("open now", "last
//! verified 18 months ago", "saved on this device", the saved theme) is
//! shown only once the page is live. The HTML written at build time and
//! the browser's first render then agree, and those values fill in after.
//!
//! Beware: while the app takes a written page over, it does not write what
//! it draws into the page; it remembers it as what the page shows. A value
//! the browser computes differently from the build (the site's address) is
//! therefore applied only if it changes once the page is live: make such a
//! value read [`is_live`] and differ before and after.

use std::cell::RefCell;

use leptos::prelude::{ArcRwSignal, Get};

thread_local! {
    static LIVE: ArcRwSignal<bool> = ArcRwSignal::new(false);
    /// The order of the home page's country list as the page was written
    /// (see [`take_written_order`]).
    static WRITTEN_ORDER: RefCell<Option<Vec<String>>> = const { RefCell::new(None) };
}

/// The element of a written page that records the order of the home
/// page's country list (`data-order`: the countries' codes).
pub const ORDER_ELEMENT_ID: &str = "country-list";

/// Keeps the order a written page's country list has (before the app
/// takes the page over). The list is sorted as the page's language sorts;
/// the build (ICU4X) and a browser (its own `Intl.Collator`) may sort a few
/// names differently, and the app taking the page over must draw the rows
/// in the order they were written.
#[cfg(not(feature = "ssr"))]
pub fn keep_written_order(codes: Vec<String>) {
    WRITTEN_ORDER.with(|o| *o.borrow_mut() = Some(codes));
}

/// The written order, once (the next home page drawn sorts afresh).
pub fn take_written_order() -> Option<Vec<String>> {
    WRITTEN_ORDER.with(|o| o.borrow_mut().take())
}

/// True once the page is live in the browser (reactive: views that read it
/// are drawn again when it turns true).
pub fn is_live() -> bool {
    LIVE.with(Get::get)
}

/// [`is_live`], without subscribing.
#[cfg(not(feature = "ssr"))]
pub fn is_live_untracked() -> bool {
    LIVE.with(leptos::prelude::GetUntracked::get_untracked)
}

/// Marks the page live: called once, after the app has taken the page
/// over.
#[cfg(not(feature = "ssr"))]
pub fn set_live() {
    LIVE.with(|live| leptos::prelude::Set::set(live, true));
}

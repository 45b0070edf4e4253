//! Whether the page is live: false while a page is rendered at build time
//! and while the browser takes a pre-rendered page over; true from then on.
//!
//! What depends on the visitor's clock or device ("open now", "last
//! verified 18 months ago", "saved on this device", the saved theme) is
//! shown only once the page is live. The HTML written at build time and
//! the browser's first render then agree, and those values fill in after.

use leptos::prelude::{ArcRwSignal, Get, GetUntracked, Set};

thread_local! {
    static LIVE: ArcRwSignal<bool> = ArcRwSignal::new(false);
}

/// True once the page is live in the browser (reactive: views that read it
/// are drawn again when it turns true).
pub fn is_live() -> bool {
    LIVE.with(Get::get)
}

/// [`is_live`], without subscribing.
pub fn is_live_untracked() -> bool {
    LIVE.with(GetUntracked::get_untracked)
}

/// Marks the page live: called once, after the app has taken the page
/// over.
pub fn set_live() {
    LIVE.with(|live| live.set(true));
}

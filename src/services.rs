//! What pages and components use that is not itself drawn: the data files
//! (`dataset`), the page's language (`language`), the words (`i18n`,
//! `labels`), what the browser's `Intl` knows (`intl`), links and routes
//! (`links`), filters kept in the address (`url_filters`), the embed view's
//! state (`embed`), choices saved on the device (`preferences`), whether
//! the page is live (`live`), the service worker (`pwa`) and timers
//! (`timer`).
//!
//! The one-way rule: pages → components → services → `directory_data`.
//! A service never imports a component or a page (a test in
//! `crates/tools/tests/layers.rs` refuses it). Only what the `prerender`
//! binary needs is public, so the compiler reports a service nothing uses.

pub mod dataset;
pub(crate) mod embed;
pub mod i18n;
pub(crate) mod intl;
pub(crate) mod labels;
pub mod language;
pub(crate) mod links;
pub(crate) mod live;
pub(crate) mod preferences;
pub(crate) mod pwa;
#[cfg(not(feature = "ssr"))]
pub(crate) mod timer;
pub(crate) mod url_filters;

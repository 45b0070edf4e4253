//! Links and routes: the address of a page of the directory in the page's
//! language (`/ar/countries/norway`), kept inside an embed view with its
//! options (`/embed/…?theme=dark`), the full site's address of the page
//! shown (for sharing and "Open the full directory"), and how links that
//! leave the directory open. URL encoding itself is `directory_data::url`.

use super::embed::{PREFIX, is_embed, options};
use super::language::{self, LANGUAGES, site_path};
use super::live;

#[cfg(feature = "ssr")]
thread_local! {
    /// The site's address (`https://example.org`, no trailing slash) at
    /// build time, and the page being rendered: for the addresses pages
    /// write out (report links, canonical). In the browser, its location.
    static BUILD_PAGE: std::cell::RefCell<(String, String)> = const { std::cell::RefCell::new((String::new(), String::new())) };
}

/// Build time: the site's address and the page about to be rendered.
#[cfg(feature = "ssr")]
pub fn set_build_page(site_url: &str, path: &str) {
    BUILD_PAGE
        .with(|p| *p.borrow_mut() = (site_url.trim_end_matches('/').to_string(), path.to_string()));
}

/// An address inside the directory, in the UI language (`/ar/…`): in an
/// embed, the embed view of it, with the embed's options.
pub fn route(path: &str) -> String {
    route_with(path, &[])
}

/// The address of a site path (`/countries/norway`) in the UI language.
pub fn localized(path: &str) -> String {
    directory_data::locale::language_path(language::of_address(), LANGUAGES[0], path)
}

/// An address inside the directory with a query of its own (`pairs`,
/// empty values left out), in the UI language: in an embed, the embed
/// view's, with the embed's options after it.
pub fn route_with(path: &str, pairs: &[(&str, &str)]) -> String {
    let own = directory_data::url::query_string(pairs.iter().copied());
    match options() {
        Some(o) => {
            let carried = o.to_query();
            let query = match (own.is_empty(), carried.is_empty()) {
                (_, true) => own,
                (true, false) => carried,
                (false, false) => format!("{own}&{}", &carried[1..]),
            };
            format!("{}{query}", localized(&format!("{PREFIX}{path}")))
        }
        None => format!("{}{own}", localized(path)),
    }
}

/// The full site's address of the page shown (an embed view names the full
/// site's page), in its language, with no query: for links that leave the
/// page and for sharing.
pub fn full_page_url() -> String {
    // Subscribes: an address drawn at build time (the configured site's)
    // is drawn again with the browser's once the page is live.
    live::is_live();
    let (origin, path) = page_address();
    let path = site_path(&path);
    let path = if is_embed() {
        full_directory_path(path)
    } else {
        path.to_string()
    };
    format!("{origin}{}", localized(&path))
}

/// The site's origin and the address's path (with its language prefix).
/// Until the page is live the origin is left empty: what the app draws
/// while taking a written page over is kept as what the page already
/// shows, so only a value that changes when the page goes live (here, to
/// the browser's origin) replaces the one written at build time.
#[cfg(not(feature = "ssr"))]
fn page_address() -> (String, String) {
    let location = leptos::prelude::window().location();
    let origin = if live::is_live_untracked() {
        location.origin().unwrap_or_default()
    } else {
        String::new()
    };
    (origin, location.pathname().unwrap_or_default())
}

#[cfg(feature = "ssr")]
fn page_address() -> (String, String) {
    BUILD_PAGE.with(|p| p.borrow().clone())
}

/// The site's origin: at build time the configured one, in the browser
/// the page's.
pub fn origin() -> String {
    page_address().0
}

/// The full directory's page for an embed view's address (`/ar/embed/…`),
/// in the embed's language: for "Open the full directory".
pub fn full_directory_link(embed_path: &str) -> String {
    localized(&full_directory_path(site_path(embed_path)))
}

/// The full directory's address for an embed view's path.
pub fn full_directory_path(embed_path: &str) -> String {
    match embed_path.strip_prefix(PREFIX) {
        Some(rest) if rest.starts_with('/') => directory_data::url::same_site_path(rest),
        _ => "/".to_string(),
    }
}

/// `target` for links that leave the directory (other sites, `tel:`,
/// `mailto:`): in an embed they open outside the frame.
pub fn leave_target() -> Option<&'static str> {
    is_embed().then_some("_blank")
}

/// `rel` to go with [`leave_target`].
pub fn leave_rel() -> Option<&'static str> {
    is_embed().then_some("noopener noreferrer")
}

/// The search page has its own, larger box: the header's is not shown
/// there. `path`: the address's, with its language prefix.
pub fn on_search_page(path: &str) -> bool {
    matches!(site_path(path), "/search" | "/embed/search")
}

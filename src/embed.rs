//! The embed views (`/embed/…`, shown in partners' iframes): whether this
//! page is one, its options, links that stay inside the embed, links that
//! leave the frame, the theme and accent, and the height sent to the
//! partner page. Parsing and validation live in `directory_data::embed`.

use directory_data::embed::{EmbedOptions, Section};
use leptos::prelude::*;
use leptos::wasm_bindgen::closure::Closure;
use leptos::wasm_bindgen::{JsCast, JsValue};

/// The path prefix of the embed views.
pub const PREFIX: &str = "/embed";

pub use directory_data::embed::RESIZE_MESSAGE;

thread_local! {
    /// Set once at start: `Some` in an embed view. An embed never navigates
    /// out of `/embed/` (its links stay inside), so it cannot change. Kept
    /// outside the reactive context, so callbacks that run later (a timer
    /// after typing) build the same addresses as the views.
    static EMBED: std::cell::RefCell<Option<EmbedOptions>> = const { std::cell::RefCell::new(None) };
    /// The UI language's code (changing it loads another page): links
    /// lead to the pages in it.
    static LANGUAGE: std::cell::Cell<&'static str> = const { std::cell::Cell::new("en") };
    /// The site's address (`https://example.org`, no trailing slash) at
    /// build time, and the page being rendered: for the addresses pages
    /// write out (report links, canonical). In the browser, its location.
    #[cfg(feature = "ssr")]
    static BUILD_PAGE: std::cell::RefCell<(String, String)> = const { std::cell::RefCell::new((String::new(), String::new())) };
}

fn is_embed_path(path: &str) -> bool {
    path == PREFIX || path.starts_with("/embed/")
}

/// A page's path without its language prefix (`/ar/embed/search` →
/// `/embed/search`).
pub fn site_path(path: &str) -> &str {
    directory_data::locale::split_language(path, &crate::i18n::LANGUAGES).1
}

/// Sets up the page's language and embed options from its address
/// (`path` with its language prefix, `query` with its `?`), and sets the
/// theme and accent on `<html>` in the browser. Call once, before the app.
pub fn init(path: &str, query: &str, language: &'static str) {
    LANGUAGE.with(|l| l.set(language));
    let options = is_embed_path(site_path(path))
        .then(|| EmbedOptions::from_query(query, &crate::i18n::LANGUAGES))
        .map(|mut options| {
            // The language is the address's, not an option; but English
            // chosen by the partner (`lang=en` on an address without a
            // language) is kept, and its links carry it, so the view
            // stays English (public/early.js would otherwise send the
            // visitor to their own language).
            let default = crate::i18n::LANGUAGES[0];
            options.lang = options.lang.filter(|l| l == default && language == default);
            options
        });
    #[cfg(not(feature = "ssr"))]
    if let Some(options) = &options {
        apply_theme(options);
    }
    EMBED.with(|e| *e.borrow_mut() = options);
}

/// Build time: the site's address and the page about to be rendered.
#[cfg(feature = "ssr")]
pub fn set_build_page(site_url: &str, path: &str) {
    BUILD_PAGE
        .with(|p| *p.borrow_mut() = (site_url.trim_end_matches('/').to_string(), path.to_string()));
}

/// The UI language, which the directory's links keep.
pub fn link_language() -> &'static str {
    LANGUAGE.with(std::cell::Cell::get)
}

/// The options, in an embed view.
pub fn options() -> Option<EmbedOptions> {
    EMBED.with(|e| e.borrow().clone())
}

pub fn is_embed() -> bool {
    EMBED.with(|e| e.borrow().is_some())
}

/// Whether a country page shows `section` (always, outside embeds).
pub fn shows(section: Section) -> bool {
    options().is_none_or(|o| o.shows(section))
}

/// An address inside the directory, in the UI language (`/ar/…`): in an
/// embed, the embed view of it, with the embed's options.
pub fn route(path: &str) -> String {
    route_with(path, &[])
}

/// The address of a site path (`/countries/norway`) in the UI language.
pub fn localized(path: &str) -> String {
    directory_data::locale::language_path(link_language(), crate::i18n::LANGUAGES[0], path)
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

/// Whether this page shows the search box: always outside embeds, in an
/// embed only when its `sections` ask for it.
pub fn shows_search() -> bool {
    options().is_none_or(|o| o.shows(Section::Search))
}

/// The full site's address of the page shown (an embed view names the full
/// site's page), in its language, with no query: for links that leave the
/// page and for sharing.
pub fn full_page_url() -> String {
    // Subscribes: an address drawn at build time (the configured site's)
    // is drawn again with the browser's once the page is live.
    crate::live::is_live();
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
    let location = window().location();
    let origin = if crate::live::is_live_untracked() {
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

#[cfg(not(feature = "ssr"))]
fn apply_theme(options: &EmbedOptions) {
    use directory_data::embed::{DARK_BACKGROUNDS, LIGHT_BACKGROUNDS, Theme, accessible_accent};
    let Some(root) = document().document_element() else {
        return;
    };
    let theme = options.theme.unwrap_or(Theme::Light);
    let _ = root.set_attribute("data-theme", theme.as_str());
    let _ = root.set_attribute("data-embed", "");
    if let Some(accent) = options.accent {
        // Computed colours only (`#rrggbb`): nothing from the address is
        // written into the page as it came.
        let light = accessible_accent(accent, &LIGHT_BACKGROUNDS).to_hex();
        let dark = accessible_accent(accent, &DARK_BACKGROUNDS).to_hex();
        // Through the CSSOM, not a style attribute: the Content-Security-
        // Policy (style-src 'self') blocks inline style attributes.
        if let Some(root) = root.dyn_ref::<web_sys::HtmlElement>() {
            let style = root.style();
            let _ = style.set_property("--accent-light", &light);
            let _ = style.set_property("--accent-dark", &dark);
        }
    }
}

/// Sends the height of `element` to the partner page whenever it changes:
/// `{ type: "legal-aid-directory:resize", height: <integer CSS px> }`, and
/// nothing else. Does nothing when the page is not in a frame.
///
/// A ResizeObserver sees every change of size (text reflowing to a new
/// width, a section opened), but browsers pause it in frames scrolled out
/// of view; a MutationObserver, which they don't pause, also measures after
/// every change to the page, so a frame further down the partner's page
/// gets its height before anyone scrolls to it.
pub fn report_height(element: &web_sys::Element) {
    let win = window();
    let Ok(Some(parent)) = win.parent() else {
        return;
    };
    if parent == win {
        return;
    }
    let target = element.clone();
    let last = std::cell::Cell::new(-1.0);
    let send = Closure::<dyn FnMut()>::new(move || {
        let height = target.get_bounding_client_rect().height().ceil();
        if height == last.get() {
            return;
        }
        last.set(height);
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &RESIZE_MESSAGE.into());
        let _ = js_sys::Reflect::set(&message, &"height".into(), &JsValue::from_f64(height));
        let _ = parent.post_message(&message, "*");
    });
    let callback: &js_sys::Function = send.as_ref().unchecked_ref();
    if let Ok(observer) = web_sys::ResizeObserver::new(callback) {
        observer.observe(element);
        std::mem::forget(observer);
    }
    if let Ok(observer) = web_sys::MutationObserver::new(callback) {
        let options = web_sys::MutationObserverInit::new();
        options.set_subtree(true);
        options.set_child_list(true);
        options.set_attributes(true);
        options.set_character_data(true);
        let _ = observer.observe_with_options(element, &options);
        std::mem::forget(observer);
    }
    // The observers and their callback live as long as the page.
    send.forget();
}

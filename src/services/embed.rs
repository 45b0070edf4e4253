//! The embed views (`/embed/…`, shown in partners' iframes): whether this
//! page is one, its options, the sections it shows, the theme and accent,
//! and the height sent to the partner page. Parsing and validation live in
//! `directory_data::embed`; the links that stay inside an embed or leave
//! its frame in `super::links`.

use directory_data::embed::{EmbedOptions, Section};
use leptos::prelude::*;
use leptos::wasm_bindgen::closure::Closure;
use leptos::wasm_bindgen::{JsCast, JsValue};

use super::language::{self, LANGUAGES, site_path};

/// The path prefix of the embed views.
pub const PREFIX: &str = "/embed";

pub use directory_data::embed::RESIZE_MESSAGE;

thread_local! {
    /// Set once at start: `Some` in an embed view. An embed never navigates
    /// out of `/embed/` (its links stay inside), so it cannot change. Kept
    /// outside the reactive context, so callbacks that run later (a timer
    /// after typing) build the same addresses as the views.
    static EMBED: std::cell::RefCell<Option<EmbedOptions>> = const { std::cell::RefCell::new(None) };
}

fn is_embed_path(path: &str) -> bool {
    path == PREFIX || path.starts_with("/embed/")
}

/// Sets up the page's language and embed options from its address
/// (`path` with its language prefix, `query` with its `?`), and sets the
/// theme and accent on `<html>` in the browser. Call once, before the app.
pub fn init(path: &str, query: &str, language: &'static str) {
    language::set_address(language);
    let options = is_embed_path(site_path(path))
        .then(|| EmbedOptions::from_query(query, &LANGUAGES))
        .map(|mut options| {
            // The language is the address's, not an option; but English
            // chosen by the partner (`lang=en` on an address without a
            // language) is kept, and its links carry it, so the view
            // stays English (public/early.js would otherwise send the
            // visitor to their own language).
            let default = LANGUAGES[0];
            options.lang = options.lang.filter(|l| l == default && language == default);
            options
        });
    #[cfg(not(feature = "ssr"))]
    if let Some(options) = &options {
        apply_theme(options);
    }
    EMBED.with(|e| *e.borrow_mut() = options);
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

/// Whether this page shows the search box: always outside embeds, in an
/// embed only when its `sections` ask for it.
pub fn shows_search() -> bool {
    options().is_none_or(|o| o.shows(Section::Search))
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

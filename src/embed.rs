//! The embed views (`/embed/…`, shown in partners' iframes): whether this
//! page is one, its options, links that stay inside the embed, links that
//! leave the frame, the theme and accent, and the height sent to the
//! partner page. Parsing and validation live in `directory_data::embed`.

use directory_data::embed::{
    DARK_BACKGROUNDS, EmbedOptions, LIGHT_BACKGROUNDS, Section, Theme, accessible_accent,
};
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
    static EMBED: std::cell::OnceCell<Option<EmbedOptions>> = const { std::cell::OnceCell::new() };
    /// The UI language's code, once chosen (changing it reloads the page),
    /// and whether links carry it.
    static LANGUAGE: std::cell::Cell<(&'static str, bool)> = const { std::cell::Cell::new(("en", false)) };
}

fn is_embed_path(path: &str) -> bool {
    path == PREFIX || path.starts_with("/embed/")
}

/// Reads the embed options from the address, keeps them, and sets the
/// theme and accent on `<html>`. Call once, at the top of the app.
pub fn provide_embed() {
    let location = window().location();
    let path = location.pathname().unwrap_or_default();
    let options = is_embed_path(&path).then(|| {
        let query = location.search().unwrap_or_default();
        EmbedOptions::from_query(&query, &crate::i18n::LANGUAGES)
    });
    if let Some(options) = &options {
        apply_theme(options);
    }
    EMBED.with(|e| {
        let _ = e.set(options);
    });
}

/// Records the UI language chosen at start, for the directory's links:
/// they carry it when it is not English or when the address named it
/// (`?lang=en` chosen over an Arabic browser stays English on the next
/// page and in a copied link).
pub fn set_language(code: &'static str, from_address: bool) {
    LANGUAGE.with(|l| l.set((code, code != "en" || from_address)));
}

/// The language the directory's links and shared addresses carry: an
/// embed's `lang` option in an embed, else the UI language when it is
/// carried (see [`set_language`]).
pub fn link_language() -> Option<String> {
    match options() {
        Some(o) => o.lang,
        None => {
            let (code, carried) = LANGUAGE.with(std::cell::Cell::get);
            carried.then(|| code.to_string())
        }
    }
}

/// The options, in an embed view.
pub fn options() -> Option<EmbedOptions> {
    EMBED.with(|e| e.get().cloned().flatten())
}

pub fn is_embed() -> bool {
    EMBED.with(|e| e.get().is_some_and(Option::is_some))
}

/// Whether a country page shows `section` (always, outside embeds).
pub fn shows(section: Section) -> bool {
    options().is_none_or(|o| o.shows(section))
}

/// An address inside the directory: in an embed, the embed view of it,
/// with the embed's options; otherwise with `?lang=` when the UI language
/// is carried (see [`set_language`]), so a copied link opens in the same
/// language.
pub fn route(path: &str) -> String {
    route_with(path, &[])
}

/// An address inside the directory with a query of its own (`pairs`,
/// empty values left out): in an embed, the embed view's, with the embed's
/// options after it; otherwise with `lang` after it (see [`route`]).
pub fn route_with(path: &str, pairs: &[(&str, &str)]) -> String {
    let own = directory_data::filter::query_string(pairs.iter().copied());
    match options() {
        Some(o) => {
            let carried = o.to_query();
            let query = match (own.is_empty(), carried.is_empty()) {
                (_, true) => own,
                (true, false) => carried,
                (false, false) => format!("{own}&{}", &carried[1..]),
            };
            format!("{PREFIX}{path}{query}")
        }
        None => match link_language() {
            Some(code) => format!("{path}{}", directory_data::locale::with_lang(&own, &code)),
            None => format!("{path}{own}"),
        },
    }
}

/// Whether this page shows the search box: always outside embeds, in an
/// embed only when its `sections` ask for it.
pub fn shows_search() -> bool {
    options().is_none_or(|o| o.shows(Section::Search))
}

/// The full site's address of the page shown (an embed view names the full
/// site's page), with only the language as query: for links that leave the
/// page and for sharing.
pub fn full_page_url() -> String {
    let location = window().location();
    let path = location.pathname().unwrap_or_default();
    let path = if is_embed() {
        full_directory_path(&path)
    } else {
        path
    };
    format!(
        "{}{path}{}",
        location.origin().unwrap_or_default(),
        language_query()
    )
}

/// `?lang=xx` for the language links carry, or nothing.
fn language_query() -> String {
    let lang = link_language();
    directory_data::filter::query_string(lang.as_deref().map(|l| ("lang", l)))
}

/// The full directory's page for an embed view's path, with the embed's
/// language: for "Open the full directory".
pub fn full_directory_link(embed_path: &str) -> String {
    format!("{}{}", full_directory_path(embed_path), language_query())
}

/// The full directory's address for an embed view's path.
pub fn full_directory_path(embed_path: &str) -> String {
    match embed_path.strip_prefix(PREFIX) {
        Some(rest) if rest.starts_with('/') => directory_data::address::same_site_path(rest),
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

fn apply_theme(options: &EmbedOptions) {
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

//! The browser's start: the page's language and embed options from its
//! address, the language's messages, then either taking over the page
//! written at build time (hydration) or drawing the page afresh.
//!
//! A pre-rendered page says which address it was written for and which
//! data files it used, with their fingerprints (`<body data-page
//! data-files>`, written by `render`). It is taken over only when it was
//! written for this address with no query that changes what the page
//! shows (search words, filters, an embed's sections;
//! `directory_data::url::query_keeps_written_page`), the browser has not
//! translated it, and the data it was written from has loaded (a copy saved
//! on the device that differs is fetched again from the network first). Otherwise the body is emptied and the page
//! drawn afresh, so what shows is always this address's page: data edited
//! since the build, the offline shell served for a page never visited, a
//! host that serves one page for every address. A page written for this
//! address whose language's messages or data cannot be loaded is left as
//! it is: it is already in that language, and its content is better than a
//! message about the failure.

use futures::FutureExt;
use leptos::prelude::*;

use crate::app;
use crate::services::{dataset, embed, i18n, language, live};

pub fn start() {
    // Panic messages in the console while developing (`make dev`); the
    // release leaves the hook and its formatting out (about 1 KB brotli):
    // nothing on its paths panics (clippy denies unwrap and expect).
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    let location = window().location();
    let query = location.search().unwrap_or_default();
    // One form of each address (no trailing slash a static host added),
    // before the router reads it.
    let path = location.pathname().unwrap_or_default();
    let canonical = directory_data::locale::canonical_path(&path, &language::LANGUAGES);
    if canonical != path
        && let Ok(history) = window().history()
    {
        let hash = location.hash().unwrap_or_default();
        let _ = history.replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("{canonical}{query}{hash}")),
        );
    }
    let path = canonical;
    let code = language::choose(&path);
    embed::init(&path, &query, code);
    let body = document().body();
    let written_for = body.as_ref().and_then(|b| b.get_attribute("data-page"));
    let files = body
        .as_ref()
        .and_then(|b| b.get_attribute("data-files"))
        .unwrap_or_default();
    let take_over = directory_data::url::query_keeps_written_page(&query)
        && written_for.as_deref() == Some(path.as_str())
        && !translated_by_the_browser();
    if take_over
        && let Some(order) = document()
            .get_element_by_id(live::ORDER_ELEMENT_ID)
            .and_then(|list| list.get_attribute("data-order"))
    {
        live::keep_written_order(order.split_whitespace().map(str::to_string).collect());
    }
    // The page's data files, asked for now (also for a page drawn afresh,
    // which needs them too): they load while the language file arrives
    // (all come from the cache once visited). Each is named with the
    // fingerprint of the text the page was written from
    // (`countries/norway.json:<hash>`).
    let files: Vec<(String, String)> = files
        .split_whitespace()
        .map(|entry| {
            let (file, hash) = entry.split_once(':').unwrap_or((entry, ""));
            (file.to_string(), hash.to_string())
        })
        .collect();
    let data = futures::future::join_all(files.into_iter().map(|(file, hash)| async move {
        let mut loaded = dataset::load_file(&file).await.is_ok();
        let same =
            |loaded: bool| loaded && dataset::hash_of(&file).as_deref() == Some(hash.as_str());
        if take_over && loaded && !same(loaded) {
            // The copy saved on this device is not the one the page was
            // written from (a correction published since the last visit):
            // the network's, before deciding.
            loaded = dataset::reload_file(&file).await.is_ok();
        }
        // (loaded, the same as the page was written from)
        (loaded, same(loaded))
    }))
    .shared();
    wasm_bindgen_futures::spawn_local(data.clone().map(drop));
    wasm_bindgen_futures::spawn_local(async move {
        i18n::start(code).await;
        if take_over && language::unavailable().is_some() {
            // The page is in its language already; without that
            // language's messages the app could only show it in English.
            // It stays as written, its links plain links to pages written
            // in the same language.
            return;
        }
        // A page drawn afresh does not wait for its data: it shows its
        // placeholder (or its error) as the files arrive.
        let files = if take_over { data.await } else { Vec::new() };
        if take_over && files.iter().any(|(loaded, _)| !loaded) {
            // The data cannot be loaded now (offline, a server error, a
            // broken file): the written page is better than a message, and
            // its links are plain links to other written pages.
            return;
        }
        // (Without the `hydrate` feature, only to measure what hydration
        // costs in size: every page is drawn afresh.)
        let same = cfg!(feature = "hydrate") && take_over && files.iter().all(|(_, same)| *same);
        if same {
            #[cfg(feature = "hydrate")]
            leptos::mount::hydrate_body(app::App);
        } else {
            if let Some(body) = document().body() {
                body.set_inner_html("");
            }
            // The language shown (English when the page's language could
            // not be loaded).
            let shown = language::shown();
            if let Some(root) = document().document_element() {
                let _ = root.set_attribute("lang", shown);
                let _ = root.set_attribute("dir", directory_data::locale::direction(shown));
            }
            leptos::mount::mount_to_body(app::App);
        }
        live::set_live();
        // From now on the app handles "Exit this page" (public/early.js
        // did until now).
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("data-live", "");
        }
    });
}

/// Whether the browser's own translation has rewritten the page (Chrome
/// marks `<html class="translated-ltr|rtl">` and wraps text in `<font>`):
/// its text no longer matches the page the app would write, so the app
/// draws the page afresh instead of taking it over (and the browser
/// translates the new text in turn).
fn translated_by_the_browser() -> bool {
    let marked = document().document_element().is_some_and(|root| {
        let class = root.class_name();
        class
            .split_whitespace()
            .any(|c| c.starts_with("translated-"))
    });
    marked
        || document()
            .query_selector("body font")
            .ok()
            .flatten()
            .is_some()
}

//! Refugee legal-aid directory: a Leptos single-page app. `main` installs
//! the panic hook, chooses the interface language (fetching its messages
//! unless English) and mounts [`app::App`].

mod app;
mod components;
mod dataset;
mod embed;
mod i18n;
mod intl;
mod labels;
mod pages;
mod pwa;
mod timer;

fn main() {
    // Panic messages in the console while developing (`make dev`); the
    // release leaves the hook and its formatting out (about 1 KB brotli):
    // nothing on its paths panics (clippy denies unwrap and expect).
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    let code = i18n::choose();
    if code != i18n::LANGUAGES[0] {
        // Every page reads the index: ask for it while the language file
        // arrives, rather than after.
        wasm_bindgen_futures::spawn_local(async {
            let _ = dataset::load_index().await;
        });
    }
    wasm_bindgen_futures::spawn_local(async move {
        i18n::start(code).await;
        leptos::mount::mount_to_body(app::App);
    });
}

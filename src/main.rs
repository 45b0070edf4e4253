//! Refugee legal-aid directory: a Leptos single-page app. `main` only installs
//! the panic hook and mounts [`app::App`].

mod app;
mod components;
mod dataset;
mod embed;
mod intl;
mod labels;
mod pages;
mod pwa;
include!(concat!(env!("OUT_DIR"), "/i18n/mod.rs"));

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
}

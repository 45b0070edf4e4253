//! Turns `locales/*.json` into the typed translation module (`crate::i18n`).
//! A key missing from the default locale (English) fails the build.

use std::error::Error;
use std::path::PathBuf;

use leptos_i18n_build::{Config, ParseOptions, TranslationsInfos};

/// The UI languages besides English (the default): adding one is adding
/// `locales/<code>.json` and its code here.
const LOCALES: [&str; 4] = ["nb", "uk", "ar", "fa"];

fn main() -> Result<(), Box<dyn Error>> {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=Cargo.toml");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").ok_or("OUT_DIR is not set")?).join("i18n");
    // `interpolate_display` lets t_string! fill in values, for attributes and titles.
    let config = Config::new("en")?
        .add_locales(LOCALES)?
        .parse_options(ParseOptions::default().interpolate_display(true));
    let translations = TranslationsInfos::parse(config)?;
    translations.emit_diagnostics();
    translations.rerun_if_locales_changed();
    translations.generate_i18n_module(out)?;
    Ok(())
}

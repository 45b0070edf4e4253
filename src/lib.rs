//! Refugee legal-aid directory: Leptos components rendered twice from the
//! same code. At build time the `ssr` build writes every page as HTML
//! ([`render`], run by the `prerender` binary); in the browser the
//! `hydrate` build takes a pre-rendered page over ([`start`]), or renders a
//! page itself where none was pre-rendered for the address (the offline
//! shell, an address with a query).

// Leptos's view types nest deeply on the country page.
#![recursion_limit = "256"]

pub mod app;
mod components;
mod pages;
#[cfg(feature = "ssr")]
pub mod render;
pub mod services;
#[cfg(not(feature = "ssr"))]
mod start;

#[cfg(not(feature = "ssr"))]
pub use start::start;

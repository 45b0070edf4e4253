//! The three states of a page that needs data: a placeholder while it loads
//! (the same height as the content's top, so nothing jumps), the page, or
//! what went wrong with a Retry.
//!
//! Data already loaded is drawn at once, with no placeholder in between:
//! at build time every file is (`dataset::provide_files`), and in the
//! browser the files a pre-rendered page used are loaded before the app
//! takes it over, so both draw the same page.

use std::future::Future;

use futures::FutureExt;
use leptos::prelude::*;

use crate::components::load_error::LoadErrorMessage;
use crate::services::dataset::LoadError;
use crate::services::i18n::t;

#[component]
pub fn PagePlaceholder() -> impl IntoView {
    view! {
        <div class="placeholder" aria-busy="true">
            <p role="status" class="placeholder__status">{t!(placeholder_loading)}</p>
            <div class="placeholder__heading"></div>
            <div class="placeholder__line"></div>
            <div class="placeholder__line"></div>
            <div class="placeholder__block"></div>
        </div>
    }
}

/// Renders `render(value)` with the value `fetch(key())` gives, loading
/// it again when the key changes (a country page's slug).
pub fn loaded<K, T, V, Fut>(
    key: impl Fn() -> K + Send + Sync + 'static,
    fetch: impl Fn(K) -> Fut + Send + Sync + 'static,
    render: impl Fn(T) -> V + Send + Sync + 'static,
) -> impl IntoView
where
    K: Clone + PartialEq + 'static,
    T: Clone + 'static,
    V: IntoView + 'static,
    Fut: Future<Output = Result<T, LoadError>> + 'static,
{
    // The outcome of a load that had to wait, for the key and attempt it
    // was made for (a later key's page never shows an earlier one's data).
    let outcome = RwSignal::new_local(None::<(K, u32, Result<T, LoadError>)>);
    let attempt = RwSignal::new(0u32);
    let show = move |result: Result<T, LoadError>| match result {
        Ok(value) => render(value).into_any(),
        Err(error) => view! {
            <LoadErrorMessage error on_retry=move || attempt.update(|n| *n += 1) />
        }
        .into_any(),
    };
    move || {
        let key = key();
        let attempt = attempt.get();
        if let Some((for_key, for_attempt, result)) = outcome.get()
            && for_key == key
            && for_attempt == attempt
        {
            return show(result);
        }
        let mut load = Box::pin(fetch(key.clone()));
        match (&mut load).now_or_never() {
            Some(result) => show(result),
            None => {
                // Only in the browser: at build time every load is ready.
                #[cfg(not(feature = "ssr"))]
                leptos::task::spawn_local(async move {
                    let result = load.await;
                    outcome.set(Some((key, attempt, result)));
                });
                view! { <PagePlaceholder /> }.into_any()
            }
        }
    }
}

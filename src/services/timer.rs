//! Waiting in the browser: a pause, and a deadline for a future (a request
//! that never answers must not leave a page waiting for ever).

use std::future::Future;

use leptos::prelude::window;

/// Resolves after `ms` milliseconds.
pub async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// `future`'s output, or `None` when it has not finished after `ms`
/// milliseconds.
pub async fn within<T>(ms: i32, future: impl Future<Output = T>) -> Option<T> {
    let future = std::pin::pin!(future);
    let timer = std::pin::pin!(sleep(ms));
    match futures::future::select(future, timer).await {
        futures::future::Either::Left((output, _)) => Some(output),
        futures::future::Either::Right(_) => None,
    }
}

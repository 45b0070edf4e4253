//! Moves focus to a new page's heading after an in-app navigation, as a full
//! page load would announce the new page to a screen reader.

use std::sync::atomic::{AtomicBool, Ordering};

use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;

/// False until the first page has been shown: the page the visitor opened
/// keeps the browser's own focus.
static SHOWN_A_PAGE: AtomicBool = AtomicBool::new(false);

/// Put this next to a page's `h1`: once mounted, after the first page, it
/// focuses that `h1` (made focusable with `tabindex="-1"`).
#[component]
pub fn FocusHeading() -> impl IntoView {
    Effect::new(move |_| {
        if SHOWN_A_PAGE.swap(true, Ordering::Relaxed) {
            // On the next frame: the router may still have the previous
            // page in the document when this runs (its `h1` would be found
            // first, focused, and removed, leaving focus nowhere).
            request_animation_frame(|| {
                if let Some(h1) = document()
                    .query_selector("main h1")
                    .ok()
                    .flatten()
                    .and_then(|el| el.dyn_into::<leptos::web_sys::HtmlElement>().ok())
                {
                    let _ = h1.set_attribute("tabindex", "-1");
                    let _ = h1.focus();
                }
            });
        }
    });
}

//! Browser glue for the offline app: registers the service worker
//! (`public/sw.js`) in release builds, where the browser supports it.

use leptos::prelude::window;
use leptos::wasm_bindgen::JsValue;

/// Registers `/sw.js`. Does nothing where service workers are unavailable
/// (old browsers, pages not served over HTTPS or from localhost).
pub fn register_service_worker() {
    let navigator = window().navigator();
    let supported =
        js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).unwrap_or(false);
    if supported {
        // A failed registration only means no offline copy; the app works on.
        let _ = navigator.service_worker().register("/sw.js");
    }
}

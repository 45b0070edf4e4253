//! Browser glue for the offline app: registers the service worker
//! (`public/sw.js`) in release builds, and keeps four facts for the
//! interface: a new version is waiting, the browser is offline, the browser
//! offers to install the app, and a worker controls the page (so data can
//! be saved for offline use).

use leptos::prelude::*;
use leptos::wasm_bindgen::closure::Closure;
use leptos::wasm_bindgen::{JsCast, JsValue};

/// What the banners and the Install button show. Provided by [`provide_pwa`].
#[derive(Clone, Copy)]
pub struct PwaState {
    /// A new version is installed and waiting for "Reload".
    pub update_waiting: RwSignal<bool>,
    pub offline: RwSignal<bool>,
    /// The browser has offered to install the app (`beforeinstallprompt`).
    pub can_install: RwSignal<bool>,
    /// A service worker controls the page: data fetched now is saved for
    /// offline use. Never true in debug builds (no worker is registered).
    pub controlled: RwSignal<bool>,
    install_event: StoredValue<Option<JsValue>, LocalStorage>,
    waiting_worker: StoredValue<Option<JsValue>, LocalStorage>,
}

fn get(target: &JsValue, key: &str) -> Option<JsValue> {
    js_sys::Reflect::get(target, &JsValue::from_str(key))
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
}

fn call(target: &JsValue, method: &str, args: &[JsValue]) -> Option<JsValue> {
    let f = get(target, method)?.dyn_into::<js_sys::Function>().ok()?;
    f.apply(target, &args.iter().collect::<js_sys::Array>())
        .ok()
}

fn on(target: &JsValue, event: &str, handler: impl FnMut(JsValue) + 'static) {
    let closure = Closure::<dyn FnMut(JsValue)>::new(handler);
    call(
        target,
        "addEventListener",
        &[JsValue::from_str(event), closure.as_ref().clone()],
    );
    // The listeners live as long as the page.
    closure.forget();
}

/// Sets up the state, the listeners and (release builds) the worker, and
/// provides [`PwaState`] to the app.
pub fn provide_pwa() -> PwaState {
    // Every fact starts false, as the page was written at build time; the
    // browser's own state fills in once the page is live.
    let state = PwaState {
        update_waiting: RwSignal::new(false),
        offline: RwSignal::new(false),
        can_install: RwSignal::new(false),
        controlled: RwSignal::new(false),
        install_event: StoredValue::new_local(None),
        waiting_worker: StoredValue::new_local(None),
    };
    provide_context(state);
    if cfg!(feature = "ssr") {
        return state;
    }
    Effect::new(move |_| state.offline.set(!window().navigator().on_line()));
    let win: JsValue = window().into();
    on(&win, "online", move |_| state.offline.set(false));
    on(&win, "offline", move |_| state.offline.set(true));
    on(&win, "beforeinstallprompt", move |event| {
        call(&event, "preventDefault", &[]);
        state.install_event.set_value(Some(event));
        state.can_install.set(true);
    });
    on(&win, "appinstalled", move |_| state.can_install.set(false));
    if cfg!(not(debug_assertions)) {
        // After the first render (which matches the page written at build
        // time), like every fact of this device.
        Effect::new(move |_| register_service_worker(state));
    }
    state
}

pub fn use_pwa() -> PwaState {
    expect_context::<PwaState>()
}

/// Registers `/sw.js` and watches for a new version. Does nothing where
/// service workers are unavailable (old browsers, pages not on HTTPS).
fn register_service_worker(state: PwaState) {
    let navigator: JsValue = window().navigator().into();
    let Some(container) = get(&navigator, "serviceWorker") else {
        return;
    };
    // A worker that takes over after "Reload" reloads the page once.
    on(&container, "controllerchange", move |_| {
        if state.waiting_worker.with_value(Option::is_some) {
            let _ = window().location().reload();
            return;
        }
        // The first worker has just taken over the page. The data and the
        // language file this page loaded before went past it: fetch again
        // through the worker what it has not saved (above the offline cap,
        // the country being read; the language chosen from the browser's
        // or the saved choice, which the address did not name when the
        // worker installed), so that it is saved too. Then say the page is
        // controlled.
        leptos::task::spawn_local(async move {
            let language = crate::services::i18n::language_file();
            for url in crate::services::dataset::loaded_urls()
                .into_iter()
                .chain(language)
            {
                if !is_saved(&url).await {
                    save(&url).await;
                }
            }
            state.controlled.set(true);
        });
    });
    let Some(promise) = call(&container, "register", &[JsValue::from_str("/sw.js")])
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok())
    else {
        return;
    };
    let controlled = get(&container, "controller").is_some();
    state.controlled.set(controlled);
    leptos::task::spawn_local(async move {
        // A failed registration only means no offline copy; the app works on.
        let Ok(registration) = wasm_bindgen_futures::JsFuture::from(promise).await else {
            return;
        };
        let waiting = move |worker: JsValue| {
            state.waiting_worker.set_value(Some(worker));
            state.update_waiting.set(true);
        };
        // Installed while an older worker controls the page: an update.
        let watch = move |worker: JsValue| {
            let w = worker.clone();
            on(&worker, "statechange", move |_| {
                let installed =
                    get(&w, "state").and_then(|s| s.as_string()).as_deref() == Some("installed");
                if installed && controlled {
                    waiting(w.clone());
                }
            });
        };
        if let Some(worker) = get(&registration, "waiting").filter(|_| controlled) {
            waiting(worker);
        } else if let Some(worker) = get(&registration, "installing") {
            // The browser's own update check began before this page was
            // listening (a page in another language waits for its messages
            // first): its "updatefound" is gone, so watch the worker itself.
            watch(worker);
        }
        let reg = registration.clone();
        on(&registration, "updatefound", move |_| {
            if let Some(worker) = get(&reg, "installing") {
                watch(worker);
            }
        });
    });
}

impl PwaState {
    /// Lets the waiting worker take over; the page reloads when it has.
    pub fn apply_update(&self) {
        if let Some(worker) = self.waiting_worker.get_value() {
            call(&worker, "postMessage", &[JsValue::from_str("skip-waiting")]);
        }
    }

    /// Shows the browser's install dialog.
    pub fn install(&self) {
        if let Some(event) = self.install_event.get_value() {
            call(&event, "prompt", &[]);
            self.install_event.set_value(None);
            self.can_install.set(false);
        }
    }
}

/// Whether the service worker's caches hold `url` (a path on this origin).
pub async fn is_saved(url: &str) -> bool {
    let win: JsValue = window().into();
    let Some(promise) = get(&win, "caches")
        .and_then(|caches| call(&caches, "match", &[JsValue::from_str(url)]))
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok())
    else {
        return false;
    };
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .is_ok_and(|found| !found.is_undefined() && !found.is_null())
}

/// Asks the browser to keep this site's saved data even when space runs
/// low (`navigator.storage.persist()`): for when a person saves countries
/// on purpose. Browsers decide by themselves; nothing depends on the answer.
pub fn ask_to_keep_saved_data() {
    let navigator: JsValue = window().navigator().into();
    if let Some(storage) = get(&navigator, "storage") {
        call(&storage, "persist", &[]);
    }
}

/// Saves a data file for offline use: fetched while a worker controls the
/// page, a data file is stored by the worker before it is answered. True
/// when it is saved.
pub async fn save(url: &str) -> bool {
    let fetched = gloo_net::http::Request::get(url)
        .send()
        .await
        .is_ok_and(|r| r.ok());
    fetched && is_saved(url).await
}

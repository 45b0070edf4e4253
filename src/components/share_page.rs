//! "Share" and "Print" for a page: the system share sheet where the browser
//! has one (Web Share API), otherwise the link copied, with a visible
//! confirmation (and the link itself if copying is not possible).

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos::wasm_bindgen::{JsCast, JsValue};

use crate::components::contacts::copy_to_clipboard;
use crate::services::i18n::t;

/// What happened after "Share" was pressed.
#[derive(Clone, PartialEq)]
enum Outcome {
    Copied,
    NotCopied(String),
}

/// Opens the share sheet; `None` where the browser has none (then the
/// caller copies the link). `Some(())` also when the person closed it.
async fn share_sheet(title: &str, url: &str) -> Option<()> {
    let navigator = window().navigator();
    let share = js_sys::Reflect::get(&navigator, &JsValue::from_str("share")).ok()?;
    let share = share.dyn_into::<js_sys::Function>().ok()?;
    let data = js_sys::Object::new();
    js_sys::Reflect::set(&data, &"title".into(), &title.into()).ok()?;
    js_sys::Reflect::set(&data, &"url".into(), &url.into()).ok()?;
    let promise = share
        .call1(&navigator, &data)
        .ok()?
        .dyn_into::<js_sys::Promise>()
        .ok()?;
    match wasm_bindgen_futures::JsFuture::from(promise).await {
        Ok(_) => Some(()),
        // Cancelled by the person: nothing more to do. Not allowed here (a
        // frame without `web-share`): copy instead.
        Err(e) => {
            let name = js_sys::Reflect::get(&e, &"name".into())
                .ok()
                .and_then(|n| n.as_string());
            (name.as_deref() == Some("AbortError")).then_some(())
        }
    }
}

#[component]
pub fn SharePage(title: String) -> impl IntoView {
    let outcome = RwSignal::new(None::<Outcome>);
    let share = move |_| {
        let title = title.clone();
        spawn_local(async move {
            outcome.set(None);
            let url = crate::services::links::full_page_url();
            if share_sheet(&title, &url).await.is_some() {
                return;
            }
            outcome.set(Some(if copy_to_clipboard(&url).await {
                Outcome::Copied
            } else {
                Outcome::NotCopied(url)
            }));
        });
    };
    let print = |_| {
        let _ = window().print();
    };
    let message = move || {
        outcome.get().map(|o| match o {
            Outcome::Copied => t!(share_copied).to_string(),
            Outcome::NotCopied(url) => t!(share_failed, url = url).to_string(),
        })
    };
    view! {
        <p class="share-page">
            <button type="button" class="share-page__share" on:click=share>{t!(share)}</button>
            " "
            <button type="button" class="share-page__print" on:click=print>{t!(print)}</button>
            " "
            <span class="share-page__status" role="status">{message}</span>
        </p>
    }
}

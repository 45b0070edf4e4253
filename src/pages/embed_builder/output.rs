//! What the embed builder makes: the code to paste (with a copy button)
//! and a live preview that fits its content, as a partner page with
//! embed.js does.

use directory_data::embed::{ALLOW, RESIZE_MAX_HEIGHT, SANDBOX};
use leptos::prelude::*;
use leptos::wasm_bindgen::JsValue;

use super::Choices;
use crate::components::contacts::copy_to_clipboard;
use crate::services::embed::RESIZE_MESSAGE;
use crate::services::i18n::t;
use crate::services::live;

pub fn code_box(choices: Choices) -> impl IntoView {
    let copied = RwSignal::new(None::<bool>);
    // "Copied" is about the code as it was: say nothing once it changes.
    Effect::new(move |_| {
        choices.code();
        copied.set(None);
    });
    let copy = move |_| {
        let text = untrack(move || choices.code());
        copied.set(None);
        leptos::task::spawn_local(async move {
            copied.set(Some(copy_to_clipboard(&text).await));
        });
    };
    view! {
        <h2>{t!(builder_code)}</h2>
        <p class="field">
            <label for="embed-code">{t!(builder_code)}</label>
            <span id="embed-code-hint" class="field__hint">{t!(builder_code_hint)}</span>
            <textarea
                id="embed-code"
                class="builder__code"
                readonly
                rows="11"
                spellcheck="false"
                aria-describedby="embed-code-hint"
                dir="ltr"
                prop:value=move || choices.code()
            ></textarea>
        </p>
        <p>
            <button type="button" on:click=copy>{t!(builder_copy)}</button>
            " "
            <span role="status">
                {move || match copied.get() {
                    Some(true) => t!(copied).to_string(),
                    Some(false) => t!(copy_failed).to_string(),
                    None => String::new(),
                }}
            </span>
        </p>
    }
}

pub fn preview(choices: Choices) -> impl IntoView {
    // The preview fits its content, like a partner page with embed.js:
    // only messages from the preview's own window and this origin count.
    let preview = NodeRef::<leptos::html::Iframe>::new();
    let preview_height = RwSignal::new(400u32);
    let handle = window_event_listener(leptos::ev::message, move |event| {
        let Some(frame) = preview.get_untracked() else {
            return;
        };
        let from_preview = match (frame.content_window(), event.source()) {
            (Some(own), Some(source)) => JsValue::from(own) == JsValue::from(source),
            _ => false,
        };
        let same_origin = event.origin() == window().location().origin().unwrap_or_default();
        if !from_preview || !same_origin {
            return;
        }
        let data = event.data();
        let field = |key: &str| js_sys::Reflect::get(&data, &JsValue::from_str(key)).ok();
        let is_resize =
            field("type").and_then(|t| t.as_string()).as_deref() == Some(RESIZE_MESSAGE);
        let height = field("height").and_then(|h| h.as_f64());
        if let (true, Some(h)) = (is_resize, height)
            && h.fract() == 0.0
            && (0.0..=f64::from(RESIZE_MAX_HEIGHT)).contains(&h)
        {
            preview_height.set(h as u32);
        }
    });
    on_cleanup(move || handle.remove());
    view! {
        <section class="builder__preview" aria-labelledby="preview-heading">
            <h2 id="preview-heading">{t!(builder_preview)}</h2>
            <iframe
                node_ref=preview
                src=move || choices.preview_src()
                title=move || t!(builder_preview_title).to_string()
                sandbox=SANDBOX
                allow=ALLOW
                // Set through the CSSOM once the page is live: a style
                // attribute written into the page would be refused by
                // the Content-Security-Policy (400 px from the styles
                // until then).
                style:height=move || live::is_live().then(|| format!("{}px", preview_height.get()))
            ></iframe>
        </section>
    }
}

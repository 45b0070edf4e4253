//! "Exit this page" (after GOV.UK's): a button (a link that looks and acts
//! as one) on every page, and Shift
//! pressed three times, replace the page at once with an ordinary website
//! (`location.replace`, so Back does not come back to this page). In a
//! partner's frame it leaves the partner's page too where the frame may
//! (`allow-top-navigation-by-user-activation`); otherwise the frame alone.

use directory_data::model::index::DEFAULT_QUICK_EXIT_URL;
use leptos::prelude::*;

use crate::services::i18n::t;

/// How long the three Shift presses may take.
const SHIFT_WINDOW_MS: f64 = 2000.0;

fn exit_url() -> String {
    crate::services::dataset::index_if_loaded()
        .map(|index| index.quick_exit_url().to_string())
        .unwrap_or_else(|| DEFAULT_QUICK_EXIT_URL.to_string())
}

/// Hides the page at once, then leaves it.
pub fn exit_now() {
    let url = exit_url();
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("hidden", "");
    }
    document().set_title("");
    let win = window();
    if let Ok(Some(top)) = win.top()
        && top != win
        && top.location().replace(&url).is_ok()
    {
        return;
    }
    let _ = win.location().replace(&url);
}

#[component]
pub fn QuickExit() -> impl IntoView {
    // Shift presses so far within the window, and when the first was.
    let presses = RwSignal::new(0u8);
    let first = StoredValue::new(0.0f64);
    let handle = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() != "Shift" || ev.repeat() {
            if ev.key() != "Shift" {
                presses.set(0);
            }
            return;
        }
        let now = js_sys::Date::now();
        if presses.get_untracked() == 0 || now - first.get_value() > SHIFT_WINDOW_MS {
            first.set_value(now);
            presses.set(1);
        } else {
            presses.update(|p| *p += 1);
        }
        if presses.get_untracked() >= 3 {
            presses.set(0);
            exit_now();
        }
    });
    on_cleanup(move || handle.remove());
    let hint = move || match presses.get() {
        p @ 1..=2 => t!(quick_exit_presses_left, count = 3 - p).to_string(),
        _ => String::new(),
    };
    view! {
        <div class="quick-exit">
            // A link (as GOV.UK's), so it leaves without JavaScript too;
            // with it (public/early.js before the app, then the app) the
            // page is replaced, so Back does not return to it.
            // In a partner's frame, without JavaScript, it leaves the
            // partner's page too (`_top`, as the recommended sandbox allows
            // on a click).
            <a
                href=exit_url()
                role="button"
                rel="noreferrer"
                target=crate::services::embed::is_embed().then_some("_top")
                class="quick-exit__button"
                on:click=|ev| {
                    ev.prevent_default();
                    exit_now();
                }
            >
                {t!(quick_exit)}
            </a>
            <span class="visually-hidden" aria-live="polite">{hint}</span>
        </div>
    }
}

//! Saving countries for offline use. While all country files together fit
//! under the offline cap, the service worker saves them all when it
//! installs, and this component only says so. Above the cap, a country
//! page offers "Save for offline use" and the home page "Save all, N MB".
//! Nothing shows where no service worker controls the page (debug builds,
//! browsers without workers, a forced reload).
//!
//! One component serves both pages, with a fixed set of elements shown or
//! hidden: it keeps the wasm small.

use std::rc::Rc;

use directory_data::Index;
use leptos::prelude::*;

use crate::services::i18n::t;
use crate::services::intl;
use crate::services::pwa::{self, use_pwa};

#[derive(Clone, Copy, PartialEq)]
enum Saving {
    /// Not known yet, or no worker controls the page.
    Unknown,
    NotSaved,
    /// Saving the n-th file (from 1).
    InProgress(usize),
    Saved,
    /// The last attempt left this many files unsaved.
    Failed(usize),
}

/// What to save: one country or every country.
#[derive(Clone)]
pub enum SaveScope {
    Country { slug: String, name: String },
    All,
}

/// "Saved on this device", or a button that saves the scope's files.
#[component]
pub fn OfflineSave(index: Rc<Index>, scope: SaveScope) -> impl IntoView {
    let pwa = use_pwa();
    let files: Vec<(String, Option<u64>)> = index
        .with_content()
        .filter(|(entry, _)| match &scope {
            SaveScope::Country { slug, .. } => &entry.slug == slug,
            SaveScope::All => true,
        })
        .map(|(_, c)| (format!("/data/{}", c.file), c.brotli_bytes))
        .collect();
    let count = files.len();
    let files = StoredValue::new_local(files);
    // Above the cap the person chooses; below it the worker saves all.
    let offer = !index.all_saved_on_install();
    let state = RwSignal::new(Saving::Unknown);
    // The files not saved yet.
    let missing = RwSignal::new_local(Vec::<(String, Option<u64>)>::new());

    watch_saved(pwa.controlled.into(), files, state, missing);

    let status_ref = NodeRef::<leptos::html::P>::new();
    let button_ref = NodeRef::<leptos::html::Button>::new();
    let save = save_handler(state, missing, status_ref, button_ref);

    let all = matches!(scope, SaveScope::All);
    let name = match scope {
        SaveScope::Country { name, .. } => name,
        SaveScope::All => String::new(),
    };
    let status_name = name.clone();
    let status = move || match state.get() {
        Saving::Saved if all => t!(offline_saved_all, count = count).to_string(),
        Saving::Saved => t!(offline_saved_country, country = status_name.clone()).to_string(),
        Saving::InProgress(n) if all => {
            let total = missing.with(Vec::len);
            t!(offline_saving_progress, done = n, total = total).to_string()
        }
        Saving::InProgress(_) => t!(offline_saving).to_string(),
        Saving::Failed(n) if all => t!(offline_save_all_failed, count = n).to_string(),
        Saving::Failed(_) => t!(offline_save_failed).to_string(),
        Saving::NotSaved if all && offer => t!(offline_save_all_hint).to_string(),
        _ => String::new(),
    };
    let label = move || match state.get() {
        Saving::InProgress(_) => t!(offline_saving).to_string(),
        state => {
            // The size once known on this device (the button is hidden
            // until then, also in the page written at build time).
            let bytes: Option<u64> = (state != Saving::Unknown)
                .then(|| missing.with(|m| m.iter().map(|(_, size)| *size).sum()))
                .flatten();
            let size = bytes
                .map(|b| format!(" ({})", intl::format_bytes(b, &intl::locale())))
                .unwrap_or_default();
            let text = if all {
                t!(offline_save_all).to_string()
            } else {
                t!(offline_save_country, country = name.clone()).to_string()
            };
            text + &size
        }
    };
    let shown = move || match state.get() {
        Saving::Unknown => false,
        Saving::NotSaved => offer,
        _ => true,
    };
    let button_shown = move || shown() && state.get() != Saving::Saved;
    // The status stays in the page (empty while there is nothing to say),
    // so screen readers announce what appears in it.
    view! {
        <div class="offline-save">
            <p
                role="status"
                tabindex="-1"
                node_ref=status_ref
                class="offline-save__status"
                class:offline-save__status--saved=move || state.get() == Saving::Saved
                class:offline-save__status--failed=move || matches!(state.get(), Saving::Failed(_))
            >
                {status}
            </p>
            <button
                type="button"
                class="offline-save__button"
                node_ref=button_ref
                hidden=move || !button_shown()
                aria-disabled=move || matches!(state.get(), Saving::InProgress(_)).then_some("true")
                on:click=save
            >
                {label}
            </button>
        </div>
    }
}

/// The files of `files` not saved on this device yet, checked once the
/// service worker controls the page.
fn watch_saved(
    controlled: Signal<bool>,
    files: StoredValue<Vec<(String, Option<u64>)>, LocalStorage>,
    state: RwSignal<Saving>,
    missing: RwSignal<Vec<(String, Option<u64>)>, LocalStorage>,
) {
    Effect::new(move |_| {
        if !controlled.get() || files.with_value(Vec::is_empty) {
            return;
        }
        leptos::task::spawn_local(async move {
            let mut unsaved = Vec::new();
            for (url, size) in files.get_value() {
                if !pwa::is_saved(&url).await {
                    unsaved.push((url, size));
                }
            }
            state.set(if unsaved.is_empty() {
                Saving::Saved
            } else {
                Saving::NotSaved
            });
            missing.set(unsaved);
        });
    });
}

/// Saves the missing files one by one, saying how far it got; when all
/// are saved and the button had focus, focus moves to the news.
fn save_handler(
    state: RwSignal<Saving>,
    missing: RwSignal<Vec<(String, Option<u64>)>, LocalStorage>,
    status_ref: NodeRef<leptos::html::P>,
    button_ref: NodeRef<leptos::html::Button>,
) -> impl Fn(leptos::ev::MouseEvent) + 'static {
    move |_| {
        if matches!(state.get_untracked(), Saving::InProgress(_)) {
            return;
        }
        pwa::ask_to_keep_saved_data();
        let todo = missing.get_untracked();
        leptos::task::spawn_local(async move {
            let mut failed = Vec::new();
            for (n, (url, size)) in todo.into_iter().enumerate() {
                state.set(Saving::InProgress(n + 1));
                if !pwa::save(&url).await {
                    failed.push((url, size));
                }
            }
            // The button goes away when all is saved: keep focus on the news.
            let focused = document().active_element();
            let on_button = button_ref
                .get_untracked()
                .is_some_and(|b| focused.is_some_and(|f| f == **b));
            if failed.is_empty()
                && on_button
                && let Some(status) = status_ref.get_untracked()
            {
                let _ = status.focus();
            }
            state.set(match failed.len() {
                0 => Saving::Saved,
                n => Saving::Failed(n),
            });
            missing.set(failed);
        });
    }
}

//! Phone numbers, e-mail addresses and addresses: links that work on a
//! phone, a copy button with a visible confirmation, and an "Unconfirmed"
//! mark where the value is not confirmed.

use directory_data::country::{Address, Email, Phone};
use directory_data::display::{map_search_url, national_format};
use directory_data::{Status, Verification};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::components::status_badge::StatusBadge;
use crate::i18n::{t, t_string, use_i18n};

/// Copies `text` and says so ("Copied") where the button is, and to screen readers.
#[component]
pub fn CopyButton(text: String, label: String) -> impl IntoView {
    let i18n = use_i18n();
    // None: not pressed yet; Some(true): copied; Some(false): the browser refused.
    let outcome = RwSignal::new(None::<bool>);
    let copy = move |_| {
        let text = text.clone();
        spawn_local(async move {
            let clipboard = window().navigator().clipboard();
            let ok = wasm_bindgen_futures::JsFuture::from(clipboard.write_text(&text))
                .await
                .is_ok();
            outcome.set(Some(ok));
            set_timeout(move || outcome.set(None), std::time::Duration::from_secs(3));
        });
    };
    view! {
        <button type="button" class="copy-button" on:click=copy aria-label=label>
            {move || match outcome.get() {
                Some(true) => t_string!(i18n, copied).to_string(),
                Some(false) => t_string!(i18n, copy_failed).to_string(),
                None => t_string!(i18n, copy).to_string(),
            }}
        </button>
        <span class="visually-hidden" aria-live="polite">
            {move || match outcome.get() {
                Some(true) => t_string!(i18n, copied).to_string(),
                Some(false) => t_string!(i18n, copy_failed).to_string(),
                None => String::new(),
            }}
        </span>
    }
}

/// A phone number as a `tel:` link in E.164, shown in the national format.
#[component]
pub fn PhoneNumber(phone: Phone, status: Status) -> impl IntoView {
    let i18n = use_i18n();
    let display = national_format(&phone.number);
    let label = t_string!(i18n, copy_phone, number = display.clone()).to_string();
    let href = format!("tel:{}", phone.number);
    view! {
        <span class="contact contact--phone">
            <a href=href class="contact__value" dir="ltr">{display.clone()}</a>
            {phone.sms.then(|| view! { <span class="contact__note">" (" {t!(i18n, sms_too)} ")"</span> })}
            " "
            <StatusBadge status />
            <CopyButton text=display label />
        </span>
    }
}

#[component]
pub fn EmailAddress(email: Email, status: Status) -> impl IntoView {
    let i18n = use_i18n();
    let label = t_string!(i18n, copy_email, address = email.address.clone()).to_string();
    view! {
        <span class="contact contact--email">
            <a href=format!("mailto:{}", email.address) class="contact__value" dir="ltr">
                {email.address.clone()}
            </a>
            " "
            <StatusBadge status />
            <CopyButton text=email.address.clone() label />
        </span>
    }
}

/// One line per part of the address, and a link to a map search.
#[component]
pub fn AddressLines(address: Address, parent: Verification) -> impl IntoView {
    let i18n = use_i18n();
    let status = address.verification.as_ref().unwrap_or(&parent).status;
    let town = match &address.postal_code {
        Some(code) => format!("{code} {}", address.city),
        None => address.city.clone(),
    };
    let map = map_search_url(&format!("{}, {town}", address.line));
    view! {
        <address class="address">
            <span>{address.line.clone()}</span>
            <br />
            <span>{town}</span>
            " "
            <StatusBadge status />
            <br />
            <a href=map class="address__map" rel="noopener noreferrer" target="_blank">{t!(i18n, map_link)}</a>
        </address>
    }
}

//! The country page's last sections: where its content comes from (the
//! source it was based on, when it was last checked, the notice), and how
//! to suggest an organisation or a correction by e-mail.

use std::rc::Rc;

use directory_data::contact::{email_is_plain, mailto};
use directory_data::{CountryFile, Index};
use leptos::prelude::*;

use crate::components::data_text::{data_paragraph, data_text};
use crate::components::external_link::external_link;
use crate::components::page_section::page_section;
use crate::services::dataset::DATA_LANG;
use crate::services::i18n::t;
use crate::services::{intl, links};

pub fn about_section(country: Rc<CountryFile>, heading: String) -> impl IntoView {
    let locale = intl::locale();
    let attribution = &country.attribution;
    let based_on = country.sources.get(&attribution.based_on).cloned();
    let based_on_view = based_on.map(|s| {
        let title = format!("{} ({})", s.title, s.publisher);
        match s.url {
            Some(url) => external_link(url, None, view! { {data_text(title)} }),
            None => view! { <cite>{data_text(title)}</cite> }.into_any(),
        }
    });
    let last_checked = intl::format_date(country.last_verified.into(), &locale);
    let based_on_updated = intl::format_date(attribution.based_on_updated, &locale);
    page_section(
        "about",
        heading,
        view! {
            {data_paragraph(attribution.summary.clone())}
            <p>{t!(about_based_on)} {t!(sep_colon)} {based_on_view} " (" {based_on_updated} ")."</p>
            <p>{t!(about_last_checked)} {t!(sep_colon)} <time datetime=country.last_verified.to_string()>{last_checked}</time></p>
            <p class="notice" role="note" lang=DATA_LANG dir="auto">{attribution.notice.clone()}</p>
        },
    )
}

/// Whether the page can offer suggestions: only with a plain address to
/// write to.
pub fn can_suggest(index: &Index) -> bool {
    email_is_plain(&index.maintainers.email)
}

/// The `mailto:` link for suggestions and corrections about a page.
fn suggestion_link(index: &Index, page: &str) -> String {
    // The page's address with only its language as query (nothing else the
    // address brought is copied into the message); an embed names the full
    // site's page.
    let url = links::full_page_url();
    mailto(
        &index.maintainers.email,
        &t!(suggest_subject, page = page.to_string()).to_string(),
        &t!(suggest_body, url = url).to_string(),
    )
}

#[component]
pub fn SuggestSection(index: Rc<Index>, page: String) -> impl IntoView {
    // Both drawn again once the page is live (the page's address is then
    // the browser's; at build time, the configured site's).
    let email = index.maintainers.email.clone();
    let href = {
        let about = StoredValue::new_local((index.clone(), page.clone()));
        move || about.with_value(|(index, page)| suggestion_link(index, page))
    };
    // "Suggest an organisation": a template asking for what an editor
    // needs to check it (name, contacts, what it does, a source).
    let organisation = {
        let page = page.clone();
        move || {
            mailto(
                &email,
                &t!(suggest_org_subject, country = page.clone()).to_string(),
                &t!(suggest_org_body, url = links::full_page_url()).to_string(),
            )
        }
    };
    can_suggest(&index).then(|| view! {
        {page_section("suggest", t!(section_suggest).to_string(), view! {
            <p>{t!(suggest_text)}</p>
            <p class="suggest-links">
                <a href=organisation class="button-link" target=links::leave_target() rel=links::leave_rel()>{t!(suggest_org_link)}</a>
                " "
                <a href=href class="button-link" target=links::leave_target() rel=links::leave_rel()>{t!(suggest_link)}</a>
            </p>
        })}
    })
}

//! The country page's organisation lists (legal aid, other support) with
//! their filters: the filters live in the address (`use_url_filters`), and
//! a card the filters leave out is hidden, not removed, so the page written
//! at build time holds every organisation.

use std::rc::Rc;

use directory_data::CountryFile;
use directory_data::embed::Section;
use directory_data::filter::{Facets, Filters};
use directory_data::hours;
use directory_data::model::vocabulary::Category;
use directory_data::search::SearchOrg;
use leptos::prelude::*;

use crate::components::org_card::OrgCard;
use crate::components::org_filters::OrgFilters;
use crate::components::page_section::page_section;
use crate::services::i18n::t;
use crate::services::url_filters::{UrlFilters, use_url_filters};
use crate::services::{embed, intl};

/// The lists an embed may narrow to one; outside embeds, both.
pub fn shown_lists() -> Vec<Category> {
    [
        (Section::LegalAid, Category::LegalAid),
        (Section::OtherSupport, Category::OtherSupport),
    ]
    .into_iter()
    .filter(|(section, _)| embed::shows(*section))
    .map(|(_, category)| category)
    .collect()
}

/// The filters, the ids they let through and the counts for each choice.
struct Filtered {
    filters: UrlFilters,
    visible: Memo<Vec<String>>,
    facets: Memo<Facets>,
}

fn filtered(country: &CountryFile, lists: &[Category]) -> Filtered {
    let listed: Vec<&directory_data::Organisation> = country
        .organisations
        .iter()
        .filter(|o| lists.iter().any(|c| o.categories.contains(c)))
        .collect();
    let summaries: Vec<SearchOrg> = listed
        .iter()
        .map(|o| SearchOrg::new(o, 0, &|_| String::new()))
        .collect();
    let summaries = StoredValue::new(summaries);
    // Which are open now: none until the page is live (the clock is not
    // read at build time), then at the moment it became live.
    let time_zone = country.time_zone.clone();
    let hours_of: Vec<_> = listed.iter().map(|o| o.hours.clone()).collect();
    let open_now = Memo::new(move |_| {
        let now = intl::now_in(&time_zone);
        hours_of
            .iter()
            .map(|h| now.is_some_and(|now| hours::is_open(h, now)))
            .collect::<Vec<bool>>()
    });
    let filters = use_url_filters(format!("/countries/{}", country.slug), None);
    let chosen = filters.filters;
    let visible = Memo::new(move |_| {
        let f = chosen.get();
        let open = open_now.get();
        summaries.with_value(|all| {
            all.iter()
                .zip(open.iter())
                .filter(|(o, open)| f.matches(o, **open))
                .map(|(o, _)| o.id.clone())
                .collect::<Vec<String>>()
        })
    });
    let facets = Memo::new(move |_| {
        let f = chosen.get();
        let open = open_now.get();
        summaries.with_value(|all| Facets::count(all.iter().zip(open.iter().copied()), &f))
    });
    Filtered {
        filters,
        visible,
        facets,
    }
}

/// The filters, then the legal aid and other support sections.
pub fn organisation_lists(
    country: Rc<CountryFile>,
    legal_aid: String,
    other_support: String,
) -> impl IntoView {
    let lists = shown_lists();
    let Filtered {
        filters: UrlFilters { filters, set },
        visible,
        facets,
    } = filtered(&country, &lists);
    let filter_panel = (!lists.is_empty()).then(|| {
        view! {
            <div class="country-filters">
                <OrgFilters facets=facets.into() filters=filters.into() on_change=set id="country-filter" />
                <p class="filters__count" role="status" aria-live="polite">
                    {move || {
                        (!filters.with(Filters::is_empty)).then(|| {
                            t!(filter_showing, count = visible.with(Vec::len)).to_string()
                        })
                    }}
                </p>
            </div>
        }
    });
    let list = |category| view! { {org_list(country.clone(), category, visible)} };
    view! {
        {filter_panel}
        {embed::shows(Section::LegalAid).then(|| page_section("legal-aid", legal_aid, list(Category::LegalAid)))}
        {embed::shows(Section::OtherSupport).then(|| page_section("other-support", other_support, list(Category::OtherSupport)))}
    }
}

/// One category's cards, each hidden while the filters leave it out.
fn org_list(
    country: Rc<CountryFile>,
    category: Category,
    visible: Memo<Vec<String>>,
) -> impl IntoView {
    let ids: Vec<String> = country
        .in_category(category)
        .map(|o| o.id.clone())
        .collect();
    let items = country
        .in_category(category)
        .map(|org| {
            let id = org.id.clone();
            let hidden = move || visible.with(|v| !v.contains(&id));
            view! { <li hidden=hidden><OrgCard org=org.clone() time_zone=country.time_zone.clone() address_order=country.address_order local_name_lang=org.local_name_language(&country).map(Into::into) /></li> }
        })
        .collect_view();
    let none = move || visible.with(|v| !ids.iter().any(|id| v.contains(id)));
    view! {
        <ul class="org-list">{items}</ul>
        <p class="filters__none" hidden=move || !none()>{t!(filter_none_here)}</p>
    }
}

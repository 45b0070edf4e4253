//! `/countries/{slug}`: in the order of the source page — on this page,
//! links to the LGBTQI+ and COI pages, refugee protection, legal aid
//! organisations, other support, where the content comes from, the notice,
//! and how to suggest a resource or report an error.

use std::rc::Rc;

use directory_data::contact::mailto;
use directory_data::filter::{Facets, Filters};
use directory_data::hours;
use directory_data::model::country::{AppealDeadline, Authority, AuthorityRole, Law};
use directory_data::model::vocabulary::{Category, TimeUnit};
use directory_data::search::SearchOrg;
use directory_data::{CountryEntry, CountryFile, Index};
use leptos::prelude::*;
use leptos_meta::Title;

use crate::components::page_focus::FocusHeading;
use crate::components::page_section::{OnThisPage, page_section};
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

use crate::components::breadcrumbs::Breadcrumbs;
use crate::components::embed_this_page::EmbedThisPage;
use crate::components::external_link::external_link;
use crate::components::help_now::HelpNow;
use crate::components::loaded::loaded;
use crate::components::offline_save::{OfflineSave, SaveScope};
use crate::components::org_card::OrgCard;
use crate::components::org_filters::OrgFilters;
use crate::components::provenance::{FactList, Provenance};
use crate::components::report_problem::ReportAbout;
use crate::pages::not_found::{Missing, NotFoundPage};
use crate::services::dataset::{CountryLookup, load_country_by_slug};
use crate::services::i18n::t;
use crate::services::url_filters::{UrlFilters, use_url_filters};
use crate::services::{embed, intl, labels, links};
use directory_data::embed::Section;

#[component]
pub fn CountryPage() -> impl IntoView {
    let params = use_params_map();
    let slug = move || params.read().get("slug").unwrap_or_default();
    loaded(slug, load_country_by_slug, |(index, lookup)| match lookup {
        CountryLookup::Unknown => view! { <NotFoundPage missing=Missing::Country /> }.into_any(),
        CountryLookup::NoContent(entry) => view! { <EmptyCountry entry index /> }.into_any(),
        CountryLookup::Found(country) => view! { <CountryContent country index /> }.into_any(),
    })
}

/// The route wrapper of a country's sub-pages (LGBTQI+, COI): loads the
/// country named in the address and renders it, or the country not-found page.
pub fn country_subpage(
    render: impl Fn(Rc<CountryFile>) -> AnyView + Send + Sync + 'static,
) -> impl IntoView {
    let params = use_params_map();
    let slug = move || params.read().get("slug").unwrap_or_default();
    loaded(
        slug,
        load_country_by_slug,
        move |(_, lookup)| match lookup {
            CountryLookup::Found(country) => render(country),
            _ => view! { <NotFoundPage missing=Missing::Country /> }.into_any(),
        },
    )
}

/// The `mailto:` link for suggestions and corrections about a page.
fn suggestion_link(index: &Index, page: &str) -> String {
    // The page's address with only its language as query (nothing else the
    // address brought is copied into the message); an embed names the full
    // site's page.
    let url = crate::services::links::full_page_url();
    mailto(
        &index.maintainers.email,
        &t!(suggest_subject, page = page.to_string()).to_string(),
        &t!(suggest_body, url = url).to_string(),
    )
}

#[component]
fn SuggestSection(index: Rc<Index>, page: String) -> impl IntoView {
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
                &t!(
                    suggest_org_body,
                    url = crate::services::links::full_page_url()
                )
                .to_string(),
            )
        }
    };
    // Without a plain address to write to, there is no one to suggest to.
    let writable = directory_data::contact::email_is_plain(&index.maintainers.email);
    writable.then(|| view! {
        {page_section("suggest", t!(section_suggest).to_string(), view! {
            <p>{t!(suggest_text)}</p>
            <p class="suggest-links">
                <a href=organisation class="button-link" target=crate::services::links::leave_target() rel=crate::services::links::leave_rel()>{t!(suggest_org_link)}</a>
                " "
                <a href=href class="button-link" target=crate::services::links::leave_target() rel=crate::services::links::leave_rel()>{t!(suggest_link)}</a>
            </p>
        })}
    })
}

#[component]
fn EmptyCountry(entry: CountryEntry, index: Rc<Index>) -> impl IntoView {
    let name = intl::country_name(&entry.code, &entry.name);
    view! {
        <Title text=name.clone() />
        <Breadcrumbs crumbs=vec![
            (t!(breadcrumb_home).to_string(), Some("/".to_string())),
            (name.clone(), None),
        ] />
        <h1>{name.clone()}</h1>
        <FocusHeading />
        <p>{t!(no_content_body, country = name.clone())}</p>
        <SuggestSection index page=name />
    }
}

fn law_dates(law: &Law, locale: &str) -> Option<String> {
    let mut parts = Vec::new();
    if let Some(d) = law.adopted {
        parts.push(format!(
            "{} {}",
            t!(law_adopted),
            intl::format_date(d, locale)
        ));
    }
    if let Some(d) = law.in_force {
        parts.push(format!(
            "{} {}",
            t!(law_in_force),
            intl::format_date(d, locale)
        ));
    }
    (!parts.is_empty()).then(|| parts.join(t!(sep_semicolon)))
}

#[component]
fn CountryContent(country: Rc<CountryFile>, index: Rc<Index>) -> impl IntoView {
    let locale = intl::locale();
    // The suggestion section exists only with an address to write to.
    let writable = directory_data::contact::email_is_plain(&index.maintainers.email);
    let name = intl::country_name(&country.code, &country.name);
    let slug = country.slug.clone();
    let p = &country.protection;

    let treaties = p
        .treaties
        .iter()
        .map(|t| {
            let mut detail = labels::treaty_status(t.status);
            if let Some(action) = t.action {
                detail.push_str(&format!(" · {}", labels::treaty_action(action)));
                if let Some(date) = t.date {
                    detail.push_str(&format!(" {}", intl::format_date(date, &locale)));
                }
            }
            view! {
                <li>
                    <strong><bdi lang=crate::services::dataset::DATA_LANG>{t.name.clone()}</bdi></strong> {t!(sep_colon)} {detail}
                    {t.note.clone().map(|n| view! { " " <span class="fact__note" lang=crate::services::dataset::DATA_LANG dir="auto">{n}</span> })}
                    <Provenance verification=t.verification.clone() country=country.clone() report=ReportAbout::new("protection.treaties", &t.id, "status", &t.name) />
                </li>
            }
        })
        .collect_view();

    let framework = &p.regional_framework;
    let instruments = framework
        .instruments
        .iter()
        .map(|inst| {
            let since = inst.since.map(|d| format!(" ({} {})", t!(since), intl::format_date(d, &locale)));
            view! {
                <li>
                    <strong><bdi lang=crate::services::dataset::DATA_LANG>{inst.name.clone()}</bdi></strong> {t!(sep_colon)} {labels::treaty_status(inst.status)} {since}
                    <p lang=crate::services::dataset::DATA_LANG dir="auto">{inst.statement.clone()}</p>
                    <Provenance verification=inst.verification.clone() country=country.clone() report=ReportAbout::new("protection.regional_framework.instruments", &inst.id, "statement", &inst.name) />
                </li>
            }
        })
        .collect_view();

    let laws = p
        .national_law
        .iter()
        .map(|law| {
            let title = match &law.url {
                Some(url) => external_link(url.clone(), None, view! { <bdi lang=crate::services::dataset::DATA_LANG>{law.name.clone()}</bdi> }),
                None => view! { <bdi lang=crate::services::dataset::DATA_LANG>{law.name.clone()}</bdi> }.into_any(),
            };
            let local = law.local_name.clone().map(|l| view! { " (" <bdi lang=country.local_language.clone()>{l}</bdi> ")" });
            let citation = law.citation.clone().map(|c| view! { " · " <bdi lang=crate::services::dataset::DATA_LANG>{c}</bdi> });
            view! {
                <li>
                    <strong>{title}</strong> {local} {citation}
                    {law_dates(law, &locale).map(|d| view! { <br /><span class="fact__dates">{d}</span> })}
                    <p lang=crate::services::dataset::DATA_LANG dir="auto">{law.summary.clone()}</p>
                    <Provenance verification=law.verification.clone() country=country.clone() report=ReportAbout::new("protection.national_law", &law.id, "summary", &law.name) />
                </li>
            }
        })
        .collect_view();

    let authorities = p
        .authorities
        .iter()
        .map(|a| {
            let role = match a.role {
                AuthorityRole::FirstInstance => {
                    t!(authority_first_instance).to_string()
                }
                AuthorityRole::Appeal => t!(authority_appeal).to_string(),
            };
            let title = format!(
                "{}{}",
                a.name,
                a.abbreviation
                    .as_ref()
                    .map(|x| format!(" ({x})"))
                    .unwrap_or_default()
            );
            view! {
                <li>
                    <strong><bdi lang=crate::services::dataset::DATA_LANG>{title}</bdi></strong>
                    {a.local_name.clone().map(|l| view! { " – " <bdi lang=country.local_language.clone()>{l}</bdi> })}
 " · " <span class="tag">{role}</span>
                    <p lang=crate::services::dataset::DATA_LANG dir="auto">{a.description.clone()}</p>
                    {a.website.clone().map(|w| view! { <p>{external_link(w.clone(), Some("ltr"), w.clone())}</p> })}
                    <Provenance verification=a.verification.clone() country=country.clone() report=ReportAbout::new("protection.authorities", &a.id, "description", &a.name) />
                </li>
            }
        })
        .collect_view();

    let deadline = match &p.appeal_deadline {
        Some(deadline) => view! { <AppealDeadlineFact deadline=deadline.clone() authorities=p.authorities.clone() country=country.clone() /> }.into_any(),
        // No dated source states one: said, never guessed.
        None => view! { <p class="deadline deadline--none">{t!(deadline_none)}</p> }.into_any(),
    };

    let procedure = view! { <FactList facts=p.procedure.clone() country=country.clone() list="protection.procedure" /> };

    // The filters of the organisation lists shown (an embed may show one),
    // kept in the address.
    let shown_lists: Vec<Category> = [
        (Section::LegalAid, Category::LegalAid),
        (Section::OtherSupport, Category::OtherSupport),
    ]
    .into_iter()
    .filter(|(section, _)| embed::shows(*section))
    .map(|(_, category)| category)
    .collect();
    let listed: Vec<&directory_data::Organisation> = country
        .organisations
        .iter()
        .filter(|o| shown_lists.iter().any(|c| o.categories.contains(c)))
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
    let UrlFilters {
        filters,
        set: set_filters,
    } = use_url_filters(format!("/countries/{slug}"), Vec::new);
    let visible = Memo::new(move |_| {
        let f = filters.get();
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
        let f = filters.get();
        let open = open_now.get();
        summaries.with_value(|all| Facets::count(all.iter().zip(open.iter().copied()), &f))
    });
    let cards = |category: Category| {
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
    };
    // "Get help now": legal aid first, then other support; not in an embed
    // whose partner chose its sections (it shows those lists in full).
    let whole_page =
        embed::options().is_none_or(|o| o.sections.iter().all(|s| *s == Section::Search));
    let help_groups: Vec<(String, Vec<directory_data::Organisation>)> = [
        (Category::LegalAid, t!(section_legal_aid).to_string()),
        (
            Category::OtherSupport,
            t!(section_other_support).to_string(),
        ),
    ]
    .into_iter()
    .filter(|_| whole_page)
    .map(|(category, heading)| (heading, country.in_category(category).cloned().collect()))
    .collect();
    let legal_aid = cards(Category::LegalAid);
    let other_support = cards(Category::OtherSupport);
    let shows_lists = !shown_lists.is_empty();
    let filter_panel = shows_lists.then(|| {
        view! {
            <div class="country-filters">
                <OrgFilters facets=facets.into() filters=filters.into() on_change=set_filters id="country-filter" />
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

    let attribution = &country.attribution;
    let based_on = country.sources.get(&attribution.based_on).cloned();
    let based_on_view = based_on.map(|s| {
        let title = format!("{} ({})", s.title, s.publisher);
        match s.url {
            Some(url) => external_link(
                url,
                None,
                view! { <bdi lang=crate::services::dataset::DATA_LANG>{title}</bdi> },
            ),
            None => {
                view! { <cite><bdi lang=crate::services::dataset::DATA_LANG>{title}</bdi></cite> }
                    .into_any()
            }
        }
    });
    let last_checked = intl::format_date(country.last_verified.into(), &locale);
    let based_on_updated = intl::format_date(attribution.based_on_updated, &locale);

    // The main sections' headings, shared by "On this page" and the sections.
    let headings = [
        t!(section_protection).to_string(),
        t!(section_legal_aid).to_string(),
        t!(section_other_support).to_string(),
        t!(section_about).to_string(),
    ];
    let heading = move |i: usize| headings[i].clone();
    let lgbtqi_link = t!(link_lgbtqi, country = name.clone()).to_string();
    let coi_link = t!(link_coi, country = name.clone()).to_string();
    // Some text the cards show (who an organisation is for) is shown in
    // the UI language.
    let partly_translated = country.organisations.iter().any(|o| {
        o.eligibility_in(intl::ui_code())
            .is_some_and(|e| e.lang != crate::services::dataset::DATA_LANG)
    });

    view! {
        <Title text=name.clone() />
        <Breadcrumbs crumbs=vec![
            (t!(breadcrumb_home).to_string(), Some("/".to_string())),
            (name.clone(), None),
        ] />
        <h1>{name.clone()}</h1>
        <FocusHeading />
        <crate::components::data_language::DataLanguageNote partly=partly_translated />
        <p class="lead">{t!(country_lead, country = name.clone())}</p>
        <HelpNow groups=help_groups time_zone=country.time_zone.clone() />
        <OnThisPage sections=[
            (Section::Protection, heading(0)),
            (Section::LegalAid, heading(1)),
            (Section::OtherSupport, heading(2)),
            (Section::About, heading(3)),
            (Section::Suggest, t!(section_suggest).to_string()),
        ]
            .into_iter()
            .filter(|(section, _)| embed::shows(*section) && (*section != Section::Suggest || writable))
            .map(|(section, heading)| (section.anchor(), heading))
            .collect() />
        <ul class="related-pages">
            <li><A href=links::route(&format!("/countries/{slug}/lgbtqi"))>{lgbtqi_link}</A></li>
            <li><A href=links::route(&format!("/countries/{slug}/coi"))>{coi_link}</A></li>
        </ul>
        {(!embed::is_embed()).then(|| view! {
            <OfflineSave index=index.clone() scope=SaveScope::Country { slug: slug.clone(), name: name.clone() } />
        })}

        {embed::shows(Section::Protection).then(|| page_section("protection", heading(0), view! {
            <h3>{t!(section_treaties)}</h3>
            <ul class="facts">{treaties}</ul>
            <h3>{t!(section_regional)}</h3>
            <p class="regional-summary" lang=crate::services::dataset::DATA_LANG dir="auto">{framework.summary.clone()}</p>
            {framework.corrects.clone().map(|c| view! {
                <p class="correction"><strong>{t!(correction)} {t!(sep_colon)}</strong><span lang=crate::services::dataset::DATA_LANG dir="auto">{c}</span></p>
            })}
            <Provenance verification=framework.verification.clone() country=country.clone() report=ReportAbout::object("protection.regional_framework", "summary", &framework.summary) />
            <ul class="facts">{instruments}</ul>
            <h3>{t!(section_national_law)}</h3>
            <ul class="facts">{laws}</ul>
            <h3>{t!(section_authorities)}</h3>
            <ul class="facts">{authorities}</ul>
            <h3>{t!(section_appeal_deadline)}</h3>
            {deadline}
            <h3>{t!(section_procedure)}</h3>
            {procedure}
            <h3>{t!(section_statistics)}</h3>
            <div>
                <p>{external_link(p.statistics.url.clone(), None, view! { <bdi lang=crate::services::dataset::DATA_LANG>{p.statistics.title.clone()}</bdi> })}</p>
                <Provenance verification=p.statistics.verification.clone() country=country.clone() report=ReportAbout::object("protection.statistics", "url", &p.statistics.title) />
            </div>
        }))}

        {filter_panel}

        {embed::shows(Section::LegalAid).then(|| page_section("legal-aid", heading(1), legal_aid))}

        {embed::shows(Section::OtherSupport).then(|| page_section("other-support", heading(2), other_support))}

        {embed::shows(Section::About).then(|| page_section("about", heading(3), view! {
            <p lang=crate::services::dataset::DATA_LANG dir="auto">{attribution.summary.clone()}</p>
            <p>{t!(about_based_on)} {t!(sep_colon)} {based_on_view} " (" {based_on_updated} ")."</p>
            <p>{t!(about_last_checked)} {t!(sep_colon)} <time datetime=country.last_verified.to_string()>{last_checked}</time></p>
            <p class="notice" role="note" lang=crate::services::dataset::DATA_LANG dir="auto">{attribution.notice.clone()}</p>
        }))}

        {embed::shows(Section::Suggest).then(|| view! { <SuggestSection index page=name /> })}
        <EmbedThisPage path=format!("/countries/{slug}") />
    }
}

/// The deadline for appealing a first decision, the authorities it is
/// lodged with and decided by, and its provenance.
#[component]
fn AppealDeadlineFact(
    deadline: AppealDeadline,
    authorities: Vec<Authority>,
    country: Rc<CountryFile>,
) -> impl IntoView {
    let authority_name = |id: &str| {
        authorities
            .iter()
            .find(|a| a.id == id)
            .map(|a| a.abbreviation.clone().unwrap_or_else(|| a.name.clone()))
            .unwrap_or_else(|| id.to_string())
    };
    let amount = deadline.amount;
    let period = match deadline.unit {
        TimeUnit::Days => t!(deadline_amount_days, count = amount).to_string(),
        TimeUnit::WorkingDays => t!(deadline_amount_working_days, count = amount).to_string(),
        TimeUnit::Weeks => t!(deadline_amount_weeks, count = amount).to_string(),
        TimeUnit::Months => t!(deadline_amount_months, count = amount).to_string(),
    };
    let lodged_with = authority_name(&deadline.lodged_with);
    let decided_by = authority_name(&deadline.decided_by);
    let report = ReportAbout::object(
        "protection.appeal_deadline",
        "statement",
        &deadline.statement,
    );
    view! {
        <div class="deadline">
            <p class="deadline__period">{period}</p>
            <p>{t!(deadline_lodged_with)} {t!(sep_colon)} <strong><bdi lang=crate::services::dataset::DATA_LANG>{lodged_with}</bdi></strong> " · " {t!(deadline_decided_by)} {t!(sep_colon)} <strong><bdi lang=crate::services::dataset::DATA_LANG>{decided_by}</bdi></strong></p>
            <p lang=crate::services::dataset::DATA_LANG dir="auto">{deadline.statement.clone()}</p>
            <Provenance verification=deadline.verification.clone() country report />
        </div>
    }
}

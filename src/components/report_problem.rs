//! "Report a problem": a `mailto:` link to the maintainers' address in the
//! index, with the page's address, the entry and the field filled in, so a
//! reader who finds a wrong number or an outdated fact can say so in two
//! clicks. No form, no server: the message leaves from the reader's own
//! mail program, and only if they send it.

use directory_data::CountryFile;
use directory_data::contact::{email_is_plain, mailto};
use leptos::prelude::*;

use crate::components::data_text::data_text;
use crate::services::i18n::t;

/// How much of an entry's name or statement the subject line quotes.
const TITLE_CHARS: usize = 60;

/// What a report is about: the entry as editors find it in the data file
/// (`organisations/noas`, `protection.treaties/refugee_convention_1951`),
/// the field, and the entry's name for the subject line.
#[derive(Clone, Debug)]
pub struct ReportAbout {
    pub entry: String,
    pub field: &'static str,
    pub title: String,
}

impl ReportAbout {
    /// A single entry named by its path (`protection.appeal_deadline`).
    pub fn object(path: &str, field: &'static str, title: impl AsRef<str>) -> Self {
        let mut about = Self::new(path, "", field, title);
        about.entry = path.to_string();
        about
    }

    /// An entry without an id, by its place in its list (`lgbtqi.resources[2]`).
    pub fn at(list: &str, index: usize, field: &'static str, title: impl AsRef<str>) -> Self {
        let mut about = Self::new(list, "", field, title);
        about.entry = format!("{list}[{index}]");
        about
    }

    /// `title`: the entry's name, or the start of its statement.
    pub fn new(list: &str, id: &str, field: &'static str, title: impl AsRef<str>) -> Self {
        let title = title.as_ref();
        let short: String = title.chars().take(TITLE_CHARS).collect();
        ReportAbout {
            entry: format!("{list}/{id}"),
            field,
            title: if short.len() < title.len() {
                format!("{}…", short.trim_end())
            } else {
                short
            },
        }
    }
}

/// The `mailto:` link for a report about `about` in `country`'s file;
/// `None` when the index names no plain address to write to.
pub fn report_href(country: &CountryFile, about: &ReportAbout) -> Option<String> {
    let index = crate::services::dataset::index_if_loaded()?;
    let to = &index.maintainers.email;
    email_is_plain(to).then(|| {
        mailto(
            to,
            &t!(suggest_report_subject, title = about.title.clone()).to_string(),
            &t!(
                suggest_report_body,
                url = crate::services::links::full_page_url(),
                entry = about.entry.clone(),
                field = about.field.to_string(),
                file = format!("countries/{}.json", country.slug)
            )
            .to_string(),
        )
    })
}

/// The link, small, after an entry's sources.
#[component]
pub fn ReportProblem(country: std::rc::Rc<CountryFile>, about: ReportAbout) -> impl IntoView {
    report_href(&country, &about)?;
    let title = about.title.clone();
    // Drawn again once the page is live: the page's address is then the
    // browser's (at build time, the configured site's).
    let entry = StoredValue::new_local((country, about));
    let href = move || entry.with_value(|(country, about)| report_href(country, about));
    Some({
        view! {
            <p class="report-problem">
                <a href=href target=crate::services::links::leave_target() rel=crate::services::links::leave_rel()>
                    // Dozens of these on a page: the name says which entry.
                    {t!(report_link)}<span class="visually-hidden">{t!(sep_colon)}{data_text(title)}</span>
                </a>
            </p>
        }
    })
}

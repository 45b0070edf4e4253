//! A country file (`countries/<slug>.json`): refugee protection, organisations,
//! LGBTQI+ situation, COI resources, attribution, and the sources behind them.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::model::index::OrganisationCounts;
use crate::model::vocabulary::{
    AddressOrder, Category, CoiKind, Coverage, HoursKind, PhonePurpose, Service, TimeUnit,
    TreatyAction, TreatyStatus, Weekday,
};
use crate::model::{Date, Fact, Link, PartialDate, Source, Time, Verification};

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "strict", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "strict", serde(deny_unknown_fields))]
pub struct CountryFile {
    /// Where the JSON Schema of this file is
    /// (`../schema/country.schema.json`), for editors' text editors. The app
    /// ignores it, so only the validator's build has the field.
    #[cfg(feature = "strict")]
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    pub schema_version: u32,
    /// ISO 3166-1 alpha-2, as in the index.
    pub code: String,
    pub slug: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub local_name: Option<String>,
    /// The language (BCP 47) of the local names in this file — the
    /// country's, its laws', authorities', organisations' and COI
    /// producers' — unless an organisation says otherwise
    /// (`local_name_lang`). Absent where they are in several languages
    /// (Belgium): the names are then not marked with one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub local_language: Option<String>,
    /// Where the postal code goes in this country's addresses.
    #[serde(default, skip_serializing_if = "crate::model::country::is_default")]
    pub address_order: AddressOrder,
    /// IANA time zone in which all opening hours are given.
    pub time_zone: String,
    pub last_verified: Date,
    pub attribution: Attribution,
    pub protection: Protection,
    pub organisations: Vec<Organisation>,
    pub lgbtqi: Lgbtqi,
    pub coi: Coi,
    /// Every source cited in this file, by key.
    pub sources: BTreeMap<String, Source>,
}

/// Where the content started, and the notice every page shows.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "strict", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "strict", serde(deny_unknown_fields))]
pub struct Attribution {
    /// Key of the starting document in `sources`.
    pub based_on: String,
    /// When the starting document was last updated, as it says.
    pub based_on_updated: PartialDate,
    /// How the content was checked and changed since.
    pub summary: String,
    /// "Not legal advice; contact the organisation before you go."
    pub notice: String,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "strict", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "strict", serde(deny_unknown_fields))]
pub struct Protection {
    pub treaties: Vec<Treaty>,
    pub regional_framework: RegionalFramework,
    pub national_law: Vec<Law>,
    pub authorities: Vec<Authority>,
    /// Absent where no dated source states a deadline for appealing a
    /// first decision, or where there is no state procedure to appeal in
    /// (Lebanon): the page then says so, and `procedure` says what a person
    /// can do instead. Never filled with a guess.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub appeal_deadline: Option<AppealDeadline>,
    /// Other facts about the procedure (who informs new arrivals, …).
    #[serde(default)]
    pub procedure: Vec<Fact>,
    pub statistics: Link,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "strict", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "strict", serde(deny_unknown_fields))]
pub struct Treaty {
    pub id: String,
    pub name: String,
    pub status: TreatyStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<TreatyAction>,
    /// The date of the country's ratification, accession, …, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<PartialDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    pub verification: Verification,
}

/// The country's place in regional arrangements (for Norway: EEA, Schengen,
/// Dublin, and *not* the EU asylum directives).
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "strict", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "strict", serde(deny_unknown_fields))]
pub struct RegionalFramework {
    pub summary: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub corrects: Option<String>,
    pub verification: Verification,
    pub instruments: Vec<Instrument>,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "strict", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "strict", serde(deny_unknown_fields))]
pub struct Instrument {
    pub id: String,
    pub name: String,
    pub status: TreatyStatus,
    /// When the country became bound (entry into force for it); not a
    /// signature date, which belongs in `statement`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<PartialDate>,
    pub statement: String,
    pub verification: Verification,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "strict", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "strict", serde(deny_unknown_fields))]
pub struct Law {
    pub id: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub local_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub citation: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adopted: Option<PartialDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub in_force: Option<PartialDate>,
    pub summary: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    pub verification: Verification,
}

/// A public body in the asylum procedure.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "strict", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "strict", serde(deny_unknown_fields))]
pub struct Authority {
    pub id: String,
    pub role: AuthorityRole,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub local_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub abbreviation: Option<String>,
    pub description: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    pub verification: Verification,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "strict", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum AuthorityRole {
    FirstInstance,
    Appeal,
}

/// How long a person has to appeal a first-instance decision, and where.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "strict", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "strict", serde(deny_unknown_fields))]
pub struct AppealDeadline {
    pub amount: u16,
    pub unit: TimeUnit,
    /// Id of the authority the appeal is lodged with.
    pub lodged_with: String,
    /// Id of the authority that decides the appeal.
    pub decided_by: String,
    pub statement: String,
    pub verification: Verification,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "strict", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "strict", serde(deny_unknown_fields))]
pub struct Organisation {
    /// Unique across the whole dataset; the organisation's URL path segment.
    pub id: String,
    /// The name in English or as the organisation uses it internationally.
    pub name: String,
    /// The language (BCP 47) of `name` when it is not English
    /// ("Vluchtelingenwerk Vlaanderen": `nl`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_lang: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub local_name: Option<String>,
    /// The language of `local_name` when it is not the file's
    /// `local_language`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub local_name_lang: Option<String>,
    /// Short forms, translations and spellings people search for.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub other_names: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub former_names: Vec<FormerName>,
    /// The pages it is listed on; on the country page, exactly one of
    /// `legal_aid` and `other_support` (the starting document's grouping).
    pub categories: Vec<Category>,
    /// True when the starting document did not list it: we added it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub added: bool,
    /// What it is and does, in our own words.
    pub description: String,
    pub services: Vec<Service>,
    /// What it does in more detail, in our own words.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub activities: Vec<String>,
    /// Who can use it, where it is limited.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eligibility: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub founded: Option<PartialDate>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub offices: Vec<Office>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub phones: Vec<Phone>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub emails: Vec<Email>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub websites: Vec<Website>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub social: Vec<SocialLink>,
    /// Only where the person is current.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact_person: Option<ContactPerson>,
    /// Languages spoken, as BCP 47 tags.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<Language>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hours: Vec<OpeningHours>,
    /// How to make contact, in words ("by phone or in person, not by email").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub how_to_contact: Option<String>,
    /// Warnings and context for the reader (funding at risk, hours may change, …).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    /// The organisation as a whole; fields with their own `verification` override it.
    pub verification: Verification,
    /// The texts above in other languages, by BCP 47 tag (`"uk"`, `"ar"`):
    /// any field may be left out, and the English is shown in its place.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub translations: BTreeMap<String, OrganisationTexts>,
}

/// An organisation's own texts in one other language. A list (activities,
/// notes) is translated whole or not at all.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "strict", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "strict", serde(deny_unknown_fields))]
pub struct OrganisationTexts {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub activities: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eligibility: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub how_to_contact: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
}

/// A text with the language it is in (a BCP 47 tag).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InLanguage<'a, T: ?Sized> {
    pub text: &'a T,
    pub lang: &'a str,
}

impl InLanguage<'_, str> {
    /// `(text, lang)`, owned: for views, which outlive the borrow.
    pub fn owned(&self) -> (String, String) {
        (self.text.to_string(), self.lang.to_string())
    }
}

/// The language of the data's own texts.
pub const DATA_LANGUAGE: &str = "en";

impl Organisation {
    /// The translation for the UI language `ui`: its own tag, else one of
    /// the same language as the UI's language choice reads tags (`"pt"` for
    /// `"pt-BR"` and the other way round; `"no"` for Bokmål, `"prs"` for
    /// Persian). None for English.
    pub fn translation(&self, ui: &str) -> Option<(&str, &OrganisationTexts)> {
        let primary = ui.split('-').next().unwrap_or("").to_ascii_lowercase();
        if primary == DATA_LANGUAGE {
            return None;
        }
        self.translations
            .iter()
            .find(|(tag, _)| tag.eq_ignore_ascii_case(ui))
            .or_else(|| {
                self.translations
                    .iter()
                    .find(|(tag, _)| crate::locale::ui_language(tag, &[primary.as_str()]).is_some())
            })
            .map(|(tag, texts)| (tag.as_str(), texts))
    }

    /// What it is and does, in `ui` where translated, else in English.
    pub fn description_in(&self, ui: &str) -> InLanguage<'_, str> {
        self.pick(ui, &self.description, |t| t.description.as_deref())
    }

    /// Who can use it, in `ui` where translated, else in English.
    pub fn eligibility_in(&self, ui: &str) -> Option<InLanguage<'_, str>> {
        let english = self.eligibility.as_deref()?;
        Some(self.pick(ui, english, |t| t.eligibility.as_deref()))
    }

    /// How to make contact, in `ui` where translated, else in English.
    pub fn how_to_contact_in(&self, ui: &str) -> Option<InLanguage<'_, str>> {
        let english = self.how_to_contact.as_deref()?;
        Some(self.pick(ui, english, |t| t.how_to_contact.as_deref()))
    }

    /// The activities, in `ui` where translated, else in English.
    pub fn activities_in(&self, ui: &str) -> InLanguage<'_, [String]> {
        self.pick(ui, &self.activities[..], |t| {
            (!t.activities.is_empty()).then_some(&t.activities[..])
        })
    }

    /// The notes, in `ui` where translated, else in English.
    pub fn notes_in(&self, ui: &str) -> InLanguage<'_, [String]> {
        self.pick(ui, &self.notes[..], |t| {
            (!t.notes.is_empty()).then_some(&t.notes[..])
        })
    }

    fn pick<'a, T: ?Sized>(
        &'a self,
        ui: &str,
        english: &'a T,
        field: impl Fn(&'a OrganisationTexts) -> Option<&'a T>,
    ) -> InLanguage<'a, T> {
        self.translation(ui)
            .and_then(|(lang, texts)| field(texts).map(|text| InLanguage { text, lang }))
            .unwrap_or(InLanguage {
                text: english,
                lang: DATA_LANGUAGE,
            })
    }
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "strict", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "strict", serde(deny_unknown_fields))]
pub struct FormerName {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<PartialDate>,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "strict", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "strict", serde(deny_unknown_fields))]
pub struct Office {
    /// The city or town, as people search for it.
    pub city: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Where to go.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub street_address: Option<Address>,
    /// Where to send letters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postal_address: Option<Address>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verification: Option<Verification>,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "strict", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "strict", serde(deny_unknown_fields))]
pub struct Address {
    /// Street and number, or PO box.
    pub line: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postal_code: Option<String>,
    pub city: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verification: Option<Verification>,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "strict", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "strict", serde(deny_unknown_fields))]
pub struct Phone {
    /// Referred to by opening hours (`phone`).
    pub id: String,
    /// E.164: `+` and the digits, no spaces.
    pub number: String,
    /// The number as its country writes it (`22 36 56 60`, `030 1234567`).
    /// Written by `make data` from `number` with the phone-number library
    /// (so the app carries no per-country rules), never by hand; absent,
    /// the app shows `number` as it is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub national: Option<String>,
    /// The number as it is dialled from abroad (`+47 22 36 56 60`): what
    /// Copy copies. Written by `make data` like `national`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub international: Option<String>,
    pub purpose: PhonePurpose,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Also takes text messages.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub sms: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verification: Option<Verification>,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "strict", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "strict", serde(deny_unknown_fields))]
pub struct Email {
    pub address: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verification: Option<Verification>,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "strict", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "strict", serde(deny_unknown_fields))]
pub struct Website {
    pub url: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verification: Option<Verification>,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "strict", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "strict", serde(deny_unknown_fields))]
pub struct SocialLink {
    /// "facebook", "instagram", …
    pub network: String,
    pub url: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verification: Option<Verification>,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "strict", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "strict", serde(deny_unknown_fields))]
pub struct ContactPerson {
    pub name: String,
    pub role: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<PartialDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verification: Option<Verification>,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "strict", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "strict", serde(deny_unknown_fields))]
pub struct Language {
    /// BCP 47 language tag (`no`, `ar`, `sr-Latn`).
    pub code: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verification: Option<Verification>,
}

/// A weekly block of time, in the country's time zone. `closes` later than
/// `opens` on the same day; `closes` earlier than `opens` means the block runs
/// past midnight into the next day; `24:00` is the end of the day.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "strict", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "strict", serde(deny_unknown_fields))]
pub struct OpeningHours {
    pub kinds: Vec<HoursKind>,
    /// Id of the phone answered in this block, for phone lines.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    pub days: Vec<Weekday>,
    pub opens: Time,
    pub closes: Time,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_from: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_until: Option<Date>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub closures: Vec<Closure>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    pub verification: Verification,
}

/// Days on which a block of hours does not apply (holidays, summer).
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "strict", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "strict", serde(deny_unknown_fields))]
pub struct Closure {
    pub from: Date,
    pub until: Date,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "strict", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "strict", serde(deny_unknown_fields))]
pub struct Lgbtqi {
    /// Laws and events, each dated.
    pub legal_situation: Vec<DatedFact>,
    /// How the asylum authorities treat claims based on sexual orientation or gender identity.
    #[serde(default)]
    pub asylum_practice: Vec<Fact>,
    /// Further reading: official pages, indexes.
    #[serde(default)]
    pub resources: Vec<Link>,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "strict", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "strict", serde(deny_unknown_fields))]
pub struct DatedFact {
    pub id: String,
    pub topic: String,
    pub date: PartialDate,
    pub statement: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub corrects: Option<String>,
    pub verification: Verification,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "strict", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "strict", serde(deny_unknown_fields))]
pub struct Coi {
    /// Resources about this country.
    pub resources: Vec<CoiResource>,
    /// COI producers based in this country (which may write about other countries).
    pub producers: Vec<CoiProducer>,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "strict", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "strict", serde(deny_unknown_fields))]
pub struct CoiResource {
    pub id: String,
    pub title: String,
    pub publisher: String,
    pub kind: CoiKind,
    /// Year of publication.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<u16>,
    /// The year the resource reports on, when it differs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub covers_year: Option<u16>,
    pub url: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    pub verification: Verification,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "strict", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "strict", serde(deny_unknown_fields))]
pub struct CoiProducer {
    pub id: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub local_name: Option<String>,
    pub url: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub established: Option<PartialDate>,
    pub covers: Coverage,
    pub description: String,
    pub verification: Verification,
}

impl CountryFile {
    pub fn organisation(&self, id: &str) -> Option<&Organisation> {
        self.organisations.iter().find(|o| o.id == id)
    }

    /// Organisations listed on a page, in file order.
    pub fn in_category(&self, category: Category) -> impl Iterator<Item = &Organisation> {
        self.organisations
            .iter()
            .filter(move |o| o.categories.contains(&category))
    }

    /// The counts the index must show for this file.
    pub fn organisation_counts(&self) -> OrganisationCounts {
        let count = |c| self.in_category(c).count() as u32;
        OrganisationCounts {
            total: self.organisations.len() as u32,
            legal_aid: count(Category::LegalAid),
            other_support: count(Category::OtherSupport),
            lgbtqi: count(Category::Lgbtqi),
        }
    }
}

/// For `skip_serializing_if`: a value the file need not spell out.
pub(crate) fn is_default<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}

impl Organisation {
    /// The language of the organisation's name: its own, else English (the
    /// dataset's).
    pub fn name_language(&self) -> &str {
        self.name_lang.as_deref().unwrap_or(DATA_LANGUAGE)
    }

    /// The language of its local name, if known: its own, else the file's.
    pub fn local_name_language<'a>(&'a self, country: &'a CountryFile) -> Option<&'a str> {
        self.local_name_lang
            .as_deref()
            .or(country.local_language.as_deref())
    }
}

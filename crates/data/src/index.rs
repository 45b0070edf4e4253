//! `index.json`: every country and territory, and the maintainers' address.

use serde::{Deserialize, Serialize};

use crate::common::Date;

/// The version of the data format this code reads. A file with another
/// version is refused with a message saying so.
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Index {
    pub schema_version: u32,
    /// The day the index was last changed.
    pub updated: Date,
    pub maintainers: Maintainers,
    /// Every ISO 3166-1 country and territory, sorted by English name.
    pub countries: Vec<CountryEntry>,
}

/// Who keeps the data, and where corrections go.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Maintainers {
    pub name: String,
    pub email: String,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct CountryEntry {
    /// ISO 3166-1 alpha-2 code, upper case.
    pub code: String,
    /// English short name.
    pub name: String,
    /// Lower-case ASCII letters, digits and hyphens; the country's URL path segment.
    pub slug: String,
    /// Absent while the directory has nothing for the country.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content: Option<CountryContent>,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct CountryContent {
    /// Path of the country file, relative to `index.json`.
    pub file: String,
    pub organisations: OrganisationCounts,
    /// The most recent day any of the country's facts was checked.
    pub last_verified: Date,
}

/// How many organisations a country file lists, in all and per page. An
/// organisation listed on two pages counts once in `total`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct OrganisationCounts {
    pub total: u32,
    pub legal_aid: u32,
    pub other_support: u32,
    pub lgbtqi: u32,
}

impl Index {
    pub fn country_by_slug(&self, slug: &str) -> Option<&CountryEntry> {
        self.countries.iter().find(|c| c.slug == slug)
    }

    /// The countries that have content, in index order.
    pub fn with_content(&self) -> impl Iterator<Item = (&CountryEntry, &CountryContent)> {
        self.countries
            .iter()
            .filter_map(|c| c.content.as_ref().map(|content| (c, content)))
    }
}

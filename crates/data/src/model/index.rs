//! `index.json`: every country and territory, and the maintainers' address.

use serde::{Deserialize, Serialize};

use crate::model::Date;

/// The version of the data format this code reads. A file with another
/// version is refused with a message saying so.
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "strict", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "strict", serde(deny_unknown_fields))]
pub struct Index {
    /// Where the JSON Schema of this file is (`schema/index.schema.json`),
    /// for editors' text editors. The app ignores it, so only the
    /// validator's build has the field.
    #[cfg(feature = "strict")]
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    pub schema_version: u32,
    /// The day the index was last changed.
    pub updated: Date,
    pub maintainers: Maintainers,
    /// Where "Exit this page" goes: a neutral, ordinary website (an
    /// https:// address). Absent: the BBC's weather page
    /// (`DEFAULT_QUICK_EXIT_URL`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quick_exit_url: Option<String>,
    /// After how many months since an entry was last verified the app says
    /// it may be out of date (at least 1). Absent: 12
    /// (`DEFAULT_STALE_AFTER_MONTHS`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "strict", schemars(range(min = 1)))]
    pub stale_after_months: Option<u16>,
    /// Every ISO 3166-1 country and territory, sorted by English name.
    pub countries: Vec<CountryEntry>,
}

/// Who keeps the data, and where corrections go.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "strict", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "strict", serde(deny_unknown_fields))]
pub struct Maintainers {
    pub name: String,
    pub email: String,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "strict", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "strict", serde(deny_unknown_fields))]
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
#[cfg_attr(feature = "strict", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "strict", serde(deny_unknown_fields))]
pub struct CountryContent {
    /// Path of the country file, relative to `index.json`.
    pub file: String,
    pub organisations: OrganisationCounts,
    /// The most recent day any of the country's facts was checked.
    pub last_verified: Date,
    /// The country file's size when the server sends it compressed (brotli
    /// at level 6, `BROTLI_LEVEL`): what saving it for offline use
    /// downloads. The validator requires it, within 5 %
    /// (`SIZE_TOLERANCE_PERCENT`), and says the right number; the app and
    /// the service worker read an index without it as "size unknown".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub brotli_bytes: Option<u64>,
}

/// While all country files together are at most this many bytes (brotli),
/// the service worker saves them all for offline use when it installs;
/// above it, only the countries a person opens or saves. `public/sw.js`
/// holds the same number (a test checks they agree).
pub const OFFLINE_CAP_BROTLI_BYTES: u64 = 1_000_000;

/// After how many months an entry counts as possibly out of date when the
/// index does not say.
pub const DEFAULT_STALE_AFTER_MONTHS: u16 = 12;

/// Where "Exit this page" goes when the index names no other site: the
/// weather, as GOV.UK's "Exit this page" does.
pub const DEFAULT_QUICK_EXIT_URL: &str = "https://www.bbc.com/weather";

/// The brotli level the server compresses data files with on the fly
/// (`brotli_comp_level` in `server/site.conf`; a test checks they agree).
pub const BROTLI_LEVEL: u32 = 6;

/// How far `brotli_bytes` may be from the real size, so that small edits to
/// a country file don't each need an index edit.
pub const SIZE_TOLERANCE_PERCENT: u64 = 5;

/// How many organisations a country file lists, in all and per page. An
/// organisation listed on two pages counts once in `total`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "strict", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "strict", serde(deny_unknown_fields))]
pub struct OrganisationCounts {
    pub total: u32,
    pub legal_aid: u32,
    pub other_support: u32,
    pub lgbtqi: u32,
}

impl Index {
    /// Where "Exit this page" goes: the index's address when it is a web
    /// address (the validator requires `https:`), else (none, or data that
    /// never went through the validator naming a script or a path on this
    /// site) [`DEFAULT_QUICK_EXIT_URL`]. The way out must never be a dead
    /// end.
    pub fn quick_exit_url(&self) -> &str {
        self.quick_exit_url
            .as_deref()
            .filter(|url| crate::url::is_web_link(url))
            .unwrap_or(DEFAULT_QUICK_EXIT_URL)
    }

    /// After how many months since its last verification an entry may be
    /// out of date.
    pub fn stale_after_months(&self) -> u16 {
        self.stale_after_months
            .filter(|&m| m > 0)
            .unwrap_or(DEFAULT_STALE_AFTER_MONTHS)
    }

    pub fn country_by_slug(&self, slug: &str) -> Option<&CountryEntry> {
        self.countries.iter().find(|c| c.slug == slug)
    }

    /// What saving every country file for offline use downloads, in bytes;
    /// `None` if a country's size is unknown.
    pub fn total_brotli_bytes(&self) -> Option<u64> {
        self.with_content()
            .map(|(_, c)| c.brotli_bytes)
            .try_fold(0u64, |total, bytes| Some(total.saturating_add(bytes?)))
    }

    /// Whether the service worker saves every country file when it installs.
    pub fn all_saved_on_install(&self) -> bool {
        self.total_brotli_bytes()
            .is_some_and(|total| total <= OFFLINE_CAP_BROTLI_BYTES)
    }

    /// The countries that have content, in index order.
    pub fn with_content(&self) -> impl Iterator<Item = (&CountryEntry, &CountryContent)> {
        self.countries
            .iter()
            .filter_map(|c| c.content.as_ref().map(|content| (c, content)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index(sizes: &[Option<u64>]) -> Index {
        let countries = sizes
            .iter()
            .enumerate()
            .map(|(i, &brotli_bytes)| CountryEntry {
                code: format!("C{i}"),
                name: format!("Country {i}"),
                slug: format!("country-{i}"),
                content: Some(CountryContent {
                    file: format!("countries/country-{i}.json"),
                    organisations: OrganisationCounts::default(),
                    last_verified: Date::parse("2026-11-24").unwrap(),
                    brotli_bytes,
                }),
            })
            .chain(std::iter::once(CountryEntry {
                code: "ZZ".into(),
                name: "No content".into(),
                slug: "no-content".into(),
                content: None,
            }))
            .collect();
        Index {
            #[cfg(feature = "strict")]
            schema: None,
            schema_version: SCHEMA_VERSION,
            updated: Date::parse("2026-11-24").unwrap(),
            maintainers: Maintainers {
                name: "m".into(),
                email: "m@example.org".into(),
            },
            quick_exit_url: None,
            stale_after_months: None,
            countries,
        }
    }

    #[test]
    fn all_files_are_saved_on_install_up_to_the_cap() {
        let half = OFFLINE_CAP_BROTLI_BYTES / 2;
        assert_eq!(
            index(&[Some(half), Some(half)]).total_brotli_bytes(),
            Some(2 * half)
        );
        assert!(index(&[Some(half), Some(half)]).all_saved_on_install());
        assert!(!index(&[Some(half), Some(half + 1)]).all_saved_on_install());
        assert!(index(&[]).all_saved_on_install());
    }

    #[test]
    fn an_unknown_size_counts_as_above_the_cap() {
        assert_eq!(index(&[Some(1), None]).total_brotli_bytes(), None);
        assert!(!index(&[Some(1), None]).all_saved_on_install());
    }

    #[test]
    fn quick_exit_goes_to_the_index_site_or_the_default() {
        let mut i = index(&[]);
        assert_eq!(i.quick_exit_url(), DEFAULT_QUICK_EXIT_URL);
        i.quick_exit_url = Some("https://weather.example/".into());
        assert_eq!(i.quick_exit_url(), "https://weather.example/");
    }
}

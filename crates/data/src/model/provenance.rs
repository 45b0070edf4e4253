//! Where a fact comes from and how far it is confirmed: a status, the day
//! it was last checked, and the sources (each with its own date where it
//! has one).

use serde::{Deserialize, Serialize};

use super::dates::Date;

/// How far a value has been confirmed against its sources.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[cfg_attr(feature = "strict", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Confirmed by at least one official or primary source.
    Verified,
    /// Supported only indirectly, by secondary sources, or only in part.
    PartiallyVerified,
    /// Not found in any source consulted: shown as unconfirmed.
    Unverified,
    /// Evidence shows it used to be true but has changed.
    Outdated,
}

impl Status {
    pub const ALL: [Status; 4] = [
        Status::Verified,
        Status::PartiallyVerified,
        Status::Unverified,
        Status::Outdated,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Verified => "verified",
            Status::PartiallyVerified => "partially_verified",
            Status::Unverified => "unverified",
            Status::Outdated => "outdated",
        }
    }

    /// Whether the value may be shown without a warning.
    pub fn is_confirmed(self) -> bool {
        matches!(self, Status::Verified)
    }
}

/// Where a fact comes from and how sure we are of it. Every organisation and
/// legal fact has one; a field may carry its own when it differs.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "strict", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "strict", serde(deny_unknown_fields))]
pub struct Verification {
    pub status: Status,
    pub last_verified: Date,
    /// Keys into the country file's `sources`.
    pub sources: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// What kind of document a source is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[cfg_attr(feature = "strict", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    /// Published by the organisation or authority itself.
    Primary,
    /// Written by someone else: an encyclopedia, a handbook, a report about it.
    Secondary,
    /// A news article.
    News,
    /// A copy of a document hosted by a third party.
    Copy,
    /// The page this directory's content started from.
    StartingDocument,
    /// A dataset of unknown authority, used only as weak corroboration.
    ThirdParty,
}

/// A document a fact was checked against: a web page (`url`) or, where there
/// is none, a named document (`document`).
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "strict", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "strict", serde(deny_unknown_fields))]
pub struct Source {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Set when there is no URL: says what the document is and where it is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<String>,
    pub title: String,
    pub publisher: String,
    pub kind: SourceKind,
    /// The date the document shows, as it shows it ("not shown" when it has none).
    pub date_shown: String,
    /// The day the document was read for this directory.
    pub consulted: Date,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A link with a title, such as a statistics page.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "strict", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "strict", serde(deny_unknown_fields))]
pub struct Link {
    pub title: String,
    pub url: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    pub verification: Verification,
}

/// A statement of fact in our own words, with where it comes from. `corrects`
/// says what the starting document got wrong, when it did.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "strict", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "strict", serde(deny_unknown_fields))]
pub struct Fact {
    pub id: String,
    pub statement: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub corrects: Option<String>,
    pub verification: Verification,
}

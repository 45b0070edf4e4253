//! The directory's data: the model of `public/data/*.json`, pure Rust so it
//! compiles for the browser and natively. Parsing errors name the file, the
//! entry and the field; with the `validate` feature (native only) the whole
//! dataset can be checked before it ships.
//!
//! Unknown fields: the validator (feature `validate`) refuses them, so a
//! typo never ships; the app ignores them, so a field added to the data
//! later (with the same `schema_version`) does not break an app already
//! installed on someone's phone. A change old apps cannot read raises
//! `schema_version`.

pub mod address;
pub mod common;
pub mod country;
pub mod display;
pub mod embed;
pub mod filter;
pub mod fold;
#[cfg(feature = "validate")]
pub mod generated;
pub mod hours;
#[cfg(feature = "validate")]
pub mod hsds;
pub mod index;
pub mod jsonld;
pub mod locale;
pub mod messages;
pub mod parse;
#[cfg(feature = "validate")]
pub mod schema;
pub mod search;
pub mod sort;
pub mod staleness;
#[cfg(feature = "validate")]
pub mod validate;
pub mod vcard;
pub mod vocabulary;

pub use common::{Date, Fact, Link, PartialDate, Source, Status, Time, Verification};
pub use country::{CountryFile, Organisation};
pub use index::{CountryEntry, Index, OrganisationCounts};
pub use parse::{DataError, parse_country, parse_index, parse_search_index};

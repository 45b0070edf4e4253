//! The directory's data: the model of `public/data/*.json` and the logic on
//! it, pure Rust so it compiles for the browser and natively, and is tested
//! natively. Parsing errors name the file; the editors' checks
//! (`crates/checks`) read more strictly and name the entry and field.
//!
//! Layers, each using only the ones above it (a test in `crates/tools`
//! refuses an import cycle):
//! - `model`: the files' types;
//! - `url`, `fold`, `sort`, `messages`: small tools with no model;
//! - the logic on the model: `parse`, `verification`, `staleness`,
//!   `phone`, `contact`, `weekly`, `hours`, `size`, `locale`,
//!   `country_picker`, `search`, `filter`, `embed`, `jsonld`, `vcard`.
//!
//! Unknown fields: the checks refuse them (feature `strict`), so a typo
//! never ships; the app ignores them, so a field added to the data later
//! (with the same `schema_version`) does not break an app already installed
//! on someone's phone. A change old apps cannot read raises
//! `schema_version`.

pub mod contact;
pub mod country_picker;
pub mod embed;
pub mod filter;
pub mod fold;
pub mod hours;
pub mod jsonld;
pub mod locale;
pub mod messages;
pub mod model;
pub mod parse;
pub mod phone;
pub mod search;
pub mod size;
pub mod sort;
pub mod staleness;
pub mod url;
pub mod vcard;
pub mod verification;
pub mod weekly;

pub use model::country::{CountryFile, Organisation};
pub use model::index::{CountryEntry, Index, OrganisationCounts};
pub use model::{Date, Fact, Link, PartialDate, Source, Status, Time, Verification};
pub use parse::{DataError, parse_country, parse_index, parse_search_index};

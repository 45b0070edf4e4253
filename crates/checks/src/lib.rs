//! The dataset's checks and the files made from it, for editors and the
//! build (`crates/tools`): strict reading (`strict`), validation
//! (`validate`), the JSON Schemas (`schema`), the HSDS 3.0 export (`hsds`),
//! the files `make data` writes (`generated`) and the staleness report
//! (`stale_report`).
//!
//! Native only. The app depends on `directory-data` alone, so nothing here
//! (a time-zone database, a phone-number library, the schema generator)
//! can reach the wasm build; `directory-data`'s `strict` feature, which this
//! crate turns on, only refuses unknown fields and derives the schemas.

pub mod generated;
pub mod hsds;
pub mod schema;
pub mod stale_report;
pub mod strict;
pub mod validate;

use directory_data::fold::{before_decomposition, fold_decomposed};
use unicode_normalization::UnicodeNormalization;

/// Folds any text as the app does (`directory_data::fold`), decomposing it
/// first with the same NFKD the browser's `normalize` applies.
pub fn fold(text: &str) -> String {
    fold_decomposed(&before_decomposition(text).nfkd().collect::<String>())
}

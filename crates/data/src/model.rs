//! The model: the types of the data files (`index.json`,
//! `countries/<slug>.json`), as serde reads and writes them. Types only,
//! with the accessors that read them; the logic on them (search, filters,
//! open now, what a page shows) is in the modules beside this one, and the
//! checks are in `crates/checks`.

pub mod country;
pub mod dates;
pub mod index;
pub mod provenance;
pub mod vocabulary;

pub use dates::{Date, PartialDate, Time};
pub use provenance::{Fact, Link, Source, SourceKind, Status, Verification};

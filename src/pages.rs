//! One module per route.

pub mod accessibility;
pub mod coi;
pub mod country;
pub mod embed_builder;
pub mod home;
pub mod lgbtqi;
pub mod not_found;
pub mod organisation;
pub mod search;

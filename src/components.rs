//! Small building blocks shared by the pages.

pub mod load_error;
pub mod site_footer;
pub mod site_header;

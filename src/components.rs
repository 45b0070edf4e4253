//! Small building blocks shared by the pages.

pub mod app_status;
pub mod breadcrumbs;
pub mod contacts;
pub mod data_language;
pub mod embed_this_page;
pub mod external_link;
pub mod language_menu;
pub mod load_error;
pub mod loaded;
pub mod name_list;
pub mod offline_save;
pub mod opening_hours;
pub mod org_card;
pub mod org_filters;
pub mod page_focus;
pub mod page_section;
pub mod provenance;
pub mod quick_exit;
pub mod search_box;
pub mod search_result;
pub mod share_page;
pub mod site_footer;
pub mod site_header;
pub mod status_badge;
pub mod theme_menu;

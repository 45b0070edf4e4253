//! The words for the data's vocabularies, through the translation layer.

use directory_data::Status;
use directory_data::vocabulary::{
    Category, CoiKind, HoursKind, PhonePurpose, Service, TreatyAction, TreatyStatus, Weekday,
};

use crate::i18n::{Locale, t_string, td_string, use_i18n};

pub fn service(s: Service) -> String {
    service_in(use_i18n().get_locale_untracked(), s)
}

/// A kind of help's name in `locale` (the search also matches the English
/// names, whatever the UI language).
pub fn service_in(locale: Locale, s: Service) -> String {
    match s {
        Service::Asylum => td_string!(locale, service_asylum).to_string(),
        Service::Appeals => td_string!(locale, service_appeals).to_string(),
        Service::FamilyReunification => {
            td_string!(locale, service_family_reunification).to_string()
        }
        Service::Residence => td_string!(locale, service_residence).to_string(),
        Service::Citizenship => td_string!(locale, service_citizenship).to_string(),
        Service::Expulsion => td_string!(locale, service_expulsion).to_string(),
        Service::Statelessness => td_string!(locale, service_statelessness).to_string(),
        Service::Detention => td_string!(locale, service_detention).to_string(),
        Service::Employment => td_string!(locale, service_employment).to_string(),
        Service::Welfare => td_string!(locale, service_welfare).to_string(),
        Service::Housing => td_string!(locale, service_housing).to_string(),
        Service::Debt => td_string!(locale, service_debt).to_string(),
        Service::Prison => td_string!(locale, service_prison).to_string(),
        Service::Discrimination => td_string!(locale, service_discrimination).to_string(),
        Service::Violence => td_string!(locale, service_violence).to_string(),
        Service::Lgbtqi => td_string!(locale, service_lgbtqi).to_string(),
        Service::Women => td_string!(locale, service_women).to_string(),
        Service::Children => td_string!(locale, service_children).to_string(),
        Service::Youth => td_string!(locale, service_youth).to_string(),
        Service::PsychologicalSupport => {
            td_string!(locale, service_psychological_support).to_string()
        }
        Service::Health => td_string!(locale, service_health).to_string(),
        Service::Information => td_string!(locale, service_information).to_string(),
        Service::Representation => td_string!(locale, service_representation).to_string(),
        Service::Community => td_string!(locale, service_community).to_string(),
        Service::Advocacy => td_string!(locale, service_advocacy).to_string(),
    }
}

pub fn status(s: Status) -> String {
    let i18n = use_i18n();
    match s {
        Status::Verified => t_string!(i18n, status_verified).to_string(),
        Status::PartiallyVerified => t_string!(i18n, status_partially_verified).to_string(),
        Status::Unverified => t_string!(i18n, status_unverified).to_string(),
        Status::Outdated => t_string!(i18n, status_outdated).to_string(),
    }
}

pub fn coi_kind(k: CoiKind) -> String {
    let i18n = use_i18n();
    match k {
        CoiKind::Report => t_string!(i18n, kind_report).to_string(),
        CoiKind::NgoReport => t_string!(i18n, kind_ngo_report).to_string(),
        CoiKind::Index => t_string!(i18n, kind_index).to_string(),
        CoiKind::Database => t_string!(i18n, kind_database).to_string(),
        CoiKind::AsylumProcedure => t_string!(i18n, kind_asylum_procedure).to_string(),
        CoiKind::PracticeNote => t_string!(i18n, kind_practice_note).to_string(),
        CoiKind::Statelessness => t_string!(i18n, kind_statelessness).to_string(),
        CoiKind::Commentary => t_string!(i18n, kind_commentary).to_string(),
        CoiKind::Expert => t_string!(i18n, kind_expert).to_string(),
    }
}

pub fn hours_kind(k: HoursKind) -> String {
    let i18n = use_i18n();
    match k {
        HoursKind::Intake => t_string!(i18n, hours_intake).to_string(),
        HoursKind::PhoneLine => t_string!(i18n, hours_phone_line).to_string(),
        HoursKind::WalkIn => t_string!(i18n, hours_walk_in).to_string(),
        HoursKind::Chat => t_string!(i18n, hours_chat).to_string(),
        HoursKind::Office => t_string!(i18n, hours_office).to_string(),
    }
}

pub fn weekday(d: Weekday) -> String {
    let i18n = use_i18n();
    match d {
        Weekday::Mon => t_string!(i18n, weekday_mon).to_string(),
        Weekday::Tue => t_string!(i18n, weekday_tue).to_string(),
        Weekday::Wed => t_string!(i18n, weekday_wed).to_string(),
        Weekday::Thu => t_string!(i18n, weekday_thu).to_string(),
        Weekday::Fri => t_string!(i18n, weekday_fri).to_string(),
        Weekday::Sat => t_string!(i18n, weekday_sat).to_string(),
        Weekday::Sun => t_string!(i18n, weekday_sun).to_string(),
    }
}

pub fn phone_purpose(p: PhonePurpose) -> String {
    let i18n = use_i18n();
    match p {
        PhonePurpose::Main => t_string!(i18n, phone_main).to_string(),
        PhonePurpose::Information => t_string!(i18n, phone_information).to_string(),
        PhonePurpose::Helpline => t_string!(i18n, phone_helpline).to_string(),
        PhonePurpose::Fax => t_string!(i18n, phone_fax).to_string(),
    }
}

pub fn treaty_status(s: TreatyStatus) -> String {
    let i18n = use_i18n();
    match s {
        TreatyStatus::Party => t_string!(i18n, treaty_party).to_string(),
        TreatyStatus::Signatory => t_string!(i18n, treaty_signatory).to_string(),
        TreatyStatus::NotParty => t_string!(i18n, treaty_not_party).to_string(),
    }
}

pub fn treaty_action(a: TreatyAction) -> String {
    let i18n = use_i18n();
    match a {
        TreatyAction::Ratification => t_string!(i18n, action_ratification).to_string(),
        TreatyAction::Accession => t_string!(i18n, action_accession).to_string(),
        TreatyAction::Succession => t_string!(i18n, action_succession).to_string(),
        TreatyAction::Signature => t_string!(i18n, action_signature).to_string(),
    }
}

pub fn category(c: Category) -> String {
    let i18n = use_i18n();
    match c {
        Category::LegalAid => t_string!(i18n, category_legal_aid).to_string(),
        Category::OtherSupport => t_string!(i18n, category_other_support).to_string(),
        Category::Lgbtqi => t_string!(i18n, category_lgbtqi).to_string(),
    }
}

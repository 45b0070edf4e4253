//! The words for the data's vocabularies, through the translation layer.

use directory_data::Status;
use directory_data::model::vocabulary::{
    Category, CoiKind, HoursKind, PhonePurpose, Service, TreatyAction, TreatyStatus, Weekday,
};

use crate::services::i18n::{Msg, english, t, text};

pub fn service(s: Service) -> String {
    text(service_message(s)).to_string()
}

/// A kind of help's name in English (the search also matches the English
/// names, whatever the UI language).
pub fn service_english(s: Service) -> String {
    english(service_message(s)).to_string()
}

fn service_message(s: Service) -> Msg {
    match s {
        Service::Asylum => Msg::service_asylum,
        Service::Appeals => Msg::service_appeals,
        Service::FamilyReunification => Msg::service_family_reunification,
        Service::Residence => Msg::service_residence,
        Service::Citizenship => Msg::service_citizenship,
        Service::Expulsion => Msg::service_expulsion,
        Service::Statelessness => Msg::service_statelessness,
        Service::Detention => Msg::service_detention,
        Service::Employment => Msg::service_employment,
        Service::Welfare => Msg::service_welfare,
        Service::Housing => Msg::service_housing,
        Service::Debt => Msg::service_debt,
        Service::Prison => Msg::service_prison,
        Service::Discrimination => Msg::service_discrimination,
        Service::Violence => Msg::service_violence,
        Service::Lgbtqi => Msg::service_lgbtqi,
        Service::Women => Msg::service_women,
        Service::Children => Msg::service_children,
        Service::Youth => Msg::service_youth,
        Service::PsychologicalSupport => Msg::service_psychological_support,
        Service::Health => Msg::service_health,
        Service::Information => Msg::service_information,
        Service::Representation => Msg::service_representation,
        Service::Community => Msg::service_community,
        Service::Advocacy => Msg::service_advocacy,
    }
}

pub fn status(s: Status) -> String {
    match s {
        Status::Verified => t!(status_verified).to_string(),
        Status::PartiallyVerified => t!(status_partially_verified).to_string(),
        Status::Unverified => t!(status_unverified).to_string(),
        Status::Outdated => t!(status_outdated).to_string(),
    }
}

pub fn coi_kind(k: CoiKind) -> String {
    match k {
        CoiKind::Report => t!(kind_report).to_string(),
        CoiKind::NgoReport => t!(kind_ngo_report).to_string(),
        CoiKind::Index => t!(kind_index).to_string(),
        CoiKind::Database => t!(kind_database).to_string(),
        CoiKind::AsylumProcedure => t!(kind_asylum_procedure).to_string(),
        CoiKind::PracticeNote => t!(kind_practice_note).to_string(),
        CoiKind::Statelessness => t!(kind_statelessness).to_string(),
        CoiKind::Commentary => t!(kind_commentary).to_string(),
        CoiKind::Expert => t!(kind_expert).to_string(),
    }
}

pub fn hours_kind(k: HoursKind) -> String {
    match k {
        HoursKind::Intake => t!(hours_intake).to_string(),
        HoursKind::PhoneLine => t!(hours_phone_line).to_string(),
        HoursKind::WalkIn => t!(hours_walk_in).to_string(),
        HoursKind::Chat => t!(hours_chat).to_string(),
        HoursKind::Office => t!(hours_office).to_string(),
    }
}

pub fn weekday(d: Weekday) -> String {
    match d {
        Weekday::Mon => t!(weekday_mon).to_string(),
        Weekday::Tue => t!(weekday_tue).to_string(),
        Weekday::Wed => t!(weekday_wed).to_string(),
        Weekday::Thu => t!(weekday_thu).to_string(),
        Weekday::Fri => t!(weekday_fri).to_string(),
        Weekday::Sat => t!(weekday_sat).to_string(),
        Weekday::Sun => t!(weekday_sun).to_string(),
    }
}

pub fn phone_purpose(p: PhonePurpose) -> String {
    match p {
        PhonePurpose::Main => t!(phone_main).to_string(),
        PhonePurpose::Information => t!(phone_information).to_string(),
        PhonePurpose::Helpline => t!(phone_helpline).to_string(),
        PhonePurpose::Fax => t!(phone_fax).to_string(),
    }
}

pub fn treaty_status(s: TreatyStatus) -> String {
    match s {
        TreatyStatus::Party => t!(treaty_party).to_string(),
        TreatyStatus::Signatory => t!(treaty_signatory).to_string(),
        TreatyStatus::NotParty => t!(treaty_not_party).to_string(),
    }
}

pub fn treaty_action(a: TreatyAction) -> String {
    match a {
        TreatyAction::Ratification => t!(action_ratification).to_string(),
        TreatyAction::Accession => t!(action_accession).to_string(),
        TreatyAction::Succession => t!(action_succession).to_string(),
        TreatyAction::Signature => t!(action_signature).to_string(),
    }
}

pub fn category(c: Category) -> String {
    match c {
        Category::LegalAid => t!(category_legal_aid).to_string(),
        Category::OtherSupport => t!(category_other_support).to_string(),
        Category::Lgbtqi => t!(category_lgbtqi).to_string(),
    }
}

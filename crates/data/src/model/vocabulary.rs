//! The fixed vocabularies of the data files. A value outside them is a parse
//! error that names the file, the entry and the field.

use serde::{Deserialize, Serialize};

macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $text:literal,)+ }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
        #[cfg_attr(feature = "strict", derive(schemars::JsonSchema))]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $text)] $variant,)+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant,)+];

            /// The value as written in the data files.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text,)+
                }
            }
        }
    };
}

vocabulary! {
    /// Where a country writes the postal code in an address: before the
    /// city ("0154 Oslo", "10115 Berlin") or after it ("Cape Town 8001").
    AddressOrder {
        PostalCodeFirst = "postal_code_first",
        PostalCodeLast = "postal_code_last",
    }
}

// The vocabulary macro derives the rest; only this vocabulary has a default.
#[allow(clippy::derivable_impls)]
impl Default for AddressOrder {
    fn default() -> Self {
        AddressOrder::PostalCodeFirst
    }
}

vocabulary! {
    /// The directory page an organisation is listed on. On the country page an
    /// organisation is under exactly one of `legal_aid` and `other_support`.
    Category {
        /// Free legal advice or representation.
        LegalAid = "legal_aid",
        /// Practical, social or health support, guidance and information.
        OtherSupport = "other_support",
        /// Listed on the country's LGBTQI+ page.
        Lgbtqi = "lgbtqi",
    }
}

vocabulary! {
    /// What an organisation helps with, or whom it is for.
    Service {
        Asylum = "asylum",
        Appeals = "appeals",
        FamilyReunification = "family_reunification",
        Residence = "residence",
        Citizenship = "citizenship",
        /// Expulsion, deportation and return.
        Expulsion = "expulsion",
        Statelessness = "statelessness",
        Detention = "detention",
        Employment = "employment",
        /// Social security and welfare benefits.
        Welfare = "welfare",
        Housing = "housing",
        Debt = "debt",
        Prison = "prison",
        Discrimination = "discrimination",
        /// Violence in close relationships, forced marriage, honour-related violence.
        Violence = "violence",
        Lgbtqi = "lgbtqi",
        Women = "women",
        Children = "children",
        /// Young people (under 30 or so; the organisation's own limit is in `eligibility`).
        Youth = "youth",
        PsychologicalSupport = "psychological_support",
        /// Health care, including sexual health.
        Health = "health",
        /// Information and guidance on procedures and rights.
        Information = "information",
        /// Acting for a client before an authority or court.
        Representation = "representation",
        /// Social meeting places and peer groups.
        Community = "community",
        /// Work on law and policy.
        Advocacy = "advocacy",
    }
}

vocabulary! {
    /// What a block of opening hours is for.
    HoursKind {
        /// New cases are taken on.
        Intake = "intake",
        /// A phone line is answered (tied to one of the organisation's phones when known).
        PhoneLine = "phone_line",
        /// People can come in without an appointment.
        WalkIn = "walk_in",
        /// An online chat is staffed.
        Chat = "chat",
        /// The office is open (by appointment unless also `walk_in`).
        Office = "office",
    }
}

vocabulary! {
    Weekday {
        Mon = "mon",
        Tue = "tue",
        Wed = "wed",
        Thu = "thu",
        Fri = "fri",
        Sat = "sat",
        Sun = "sun",
    }
}

impl Weekday {
    /// 0 for Monday to 6 for Sunday (ISO 8601 order).
    pub fn index(self) -> usize {
        self as usize
    }
}

vocabulary! {
    /// What a phone number is for.
    PhonePurpose {
        /// The organisation's main number.
        Main = "main",
        /// A line for information or questions.
        Information = "information",
        /// A helpline or crisis line.
        Helpline = "helpline",
        /// Fax, for sending documents.
        Fax = "fax",
    }
}

vocabulary! {
    /// What a country-of-origin-information resource is.
    CoiKind {
        /// A human-rights report by a government or an international body.
        Report = "report",
        /// A report by a non-governmental organisation.
        NgoReport = "ngo_report",
        /// A ranking or index with scores.
        Index = "index",
        /// A database of COI documents.
        Database = "database",
        /// A description of the asylum procedure.
        AsylumProcedure = "asylum_procedure",
        /// Decision-making practice or guidance of an asylum authority.
        PracticeNote = "practice_note",
        Statelessness = "statelessness",
        Commentary = "commentary",
        Expert = "expert",
    }
}

vocabulary! {
    /// What a country did about a treaty.
    TreatyAction {
        Ratification = "ratification",
        Accession = "accession",
        Succession = "succession",
        Signature = "signature",
    }
}

vocabulary! {
    /// Whether a country is bound by a treaty or instrument.
    TreatyStatus {
        Party = "party",
        Signatory = "signatory",
        NotParty = "not_party",
    }
}

vocabulary! {
    TimeUnit {
        Days = "days",
        /// Days the authorities work (South Africa's appeal: 10 working
        /// days): longer than as many calendar days.
        WorkingDays = "working_days",
        Weeks = "weeks",
        Months = "months",
    }
}

vocabulary! {
    /// Which countries a COI producer writes about.
    Coverage {
        /// This country only.
        ThisCountry = "this_country",
        /// Other countries, not this one.
        OtherCountries = "other_countries",
        /// This country and others.
        AllCountries = "all_countries",
    }
}

//! Dates and times as the data writes them: a day (`2026-11-24`), a date
//! known to the year, month or day (`1972`, `2023-06`), a time of day
//! (`09:30`). Each is read from and written as its string.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer, de};

/// A calendar date written the ISO 8601 way. `Date` always has a day
/// (`2026-11-24`); a [`PartialDate`] may stop at the month or the year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

/// A date known only to the year (`1972`), the month (`2023-06`) or the day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartialDate {
    pub year: u16,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        2 => 28,
        _ => 0,
    }
}

fn digits(s: &str, len: usize) -> Option<u16> {
    (s.len() == len && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok())?
}

impl PartialDate {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, checking that the month and day exist.
    pub fn parse(s: &str) -> Result<Self, String> {
        let bad = || format!("{s:?} is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)");
        let mut parts = s.split('-');
        let year = parts.next().and_then(|p| digits(p, 4)).ok_or_else(bad)?;
        let month = match parts.next() {
            None => None,
            Some(p) => Some(digits(p, 2).ok_or_else(bad)? as u8),
        };
        let day = match parts.next() {
            None => None,
            Some(p) => Some(digits(p, 2).ok_or_else(bad)? as u8),
        };
        if parts.next().is_some() || year < 1000 {
            return Err(bad());
        }
        if let Some(m) = month
            && !(1..=12).contains(&m)
        {
            return Err(format!("{s:?} has no month {m}"));
        }
        if let (Some(m), Some(d)) = (month, day)
            && (d == 0 || d > days_in_month(year, m))
        {
            return Err(format!("{s:?} is not a real day"));
        }
        Ok(PartialDate { year, month, day })
    }

    pub fn full(self) -> Option<Date> {
        Some(Date {
            year: self.year,
            month: self.month?,
            day: self.day?,
        })
    }
}

impl Date {
    pub fn parse(s: &str) -> Result<Self, String> {
        PartialDate::parse(s)?
            .full()
            .ok_or_else(|| format!("{s:?} is not a full ISO 8601 date (YYYY-MM-DD)"))
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl From<Date> for PartialDate {
    fn from(d: Date) -> Self {
        PartialDate {
            year: d.year,
            month: Some(d.month),
            day: Some(d.day),
        }
    }
}

/// A local time of day, `HH:MM`; `24:00` means the end of the day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Time {
    pub hour: u8,
    pub minute: u8,
}

impl Time {
    pub fn parse(s: &str) -> Result<Self, String> {
        let bad = || format!("{s:?} is not a time of day (HH:MM, 00:00 to 24:00)");
        let (h, m) = s.split_once(':').ok_or_else(bad)?;
        let hour = digits(h, 2).ok_or_else(bad)? as u8;
        let minute = digits(m, 2).ok_or_else(bad)? as u8;
        if hour > 24 || minute > 59 || (hour == 24 && minute != 0) {
            return Err(bad());
        }
        Ok(Time { hour, minute })
    }

    pub fn minutes(self) -> u16 {
        u16::from(self.hour) * 60 + u16::from(self.minute)
    }
}

impl fmt::Display for Time {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.hour, self.minute)
    }
}

macro_rules! string_serde {
    ($ty:ty) => {
        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = String::deserialize(d)?;
                <$ty>::parse(&s).map_err(de::Error::custom)
            }
        }
        impl Serialize for $ty {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_str(self)
            }
        }
    };
}
string_serde!(Date);
string_serde!(PartialDate);
string_serde!(Time);

/// The JSON Schema of a type written as a string: its pattern and what it
/// means, for an editor to check and explain.
#[cfg(feature = "strict")]
macro_rules! string_schema {
    ($ty:ty, $name:literal, $pattern:literal, $description:literal) => {
        impl schemars::JsonSchema for $ty {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                $name.into()
            }
            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                schemars::json_schema!({
                    "type": "string",
                    "pattern": $pattern,
                    "description": $description,
                })
            }
        }
    };
}
#[cfg(feature = "strict")]
string_schema!(
    Date,
    "Date",
    "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$",
    "A day, YYYY-MM-DD (2026-11-24)."
);
#[cfg(feature = "strict")]
string_schema!(
    PartialDate,
    "PartialDate",
    "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$",
    "A date known to the year (1972), the month (2023-06) or the day (2026-11-24)."
);
#[cfg(feature = "strict")]
string_schema!(
    Time,
    "Time",
    "^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$",
    "A local time of day, HH:MM (09:30); 24:00 is the end of the day."
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_parse_at_every_precision_and_reject_impossible_days() {
        assert_eq!(
            PartialDate::parse("1972").unwrap(),
            PartialDate {
                year: 1972,
                month: None,
                day: None
            }
        );
        assert_eq!(PartialDate::parse("2023-06").unwrap().month, Some(6));
        assert_eq!(Date::parse("2024-02-29").unwrap().day, 29);
        assert!(Date::parse("2023-02-29").is_err());
        assert!(Date::parse("2023-13-01").is_err());
        assert!(Date::parse("2023-06").is_err(), "a Date needs a day");
        assert!(PartialDate::parse("23-06-01").is_err());
        assert!(PartialDate::parse("2023-6-1").is_err());
        assert!(PartialDate::parse("2023-06-01T00:00").is_err());
        assert_eq!(Date::parse("2026-11-24").unwrap().to_string(), "2026-11-24");
    }

    #[test]
    fn times_parse_and_allow_only_midnight_as_24() {
        assert_eq!(Time::parse("09:30").unwrap().minutes(), 570);
        assert_eq!(Time::parse("24:00").unwrap().minutes(), 1440);
        for bad in ["24:01", "9:30", "09:60", "0930", "25:00", ""] {
            assert!(Time::parse(bad).is_err(), "{bad} should be rejected");
        }
    }
}

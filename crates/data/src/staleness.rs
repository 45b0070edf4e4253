//! How old an entry's verification is, and whether it may be out of date:
//! the same rule for the app ("may be out of date"), the validator's
//! warnings and the editors' staleness report.

use crate::common::Date;

/// Whole months from `from` to `to` (negative when `to` is earlier): from
/// 2025-11-26 to 2026-11-25 is 11, to 2026-11-26 is 12.
pub fn months_between(from: Date, to: Date) -> i32 {
    let months = (i32::from(to.year) - i32::from(from.year)) * 12 + i32::from(to.month)
        - i32::from(from.month);
    if months > 0 && to.day < from.day {
        months - 1
    } else if months < 0 && to.day > from.day {
        months + 1
    } else {
        months
    }
}

/// Whether an entry last verified on `last_verified` may be out of date on
/// `today`: it was not verified within the last `after_months` months.
pub fn is_stale(last_verified: Date, today: Date, after_months: u16) -> bool {
    months_between(last_verified, today) >= i32::from(after_months)
}

#[cfg(feature = "validate")]
pub use report::stale_report;

#[cfg(feature = "validate")]
mod report {
    use std::fmt::Write;

    use super::{is_stale, months_between};
    use crate::common::{Date, Status};
    use crate::validate::Dataset;

    fn cell(s: &str) -> String {
        s.replace('|', "\\|")
    }

    /// The editors' report: per country, every verified entry with its age
    /// and status, oldest first, the ones past the threshold marked.
    pub fn stale_report(dataset: &Dataset, today: Date) -> String {
        let after = dataset.index.stale_after_months();
        let mut out = String::new();
        let _ = writeln!(out, "# Staleness report, {today}\n");
        let _ = writeln!(
            out,
            "An entry is **stale** when it was last verified {after} or more months ago \
             (`stale_after_months` in `index.json`); the app then tells visitors it may be \
             out of date. Check stale and unconfirmed entries against their sources, then \
             update `last_verified` (and the status). Made by `make stale-report`.\n"
        );
        for (file, country) in &dataset.countries {
            let mut rows = country.verifications();
            rows.sort_by(|a, b| {
                a.2.last_verified
                    .cmp(&b.2.last_verified)
                    .then(rank(a.2.status).cmp(&rank(b.2.status)))
                    .then(a.0.cmp(&b.0))
                    .then(a.1.cmp(&b.1))
            });
            let stale = rows
                .iter()
                .filter(|r| is_stale(r.2.last_verified, today, after))
                .count();
            let unconfirmed = rows.iter().filter(|r| !r.2.status.is_confirmed()).count();
            let _ = writeln!(
                out,
                "## {} (`{file}`)\n\nLast verified {}. {} entries: **{stale} stale**, {unconfirmed} not confirmed.\n",
                country.name,
                country.last_verified,
                rows.len()
            );
            let _ = writeln!(
                out,
                "| Last verified | Age (months) | Stale | Status | Entry | Field |\n|---|---|---|---|---|---|"
            );
            for (entry, field, v) in rows {
                let age = months_between(v.last_verified, today);
                let flag = if is_stale(v.last_verified, today, after) {
                    "**stale**"
                } else {
                    ""
                };
                let _ = writeln!(
                    out,
                    "| {} | {age} | {flag} | {} | {} | {} |",
                    v.last_verified,
                    v.status.as_str(),
                    cell(&entry),
                    cell(&field)
                );
            }
            out.push('\n');
        }
        out
    }

    /// Worst first within a day: outdated, unverified, partly, verified.
    fn rank(s: Status) -> u8 {
        match s {
            Status::Outdated => 0,
            Status::Unverified => 1,
            Status::PartiallyVerified => 2,
            Status::Verified => 3,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn whole_months_count_only_once_the_day_is_reached() {
        assert_eq!(months_between(d("2025-11-26"), d("2026-11-25")), 11);
        assert_eq!(months_between(d("2025-11-26"), d("2026-11-26")), 12);
        assert_eq!(months_between(d("2026-01-31"), d("2026-02-28")), 0);
        assert_eq!(months_between(d("2026-01-31"), d("2026-03-01")), 1);
        assert_eq!(months_between(d("2026-11-24"), d("2026-11-24")), 0);
        assert_eq!(months_between(d("2026-11-26"), d("2026-10-27")), 0);
        assert_eq!(months_between(d("2026-11-26"), d("2026-10-26")), -1);
    }

    #[test]
    fn stale_from_the_threshold_on() {
        assert!(!is_stale(d("2025-11-27"), d("2026-11-26"), 12));
        assert!(is_stale(d("2025-11-26"), d("2026-11-26"), 12));
        assert!(is_stale(d("2020-01-01"), d("2026-11-26"), 12));
        assert!(!is_stale(d("2026-11-24"), d("2026-11-26"), 1));
        assert!(
            !is_stale(d("2027-01-01"), d("2026-11-26"), 12),
            "a future date is not stale"
        );
    }
}

//! The editors' staleness report (`make stale-report`): per country, every
//! verified entry with its age, oldest first. The rule itself (how old,
//! when "may be out of date") is `directory_data::staleness`, the one the
//! app shows.

use std::fmt::Write;

use crate::validate::Dataset;
use directory_data::model::{Date, Status};
use directory_data::staleness::{is_stale, months_between};

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

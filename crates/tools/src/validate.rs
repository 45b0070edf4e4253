//! `validate [OPTIONS] [PATH…]`: the editors' validator. Checks data
//! directories (default `public/data`: `index.json`, every country file,
//! the files made from them) or single data files with the same rules as
//! the tests, and prints every problem as `file:entry:field: error: message`
//! and everything worth a look as `file:entry:field: warning: message`.
//! Exits 0 when there are no errors (warnings allowed), 1 when there are,
//! 2 on a usage error. `--stale-report FILE` also writes the staleness
//! report (Markdown).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use directory_checks::validate::{
    country_date_errors, country_warnings, dataset_checks_on, index_checks_on, problem_line,
    validate_country, validate_dataset, validate_index,
};
use directory_data::Date;
use directory_data::model::index::DEFAULT_STALE_AFTER_MONTHS;
use directory_data::parse::DataError;

const USAGE: &str = "\
usage: validate [--today YYYY-MM-DD] [--stale-report FILE] [--no-warnings] [PATH...]

  PATH                 a data directory (one with index.json; default public/data)
                       or one data file (index.json or countries/<slug>.json)
  --today YYYY-MM-DD   judge ages and future dates as of this day (default: today, UTC)
  --stale-report FILE  also write the staleness report (Markdown) to FILE
                       (PATH must then be one data directory)
  --no-warnings        print errors only

Prints file:entry:field: error|warning: message. Exit status: 0 no errors
(warnings allowed), 1 errors found, 2 usage error.";

struct Options {
    today: Date,
    stale_report: Option<PathBuf>,
    warnings: bool,
    paths: Vec<PathBuf>,
}

fn today_utc() -> Date {
    let days = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() / 86_400)
        .unwrap_or(0);
    let epoch = Date {
        year: 1970,
        month: 1,
        day: 1,
    };
    directory_data::hours::add_days(epoch, days as i64)
}

fn parse_args() -> Result<Options, String> {
    let mut options = Options {
        today: today_utc(),
        stale_report: None,
        warnings: true,
        paths: Vec::new(),
    };
    let mut args = std::env::args_os().skip(1);
    while let Some(arg) = args.next() {
        match arg.to_str() {
            Some("-h" | "--help") => return Err(String::new()),
            Some("--today") => {
                let value = args.next().ok_or("--today needs a date")?;
                let value = value.to_string_lossy();
                options.today = Date::parse(&value).map_err(|e| format!("--today: {e}"))?;
            }
            Some("--stale-report") => {
                options.stale_report = Some(
                    args.next()
                        .ok_or("--stale-report needs a file name")?
                        .into(),
                );
            }
            Some("--no-warnings") => options.warnings = false,
            Some(flag) if flag.starts_with('-') => return Err(format!("unknown option {flag}")),
            _ => options.paths.push(arg.into()),
        }
    }
    if options.paths.is_empty() {
        options.paths.push(PathBuf::from("public/data"));
    }
    if options.stale_report.is_some() && (options.paths.len() != 1 || !options.paths[0].is_dir()) {
        return Err("--stale-report needs exactly one data directory".into());
    }
    Ok(options)
}

/// What one PATH produced.
#[derive(Default)]
struct Outcome {
    errors: Vec<DataError>,
    warnings: Vec<DataError>,
    summary: Vec<String>,
    /// Something other than the data failed (the report could not be written).
    failed: bool,
}

fn check_directory(dir: &Path, options: &Options) -> Outcome {
    let mut out = Outcome::default();
    let dataset = match validate_dataset(dir) {
        Ok(dataset) => dataset,
        Err(errors) => {
            out.errors = errors;
            return out;
        }
    };
    out.errors
        .extend(directory_checks::generated::check_generated(dir, &dataset));
    let (errors, warnings) = dataset_checks_on(&dataset, options.today);
    out.errors.extend(errors);
    out.warnings = warnings;
    let orgs: usize = dataset
        .countries
        .iter()
        .map(|(_, c)| c.organisations.len())
        .sum();
    out.summary.push(format!(
        "{}: {} countries and territories, {} with content, {} organisations",
        dir.display(),
        dataset.index.countries.len(),
        dataset.countries.len(),
        orgs
    ));
    if let Some(total) = dataset.index.total_brotli_bytes() {
        let mode = if dataset.index.all_saved_on_install() {
            "the app saves them all for offline use when installed"
        } else {
            "above the cap, the app saves only the countries a person opens or saves"
        };
        out.summary.push(format!(
            "country files: {total} bytes with brotli; offline cap {} bytes: {mode}",
            directory_data::model::index::OFFLINE_CAP_BROTLI_BYTES
        ));
    }
    if let Some(report) = &options.stale_report {
        let text = directory_checks::stale_report::stale_report(&dataset, options.today);
        match std::fs::write(report, text) {
            Ok(()) => out
                .summary
                .push(format!("staleness report written to {}", report.display())),
            Err(e) => {
                // Not a data problem: said apart, and the run fails.
                out.summary
                    .push(format!("{}: cannot be written: {e}", report.display()));
                out.failed = true;
            }
        }
    }
    out
}

/// One file on its own: its own rules (references between files need the
/// whole directory).
fn check_file(path: &Path, options: &Options) -> Outcome {
    let mut out = Outcome::default();
    let name = path.display().to_string();
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) => {
            out.errors
                .push(DataError::new(name, "", "", format!("cannot be read: {e}")));
            return out;
        }
    };
    // Rules name files as the index does: `index.json`, `countries/<slug>.json`.
    let relative = match path.file_name().and_then(|f| f.to_str()) {
        Some("index.json") => "index.json".to_string(),
        Some(file) => format!("countries/{file}"),
        None => name.clone(),
    };
    if relative == "index.json" {
        match directory_checks::strict::parse_index(&relative, &text) {
            Ok(index) => {
                out.errors.extend(validate_index(&relative, &index));
                let (errors, warnings) = index_checks_on(&relative, &index, options.today);
                out.errors.extend(errors);
                out.warnings.extend(warnings);
            }
            Err(e) => out.errors.push(e),
        }
    } else {
        match directory_checks::strict::parse_country(&relative, &text) {
            Ok(country) => {
                out.errors.extend(validate_country(&relative, &country));
                out.errors
                    .extend(country_date_errors(&relative, &country, options.today));
                let after = path
                    .parent()
                    .and_then(Path::parent)
                    .and_then(|dir| std::fs::read_to_string(dir.join("index.json")).ok())
                    .and_then(|t| directory_checks::strict::parse_index("index.json", &t).ok())
                    .map_or(DEFAULT_STALE_AFTER_MONTHS, |i| i.stale_after_months());
                out.warnings
                    .extend(country_warnings(&relative, &country, options.today, after));
            }
            Err(e) => out.errors.push(e),
        }
    }
    out.summary.push(format!(
        "{name}: checked on its own (run on the data directory for the rules between files)"
    ));
    // Name the file as given, not as the rules call it.
    for e in out.errors.iter_mut().chain(out.warnings.iter_mut()) {
        if e.file == relative {
            e.file = name.clone();
        }
    }
    out
}

fn main() -> ExitCode {
    let options = match parse_args() {
        Ok(options) => options,
        Err(why) => {
            if !why.is_empty() {
                eprintln!("validate: {why}\n");
                eprintln!("{USAGE}");
                return ExitCode::from(2);
            }
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
    };
    let (mut errors, mut warnings, mut failed) = (0, 0, false);
    for path in &options.paths {
        let (outcome, dir) = if path.is_dir() {
            (check_directory(path, &options), Some(path.as_path()))
        } else {
            (check_file(path, &options), None)
        };
        for e in &outcome.errors {
            println!("{}", problem_line(dir, e, "error"));
        }
        if options.warnings {
            for w in &outcome.warnings {
                println!("{}", problem_line(dir, w, "warning"));
            }
        }
        for s in &outcome.summary {
            eprintln!("{s}");
        }
        errors += outcome.errors.len();
        failed |= outcome.failed;
        warnings += outcome.warnings.len();
    }
    let shown = if options.warnings {
        format!("{warnings} warning(s)")
    } else {
        format!("{warnings} warning(s) not shown")
    };
    if failed {
        ExitCode::FAILURE
    } else if errors > 0 {
        eprintln!(
            "{errors} error(s), {shown}: fix the errors (each line says the file, the entry and the field)"
        );
        ExitCode::FAILURE
    } else {
        eprintln!("valid (as of {}), {shown}", options.today);
        ExitCode::SUCCESS
    }
}

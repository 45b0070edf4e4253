//! `build-data-files [DIR]`: validates the dataset in `DIR` (default
//! `public/data`) and writes the files made from it: the search index
//! (`search.json`), the JSON Schemas (`schema/`), the Open Referral HSDS
//! export (`hsds/`), and each country file as the model writes it, with its
//! phone numbers' written forms. Run by `make data` and `make build`.

use std::path::PathBuf;
use std::process::ExitCode;

use directory_checks::generated::write_generated;
use directory_checks::validate::{problem_line, validate_dataset};

fn main() -> ExitCode {
    let dir = std::env::args_os()
        .nth(1)
        .map_or_else(|| PathBuf::from("public/data"), PathBuf::from);
    let dataset = match validate_dataset(&dir) {
        Ok(dataset) => dataset,
        Err(errors) => {
            for e in &errors {
                println!("{}", problem_line(Some(&dir), e, "error"));
            }
            eprintln!(
                "{} error(s) in {}: nothing written",
                errors.len(),
                dir.display()
            );
            return ExitCode::FAILURE;
        }
    };
    match write_generated(&dir, &dataset) {
        Ok(files) => {
            for (path, changed) in files {
                let state = if changed { "written" } else { "unchanged" };
                println!("{}: {state}", dir.join(path).display());
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            println!("{}", problem_line(Some(&dir), &e, "error"));
            ExitCode::FAILURE
        }
    }
}

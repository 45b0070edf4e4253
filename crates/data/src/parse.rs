//! Reading data files, with errors that name the file, the entry and the field.

use std::fmt;

use serde::de::DeserializeOwned;
#[cfg(feature = "validate")]
use serde_json::Value;

use crate::country::CountryFile;
use crate::index::{Index, SCHEMA_VERSION};

/// A problem in one data file, located as precisely as we can: the file, the
/// entry (an organisation, a treaty, a country …) and the field inside it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataError {
    pub file: String,
    /// `organisations[1] (noas)`, or empty when the problem is the whole file.
    pub entry: String,
    /// `phones[0].number`, relative to the entry.
    pub field: String,
    pub message: String,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if !self.entry.is_empty() {
            write!(f, ": entry {}", self.entry)?;
        }
        if !self.field.is_empty() {
            write!(f, ": field {}", self.field)?;
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for DataError {}

impl DataError {
    pub fn new(
        file: impl Into<String>,
        entry: impl Into<String>,
        field: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        DataError {
            file: file.into(),
            entry: entry.into(),
            field: field.into(),
            message: message.into(),
        }
    }
}

/// Splits a serde path such as `organisations[1].phones[0].number` into the
/// entry (`organisations[1] (noas)`, with the entry's id when it has one) and
/// the field inside it (`phones[0].number`).
#[cfg(feature = "validate")]
pub(crate) fn locate(root: &Value, path: &str) -> (String, String) {
    // The entry ends at the first array index: `organisations[1]`,
    // `lgbtqi.legal_situation[3]`, `countries[160]`.
    let Some(open) = path.find('[') else {
        return (String::new(), path.to_string());
    };
    let Some(close) = path[open..].find(']').map(|c| open + c) else {
        return (String::new(), path.to_string());
    };
    let entry_path = &path[..=close];
    let field = path[close + 1..].trim_start_matches('.').to_string();
    let mut node = root;
    for part in entry_path.split('.') {
        let (key, index) = match part.split_once('[') {
            Some((k, rest)) => (k, rest.trim_end_matches(']').parse::<usize>().ok()),
            None => (part, None),
        };
        node = match node.get(key) {
            Some(n) => n,
            None => return (entry_path.to_string(), field),
        };
        if let Some(i) = index {
            node = match node.get(i) {
                Some(n) => n,
                None => return (entry_path.to_string(), field),
            };
        }
    }
    let name = ["id", "code", "slug", "title"]
        .iter()
        .find_map(|k| node.get(*k).and_then(Value::as_str));
    let entry = match name {
        Some(name) => format!("{entry_path} ({name})"),
        None => entry_path.to_string(),
    };
    (entry, field)
}

fn parse<T: DeserializeOwned>(file: &str, text: &str) -> Result<T, DataError> {
    /// Only the version: serde skips the rest without building anything.
    #[derive(serde::Deserialize)]
    struct Header {
        schema_version: Option<u64>,
    }
    let header: Header = serde_json::from_str(text).map_err(|e| {
        DataError::new(
            file,
            "",
            "",
            format!(
                "not valid JSON at line {}, column {}: {e}",
                e.line(),
                e.column()
            ),
        )
    })?;
    if header.schema_version != Some(u64::from(SCHEMA_VERSION)) {
        let found = header
            .schema_version
            .map_or_else(|| "none".to_string(), |v| v.to_string());
        return Err(DataError::new(
            file,
            "",
            "schema_version",
            format!("this app reads schema_version {SCHEMA_VERSION}, the file has {found}"),
        ));
    }
    located(file, text)
}

/// Parses `text`, naming the entry and field of any error. Native builds
/// only (the validator and the tests), where the extra code costs nothing.
#[cfg(feature = "validate")]
fn located<T: DeserializeOwned>(file: &str, text: &str) -> Result<T, DataError> {
    let root: Value =
        serde_json::from_str(text).map_err(|e| DataError::new(file, "", "", e.to_string()))?;
    serde_path_to_error::deserialize(&root).map_err(|e| {
        let path = e.path().to_string();
        let (entry, field) = locate(&root, &path);
        DataError::new(file, entry, field, e.inner().to_string())
    })
}

/// Parses `text`; an error names the line and column. In the browser the
/// path-tracking parser would add about 15 KB (brotli) to the app, and the
/// validator that runs before every release names the entry and field.
#[cfg(not(feature = "validate"))]
fn located<T: DeserializeOwned>(file: &str, text: &str) -> Result<T, DataError> {
    serde_json::from_str(text).map_err(|e| DataError::new(file, "", "", e.to_string()))
}

/// Parses `index.json`. `file` is the name used in error messages.
pub fn parse_index(file: &str, text: &str) -> Result<Index, DataError> {
    parse(file, text)
}

/// Parses the search index (`search.json`).
pub fn parse_search_index(file: &str, text: &str) -> Result<crate::search::SearchIndex, DataError> {
    parse(file, text)
}

/// Parses a country file. `file` is the name used in error messages.
pub fn parse_country(file: &str, text: &str) -> Result<CountryFile, DataError> {
    parse(file, text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(feature = "validate")]
    #[test]
    fn locate_names_the_entry_by_its_id() {
        let root: Value = serde_json::json!({
            "organisations": [{"id": "a"}, {"id": "noas", "phones": [{"number": "x"}]}]
        });
        assert_eq!(
            locate(&root, "organisations[1].phones[0].number"),
            (
                "organisations[1] (noas)".to_string(),
                "phones[0].number".to_string()
            )
        );
        assert_eq!(
            locate(&root, "time_zone"),
            (String::new(), "time_zone".to_string())
        );
    }

    #[test]
    fn bad_json_and_wrong_version_say_so() {
        let e = parse_index("index.json", "{").unwrap_err();
        assert!(e.message.contains("not valid JSON at line 1"), "{e}");
        let e = parse_index("index.json", r#"{"schema_version": 99}"#).unwrap_err();
        assert_eq!(e.field, "schema_version");
        assert!(e.to_string().contains("has 99"), "{e}");
    }
}

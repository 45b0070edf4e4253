//! Reading data files as the validator does: an unknown field is refused
//! (the model's `strict` feature), a key written twice is refused, and an
//! error names the entry and the field (`organisations[1] (noas)`,
//! `phones[0].number`). The app reads the same files with
//! `directory_data::parse`, which only names the line and column: the
//! path-tracking parser would cost the wasm about 15 KB (brotli).

use directory_data::model::country::CountryFile;
use directory_data::model::index::Index;
use directory_data::parse::{DataError, parse_versioned};
use directory_data::search::SearchIndex;
use serde::de::DeserializeOwned;
use serde_json::Value;

/// Parses `index.json`. `file` is the name used in error messages.
pub fn parse_index(file: &str, text: &str) -> Result<Index, DataError> {
    parse_versioned(file, text, located)
}

/// Parses the search index (`search.json`).
pub fn parse_search_index(file: &str, text: &str) -> Result<SearchIndex, DataError> {
    parse_versioned(file, text, located)
}

/// Parses a country file. `file` is the name used in error messages.
pub fn parse_country(file: &str, text: &str) -> Result<CountryFile, DataError> {
    parse_versioned(file, text, located)
}

/// Splits a serde path such as `organisations[1].phones[0].number` into the
/// entry (`organisations[1] (noas)`, with the entry's id when it has one) and
/// the field inside it (`phones[0].number`).
pub fn locate(root: &Value, path: &str) -> (String, String) {
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

/// Parses `text`, naming the entry and field of any error.
fn located<T: DeserializeOwned>(file: &str, text: &str) -> Result<T, DataError> {
    if let Err(e) = serde_json::from_str::<NoRepeatedKeys>(text) {
        return Err(DataError::new(file, "", "", e.to_string()));
    }
    let root: Value =
        serde_json::from_str(text).map_err(|e| DataError::new(file, "", "", e.to_string()))?;
    serde_path_to_error::deserialize(&root).map_err(|e| {
        let path = e.path().to_string();
        let (entry, field) = locate(&root, &path);
        DataError::new(file, entry, field, e.inner().to_string())
    })
}

/// Any JSON text, refused when an object names a key twice. A parsed
/// `Value` keeps only the last of two equal keys, so without this check a
/// repeated field or source key would pass the validator and `make data`
/// (which writes the parsed file back) would delete the first silently.
struct NoRepeatedKeys;

impl<'de> serde::Deserialize<'de> for NoRepeatedKeys {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visit;
        impl<'de> serde::de::Visitor<'de> for Visit {
            type Value = NoRepeatedKeys;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("JSON")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Self::Value, A::Error> {
                let mut seen = std::collections::HashSet::new();
                while let Some(key) = map.next_key::<String>()? {
                    if !seen.insert(key.clone()) {
                        return Err(serde::de::Error::custom(format!(
                            "the key {key:?} appears twice in one object: keep one (the file is read as if only the last one were there)"
                        )));
                    }
                    map.next_value::<NoRepeatedKeys>()?;
                }
                Ok(NoRepeatedKeys)
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<Self::Value, A::Error> {
                while seq.next_element::<NoRepeatedKeys>()?.is_some() {}
                Ok(NoRepeatedKeys)
            }
            fn visit_bool<E>(self, _: bool) -> Result<Self::Value, E> {
                Ok(NoRepeatedKeys)
            }
            fn visit_i64<E>(self, _: i64) -> Result<Self::Value, E> {
                Ok(NoRepeatedKeys)
            }
            fn visit_u64<E>(self, _: u64) -> Result<Self::Value, E> {
                Ok(NoRepeatedKeys)
            }
            fn visit_f64<E>(self, _: f64) -> Result<Self::Value, E> {
                Ok(NoRepeatedKeys)
            }
            fn visit_str<E>(self, _: &str) -> Result<Self::Value, E> {
                Ok(NoRepeatedKeys)
            }
            fn visit_unit<E>(self) -> Result<Self::Value, E> {
                Ok(NoRepeatedKeys)
            }
        }
        d.deserialize_any(Visit)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
}

//! Addresses the app builds from the one it was opened at. A browser keeps
//! `//evil.example/` as the path of `https://directory.example//evil.example/`
//! (the server answers it with the app), and a path that starts with two
//! slashes (or a slash and a backslash) is read as another site's address
//! when navigated to: an open redirect from the directory's own domain.

/// `path` as a path on this site: one leading `/`, never `//` or `/\`.
pub fn same_site_path(path: &str) -> String {
    format!("/{}", path.trim_start_matches(['/', '\\']))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_stay_on_this_site() {
        assert_eq!(same_site_path("/countries/norway"), "/countries/norway");
        assert_eq!(same_site_path("//evil.example/"), "/evil.example/");
        assert_eq!(same_site_path("/\\evil.example/"), "/evil.example/");
        assert_eq!(same_site_path("\\\\/evil.example"), "/evil.example");
        assert_eq!(same_site_path(""), "/");
        assert_eq!(same_site_path("/"), "/");
    }
}

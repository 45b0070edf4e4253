//! The browser's entry point (the `hydrate` build, made by Trunk): see
//! [`legal_aid_directory::start`].

fn main() {
    #[cfg(not(feature = "ssr"))]
    legal_aid_directory::start();
}

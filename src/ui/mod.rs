//! The browser app (Leptos, client-side rendered).

use leptos::prelude::*;

/// Mounts the app on the page body.
pub fn mount() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(App);
}

#[component]
fn App() -> impl IntoView {
    view! { <main><h1>"Parallax"</h1></main> }
}

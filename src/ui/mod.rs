//! The browser app (Leptos, client-side rendered). wasm32 only.
//!
//! - [`app`]: the page, saving and the `#demo` link; [`route`]: addresses of sections and
//!   cards (`#demo&card=3`), Back and Forward;
//! - [`workspace`] and [`source_panel`]: the article workspace screen;
//! - [`summary`]: the engine's per-source figures after Compare;
//! - [`results`]: the result views (overview, quote cards, side-by-side reading);
//! - [`framing`]: the framing panel (verbs, naming, loaded words, voices, unique facts, ledes,
//!   claims coverage), from `report.framing`;
//! - [`summary`]: the engine's per-source figures after Compare; [`compare_run`]: running the
//!   engine in slices with a progress line;
//! - [`export`]: downloads (Markdown, JSON, CSV) and printing; [`share`]: share links;
//! - [`state`]: the workspace's state and its rules; [`storage`]: localStorage;
//! - [`files`]: reading dropped or picked files; [`examples`]: the bundled example;
//! - [`dom`]: small DOM helpers; [`bench`]: the in-browser benchmark at `#bench`;
//! - [`warm`]: warming the engine while the browser is idle, for a fast first comparison.
//!
//! The UI never uses `inner_html` or `eval`: all text is set as text.

pub mod app;
pub mod bench;
pub mod compare_run;
pub mod dom;
pub mod examples;
pub mod export;
pub mod files;
pub mod framing;
pub mod results;
pub mod route;
pub mod share;
pub mod source_panel;
pub mod state;
pub mod storage;
pub mod summary;
pub mod warm;
pub mod workspace;

/// Mounts the app on the page body.
pub fn mount() {
    console_error_panic_hook::set_once();
    // The static page shown while the app loaded (`#shell` in index.html) gives way to it.
    if let Some(shell) = leptos::prelude::document().get_element_by_id("shell") {
        shell.remove();
    }
    let hash = web_sys::window().and_then(|w| w.location().hash().ok());
    if hash.as_deref() == Some("#bench") {
        leptos::mount::mount_to_body(bench::BenchPage);
    } else {
        leptos::mount::mount_to_body(app::App);
    }
}

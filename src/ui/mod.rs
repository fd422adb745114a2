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
//! - [`exercise`]: the classroom: making an exercise under the results, and the student view
//!   a `#exercise=…` link or `#demo-exercise` opens;
//! - [`export`]: downloads (Markdown, JSON, CSV) and printing; [`share`]: share links;
//! - [`state`]: the workspace's state and its rules; [`storage`]: localStorage;
//! - [`files`]: reading dropped or picked files; [`examples`]: the bundled example;
//! - [`dom`]: small DOM helpers; [`bench`]: the in-browser benchmark at `#bench`;
//! - [`slices`]: long lists built a slice per browser task, every growing list in turn;
//! - [`worker`], [`worker_scope`], [`worker_wire`]: the engine in a Web Worker made from the
//!   page's own bundle (the page's side, the worker's side, their messages);
//! - [`one_file`]: the one-file build's side in the page, and "Save as one file";
//! - [`warm`]: warming the engine while the browser is idle, for a fast first comparison.
//!
//! The UI never uses `inner_html` or `eval`: all text is set as text.

pub mod app;
pub mod bench;
pub mod compare_run;
pub mod dom;
pub mod examples;
pub mod exercise;
pub mod export;
pub mod files;
pub mod framing;
pub mod one_file;
pub mod results;
pub mod route;
pub mod share;
pub mod slices;
pub mod source_panel;
pub mod state;
pub mod storage;
pub mod summary;
pub mod warm;
pub mod worker;
pub mod worker_scope;
pub mod worker_wire;
pub mod workspace;

/// Mounts the app on the page body; in the engine's worker (the same module, see [`worker`]),
/// serves comparison jobs instead.
pub fn mount() {
    console_error_panic_hook::set_once();
    if worker_scope::in_worker() {
        worker_scope::serve();
        return;
    }
    // The static page shown while the app loaded (`#shell` in index.html) gives way to it.
    if let Some(shell) = leptos::prelude::document().get_element_by_id("shell") {
        shell.remove();
    }
    let hash = web_sys::window().and_then(|w| w.location().hash().ok());
    if hash.as_deref() == Some("#bench") {
        leptos::mount::mount_to_body(bench::BenchPage);
    } else if hash.as_deref().is_some_and(exercise::opens_student_view)
        || one_file::embedded_exercise().is_some()
    {
        leptos::mount::mount_to_body(exercise::student::StudentPage);
    } else {
        leptos::mount::mount_to_body(app::App);
    }
}

//! Parallax: compare how several news articles quote and frame the same event.
//!
//! - the analysis is the `parallax-engine` crate (`crates/engine/`), used by both front ends;
//! - [`corpus`]: the bundled example set and generated sets for benchmarks;
//! - [`exercise`]: classroom exercises proposed from a report, blind masking, answer checks
//!   and `#exercise=…` links (tested natively);
//! - [`limits`]: the input limits (per article, per comparison, per link), defined once;
//! - [`findings`]: the key differences of a report, ranked (tested natively);
//! - [`report_parts`]: a report split into parts for the worker to send, and put back together;
//! - [`segments`]: the pure text splitting behind the result views (tested natively);
//! - [`share_link`]: a workspace packed into a `#share=…` link and unpacked from one;
//! - `cli` (native only): the `parallax` command-line tool;
//! - `ui` (wasm32 only): the Leptos browser app.

pub mod corpus;
pub mod exercise;
pub mod findings;
pub mod limits;
pub mod report_parts;
pub mod segments;
pub mod share_link;

#[cfg(not(target_arch = "wasm32"))]
pub mod cli;

#[cfg(target_arch = "wasm32")]
pub mod ui;

//! The engine's integration tests: one binary, shared fixtures.
//!
//! - `example_set`, `alignment`, `framing_example`: the bundled example set, read as a reader
//!   would check it;
//! - `real_coverage`: coverage of other events (`tests/data/`);
//! - `original`: quote groups traced to a source marked as the original;
//! - `folded`: no framing table holds text from a region the boilerplate pass folded;
//! - `pages`: article extraction from saved web pages (`fixtures::pages_dir`, outside the
//!   repository);
//! - `scoring`: every event with a `gold.json` scored by `tests/score.py` (and `claims.json` by
//!   `tests/score_claims.py`) against floors that may only rise;
//!
//! Reading one article is tested inside the crate (`read/tests/`), where its types are.

mod alignment;
mod example_set;
mod fixtures;
mod folded;
mod framing_example;
mod markdown_safety;
mod original;
mod pages;
mod real_coverage;
mod scoring;

//! The engine's integration tests: one binary, shared fixtures.
//!
//! - `example_set`, `alignment`, `framing_example`: the bundled example set, read as a reader
//!   would check it;
//! - `real_coverage`, `real_text`: coverage of other events (`tests/data/`) and hand-made texts;
//! - `scoring`: every event with a `gold.json` scored by `tests/score.py` (and `claims.json` by
//!   `tests/score_claims.py`) against floors that may only rise;
//! - `reading_properties`: property tests (any `&str`, no panic, offsets on boundaries).

mod alignment;
mod example_set;
mod fixtures;
mod framing_example;
mod reading_properties;
mod real_coverage;
mod real_text;
mod scoring;

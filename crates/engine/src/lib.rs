//! The analysis engine: pure Rust, no web dependencies, deterministic.
//!
//! Input is a list of [`Source`]s (name and text); output is a [`Report`]. Every position is a
//! UTF-8 byte offset into a source's original text ([`span::Span`]).
//!
//! Stages, each its own module:
//! - [`text`]: paragraphs, sentences, words;
//! - [`boilerplate`]: what is not article body;
//! - [`quotes`] and [`attribution`]: direct quotations and who said them; [`indirect`]:
//!   reported speech without quote marks; [`tokens`], [`normalize`]: helpers they share;
//! - [`article`]: the stages above for one source;
//! - [`align`]: shared quotes across sources, grouped by utterance and aligned word by word;
//! - [`report`]: the serialisable result across sources, built in one call ([`compare`]) or
//!   stage by stage ([`Comparing`]); [`markdown`]: the report as a handout; [`csv`]: its quote
//!   groups as a spreadsheet;
//! - [`input`]: file bytes (text, HTML) to article text, with readable errors;
//! - [`hash`]: a fast hasher for internal maps whose order never reaches the output.

pub mod align;
pub mod framing;
pub mod hash;
pub mod input;
pub mod lexicon;
pub mod normalize;
pub mod pipeline;
pub mod read;
pub mod render;
pub mod report;
pub mod span;
pub mod text;
pub mod word_forms;

pub use pipeline::{compare, Comparing, Progress, Source, Stage};
pub use report::Report;

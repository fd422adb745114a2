//! The analysis behind Parallax: which direct quotations several news articles share, grouped
//! by the utterance they come from and aligned word by word, who each source says spoke, and how
//! each source frames the event (attribution verbs, naming, loaded and hedging words, shared and
//! unique facts, ledes, voices).
//!
//! Pure Rust, no web dependency, deterministic. Input is a list of [`Source`]s (a name and a
//! text); output is a [`Report`], the serialisable contract documented in `docs/report.md`.
//! Every position in it is a UTF-8 byte offset into a source's original text.
//!
//! - [`compare`] runs the whole comparison; [`Comparing`] runs the same steps one at a time,
//!   for a caller that wants to show progress between them.
//! - [`report`]: the report's records.
//! - [`input`]: the bytes of a file (text or HTML) to article text, with messages a reader can
//!   act on.
//! - [`render`]: the report as a Markdown handout or its quote groups as CSV.
//!
//! ```
//! use parallax_engine::{compare, render, Source};
//!
//! let report = compare(&[
//!     Source::new("wire", "“We reject the declaration outright as an illegal document,” the ministry said."),
//!     Source::new("daily", "Officials said they “reject the declaration outright”."),
//! ]);
//! assert_eq!(report.quotes.len(), 2);
//! let handout = render::markdown::render(&report);
//! assert!(handout.contains("reject the declaration outright"));
//! ```
//!
//! Inside, the stages are private modules, each a folder: `read` (one article: text model,
//! boilerplate, quotations, attribution, reported speech), `framing` (across sources), `align`
//! (utterance groups and word alignment), run in order by `pipeline`; `lexicon` holds every word
//! list. See `ARCHITECTURE.md`.

#![deny(missing_docs)]

mod align;
mod framing;
mod hash;
pub mod input;
mod lexicon;
mod normalize;
mod pipeline;
mod read;
pub mod render;
pub mod report;
mod span;
mod text;
mod word_forms;

/// Word lists of stance the framing tables use, for a caller that explains a difference in the
/// same terms (a cut hedge, a dropped intensifier).
pub mod stance {
    pub use crate::lexicon::hedges::{APPROXIMATORS, EPISTEMIC};
    pub use crate::lexicon::loaded::INTENSIFIERS;
}

pub use align::AlignStep;
pub use framing::FramingStep;
pub use pipeline::{
    compare, compare_with_original, Comparing, NotASource, Progress, Source, Stage,
};
pub use read::boilerplate::BoilerplateOverride;
pub use report::Report;
pub use span::Span;
pub use text::{words, TextModel};

//! The report: the serialisable result of comparing sources, and the contract between the
//! engine, the CLI and the UI. Documented in `docs/report.md`.
//!
//! Field names are stable: fields may be added, never renamed or removed.
//!
//! This module is the schema only: the records and their ids. The pipeline builds them
//! (`crate::pipeline`); the renderers read them (`crate::render`).

use serde::{Deserialize, Serialize};

use crate::framing::FramingReport;
use crate::lexicon::verbs::VerbCategory;
use crate::read::attribution::AttributionBasis;
use crate::read::boilerplate::BoilerplateKind;
use crate::read::quotes::QuoteKind;

/// Version of the report format; raised when a field's meaning changes.
pub const REPORT_VERSION: u32 = 1;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Report {
    pub version: u32,
    pub sources: Vec<SourceSummary>,
    pub quotes: Vec<QuoteRecord>,
    pub quote_groups: Vec<QuoteGroupRecord>,
    /// Reported speech without quote marks, in source order.
    #[serde(default)]
    pub indirect: Vec<IndirectRecord>,
    /// How each source frames the event: claims, ledes, verbs, naming, language, voices.
    #[serde(default)]
    pub framing: FramingReport,
    /// Text outside quote marks that follows a quotation of another source.
    #[serde(default)]
    pub paraphrases: Vec<ParaphraseRecord>,
}

/// Per-source figures and the regions marked as boilerplate.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceSummary {
    pub name: String,
    pub bytes: usize,
    pub paragraphs: usize,
    pub sentences: usize,
    pub words: usize,
    pub boilerplate: Vec<BoilerplateRecord>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BoilerplateRecord {
    pub start: usize,
    pub end: usize,
    pub kind: BoilerplateKind,
    pub reason: String,
}

/// One top-level quotation. `start`/`end` are UTF-8 byte offsets of the quoted words (marks
/// excluded) into the source's text. Quotations nested inside it are in `nested`, not in the
/// report's `quotes`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuoteRecord {
    pub id: String,
    pub source: usize,
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub kind: QuoteKind,
    /// The fullest name of the speaker known (resolved when the text allows).
    pub speaker: Option<String>,
    /// The stance-carrying attribution verb as written ("bristled", "according to").
    pub verb: Option<String>,
    pub verb_lemma: Option<String>,
    pub in_boilerplate: bool,
    /// The speaker exactly as written next to the quote ("he", "the official").
    #[serde(default)]
    pub speaker_as_written: Option<String>,
    #[serde(default)]
    pub speaker_start: Option<usize>,
    #[serde(default)]
    pub speaker_end: Option<usize>,
    #[serde(default)]
    pub verb_start: Option<usize>,
    #[serde(default)]
    pub verb_end: Option<usize>,
    #[serde(default)]
    pub verb_category: Option<VerbCategory>,
    /// A reporting participle nearer the quote ("casting", "warning").
    #[serde(default)]
    pub participle: Option<String>,
    #[serde(default)]
    pub participle_lemma: Option<String>,
    /// How the attribution was found; `None` when there is none.
    #[serde(default)]
    pub attribution_basis: Option<AttributionBasis>,
    /// Index of the paragraph and sentence the quote opens in (see the source summary).
    #[serde(default)]
    pub paragraph: usize,
    #[serde(default)]
    pub sentence: usize,
    /// The quote marks: opening, closing (`None` if unclosed), and the marks that reopen a
    /// quote continued over several paragraphs.
    #[serde(default)]
    pub open_mark: MarkRecord,
    #[serde(default)]
    pub close_mark: Option<MarkRecord>,
    #[serde(default)]
    pub reopen_marks: Vec<MarkRecord>,
    /// Quotations inside this one (‘declaration,’ inside a quoted statement).
    #[serde(default)]
    pub nested: Vec<NestedQuoteRecord>,
}

/// A quote mark: its byte range and the character.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MarkRecord {
    pub start: usize,
    pub end: usize,
    pub mark: String,
}

/// A quotation nested inside another; offsets as in [`QuoteRecord`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NestedQuoteRecord {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub kind: QuoteKind,
    pub open_mark: MarkRecord,
    pub close_mark: Option<MarkRecord>,
    /// Nesting depth below the top-level quote (1 = directly inside it).
    pub depth: usize,
}

/// Reported speech: `start`/`end` are the byte offsets of the reported content.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IndirectRecord {
    pub id: String,
    pub source: usize,
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub speaker: Option<String>,
    pub speaker_as_written: Option<String>,
    pub verb: Option<String>,
    pub verb_lemma: Option<String>,
    pub verb_category: Option<VerbCategory>,
    pub in_boilerplate: bool,
    pub sentence: usize,
}

/// Quotations from one utterance, across and within sources, aligned to the fullest of them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuoteGroupRecord {
    pub id: String,
    /// Quote ids, in source order then text order; the reference is among them.
    pub members: Vec<String>,
    /// The member with the most words: the version every other member is aligned to.
    pub reference: String,
    /// Among speakers that name someone (an actor or a proper name, not "he"), the one credited
    /// with most quoted words; else the reference's speaker.
    pub speaker: Option<String>,
    /// Every distinct speaker the members name, in member order.
    #[serde(default)]
    pub speakers: Vec<String>,
    /// The sources that quote this utterance, ascending.
    #[serde(default)]
    pub sources: Vec<usize>,
    /// One alignment per member (the reference's own is a single equal segment).
    #[serde(default)]
    pub alignment: Vec<MemberAlignment>,
    /// Per source, which words of the reference its members quote.
    #[serde(default)]
    pub coverage: Vec<CoverageRecord>,
    /// A multi-way alignment table for groups of three or more members.
    #[serde(default)]
    pub table: Option<AlignmentTable>,
}

/// A byte range of one source's text with the text it holds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextRange {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// What one stretch of a member does relative to the reference.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SegmentOp {
    /// The same words (up to case, punctuation, quote style and spelling variants).
    Equal,
    /// Reference words this member leaves out (cut at either end, or elided inside).
    Omitted,
    /// Words only this member has ("(DPRK)", "[the]").
    Inserted,
    /// Reference words this member gives differently.
    Changed,
}

/// One segment of a member's alignment. `reference` is a range of the reference quote's source
/// text, `member` of the member's source text; each is present when the op has words on that
/// side (`omitted` has no member range, `inserted` no reference range).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Segment {
    pub op: SegmentOp,
    pub reference: Option<TextRange>,
    pub member: Option<TextRange>,
}

/// How one member lines up with its group's reference, with the attribution its source used.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MemberAlignment {
    pub quote: String,
    pub source: usize,
    pub speaker: Option<String>,
    pub verb: Option<String>,
    pub verb_lemma: Option<String>,
    pub verb_category: Option<VerbCategory>,
    /// Share of the member's words that equal reference words (1.0 for a verbatim excerpt).
    pub fidelity: f64,
    /// Segments in text order, covering the reference and the member without gaps.
    pub segments: Vec<Segment>,
}

/// Which words of a group's reference one source quotes, over all its members.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CoverageRecord {
    pub source: usize,
    /// Reference word ranges (in the reference's source text) the source quotes, merged.
    pub ranges: Vec<TextRange>,
    pub words_quoted: usize,
    pub words_total: usize,
    /// `words_quoted / words_total`.
    pub fraction: f64,
}

/// Rows are members, columns aligned word positions, as text-collation tools print them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AlignmentTable {
    /// For each column, the index of the reference word it holds, or `None` for a column of
    /// words that some member inserts.
    pub columns: Vec<Option<usize>>,
    pub rows: Vec<AlignmentRow>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AlignmentRow {
    pub quote: String,
    pub source: usize,
    /// One cell per column: the member's word as written, or `None` where it has none.
    pub cells: Vec<Option<String>>,
}

/// Words outside quote marks in one source that closely follow a quotation in another:
/// quoted there, paraphrased here.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ParaphraseRecord {
    pub id: String,
    /// The source that paraphrases, and the byte range of its matching words.
    pub source: usize,
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// The quotation it follows, and that quotation's group.
    pub quote: String,
    pub group: String,
    /// Share of the quotation's content words found in the paraphrase.
    pub similarity: f64,
}

/// The id of the `n`th top-level quotation (from 0) of source `source`: `s0q3`.
pub fn quote_id(source: usize, n: usize) -> String {
    format!("s{source}q{n}")
}

/// The id of the `n`th reported-speech passage (from 0) of source `source`: `s0i3`.
pub fn indirect_id(source: usize, n: usize) -> String {
    format!("s{source}i{n}")
}

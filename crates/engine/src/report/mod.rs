//! The report: the serialisable result of comparing sources, and the contract between the
//! engine, the CLI and the UI. Documented in `docs/report.md`.
//!
//! Field names are stable: fields may be added, never renamed or removed.
//!
//! This module is the schema only: the records and their ids. The pipeline builds them
//! (`crate::pipeline`); the renderers read them (`crate::render`).

use serde::{Deserialize, Serialize};

mod framing;
mod kinds;

pub use framing::*;
pub use kinds::*;

/// Version of the report format; raised when a field's meaning changes.
pub const REPORT_VERSION: u32 = 1;

/// The whole comparison: per source, every quotation and its speaker, the utterance groups
/// aligned word by word, reported speech, paraphrases and the framing tables.
///
/// ```
/// use parallax_engine::{compare, Source};
///
/// let report = compare(&[
///     Source::new("a", "“We will respond to this illegal and hostile act,” the minister said."),
///     Source::new("b", "The minister said they “will respond to this illegal” act."),
/// ]);
/// let json = serde_json::to_string(&report).unwrap();
/// assert!(json.starts_with("{\"version\":1"));
/// assert_eq!(report.quote_groups[0].sources, vec![0, 1]);
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// The report format's version ([`REPORT_VERSION`]).
    pub version: u32,
    /// One summary per source, in the order given.
    pub sources: Vec<SourceSummary>,
    /// Every top-level quotation, in source then text order.
    pub quotes: Vec<QuoteRecord>,
    /// Quotations from one utterance, most sources first.
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
    /// The source the user marked as the original (a transcript, a press release): quote
    /// groups are then aligned against its words where it has them (see
    /// [`QuoteGroupRecord::original`]). Absent when no source is marked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original: Option<usize>,
}

/// Per-source figures and the regions marked as boilerplate.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceSummary {
    /// The name as given (a path, a panel name).
    pub name: String,
    /// Length of the text in bytes.
    pub bytes: usize,
    /// Non-blank lines; paragraph indices elsewhere count these from 0.
    pub paragraphs: usize,
    /// Sentences, counted from 0 across the whole source.
    pub sentences: usize,
    /// Runs of letters and digits.
    pub words: usize,
    /// Regions that are not article body, in text order.
    pub boilerplate: Vec<BoilerplateRecord>,
}

/// A paragraph marked as not article body (marked, never removed).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BoilerplateRecord {
    /// Byte offset where the paragraph starts.
    pub start: usize,
    /// Byte offset where the paragraph ends.
    pub end: usize,
    /// What kind of page furniture it is.
    pub kind: BoilerplateKind,
    /// Why it was marked, for a reader.
    pub reason: String,
}

/// One top-level quotation. `start`/`end` are UTF-8 byte offsets of the quoted words (marks
/// excluded) into the source's text. Quotations nested inside it are in `nested`, not in the
/// report's `quotes`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuoteRecord {
    /// `s<source>q<n>` ([`quote_id`]), unique in the report.
    pub id: String,
    /// Index into the report's `sources`.
    pub source: usize,
    /// Byte offset of the first quoted word (marks excluded).
    pub start: usize,
    /// Byte offset just after the last quoted word.
    pub end: usize,
    /// The quoted words as written.
    pub text: String,
    /// Full, partial, scare or headline quote.
    pub kind: QuoteKind,
    /// The fullest name of the speaker known (resolved when the text allows).
    pub speaker: Option<String>,
    /// The stance-carrying attribution verb as written ("bristled", "according to").
    pub verb: Option<String>,
    /// The lemma of `verb` ("say", "bristle").
    pub verb_lemma: Option<String>,
    /// Whether the quote lies in a boilerplate region.
    pub in_boilerplate: bool,
    /// The speaker exactly as written next to the quote ("he", "the official").
    #[serde(default)]
    pub speaker_as_written: Option<String>,
    /// Byte offset where `speaker_as_written` starts.
    #[serde(default)]
    pub speaker_start: Option<usize>,
    /// Byte offset where `speaker_as_written` ends.
    #[serde(default)]
    pub speaker_end: Option<usize>,
    /// Byte offset where `verb` starts.
    #[serde(default)]
    pub verb_start: Option<usize>,
    /// Byte offset where `verb` ends.
    #[serde(default)]
    pub verb_end: Option<usize>,
    /// The stance `verb` lends the quote (neutral, doubt-casting, …).
    #[serde(default)]
    pub verb_category: Option<VerbCategory>,
    /// A reporting participle nearer the quote ("casting", "warning").
    #[serde(default)]
    pub participle: Option<String>,
    /// The lemma of `participle`.
    #[serde(default)]
    pub participle_lemma: Option<String>,
    /// How the attribution was found; `None` when there is none.
    #[serde(default)]
    pub attribution_basis: Option<AttributionBasis>,
    /// The person `speaker` names, stable within one comparison: `p1`, `p2`, … in order of
    /// first quotation; quotations of one person in any source share it ("Rishi Sunak", "Mr
    /// Sunak" and "the prime minister" resolved to him). `None` when there is no speaker.
    #[serde(default)]
    pub speaker_id: Option<String>,
    /// Index of the paragraph and sentence the quote opens in (see the source summary).
    #[serde(default)]
    pub paragraph: usize,
    /// Index of the sentence the quote opens in.
    #[serde(default)]
    pub sentence: usize,
    /// The quote marks: opening, closing (`None` if unclosed), and the marks that reopen a
    /// quote continued over several paragraphs.
    #[serde(default)]
    pub open_mark: MarkRecord,
    /// The closing mark; `None` when the quote is left unclosed.
    #[serde(default)]
    pub close_mark: Option<MarkRecord>,
    /// The opening marks that restart a quote at each continued paragraph.
    #[serde(default)]
    pub reopen_marks: Vec<MarkRecord>,
    /// Quotations inside this one (‘declaration,’ inside a quoted statement).
    #[serde(default)]
    pub nested: Vec<NestedQuoteRecord>,
}

/// A quote mark: its byte range and the character.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MarkRecord {
    /// Byte offset of the mark.
    pub start: usize,
    /// Byte offset just after the mark.
    pub end: usize,
    /// The mark as written (empty when the text lost it).
    pub mark: String,
}

/// A quotation nested inside another; offsets as in [`QuoteRecord`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NestedQuoteRecord {
    /// Byte offset of the first quoted word.
    pub start: usize,
    /// Byte offset just after the last quoted word.
    pub end: usize,
    /// The quoted words as written.
    pub text: String,
    /// Its kind (a nested quote of three words or fewer is a scare quote).
    pub kind: QuoteKind,
    /// The opening mark.
    pub open_mark: MarkRecord,
    /// The closing mark, if there is one.
    pub close_mark: Option<MarkRecord>,
    /// Nesting depth below the top-level quote (1 = directly inside it).
    pub depth: usize,
}

/// Reported speech: `start`/`end` are the byte offsets of the reported content.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IndirectRecord {
    /// `s<source>i<n>` ([`indirect_id`]), unique in the report.
    pub id: String,
    /// Index into the report's `sources`.
    pub source: usize,
    /// Byte offset where the reported content starts.
    pub start: usize,
    /// Byte offset where the reported content ends.
    pub end: usize,
    /// The reported content as written.
    pub text: String,
    /// The fullest name of the speaker known.
    pub speaker: Option<String>,
    /// The speaker exactly as written.
    pub speaker_as_written: Option<String>,
    /// The reporting verb as written.
    pub verb: Option<String>,
    /// Its lemma.
    pub verb_lemma: Option<String>,
    /// The stance the verb lends.
    pub verb_category: Option<VerbCategory>,
    /// Whether it lies in a boilerplate region.
    pub in_boilerplate: bool,
    /// Index of its sentence.
    pub sentence: usize,
}

/// Quotations from one utterance, across and within sources, aligned to the fullest of them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuoteGroupRecord {
    /// `g<n>`, in report order (most sources first).
    pub id: String,
    /// Quote ids, in source order then text order; the reference is among them.
    pub members: Vec<String>,
    /// The member with the most words: the version every other member is aligned to (with an
    /// original, the original's own quotation when it is a member; see `original`).
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
    /// Only when the report has an `original`: what the members were aligned against. When it
    /// is a [`OriginalReference::Passage`], the segments' `reference` ranges, the coverage
    /// ranges and the table's reference columns are ranges of (and word indices into) that
    /// passage of the original's text, not of the `reference` quote's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original: Option<OriginalReference>,
}

/// How a quote group relates to the source marked as the original. Offsets are UTF-8 byte
/// offsets into the original's text. In JSON a flat object whose `basis` says which variant
/// it is (`"quote"`, `"passage"`, `"not_found"`), with that variant's fields.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(into = "OriginalRecord", try_from = "OriginalRecord")]
pub enum OriginalReference {
    /// The original quotes the utterance itself: its quotation `quote` is the group's
    /// reference.
    Quote {
        /// The original's source index.
        source: usize,
        /// The original's quotation, the group's `reference`.
        quote: String,
        /// Byte offset where the quotation's words start.
        start: usize,
        /// Byte offset where they end.
        end: usize,
        /// The quotation's words as the original gives them.
        text: String,
    },
    /// The original gives the words outside quote marks (a transcript, a statement in plain
    /// text): the members are aligned against this passage, whole sentences around the words
    /// the versions share with it.
    Passage {
        /// The original's source index.
        source: usize,
        /// Byte offset where the passage starts.
        start: usize,
        /// Byte offset where it ends.
        end: usize,
        /// The passage as the original gives it.
        text: String,
        /// Share of the fullest version's words found in order in the passage.
        matched: f64,
    },
    /// No passage of the original matches the group closely enough: the members are aligned
    /// against the fullest version, as without an original.
    NotFound {
        /// The original's source index.
        source: usize,
    },
}

/// Which variant of [`OriginalReference`] a JSON record is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum OriginalBasis {
    Quote,
    Passage,
    NotFound,
}

/// [`OriginalReference`] as JSON: flat, read and written without buffering (an internally
/// tagged enum would pull serde's generic buffering into every build that reads a report).
#[derive(Serialize, Deserialize)]
struct OriginalRecord {
    basis: OriginalBasis,
    source: usize,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    quote: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    start: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    end: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    text: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    matched: Option<f64>,
}

impl From<OriginalReference> for OriginalRecord {
    fn from(o: OriginalReference) -> Self {
        let mut record = OriginalRecord {
            basis: OriginalBasis::NotFound,
            source: o.source(),
            quote: None,
            start: None,
            end: None,
            text: None,
            matched: None,
        };
        match o {
            OriginalReference::Quote {
                quote,
                start,
                end,
                text,
                ..
            } => {
                record.basis = OriginalBasis::Quote;
                record.quote = Some(quote);
                (record.start, record.end, record.text) = (Some(start), Some(end), Some(text));
            }
            OriginalReference::Passage {
                start,
                end,
                text,
                matched,
                ..
            } => {
                record.basis = OriginalBasis::Passage;
                record.matched = Some(matched);
                (record.start, record.end, record.text) = (Some(start), Some(end), Some(text));
            }
            OriginalReference::NotFound { .. } => {}
        }
        record
    }
}

impl TryFrom<OriginalRecord> for OriginalReference {
    type Error = &'static str;

    fn try_from(r: OriginalRecord) -> Result<Self, Self::Error> {
        const MISSING: &str = "an original's quote or passage needs start, end and text";
        let source = r.source;
        let range = || Some((r.start?, r.end?, r.text.clone()?));
        Ok(match r.basis {
            OriginalBasis::Quote => {
                let (start, end, text) = range().ok_or(MISSING)?;
                OriginalReference::Quote {
                    source,
                    quote: r.quote.ok_or("an original's quote needs its quote id")?,
                    start,
                    end,
                    text,
                }
            }
            OriginalBasis::Passage => {
                let (start, end, text) = range().ok_or(MISSING)?;
                OriginalReference::Passage {
                    source,
                    start,
                    end,
                    text,
                    matched: r.matched.unwrap_or(0.0),
                }
            }
            OriginalBasis::NotFound => OriginalReference::NotFound { source },
        })
    }
}

impl OriginalReference {
    /// The original's source index.
    pub fn source(&self) -> usize {
        match self {
            OriginalReference::Quote { source, .. }
            | OriginalReference::Passage { source, .. }
            | OriginalReference::NotFound { source } => *source,
        }
    }

    /// The original's words the group was aligned against, if it was: `(start, end, text)`.
    pub fn words(&self) -> Option<(usize, usize, &str)> {
        match self {
            OriginalReference::Quote {
                start, end, text, ..
            }
            | OriginalReference::Passage {
                start, end, text, ..
            } => Some((*start, *end, text.as_str())),
            OriginalReference::NotFound { .. } => None,
        }
    }

    /// The passage of the original's text the group was traced to, when the original gives
    /// the words outside quote marks (the members' coverage ranges are then ranges of it).
    pub fn passage(&self) -> Option<Passage<'_>> {
        match self {
            OriginalReference::Passage {
                source,
                start,
                end,
                text,
                ..
            } => Some(Passage {
                source: *source,
                start: *start,
                end: *end,
                text,
            }),
            _ => None,
        }
    }
}

/// A passage of the original a quote group was traced to: its source index, UTF-8 byte range
/// and text ([`OriginalReference::passage`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Passage<'a> {
    /// The original's source index.
    pub source: usize,
    /// Byte offset where the passage starts in the original's text.
    pub start: usize,
    /// Byte offset where it ends.
    pub end: usize,
    /// The passage as the original gives it.
    pub text: &'a str,
}

/// A byte range of one source's text with the text it holds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextRange {
    /// Byte offset where the range starts.
    pub start: usize,
    /// Byte offset where the range ends.
    pub end: usize,
    /// The text it holds.
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
    /// What the stretch does relative to the reference.
    pub op: SegmentOp,
    /// The stretch of the reference, when it has words there.
    pub reference: Option<TextRange>,
    /// The stretch of the member, when it has words there.
    pub member: Option<TextRange>,
}

/// How one member lines up with its group's reference, with the attribution its source used.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MemberAlignment {
    /// The member's quote id.
    pub quote: String,
    /// The member's source index.
    pub source: usize,
    /// The speaker the member's source names.
    pub speaker: Option<String>,
    /// The attribution verb the member's source uses, as written.
    pub verb: Option<String>,
    /// Its lemma.
    pub verb_lemma: Option<String>,
    /// The stance the verb lends.
    pub verb_category: Option<VerbCategory>,
    /// Share of the member's words that equal reference words (1.0 for a verbatim excerpt).
    pub fidelity: f64,
    /// Segments in text order, covering the reference and the member without gaps.
    pub segments: Vec<Segment>,
}

/// Which words of a group's reference one source quotes, over all its members.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CoverageRecord {
    /// The source index.
    pub source: usize,
    /// Reference word ranges (in the reference's source text) the source quotes, merged.
    pub ranges: Vec<TextRange>,
    /// Reference words the source quotes.
    pub words_quoted: usize,
    /// Words of the reference.
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
    /// One row per member, in member order.
    pub rows: Vec<AlignmentRow>,
}

/// One member's row of an [`AlignmentTable`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AlignmentRow {
    /// The member's quote id.
    pub quote: String,
    /// The member's source index.
    pub source: usize,
    /// One cell per column: the member's word as written, or `None` where it has none.
    pub cells: Vec<Option<String>>,
}

/// Words outside quote marks in one source that closely follow a quotation in another:
/// quoted there, paraphrased here.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ParaphraseRecord {
    /// `p<n>`, unique in the report.
    pub id: String,
    /// The source that paraphrases, and the byte range of its matching words.
    pub source: usize,
    /// Byte offset where the paraphrasing words start.
    pub start: usize,
    /// Byte offset where they end.
    pub end: usize,
    /// The paraphrasing words as written.
    pub text: String,
    /// The quotation it follows, and that quotation's group.
    pub quote: String,
    /// The id of the group the paraphrased quotation belongs to.
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

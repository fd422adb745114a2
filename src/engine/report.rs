//! The report: the serialisable result of comparing sources, and the contract between the
//! engine, the CLI and the UI. Documented in `docs/report.md`.
//!
//! Field names are stable: fields may be added, never renamed or removed.

use serde::{Deserialize, Serialize};

use super::article::Article;
use super::attribution::{Attribution, AttributionBasis};
use super::boilerplate::{BoilerplateKind, BoilerplateOverride};
use super::framing::FramingReport;
use super::indirect::IndirectSpeech;
use super::lexicon::verbs::VerbCategory;
use super::quotes::{Quotation, QuoteKind};
use super::span::Span;

/// Version of the report format; raised when a field's meaning changes.
pub const REPORT_VERSION: u32 = 1;

/// One article to compare, as the user gave it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    pub name: String,
    pub text: String,
    #[serde(default)]
    pub overrides: Vec<BoilerplateOverride>,
}

impl Source {
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Self {
        Source {
            name: name.into(),
            text: text.into(),
            overrides: Vec::new(),
        }
    }
}

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

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuoteGroupRecord {
    pub id: String,
    pub members: Vec<String>,
    pub reference: String,
    pub speaker: Option<String>,
}

/// Reads every source and builds the report.
pub fn compare(sources: &[Source]) -> Report {
    let articles: Vec<Article> = sources
        .iter()
        .map(|s| Article::read(&s.text, &s.overrides))
        .collect();
    build(sources, &articles)
}

fn build(sources: &[Source], articles: &[Article]) -> Report {
    let summaries = sources
        .iter()
        .zip(articles)
        .map(|(s, a)| summarize(s, a))
        .collect();
    let quotes: Vec<QuoteRecord> = sources
        .iter()
        .zip(articles)
        .enumerate()
        .flat_map(|(index, (source, article))| quote_records(index, source, article))
        .collect();
    let quote_groups = quotes
        .iter()
        .enumerate()
        .map(|(i, q)| QuoteGroupRecord {
            id: format!("g{i}"),
            members: vec![q.id.clone()],
            reference: q.id.clone(),
            speaker: q.speaker.clone(),
        })
        .collect();
    let indirect = sources
        .iter()
        .zip(articles)
        .enumerate()
        .flat_map(|(index, (source, article))| indirect_records(index, source, article))
        .collect();
    let texts: Vec<&str> = sources.iter().map(|s| s.text.as_str()).collect();
    let framing = super::framing::analyse(&texts, articles);
    Report {
        version: REPORT_VERSION,
        sources: summaries,
        quotes,
        quote_groups,
        indirect,
        framing,
    }
}

fn summarize(source: &Source, article: &Article) -> SourceSummary {
    SourceSummary {
        name: source.name.clone(),
        bytes: source.text.len(),
        paragraphs: article.model.paragraphs.len(),
        sentences: article.model.sentences.len(),
        words: article.model.word_count,
        boilerplate: article
            .boilerplate
            .iter()
            .map(|r| BoilerplateRecord {
                start: r.span.start,
                end: r.span.end,
                kind: r.kind,
                reason: r.reason.clone(),
            })
            .collect(),
    }
}

fn quote_records<'a>(
    index: usize,
    source: &'a Source,
    article: &'a Article,
) -> impl Iterator<Item = QuoteRecord> + 'a {
    let text = source.text.as_str();
    article
        .quotes
        .iter()
        .enumerate()
        .filter(|(_, q)| q.parent.is_none())
        .enumerate()
        .map(move |(n, (i, q))| {
            let a = q.attribution.as_ref();
            let mut record = QuoteRecord {
                id: format!("s{index}q{n}"),
                source: index,
                start: q.span.start,
                end: q.span.end,
                text: q.span.slice(text).to_string(),
                kind: q.kind,
                speaker: a.and_then(|a| non_empty(a.best_speaker())),
                verb: a.and_then(|a| non_empty(&a.verb)),
                verb_lemma: a.and_then(|a| non_empty(&a.verb_lemma)),
                in_boilerplate: q.in_boilerplate,
                speaker_as_written: a.and_then(|a| non_empty(&a.speaker)),
                speaker_start: a.and_then(|a| a.speaker_span).map(|s| s.start),
                speaker_end: a.and_then(|a| a.speaker_span).map(|s| s.end),
                verb_start: a.and_then(|a| a.verb_span).map(|s| s.start),
                verb_end: a.and_then(|a| a.verb_span).map(|s| s.end),
                verb_category: a.and_then(|a| a.verb_category),
                participle: a.and_then(|a| a.participle.clone()),
                participle_lemma: a.and_then(|a| a.participle_lemma.clone()),
                attribution_basis: a.map(|a| a.basis),
                paragraph: article.model.paragraph_at(q.span.start).unwrap_or(0),
                sentence: article
                    .model
                    .sentence_at_or_before(q.span.start)
                    .unwrap_or(0),
                open_mark: mark(text, q.open_mark),
                close_mark: q.close_mark.map(|m| mark(text, m)),
                reopen_marks: q.reopen_marks.iter().map(|&m| mark(text, m)).collect(),
                nested: Vec::new(),
            };
            record.nested = nested_records(text, &article.quotes, i);
            record
        })
}

/// The quotations nested (at any depth) inside quotation `top`.
fn nested_records(text: &str, quotes: &[Quotation], top: usize) -> Vec<NestedQuoteRecord> {
    let outer = quotes[top].outer();
    quotes[top + 1..]
        .iter()
        .take_while(|q| q.open_mark.start < outer.end)
        .filter_map(|q| {
            let depth = depth_below(quotes, q, top)?;
            Some(NestedQuoteRecord {
                start: q.span.start,
                end: q.span.end,
                text: q.span.slice(text).to_string(),
                kind: q.kind,
                open_mark: mark(text, q.open_mark),
                close_mark: q.close_mark.map(|m| mark(text, m)),
                depth,
            })
        })
        .collect()
}

/// How many parent links lead from `q` up to quotation `top`, if they do.
fn depth_below(quotes: &[Quotation], q: &Quotation, top: usize) -> Option<usize> {
    let mut depth = 1;
    let mut parent = q.parent?;
    while parent != top {
        parent = quotes.get(parent)?.parent?;
        depth += 1;
    }
    Some(depth)
}

fn mark(text: &str, span: Span) -> MarkRecord {
    MarkRecord {
        start: span.start,
        end: span.end,
        mark: span.slice(text).to_string(),
    }
}

fn non_empty(s: &str) -> Option<String> {
    (!s.is_empty()).then(|| s.to_string())
}

fn indirect_records<'a>(
    index: usize,
    source: &'a Source,
    article: &'a Article,
) -> impl Iterator<Item = IndirectRecord> + 'a {
    article
        .indirect
        .iter()
        .enumerate()
        .map(move |(n, s): (usize, &IndirectSpeech)| {
            let a: &Attribution = &s.attribution;
            IndirectRecord {
                id: format!("s{index}i{n}"),
                source: index,
                start: s.span.start,
                end: s.span.end,
                text: s.span.slice(&source.text).to_string(),
                speaker: non_empty(a.best_speaker()),
                speaker_as_written: non_empty(&a.speaker),
                verb: non_empty(&a.verb),
                verb_lemma: non_empty(&a.verb_lemma),
                verb_category: a.verb_category,
                in_boilerplate: s.in_boilerplate,
                sentence: s.sentence,
            }
        })
}

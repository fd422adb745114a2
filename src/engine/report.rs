//! The report: the serialisable result of comparing sources, and the contract between the
//! engine, the CLI and the UI. Documented in `docs/report.md`.
//!
//! Field names are stable: fields may be added, never renamed or removed.

use serde::{Deserialize, Serialize};

use super::article::Article;
use super::boilerplate::{BoilerplateKind, BoilerplateOverride};
use super::framing::FramingReport;
use super::quotes::QuoteKind;

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

/// One quotation. `start`/`end` are UTF-8 byte offsets of the quoted words (marks excluded)
/// into the source's text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuoteRecord {
    pub id: String,
    pub source: usize,
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub kind: QuoteKind,
    pub speaker: Option<String>,
    pub verb: Option<String>,
    pub verb_lemma: Option<String>,
    pub in_boilerplate: bool,
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
    let texts: Vec<&str> = sources.iter().map(|s| s.text.as_str()).collect();
    let framing = super::framing::analyse(&texts, articles);
    Report {
        version: REPORT_VERSION,
        sources: summaries,
        quotes,
        quote_groups,
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
    article
        .quotes
        .iter()
        .enumerate()
        .map(move |(n, q)| QuoteRecord {
            id: format!("s{index}q{n}"),
            source: index,
            start: q.span.start,
            end: q.span.end,
            text: q.span.slice(&source.text).to_string(),
            kind: q.kind,
            speaker: q.attribution.as_ref().map(|a| a.best_speaker().to_string()),
            verb: q.attribution.as_ref().map(|a| a.verb.clone()),
            verb_lemma: q.attribution.as_ref().map(|a| a.verb_lemma.clone()),
            in_boilerplate: q.in_boilerplate,
        })
}

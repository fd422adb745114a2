//! The pipeline: every source read, then framed across sources, then its quotations grouped and
//! aligned, and the report assembled — in one call ([`compare`]) or one step at a time
//! ([`Comparing`]), with the same result.
//!
//! Each stage is its own module (`crate::read`, `crate::framing`, `crate::align`); this module
//! only runs them in order and turns each article's quotations and reported speech into the
//! report's records. It holds no analysis of its own.

use crate::report::FramingReport;
use serde::{Deserialize, Serialize};

mod speakers;

use crate::align::{AlignStep, Aligner, Alignment, Inputs};
use crate::framing::body::Body;
use crate::framing::{Framing, FramingStep};
use crate::read::article::Article;
use crate::read::attribution::Attribution;
use crate::read::boilerplate::BoilerplateOverride;
use crate::read::indirect::IndirectSpeech;
use crate::read::quotes::Quotation;
use crate::report::{
    indirect_id, quote_id, BoilerplateRecord, IndirectRecord, MarkRecord, NestedQuoteRecord,
    QuoteRecord, Report, SourceSummary, REPORT_VERSION,
};
use crate::span::Span;

/// One article to compare, as the user gave it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    /// How the report names it (a path, a panel name).
    pub name: String,
    /// The article's text; every offset in the report is a byte offset into it.
    pub text: String,
    /// The user's corrections of what is and is not article body.
    #[serde(default)]
    pub overrides: Vec<BoilerplateOverride>,
}

impl Source {
    /// A source with no boilerplate overrides.
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Self {
        Source {
            name: name.into(),
            text: text.into(),
            overrides: Vec::new(),
        }
    }
}

/// Reads every source and builds the report: [`Comparing`]'s steps run one after another.
///
/// Never panics, whatever the texts hold (empty, one source, unbalanced marks, any script).
///
/// ```
/// use parallax_engine::{compare, Source};
///
/// let report = compare(&[
///     Source::new("wire", "“We reject the declaration outright as an illegal and hostile document,” the ministry said."),
///     Source::new("daily", "The ministry said it would “reject the declaration outright as an illegal” text."),
/// ]);
/// let group = &report.quote_groups[0];
/// assert_eq!(group.sources, vec![0, 1]);
/// // The fullest version is the reference the other is aligned to.
/// let reference = report.quotes.iter().find(|q| q.id == group.reference).unwrap();
/// assert!(reference.text.starts_with("We reject the declaration outright"));
/// assert_eq!(reference.speaker.as_deref(), Some("the ministry"));
/// ```
pub fn compare(sources: &[Source]) -> Report {
    finish(Comparing::new(sources))
}

/// [`compare`], with source `original` (an index into `sources`) marked as the original
/// statement — a transcript or a press release — that the outlets quote: each quote group is
/// aligned against the original's words where the original has them, so every outlet's
/// version shows what it cut, changed or added relative to what was said (see
/// [`crate::report::OriginalReference`]). The original is compared as one of the sources.
///
/// ```
/// use parallax_engine::{compare_with_original, report::OriginalReference, Source};
///
/// let sources = [
///     Source::new("transcript", "We will rebuild the harbour wall before the winter storms, and the county will pay for all of it."),
///     Source::new("daily", "The mayor said they would “rebuild the harbour wall before the winter storms”."),
/// ];
/// let report = compare_with_original(&sources, 0).unwrap();
/// assert_eq!(report.original, Some(0));
/// let group = &report.quote_groups[0];
/// assert!(matches!(group.original, Some(OriginalReference::Passage { source: 0, .. })));
/// assert!(compare_with_original(&sources, 2).is_err());
/// ```
pub fn compare_with_original(sources: &[Source], original: usize) -> Result<Report, NotASource> {
    Ok(finish(Comparing::with_original(sources, Some(original))?))
}

/// A source index marked as the original that is not one of the sources compared.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotASource {
    /// The index given.
    pub index: usize,
    /// How many sources there are.
    pub sources: usize,
}

impl std::fmt::Display for NotASource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "the original must be one of the sources compared: source {} was marked, but there {} {}",
            self.index + 1,
            if self.sources == 1 { "is" } else { "are" },
            match self.sources {
                0 => "none".to_string(),
                1 => "only one".to_string(),
                n => format!("only {n}"),
            }
        )
    }
}

impl std::error::Error for NotASource {}

/// A comparison run one step at a time, for a caller that wants to do other work between
/// steps (the browser app lets the page update and shows progress). The steps are those of
/// [`compare`], in the same order on the same data, so the report is the same. No step is
/// bigger than one article, one cross-source analysis, or one share of the quote groups.
///
/// ```
/// use parallax_engine::{compare, Comparing, Progress, Source};
///
/// let sources = [
///     Source::new("a", "“It was a mistake,” she said."),
///     Source::new("b", "She called it “a mistake”."),
/// ];
/// let mut comparing = Comparing::new(&sources);
/// let report = loop {
///     let (done, total) = comparing.progress();
///     assert!(done < total);
///     match comparing.step() {
///         Progress::Working(next) => comparing = next, // yield to the page here
///         Progress::Done(report) => break report,
///     }
/// };
/// assert_eq!(report, compare(&sources));
/// ```
pub struct Comparing<'a> {
    sources: &'a [Source],
    /// The sources' texts and names, as the alignment takes them.
    texts: Vec<&'a str>,
    names: Vec<&'a str>,
    /// The sources read so far, in order.
    articles: Vec<Article>,
    /// The source marked as the original, checked to be one of `sources`.
    original: Option<usize>,
    phase: Phase<'a>,
}

/// Where a [`Comparing`] is. Invariant (kept by [`Comparing::settle`]): a `Framing` or
/// `Aligning` phase always has a step left.
enum Phase<'a> {
    /// Reading the sources one by one, keeping each one's body for the framing.
    Reading(Vec<Body<'a>>),
    Framing(Framing<'a>),
    Aligning {
        framed: Box<Framed>,
        aligner: Aligner,
    },
}

/// The work the next [`Comparing::step`] does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    /// Reading source `index` (from 0) of `total`: text, boilerplate, quotes, attribution.
    Reading {
        /// Which source (from 0).
        index: usize,
        /// How many sources.
        total: usize,
    },
    /// A step of the framing across sources: naming, claims, then each source's tables.
    Framing(FramingStep),
    /// A step of grouping and aligning quotes across sources; the report is ready after the
    /// last.
    Aligning(AlignStep),
}

/// What a [`Comparing::step`] leaves: more work, or the finished report.
pub enum Progress<'a> {
    /// Steps are left: call [`Comparing::step`] on this again.
    Working(Comparing<'a>),
    /// The comparison is finished.
    Done(Report),
}

/// What the framing stage hands to the alignment stage.
struct Framed {
    summaries: Vec<SourceSummary>,
    quotes: Vec<QuoteRecord>,
    indirect: Vec<IndirectRecord>,
    framing: FramingReport,
}

impl<'a> Comparing<'a> {
    /// A comparison of `sources` with nothing done yet.
    pub fn new(sources: &'a [Source]) -> Self {
        let mut comparing = Comparing {
            sources,
            texts: sources.iter().map(|s| s.text.as_str()).collect(),
            names: sources.iter().map(|s| s.name.as_str()).collect(),
            articles: Vec::with_capacity(sources.len()),
            original: None,
            phase: Phase::Reading(Vec::with_capacity(sources.len())),
        };
        comparing.settle();
        comparing
    }

    /// A comparison of `sources` with source `original` (if any) marked as the original the
    /// others quote (see [`compare_with_original`]); an error when it is not one of them.
    pub fn with_original(
        sources: &'a [Source],
        original: Option<usize>,
    ) -> Result<Self, NotASource> {
        if let Some(index) = original.filter(|&i| i >= sources.len()) {
            return Err(NotASource {
                index,
                sources: sources.len(),
            });
        }
        let mut comparing = Comparing::new(sources);
        comparing.original = original;
        Ok(comparing)
    }

    /// What the next step will do.
    pub fn stage(&self) -> Stage {
        match &self.phase {
            Phase::Reading(_) => Stage::Reading {
                index: self.articles.len(),
                total: self.sources.len(),
            },
            Phase::Framing(framing) => {
                Stage::Framing(framing.next_step().unwrap_or(FramingStep::Naming))
            }
            Phase::Aligning { aligner, .. } => {
                Stage::Aligning(aligner.next_step().unwrap_or(AlignStep::Paraphrasing))
            }
        }
    }

    /// Steps done and steps in all: one per source read, two across sources and one per
    /// source for the framing, then grouping, one per source's share of the groups, and
    /// paraphrases. The total is known from the start.
    pub fn progress(&self) -> (usize, usize) {
        let n = self.sources.len();
        let parts = alignment_parts(n);
        let done = match self.stage() {
            Stage::Reading { index, .. } => index,
            Stage::Framing(FramingStep::Naming) => n,
            Stage::Framing(FramingStep::Claims) => n + 1,
            Stage::Framing(FramingStep::Source { index, .. }) => n + 2 + index,
            Stage::Aligning(AlignStep::Grouping) => 2 * n + 2,
            Stage::Aligning(AlignStep::Aligning { index, .. }) => 2 * n + 3 + index,
            Stage::Aligning(AlignStep::Paraphrasing) => 2 * n + 3 + parts,
        };
        (done, 2 * n + 4 + parts)
    }

    /// Does the work of [`Self::stage`].
    pub fn step(mut self) -> Progress<'a> {
        let sources: &'a [Source] = self.sources;
        self.phase = match std::mem::replace(&mut self.phase, Phase::Reading(Vec::new())) {
            Phase::Reading(mut bodies) => {
                if let Some(source) = sources.get(self.articles.len()) {
                    let article = Article::read(&source.text, &source.overrides);
                    bodies.push(Body::new(&source.text, &article));
                    self.articles.push(article);
                }
                Phase::Reading(bodies)
            }
            Phase::Framing(mut framing) => {
                framing.step(&self.articles);
                Phase::Framing(framing)
            }
            Phase::Aligning {
                framed,
                mut aligner,
            } => {
                let inputs = Inputs {
                    texts: &self.texts,
                    names: &self.names,
                    articles: &self.articles,
                    original: self.original,
                };
                aligner.step(&inputs, &framed.framing.naming);
                if aligner.next_step().is_none() {
                    let aligned = aligner.finish(&inputs, &framed.framing.naming);
                    return Progress::Done(framed.into_report(aligned, self.original));
                }
                Phase::Aligning { framed, aligner }
            }
        };
        self.settle();
        Progress::Working(self)
    }

    /// Moves to the next phase when the current one has no step left.
    fn settle(&mut self) {
        let placeholder = || Phase::Reading(Vec::new());
        loop {
            self.phase = match std::mem::replace(&mut self.phase, placeholder()) {
                Phase::Reading(bodies) if self.articles.len() >= self.sources.len() => {
                    Phase::Framing(Framing::new(bodies))
                }
                Phase::Framing(framing) if framing.next_step().is_none() => Phase::Aligning {
                    framed: Box::new(frame(self.sources, &self.articles, framing)),
                    aligner: Aligner::new(alignment_parts(self.sources.len())),
                },
                phase => {
                    self.phase = phase;
                    return;
                }
            };
        }
    }
}

impl Framed {
    /// The whole report, with the alignment's groups and paraphrases.
    fn into_report(self, aligned: Alignment, original: Option<usize>) -> Report {
        let mut quotes = self.quotes;
        speakers::from_groups(&mut quotes, &aligned.groups);
        speakers::assign_ids(&mut quotes, &self.framing.naming);
        Report {
            version: REPORT_VERSION,
            sources: self.summaries,
            quotes,
            quote_groups: aligned.groups,
            indirect: self.indirect,
            framing: self.framing,
            paraphrases: aligned.paraphrases,
            original,
        }
    }
}

/// Runs every step left.
fn finish(mut comparing: Comparing) -> Report {
    loop {
        match comparing.step() {
            Progress::Working(next) => comparing = next,
            Progress::Done(report) => return report,
        }
    }
}

/// In how many steps the quote groups are aligned: one per source, so a step's share of the
/// work stays about the same as the number of sources grows.
fn alignment_parts(sources: usize) -> usize {
    sources.max(1)
}

/// The per-source records and the framing report.
fn frame(sources: &[Source], articles: &[Article], framing: Framing) -> Framed {
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
    let indirect = sources
        .iter()
        .zip(articles)
        .enumerate()
        .flat_map(|(index, (source, article))| indirect_records(index, source, article))
        .collect();
    Framed {
        summaries,
        quotes,
        indirect,
        framing: framing.finish(articles),
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
        .top_level_quotes()
        .enumerate()
        .map(move |(n, (i, q))| {
            let a = q.attribution.as_ref();
            let mut record = QuoteRecord {
                id: quote_id(index, n),
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
                speaker_id: None,
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
                id: indirect_id(index, n),
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The stages `Comparing` reports, in order, and the report it ends with.
    fn run(sources: &[Source]) -> (Vec<Stage>, Report) {
        let mut stages = Vec::new();
        let mut comparing = Comparing::new(sources);
        loop {
            stages.push(comparing.stage());
            match comparing.step() {
                Progress::Working(next) => comparing = next,
                Progress::Done(report) => return (stages, report),
            }
        }
    }

    /// The stages of a comparison of `n` sources, in order.
    fn expected_stages(n: usize) -> Vec<Stage> {
        let parts = n.max(1);
        let mut stages: Vec<Stage> = (0..n)
            .map(|index| Stage::Reading { index, total: n })
            .collect();
        stages.push(Stage::Framing(FramingStep::Naming));
        stages.push(Stage::Framing(FramingStep::Claims));
        stages.extend((0..n).map(|index| Stage::Framing(FramingStep::Source { index, total: n })));
        stages.push(Stage::Aligning(AlignStep::Grouping));
        stages.extend((0..parts).map(|index| {
            Stage::Aligning(AlignStep::Aligning {
                index,
                total: parts,
            })
        }));
        stages.push(Stage::Aligning(AlignStep::Paraphrasing));
        stages
    }

    #[test]
    fn stages_read_each_source_then_frame_then_align() {
        let sources = vec![
            Source::new("A", "“We reject it,” the minister said on Monday."),
            Source::new("B", "The minister said: “We reject it.”"),
            Source::new("C", "No quotes here."),
        ];
        let (stages, report) = run(&sources);
        assert_eq!(stages, expected_stages(3));
        assert_eq!(report, compare(&sources));
        assert_eq!(report.sources.len(), 3);
        assert!(report.quote_groups.iter().any(|g| g.sources == vec![0, 1]));
    }

    #[test]
    fn progress_counts_one_step_per_stage_up_to_the_total() {
        let sources: Vec<Source> = (0..5)
            .map(|i| Source::new(format!("S{i}"), format!("“Words {i},” she said.")))
            .collect();
        let mut comparing = Comparing::new(&sources);
        let mut seen = Vec::new();
        loop {
            seen.push(comparing.progress());
            match comparing.step() {
                Progress::Working(next) => comparing = next,
                Progress::Done(_) => break,
            }
        }
        let total = seen[0].1;
        assert_eq!(seen.len(), total, "one step per unit of progress");
        for (i, &(done, all)) in seen.iter().enumerate() {
            assert_eq!((done, all), (i, total));
        }
    }

    #[test]
    fn each_reading_stage_reads_one_source_as_article_read_does() {
        let sources = vec![Source::new("A", "He said “yes”."), Source::new("B", "")];
        let mut comparing = Comparing::new(&sources);
        for (i, source) in sources.iter().enumerate() {
            comparing = match comparing.step() {
                Progress::Working(next) => next,
                Progress::Done(_) => panic!("done before reading every source"),
            };
            assert_eq!(comparing.articles.len(), i + 1);
            assert_eq!(comparing.articles[i], Article::read(&source.text, &[]));
        }
        assert_eq!(comparing.stage(), Stage::Framing(FramingStep::Naming));
    }

    #[test]
    fn no_sources_frame_and_align_nothing() {
        let (stages, report) = run(&[]);
        assert_eq!(stages, expected_stages(0));
        assert!(report.sources.is_empty() && report.quote_groups.is_empty());
    }
}

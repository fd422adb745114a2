//! Shared quotes across sources: which quotations come from the same utterance, and how each
//! version lines up word by word with the fullest one.
//!
//! - [`words`]: a quotation's words with byte spans and comparison keys (case, apostrophes,
//!   British/American spelling folded);
//! - [`speakers`]: whether two quotations' speakers can be the same, from the naming table;
//! - [`group`]: utterance groups, from an index of word shingles (never all pairs);
//! - [`diff`]: each member against its group's reference (the `similar` crate);
//! - [`table`]: the multi-way alignment table of a group;
//! - [`original`]: the passage of a source marked as the original that a group comes from;
//! - [`paraphrase`]: a quotation of one source said in another source's own words.
//!
//! This module works on the articles as read (their top-level quotations and attributions) and
//! the framing's naming table, and writes the report's group and paraphrase records; it does not
//! find quotations or speakers (see `read`) and does not judge framing.

mod bounds;
pub mod diff;
pub mod group;
mod item;
mod neighbours;
pub mod original;
pub mod paraphrase;
mod runs;
mod short;
pub mod speakers;
pub mod table;
mod union_find;
mod versions;
mod word_index;
pub mod words;

use crate::report::NamedActor;
use std::collections::BTreeMap;

use crate::hash::{self, FastMap};
use crate::read::article::Article;
use crate::read::attribution::Attribution;
use crate::report::{
    quote_id, CoverageRecord, MemberAlignment, OriginalReference, ParaphraseRecord,
    QuoteGroupRecord, SegmentOp, TextRange,
};
use crate::span::Span;
use diff::{Side, WordOp};
use original::OriginalIndex;
use speakers::{Signature, SpeakerNames};
use words::Word;

/// Versions of one group looked up as paraphrases (the work per group stays bounded).
const PARAPHRASE_VERSIONS: usize = 8;
/// Groups of three members or more get a multi-way table.
const TABLE_MEMBERS: usize = 3;
/// ... and of at most this many: a table's cells grow with its rows times its columns (the
/// reference's words and every member's insertions), and a table of more rows than this is no
/// reading aid; each member's alignment to the reference is still reported. So the tables
/// stay proportional to the quoted words however large a group grows.
const TABLE_MAX_MEMBERS: usize = 64;

/// The alignment part of the report.
pub struct Alignment {
    pub groups: Vec<QuoteGroupRecord>,
    pub paraphrases: Vec<ParaphraseRecord>,
}

/// The sources as the alignment needs them: texts, names (for order-free tie-breaks), the
/// articles as read, and which source (if any) is the original the groups are aligned against.
pub struct Inputs<'a> {
    pub texts: &'a [&'a str],
    pub names: &'a [&'a str],
    pub articles: &'a [Article],
    /// A source index below `texts.len()` (the pipeline checks it; one out of range is no
    /// original).
    pub original: Option<usize>,
}

/// One top-level quotation as the alignment reads it: which source, which quotation of that
/// source's article, and its id in the report.
struct Quote {
    id: String,
    source: usize,
    /// Index into the article's `quotes`.
    index: usize,
}

impl Quote {
    /// Every top-level quotation of `articles`, in source then text order, with the report's ids.
    fn all(articles: &[Article]) -> Vec<Quote> {
        articles
            .iter()
            .enumerate()
            .flat_map(|(source, article)| {
                article
                    .top_level_quotes()
                    .enumerate()
                    .map(move |(n, (index, _))| Quote {
                        id: quote_id(source, n),
                        source,
                        index,
                    })
            })
            .collect()
    }

    fn span(&self, inputs: &Inputs) -> Span {
        inputs.articles[self.source].quotes[self.index].span
    }

    fn attribution<'i>(&self, inputs: &'i Inputs) -> Option<&'i Attribution> {
        inputs.articles[self.source].quotes[self.index]
            .attribution
            .as_ref()
    }

    /// The fullest name of the speaker, as the report's quote record gives it.
    fn speaker<'i>(&self, inputs: &'i Inputs) -> Option<&'i str> {
        self.attribution(inputs)
            .map(|a| a.best_speaker())
            .filter(|s| !s.is_empty())
    }

    /// The speaker as written next to the quote.
    fn speaker_as_written<'i>(&self, inputs: &'i Inputs) -> Option<&'i str> {
        self.attribution(inputs)
            .map(|a| a.speaker.as_str())
            .filter(|s| !s.is_empty())
    }
}

/// The work the next [`Aligner::step`] does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AlignStep {
    /// Words, speaker signatures and utterance groups of every quotation.
    Grouping,
    /// Aligning the members of part `index` (from 0) of `total` of the groups.
    Aligning {
        /// Which part (from 0).
        index: usize,
        /// How many parts.
        total: usize,
    },
    /// Finding quotations said in another source's own words.
    Paraphrasing,
}

/// The alignment one step at a time, for a caller that yields between steps; [`align`] runs
/// them all. Every step takes the same inputs, quotes and naming table; the result does not
/// depend on how many parts the groups are aligned in.
pub struct Aligner {
    parts: usize,
    state: AlignState,
}

enum AlignState {
    Start,
    Grouped {
        prepared: Prepared,
        built: Vec<QuoteGroupRecord>,
        parts_done: usize,
    },
    Done(Alignment),
}

/// What grouping leaves for the later steps.
struct Prepared {
    /// Every top-level quotation, in source then text order.
    quotes: Vec<Quote>,
    words: Vec<Vec<Word>>,
    signatures: Vec<Signature>,
    sort_keys: Vec<String>,
    /// Members of each group, in report order.
    groups: Vec<Vec<usize>>,
    /// The original's words, indexed once, when a source is marked as the original.
    original: Option<Box<OriginalIndex>>,
}

impl Aligner {
    /// An alignment whose groups are aligned in `parts` steps (at least one).
    pub fn new(parts: usize) -> Self {
        Aligner {
            parts: parts.max(1),
            state: AlignState::Start,
        }
    }

    /// What the next step will do, or `None` once every step has run.
    pub fn next_step(&self) -> Option<AlignStep> {
        match &self.state {
            AlignState::Start => Some(AlignStep::Grouping),
            AlignState::Grouped { parts_done, .. } if *parts_done < self.parts => {
                Some(AlignStep::Aligning {
                    index: *parts_done,
                    total: self.parts,
                })
            }
            AlignState::Grouped { .. } => Some(AlignStep::Paraphrasing),
            AlignState::Done(_) => None,
        }
    }

    /// Does the work of [`Self::next_step`]; nothing once every step has run.
    pub fn step(&mut self, inputs: &Inputs, naming: &[NamedActor]) {
        self.state = match std::mem::replace(&mut self.state, AlignState::Start) {
            AlignState::Start => AlignState::Grouped {
                prepared: prepare(inputs, naming),
                built: Vec::new(),
                parts_done: 0,
            },
            AlignState::Grouped {
                prepared,
                mut built,
                parts_done,
            } if parts_done < self.parts => {
                let range = part(prepared.groups.len(), parts_done, self.parts);
                for n in range {
                    built.push(build_group(n, &prepared, inputs));
                }
                AlignState::Grouped {
                    prepared,
                    built,
                    parts_done: parts_done + 1,
                }
            }
            AlignState::Grouped {
                prepared, built, ..
            } => {
                let found = paraphrases(
                    inputs,
                    &prepared.quotes,
                    &prepared.words,
                    &prepared.groups,
                    &built,
                );
                AlignState::Done(Alignment {
                    groups: built,
                    paraphrases: found,
                })
            }
            done @ AlignState::Done(_) => done,
        };
    }

    /// The alignment, running whatever steps are left first.
    pub fn finish(mut self, inputs: &Inputs, naming: &[NamedActor]) -> Alignment {
        loop {
            if let AlignState::Done(alignment) = self.state {
                return alignment;
            }
            self.step(inputs, naming);
        }
    }
}

/// The groups of part `index` of `parts` of `groups` groups: contiguous, sizes differing by at
/// most one, together covering every group once.
fn part(groups: usize, index: usize, parts: usize) -> std::ops::Range<usize> {
    let bound = |i: usize| groups * i / parts;
    bound(index)..bound(index + 1)
}

/// Words, speaker signatures, tie-break keys and the groups in report order (most sources,
/// then most members, then earliest quote first).
fn prepare(inputs: &Inputs, naming: &[NamedActor]) -> Prepared {
    let quotes = Quote::all(inputs.articles);
    let words: Vec<Vec<Word>> = quotes
        .iter()
        .map(|q| words::words_of(inputs.texts[q.source], q.span(inputs)))
        .collect();
    let names = SpeakerNames::new(naming);
    // A signature is the union of its names' signatures; most speakers recur, so each
    // distinct name is read against the naming table once.
    let mut by_name: FastMap<&str, Signature> = hash::map();
    let signatures: Vec<Signature> = quotes
        .iter()
        .map(|q| {
            let mut signature = Signature::default();
            for name in [q.speaker(inputs), q.speaker_as_written(inputs)]
                .into_iter()
                .flatten()
            {
                signature.extend(
                    by_name
                        .entry(name)
                        .or_insert_with(|| names.signature([name])),
                );
            }
            signature
        })
        .collect();
    let sort_keys: Vec<String> = quotes
        .iter()
        .map(|q| {
            let text = q.span(inputs).slice(inputs.texts[q.source]);
            format!("{}\u{0}{}", text, inputs.names[q.source])
        })
        .collect();
    // Pieces of one quotation printed over several paragraphs (each but the last left open)
    // share the index of the first piece.
    let mut quotation = Vec::with_capacity(quotes.len());
    for (i, q) in quotes.iter().enumerate() {
        let continues = i > 0 && quotes[i - 1].source == q.source && {
            let before = &quotes[i - 1];
            inputs.articles[before.source].quotes[before.index]
                .close_mark
                .is_none()
        };
        quotation.push(if continues { quotation[i - 1] } else { i });
    }
    let places: Vec<(usize, usize)> = quotes
        .iter()
        .map(|q| {
            let model = &inputs.articles[q.source].model;
            let at = q.span(inputs).start;
            (
                model.paragraph_at(at).unwrap_or(usize::MAX),
                model.sentence_at(at).unwrap_or(usize::MAX),
            )
        })
        .collect();
    // Where each quotation's later sentences start, by the article's own sentences.
    let sentences: Vec<Vec<usize>> = (quotes.iter().zip(&words))
        .map(|(q, words)| words::sentence_starts(words, &inputs.articles[q.source].model))
        .collect();
    let items: Vec<group::Item> = (0..quotes.len())
        .map(|i| group::Item {
            sentences: &sentences[i],
            paragraph: places[i].0,
            sentence: places[i].1,
            words: &words[i],
            signature: &signatures[i],
            sort_key: &sort_keys[i],
            source: quotes[i].source,
            quotation: quotation[i],
        })
        .collect();
    let mut groups = group::group(&items);
    groups.sort_by_key(|g| {
        let sources = distinct_sources(&quotes, g).len();
        (std::cmp::Reverse(sources), std::cmp::Reverse(g.len()), g[0])
    });
    let original = inputs
        .original
        .filter(|&o| o < inputs.texts.len() && o < inputs.articles.len())
        .map(|o| {
            Box::new(OriginalIndex::new(
                o,
                inputs.texts[o],
                &inputs.articles[o].model,
            ))
        });
    Prepared {
        quotes,
        words,
        signatures,
        sort_keys,
        groups,
        original,
    }
}

fn distinct_sources(quotes: &[Quote], members: &[usize]) -> Vec<usize> {
    let mut s: Vec<usize> = members.iter().map(|&m| quotes[m].source).collect();
    s.sort_unstable();
    s.dedup();
    s
}

/// The member with most words; on a tie the smallest tie-break key.
fn reference_of(members: &[usize], words: &[Vec<Word>], sort_keys: &[String]) -> usize {
    *members
        .iter()
        .max_by(|&&a, &&b| {
            words[a]
                .len()
                .cmp(&words[b].len())
                .then_with(|| sort_keys[b].cmp(&sort_keys[a]))
        })
        .expect("a group has members")
}

/// What a group's members are aligned against: the words of a member (the reference quote) or
/// of a passage of the original.
struct Against<'w> {
    /// The group's reference member.
    member: usize,
    reference: Side<'w>,
    original: Option<OriginalReference>,
}

/// The group's reference and what its members are aligned against. Without an original, the
/// fullest member. With one: the original's own quotation when it is a member, else the passage
/// of the original the versions come from (see [`original`]), else the fullest member, saying
/// that no passage was found.
fn against<'w>(members: &[usize], prepared: &'w Prepared, inputs: &'w Inputs) -> Against<'w> {
    let Prepared {
        quotes,
        words,
        sort_keys,
        ..
    } = prepared;
    let fullest = reference_of(members, words, sort_keys);
    let side_of = |m: usize| Side {
        text: inputs.texts[quotes[m].source],
        words: &words[m],
    };
    let Some(index) = &prepared.original else {
        return Against {
            member: fullest,
            reference: side_of(fullest),
            original: None,
        };
    };
    let source = index.source;
    let own: Vec<usize> = members
        .iter()
        .copied()
        .filter(|&m| quotes[m].source == source)
        .collect();
    if !own.is_empty() {
        let r = reference_of(&own, words, sort_keys);
        let span = quotes[r].span(inputs);
        return Against {
            member: r,
            reference: side_of(r),
            original: Some(OriginalReference::Quote {
                source,
                quote: quotes[r].id.clone(),
                start: span.start,
                end: span.end,
                text: span.slice(inputs.texts[source]).to_string(),
            }),
        };
    }
    let not_found = Against {
        member: fullest,
        reference: side_of(fullest),
        original: Some(OriginalReference::NotFound { source }),
    };
    let Some((from, to, matched)) = passage_of(members, fullest, index, words) else {
        return not_found;
    };
    let passage = index.words(from, to);
    let (Some(first), Some(last)) = (passage.first(), passage.last()) else {
        return not_found;
    };
    let span = Span::new(first.span.start, last.span.end);
    Against {
        member: fullest,
        reference: Side {
            text: inputs.texts[source],
            words: passage,
        },
        original: Some(OriginalReference::Passage {
            source,
            start: span.start,
            end: span.end,
            text: span.slice(inputs.texts[source]).to_string(),
            matched,
        }),
    }
}

/// The original's passage (word indices `from..to`) that the group's versions come from and
/// the share of the fullest version's words found there (see [`OriginalIndex::passage_for`]):
/// the fullest version first, then the others, longest first.
fn passage_of(
    members: &[usize],
    fullest: usize,
    index: &OriginalIndex,
    words: &[Vec<Word>],
) -> Option<(usize, usize, f64)> {
    // Longest first (lengths counted down from the most there can be), then member order.
    let mut by_length: Vec<(usize, usize)> = members
        .iter()
        .filter(|&&m| m != fullest)
        .map(|&m| (usize::MAX - words[m].len(), m))
        .collect();
    by_length.sort_unstable();
    let others = by_length.iter().map(|&(_, m)| words[m].as_slice());
    index.passage_for(&words[fullest], others, PARAPHRASE_VERSIONS)
}

/// The record of group `n` of `prepared`: each member aligned to the group's reference.
fn build_group(n: usize, prepared: &Prepared, inputs: &Inputs) -> QuoteGroupRecord {
    let Prepared {
        quotes,
        words,
        signatures,
        groups,
        ..
    } = prepared;
    let members = groups[n].as_slice();
    let Against {
        member: r,
        reference,
        original,
    } = against(members, prepared, inputs);
    let ops = member_ops(members, reference.words, words);
    let alignment = members
        .iter()
        .zip(&ops)
        .map(|(&m, ops)| {
            let q = &quotes[m];
            let member = Side {
                text: inputs.texts[q.source],
                words: &words[m],
            };
            let a = q.attribution(inputs);
            let non_empty = |s: &str| (!s.is_empty()).then(|| s.to_string());
            MemberAlignment {
                quote: q.id.clone(),
                source: q.source,
                speaker: q.speaker(inputs).map(str::to_string),
                verb: a.and_then(|a| non_empty(&a.verb)),
                verb_lemma: a.and_then(|a| non_empty(&a.verb_lemma)),
                verb_category: a.and_then(|a| a.verb_category),
                fidelity: diff::fidelity(ops, words[m].len()),
                segments: diff::segments_of(ops, reference, member),
            }
        })
        .collect();
    let sources = distinct_sources(quotes, members);
    let coverage = sources
        .iter()
        .map(|&s| coverage(s, reference, members, &ops, quotes))
        .collect();
    let table = (TABLE_MEMBERS..=TABLE_MAX_MEMBERS)
        .contains(&members.len())
        .then(|| {
            let rows: Vec<table::TableMember> = members
                .iter()
                .zip(&ops)
                .map(|(&m, ops)| table::TableMember {
                    quote: &quotes[m].id,
                    source: quotes[m].source,
                    text: inputs.texts[quotes[m].source],
                    words: &words[m],
                    ops,
                })
                .collect();
            table::table(reference.words.len(), &rows)
        });
    let mut speakers: Vec<String> = Vec::new();
    for &m in members {
        if let Some(s) = quotes[m].speaker(inputs) {
            if !speakers.iter().any(|known| known == s) {
                speakers.push(s.to_string());
            }
        }
    }
    QuoteGroupRecord {
        id: format!("g{n}"),
        members: members.iter().map(|&m| quotes[m].id.clone()).collect(),
        reference: quotes[r].id.clone(),
        speaker: group_speaker(r, members, &Speakers { quotes, inputs }, signatures, words),
        speakers,
        sources,
        alignment,
        coverage,
        table,
        original,
    }
}

/// Each member's word operations against the reference's words. The operations depend only on the
/// two wordings (word keys), so members worded alike share one diff: a statement reprinted by
/// many outlets, or a page that repeats a line, costs one diff per wording, not per member.
fn member_ops(members: &[usize], reference: &[Word], words: &[Vec<Word>]) -> Vec<Vec<WordOp>> {
    let mut by_wording: FastMap<Vec<&str>, usize> = hash::map();
    let mut ops: Vec<Vec<WordOp>> = Vec::with_capacity(members.len());
    for (k, &m) in members.iter().enumerate() {
        let wording: Vec<&str> = words[m].iter().map(|w| w.key.as_str()).collect();
        let done = by_wording.get(&wording).copied();
        match done {
            Some(first) => {
                let same = ops[first].clone();
                ops.push(same);
            }
            None => {
                by_wording.insert(wording, k);
                ops.push(diff::word_ops(reference, &words[m]));
            }
        }
    }
    ops
}

/// The speakers of the quotations, looked up by quotation index.
struct Speakers<'q, 'i> {
    quotes: &'q [Quote],
    inputs: &'q Inputs<'i>,
}

impl Speakers<'_, '_> {
    fn of(&self, m: usize) -> Option<&str> {
        self.quotes[m].speaker(self.inputs)
    }
}

/// The group's speaker: among speakers that name someone (an actor or a proper name, not "he"
/// or "the statement"), the one credited with most quoted words, the reference's on a tie;
/// else the reference's speaker; else the one credited with most words.
fn group_speaker(
    reference: usize,
    members: &[usize],
    quotes: &Speakers,
    signatures: &[Signature],
    words: &[Vec<Word>],
) -> Option<String> {
    let named: Vec<usize> = members
        .iter()
        .copied()
        .filter(|&m| !signatures[m].is_empty())
        .collect();
    most_named(&named, reference, quotes, words)
        .or_else(|| quotes.of(reference).map(str::to_string))
        .or_else(|| most_named(members, reference, quotes, words))
}

/// The speaker credited with most words over `members`; on a tie the reference's, then the
/// earliest.
fn most_named(
    members: &[usize],
    reference: usize,
    quotes: &Speakers,
    words: &[Vec<Word>],
) -> Option<String> {
    let mut counts: BTreeMap<&str, (usize, bool, usize)> = BTreeMap::new();
    for (order, &m) in members.iter().enumerate() {
        if let Some(s) = quotes.of(m) {
            let e = counts.entry(s).or_insert((0, false, order));
            e.0 += words[m].len();
            e.1 |= m == reference;
        }
    }
    counts
        .into_iter()
        .max_by_key(|(_, (count, is_reference, first))| {
            (*count, *is_reference, std::cmp::Reverse(*first))
        })
        .map(|(s, _)| s.to_string())
}

/// Which reference words source `s` quotes, over all its members.
fn coverage(
    s: usize,
    reference: Side,
    members: &[usize],
    ops: &[Vec<WordOp>],
    quotes: &[Quote],
) -> CoverageRecord {
    let total = reference.words.len();
    let mut covered = vec![false; total];
    for (&m, ops) in members.iter().zip(ops) {
        if quotes[m].source != s {
            continue;
        }
        for op in ops {
            if matches!(op.op, SegmentOp::Equal | SegmentOp::Changed) {
                covered[op.reference.0..op.reference.1].fill(true);
            }
        }
    }
    let mut ranges = Vec::new();
    let mut i = 0;
    while i < total {
        if !covered[i] {
            i += 1;
            continue;
        }
        let start = i;
        while i < total && covered[i] {
            i += 1;
        }
        let span = Span::new(
            reference.words[start].span.start,
            reference.words[i - 1].span.end,
        );
        ranges.push(TextRange {
            start: span.start,
            end: span.end,
            text: span.slice(reference.text).to_string(),
        });
    }
    let quoted = covered.iter().filter(|&&c| c).count();
    CoverageRecord {
        source: s,
        ranges,
        words_quoted: quoted,
        words_total: total,
        fraction: if total == 0 {
            1.0
        } else {
            quoted as f64 / total as f64
        },
    }
}

/// `m` itself when it is the group's reference, otherwise a different index (for sorting).
fn record_reference(record: &QuoteGroupRecord, quotes: &[Quote], m: usize) -> usize {
    if quotes[m].id == record.reference {
        m
    } else {
        usize::MAX
    }
}

fn paraphrases(
    inputs: &Inputs,
    quotes: &[Quote],
    words: &[Vec<Word>],
    groups: &[Vec<usize>],
    built: &[QuoteGroupRecord],
) -> Vec<ParaphraseRecord> {
    let wanted: Vec<paraphrase::Wanted> = groups
        .iter()
        .zip(built)
        .enumerate()
        .flat_map(|(g, (members, record))| {
            // The reference, then the longest other versions, each wording once.
            let mut by_length: Vec<usize> = members.to_vec();
            by_length.sort_by_key(|&m| {
                (
                    m != record_reference(record, quotes, m),
                    std::cmp::Reverse(words[m].len()),
                    m,
                )
            });
            let mut distinct: Vec<usize> = Vec::new();
            for &m in by_length.iter() {
                if distinct.len() == PARAPHRASE_VERSIONS {
                    break;
                }
                let same = |&d: &usize| {
                    words[d]
                        .iter()
                        .map(|w| &w.key)
                        .eq(words[m].iter().map(|w| &w.key))
                };
                if !distinct.iter().any(same) {
                    distinct.push(m);
                }
            }
            distinct.into_iter().map(move |m| paraphrase::Wanted {
                quote: m,
                source: quotes[m].source,
                words: &words[m],
                group: g,
                quoted_in: &record.sources,
            })
        })
        .collect();
    paraphrase::find(inputs.texts, inputs.articles, &wanted)
        .into_iter()
        .enumerate()
        .map(|(n, f)| ParaphraseRecord {
            id: format!("p{n}"),
            source: f.source,
            start: f.span.start,
            end: f.span.end,
            text: f.span.slice(inputs.texts[f.source]).to_string(),
            quote: quotes[f.quote].id.clone(),
            group: built[f.group].id.clone(),
            similarity: f.similarity,
        })
        .collect()
}

#[cfg(test)]
mod tests;

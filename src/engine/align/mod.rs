//! Shared quotes across sources: which quotations come from the same utterance, and how each
//! version lines up word by word with the fullest one.
//!
//! - [`words`]: a quotation's words with byte spans and comparison keys (case, apostrophes,
//!   British/American spelling folded);
//! - [`speakers`]: whether two quotations' speakers can be the same, from the naming table;
//! - [`group`]: utterance groups, from an index of word shingles (never all pairs);
//! - [`diff`]: each member against its group's reference (the `similar` crate);
//! - [`table`]: the multi-way alignment table of a group;
//! - [`paraphrase`]: a quotation of one source said in another source's own words.
//!
//! This module works on the report's quote records and the articles as read; it does not find
//! quotations or speakers (see `quotes`, `attribution`) and does not judge framing.

pub mod diff;
pub mod group;
pub mod paraphrase;
pub mod speakers;
pub mod table;
pub mod words;

use std::collections::BTreeMap;

use super::article::Article;
use super::framing::naming::NamedActor;
use super::hash::{self, FastMap};
use super::report::{
    CoverageRecord, MemberAlignment, ParaphraseRecord, QuoteGroupRecord, QuoteRecord, SegmentOp,
    TextRange,
};
use super::span::Span;
use diff::{Side, WordOp};
use speakers::{Signature, SpeakerNames};
use words::Word;

/// Versions of one group looked up as paraphrases (the work per group stays bounded).
const PARAPHRASE_VERSIONS: usize = 8;
/// Groups of three members or more get a multi-way table.
const TABLE_MEMBERS: usize = 3;

/// The alignment part of the report.
pub struct Alignment {
    pub groups: Vec<QuoteGroupRecord>,
    pub paraphrases: Vec<ParaphraseRecord>,
}

/// The sources as the alignment needs them: texts, names (for order-free tie-breaks) and the
/// articles as read.
pub struct Inputs<'a> {
    pub texts: &'a [&'a str],
    pub names: &'a [&'a str],
    pub articles: &'a [Article],
}

/// Groups and aligns `quotes` (the report's, in source then text order).
pub fn align(inputs: &Inputs, quotes: &[QuoteRecord], naming: &[NamedActor]) -> Alignment {
    let words: Vec<Vec<Word>> = quotes
        .iter()
        .map(|q| words::words_of(inputs.texts[q.source], Span::new(q.start, q.end)))
        .collect();
    let names = SpeakerNames::new(naming);
    // A signature is the union of its names' signatures; most speakers recur, so each
    // distinct name is read against the naming table once.
    let mut by_name: FastMap<&str, Signature> = hash::map();
    let signatures: Vec<Signature> = quotes
        .iter()
        .map(|q| {
            let mut signature = Signature::default();
            for name in [q.speaker.as_deref(), q.speaker_as_written.as_deref()]
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
        .map(|q| format!("{}\u{0}{}", q.text, inputs.names[q.source]))
        .collect();
    let items: Vec<group::Item> = (0..quotes.len())
        .map(|i| group::Item {
            words: &words[i],
            signature: &signatures[i],
            sort_key: &sort_keys[i],
        })
        .collect();
    let mut groups = group::group(&items);
    groups.sort_by_key(|g| {
        let sources = distinct_sources(quotes, g).len();
        (std::cmp::Reverse(sources), std::cmp::Reverse(g.len()), g[0])
    });
    let built: Vec<QuoteGroupRecord> = groups
        .iter()
        .enumerate()
        .map(|(n, g)| build_group(n, g, inputs, quotes, &words, &sort_keys, &signatures))
        .collect();
    let paraphrases = paraphrases(inputs, quotes, &words, &groups, &built);
    Alignment {
        groups: built,
        paraphrases,
    }
}

fn distinct_sources(quotes: &[QuoteRecord], members: &[usize]) -> Vec<usize> {
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

fn build_group(
    n: usize,
    members: &[usize],
    inputs: &Inputs,
    quotes: &[QuoteRecord],
    words: &[Vec<Word>],
    sort_keys: &[String],
    signatures: &[Signature],
) -> QuoteGroupRecord {
    let r = reference_of(members, words, sort_keys);
    let reference = Side {
        text: inputs.texts[quotes[r].source],
        words: &words[r],
    };
    let ops: Vec<Vec<WordOp>> = members
        .iter()
        .map(|&m| diff::word_ops(&words[r], &words[m]))
        .collect();
    let alignment = members
        .iter()
        .zip(&ops)
        .map(|(&m, ops)| {
            let q = &quotes[m];
            let member = Side {
                text: inputs.texts[q.source],
                words: &words[m],
            };
            MemberAlignment {
                quote: q.id.clone(),
                source: q.source,
                speaker: q.speaker.clone(),
                verb: q.verb.clone(),
                verb_lemma: q.verb_lemma.clone(),
                verb_category: q.verb_category,
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
    let table = (members.len() >= TABLE_MEMBERS).then(|| {
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
        table::table(words[r].len(), &rows)
    });
    let mut speakers: Vec<String> = Vec::new();
    for &m in members {
        if let Some(s) = &quotes[m].speaker {
            if !speakers.contains(s) {
                speakers.push(s.clone());
            }
        }
    }
    QuoteGroupRecord {
        id: format!("g{n}"),
        members: members.iter().map(|&m| quotes[m].id.clone()).collect(),
        reference: quotes[r].id.clone(),
        speaker: group_speaker(r, members, quotes, signatures, words),
        speakers,
        sources,
        alignment,
        coverage,
        table,
    }
}

/// The group's speaker: among speakers that name someone (an actor or a proper name, not "he"
/// or "the statement"), the one credited with most quoted words, the reference's on a tie;
/// else the reference's speaker; else the one credited with most words.
fn group_speaker(
    reference: usize,
    members: &[usize],
    quotes: &[QuoteRecord],
    signatures: &[Signature],
    words: &[Vec<Word>],
) -> Option<String> {
    let named: Vec<usize> = members
        .iter()
        .copied()
        .filter(|&m| !signatures[m].is_empty())
        .collect();
    most_named(&named, reference, quotes, words)
        .or_else(|| quotes[reference].speaker.clone())
        .or_else(|| most_named(members, reference, quotes, words))
}

/// The speaker credited with most words over `members`; on a tie the reference's, then the
/// earliest.
fn most_named(
    members: &[usize],
    reference: usize,
    quotes: &[QuoteRecord],
    words: &[Vec<Word>],
) -> Option<String> {
    let mut counts: BTreeMap<&str, (usize, bool, usize)> = BTreeMap::new();
    for (order, &m) in members.iter().enumerate() {
        if let Some(s) = &quotes[m].speaker {
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
    quotes: &[QuoteRecord],
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
fn record_reference(record: &QuoteGroupRecord, quotes: &[QuoteRecord], m: usize) -> usize {
    if quotes[m].id == record.reference {
        m
    } else {
        usize::MAX
    }
}

fn paraphrases(
    inputs: &Inputs,
    quotes: &[QuoteRecord],
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

//! Claim alignment: sentences in different sources that report the same fact, the facts only
//! one source gives, and the sources × claims coverage matrix.
//!
//! Each body sentence becomes a set of terms: stems of content words, numbers normalised to
//! their value ("5 million" → 5000000, "32-member" → 32), and actors from `naming` (so
//! "Pyongyang" and "North Korea" are one term). Terms are weighted by inverse sentence
//! frequency across all sources, and two sentences from different sources are compared by
//! the cosine of their weighted term sets. Candidate pairs come from an inverted index over
//! the rarer terms, so the work grows with shared vocabulary, not with all sentence pairs.
//! Sentences are linked when similar enough and each is among the other's best matches in its
//! source; linked sentences form a claim. This is word overlap, not understanding: a
//! paraphrase with no shared words is missed, and two facts about the same actors in similar
//! words may be joined.
//!
//! Cost: terms are interned once (borrowed strings, no copies per token) and carried as sorted
//! id lists; every index is a dense vector by term id. Postings hold only terms in at most
//! `2·√n` sentences. A list of up to 65 sentences is walked whole; in a longer one (the words
//! of a quotation fifty sources repeat) each sentence meets only the next 64, in an order that
//! keeps sentences with the same rare terms together, so the work is linear in the number of
//! sentences however many share a word. A repeated fact stays one claim (its sentences meet
//! their neighbours, which chain them); what this can miss is a pair that shares only terms of
//! long lists and lies far apart in all of them. A pair that meets is scored exactly (its
//! common terms merged from short lists) only when a cheap bound says it could clear its
//! threshold.

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;

use serde::{Deserialize, Serialize};

use super::body::{Body, Case, Token};
use super::naming::SourceMentions;
use crate::hash::{self, FastMap};
use crate::lexicon::function_words::is_function_word;
use crate::span::Span;

/// Two sentences from different sources with at least this cosine may report one claim.
pub const LINK_THRESHOLD: f64 = 0.30;
/// Two sentences of one source this similar repeat one claim (reprints often do).
pub const REPEAT_THRESHOLD: f64 = 0.55;

/// A term of a sentence.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Term {
    Word(String),
    Number(String),
    Actor(String),
}

/// Terms of one sentence, with the tokens that carry each.
#[derive(Clone, Debug, Default)]
struct SentenceTerms {
    /// Term ids, sorted, unique.
    terms: Vec<u32>,
    /// Every carrier: a term id and the token range that carries it, sorted by term id, then
    /// in text order.
    carriers: Vec<(u32, Range<usize>)>,
}

impl SentenceTerms {
    /// The token ranges that carry term `t`, in text order.
    fn carriers_of(&self, t: u32) -> impl Iterator<Item = &Range<usize>> + '_ {
        let from = self.carriers.partition_point(|(id, _)| *id < t);
        self.carriers[from..]
            .iter()
            .take_while(move |(id, _)| *id == t)
            .map(|(_, r)| r)
    }

    fn has(&self, t: u32) -> bool {
        self.terms.binary_search(&t).is_ok()
    }
}

/// Term ids in order of first use, with the terms; words and actors are keyed by the strings
/// the bodies and mentions already hold.
#[derive(Default)]
struct Interner<'a> {
    words: FastMap<&'a str, u32>,
    actors: FastMap<&'a str, u32>,
    numbers: FastMap<String, u32>,
    kinds: Vec<Term>,
}

impl<'a> Interner<'a> {
    fn word(&mut self, w: &'a str) -> u32 {
        let next = self.kinds.len() as u32;
        *self.words.entry(w).or_insert_with(|| {
            self.kinds.push(Term::Word(w.to_string()));
            next
        })
    }

    fn actor(&mut self, key: &'a str) -> u32 {
        let next = self.kinds.len() as u32;
        *self.actors.entry(key).or_insert_with(|| {
            self.kinds.push(Term::Actor(key.to_string()));
            next
        })
    }

    fn number(&mut self, value: String) -> u32 {
        if let Some(&id) = self.numbers.get(&value) {
            return id;
        }
        let id = self.kinds.len() as u32;
        self.kinds.push(Term::Number(value.clone()));
        self.numbers.insert(value, id);
        id
    }
}

/// What the claims analysis found.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ClaimsReport {
    /// Shared claims first (most sources, earliest first), then facts one source alone gives.
    pub claims: Vec<Claim>,
    /// Per source, the names and numbers no other source mentions.
    pub unique_details: Vec<SourceDetails>,
}

/// One claim: the sentences, one or more per source, that report it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    pub id: String,
    /// Sources that carry the claim, ascending.
    pub sources: Vec<usize>,
    pub members: Vec<ClaimMember>,
    /// Index into `members` of the sentence that best stands for the claim.
    pub representative: usize,
    /// The words the members share, rarest first.
    pub shared_terms: Vec<String>,
    /// One cell per source (the coverage matrix row): where the claim first appears, or
    /// `None` when the source does not carry it.
    pub coverage: Vec<Option<ClaimPlace>>,
}

/// Where a claim first appears in one source.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClaimPlace {
    /// Index of the sentence among the source's body sentences (0 = first).
    pub sentence: usize,
    /// Number of body sentences in the source.
    pub of: usize,
    pub start: usize,
    pub end: usize,
}

/// One sentence of a claim.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ClaimMember {
    pub source: usize,
    /// Index among the source's body sentences.
    pub sentence: usize,
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// Words, names and numbers of this sentence that the claim's other sources do not
    /// give (for a claim of one source: that no other source gives anywhere).
    pub details: Vec<Detail>,
}

/// A word, name or number, with its place in the text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Detail {
    pub text: String,
    pub kind: DetailKind,
    pub start: usize,
    pub end: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DetailKind {
    Word,
    Number,
    Name,
}

/// One source's names and numbers that no other source mentions.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SourceDetails {
    pub source: usize,
    /// First use of each, in text order, with how many times the source uses it.
    pub details: Vec<CountedDetail>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CountedDetail {
    #[serde(flatten)]
    pub detail: Detail,
    pub count: usize,
}

/// The claims analysis together with, for each source and body sentence, its claim.
#[derive(Clone, Debug, Default)]
pub struct ClaimsAnalysis {
    pub report: ClaimsReport,
    /// `claim_of[source][sentence]`: index into `report.claims`.
    pub claim_of: Vec<Vec<Option<usize>>>,
}

/// Aligns the sentences of all sources into claims.
pub fn align(bodies: &[Body], mentions: &[SourceMentions]) -> ClaimsAnalysis {
    let mut interner = Interner::default();
    let terms: Vec<Vec<SentenceTerms>> = bodies
        .iter()
        .zip(mentions)
        .map(|(b, m)| sentence_terms(b, m, &mut interner))
        .collect();
    let kinds = interner.kinds;
    // Sentence ids: (source, sentence) flattened.
    let ids: Vec<(usize, usize)> = terms
        .iter()
        .enumerate()
        .flat_map(|(s, list)| (0..list.len()).map(move |k| (s, k)))
        .collect();
    let n = ids.len();
    let mut df = vec![0u32; kinds.len()];
    // How many sources use each term (sources are visited in order, so one "last" suffices).
    let mut source_df = vec![0u32; kinds.len()];
    let mut last_source = vec![usize::MAX; kinds.len()];
    for (s, list) in terms.iter().enumerate() {
        for st in list {
            for &t in &st.terms {
                let t = t as usize;
                df[t] += 1;
                if last_source[t] != s {
                    last_source[t] = s;
                    source_df[t] += 1;
                }
            }
        }
    }
    let weight = idf_weights(&df, n);
    let flat: Vec<&SentenceTerms> = terms.iter().flatten().collect();
    let norms = norms(&flat, &weight);
    let scored = scored_pairs(&flat, &ids, &kinds, &df, &weight, &norms);
    let links = choose_links(&scored, &ids);
    let groups = components(n, &links);
    build_report(
        bodies, &ids, &flat, &kinds, &weight, &source_df, &links, groups,
    )
}

/// Each term's weight from its sentence frequency `df` among `n` sentences (smoothed inverse
/// sentence frequency: rarer terms weigh more).
fn idf_weights(df: &[u32], n: usize) -> Vec<f64> {
    df.iter()
        .map(|&d| ((n as f64 + 1.0) / (d as f64 + 1.0)).ln() + 1.0)
        .collect()
}

/// Each sentence's norm: the length of its weighted term vector.
fn norms(flat: &[&SentenceTerms], weight: &[f64]) -> Vec<f64> {
    flat.iter()
        .map(|st| {
            st.terms
                .iter()
                .map(|&t| weight[t as usize].powi(2))
                .sum::<f64>()
                .sqrt()
        })
        .collect()
}

fn sentence_terms<'a>(
    body: &'a Body,
    mentions: &'a SourceMentions,
    interner: &mut Interner<'a>,
) -> Vec<SentenceTerms> {
    body.sentences
        .iter()
        .map(|s| {
            let mut carriers: Vec<(u32, Range<usize>)> = Vec::new();
            let mut i = s.tokens.start;
            while i < s.tokens.end {
                let (id, used) = if let Some(m) = mentions.at(i) {
                    let end = m.tokens.end.min(s.tokens.end).max(i + 1);
                    (Some(interner.actor(&m.key)), end - i)
                } else if let Some((value, used)) = number_at(body, i, s.tokens.end) {
                    (Some(interner.number(value)), used)
                } else {
                    (word_term(&body.tokens[i]).map(|w| interner.word(w)), 1)
                };
                if let Some(id) = id {
                    carriers.push((id, i..i + used));
                }
                i += used;
            }
            // Stable: each term's carriers stay in text order.
            carriers.sort_by_key(|(id, _)| *id);
            let mut terms: Vec<u32> = carriers.iter().map(|(id, _)| *id).collect();
            terms.dedup();
            SentenceTerms { terms, carriers }
        })
        .collect()
}

fn word_term(t: &Token) -> Option<&str> {
    let letters = t.base().chars().filter(|c| c.is_alphanumeric()).count();
    (letters >= 2 && !is_function_word(t.base()) && !is_function_word(t.lower()))
        .then_some(t.stem())
}

const SMALL: &[(&str, u64)] = &[
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
    ("hundred", 100),
    ("dozen", 12),
];

/// A cheap test that `word` may be in [`SMALL`]: three to nine letters, the first one that
/// starts a number word.
fn could_be_small(word: &str) -> bool {
    (3..=9).contains(&word.len())
        && matches!(
            word.as_bytes()[0],
            b'o' | b't' | b'f' | b's' | b'e' | b'n' | b'h' | b'd'
        )
}

const SCALES: &[(&str, f64)] = &[
    ("thousand", 1e3),
    ("million", 1e6),
    ("mln", 1e6),
    ("billion", 1e9),
    ("bn", 1e9),
    ("trillion", 1e12),
];

/// A number starting at token `i`: digits ("25,000", "3.5"), a number word ("four"), or
/// either before a hyphen ("32-member", "three-day"), times a following scale word
/// ("5 million"). Returns its value as text and how many tokens it used.
pub fn number_at(body: &Body, i: usize, end: usize) -> Option<(String, usize)> {
    let t = &body.tokens[i];
    let head = t.base().split('-').next().unwrap_or("");
    let mut used = 1;
    let mut value: f64 = if head.chars().next().is_some_and(|c| c.is_ascii_digit()) {
        let mut digits: String = head.chars().filter(|&c| c != ',').collect();
        // "25,000": the word splitter cuts at the comma.
        while i + used < end
            && body.gap_before(i + used) == ","
            && body.tokens[i + used].base().len() == 3
            && body.tokens[i + used]
                .base()
                .chars()
                .all(|c| c.is_ascii_digit())
            && !t.base().contains('-')
        {
            digits.push_str(body.tokens[i + used].base());
            used += 1;
        }
        digits.parse().ok()?
    } else if t.case != Case::Upper && could_be_small(head) {
        SMALL
            .iter()
            .find(|(w, _)| *w == head)
            .map(|&(_, v)| v as f64)?
    } else {
        return None;
    };
    if !t.base().contains('-') && i + used < end {
        let next = &body.tokens[i + used].base();
        if let Some(&(_, scale)) = SCALES.iter().find(|(w, _)| w == next) {
            value *= scale;
            used += 1;
        }
    }
    let text = if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{}", value as i64)
    } else {
        format!("{value}")
    };
    Some((text, used))
}

/// A term in at most this many sentences plus one has its postings walked whole: every two
/// sentences sharing it meet. In a longer list (a term many sentences use, such as the words
/// of a quotation every source repeats) each sentence meets only the next `NEIGHBOURS`, in an
/// order that puts sentences with the same rare terms together ([`neighbourhood_order`]). So
/// a sentence meets a bounded number of others through any one term, and the work grows with
/// the text, not with its square.
const NEIGHBOURS: usize = 64;

/// Pairs of sentences from different sources (or repeats in one source) with their cosine,
/// for every pair that meets, shares at least two terms and clears its threshold
/// ([`LINK_THRESHOLD`] across sources, [`REPEAT_THRESHOLD`] within one). Pairs meet through
/// an inverted index of the terms rare enough to index (in at most `2·√n` sentences), so
/// common terms ("said", the main actor) never make pairs; they still count in the exact
/// cosine computed for the survivors. A pair sharing a term of a short list always meets;
/// one sharing only terms of long lists meets when it lies within [`NEIGHBOURS`] in one.
///
/// Sentences are taken in neighbourhood order and each pair is scored once, by the earlier
/// of its two; every list is kept in that order, so a sentence's later partners in a list
/// are the entries after it.
fn scored_pairs(
    flat: &[&SentenceTerms],
    ids: &[(usize, usize)],
    kinds: &[Term],
    df: &[u32],
    weight: &[f64],
    norms: &[f64],
) -> Vec<(usize, usize, f64)> {
    let n = flat.len();
    let cap = ((n as f64).sqrt() * 2.0).max(12.0) as u32;
    let indexed = |t: u32| df[t as usize] >= 2 && df[t as usize] <= cap;
    let (order, rank) = neighbourhood_order(flat, kinds, df, &indexed);
    // Postings in neighbourhood order (filled by walking the sentences in that order).
    let mut postings: Vec<Vec<usize>> = vec![Vec::new(); df.len()];
    for &k in &order {
        for &t in flat[k].terms.iter().filter(|&&t| indexed(t)) {
            postings[t as usize].push(k);
        }
    }
    // Each sentence's shared-able terms too common to index, sorted: merging two of these
    // short lists gives exactly what they add to a pair's score, so only pairs that clear their
    // threshold reach `cosine`.
    let common = Common::new(flat, weight, |t| df[t as usize] >= 2 && !indexed(t));
    let mut partial = vec![0.0f64; n];
    let mut met = vec![usize::MAX; n];
    let mut touched: Vec<usize> = Vec::new();
    let mut out = Vec::new();
    for &a in &order {
        for &t in flat[a].terms.iter().filter(|&&t| indexed(t)) {
            let list = &postings[t as usize];
            let w = weight[t as usize].powi(2);
            let after = list.partition_point(|&b| rank[b] <= rank[a]);
            let until = (after + NEIGHBOURS).min(list.len());
            for &b in &list[after..until] {
                if met[b] != a {
                    met[b] = a;
                    touched.push(b);
                }
                partial[b] += w;
            }
        }
        for &b in &touched {
            // What the two share through the lists they met in; in a long list they may share
            // a term without meeting, which the full cosine below still counts.
            let walked = partial[b];
            partial[b] = 0.0;
            let threshold = if ids[a].0 == ids[b].0 {
                REPEAT_THRESHOLD
            } else {
                LINK_THRESHOLD
            };
            let norm = norms[a] * norms[b];
            // First a cheap bound (all of the smaller common weight shared), then the exact
            // common part; both a hair over the true cosine (when every list was walked
            // whole), which sums in another order.
            let loose = common.weight[a].min(common.weight[b]);
            if (walked + loose) / norm + 1e-9 < threshold
                || (walked + common.shared_weight(a, b, weight)) / norm + 1e-9 < threshold
            {
                continue;
            }
            let (count, sim) = cosine(flat[a], flat[b], weight, norms[a], norms[b]);
            // A pair below its threshold can never be a link, nor change which pairs are
            // (each link is at least as similar as it), so it is not kept.
            if count >= 2 && sim >= threshold {
                out.push((a.min(b), a.max(b), sim));
            }
        }
        touched.clear();
    }
    out.sort_by_key(|x| (x.0, x.1));
    out
}

/// The sentences in an order that puts those with the same rarest indexed terms next to each
/// other (sorted by those terms, rarest first, ties by the term's hash, so the order follows
/// the words, not which source came first; then by position), and each sentence's place in it.
fn neighbourhood_order(
    flat: &[&SentenceTerms],
    kinds: &[Term],
    df: &[u32],
    indexed: &impl Fn(u32) -> bool,
) -> (Vec<usize>, Vec<usize>) {
    const KEY_TERMS: usize = 3;
    let none = (u32::MAX, u64::MAX);
    let term_key: Vec<(u32, u64)> = (0..kinds.len())
        .map(|t| {
            if indexed(t as u32) {
                (df[t], term_hash(&kinds[t]))
            } else {
                none
            }
        })
        .collect();
    let keys: Vec<[(u32, u64); KEY_TERMS]> = flat
        .iter()
        .map(|st| {
            // The KEY_TERMS smallest term keys, by insertion into a sorted array.
            let mut key = [none; KEY_TERMS];
            for &t in &st.terms {
                let mut k = term_key[t as usize];
                for slot in key.iter_mut() {
                    if k < *slot {
                        std::mem::swap(slot, &mut k);
                    }
                }
            }
            key
        })
        .collect();
    let mut order: Vec<usize> = (0..flat.len()).collect();
    order.sort_unstable_by_key(|&k| (keys[k], k));
    let mut rank = vec![0; flat.len()];
    for (place, &k) in order.iter().enumerate() {
        rank[k] = place;
    }
    (order, rank)
}

/// A hash of a term's kind and text (deterministic, independent of interning order).
fn term_hash(term: &Term) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut hasher = hash::FxHasher::default();
    term.hash(&mut hasher);
    hasher.finish()
}

/// Per sentence, its terms that are not in the postings but could be shared, as one flat list
/// with offsets (no vector per sentence).
struct Common {
    terms: Vec<u32>,
    starts: Vec<usize>,
    /// Per sentence, the summed squared weights of its terms here.
    weight: Vec<f64>,
}

impl Common {
    fn new(flat: &[&SentenceTerms], weights: &[f64], keep: impl Fn(u32) -> bool) -> Common {
        let mut terms = Vec::new();
        let mut starts = Vec::with_capacity(flat.len() + 1);
        let mut weight = Vec::with_capacity(flat.len());
        starts.push(0);
        for st in flat {
            let from = terms.len();
            terms.extend(st.terms.iter().copied().filter(|&t| keep(t)));
            weight.push(
                terms[from..]
                    .iter()
                    .map(|&t| weights[t as usize].powi(2))
                    .sum(),
            );
            starts.push(terms.len());
        }
        Common {
            terms,
            starts,
            weight,
        }
    }

    fn of(&self, k: usize) -> &[u32] {
        &self.terms[self.starts[k]..self.starts[k + 1]]
    }

    /// The summed squared weights of the terms sentences `a` and `b` both have here.
    fn shared_weight(&self, a: usize, b: usize, weight: &[f64]) -> f64 {
        shared_ids(self.of(a), self.of(b))
            .map(|t| weight[t as usize].powi(2))
            .sum()
    }
}

/// The number of shared terms and the cosine of two sentences' weighted term sets.
fn cosine(a: &SentenceTerms, b: &SentenceTerms, weight: &[f64], na: f64, nb: f64) -> (usize, f64) {
    let (count, shared) = shared_ids(&a.terms, &b.terms).fold((0, 0.0), |(c, s), t| {
        (c + 1, s + weight[t as usize].powi(2))
    });
    if na == 0.0 || nb == 0.0 {
        return (count, 0.0);
    }
    (count, shared / (na * nb))
}

/// The ids two sorted, duplicate-free id lists have in common, in ascending order.
fn shared_ids<'a>(x: &'a [u32], y: &'a [u32]) -> impl Iterator<Item = u32> + 'a {
    let (mut i, mut j) = (0, 0);
    std::iter::from_fn(move || {
        while i < x.len() && j < y.len() {
            match x[i].cmp(&y[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    let t = x[i];
                    i += 1;
                    j += 1;
                    return Some(t);
                }
            }
        }
        None
    })
}

/// Keeps a pair when it clears the threshold and is, for at least one of its sentences, the
/// best match in the other's source; pairs within one source must clear the repeat
/// threshold.
fn choose_links(
    scored: &[(usize, usize, f64)],
    ids: &[(usize, usize)],
) -> Vec<(usize, usize, f64)> {
    let best = best_in_other_source(scored, ids);
    scored
        .iter()
        .zip(best)
        .filter(|&(&(a, b, sim), (best_a, best_b))| {
            if ids[a].0 == ids[b].0 {
                return sim >= REPEAT_THRESHOLD;
            }
            sim >= LINK_THRESHOLD && (sim >= best_a || sim >= best_b)
        })
        .map(|(&pair, _)| pair)
        .collect()
}

/// For each scored pair (a, b): the best similarity `a` has with any scored sentence of `b`'s
/// source, and `b` with any of `a`'s (pairs within one source get zeros, unused). Linear: the
/// pairs are bucketed by sentence, and each sentence's best per source kept in a scratch row.
fn best_in_other_source(scored: &[(usize, usize, f64)], ids: &[(usize, usize)]) -> Vec<(f64, f64)> {
    let n = ids.len();
    // Each cross-source pair gives two ends: (pair, whether it is the b end).
    let mut starts = vec![0usize; n + 1];
    for &(a, b, _) in scored.iter().filter(|&&(a, b, _)| ids[a].0 != ids[b].0) {
        starts[a + 1] += 1;
        starts[b + 1] += 1;
    }
    for x in 0..n {
        starts[x + 1] += starts[x];
    }
    let mut fill = starts.clone();
    let mut ends = vec![(0usize, false); starts[n]];
    for (p, &(a, b, _)) in scored.iter().enumerate() {
        if ids[a].0 != ids[b].0 {
            ends[fill[a]] = (p, false);
            fill[a] += 1;
            ends[fill[b]] = (p, true);
            fill[b] += 1;
        }
    }
    let sources = ids.iter().map(|&(s, _)| s + 1).max().unwrap_or(0);
    let mut row = vec![0.0f64; sources];
    let mut best = vec![(0.0, 0.0); scored.len()];
    let other = |p: usize, is_b: bool| {
        let (a, b, _) = scored[p];
        ids[if is_b { a } else { b }].0
    };
    for x in 0..n {
        let mine = &ends[starts[x]..starts[x + 1]];
        for &(p, is_b) in mine {
            let slot = &mut row[other(p, is_b)];
            *slot = slot.max(scored[p].2);
        }
        for &(p, is_b) in mine {
            let value = row[other(p, is_b)];
            if is_b {
                best[p].1 = value;
            } else {
                best[p].0 = value;
            }
        }
        for &(p, is_b) in mine {
            row[other(p, is_b)] = 0.0;
        }
    }
    best
}

fn components(n: usize, links: &[(usize, usize, f64)]) -> Vec<Vec<usize>> {
    let mut parent: Vec<usize> = (0..n).collect();
    fn find(parent: &mut [usize], x: usize) -> usize {
        let mut r = x;
        while parent[r] != r {
            r = parent[r];
        }
        let mut y = x;
        while parent[y] != r {
            let next = parent[y];
            parent[y] = r;
            y = next;
        }
        r
    }
    for &(a, b, _) in links {
        let (ra, rb) = (find(&mut parent, a), find(&mut parent, b));
        if ra != rb {
            parent[ra.max(rb)] = ra.min(rb);
        }
    }
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for x in 0..n {
        let r = find(&mut parent, x);
        groups.entry(r).or_default().push(x);
    }
    groups.into_values().collect()
}

#[allow(clippy::too_many_arguments)]
fn build_report(
    bodies: &[Body],
    ids: &[(usize, usize)],
    flat: &[&SentenceTerms],
    kinds: &[Term],
    weight: &[f64],
    source_df: &[u32],
    links: &[(usize, usize, f64)],
    groups: Vec<Vec<usize>>,
) -> ClaimsAnalysis {
    let mut strength = vec![0.0f64; ids.len()];
    for &(a, b, sim) in links {
        strength[a] += sim;
        strength[b] += sim;
    }
    let mut claims: Vec<Claim> = Vec::new();
    for group in groups {
        let sources: Vec<usize> = group
            .iter()
            .map(|&x| ids[x].0)
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        let shared = sources.len() >= 2;
        if !shared && !informative_alone(flat[group[0]], kinds, source_df) {
            continue;
        }
        let mut term_sources: FastMap<u32, Vec<usize>> = hash::map();
        for &x in &group {
            for &t in &flat[x].terms {
                let list = term_sources.entry(t).or_default();
                if !list.contains(&ids[x].0) {
                    list.push(ids[x].0);
                }
            }
        }
        let members: Vec<ClaimMember> = group
            .iter()
            .map(|&x| {
                let (source, sentence) = ids[x];
                let body = &bodies[source];
                let span = body.sentences[sentence].span;
                let unique = |t: u32| {
                    if shared {
                        term_sources.get(&t).is_some_and(|s| s.len() == 1)
                    } else {
                        source_df[t as usize] == 1
                    }
                };
                let details = member_details(body, flat[x], kinds, &unique);
                ClaimMember {
                    source,
                    sentence,
                    start: span.start,
                    end: span.end,
                    text: body.slice(span).to_string(),
                    details,
                }
            })
            .collect();
        let representative = (0..group.len())
            .max_by(|&a, &b| {
                strength[group[a]]
                    .partial_cmp(&strength[group[b]])
                    .unwrap_or(std::cmp::Ordering::Equal)
                    .then(b.cmp(&a))
            })
            .unwrap_or(0);
        // Each source's first member, in one pass over the members.
        let mut coverage: Vec<Option<ClaimPlace>> = vec![None; bodies.len()];
        for m in &members {
            coverage[m.source].get_or_insert(ClaimPlace {
                sentence: m.sentence,
                of: bodies[m.source].sentences.len(),
                start: m.start,
                end: m.end,
            });
        }
        claims.push(Claim {
            id: String::new(),
            shared_terms: if shared {
                shared_words(bodies, ids, flat, &group, kinds, weight)
            } else {
                Vec::new()
            },
            sources,
            members,
            representative,
            coverage,
        });
    }
    claims.sort_by(|a, b| {
        b.sources
            .len()
            .min(2)
            .cmp(&a.sources.len().min(2))
            .then_with(|| b.sources.len().cmp(&a.sources.len()))
            .then_with(|| first_place(a).total_cmp(&first_place(b)))
            .then_with(|| {
                (a.members[0].source, a.members[0].start)
                    .cmp(&(b.members[0].source, b.members[0].start))
            })
    });
    let mut claim_of: Vec<Vec<Option<usize>>> = bodies
        .iter()
        .map(|b| vec![None; b.sentences.len()])
        .collect();
    for (k, claim) in claims.iter_mut().enumerate() {
        claim.id = format!("c{k}");
        for m in &claim.members {
            claim_of[m.source][m.sentence] = Some(k);
        }
    }
    let unique_details = source_details(bodies, ids, flat, kinds, source_df);
    ClaimsAnalysis {
        report: ClaimsReport {
            claims,
            unique_details,
        },
        claim_of,
    }
}

/// The earliest relative position (0 = top) of a claim across its sources.
fn first_place(c: &Claim) -> f64 {
    c.coverage
        .iter()
        .flatten()
        .map(|p| p.sentence as f64 / p.of.max(1) as f64)
        .fold(f64::INFINITY, f64::min)
}

/// A sentence only one source has is a fact of its own when it says something no other
/// source says: at least one word, name or number found in no other source, among at least
/// three terms.
fn informative_alone(st: &SentenceTerms, kinds: &[Term], source_df: &[u32]) -> bool {
    st.terms.len() >= 3
        && st.terms.iter().any(|&t| {
            source_df[t as usize] == 1
                && !matches!(&kinds[t as usize], Term::Word(w) if w.len() < 3)
        })
}

/// The details of one member: its terms that `unique` accepts (missing from the claim's
/// other sources, or, alone, from every other source), merged into runs of adjacent words.
fn member_details(
    body: &Body,
    st: &SentenceTerms,
    kinds: &[Term],
    unique: &dyn Fn(u32) -> bool,
) -> Vec<Detail> {
    let mut ranges: Vec<(Range<usize>, DetailKind)> = Vec::new();
    for &t in st.terms.iter().filter(|&&t| unique(t)) {
        let kind = match &kinds[t as usize] {
            Term::Word(_) => DetailKind::Word,
            Term::Number(_) => DetailKind::Number,
            Term::Actor(_) => DetailKind::Name,
        };
        for r in st.carriers_of(t) {
            ranges.push((r.clone(), kind));
        }
    }
    ranges.sort_by_key(|(r, _)| r.start);
    merge_runs(body, ranges)
}

/// Adjacent detail words joined by spaces or hyphens become one detail ("trash-filled
/// balloons", "5 million artillery shells"); the strongest kind wins (name over number over
/// word).
fn merge_runs(body: &Body, ranges: Vec<(Range<usize>, DetailKind)>) -> Vec<Detail> {
    let mut merged: Vec<(Range<usize>, DetailKind)> = Vec::new();
    for (r, kind) in ranges {
        if let Some((last, last_kind)) = merged.last_mut() {
            let adjacent = r.start == last.end
                && body
                    .gap_before(r.start)
                    .chars()
                    .all(|c| c == ' ' || c == '-');
            if adjacent {
                last.end = r.end;
                *last_kind = (*last_kind).max(kind);
                continue;
            }
        }
        merged.push((r, kind));
    }
    merged
        .into_iter()
        .map(|(r, kind)| {
            let span = Span::new(
                body.tokens[r.start].span.start,
                body.tokens[r.end - 1].span.end,
            );
            Detail {
                text: body.slice(span).to_string(),
                kind,
                start: span.start,
                end: span.end,
            }
        })
        .collect()
}

/// The shared words of a claim's members, rarest first, as first written.
fn shared_words(
    bodies: &[Body],
    ids: &[(usize, usize)],
    flat: &[&SentenceTerms],
    group: &[usize],
    kinds: &[Term],
    weight: &[f64],
) -> Vec<String> {
    // Term ids of the group with each member's source, sorted: a term is shared when it comes
    // with two sources or more.
    let mut uses: Vec<(u32, usize)> = group
        .iter()
        .flat_map(|&x| flat[x].terms.iter().map(move |&t| (t, ids[x].0)))
        .collect();
    uses.sort_unstable();
    uses.dedup();
    let mut shared: Vec<u32> = uses
        .chunk_by(|a, b| a.0 == b.0)
        .filter(|c| c.len() >= 2)
        .map(|c| c[0].0)
        .collect();
    shared.sort_by(|&a, &b| {
        weight[b as usize]
            .total_cmp(&weight[a as usize])
            .then(a.cmp(&b))
    });
    shared
        .into_iter()
        .take(8)
        .filter_map(|t| {
            let x = group.iter().find(|&&x| flat[x].has(t))?;
            let r = flat[*x].carriers_of(t).next()?.clone();
            let body = &bodies[ids[*x].0];
            let span = Span::new(
                body.tokens[r.start].span.start,
                body.tokens[r.end - 1].span.end,
            );
            let _ = &kinds[t as usize];
            Some(body.slice(span).to_string())
        })
        .collect()
}

/// Per source, the names and numbers that no other source mentions.
fn source_details(
    bodies: &[Body],
    ids: &[(usize, usize)],
    flat: &[&SentenceTerms],
    kinds: &[Term],
    source_df: &[u32],
) -> Vec<SourceDetails> {
    let mut out: Vec<SourceDetails> = (0..bodies.len())
        .map(|source| SourceDetails {
            source,
            details: Vec::new(),
        })
        .collect();
    if bodies.len() < 2 {
        return out;
    }
    let mut seen: FastMap<(usize, u32), usize> = hash::map();
    for (x, st) in flat.iter().enumerate() {
        let source = ids[x].0;
        for &t in &st.terms {
            let kind = match &kinds[t as usize] {
                Term::Number(_) => DetailKind::Number,
                Term::Actor(_) => DetailKind::Name,
                Term::Word(_) => continue,
            };
            if source_df[t as usize] != 1 {
                continue;
            }
            let carriers = st.carriers_of(t).count();
            if let Some(&k) = seen.get(&(source, t)) {
                out[source].details[k].count += carriers;
                continue;
            }
            let Some(r) = st.carriers_of(t).next() else {
                continue;
            };
            let body = &bodies[source];
            let span = Span::new(
                body.tokens[r.start].span.start,
                body.tokens[r.end - 1].span.end,
            );
            seen.insert((source, t), out[source].details.len());
            out[source].details.push(CountedDetail {
                detail: Detail {
                    text: body.slice(span).to_string(),
                    kind,
                    start: span.start,
                    end: span.end,
                },
                count: carriers,
            });
        }
    }
    for s in &mut out {
        s.details.sort_by_key(|d| d.detail.start);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::framing::naming::find_mentions;
    use crate::read::article::Article;

    fn analyse(texts: &[&str]) -> ClaimsAnalysis {
        let articles: Vec<Article> = texts.iter().map(|t| Article::read(t, &[])).collect();
        let bodies: Vec<Body> = texts
            .iter()
            .zip(&articles)
            .map(|(t, a)| Body::new(t, a))
            .collect();
        let mentions = find_mentions(&bodies);
        align(&bodies, &mentions)
    }

    #[test]
    fn numbers_are_read_with_their_scale() {
        let text = "Moscow received around 5 million artillery shells, 25,000 rockets and a 32-member team.";
        let article = Article::read(text, &[]);
        let body = Body::new(text, &article);
        let end = body.tokens.len();
        let numbers: Vec<String> = (0..end)
            .filter_map(|i| number_at(&body, i, end).map(|(v, _)| v))
            .collect();
        assert!(numbers.contains(&"5000000".to_string()), "{numbers:?}");
        assert!(numbers.contains(&"25000".to_string()), "{numbers:?}");
        assert!(numbers.contains(&"32".to_string()), "{numbers:?}");
    }

    #[test]
    fn the_quick_test_keeps_every_number_word() {
        assert!(SMALL.iter().all(|(w, _)| could_be_small(w)));
    }

    /// `sources` sources whose first sentence repeats one fact (terms 0–4) and whose
    /// `filler` other sentences use words of their own, as the scoring sees them.
    fn repeated_fact(
        sources: usize,
        filler: usize,
    ) -> (Vec<SentenceTerms>, Vec<(usize, usize)>, Vec<Term>) {
        let mut kinds: Vec<Term> = (0..5).map(|t| Term::Word(format!("fact{t}"))).collect();
        let mut sentences = Vec::new();
        let mut ids = Vec::new();
        for s in 0..sources {
            for k in 0..=filler {
                let mut terms: Vec<u32> = if k == 0 { (0..5).collect() } else { Vec::new() };
                for _ in 0..3 {
                    terms.push(kinds.len() as u32);
                    kinds.push(Term::Word(format!("own{}", kinds.len())));
                }
                sentences.push(SentenceTerms {
                    terms,
                    carriers: Vec::new(),
                });
                ids.push((s, k));
            }
        }
        (sentences, ids, kinds)
    }

    #[test]
    fn a_fact_in_many_sources_stays_one_claim_while_each_meets_a_bounded_number() {
        let sources = 150;
        let (sentences, ids, kinds) = repeated_fact(sources, 40);
        let flat: Vec<&SentenceTerms> = sentences.iter().collect();
        let n = flat.len();
        let mut df = vec![0u32; kinds.len()];
        for st in &flat {
            for &t in &st.terms {
                df[t as usize] += 1;
            }
        }
        // The fact's terms are indexed (in at most 2·√n sentences) and their lists are long.
        assert!(df[0] as f64 <= 2.0 * (n as f64).sqrt() && df[0] as usize > NEIGHBOURS + 1);
        let weight = idf_weights(&df, n);
        let norms = norms(&flat, &weight);
        let scored = scored_pairs(&flat, &ids, &kinds, &df, &weight, &norms);
        assert!(
            scored.len() <= sources * NEIGHBOURS && scored.len() < sources * (sources - 1) / 2,
            "{} pairs",
            scored.len()
        );
        let links = choose_links(&scored, &ids);
        let fact: Vec<usize> = (0..n).filter(|&k| ids[k].1 == 0).collect();
        let groups = components(n, &links);
        assert!(groups.contains(&fact), "the fact's sentences are one group");
    }

    #[test]
    fn the_neighbourhood_order_follows_the_words_not_the_source_order() {
        // Sentence k uses words k, k+1 and k+3 (of ten); the same sentences with the words
        // interned the other way round and the sentences given in reverse order.
        let words: Vec<String> = (0..10).map(|w| format!("word{w}")).collect();
        let sentence_words: Vec<[usize; 3]> = (0..7).map(|k| [k, k + 1, k + 3]).collect();
        let order_of = |reverse: bool| -> Vec<usize> {
            let id = |w: usize| if reverse { 9 - w } else { w } as u32;
            let mut kinds = vec![Term::Word(String::new()); 10];
            for (w, text) in words.iter().enumerate() {
                kinds[id(w) as usize] = Term::Word(text.clone());
            }
            let labels: Vec<usize> = if reverse {
                (0..7).rev().collect()
            } else {
                (0..7).collect()
            };
            let sentences: Vec<SentenceTerms> = labels
                .iter()
                .map(|&k| {
                    let mut terms: Vec<u32> = sentence_words[k].iter().map(|&w| id(w)).collect();
                    terms.sort_unstable();
                    SentenceTerms {
                        terms,
                        carriers: Vec::new(),
                    }
                })
                .collect();
            let flat: Vec<&SentenceTerms> = sentences.iter().collect();
            let mut df = vec![0u32; 10];
            for st in &flat {
                for &t in &st.terms {
                    df[t as usize] += 1;
                }
            }
            let (order, _) = neighbourhood_order(&flat, &kinds, &df, &|t| df[t as usize] >= 2);
            order.into_iter().map(|k| labels[k]).collect()
        };
        assert_eq!(order_of(false), order_of(true));
    }

    #[test]
    fn the_same_fact_in_other_words_is_one_claim() {
        // Yonhap and vietnam.vn on North Korea and the G7 (November 2023).
        let a = "North Korea on Tuesday denounced a joint statement issued by the Group of Seven foreign ministers that condemned Pyongyang's nuclear and missile programs. The official denounced the United States for pushing the Korean Peninsula to the brink of a nuclear war.";
        let b = "The G7 foreign ministers also called on Pyongyang to abandon its nuclear weapons. Jo Chol Su, a senior official, said he rejected the G7 statement that condemned North Korea's nuclear and missile programs. Japan released treated water into the Pacific Ocean.";
        let analysis = analyse(&[a, b]);
        let shared: Vec<&Claim> = analysis
            .report
            .claims
            .iter()
            .filter(|c| c.sources.len() == 2)
            .collect();
        assert!(
            shared.iter().any(|c| c
                .members
                .iter()
                .any(|m| m.text.contains("denounced a joint statement"))
                && c.members
                    .iter()
                    .any(|m| m.text.contains("rejected the G7 statement"))),
            "{shared:#?}"
        );
        let unique = &analysis
            .report
            .claims
            .iter()
            .filter(|c| c.sources == [1])
            .collect::<Vec<_>>();
        assert!(
            unique
                .iter()
                .any(|c| c.members[0].text.contains("Pacific Ocean")),
            "{unique:#?}"
        );
    }
}

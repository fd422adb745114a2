//! Which sentences report the same claim: pairs of sentences scored by the cosine of their
//! weighted terms, found through an inverted index of the rarer terms; the pairs kept as
//! links; and the groups the links join.
//!
//! This module only links sentence ids; it knows nothing of the text nor of the report built
//! from the groups (see `report`).

use super::terms::{SentenceTerms, Term};
use crate::hash;

/// Two sentences from different sources with at least this cosine may report one claim.
pub const LINK_THRESHOLD: f64 = 0.30;
/// Two sentences from different sources with at least this cosine are scored too, though not
/// linked: a sentence that close to another source's is not called a fact of its own source.
pub const ECHO_THRESHOLD: f64 = 0.25;
/// Two sentences of one source this similar repeat one claim (reprints often do).
pub const REPEAT_THRESHOLD: f64 = 0.55;
/// A term in at most this many sentences plus one has its postings walked whole: every two
/// sentences sharing it meet. In a longer list (a term many sentences use, such as the words
/// of a quotation every source repeats) each sentence meets only the next `NEIGHBOURS`, in an
/// order that puts sentences with the same rare terms together ([`neighbourhood_order`]). So
/// a sentence meets a bounded number of others through any one term, and the work grows with
/// the text, not with its square.
pub(super) const NEIGHBOURS: usize = 64;

/// Pairs of sentences from different sources (or repeats in one source) with their cosine,
/// for every pair that meets, shares at least two terms and clears its threshold
/// ([`ECHO_THRESHOLD`] across sources, [`REPEAT_THRESHOLD`] within one; the caller keeps
/// the pairs across sources that reach [`LINK_THRESHOLD`] as links). Pairs meet through
/// an inverted index of the terms rare enough to index (in at most `2·√n` sentences), so
/// common terms ("said", the main actor) never make pairs; they still count in the exact
/// cosine computed for the survivors. A pair sharing a term of a short list always meets;
/// one sharing only terms of long lists meets when it lies within [`NEIGHBOURS`] in one.
///
/// Sentences are taken in neighbourhood order and each pair is scored once, by the earlier
/// of its two; every list is kept in that order, so a sentence's later partners in a list
/// are the entries after it.
pub(super) fn scored_pairs(
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
            // Two clauses of one sentence are never a pair.
            if ids[a] == ids[b] {
                continue;
            }
            let threshold = if ids[a].0 == ids[b].0 {
                REPEAT_THRESHOLD
            } else {
                ECHO_THRESHOLD
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
pub(super) fn neighbourhood_order(
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

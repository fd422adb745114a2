//! Claims of one fact joined: the clusters of `clusters` grow around centres and never chain,
//! so a fact that sources state in several ways (a lede, a later paragraph, the quotation it
//! reports) can end up as a few claims, each of sentences close to its own centre. Here two
//! claims of two sources or more are joined when their members are close on average: the mean,
//! over every pair of their members from different sources, of the pair's similarity, weak
//! pairs (below the link threshold) counted and a pair too far apart to be scored counting as
//! nothing. This is average linkage: a claim joins another only when most of its members are
//! like most of the other's, never through one pair. Two claims that share a sentence stay
//! apart: `clusters` made them two because that sentence states two facts. A lone sentence
//! joins nothing here (one pair is too weak a sign).
//!
//! The work is linear in the pairs from `matching` (which its neighbour bound keeps linear in
//! the sentences) times the claims a unit is in, plus, per candidate join, a heap operation
//! and a look-up of the two claims' sentences.

use std::collections::BinaryHeap;

use super::clusters::Cluster;
use crate::hash::{self, FastMap};

/// Two claims whose members from different sources are this similar on average are one fact.
pub const MERGE_THRESHOLD: f64 = 0.25;

/// An ordered candidate join: its mean similarity and the two claims.
#[derive(PartialEq)]
struct Candidate(f64, usize, usize);

impl Eq for Candidate {}

impl PartialOrd for Candidate {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Candidate {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.0
            .total_cmp(&other.0)
            .then(other.1.cmp(&self.1))
            .then(other.2.cmp(&self.2))
    }
}

/// Joins the claims `groups` (unit ids; every unit is in at least one) whose members are close
/// on average by the `weak` pairs of units from different sources, with `ids[u].0` the
/// source of unit `u` and `sources` the number of sources.
pub(super) fn merge(
    groups: Vec<Cluster>,
    weak: &[(usize, usize, f64)],
    ids: &[(usize, usize)],
    sources: usize,
) -> Vec<Cluster> {
    let n = ids.len();

    let mut of: Vec<Vec<usize>> = vec![Vec::new(); n];
    for (k, g) in groups.iter().enumerate() {
        for &u in &g.members {
            of[u].push(k);
        }
    }
    // Each claim's members by source.
    let mut by_source: Vec<Vec<u32>> = groups
        .iter()
        .map(|g| {
            let mut h = vec![0u32; sources];
            for &u in &g.members {
                h[ids[u].0] += 1;
            }
            h
        })
        .collect();
    // Summed similarity between every two claims that some weak pair links.
    let mut sums: Vec<FastMap<usize, f64>> = vec![hash::map(); groups.len()];
    for &(a, b, s) in weak {
        if ids[a].0 == ids[b].0 {
            continue;
        }
        for &x in &of[a] {
            for &y in &of[b] {
                if x != y {
                    *sums[x].entry(y).or_insert(0.0) += s;
                    *sums[y].entry(x).or_insert(0.0) += s;
                }
            }
        }
    }
    let cross = |x: &[u32], y: &[u32]| -> f64 {
        let all: u32 = x.iter().sum::<u32>() * y.iter().sum::<u32>();
        let same: u32 = x.iter().zip(y).map(|(a, b)| a * b).sum();
        (all - same) as f64
    };
    // Only claims of two sources or more join: a lone sentence's mean is one pair's
    // similarity, too weak a sign.
    let shared = |h: &[u32]| h.iter().filter(|&&c| c > 0).count() >= 2;
    let allowed = |x: &[u32], y: &[u32]| shared(x) && shared(y);
    // Two claims that share a sentence were kept apart by `clusters` as two facts of that
    // sentence: they stay apart.
    let mut sentences: Vec<Vec<(usize, usize)>> = groups
        .iter()
        .map(|g| {
            let mut v: Vec<(usize, usize)> = g.members.iter().map(|&u| ids[u]).collect();
            v.sort_unstable();
            v.dedup();
            v
        })
        .collect();
    let apart =
        |x: &[(usize, usize)], y: &[(usize, usize)]| x.iter().any(|s| y.binary_search(s).is_ok());
    let mut heap = BinaryHeap::new();
    for (x, m) in sums.iter().enumerate() {
        for (&y, &s) in m {
            if x < y {
                let pairs = cross(&by_source[x], &by_source[y]);
                if pairs > 0.0
                    && s / pairs >= MERGE_THRESHOLD
                    && allowed(&by_source[x], &by_source[y])
                    && !apart(&sentences[x], &sentences[y])
                {
                    heap.push(Candidate(s / pairs, x, y));
                }
            }
        }
    }
    let mut alive = vec![true; groups.len()];
    let mut members: Vec<Vec<usize>> = groups.into_iter().map(|g| g.members).collect();
    while let Some(Candidate(mean, x, y)) = heap.pop() {
        if !alive[x] || !alive[y] {
            continue;
        }
        // A stale candidate (either claim grew since): its mean now.
        let pairs = cross(&by_source[x], &by_source[y]);
        let now = sums[x].get(&y).copied().unwrap_or(0.0) / pairs.max(1.0);
        if (now - mean).abs() > 1e-12 {
            continue;
        }
        // Join the smaller into the larger.
        let (keep, gone) = if sums[x].len() >= sums[y].len() {
            (x, y)
        } else {
            (y, x)
        };
        alive[gone] = false;
        let moved = std::mem::take(&mut members[gone]);
        members[keep].extend(moved);
        let h = std::mem::take(&mut by_source[gone]);
        for (a, b) in by_source[keep].iter_mut().zip(&h) {
            *a += b;
        }
        let moved_s = std::mem::take(&mut sentences[gone]);
        sentences[keep].extend(moved_s);
        sentences[keep].sort_unstable();
        sentences[keep].dedup();
        let gone_sums = std::mem::take(&mut sums[gone]);
        sums[keep].remove(&gone);
        for (z, s) in gone_sums {
            if z == keep || !alive[z] {
                continue;
            }
            *sums[keep].entry(z).or_insert(0.0) += s;
            let at_z = sums[z].remove(&gone).unwrap_or(0.0);
            *sums[z].entry(keep).or_insert(0.0) += at_z;
        }
        // New candidates of the joined claim.
        let keep_h = by_source[keep].clone();
        let list: Vec<(usize, f64)> = sums[keep].iter().map(|(&z, &s)| (z, s)).collect();
        for (z, s) in list {
            if !alive[z] {
                continue;
            }
            let pairs = cross(&keep_h, &by_source[z]);
            if pairs > 0.0
                && s / pairs >= MERGE_THRESHOLD
                && allowed(&keep_h, &by_source[z])
                && !apart(&sentences[keep], &sentences[z])
            {
                heap.push(Candidate(s / pairs, keep.min(z), keep.max(z)));
            }
        }
    }
    members
        .into_iter()
        .zip(alive)
        .filter(|(_, a)| *a)
        .map(|(mut m, _)| {
            m.sort_unstable();
            m.dedup();
            Cluster::of(m)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Units 0..6: sources 0, 1, 0, 1, 2, 2 (sentence = unit id).
    fn ids() -> Vec<(usize, usize)> {
        vec![(0, 0), (1, 1), (0, 2), (1, 3), (2, 4), (2, 5)]
    }

    fn sorted(mut c: Vec<Cluster>) -> Vec<Vec<usize>> {
        let mut m: Vec<Vec<usize>> = c.drain(..).map(|c| c.members).collect();
        m.sort();
        m
    }

    #[test]
    fn claims_close_on_average_join_and_far_ones_do_not() {
        let groups = vec![Cluster::of(vec![0, 1]), Cluster::of(vec![2, 3])];
        // Cross-source pairs between the claims: 0–3 and 1–2 (0–2 and 1–3 are of one source).
        let close = [(0, 1, 0.5), (2, 3, 0.5), (0, 3, 0.3), (1, 2, 0.3)];
        assert_eq!(sorted(merge(groups.clone(), &close, &ids(), 3)), vec![vec![0, 1, 2, 3]]);
        // One weak pair of the two: mean 0.1 / 2 pairs, below the threshold.
        let far = [(0, 1, 0.5), (2, 3, 0.5), (0, 3, 0.2)];
        assert_eq!(sorted(merge(groups, &far, &ids(), 3)), vec![vec![0, 1], vec![2, 3]]);
    }

    #[test]
    fn claims_sharing_a_sentence_and_lone_sentences_stay_apart() {
        // Unit 1 states two facts: it is in both claims.
        let groups = vec![Cluster::of(vec![0, 1]), Cluster::of(vec![1, 4])];
        let pairs = [(0, 1, 0.5), (1, 4, 0.5), (0, 4, 0.5)];
        assert_eq!(sorted(merge(groups, &pairs, &ids(), 3)), vec![vec![0, 1], vec![1, 4]]);
        // A lone sentence close to a claim is not joined to it here.
        let groups = vec![Cluster::of(vec![0, 1]), Cluster::of(vec![4])];
        let pairs = [(0, 1, 0.5), (0, 4, 0.4), (1, 4, 0.4)];
        assert_eq!(sorted(merge(groups, &pairs, &ids(), 3)), vec![vec![0, 1], vec![4]]);
    }
}

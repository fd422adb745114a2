//! Claims of one fact joined: the clusters of `clusters` grow around centres and never chain,
//! so a fact that sources state in several ways (a lede, a later paragraph, the quotation it
//! reports) can end up as a few claims, each of sentences close to its own centre. Here two
//! claims of two sources or more are joined when their members are close on average: the mean,
//! over every pair of their members from different sources, of the pair's similarity, weak
//! pairs (below the link threshold) counted and a pair too far apart to be scored counting as
//! nothing. This is average linkage: a claim joins another only when most of its members are
//! like most of the other's, never through one pair. Two claims that share a sentence stay
//! apart: `clusters` made them two because that sentence states two facts. A lone sentence
//! joins nothing this way (one pair is too weak a sign), except a source's opening sentence
//! (its headline, or its lede), which sums up the story: one in no shared claim joins the
//! shared claim whose members from other sources it is closest to on average, when close
//! enough (`join_openings`), so a headline worded unlike any one sentence is not called a
//! fact of its own source.
//!
//! The work is linear in the pairs from `matching` (which its neighbour bound keeps linear in
//! the sentences) times the claims a unit is in, plus, per candidate join, a heap operation
//! and a look-up of the two claims' sentences.

use std::collections::BinaryHeap;

use super::clusters::Cluster;
use crate::hash::{self, FastMap};

/// Two claims whose members from different sources are this similar on average are one fact.
pub const MERGE_THRESHOLD: f64 = 0.25;
/// A source's opening sentence in no shared claim this close on average to a claim's members
/// from other sources joins it.
pub const OPENING_THRESHOLD: f64 = 0.20;

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
    let mut members: Vec<Vec<usize>> = members
        .into_iter()
        .zip(alive)
        .filter(|(_, a)| *a)
        .map(|(m, _)| m)
        .collect();
    join_openings(&mut members, weak, ids);
    members
        .into_iter()
        .filter(|m| !m.is_empty())
        .map(|mut m| {
            m.sort_unstable();
            m.dedup();
            Cluster::of(m)
        })
        .collect()
}

/// A source's opening sentence (its headline, or its lede when it has none) sums up the story:
/// when it is in no claim of two sources, it joins the claim of two sources or more whose
/// members from other sources it is closest to on average, weak pairs counted, if that mean
/// reaches [`OPENING_THRESHOLD`]; so a headline another source states in other words is not
/// called a fact of its own source.
fn join_openings(members: &mut [Vec<usize>], weak: &[(usize, usize, f64)], ids: &[(usize, usize)]) {
    let n = ids.len();
    let mut of: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut shared = vec![false; members.len()];
    for (k, m) in members.iter().enumerate() {
        let first = m.first().map(|&u| ids[u].0);
        shared[k] = m.iter().any(|&u| Some(ids[u].0) != first);
        for &u in m {
            of[u].push(k);
        }
    }
    let lone = |u: usize, of: &[Vec<usize>]| ids[u].1 == 0 && of[u].iter().all(|&k| !shared[k]);
    let mut sums: FastMap<(usize, usize), f64> = hash::map();
    for &(a, b, s) in weak {
        for (x, y) in [(a, b), (b, a)] {
            if lone(x, &of) {
                for &k in of[y].iter().filter(|&&k| shared[k]) {
                    *sums.entry((x, k)).or_insert(0.0) += s;
                }
            }
        }
    }
    let mut best: FastMap<usize, (f64, usize)> = hash::map();
    let mut keys: Vec<(usize, usize)> = sums.keys().copied().collect();
    keys.sort_unstable();
    for (x, k) in keys {
        let others = members[k].iter().filter(|&&u| ids[u].0 != ids[x].0).count();
        let mean = sums[&(x, k)] / others.max(1) as f64;
        if mean >= OPENING_THRESHOLD && best.get(&x).is_none_or(|&(m, _)| mean > m) {
            best.insert(x, (mean, k));
        }
    }
    let mut joins: Vec<(usize, usize)> = best.into_iter().map(|(x, (_, k))| (x, k)).collect();
    joins.sort_unstable();
    for (x, k) in joins {
        for &j in &of[x] {
            members[j].retain(|&u| u != x);
        }
        members[k].push(x);
    }
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
        assert_eq!(
            sorted(merge(groups.clone(), &close, &ids(), 3)),
            vec![vec![0, 1, 2, 3]]
        );
        // One weak pair of the two: mean 0.1 / 2 pairs, below the threshold.
        let far = [(0, 1, 0.5), (2, 3, 0.5), (0, 3, 0.2)];
        assert_eq!(
            sorted(merge(groups, &far, &ids(), 3)),
            vec![vec![0, 1], vec![2, 3]]
        );
    }

    #[test]
    fn claims_sharing_a_sentence_and_lone_sentences_stay_apart() {
        // Unit 1 states two facts: it is in both claims.
        let groups = vec![Cluster::of(vec![0, 1]), Cluster::of(vec![1, 4])];
        let pairs = [(0, 1, 0.5), (1, 4, 0.5), (0, 4, 0.5)];
        assert_eq!(
            sorted(merge(groups, &pairs, &ids(), 3)),
            vec![vec![0, 1], vec![1, 4]]
        );
        // A lone sentence close to a claim is not joined to it here.
        let groups = vec![Cluster::of(vec![0, 1]), Cluster::of(vec![4])];
        let pairs = [(0, 1, 0.5), (0, 4, 0.4), (1, 4, 0.4)];
        assert_eq!(
            sorted(merge(groups, &pairs, &ids(), 3)),
            vec![vec![0, 1], vec![4]]
        );
    }

    #[test]
    fn an_opening_sentence_joins_the_shared_claim_it_is_closest_to() {
        // Units: a claim of sources 0 and 1 (sentences 3, 4); source 2's opening sentence
        // (sentence 0) and a later one (sentence 5), each alone, both weakly like the claim.
        let ids = vec![(0, 3), (1, 4), (2, 0), (2, 5)];
        let groups = vec![
            Cluster::of(vec![0, 1]),
            Cluster::of(vec![2]),
            Cluster::of(vec![3]),
        ];
        let pairs = [
            (0, 1, 0.5),
            (0, 2, 0.2),
            (1, 2, 0.25),
            (0, 3, 0.2),
            (1, 3, 0.25),
        ];
        assert_eq!(
            sorted(merge(groups.clone(), &pairs, &ids, 3)),
            vec![vec![0, 1, 2], vec![3]]
        );
        // Too far on average (0.15): it stays alone.
        let far = [(0, 1, 0.5), (0, 2, 0.3)];
        assert_eq!(
            sorted(merge(groups, &far, &ids, 3)),
            vec![vec![0, 1], vec![2], vec![3]]
        );
    }
}

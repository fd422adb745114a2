//! A second look at every unit once the claims are grown: the claim whose centre it is closest
//! to. A claim's centre is the sum of its members' length-normalised term vectors, so it holds
//! every way its sources word the fact ("remain aboard until February", "will return next
//! February", "the crew will stay"); a unit that shares only a few words with each member can
//! still be close to the whole. A unit joins the shared claim whose centre is closest to it
//! when that claim is not one it is in already, the cosine to the centre is at least
//! [`CENTRE_COSINE`] ([`HEADLINE_COSINE`] for a source's opening sentence, [`ALONE_COSINE`]
//! for a sentence in no shared claim yet) and it shares at least
//! [`SHARED_TERMS`] terms with the centre. It joins one
//! claim at most, and only by its closeness to the centre, never through one member: this
//! chains nothing.
//!
//! Cost: a unit is compared only with the claims of the units it was scored against (its pairs,
//! which the neighbour bound of `matching` keeps linear), each comparison a walk over its own
//! terms; the centres are built once from the members. Linear in the pairs and the members.

use super::clusters::Cluster;
use super::terms::{SentenceTerms, Term};
use crate::hash::{self, FastMap, FastSet};

/// The cosine to a claim's centre at which a unit joins the claim.
pub const CENTRE_COSINE: f64 = 0.30;
/// The cosine to a claim's centre at which a unit of a source's opening sentence (its headline,
/// or its lede when it has none) joins the claim: the opening states the main fact in a few
/// words ("Crew to stay in orbit until spring" beside
/// "the agency said the crew will remain aboard the station until the spring"), so it shares
/// fewer of the words of the fuller sentences that state it.
pub const HEADLINE_COSINE: f64 = 0.15;
/// The cosine to a claim's centre at which a unit of a sentence in no shared claim joins the
/// claim: such a sentence is about to be called a fact of its own source, and one that close to
/// what other sources state is more likely a part of it, told in other words, than a fact no
/// one else gives.
pub const ALONE_COSINE: f64 = 0.26;
/// The fewest terms a unit shares with a claim's centre to join it: one word in common is
/// not evidence of one fact ("I love everything." is not "I love the club").
pub const SHARED_TERMS: usize = 2;
/// The most members of a claim a joining unit is checked against for a conflict
/// (`conflicts`).
const CHECKED: usize = 64;

/// Adds to `claims` (clusters of units; those of two sources or more are shared) each unit
/// whose closest shared claim centre is one it is not in yet (see the module comment);
/// `opening[u]`: unit `u` is (part of) its source's opening sentence, which joins at
/// [`HEADLINE_COSINE`]; a unit of a sentence in no shared claim joins at [`ALONE_COSINE`].
/// `weight` weighs terms in the dot product, `norms` are the units' lengths (fact signatures
/// excluded, as in the pair cosines); `pairs` are the scored unit pairs.
#[allow(clippy::too_many_arguments)]
pub(super) fn join_closest_centres<'a>(
    claims: &mut [Cluster],
    units: &[&SentenceTerms],
    ids: &[(usize, usize)],
    opening: &[bool],
    kinds: &[Term],
    weight: &[f64],
    norms: &[f64],
    pairs: impl Iterator<Item = &'a (usize, usize, f64)>,
    conflict: &dyn Fn(usize, usize) -> bool,
) {
    let n = units.len();
    let mut claims_of: Vec<Vec<usize>> = vec![Vec::new(); n];
    // The centre of each shared claim (term → summed weight over the members' lengths) and
    // its length.
    let mut centres: Vec<Option<(FastMap<u32, f64>, f64)>> = Vec::with_capacity(claims.len());
    for (k, claim) in claims.iter().enumerate() {
        let first = claim.members.first().map(|&u| ids[u].0);
        if claim.members.iter().all(|&u| Some(ids[u].0) == first) {
            centres.push(None);
            continue;
        }
        let mut centre: FastMap<u32, f64> = hash::map();
        for &u in &claim.members {
            claims_of[u].push(k);
            if norms[u] == 0.0 {
                continue;
            }
            for &t in &units[u].terms {
                *centre.entry(t).or_default() += weight[t as usize] / norms[u];
            }
        }
        let length = centre
            .iter()
            .filter(|(&t, _)| !matches!(kinds[t as usize], Term::Fact(..)))
            .map(|(_, v)| v * v)
            .sum::<f64>()
            .sqrt();
        centres.push((length > 0.0).then_some((centre, length)));
    }
    let mut partners: Vec<Vec<usize>> = vec![Vec::new(); n];
    for &(a, b, _) in pairs {
        partners[a].push(b);
        partners[b].push(a);
    }
    // The sentences with a unit in a shared claim.
    let placed: FastSet<(usize, usize)> = (0..n)
        .filter(|&u| !claims_of[u].is_empty())
        .map(|u| ids[u])
        .collect();
    let mut joins: Vec<(usize, usize)> = Vec::new();
    // The last unit that looked at each claim, so a claim is looked at once per unit.
    let mut seen_by: Vec<usize> = vec![usize::MAX; claims.len()];
    for u in 0..n {
        if norms[u] == 0.0 {
            continue;
        }
        let candidates = claims_of[u]
            .iter()
            .chain(partners[u].iter().flat_map(|&p| claims_of[p].iter()));
        // The closest centre: (cosine, claim), ties to the earlier claim.
        let mut best: Option<(f64, usize)> = None;
        for &k in candidates {
            if seen_by[k] == u {
                continue;
            }
            seen_by[k] = u;
            let Some((centre, length)) = &centres[k] else {
                continue;
            };
            let (mut dot, mut shared) = (0.0, 0);
            for t in &units[u].terms {
                if let Some(v) = centre.get(t) {
                    dot += v * weight[*t as usize];
                    shared += 1;
                }
            }
            let cosine = dot / norms[u] / length;
            let own = claims_of[u].contains(&k);
            if (own || shared >= SHARED_TERMS)
                && best.is_none_or(|(c, b)| cosine > c || (cosine == c && k < b))
            {
                best = Some((cosine, k));
            }
        }
        if let Some((cosine, k)) = best {
            // Not into a claim with a member it conflicts with (the first `CHECKED` members
            // are looked at, so the pass stays linear).
            let threshold = if opening[u] {
                HEADLINE_COSINE
            } else if !placed.contains(&ids[u]) {
                ALONE_COSINE
            } else {
                CENTRE_COSINE
            };
            if cosine >= threshold
                && !claims_of[u].contains(&k)
                && !claims[k]
                    .members
                    .iter()
                    .take(CHECKED)
                    .any(|&m| conflict(u, m))
            {
                joins.push((k, u));
            }
        }
    }
    for (k, u) in joins {
        claims[k].members.push(u);
    }
    for claim in claims.iter_mut() {
        claim.members.sort_unstable();
        claim.members.dedup();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit(terms: &[u32]) -> SentenceTerms {
        SentenceTerms {
            terms: terms.to_vec(),
            carriers: terms.iter().map(|&t| (t, 0..1)).collect(),
        }
    }

    /// Runs the pass on units of equal term weights; returns the members of each claim.
    fn run(
        terms: &[&[u32]],
        ids: &[(usize, usize)],
        claims: &[&[usize]],
        pairs: &[(usize, usize, f64)],
    ) -> Vec<Vec<usize>> {
        run_at(terms, ids, claims, pairs, &vec![false; ids.len()])
    }

    fn run_at(
        terms: &[&[u32]],
        ids: &[(usize, usize)],
        claims: &[&[usize]],
        pairs: &[(usize, usize, f64)],
        opening: &[bool],
    ) -> Vec<Vec<usize>> {
        let owned: Vec<SentenceTerms> = terms.iter().map(|t| unit(t)).collect();
        let units: Vec<&SentenceTerms> = owned.iter().collect();
        let kinds: Vec<Term> = (0..32).map(|k| Term::Word(format!("w{k}"))).collect();
        let weight = vec![1.0; kinds.len()];
        let norms: Vec<f64> = terms.iter().map(|t| (t.len() as f64).sqrt()).collect();
        let mut clusters: Vec<Cluster> = claims.iter().map(|m| Cluster::of(m.to_vec())).collect();
        join_closest_centres(
            &mut clusters,
            &units,
            ids,
            opening,
            &kinds,
            &weight,
            &norms,
            pairs.iter(),
            &|_, _| false,
        );
        clusters.into_iter().map(|c| c.members).collect()
    }

    #[test]
    fn a_unit_close_to_the_whole_claim_joins_it() {
        // Unit 2 shares two terms with each member, three with the claim as a whole.
        let got = run(
            &[&[1, 2, 3], &[1, 2, 4], &[2, 3, 4]],
            &[(0, 0), (1, 0), (2, 0)],
            &[&[0, 1]],
            &[(0, 2, 0.3)],
        );
        assert_eq!(got, [vec![0, 1, 2]]);
    }

    #[test]
    fn one_word_in_common_or_no_pair_is_not_enough() {
        // Unit 2 shares one term only; unit 3 is like the claim but met none of its members.
        let got = run(
            &[&[1, 2, 3], &[1, 2, 4], &[2, 5], &[1, 2, 3, 4]],
            &[(0, 0), (1, 0), (2, 0), (3, 0)],
            &[&[0, 1]],
            &[(0, 2, 0.3)],
        );
        assert_eq!(got, [vec![0, 1]]);
    }

    #[test]
    fn a_unit_stays_with_the_claim_whose_centre_is_closer() {
        // Unit 4 is in claim 1 ({5, 6} + {5, 6, 7}) and shares two terms with claim 0 too, but
        // its own claim's centre is closer; a one-source cluster has no centre.
        let got = run(
            &[&[1, 2, 3], &[1, 2, 3], &[5, 6], &[5, 6, 7], &[2, 3, 5, 6]],
            &[(0, 0), (1, 0), (0, 1), (1, 1), (2, 0)],
            &[&[0, 1], &[2, 3, 4], &[4]],
            &[(0, 4, 0.3), (2, 4, 0.3)],
        );
        assert_eq!(got, [vec![0, 1], vec![2, 3, 4], vec![4]]);
    }

    #[test]
    fn an_opening_sentence_joins_on_less_evidence_than_a_later_one() {
        // Unit 2 shares two terms with the claim among many of its own: its cosine to the
        // centre (about 0.24) is below the thresholds of a later sentence, above the opening's.
        let long: Vec<u32> = [1, 2].into_iter().chain(10..28).collect();
        let terms: [&[u32]; 3] = [&[1, 2, 3, 4], &[1, 2, 3, 5], &long];
        let ids = [(0, 1), (1, 1), (2, 0)];
        let pairs = [(0, 2, 0.3)];
        let claim: [&[usize]; 1] = [&[0, 1]];
        let later = run_at(&terms, &ids, &claim, &pairs, &[false; 3]);
        assert_eq!(later, [vec![0, 1]]);
        let opening = run_at(&terms, &ids, &claim, &pairs, &[false, false, true]);
        assert_eq!(opening, [vec![0, 1, 2]]);
        // One word in common is not enough, even for an opening.
        let terms: [&[u32]; 3] = [&[1, 2, 3, 4], &[1, 2, 3, 5], &[1, 10]];
        let opening = run_at(&terms, &ids, &claim, &pairs, &[false, false, true]);
        assert_eq!(opening, [vec![0, 1]]);
    }

    #[test]
    fn a_sentence_in_no_shared_claim_joins_on_less_evidence() {
        // Unit 2 shares two terms with claim {0, 1} among many of its own (cosine to the
        // centre about 0.28): enough while its sentence is in no shared claim, not once another
        // unit of the sentence (3) is in one.
        let long: Vec<u32> = [1, 2].into_iter().chain(10..23).collect();
        let terms: [&[u32]; 5] = [&[1, 2, 3, 4], &[1, 2, 3, 5], &long, &[6, 7], &[6, 7]];
        let pairs = [(0, 2, 0.3), (3, 4, 0.5)];
        let alone = run(
            &terms,
            &[(0, 1), (1, 1), (2, 1), (3, 1), (4, 1)],
            &[&[0, 1], &[3, 4]],
            &pairs,
        );
        assert_eq!(alone, [vec![0, 1, 2], vec![3, 4]]);
        let placed = run(
            &terms,
            &[(0, 1), (1, 1), (2, 1), (2, 1), (4, 1)],
            &[&[0, 1], &[3, 4]],
            &pairs,
        );
        assert_eq!(placed, [vec![0, 1], vec![3, 4]]);
    }
}

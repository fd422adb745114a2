//! Claims as coherent clusters of sentences, not chains: each claim grows around a centre
//! sentence, and a sentence joins it only when it is close to that centre, or close on
//! average to the claim's members; never through one neighbour alone. A sentence may belong
//! to several claims (a lede that states two facts), and a claim may hold several sentences
//! of one source (a fact stated twice).
//!
//! Centres are taken strongest first (the summed similarity of a sentence's links to other
//! sources). A sentence already in a claim still opens a new one when it has neighbours in no
//! claim yet (its second fact). A whole sentence cut into narrative clauses may state two
//! facts, so it never chains them: in a claim that holds it, the members that are more like
//! one of its clauses than like the whole must all be like the same clause ("resigned on
//! Friday, while the authority fined the company" does not join a source's "resigned" to
//! its "fined"). The work is linear in the scored pairs, which the neighbour bound of
//! `matching` keeps linear in the sentences.

use crate::hash::{self, FastMap};

/// A sentence of another source this similar to a claim's centre joins the claim.
pub const CENTRE_THRESHOLD: f64 = 0.20;
/// A sentence of the centre's own source this similar to it states the fact again.
pub const SAME_SOURCE_THRESHOLD: f64 = 0.40;
/// A sentence whose mean similarity to a claim's members reaches this joins the claim.
pub const MEAN_THRESHOLD: f64 = 0.10;

/// A claim under construction: its members (unit ids), centre first until sorted.
#[derive(Clone, Debug, Default)]
pub(super) struct Cluster {
    pub(super) members: Vec<usize>,
    /// Its members that are whole sentences of several clauses, each with the clause its other
    /// members are like (`None` until one is like a single clause).
    parts: Vec<(usize, Option<usize>)>,
}

impl Cluster {
    pub(super) fn of(members: Vec<usize>) -> Cluster {
        Cluster {
            members,
            parts: Vec::new(),
        }
    }
}

/// The claims of `n` sentences from their scored pairs: clusters of two sources or more, then
/// every sentence in none as a cluster of its own. `whole[u]`: unit `u` is a whole sentence
/// cut into narrative clauses, which are the units right after it.
pub(super) fn clusters(
    n: usize,
    scored: &[(usize, usize, f64)],
    ids: &[(usize, usize)],
    whole: &[bool],
    conflict: &dyn Fn(usize, usize) -> bool,
) -> Vec<Cluster> {
    let mut adj: Vec<Vec<(usize, f64)>> = vec![Vec::new(); n];
    let mut sim: FastMap<(usize, usize), f64> = hash::map();
    let mut strength = vec![0.0f64; n];
    for &(a, b, s) in scored {
        adj[a].push((b, s));
        adj[b].push((a, s));
        sim.insert((a.min(b), a.max(b)), s);
        if ids[a].0 != ids[b].0 {
            strength[a] += s;
            strength[b] += s;
        }
    }
    for list in &mut adj {
        list.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
    }
    let similarity = |a: usize, b: usize| -> f64 {
        if a == b {
            1.0
        } else {
            sim.get(&(a.min(b), a.max(b))).copied().unwrap_or(0.0)
        }
    };
    let (ct, st, mt) = (CENTRE_THRESHOLD, SAME_SOURCE_THRESHOLD, MEAN_THRESHOLD);
    let close = |c: usize, y: usize, s: f64| {
        if ids[c].0 == ids[y].0 {
            s >= st
        } else {
            s >= ct
        }
    };
    let mut order: Vec<usize> = (0..n).filter(|&x| strength[x] > 0.0).collect();
    order.sort_by(|&a, &b| strength[b].total_cmp(&strength[a]).then(a.cmp(&b)));
    // The clause of whole-sentence unit `c` (its units that follow it) that `u` meets, when `u`
    // is more like that one clause than like the whole sentence.
    let part = |c: usize, u: usize| -> Option<usize> {
        ((c + 1)..n)
            .take_while(|&k| ids[k] == ids[c])
            .map(|k| (k, similarity(u, k)))
            .filter(|&(_, s)| s > 0.0)
            .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))
            .filter(|&(_, s)| s > similarity(u, c))
            .map(|(k, _)| k)
    };
    // No chaining through a sentence of two facts: in a claim holding such a sentence, the
    // members that are like one of its clauses are all like the same one. The claim keeps,
    // for each such sentence, that clause, so a check costs its whole sentences, not its
    // members.
    let fits = |claim: &Cluster, y: usize| {
        claim
            .parts
            .iter()
            .all(|&(w, p)| p.is_none() || part(w, y).is_none_or(|q| Some(q) == p))
    };
    let join = |claim: &mut Cluster, y: usize| {
        for (w, p) in claim.parts.iter_mut() {
            if p.is_none() {
                *p = part(*w, y);
            }
        }
        if whole[y] {
            let p = claim.members.iter().find_map(|&m| part(y, m));
            claim.parts.push((y, p));
        }
        claim.members.push(y);
    };
    let mut claims: Vec<Cluster> = Vec::new();
    let mut claims_of: Vec<Vec<usize>> = vec![Vec::new(); n];
    // The claim among those of `x`'s neighbours that `x` is closest to on average, if close
    // enough.
    let best_mean = |x: usize, claims: &[Cluster], claims_of: &[Vec<usize>]| {
        let mut best: Option<(usize, f64)> = None;
        for &(y, _) in &adj[x] {
            for &k in &claims_of[y] {
                let members = &claims[k].members;
                if members.contains(&x)
                    || !fits(&claims[k], x)
                    || members.iter().any(|&m| conflict(x, m))
                {
                    continue;
                }
                let mean =
                    members.iter().map(|&m| similarity(x, m)).sum::<f64>() / members.len() as f64;
                if mean >= mt && best.is_none_or(|(_, b)| mean > b) {
                    best = Some((k, mean));
                }
            }
        }
        best.map(|(k, _)| k)
    };
    for &c in &order {
        if claims_of[c].is_empty() {
            if let Some(k) = best_mean(c, &claims, &claims_of) {
                join(&mut claims[k], c);
                claims_of[c].push(k);
                continue;
            }
        }
        // Neighbours close to `c` that share no claim with it yet.
        let fresh: Vec<usize> = adj[c]
            .iter()
            .filter(|&&(y, s)| close(c, y, s))
            .map(|&(y, _)| y)
            .filter(|&y| !claims_of[y].iter().any(|k| claims_of[c].contains(k)))
            .filter(|&y| claims_of[c].is_empty() || claims_of[y].is_empty())
            .collect();
        let mut claim = Cluster::default();
        join(&mut claim, c);
        for y in fresh {
            // A sentence in no claim yet may belong with one of the claims of `c` instead.
            if claims_of[y].is_empty() {
                if let Some(k) = best_mean(y, &claims, &claims_of) {
                    if claims_of[c].contains(&k) {
                        join(&mut claims[k], y);
                        claims_of[y].push(k);
                        continue;
                    }
                }
            }
            if fits(&claim, y) && !claim.members.iter().any(|&m| conflict(y, m)) {
                join(&mut claim, y);
            }
        }
        if !claim.members.iter().any(|&y| ids[y].0 != ids[c].0) {
            continue;
        }
        let k = claims.len();
        for &y in &claim.members {
            claims_of[y].push(k);
        }
        claims.push(claim);
    }
    for claim in &mut claims {
        claim.members.sort_unstable();
    }
    for (x, of) in claims_of.iter().enumerate() {
        if of.is_empty() {
            claims.push(Cluster::of(vec![x]));
        }
    }
    claims
}

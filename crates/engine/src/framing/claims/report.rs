//! The claims report: each group of linked sentences as a claim with its members, its
//! representative sentence, its shared words and its row of the coverage matrix; claims sorted
//! and numbered; and for each sentence its claim.
//!
//! This module does not decide which sentences belong together (see `matching`), and leaves
//! the details only one source gives to `details`.

use std::collections::BTreeSet;

use super::details::{member_details, shared_words, source_details};
use super::evidence::{conflicting_details, matched_by};
use super::terms::{SentenceTerms, Term};
use crate::framing::body::Body;
use crate::hash::{self, FastMap};
use crate::report::{Claim, ClaimMember, ClaimPlace, ClaimsReport};

/// The claims analysis together with, for each source and body sentence, its claim.
#[derive(Clone, Debug, Default)]
pub struct ClaimsAnalysis {
    pub report: ClaimsReport,
    /// `claims_of[source][sentence]`: indices into `report.claims` of every claim the
    /// sentence is a member of, ascending (a lede may state two facts).
    pub claims_of: Vec<Vec<Vec<usize>>>,
}

#[allow(clippy::too_many_arguments)]
pub(super) fn build_report(
    bodies: &[Body],
    ids: &[(usize, usize)],
    flat: &[&SentenceTerms],
    kinds: &[Term],
    weight: &[f64],
    source_df: &[u32],
    links: &[(usize, usize, f64)],
    echoed: &[bool],
    groups: Vec<Vec<usize>>,
) -> ClaimsAnalysis {
    let mut strength = vec![0.0f64; ids.len()];
    let mut linked: Vec<Vec<usize>> = vec![Vec::new(); ids.len()];
    for &(a, b, sim) in links {
        strength[a] += sim;
        strength[b] += sim;
        if a != b {
            linked[a].push(b);
            linked[b].push(a);
        }
    }
    for list in &mut linked {
        list.sort_unstable();
        list.dedup();
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
        if !shared
            && (group.iter().any(|&x| echoed[x])
                || !informative_alone(flat[group[0]], kinds, source_df))
        {
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
                let matched_by = if shared {
                    let elsewhere = |t: u32| {
                        term_sources
                            .get(&t)
                            .is_some_and(|s| s.iter().any(|&o| o != source))
                    };
                    matched_by(body, flat[x], kinds, weight, elsewhere)
                } else {
                    Vec::new()
                };
                ClaimMember {
                    source,
                    sentence,
                    start: span.start,
                    end: span.end,
                    text: body.slice(span).to_string(),
                    details,
                    matched_by,
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
            conflicting_details: if shared {
                conflicting_details(bodies, ids, flat, kinds, &group, &linked)
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
    let mut claims_of: Vec<Vec<Vec<usize>>> = bodies
        .iter()
        .map(|b| vec![Vec::new(); b.sentences.len()])
        .collect();
    for (k, claim) in claims.iter_mut().enumerate() {
        claim.id = format!("c{k}");
        for m in &claim.members {
            let of = &mut claims_of[m.source][m.sentence];
            if of.last() != Some(&k) {
                of.push(k);
            }
        }
    }
    let unique_details = source_details(bodies, ids, flat, kinds, source_df);
    ClaimsAnalysis {
        report: ClaimsReport {
            claims,
            unique_details,
        },
        claims_of,
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
                && !matches!(&kinds[t as usize], Term::Cue(..) | Term::Fact(..))
        })
}

//! Claim alignment: sentences in different sources that report the same fact, the facts only
//! one source gives, and the sources × claims coverage matrix.
//!
//! Each body sentence is cut into clause units (`units`: ", but", "; ", ", which", "and" before
//! a past-tense verb, "while", a trailing participle clause), and a sentence cut in several is
//! also kept whole; a sentence not cut that carries a long quotation besides other words also
//! has the quotation alone as a unit (`units::quoted_unit`). A unit's terms are stems of content words, numbers normalised to their
//! value ("5 million" → 5000000, "32-member" → 32), dates as one value ("4 July", "July 4th",
//! "the fourth of July" → 7/4), actors from `naming` (so "Pyongyang" and "North Korea" are one
//! term; a person by surname, so "Dave Calhoun" is "David Calhoun"), the meaning group of each
//! event word ("rebuke", "reject" → denounce;
//! `lexicon::event_meanings`) and, when the act is denied or refused ("refused to resign",
//! "has not resigned"), a second cue for the denial, and its fact signatures (`facts`: subject actor + meaning
//! group, so "North Korea denounced" meets "Pyongyang rejected"). Terms are weighted by
//! inverse frequency; a fact signature adds to a pair's score but not to a unit's length.
//! Two units from different sources are compared by the cosine of their weighted terms;
//! claims grow around a centre unit with no chaining (`clusters`): a unit joins when close to
//! the centre or, on average, to the members; then each unit joins the shared claim whose
//! centre (the sum of its members' terms) it is closest to, if not in it yet (`centres`; a
//! source's opening sentence, its headline or else its lede, which sums up the main fact in few
//! words, and a sentence in no shared claim, which would otherwise be called unique, on less
//! evidence).
//! Two units of different sources that give different times of one kind and share no actor
//! ("Agency A declared on Wednesday" / "Agency B declared on Tuesday") are never linked, nor
//! put in one claim by either step (`conflicts`); they still echo each other.
//! A claim's members are the sentences of its
//! units, so a sentence stating two facts may be a member of two claims; a sentence none of
//! whose units is in a claim of two sources is a fact of its own source (with that source's
//! repeats of it), unless it comes close to another source's sentence (`matching::ECHO_THRESHOLD`):
//! then the report does not call it unique, though it links it to nothing. Each member of a
//! shared claim carries the cues it was matched by, and a claim the numbers and dates its
//! matched members give differently (`evidence`). This is word overlap with light grammar,
//! not understanding: a paraphrase
//! with no shared words or actor is missed, and two facts about one actor and one kind of act
//! may be joined.
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
//!
//! Parts, each its own module: `units` (clause cuts), `terms` (what a unit is compared by:
//! stems, numbers, actors, meaning groups, and their weights), `facts` (fact signatures),
//! `matching` (which units are similar enough to pair), `clusters` (claims around centres),
//! `centres` (each unit to the claim whose centre it is closest to), `conflicts` (units that
//! cannot state one fact),
//! `report` (claims, their members and the coverage matrix), `evidence` (what each member was
//! matched by, conflicting numbers and dates) and `details` (the words, names and numbers only
//! one source gives). This module only runs them in order.

mod centres;
mod clusters;
mod conflicts;
mod details;
mod evidence;
mod facts;
mod matching;
mod report;
mod terms;
#[cfg(test)]
mod tests;
mod units;

use super::body::Body;
use super::naming::SourceMentions;

pub use report::ClaimsAnalysis;
pub use terms::number_at;

use matching::scored_pairs;
use report::build_report;
use terms::{idf_weights, norms, range_terms, sentence_terms, Interner, SentenceTerms};
use units::{clause_ranges, quoted_unit};

/// Aligns the sentences of all sources into claims.
pub fn align(bodies: &[Body], mentions: &[SourceMentions]) -> ClaimsAnalysis {
    let mut interner = Interner::default();
    let terms: Vec<Vec<SentenceTerms>> = bodies
        .iter()
        .zip(mentions)
        .map(|(b, m)| sentence_terms(b, m, &mut interner))
        .collect();
    // Clause units: (source, sentence) of each, and its terms.
    let mut unit_ids: Vec<(usize, usize)> = Vec::new();
    let mut unit_terms: Vec<SentenceTerms> = Vec::new();
    // Whether a unit is a whole sentence that was also cut into narrative clauses (it may
    // state several facts).
    let mut whole: Vec<bool> = Vec::new();
    for (s, (body, m)) in bodies.iter().zip(mentions).enumerate() {
        let mut carried = None;
        for (k, sentence) in body.sentences.iter().enumerate() {
            let ranges = clause_ranges(body, sentence.tokens.clone());
            let mut these: Vec<SentenceTerms> = ranges
                .iter()
                .map(|r| range_terms(body, m, r.clone(), &mut interner))
                .collect();
            carried = facts::add_facts(body, &ranges, &mut these, carried, &mut interner);
            // A sentence cut into clauses is also compared whole (with its clauses' facts).
            if ranges.len() > 1 {
                let mut all = terms[s][k].clone();
                for u in &these {
                    all.carriers.extend(u.carriers.iter().cloned());
                }
                all.carriers.sort_by_key(|(id, _)| *id);
                all.terms = all.carriers.iter().map(|(id, _)| *id).collect();
                all.terms.dedup();
                unit_ids.push((s, k));
                // Cut outside quotations: narrative clauses, each a fact of its own (a
                // speaker's sentence cut inside a quotation goes on one thought).
                let narrative = ranges[1..]
                    .iter()
                    .all(|r| !(body.tokens[r.start].quoted && body.tokens[r.start - 1].quoted));
                whole.push(narrative);
                unit_terms.push(all);
            }
            for u in these {
                unit_ids.push((s, k));
                whole.push(false);
                unit_terms.push(u);
            }
            // A sentence not cut that carries a long quotation: the quotation is compared on its
            // own too.
            if let Some(quoted) = (ranges.len() == 1)
                .then(|| quoted_unit(body, sentence.tokens.clone()))
                .flatten()
            {
                unit_ids.push((s, k));
                whole.push(false);
                unit_terms.push(range_terms(body, m, quoted, &mut interner));
            }
        }
    }
    let kinds = interner.kinds;
    // Sentence ids: (source, sentence) flattened.
    let ids: Vec<(usize, usize)> = terms
        .iter()
        .enumerate()
        .flat_map(|(s, list)| (0..list.len()).map(move |k| (s, k)))
        .collect();
    let first: Vec<usize> = terms
        .iter()
        .scan(0, |acc, list| {
            let at = *acc;
            *acc += list.len();
            Some(at)
        })
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
    let mut unit_df = vec![0u32; kinds.len()];
    for st in &unit_terms {
        for &t in &st.terms {
            unit_df[t as usize] += 1;
        }
    }
    let mut weight = idf_weights(&df, n);
    // Fact signatures exist only on units: weighed by their unit frequency.
    for (t, w) in weight.iter_mut().enumerate() {
        if matches!(kinds[t], terms::Term::Fact(..)) {
            *w = ((n as f64 + 1.0) / (unit_df[t] as f64 + 1.0)).ln() + 1.0;
        }
    }
    let flat: Vec<&SentenceTerms> = terms.iter().flatten().collect();
    let units: Vec<&SentenceTerms> = unit_terms.iter().collect();
    // A shared fact signature adds to a pair's score but not to a unit's length: a unit is not
    // made less like every other by having a subject and an event word.
    let plain: Vec<f64> = weight
        .iter()
        .zip(&kinds)
        .map(|(&w, k)| {
            if matches!(k, terms::Term::Fact(..)) {
                0.0
            } else {
                w
            }
        })
        .collect();
    let unit_norms = norms(&units, &plain);
    let all_pairs = scored_pairs(&units, &unit_ids, &kinds, &unit_df, &weight, &unit_norms);
    // Two units of different sources that give different times and share no actor are never
    // linked, nor put in one claim, however alike their words; they still echo each other.
    let anchors = conflicts::Anchors::new(&units, &kinds);
    let (scored, echoes): (Vec<_>, Vec<_>) = all_pairs.into_iter().partition(|&(a, b, s)| {
        unit_ids[a].0 == unit_ids[b].0 || (s >= matching::LINK_THRESHOLD && !anchors.conflict(a, b))
    });
    let conflict = |a: usize, b: usize| unit_ids[a].0 != unit_ids[b].0 && anchors.conflict(a, b);
    let mut groups = clusters::clusters(unit_ids.len(), &scored, &unit_ids, &whole, &conflict);
    // A source's opening sentence (its headline, or its lede when it has none) sums up the main
    // fact in few words: it may join the claim whose centre it is closest to on less evidence.
    let opening: Vec<bool> = unit_ids.iter().map(|&(_, k)| k == 0).collect();
    centres::join_closest_centres(
        &mut groups,
        &units,
        &unit_ids,
        &opening,
        &kinds,
        &weight,
        &unit_norms,
        scored.iter().chain(&echoes),
        &conflict,
    );
    // Units to sentences: each claim's sentences, once each; a sentence in no claim of two
    // sources stands alone.
    let sentence = |u: usize| first[unit_ids[u].0] + unit_ids[u].1;
    let mut in_shared = vec![false; n];
    let mut sentence_groups: Vec<Vec<usize>> = Vec::new();
    for g in &groups {
        let mut members: Vec<usize> = g.members.iter().map(|&u| sentence(u)).collect();
        members.sort_unstable();
        members.dedup();
        let sources = members
            .iter()
            .map(|&x| ids[x].0)
            .collect::<std::collections::BTreeSet<_>>();
        if sources.len() >= 2 {
            for &x in &members {
                in_shared[x] = true;
            }
            if !sentence_groups.contains(&members) {
                sentence_groups.push(members);
            }
        }
    }
    // The rest: one source's repeats of a fact (pairs of one source are scored only when
    // they clear the repeat threshold) joined, every other sentence alone.
    let mut root: Vec<usize> = (0..n).collect();
    fn find(root: &mut [usize], x: usize) -> usize {
        let mut r = x;
        while root[r] != r {
            r = root[r];
        }
        root[x] = r;
        r
    }
    for &(a, b, _) in &scored {
        let (x, y) = (sentence(a), sentence(b));
        if unit_ids[a].0 == unit_ids[b].0 && !in_shared[x] && !in_shared[y] {
            let (rx, ry) = (find(&mut root, x), find(&mut root, y));
            root[rx.max(ry)] = rx.min(ry);
        }
    }
    let mut alone: std::collections::BTreeMap<usize, Vec<usize>> = Default::default();
    for x in (0..n).filter(|&x| !in_shared[x]) {
        alone.entry(find(&mut root, x)).or_default().push(x);
    }
    sentence_groups.extend(alone.into_values());
    // A sentence another source states in other words, below the link threshold, is not
    // called a fact of its own source.
    let mut echoed = vec![false; n];
    for &(a, b, _) in &echoes {
        echoed[sentence(a)] = true;
        echoed[sentence(b)] = true;
    }
    let links: Vec<(usize, usize, f64)> = scored
        .iter()
        .map(|&(a, b, s)| (sentence(a), sentence(b), s))
        .collect();
    build_report(
        bodies,
        &ids,
        &flat,
        &kinds,
        &weight,
        &source_df,
        &links,
        &echoed,
        sentence_groups,
    )
}

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
//!
//! Parts, each its own module: `terms` (what a sentence is compared by: stems, numbers,
//! actors, and their weights), `matching` (which sentences are similar enough to link, and
//! the groups the links make), `report` (claims, their members and the coverage matrix) and
//! `details` (the words, names and numbers only one source gives). This module only runs them
//! in order.

mod details;
mod matching;
mod report;
mod terms;
#[cfg(test)]
mod tests;

use super::body::Body;
use super::naming::SourceMentions;

pub use report::ClaimsAnalysis;
pub use terms::number_at;

use matching::{choose_links, components, scored_pairs};
use report::build_report;
use terms::{idf_weights, norms, sentence_terms, Interner, SentenceTerms};

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

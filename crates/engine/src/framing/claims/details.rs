//! Details: the words, names and numbers of a sentence that other sources do not give,
//! merged into runs as written ("5 million artillery shells"); per source, the names and
//! numbers no other source mentions, with their counts; and the words a claim's members share.
//!
//! This module decides which terms count as a detail from the term frequencies it is given;
//! it does not group sentences into claims.

use std::ops::Range;

use super::terms::{SentenceTerms, Term};
use crate::framing::body::Body;
use crate::hash::{self, FastMap};
use crate::report::{CountedDetail, Detail, DetailKind, SourceDetails};
use crate::span::Span;

/// The details of one member: its terms that `unique` accepts (missing from the claim's
/// other sources, or, alone, from every other source), merged into runs of adjacent words.
pub(super) fn member_details(
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
            Term::Cue(..) | Term::Fact(..) => continue,
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
pub(super) fn shared_words(
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
        .filter(|c| {
            c.len() >= 2 && !matches!(kinds[c[0].0 as usize], Term::Cue(..) | Term::Fact(..))
        })
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
pub(super) fn source_details(
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
                Term::Word(_) | Term::Cue(..) | Term::Fact(..) => continue,
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

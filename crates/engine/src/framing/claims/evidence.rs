//! The evidence of a shared claim: for each member, the cues it shares with the members of
//! the claim's other sources (`matched_by`: actors, event meaning groups, numbers and dates,
//! the rarest shared words), and the numbers and dates two matched members give differently
//! (`conflicting_details`: "six hours" against "two afternoons").
//!
//! This module only reads the terms of sentences already grouped into a claim; it does not
//! decide which sentences belong together (see `matching` and `clusters`).

use std::ops::Range;

use super::terms::{SentenceTerms, Term};
use crate::framing::body::{Body, Case};
use crate::lexicon::function_words::is_function_word;
use crate::report::{ConflictingDetail, MatchCue, MatchCueKind};
use crate::span::Span;

/// At most this many shared words are listed per member (after its actors, events and
/// numbers).
const MAX_WORDS: usize = 5;

/// The cues sentence `x` of a claim shares with the members of the claim's other sources
/// (`shared(t)`: whether another source's member has term `t`).
pub(super) fn matched_by(
    body: &Body,
    st: &SentenceTerms,
    kinds: &[Term],
    weight: &[f64],
    shared: impl Fn(u32) -> bool,
) -> Vec<MatchCue> {
    let mut cues: Vec<(MatchCueKind, f64, String)> = Vec::new();
    for &t in st.terms.iter().filter(|&&t| shared(t)) {
        let kind = match &kinds[t as usize] {
            Term::Actor(_) => MatchCueKind::Actor,
            Term::Cue(group, negated) => {
                let text = if *negated {
                    format!("not {group}")
                } else {
                    (*group).to_string()
                };
                cues.push((MatchCueKind::Event, 0.0, text));
                continue;
            }
            Term::Number(_) => MatchCueKind::Number,
            Term::Word(_) => MatchCueKind::Word,
            Term::Fact(..) => continue,
        };
        let Some(r) = st.carriers_of(t).next() else {
            continue;
        };
        cues.push((kind, -weight[t as usize], text_of(body, r.clone())));
    }
    cues.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.total_cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut words = 0;
    cues.into_iter()
        .filter(|(kind, _, _)| {
            words += usize::from(*kind == MatchCueKind::Word);
            *kind != MatchCueKind::Word || words <= MAX_WORDS
        })
        .map(|(kind, _, text)| MatchCue { kind, text })
        .collect()
}

/// The numbers and dates that members of `group` (sorted) from different sources, linked to
/// each other (`linked[x]`: the sentences `x` was matched to), give differently: when each of
/// the two gives a value of one kind (number or date) that the other does not, both values.
/// The work is the members' links, not every pair of members.
pub(super) fn conflicting_details(
    bodies: &[Body],
    ids: &[(usize, usize)],
    flat: &[&SentenceTerms],
    kinds: &[Term],
    group: &[usize],
    linked: &[Vec<usize>],
) -> Vec<ConflictingDetail> {
    let mut out: Vec<ConflictingDetail> = Vec::new();
    // Spans already in `out` (source, start, end): a long claim repeats its values across many
    // links, and a scan of `out` for each made this quadratic in the claim's size.
    let mut seen = std::collections::BTreeSet::new();
    for &x in group {
        for &y in &linked[x] {
            if y < x || ids[x].0 == ids[y].0 || group.binary_search(&y).is_err() {
                continue;
            }
            let own_x = own_values(&bodies[ids[x].0], flat[x], flat[y], kinds);
            let own_y = own_values(&bodies[ids[y].0], flat[y], flat[x], kinds);
            for (rx, cx) in &own_x {
                for (ry, _) in own_y.iter().filter(|(_, cy)| cy == cx) {
                    for (z, r) in [(x, rx), (y, ry)] {
                        let body = &bodies[ids[z].0];
                        let span = span_of(body, r.clone());
                        if seen.insert((ids[z].0, span.start, span.end)) {
                            out.push(ConflictingDetail {
                                source: ids[z].0,
                                text: body.slice(span).to_string(),
                                start: span.start,
                                end: span.end,
                            });
                        }
                    }
                }
            }
        }
    }
    out.sort_by_key(|d| (d.source, d.start));
    out
}

/// What a value counts, so that only like values conflict: dates with dates, a span of
/// time with a span of time ("six hours", "two afternoons"), otherwise the same counted word
/// ("171 planes", "150 planes").
#[derive(Clone, Debug, PartialEq, Eq)]
enum Counted {
    Date,
    Time,
    Word(String),
}

/// Words that measure a span of time.
const TIME_UNITS: &[&str] = &[
    "second",
    "minute",
    "hour",
    "day",
    "morning",
    "afternoon",
    "evening",
    "night",
    "week",
    "weekend",
    "month",
    "year",
    "decade",
    "season",
];

/// The numbers and dates of `a` whose value `b` does not give, each with its token range (a
/// number with the word it counts) and what it counts; a number that counts nothing but a
/// date is left out (a bare "33" may be an age or a count), as is "one", which is as often no
/// count at all ("number one", "one of").
fn own_values(
    body: &Body,
    a: &SentenceTerms,
    b: &SentenceTerms,
    kinds: &[Term],
) -> Vec<(Range<usize>, Counted)> {
    let dates: Vec<&Range<usize>> = a
        .carriers
        .iter()
        .filter(|(t, _)| matches!(&kinds[*t as usize], Term::Number(v) if v.contains('/')))
        .map(|(_, r)| r)
        .collect();
    let mut out = Vec::new();
    for (t, r) in &a.carriers {
        let Term::Number(v) = &kinds[*t as usize] else {
            continue;
        };
        if b.has(*t) || v == "1" {
            continue;
        }
        if v.contains('/') {
            out.push((r.clone(), Counted::Date));
            continue;
        }
        if dates.iter().any(|d| d.start <= r.start && r.end <= d.end) {
            continue;
        }
        if let Some(word) = counted_word(body, r.end) {
            let stem = body.tokens[word].stem();
            let counted = if TIME_UNITS
                .iter()
                .any(|u| stem == crate::word_forms::stem(u))
            {
                Counted::Time
            } else {
                Counted::Word(stem.to_string())
            };
            out.push((r.start..word + 1, counted));
        }
    }
    out
}

/// The word a number just before token `next` counts ("six hours", "171 planes"), if any.
fn counted_word(body: &Body, next: usize) -> Option<usize> {
    let t = body.tokens.get(next)?;
    (t.case == Case::Lower
        && t.base().chars().all(char::is_alphabetic)
        && !is_function_word(t.lower())
        && body.gap_before(next).chars().all(|c| c == ' ' || c == '-'))
    .then_some(next)
}

fn span_of(body: &Body, r: Range<usize>) -> Span {
    Span::new(
        body.tokens[r.start].span.start,
        body.tokens[r.end - 1].span.end,
    )
}

fn text_of(body: &Body, r: Range<usize>) -> String {
    body.slice(span_of(body, r)).to_string()
}

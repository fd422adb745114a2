//! Fact signatures: who did what in a clause unit, as one term beside its words. The subject
//! is the first actor (from `naming`, so "Pyongyang" and "North Korea" are one) before the
//! unit's first event word; a unit that opens with a relative word ("that condemned") takes
//! the last actor of the unit before it, and one with no subject of its own (", calling it",
//! "and warned", "The spokesperson warned") takes its sentence's subject, or the previous
//! sentence's. Each event meaning group of the unit ("denounce", "warn") paired with that
//! subject is a `Fact` term, so "North Korea denounced" meets "Pyongyang rejected".
//!
//! A heuristic over word order, not a parse: it names the subject wrongly when an actor
//! stands in front of the real subject ("After meeting NATO, the ministry said …").

use std::ops::Range;

use super::terms::{Interner, SentenceTerms, Term};
use crate::framing::body::Body;

/// Words that open a relative clause, whose subject is the actor just before it.
const RELATIVES: &[&str] = &["that", "which", "who"];

/// Adds the fact terms of each unit of one sentence (its `ranges` and `units`, in order),
/// given the subject carried from the previous sentence; returns this sentence's subject.
pub(super) fn add_facts(
    body: &Body,
    ranges: &[Range<usize>],
    units: &mut [SentenceTerms],
    carried: Option<u32>,
    interner: &mut Interner,
) -> Option<u32> {
    let mut main: Option<u32> = None;
    let mut last_actor: Option<u32> = None;
    for (k, (range, unit)) in ranges.iter().zip(units.iter_mut()).enumerate() {
        let mut actors: Vec<(usize, u32)> = Vec::new();
        let mut cues: Vec<(usize, (&'static str, bool), Range<usize>)> = Vec::new();
        for (t, r) in &unit.carriers {
            match interner.kinds[*t as usize] {
                Term::Actor(_) => actors.push((r.start, *t)),
                Term::Cue(g, negated) => cues.push((r.start, (g, negated), r.clone())),
                _ => {}
            }
        }
        actors.sort_unstable();
        let first_cue = cues.iter().map(|c| c.0).min().unwrap_or(usize::MAX);
        let opener = body.tokens[range.start].lower();
        let own = actors.iter().find(|a| a.0 < first_cue).map(|a| a.1);
        let subject = if k > 0 && RELATIVES.contains(&opener) {
            last_actor.or(main)
        } else {
            own.or(main).or(carried)
        };
        if k == 0 || main.is_none() {
            main = main.or(own);
        }
        if let Some(&(_, a)) = actors.last() {
            last_actor = Some(a);
        }
        let Some(subject) = subject else { continue };
        for (_, (group, negated), r) in cues {
            let id = interner.fact(subject, group, negated);
            unit.carriers.push((id, r));
        }
        unit.carriers.sort_by_key(|(id, _)| *id);
        unit.terms = unit.carriers.iter().map(|(id, _)| *id).collect();
        unit.terms.dedup();
    }
    main.or(carried)
}

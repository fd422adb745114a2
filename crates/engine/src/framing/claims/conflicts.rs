//! Which two units cannot state one fact, however many words they share: those that give
//! different times for what may be different events. A unit's anchors are its times (weekdays
//! and years, dates), its actors (`naming`'s entities) and its fact signatures (`facts`:
//! subject actor + event meaning group).
//!
//! Two units conflict when both give a time of one kind (a weekday or a year; a date), no time
//! of that kind is the same, and they share no actor nor fact signature ("Agency A declared an
//! emergency on Wednesday" / "Agency B declared one on Tuesday"; "… declared on Wednesday" /
//! "a previous one was declared in 2022"). Two units about the same actor that differ only in
//! the time stay one fact, whose differing dates `evidence` shows as a conflicting detail; and
//! a weekday is not compared with a date ("Tuesday" may be "26 November").
//!
//! Different actors alone are no conflict: the subject `facts` finds is a guess from word
//! order, and "the ministry" and "the country" often report one act.
//!
//! A conflict keeps two units out of one claim (`clusters`, `centres`); it does not make
//! either a fact of its own source (the pair still counts as an echo).

use super::terms::{SentenceTerms, Term};

/// The anchors of every unit, as flat sorted lists.
pub(super) struct Anchors {
    /// Per unit, its times as (kind, term id), sorted.
    times: Vec<Vec<(u8, u32)>>,
    /// Per unit, its fact signatures as (meaning group, actor id, fact id), sorted.
    facts: Vec<Vec<(&'static str, u32, u32)>>,
    /// Per unit, its actor term ids (sorted, as its terms are).
    actors: Vec<Vec<u32>>,
}

/// The first letters of the weekdays' stems ("wednes" for "Wednesday", "Wednesdays").
const WEEKDAYS: &[&str] = &[
    "monday", "tuesda", "wednes", "thursd", "friday", "saturd", "sunday",
];

/// A weekday or a year: a coarse "when" ("on Wednesday" is not "in 2022").
const WHEN: u8 = 0;
/// A day of a month ("7/4").
const DATE: u8 = 1;

/// The kind of time a term names, if it names one: [`WHEN`] for a weekday or a year (four
/// digits from 1900 to 2100), [`DATE`] for a date. Only times of one kind are compared:
/// "Tuesday" and "26 November" may be the same day.
pub(super) fn time_kind(term: &Term) -> Option<u8> {
    match term {
        Term::Word(w) if w.len() >= 6 && WEEKDAYS.iter().any(|d| w.starts_with(d)) => Some(WHEN),
        Term::Number(n) if n.contains('/') => Some(DATE),
        Term::Number(n)
            if n.len() == 4 && n.parse::<u32>().is_ok_and(|y| (1900..=2100).contains(&y)) =>
        {
            Some(WHEN)
        }
        _ => None,
    }
}

impl Anchors {
    pub(super) fn new(units: &[&SentenceTerms], kinds: &[Term]) -> Anchors {
        let time: Vec<Option<u8>> = kinds.iter().map(time_kind).collect();
        let mut times = Vec::with_capacity(units.len());
        let mut facts = Vec::with_capacity(units.len());
        let mut actors = Vec::with_capacity(units.len());
        for u in units {
            actors.push(
                u.terms
                    .iter()
                    .copied()
                    .filter(|&t| matches!(kinds[t as usize], Term::Actor(_)))
                    .collect(),
            );
            times.push(
                u.terms
                    .iter()
                    .filter_map(|&t| time[t as usize].map(|k| (k, t)))
                    .collect(),
            );
            let mut f: Vec<(&'static str, u32, u32)> = u
                .terms
                .iter()
                .filter_map(|&t| match kinds[t as usize] {
                    Term::Fact(actor, group, _) => Some((group, actor, t)),
                    _ => None,
                })
                .collect();
            f.sort_unstable();
            facts.push(f);
        }
        Anchors {
            times,
            facts,
            actors,
        }
    }

    /// Whether units `a` and `b` cannot state one fact (see the module comment).
    pub(super) fn conflict(&self, a: usize, b: usize) -> bool {
        let (fa, fb) = (&self.facts[a], &self.facts[b]);
        if fa.iter().any(|x| fb.iter().any(|y| x.2 == y.2)) {
            return false;
        }
        if self.actors[a]
            .iter()
            .any(|x| self.actors[b].binary_search(x).is_ok())
        {
            return false;
        }
        let (ta, tb) = (&self.times[a], &self.times[b]);
        // Times of one kind that both give, none the same, and no kind with one in common.
        let mut differ = false;
        for k in [WHEN, DATE] {
            let mut mine = of_kind(ta, k).peekable();
            if mine.peek().is_none() || of_kind(tb, k).next().is_none() {
                continue;
            }
            if mine.any(|t| of_kind(tb, k).any(|u| u == t)) {
                return false;
            }
            differ = true;
        }
        differ
    }
}

/// The term ids of the times of kind `k` in `list`.
fn of_kind(list: &[(u8, u32)], k: u8) -> impl Iterator<Item = u32> + '_ {
    list.iter().filter(move |x| x.0 == k).map(|x| x.1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_are_weekdays_years_and_dates() {
        assert_eq!(time_kind(&Term::Word("wednesday".into())), Some(WHEN));
        assert_eq!(time_kind(&Term::Number("2022".into())), Some(WHEN));
        assert_eq!(time_kind(&Term::Number("7/4".into())), Some(DATE));
        assert_eq!(time_kind(&Term::Number("14000".into())), None);
        assert_eq!(time_kind(&Term::Word("saturate".into())), None);
    }
}

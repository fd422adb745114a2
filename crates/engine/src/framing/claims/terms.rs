//! The terms of each body sentence, as claim alignment compares them: stems of content words,
//! numbers normalised to their value ("5 million" → 5000000, "32-member" → 32,
//! "ninety-seven" → 97), dates as one value, and actors from `naming` (so "Pyongyang" and
//! "North Korea" are one term), interned once as ids; and each term's weight, its smoothed
//! inverse sentence frequency.
//!
//! This module only reads and weighs terms; it does not compare sentences (see `matching`).

use std::ops::Range;

use crate::framing::body::{Body, Case, Token};
use crate::framing::naming::{Mention, SourceMentions};
use crate::hash::FastMap;
use crate::lexicon::calendar::{MONTHS, MONTH_ABBREVIATIONS};
use crate::lexicon::event_meanings::group_of;
use crate::lexicon::function_words::is_function_word;
use crate::report::ActorKind;

/// A term of a sentence.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(super) enum Term {
    Word(String),
    Number(String),
    Actor(String),
    /// The meaning group of an event word ("denounce" for "rebuke", "slam", "reject"): a cue
    /// carried beside the word itself; with `true`, a second cue carried beside a denied or
    /// refused act ("refused to resign", "has not resigned", "I'm not going to resign": "not
    /// leave"), which the act itself ("resigned") and a vow that only shares its group ("fight
    /// to the end") lack.
    Cue(&'static str, bool),
    /// A clause's fact signature: its subject actor, an event meaning group and whether it is
    /// denied ("north korea|denounce"), so that two clauses saying who did what meet however
    /// worded.
    Fact(u32, &'static str, bool),
}

/// Terms of one sentence, with the tokens that carry each.
#[derive(Clone, Debug, Default)]
pub(super) struct SentenceTerms {
    /// Term ids, sorted, unique.
    pub(super) terms: Vec<u32>,
    /// Every carrier: a term id and the token range that carries it, sorted by term id, then
    /// in text order.
    pub(super) carriers: Vec<(u32, Range<usize>)>,
}

impl SentenceTerms {
    /// The token ranges that carry term `t`, in text order.
    pub(super) fn carriers_of(&self, t: u32) -> impl Iterator<Item = &Range<usize>> + '_ {
        let from = self.carriers.partition_point(|(id, _)| *id < t);
        self.carriers[from..]
            .iter()
            .take_while(move |(id, _)| *id == t)
            .map(|(_, r)| r)
    }

    pub(super) fn has(&self, t: u32) -> bool {
        self.terms.binary_search(&t).is_ok()
    }
}

/// Term ids in order of first use, with the terms; words and actors are keyed by the strings
/// the bodies and mentions already hold.
#[derive(Default)]
pub(super) struct Interner<'a> {
    words: FastMap<&'a str, u32>,
    actors: FastMap<&'a str, u32>,
    numbers: FastMap<String, u32>,
    cues: FastMap<(&'static str, bool), u32>,
    facts: FastMap<(u32, &'static str, bool), u32>,
    pub(super) kinds: Vec<Term>,
}

impl<'a> Interner<'a> {
    fn word(&mut self, w: &'a str) -> u32 {
        let next = self.kinds.len() as u32;
        *self.words.entry(w).or_insert_with(|| {
            self.kinds.push(Term::Word(w.to_string()));
            next
        })
    }

    fn actor(&mut self, key: &'a str) -> u32 {
        let next = self.kinds.len() as u32;
        *self.actors.entry(key).or_insert_with(|| {
            self.kinds.push(Term::Actor(key.to_string()));
            next
        })
    }

    fn cue(&mut self, group: &'static str, negated: bool) -> u32 {
        let next = self.kinds.len() as u32;
        *self.cues.entry((group, negated)).or_insert_with(|| {
            self.kinds.push(Term::Cue(group, negated));
            next
        })
    }

    pub(super) fn fact(&mut self, actor: u32, group: &'static str, negated: bool) -> u32 {
        let next = self.kinds.len() as u32;
        *self
            .facts
            .entry((actor, group, negated))
            .or_insert_with(|| {
                self.kinds.push(Term::Fact(actor, group, negated));
                next
            })
    }

    fn number(&mut self, value: String) -> u32 {
        if let Some(&id) = self.numbers.get(&value) {
            return id;
        }
        let id = self.kinds.len() as u32;
        self.kinds.push(Term::Number(value.clone()));
        self.numbers.insert(value, id);
        id
    }
}

/// Each term's weight from its sentence frequency `df` among `n` sentences (smoothed inverse
/// sentence frequency: rarer terms weigh more).
pub(super) fn idf_weights(df: &[u32], n: usize) -> Vec<f64> {
    df.iter()
        .map(|&d| ((n as f64 + 1.0) / (d as f64 + 1.0)).ln() + 1.0)
        .collect()
}

/// Each sentence's norm: the length of its weighted term vector.
pub(super) fn norms(flat: &[&SentenceTerms], weight: &[f64]) -> Vec<f64> {
    flat.iter()
        .map(|st| {
            st.terms
                .iter()
                .map(|&t| weight[t as usize].powi(2))
                .sum::<f64>()
                .sqrt()
        })
        .collect()
}

pub(super) fn sentence_terms<'a>(
    body: &'a Body,
    mentions: &'a SourceMentions,
    interner: &mut Interner<'a>,
) -> Vec<SentenceTerms> {
    body.sentences
        .iter()
        .map(|s| range_terms(body, mentions, s.tokens.clone(), interner))
        .collect()
}

/// The terms of the tokens `range` (a sentence or a clause of one): actors, numbers, word
/// stems, and beside an event word its meaning group.
pub(super) fn range_terms<'a>(
    body: &'a Body,
    mentions: &'a SourceMentions,
    range: Range<usize>,
    interner: &mut Interner<'a>,
) -> SentenceTerms {
    let mut carriers: Vec<(u32, Range<usize>)> = Vec::new();
    let mut i = range.start;
    while i < range.end {
        // A date ("4 July", "July 4th", "the fourth of July") is also one value, however
        // written.
        if let Some((date, used)) = date_at(body, i, range.end) {
            carriers.push((interner.number(date), i..i + used));
        }
        let mut cue = None;
        let mut denial = None;
        let (id, used) = if let Some(m) = mentions.at(i) {
            let end = m.tokens.end.min(range.end).max(i + 1);
            (Some(interner.actor(actor_key(m))), end - i)
        } else if let Some((value, used)) = number_at(body, i, range.end) {
            (Some(interner.number(value)), used)
        } else {
            let word = word_term(&body.tokens[i]);
            let group = word.and_then(group_of);
            cue = group.map(|g| interner.cue(g, false));
            // A denied act ("refused to resign") also carries the denial, so two denials are
            // closer to each other than to the act or to a vow that only shares its group.
            denial = group
                .filter(|_| denied(body, range.start, i))
                .map(|g| interner.cue(g, true));
            (word.map(|w| interner.word(w)), 1)
        };
        if let Some(id) = id {
            carriers.push((id, i..i + used));
        }
        if let Some(id) = cue {
            carriers.push((id, i..i + used));
        }
        if let Some(id) = denial {
            carriers.push((id, i..i + used));
        }
        i += used;
    }
    // Stable: each term's carriers stay in text order.
    carriers.sort_by_key(|(id, _)| *id);
    let mut terms: Vec<u32> = carriers.iter().map(|(id, _)| *id).collect();
    terms.dedup();
    SentenceTerms { terms, carriers }
}

/// How many words before an event word a denial may stand ("not going to resign").
const DENIAL_REACH: usize = 3;

/// Whether the event word at token `i` (of a unit starting at `start`) is denied or refused:
/// "not", "never", a "-n't" contraction or a form of "refuse" or "decline" at most
/// [`DENIAL_REACH`] words before it, in the same unit.
fn denied(body: &Body, start: usize, i: usize) -> bool {
    (start.max(i.saturating_sub(DENIAL_REACH))..i).any(|k| {
        let w = body.tokens[k].lower();
        matches!(w, "not" | "never" | "cannot")
            || w.ends_with("n't")
            || w.ends_with("n\u{2019}t")
            || w.starts_with("refus")
            || w.starts_with("declin")
    })
}

/// The actor a mention counts as: its naming key, but a person by the last word of the name,
/// so that "Dave Calhoun" and "David Calhoun" (which naming keeps apart) are one actor.
fn actor_key(m: &Mention) -> &str {
    if m.kind != ActorKind::Person {
        return &m.key;
    }
    let name = m.key.split_once(':').map_or(m.key.as_str(), |(_, n)| n);
    name.rsplit(' ').next().unwrap_or(name)
}

fn word_term(t: &Token) -> Option<&str> {
    let letters = t.base().chars().filter(|c| c.is_alphanumeric()).count();
    (letters >= 2 && !is_function_word(t.base()) && !is_function_word(t.lower()))
        .then_some(t.stem())
}

/// Ordinal words, read as numbers only in a date ("the fourth of July").
const ORDINALS: &[(&str, u32)] = &[
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("fifth", 5),
    ("sixth", 6),
    ("seventh", 7),
    ("eighth", 8),
    ("ninth", 9),
    ("tenth", 10),
    ("eleventh", 11),
    ("twelfth", 12),
    ("thirteenth", 13),
    ("fourteenth", 14),
    ("fifteenth", 15),
    ("sixteenth", 16),
    ("seventeenth", 17),
    ("eighteenth", 18),
    ("nineteenth", 19),
    ("twentieth", 20),
    ("thirtieth", 30),
];

/// The month (1–12) a word names, in full or abbreviated.
fn month_of(t: &Token) -> Option<u32> {
    if t.case == Case::Lower {
        return None;
    }
    let w = t.lower().trim_end_matches('.');
    let full = &MONTHS[..12];
    if let Some(k) = full.iter().position(|m| *m == w) {
        return Some(k as u32 + 1);
    }
    (MONTH_ABBREVIATIONS.contains(&w) && w.len() >= 3)
        .then(|| full.iter().position(|m| m.starts_with(&w[..3])))
        .flatten()
        .map(|k| k as u32 + 1)
}

/// A day of the month: "4", "4th", "fourth".
fn day_of(t: &Token) -> Option<u32> {
    let w = t.lower();
    let digits = ["st", "nd", "rd", "th"]
        .iter()
        .find_map(|s| w.strip_suffix(s))
        .unwrap_or(w);
    let day =
        if !digits.is_empty() && digits.len() <= 2 && digits.bytes().all(|b| b.is_ascii_digit()) {
            digits.parse().ok()
        } else {
            ORDINALS
                .iter()
                .find(|(o, _)| *o == w)
                .map(|&(_, v)| v)
                .or_else(|| {
                    // "twenty-first"
                    let (tens, unit) = w.split_once('-')?;
                    let tens = SMALL.iter().find(|(t, _)| *t == tens)?.1 as u32;
                    let unit = ORDINALS.iter().find(|(o, _)| *o == unit)?.1;
                    (tens >= 20 && unit < 10).then_some(tens + unit)
                })
        }?;
    (1..=31).contains(&day).then_some(day)
}

/// A date starting at token `i` ("4 July", "July 4th", "4th of July", "the fourth of July"
/// from "fourth"): its value as "month/day" and how many tokens it spans.
fn date_at(body: &Body, i: usize, end: usize) -> Option<(String, usize)> {
    let t = |k: usize| (k < end).then(|| &body.tokens[k]);
    if let Some(month) = month_of(t(i)?) {
        let day = day_of(t(i + 1)?)?;
        return Some((format!("{month}/{day}"), 2));
    }
    let day = day_of(t(i)?)?;
    let next = t(i + 1)?;
    if let Some(month) = month_of(next) {
        return Some((format!("{month}/{day}"), 2));
    }
    (next.lower() == "of")
        .then(|| month_of(t(i + 2)?))
        .flatten()
        .map(|month| (format!("{month}/{day}"), 3))
}

pub(super) const SMALL: &[(&str, u64)] = &[
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
    ("hundred", 100),
    ("dozen", 12),
];

/// A cheap test that `word` may be in [`SMALL`]: three to nine letters, the first one that
/// starts a number word.
pub(super) fn could_be_small(word: &str) -> bool {
    (3..=9).contains(&word.len())
        && matches!(
            word.as_bytes()[0],
            b'o' | b't' | b'f' | b's' | b'e' | b'n' | b'h' | b'd'
        )
}

const SCALES: &[(&str, f64)] = &[
    ("thousand", 1e3),
    ("million", 1e6),
    ("mln", 1e6),
    ("billion", 1e9),
    ("bn", 1e9),
    ("trillion", 1e12),
];

/// A number starting at token `i`: digits ("25,000", "3.5", the ordinal "4th"), a number
/// word ("four"), or
/// either before a hyphen ("32-member", "three-day"), times a following scale word
/// ("5 million"). Returns its value as text and how many tokens it used.
pub fn number_at(body: &Body, i: usize, end: usize) -> Option<(String, usize)> {
    let t = &body.tokens[i];
    let head = t.base().split('-').next().unwrap_or("");
    let mut used = 1;
    let mut value: f64 = if head.chars().next().is_some_and(|c| c.is_ascii_digit()) {
        // "3rd", "4th": an ordinal in digits is its number, so "June 3rd" meets "June 3".
        let head = ["st", "nd", "rd", "th"]
            .iter()
            .find_map(|s| head.strip_suffix(s))
            .unwrap_or(head);
        let mut digits: String = head.chars().filter(|&c| c != ',').collect();
        // "25,000": the word splitter cuts at the comma.
        while i + used < end
            && body.gap_before(i + used) == ","
            && body.tokens[i + used].base().len() == 3
            && body.tokens[i + used]
                .base()
                .chars()
                .all(|c| c.is_ascii_digit())
            && !t.base().contains('-')
        {
            digits.push_str(body.tokens[i + used].base());
            used += 1;
        }
        digits.parse().ok()?
    } else if t.case != Case::Upper && could_be_small(head) {
        let small = |w: &str| SMALL.iter().find(|(s, _)| *s == w).map(|&(_, v)| v);
        let tens = small(head)?;
        // "ninety-seven": tens and a unit joined by a hyphen are one number.
        let unit = t
            .base()
            .split('-')
            .nth(1)
            .and_then(small)
            .filter(|&u| (20..=90).contains(&tens) && tens % 10 == 0 && u < 10);
        (tens + unit.unwrap_or(0)) as f64
    } else {
        return None;
    };
    if !t.base().contains('-') && i + used < end {
        let next = &body.tokens[i + used].base();
        if let Some(&(_, scale)) = SCALES.iter().find(|(w, _)| w == next) {
            value *= scale;
            used += 1;
        }
    }
    let text = if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{}", value as i64)
    } else {
        format!("{value}")
    };
    Some((text, used))
}

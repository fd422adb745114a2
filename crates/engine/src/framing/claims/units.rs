//! Clause units: a body sentence cut where its grammar starts another clause (", but", "; ",
//! ", after", ", which", "that" or "and" before a past-tense verb, a trailing participle clause
//! ", calling it …"), so that a sentence stating two facts is compared as two units, each of
//! which may meet its own match in another source. The report still lists sentences: a unit
//! only says which sentence it comes from.
//!
//! No parser: a cut needs a clause word at a clause boundary, and a cut that would leave a
//! piece of fewer than [`MIN_TOKENS`] words is not made, so an unusual sentence stays whole.

use std::ops::Range;

use crate::framing::body::{Body, Case};

/// The fewest words a clause unit has; a shorter piece stays with its neighbour.
pub(super) const MIN_TOKENS: usize = 4;

/// The fewest words of a quotation, and of the rest of its sentence, for the quotation to be
/// compared on its own as well ([`quoted_unit`]).
pub(super) const QUOTE_UNIT_TOKENS: usize = 8;

/// Words that open a new clause after a comma, dash or semicolon.
const OPENERS: &[&str] = &[
    "after", "although", "as", "because", "before", "but", "though", "when", "whereas", "which",
    "while", "who", "whilst", "yet",
];

/// Words that open a new clause with no comma when a past-tense verb follows ("and warned",
/// "that condemned").
const BARE_OPENERS: &[&str] = &["and", "but", "that", "which", "who"];

/// Words that open a clause of their own even with no comma before them ("… said he was
/// content while Liverpool lead the table"); "after", "as" or "when" with no comma more often
/// only add a time to one fact, and stay.
const BARE_SUBORDINATORS: &[&str] = &["while", "whilst"];

/// The token ranges of the clause units of the sentence whose tokens are `tokens`, in order;
/// together they cover it.
pub(super) fn clause_ranges(body: &Body, tokens: Range<usize>) -> Vec<Range<usize>> {
    let mut cuts = vec![tokens.start];
    for i in tokens.start + 1..tokens.end {
        if i - cuts[cuts.len() - 1] < MIN_TOKENS || tokens.end - i < MIN_TOKENS {
            continue;
        }
        if opens_clause(body, i, tokens.end) {
            cuts.push(i);
        }
    }
    cuts.push(tokens.end);
    cuts.windows(2).map(|w| w[0]..w[1]).collect()
}

/// The longest run of quoted words in the sentence whose tokens are `tokens`, when it and the
/// rest of the sentence both have at least [`QUOTE_UNIT_TOKENS`] words: a writer's sentence
/// that carries a quotation ("'We will have an election on the fourth of July,' the prime
/// minister told reporters outside his office on Wednesday") states what the speaker said and
/// how the outlet frames it, and another outlet may give either alone. The quotation is then
/// compared on its own as well as in its whole sentence (it is not a cut: the sentence's
/// other words make no unit of their own, as "the prime minister told reporters" states no fact).
pub(super) fn quoted_unit(body: &Body, tokens: Range<usize>) -> Option<Range<usize>> {
    let mut best = tokens.start..tokens.start;
    let mut i = tokens.start;
    while i < tokens.end {
        let end = (i..tokens.end)
            .find(|&j| !body.tokens[j].quoted)
            .unwrap_or(tokens.end);
        if end - i > best.len() {
            best = i..end;
        }
        i = end + 1;
    }
    (best.len() >= QUOTE_UNIT_TOKENS && tokens.len() - best.len() >= QUOTE_UNIT_TOKENS)
        .then_some(best)
}

fn opens_clause(body: &Body, i: usize, end: usize) -> bool {
    let t = &body.tokens[i];
    let gap = body.gap_before(i);
    if gap.contains(';') {
        return true;
    }
    if t.case != Case::Lower {
        return false;
    }
    let w = t.lower();
    let pause = gap.contains(',') || gap.contains('—') || gap.contains('–');
    if pause && (OPENERS.contains(&w) || participle(w)) {
        return true;
    }
    let next_past = i + 1 < end && {
        let n = &body.tokens[i + 1];
        n.case == Case::Lower && n.lower().len() > 4 && n.lower().ends_with("ed")
    };
    (BARE_OPENERS.contains(&w) && next_past) || BARE_SUBORDINATORS.contains(&w)
}

/// A present participle opening a clause ("calling", "saying", "threatening").
fn participle(w: &str) -> bool {
    w.len() > 6 && w.ends_with("ing") && !matches!(w, "according" | "including" | "during")
}

//! Quote marks in context: which characters are marks, which pairs close each other, and
//! whether a mark may open or close a quote or is an apostrophe (`Korea's`, `'90s`, `rock 'n'
//! roll`).
//!
//! This file classifies one mark at a time; it does not pair them (`pairing`).

use crate::lexicon::elisions::ELISIONS;

/// A quote mark in a paragraph and what it may do there.
#[derive(Clone, Copy, Debug)]
pub(super) struct Mark {
    /// Byte offset in the paragraph.
    pub(super) at: usize,
    pub(super) ch: char,
    pub(super) can_open: bool,
    pub(super) can_close: bool,
    /// A single closing mark right after an `s` and before a word: as likely a plural
    /// possessive (`workers’ paradise`) as the end of a quote.
    pub(super) possessive_like: bool,
    /// A single mark before a number (`’14 years under …’`): an elided year (`the ’90s`) or
    /// a quote that opens on a number; it opens only when no quote is open and a single
    /// closing mark follows in the paragraph.
    pub(super) opens_before_number: bool,
}

/// For each mark, whether a later single mark in the paragraph could close a quote before
/// a new single quote clearly opens. A possessive-like mark followed by a new opening mark
/// (`a ‘malevolence … in your actions’ for which ‘you have no remorse’`) ends its quote: the
/// later closer belongs to the new quote, not to this one.
pub(super) fn later_single_closers(marks: &[Mark]) -> Vec<bool> {
    let mut out = vec![false; marks.len()];
    let mut seen = false;
    for (k, m) in marks.iter().enumerate().rev() {
        out[k] = seen;
        if family(m.ch) != Family::Single {
            continue;
        }
        if m.can_open && !m.can_close {
            seen = false;
        } else if m.can_close && !m.possessive_like {
            seen = true;
        }
    }
    out
}

/// Every quote mark of a paragraph, classified from its neighbours.
pub(super) fn classify_marks(body: &str) -> Vec<Mark> {
    let mut out = Vec::new();
    let mut prev: [Option<char>; 3] = [None; 3];
    let mut chars = body.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        if family(c) != Family::None {
            if let Some(mark) = classify_mark(body, i, c, prev, next) {
                out.push(mark);
            }
        }
        prev = [Some(c), prev[0], prev[1]];
    }
    out
}

/// Marks fall in families; a continued paragraph must reopen with the same family.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Family {
    None,
    Double,
    Single,
    Guillemet,
    SingleGuillemet,
    Corner,
}

pub(super) fn family(c: char) -> Family {
    match c {
        '"' | '“' | '”' | '„' | '‟' => Family::Double,
        '\'' | '‘' | '’' | '‚' | '‛' => Family::Single,
        '«' | '»' => Family::Guillemet,
        '‹' | '›' => Family::SingleGuillemet,
        '「' | '」' | '『' | '』' => Family::Corner,
        _ => Family::None,
    }
}

pub(super) fn same_family(a: char, b: char) -> bool {
    family(a) == family(b)
}

/// Whether `closer` closes a quote opened with `opener`.
pub(super) fn closes_pair(opener: char, closer: char) -> bool {
    match opener {
        '“' | '‟' | '"' => matches!(closer, '”' | '"'),
        '„' => matches!(closer, '“' | '”'),
        '”' => closer == '”',
        '‘' | '‛' | '\'' => matches!(closer, '’' | '\''),
        '‚' => matches!(closer, '‘' | '’'),
        '’' => closer == '’',
        '«' => closer == '»',
        '»' => closer == '«',
        '‹' => closer == '›',
        '›' => closer == '‹',
        '「' => closer == '」',
        '『' => closer == '』',
        _ => false,
    }
}

/// Where a mark may open: at the start, after a space, or after an opening bracket or dash.
fn opening_context(prev: Option<char>) -> bool {
    prev.is_none_or(|p| {
        p.is_whitespace()
            || matches!(
                p,
                '(' | '[' | '{' | '<' | '—' | '–' | '-' | '/' | ':' | '“' | '‘' | '"' | '\'' | '«'
            )
    })
}

/// Where a mark may close: at the end, before a space or punctuation.
fn closing_context(next: Option<char>) -> bool {
    next.is_none_or(|n| !n.is_alphanumeric())
}

/// Whether the mark `c` at byte `i` closes a sentence and a footnote number follows it
/// (`…available."1`): one to three digits, then a space, punctuation or the end.
fn before_footnote(body: &str, i: usize, c: char) -> bool {
    let ends_sentence = body[..i].ends_with(['.', '!', '?', ',', ';']);
    let rest = &body[i + c.len_utf8()..];
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    ends_sentence
        && (1..=3).contains(&digits)
        && rest[digits..]
            .chars()
            .next()
            .is_none_or(|n| !n.is_alphanumeric())
}

/// The letters right after byte `i` (a mark) up to the next non-letter.
fn word_after(body: &str, i: usize, c: char) -> &str {
    let rest = body.get(i + c.len_utf8()..).unwrap_or("");
    let end = rest
        .char_indices()
        .find(|&(_, ch)| !ch.is_alphabetic())
        .map_or(rest.len(), |(j, _)| j);
    &rest[..end]
}

/// Whether a single mark at `i` opens an elided word (`'90s`, `'em`, `'n'`) instead of a quote.
fn starts_elision(body: &str, i: usize, c: char, next: Option<char>) -> bool {
    if next.is_some_and(|n| n.is_ascii_digit()) {
        return true;
    }
    let word = word_after(body, i, c).to_lowercase();
    ELISIONS.contains(&word.as_str())
}

/// Classifies the quote mark `c` at byte `i` of `body`; `None` when it is an apostrophe or a
/// stray mark that can neither open nor close.
fn classify_mark(
    body: &str,
    i: usize,
    c: char,
    prev: [Option<char>; 3],
    next: Option<char>,
) -> Option<Mark> {
    let p = prev[0];
    let letter_before = p.is_some_and(char::is_alphanumeric);
    let letter_after = next.is_some_and(char::is_alphanumeric);
    let space_after = next.is_none_or(char::is_whitespace);
    let space_before = p.is_none_or(char::is_whitespace);
    let (can_open, can_close) = match c {
        '“' | '‟' | '«' | '‹' | '「' | '『' => (!space_after || c == '«', !space_before),
        '„' => (next.is_some(), false),
        '‚' => (space_before && letter_after, false),
        '”' => (opening_context(p) && letter_after, p.is_some()),
        '»' | '›' => (space_before && letter_after, p.is_some()),
        '」' | '』' => (false, p.is_some()),
        '"' => {
            let open = opening_context(p) && !space_after;
            let close = !space_before && (closing_context(next) || before_footnote(body, i, c));
            (
                open || (letter_before && letter_after),
                close || (letter_before && letter_after),
            )
        }
        '‘' => {
            if letter_before && letter_after {
                return None;
            }
            let open = !space_after && !starts_elision(body, i, c, next);
            (open && opening_context(p), !space_before)
        }
        '\'' | '’' | '‛' => {
            if letter_before && letter_after {
                return None; // don't, Korea's
            }
            // The second mark of "rock 'n' roll".
            if prev[0] == Some('n')
                && matches!(prev[1], Some('\'' | '’' | '‘'))
                && prev[2].is_none_or(char::is_whitespace)
            {
                return None;
            }
            let open = opening_context(p) && !space_after && !starts_elision(body, i, c, next);
            let close = !space_before && (closing_context(next) || before_footnote(body, i, c));
            (open, close)
        }
        _ => return None,
    };
    let opens_before_number = family(c) == Family::Single
        && !can_open
        && !can_close
        && opening_context(p)
        && next.is_some_and(|n| n.is_ascii_digit());
    if !can_open && !can_close && !opens_before_number {
        return None;
    }
    let possessive_like = family(c) == Family::Single
        && matches!(p, Some('s' | 'S'))
        && next.is_some_and(char::is_whitespace)
        && body
            .get(i + c.len_utf8()..)
            .and_then(|r| r.trim_start().chars().next())
            .is_some_and(char::is_alphabetic);
    Some(Mark {
        at: i,
        ch: c,
        can_open,
        can_close,
        possessive_like,
        opens_before_number,
    })
}

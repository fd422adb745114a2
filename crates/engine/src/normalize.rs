//! Normalised copies of text that remember where every byte came from.
//!
//! [`fold`] lower-cases, folds typographic quotes, apostrophes and dashes to ASCII, drops
//! combining marks and soft hyphens, and collapses whitespace runs to one space. The result
//! carries an offset map, so a span found in the folded copy maps back to the original text
//! with [`Folded::original`]. The engine compares names and headlines on folded text and
//! never reports an offset into it.
//!
//! The map stores one entry per place where the two texts stop advancing in step, so its size
//! is proportional to the number of changed characters, not to the text.

use crate::span::Span;
use crate::text::{ceil_boundary, floor_boundary, is_combining};

/// A normalised copy of part of a text, with a map back to the original.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Folded {
    /// The folded text.
    pub text: String,
    /// Runs in which folded and original offsets advance together, by folded start.
    runs: Vec<Run>,
    /// The original span that was folded.
    source: Span,
}

/// From `folded` on, folded byte `folded + k` comes from original byte `original + k`, unless
/// `whole` is set: then every byte of the run comes from the one original char
/// `original..original_end` (a char that folded to a different length).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Run {
    folded: usize,
    original: usize,
    original_end: usize,
    whole: bool,
}

impl Folded {
    /// The original span a folded span came from; it covers every original char that
    /// contributed to the folded bytes (a folded offset inside a char counts the whole char).
    pub fn original(&self, folded: Span) -> Span {
        let start = floor_boundary(&self.text, folded.start);
        let end = ceil_boundary(&self.text, folded.end);
        Span::new(self.map(start, false), self.map(end, true))
    }

    fn map(&self, pos: usize, is_end: bool) -> usize {
        if pos >= self.text.len() {
            return self.source.end;
        }
        let i = self.runs.partition_point(|r| r.folded <= pos);
        let Some(run) = i.checked_sub(1).map(|i| self.runs[i]) else {
            return self.source.start;
        };
        if run.whole {
            if is_end && pos > run.folded {
                run.original_end
            } else {
                run.original
            }
        } else {
            run.original + (pos - run.folded)
        }
    }
}

/// What one original char becomes in the folded copy.
fn fold_char(c: char, out: &mut String) {
    match c {
        '‘' | '’' | '‚' | '‛' | '′' | '`' | '´' => out.push('\''),
        '“' | '”' | '„' | '‟' | '″' | '«' | '»' => out.push('"'),
        '‐' | '‑' | '‒' | '–' | '—' | '―' | '−' => out.push('-'),
        '…' => out.push_str("..."),
        _ => out.extend(c.to_lowercase()),
    }
}

/// Folds `within` of `text` (see the module doc).
pub fn fold(text: &str, within: Span) -> Folded {
    let slice = within.slice(text);
    let base = if slice.is_empty() { 0 } else { within.start };
    let mut folded = Folded {
        text: String::with_capacity(slice.len()),
        runs: Vec::new(),
        source: Span::new(base, base + slice.len()),
    };
    let mut in_step = false;
    let mut last_space = true;
    for (i, c) in slice.char_indices() {
        let original = base + i;
        let at = folded.text.len();
        if c.is_whitespace() || c == '\u{a0}' {
            if !last_space {
                folded.text.push(' ');
                folded.runs.push(Run {
                    folded: at,
                    original,
                    original_end: original + c.len_utf8(),
                    whole: true,
                });
                in_step = false;
            }
            last_space = true;
            continue;
        }
        if is_combining(c) || c == '\u{ad}' || c == '\u{200b}' {
            in_step = false;
            continue;
        }
        last_space = false;
        // One char for one char of the same length: offsets advance in step.
        let same = if c.is_ascii() {
            // Every ASCII char folds to one ASCII char (see `fold_char`).
            folded.text.push(if c == '`' {
                '\''
            } else {
                c.to_ascii_lowercase()
            });
            true
        } else {
            fold_char(c, &mut folded.text);
            let added = folded.text.len() - at;
            added == c.len_utf8() && folded.text[at..].chars().nth(1).is_none()
        };
        if same && in_step {
            continue;
        }
        folded.runs.push(Run {
            folded: at,
            original,
            original_end: original + c.len_utf8(),
            whole: !same,
        });
        in_step = same;
    }
    if folded.text.ends_with(' ') {
        folded.text.pop();
    }
    folded
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(folded: &Folded, needle: &str) -> Span {
        let start = folded.text.find(needle).expect("needle in folded text");
        Span::new(start, start + needle.len())
    }

    #[test]
    fn quotes_case_and_spaces_fold_and_map_back() {
        let text = "North  Korea’s “ILLEGAL”\u{a0}declaration";
        let folded = fold(text, Span::new(0, text.len()));
        assert_eq!(folded.text, "north korea's \"illegal\" declaration");
        let span = folded.original(find(&folded, "korea's"));
        assert_eq!(span.slice(text), "Korea’s");
        let span = folded.original(find(&folded, "\"illegal\""));
        assert_eq!(span.slice(text), "“ILLEGAL”");
        let span = folded.original(find(&folded, "declaration"));
        assert_eq!(span.slice(text), "declaration");
    }

    #[test]
    fn ellipsis_and_combining_marks() {
        let text = "Cafe\u{301}… İstanbul";
        let folded = fold(text, Span::new(0, text.len()));
        assert_eq!(folded.text, "cafe... i\u{307}stanbul");
        let span = folded.original(find(&folded, "..."));
        assert_eq!(span.slice(text), "…");
        let span = folded.original(find(&folded, "stanbul"));
        assert_eq!(span.slice(text), "stanbul");
    }

    #[test]
    fn dropped_chars_break_the_run() {
        let text = "e\u{301}xy";
        let folded = fold(text, Span::new(0, text.len()));
        assert_eq!(folded.text, "exy");
        assert_eq!(folded.original(Span::new(1, 3)).slice(text), "xy");
    }

    #[test]
    fn a_sub_span_maps_into_the_whole_text() {
        let text = "xx “Hi”";
        let folded = fold(text, Span::new(3, text.len()));
        assert_eq!(folded.text, "\"hi\"");
        assert_eq!(folded.original(Span::new(1, 3)).slice(text), "Hi");
        assert_eq!(folded.original(Span::new(0, 4)).slice(text), "“Hi”");
    }
}

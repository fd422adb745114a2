//! Tokens of the writer's own text around quotations, for attribution and reported speech.
//!
//! A window of text becomes words, punctuation and whole quotations (one token each, so words
//! inside quote marks are never taken for the writer's verbs or subjects). This module only
//! splits; `attribution` and `indirect` read the tokens. Linear in the window's length.

use crate::read::quotes::Quotation;
use crate::span::Span;
use crate::text::{ceil_boundary, floor_boundary, is_combining};

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokKind {
    Word,
    /// One punctuation character.
    Punct(char),
    /// A whole top-level quotation (index into the article's quotes), marks included.
    Quote(usize),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tok {
    pub span: Span,
    pub kind: TokKind,
}

impl Tok {
    pub fn is_word(&self) -> bool {
        self.kind == TokKind::Word
    }

    pub fn is_punct(&self, c: char) -> bool {
        self.kind == TokKind::Punct(c)
    }

    /// The token's text in `text`.
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        self.span.slice(text)
    }
}

/// The top-level quotations of an article in text order, for tokenising.
pub struct QuoteIndex {
    /// (outer span, index into the article's quotes), sorted by start.
    outers: Vec<(Span, usize)>,
}

impl QuoteIndex {
    pub fn new(quotes: &[Quotation]) -> Self {
        let outers = quotes
            .iter()
            .enumerate()
            .filter(|(_, q)| q.parent.is_none())
            .map(|(i, q)| (q.outer(), i))
            .collect();
        QuoteIndex { outers }
    }

    /// Top-level quotations that overlap `span`.
    pub fn overlapping(&self, span: Span) -> impl Iterator<Item = (Span, usize)> + '_ {
        let first = self.outers.partition_point(|(o, _)| o.end <= span.start);
        self.outers[first..]
            .iter()
            .take_while(move |(o, _)| o.start < span.end)
            .copied()
    }
}

/// Splits `window` of `text` into tokens; a quotation that starts inside the window becomes
/// one token (it may end past the window).
pub fn tokenize(text: &str, window: Span, quotes: &QuoteIndex) -> Vec<Tok> {
    let start = floor_boundary(text, window.start);
    let end = ceil_boundary(text, window.end);
    let mut out = Vec::new();
    let mut pending = quotes.overlapping(Span::new(start, end)).peekable();
    let mut pos = start;
    while pos < end {
        while pending.peek().is_some_and(|(o, _)| o.end <= pos) {
            pending.next();
        }
        if let Some(&(outer, index)) = pending.peek() {
            if outer.start <= pos {
                if outer.start >= start {
                    out.push(Tok {
                        span: outer,
                        kind: TokKind::Quote(index),
                    });
                }
                pos = outer.end;
                pending.next();
                continue;
            }
        }
        let stop = pending.peek().map_or(end, |(o, _)| o.start.min(end));
        pos = plain_tokens(text, Span::new(pos, stop), &mut out);
    }
    out
}

/// Tokens of plain text in `span` (no quotation starts inside it); returns the end reached.
fn plain_tokens(text: &str, span: Span, out: &mut Vec<Tok>) -> usize {
    let slice = span.slice(text);
    let mut chars = slice.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_alphanumeric() {
            let mut end = i + c.len_utf8();
            while let Some(&(j, n)) = chars.peek() {
                let joins = matches!(n, '\'' | '’' | '-' | '.' | '‐')
                    && slice[j + n.len_utf8()..]
                        .chars()
                        .next()
                        .is_some_and(char::is_alphanumeric);
                if n.is_alphanumeric() || is_combining(n) || joins {
                    end = j + n.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            out.push(Tok {
                span: Span::new(span.start + i, span.start + end),
                kind: TokKind::Word,
            });
        } else if !c.is_whitespace() {
            out.push(Tok {
                span: Span::new(span.start + i, span.start + i + c.len_utf8()),
                kind: TokKind::Punct(c),
            });
        }
    }
    span.end.max(span.start + slice.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::quotes::extract;
    use crate::text::TextModel;

    #[test]
    fn quotations_are_single_tokens() {
        let text =
            "Pyongyang rejected it, calling it \"illegal\" and “a ‘so-called’ plan,” he said.";
        let quotes = extract(text, &TextModel::new(text));
        let index = QuoteIndex::new(&quotes);
        let toks = tokenize(text, Span::new(0, text.len()), &index);
        let shown: Vec<String> = toks
            .iter()
            .map(|t| match t.kind {
                TokKind::Quote(_) => "Q".to_string(),
                _ => t.text(text).to_string(),
            })
            .collect();
        assert_eq!(
            shown,
            [
                "Pyongyang",
                "rejected",
                "it",
                ",",
                "calling",
                "it",
                "Q",
                "and",
                "Q",
                "he",
                "said",
                "."
            ]
        );
    }

    #[test]
    fn a_window_inside_a_quotation_skips_it() {
        let text = "“One two three,” he said.";
        let quotes = extract(text, &TextModel::new(text));
        let index = QuoteIndex::new(&quotes);
        let toks = tokenize(text, Span::new(5, text.len()), &index);
        assert_eq!(toks[0].text(text), "he");
    }
}

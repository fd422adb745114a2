//! Quotation extraction: every direct quotation, its marks and its kind.
//!
//! Finds spans between quote marks; attribution (who said it) is added by `attribution`.

use serde::{Deserialize, Serialize};

use super::attribution::Attribution;
use super::span::Span;

/// How a quotation sits in the writer's text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteKind {
    /// A sentence or more of speech.
    Full,
    /// A fragment of speech inside the writer's own sentence.
    Partial,
    /// A term the writer sets off in quote marks.
    Scare,
    /// A quotation in a headline.
    Headline,
}

/// One direct quotation in one article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quotation {
    /// The quoted words, marks excluded.
    pub span: Span,
    /// The opening mark.
    pub open_mark: Span,
    /// The closing mark; `None` when the quote runs to the end of its paragraph unclosed.
    pub close_mark: Option<Span>,
    pub kind: QuoteKind,
    /// Index of the enclosing quotation when this one is nested inside another.
    pub parent: Option<usize>,
    pub attribution: Option<Attribution>,
    /// Whether the quotation lies in a boilerplate region.
    pub in_boilerplate: bool,
}

/// Finds quotations between paired double quote marks within each paragraph.
pub fn extract(text: &str) -> Vec<Quotation> {
    let mut out = Vec::new();
    let mut open: Option<(usize, char)> = None;
    for (i, c) in text.char_indices() {
        match (open, c) {
            (_, '\n') => open = None,
            (None, '“' | '"') => open = Some((i, c)),
            (Some((start, opener)), '”' | '"') if opener == '“' || c == '"' => {
                let inner = Span::new(start + opener.len_utf8(), i);
                if !inner.is_empty() {
                    out.push(Quotation {
                        span: inner,
                        open_mark: Span::new(start, inner.start),
                        close_mark: Some(Span::new(i, i + c.len_utf8())),
                        kind: QuoteKind::Partial,
                        parent: None,
                        attribution: None,
                        in_boilerplate: false,
                    });
                }
                open = None;
            }
            _ => {}
        }
    }
    out
}

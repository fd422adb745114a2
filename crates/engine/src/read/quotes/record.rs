//! What a quotation is: its marks, span, nesting, kind and attribution.
//!
//! Plain data; this file reads no text. `attribution_record` holds the attribution itself.

use crate::read::attribution_record::Attribution;
use crate::report::QuoteKind;
use crate::span::Span;

/// One direct quotation in one article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quotation {
    /// The quoted words, marks excluded, without surrounding whitespace.
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
    /// For a quote running over several paragraphs: the opening mark that restarts it at the
    /// head of each continued paragraph.
    pub reopen_marks: Vec<Span>,
}

impl Quotation {
    /// Whether the quote continues over more than one paragraph.
    pub fn is_multi_paragraph(&self) -> bool {
        !self.reopen_marks.is_empty()
    }

    /// From the opening mark to the closing mark (or the end of the words when unclosed).
    pub fn outer(&self) -> Span {
        Span::new(
            self.open_mark.start,
            self.close_mark.map_or(self.span.end, |m| m.end),
        )
    }
}

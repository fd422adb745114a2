//! A quotation as the grouping ([`super::group`], [`super::short`]) sees it.

use super::speakers::Signature;
use super::words::Word;

/// A quotation as the grouping sees it.
pub struct Item<'a> {
    pub words: &'a [Word],
    pub signature: &'a Signature,
    /// An order-independent tie-breaker (the quotation's text and its source's name).
    pub sort_key: &'a str,
    /// The source it is quoted in.
    pub source: usize,
    /// The quotation it is a piece of, as printed: pieces of one quotation printed over
    /// several paragraphs share it.
    pub quotation: usize,
    /// The paragraph and the sentence of its source it starts in.
    pub paragraph: usize,
    pub sentence: usize,
    /// Where each of its sentences after the first starts, as indices into `words`
    /// (ascending; empty when it is one sentence).
    pub sentences: &'a [usize],
}

//! Byte spans into an article's original text.
//!
//! Every position the engine reports is a [`Span`]: a half-open range of UTF-8 byte offsets into
//! the text exactly as the user gave it, never into a normalised copy. Anything that normalises
//! text (quote styles, case, Unicode forms) must map its offsets back before building a span.

use serde::{Deserialize, Serialize};

/// A half-open byte range `start..end` into one article's original text.
///
/// Invariant: `start <= end`, and both lie on `char` boundaries of the text the span was made
/// from. Constructors in the engine only build spans from positions found by walking that text.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
pub struct Span {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset just after the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`; the two are swapped if given in the wrong order.
    pub fn new(start: usize, end: usize) -> Self {
        if start <= end {
            Span { start, end }
        } else {
            Span {
                start: end,
                end: start,
            }
        }
    }

    /// Length in bytes.
    pub fn len(self) -> usize {
        self.end - self.start
    }

    /// Whether the span holds no bytes.
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// The text this span covers, or `""` if it does not fit `text` (a span from another text).
    pub fn slice(self, text: &str) -> &str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// Whether `other` lies entirely inside `self`.
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Whether the two spans share at least one byte.
    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// Whether byte offset `pos` falls inside the span.
    pub fn contains_offset(self, pos: usize) -> bool {
        self.start <= pos && pos < self.end
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_orders_its_ends() {
        assert_eq!(Span::new(5, 2), Span { start: 2, end: 5 });
    }

    #[test]
    fn slice_outside_text_is_empty_not_a_panic() {
        assert_eq!(Span::new(2, 50).slice("short"), "");
        // 'é' is two bytes: offset 1 is not a char boundary.
        assert_eq!(Span::new(1, 2).slice("é"), "");
        assert_eq!(Span::new(0, 2).slice("é"), "é");
    }

    #[test]
    fn containment_and_overlap() {
        let outer = Span::new(0, 10);
        assert!(outer.contains(Span::new(2, 10)));
        assert!(!outer.contains(Span::new(2, 11)));
        assert!(outer.overlaps(Span::new(9, 12)));
        assert!(!outer.overlaps(Span::new(10, 12)));
    }
}

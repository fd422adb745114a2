//! What a region of boilerplate is ([`BoilerplateKind`], [`BoilerplateRegion`]), the user's
//! [`BoilerplateOverride`], and the paragraph as the rules see it.
//!
//! Plain data and small accessors; no rule lives here.

use crate::report::BoilerplateKind;
use crate::span::Span;
use serde::{Deserialize, Serialize};

/// A marked region with the reason it was marked, in words a reader understands.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BoilerplateRegion {
    pub span: Span,
    pub kind: BoilerplateKind,
    pub reason: String,
}

/// A user's decision about one paragraph, which wins over detection.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BoilerplateOverride {
    /// Any byte offset inside the paragraph the decision is about.
    pub at: usize,
    /// `true`: the paragraph is not article body; `false`: it is.
    pub is_boilerplate: bool,
}

/// A paragraph as the rules see it.
pub(super) struct Para<'a> {
    pub(super) raw: &'a str,
    /// Folded (lower case, ASCII quotes and dashes, single spaces).
    pub(super) folded: String,
    pub(super) words: usize,
    pub(super) sentences: usize,
}

impl Para<'_> {
    /// The folded text without trailing punctuation, arrows or colons.
    pub(super) fn label(&self) -> &str {
        self.folded
            .trim_end_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != ')')
            .trim_end()
    }

    /// One sentence of at most 25 words without final punctuation: a title line.
    pub(super) fn is_title(&self) -> bool {
        self.sentences == 1
            && (3..=25).contains(&self.words)
            && !self
                .raw
                .trim_end_matches(['"', '\'', '”', '’', ')'])
                .ends_with(['.', '!', '?', ';', ','])
    }

    /// Prose: two sentences or more, or a long sentence.
    pub(super) fn is_prose(&self) -> bool {
        self.sentences >= 2 || self.words >= 25
    }
}

pub(super) type Mark = Option<(BoilerplateKind, String)>;

pub(super) fn mark(kind: BoilerplateKind, reason: impl Into<String>) -> Mark {
    Some((kind, reason.into()))
}

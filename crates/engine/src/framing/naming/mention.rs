//! What a mention is: one place where a source names an actor, with the actor's key, its kind
//! and the form of the naming ("North Korea" a name, "DPRK" an acronym, "Pyongyang" a
//! capital).
//!
//! Plain data shared by the finders of `naming` (names, aliases, coreference) and the table;
//! this module finds nothing itself.

use std::ops::Range;

use crate::report::{ActorKind, MentionForm};
use crate::span::Span;

impl MentionForm {
    /// A short label for tables.
    pub fn label(self) -> &'static str {
        match self {
            MentionForm::Name => "name",
            MentionForm::Acronym => "acronym",
            MentionForm::ShortName => "short name",
            MentionForm::Capital => "capital",
            MentionForm::Adjective => "adjective",
            MentionForm::Description => "description",
        }
    }
}

/// One mention of an actor in one source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    /// Index into the body's sentences.
    pub sentence: usize,
    /// Range into the body's tokens.
    pub tokens: Range<usize>,
    /// The words of the mention, a possessive ending excluded.
    pub span: Span,
    pub form: MentionForm,
    /// The actor's key, shared across sources ("place:KP", "name:vladimir putin").
    pub key: String,
    pub kind: ActorKind,
    /// The wording, lowercase, for grouping variants.
    pub variant: String,
}

//! What a mention is: one place where a source names an actor, with the actor's key, its kind
//! and the form of the naming ("North Korea" a name, "DPRK" an acronym, "Pyongyang" a
//! capital).
//!
//! Plain data shared by the finders of `naming` (names, aliases, coreference) and the table;
//! this module finds nothing itself.

use std::ops::Range;

use serde::{Deserialize, Serialize};

use crate::span::Span;

/// What kind of actor a name stands for, as far as the text tells.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum ActorKind {
    Country,
    Organisation,
    Person,
    /// A war or other armed conflict, named by the countries involved (see `events`).
    Event,
    #[default]
    Other,
}

/// How a mention names its actor.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum MentionForm {
    /// A full or official name: "North Korea", "Democratic People's Republic of Korea".
    #[default]
    Name,
    /// An acronym or abbreviation: "DPRK", "NATO".
    Acronym,
    /// A short form of a name given elsewhere: "the North", "Putin".
    ShortName,
    /// A capital or seat of government standing for a state: "Pyongyang", "the Kremlin".
    Capital,
    /// An adjective of nationality: "North Korean".
    Adjective,
    /// A description pointing back to an actor: "this isolated nation", "the alliance".
    Description,
}

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

//! Attribution: who is quoted, and with which verb.
//!
//! This module only reads the words around a quotation; it does not find quotations.

use serde::{Deserialize, Serialize};

use super::span::Span;

/// The speaker and verb a source attaches to a quotation or to reported speech.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attribution {
    /// The speaker as written next to the quote ("the spokesperson", "he", "Beijing").
    pub speaker: String,
    pub speaker_span: Option<Span>,
    /// A fuller mention the speaker refers to, when the text allows ("he" → "Kim Jong Un").
    pub resolved_speaker: Option<String>,
    /// The attribution verb as written ("bristled", "according to").
    pub verb: String,
    pub verb_span: Option<Span>,
    /// The verb's lemma ("bristle", "according to").
    pub verb_lemma: String,
}

impl Attribution {
    /// The fullest name of the speaker known: the resolved mention if any, else as written.
    pub fn best_speaker(&self) -> &str {
        self.resolved_speaker.as_deref().unwrap_or(&self.speaker)
    }
}

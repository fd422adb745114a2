//! What an attribution is: the speaker and verb a source attaches to a quotation or to
//! reported speech, and how it was found.
//!
//! Plain data shared by `quotes` (which holds it) and `attribution` (which fills it in); this
//! module reads no text.

use crate::report::VerbCategory;
use serde::{Deserialize, Serialize};

use crate::report::AttributionBasis;
use crate::span::Span;

/// The speaker and verb a source attaches to a quotation or to reported speech.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attribution {
    /// The speaker as written next to the quote ("the spokesperson", "he", "Beijing").
    pub speaker: String,
    /// Where the speaker is written, when it is in the text.
    pub speaker_span: Option<Span>,
    /// A fuller mention the speaker refers to, when the text allows ("he" → "Kim Jong Un").
    pub resolved_speaker: Option<String>,
    /// The attribution verb as written ("bristled", "according to"); empty when none.
    pub verb: String,
    /// Where the verb is written, when there is one.
    pub verb_span: Option<Span>,
    /// The verb's lemma ("bristle", "according to"); empty when none.
    pub verb_lemma: String,
    /// The verb's stance category, when there is a verb.
    #[serde(default)]
    pub verb_category: Option<VerbCategory>,
    /// A reporting participle between the verb and the quote ("casting", "warning").
    #[serde(default)]
    pub participle: Option<String>,
    /// Where the participle is written.
    #[serde(default)]
    pub participle_span: Option<Span>,
    /// The participle's lemma ("cast", "warn").
    #[serde(default)]
    pub participle_lemma: Option<String>,
    /// How the attribution was found.
    #[serde(default)]
    pub basis: AttributionBasis,
}

impl Attribution {
    /// The fullest name of the speaker known: the resolved mention if any, else as written.
    pub fn best_speaker(&self) -> &str {
        self.resolved_speaker.as_deref().unwrap_or(&self.speaker)
    }
}

//! Small words by the part they play in a phrase: before the target of a conflict, inside a name.
//!
//! Written for this project (general English). `framing::events` reads the first after a conflict noun, and `framing::naming` keeps the second inside a capitalised name.

/// Prepositions that introduce the target of a conflict.
pub const TARGET_PREPOSITIONS: &[&str] = &["against", "on", "in", "into", "of"];

/// Lowercase words that join the parts of a name: "Bank of Korea", "Ursula von der Leyen",
/// "Mohammed bin Salman".
pub const NAME_CONNECTORS: &[&str] = &[
    "of", "the", "de", "du", "van", "von", "al", "bin", "da", "for",
];

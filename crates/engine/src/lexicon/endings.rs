//! Word endings that tell a word's part of speech by its spelling, and the words that end the
//! same way without being that part.
//!
//! Written for this project (general English), for `framing::naming` (adjectives before a
//! referring noun).

/// Endings of words that read as adjectives ("isolated", "reclusive", "nuclear"), not as
/// nouns in a compound ("penalty regime").
pub const ADJECTIVE_ENDINGS: &[&str] = &[
    "ed", "ive", "ous", "al", "ic", "ful", "less", "ent", "ant", "ish", "ist", "ian", "ese", "ary",
    "ory", "ile", "able", "ible", "est",
];

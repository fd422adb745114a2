//! Past tenses that no "-ed" rule finds.
//!
//! Written for Parallax (general English grammar). Lookup is by lowercase form.

/// Verbs whose past tense is spelled like the base form.
pub const SAME_IN_PAST: &[&str] = &["read", "put", "cast", "forecast", "hit", "broadcast"];

/// Common irregular past tenses, which follow a noun phrase's head as its verb.
pub const IRREGULAR_PAST: &[&str] = &[
    "made", "gave", "took", "met", "went", "came", "sent", "spoke", "left", "held", "led", "found",
    "set", "got", "saw", "knew", "brought", "began", "ran", "stood", "sat", "kept", "won", "lost",
    "paid", "built", "sought", "fought", "felt", "heard", "meant", "became", "chose", "drew",
    "flew", "grew", "rose", "fell", "struck", "hung", "shut", "spent",
];

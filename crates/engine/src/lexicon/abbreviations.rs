//! Abbreviations and the words after them that decide whether a full stop ends a sentence.
//!
//! Written for Parallax (general English usage in news copy). Lookup is by lowercase form,
//! without the full stop. Month abbreviations are in [`super::calendar`].

/// Abbreviations whose full stop never ends a sentence: titles before a name ("Dr. Kim",
/// "Gen. Lee") and a few read before another word ("vs.", "approx.").
pub const NEVER_FINAL_ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "sgt", "capt", "cmdr", "adm", "maj",
    "rep", "reps", "sen", "sens", "gov", "pres", "rev", "hon", "st", "mt", "ft", "supt", "insp",
    "det", "cpl", "pvt", "brig", "fr", "messrs", "mme", "mlle", "sra", "vs", "ca", "cf", "approx",
    "dept",
];

/// Abbreviations written before a number: they end no sentence when a digit follows ("No. 2",
/// "Vol. 3"), and may otherwise. Month abbreviations ("Jan. 6") behave the same way.
pub const NUMBER_ABBREVIATIONS: &[&str] = &["no", "nos", "vol", "art", "fig", "pp", "p"];

/// Abbreviations that sit at the end of a phrase and may also end a sentence ("Acme Inc.").
pub const TRAILING_ABBREVIATIONS: &[&str] = &[
    "jr", "sr", "inc", "corp", "ltd", "co", "llc", "plc", "etc", "bros", "esq", "phd", "al",
];

/// Capitalised words that commonly open a sentence; after an ambiguous abbreviation
/// ("… in the U.S. The …") they signal a break.
pub const SENTENCE_OPENERS: &[&str] = &[
    "the",
    "a",
    "an",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "this",
    "that",
    "these",
    "those",
    "there",
    "but",
    "and",
    "or",
    "so",
    "yet",
    "in",
    "on",
    "at",
    "for",
    "his",
    "her",
    "their",
    "its",
    "our",
    "my",
    "some",
    "many",
    "most",
    "after",
    "before",
    "when",
    "while",
    "if",
    "as",
    "however",
    "meanwhile",
    "still",
    "also",
    "then",
    "both",
    "one",
    "no",
    "not",
    "what",
    "who",
    "why",
    "how",
];

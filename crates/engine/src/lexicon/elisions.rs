//! Words written with a leading apostrophe for dropped letters (`'em`, `'til`, `rock 'n' roll`),
//! so that apostrophe is not read as an opening quote mark.
//!
//! Written for Parallax (general English usage). Lookup is by lowercase form, without the
//! apostrophe.

/// Words that start with an apostrophe standing for dropped letters (`'em`, `'til`, `'n'`).
pub const ELISIONS: &[&str] = &[
    "em", "tis", "twas", "til", "cause", "bout", "round", "n", "nother", "cept", "cos", "coz",
    "sup", "kay",
];

//! Head nouns by what they make of a phrase: a conflict ("war", "invasion"), a place or thing
//! rather than a person ("peninsula", "summit"), or a judgement only outside a compound
//! ("regime", "scheme").
//!
//! Written for this project (general English), for `framing::events`, `framing::naming` and
//! `framing::language`.

/// Head nouns of armed conflict.
pub const CONFLICT_HEADS: &[&str] = &[
    "war",
    "invasion",
    "aggression",
    "conflict",
    "offensive",
    "occupation",
    "assault",
    "incursion",
    "annexation",
];

/// Final words that make a capitalised run a place or thing, not a person.
pub const THING_HEADS: &[&str] = &[
    "peninsula",
    "sea",
    "ocean",
    "river",
    "island",
    "islands",
    "zone",
    "summit",
    "war",
    "day",
    "strait",
    "gulf",
    "mountains",
    "mountain",
    "valley",
    "region",
    "province",
    "city",
    "street",
    "square",
    "palace",
    "hall",
    "bay",
    "coast",
    "county",
    "district",
    "village",
    "plan",
    "act",
    "treaty",
    "declaration",
    "statement",
    "resolution",
    "resolutions",
    "agreement",
    "accord",
    "pact",
    "conference",
    "games",
    "cup",
    "prize",
    "award",
];

/// Nouns that judge only when they stand for a government or a plot ("the regime"), not
/// inside a compound after another plain noun ("penalty regime", "tax scheme").
pub const COMPOUND_SENSES: &[&str] = &["regime", "scheme", "state", "group"];

//! Word lists the engine ships, each written for this project or taken from a source whose
//! licence allows it, as stated at the top of each list (see README, "Lexicons").
//!
//! Lists are plain data plus a lookup; they know nothing about articles.

pub mod abbreviations;
pub mod calendar;
pub mod elisions;
pub mod endings;
pub mod event_meanings;
pub mod function_words;
pub mod grammar;
pub mod head_nouns;
pub mod hedges;
pub mod html;
pub mod loaded;
pub mod page;
pub mod people;
pub mod phrase_words;
pub mod places;
pub mod readability;
pub mod referents;
pub mod speech;
pub mod verb_forms;
pub mod verb_lemmas;
pub mod verbs;

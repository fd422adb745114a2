//! Word lists the engine ships, each written for this project (see README, "Lexicons").
//!
//! Lists are plain data plus a lookup; they know nothing about articles.

pub mod page;
pub mod verbs;

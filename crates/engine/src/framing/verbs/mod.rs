//! Attribution verbs: per source and speaker, the verbs that attribute speech or a stance
//! ("said", "claimed", "bristled", "pointed out"), each with its category from
//! [`crate::lexicon::verbs`], counts and the sentences they are in.
//!
//! Verbs come from two places: the attribution the reading stage attached to each quotation,
//! and a scan of every body sentence for reporting verbs used as verbs (not nouns: "the
//! claims"), with their subject found by [`super::clauses`]. The scan also records which
//! words a verb reports ("said that …"), so that `language` can tell reported material from
//! the writer's own voice. This module does not judge whether a verb is fair.
//!
//! Parts, each its own module: `scan` (finding verb uses and their speakers' words in the
//! text), `speakers` (the key that groups each speaker, through actors and pronouns) and
//! `table` (one source's uses as rows by speaker and verb). This module runs them in order.

mod scan;
mod speakers;
mod table;
#[cfg(test)]
mod tests;

use super::body::Body;
use super::naming::SourceMentions;
use crate::read::article::Article;

pub use scan::VerbUse;
pub use speakers::phrase_key;
pub use table::verb_table;

/// Finds the attribution verbs of one source.
pub fn find_verbs(body: &Body, article: &Article, mentions: &SourceMentions) -> Vec<VerbUse> {
    let mut uses = scan::scan(body);
    scan::add_quote_attributions(body, article, &mut uses);
    uses.sort_by_key(|u| u.tokens.start);
    speakers::resolve_speakers(body, mentions, &mut uses);
    uses
}

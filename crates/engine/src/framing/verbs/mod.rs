//! Attribution verbs: per source and speaker, the verbs that attribute speech or a stance
//! ("said", "claimed", "bristled", "pointed out"), each with its category from
//! [`crate::lexicon::verbs`], counts and the sentences they are in.
//!
//! Verbs and speakers come from the one clause reader of [`crate::read::attribution`]: the
//! attribution the reading stage attached to each quotation and each reported clause (so a
//! verb row's speaker is the quote card's speaker), and, for verbs of stance with neither,
//! every reporting verb it finds in the writer's text with its subject. The scan records which
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
pub use speakers::attribution_key;
pub use table::verb_table;

/// Finds the attribution verbs of one source.
pub fn find_verbs(body: &Body, article: &Article, mentions: &SourceMentions) -> Vec<VerbUse> {
    let mut uses = scan::scan(body, article);
    let key = |a: &crate::read::attribution::Attribution| attribution_key(body, mentions, a);
    scan::add_attributions(body, article, &key, &mut uses);
    uses.sort_by_key(|u| u.tokens.start);
    speakers::resolve_speakers(body, mentions, &mut uses);
    uses
}

//! Boilerplate: the parts of a pasted page that are not the article body.
//!
//! Regions are whole paragraphs, marked, never deleted: other stages still see the text, and
//! decide with [`BoilerplateRegion`] whether to count it. Each region has a kind and a reason a
//! reader understands. Detection is in two passes over the paragraphs:
//! 1. what a paragraph is on its own: embedded-post links and `— Name (@handle) Date` lines,
//!    page labels ("News Feed", "Read more", "Show More", repeated: "Advertisement
//!    Advertisement"), reading times ("2 min read"), counters and appeals ("0 members on
//!    board"), "More to follow" notes, bylines and job titles, author bios, photo credits,
//!    reprint credits, "X stands for …" explainers, recap headings, repeats of an
//!    earlier paragraph (a duplicated headline); rows of page links, cookie and paywall
//!    notices, newsletter prompts, print-edition notes (`furniture`);
//! 2. what it is next to: the headline after a teaser label, the items under a recap heading,
//!    a name beside a byline, a related-article card (a title over an author), and paragraphs
//!    caught between page elements after the article has ended; lists of other stories (runs
//!    of headline-like lines, the headlines under a "Most read" label; `furniture`).
//!
//! Rules read the shape of a line and short word lists (`lexicon::page`); none names an outlet.
//! The user's overrides win over detection. Linear in the length of the text.
//!
//! Files: `region` (the records and the paragraph view), `alone` (pass 1), `context` (pass 2),
//! `furniture` (real pages' furniture, in both passes).

mod alone;
mod context;
mod furniture;
mod region;
#[cfg(test)]
mod tests;

pub use region::{BoilerplateOverride, BoilerplateRegion};

use crate::normalize;
use crate::report::BoilerplateKind;
use crate::span::Span;
use crate::text::{self, TextModel};
use alone::on_its_own;
use context::{in_context, mark_repeats};
use furniture::{furniture, story_lists};
use region::{Mark, Para};

/// Finds boilerplate regions in an article (whole paragraphs), then applies `overrides`.
pub fn detect(
    text: &str,
    model: &TextModel,
    overrides: &[BoilerplateOverride],
) -> Vec<BoilerplateRegion> {
    let paras: Vec<Para> = model
        .paragraphs
        .iter()
        .zip(&model.paragraph_words)
        .map(|(p, &words)| Para {
            raw: p.span.slice(text),
            folded: normalize::fold_line(head_of(text, p.span).slice(text)),
            words,
            sentences: p.sentences.len(),
        })
        .collect();
    let mut marks: Vec<Mark> = paras
        .iter()
        .enumerate()
        .map(|(i, p)| on_its_own(p, i, paras.len()).or_else(|| furniture(p)))
        .collect();
    mark_repeats(&paras, &mut marks);
    in_context(&paras, &mut marks);
    story_lists(&paras, &mut marks);
    let mut regions: Vec<BoilerplateRegion> = marks
        .into_iter()
        .zip(&model.paragraphs)
        .filter_map(|(m, p)| {
            m.map(|(kind, reason)| BoilerplateRegion {
                span: p.span,
                kind,
                reason,
            })
        })
        .collect();
    apply_overrides(model, &mut regions, overrides);
    regions
}

/// Bytes of a paragraph folded for the rules: every rule reads short paragraphs or the head
/// of a long one.
const FOLDED_HEAD: usize = 600;

/// The first [`FOLDED_HEAD`] bytes of `span`, ending on a char boundary.
fn head_of(text: &str, span: Span) -> Span {
    let end = text::floor_boundary(text, span.start.saturating_add(FOLDED_HEAD).min(span.end));
    Span::new(span.start, end.max(span.start))
}

fn apply_overrides(
    model: &TextModel,
    regions: &mut Vec<BoilerplateRegion>,
    overrides: &[BoilerplateOverride],
) {
    for o in overrides {
        let Some(p) = model.paragraph_at(o.at) else {
            continue;
        };
        let span = model.paragraphs[p].span;
        regions.retain(|r| !r.span.overlaps(span));
        if o.is_boilerplate {
            regions.push(BoilerplateRegion {
                span,
                kind: BoilerplateKind::SiteChrome,
                reason: "marked by you as not part of the article".to_string(),
            });
        }
    }
    regions.sort_by_key(|r| r.span);
}

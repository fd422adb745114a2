//! Boilerplate: the parts of a pasted page that are not the article body.
//!
//! Regions are marked, never deleted: other stages still see the text, and decide with
//! [`BoilerplateRegion`] whether to count it. The user can override any decision.

use serde::{Deserialize, Serialize};

use super::span::Span;
use super::text::TextModel;

/// What kind of non-body text a region is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BoilerplateKind {
    SocialEmbed,
    Teaser,
    Byline,
    AuthorBio,
    Caption,
    SiteChrome,
    RepeatedHeadline,
    RecapList,
    ReprintCredit,
    Explainer,
}

/// A marked region with the reason it was marked, in words a reader understands.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BoilerplateRegion {
    pub span: Span,
    pub kind: BoilerplateKind,
    pub reason: String,
}

/// A user's decision about one paragraph, which wins over detection.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BoilerplateOverride {
    /// Any byte offset inside the paragraph the decision is about.
    pub at: usize,
    pub is_boilerplate: bool,
}

/// Finds boilerplate regions in an article (whole paragraphs), then applies `overrides`.
pub fn detect(
    text: &str,
    model: &TextModel,
    overrides: &[BoilerplateOverride],
) -> Vec<BoilerplateRegion> {
    let mut regions: Vec<BoilerplateRegion> = model
        .paragraphs
        .iter()
        .filter_map(|p| {
            let line = p.span.slice(text);
            line.contains("pic.twitter.com/")
                .then(|| BoilerplateRegion {
                    span: p.span,
                    kind: BoilerplateKind::SocialEmbed,
                    reason: "links an embedded picture post".to_string(),
                })
        })
        .collect();
    apply_overrides(model, &mut regions, overrides);
    regions
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

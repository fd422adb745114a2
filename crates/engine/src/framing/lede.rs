//! Ledes and emphasis: what each source puts in its headline and first sentences, and which
//! shared claims one source leads with while another buries or omits them.
//!
//! The headline is the reading stage's guess ([`Article::headlines`]): the first body
//! sentence when its paragraph was read as a headline (one short sentence in headline style,
//! or a title line) and more text follows. The lede is the first [`LEDE_SENTENCES`] body sentences after it. A
//! claim is *buried* when a source first gives it in the second half of its body. This module
//! reads positions from `claims`; it does not judge importance itself.

use crate::report::Claim;

use super::body::Body;
use super::claims::ClaimsAnalysis;
use crate::read::article::Article;
use crate::report::{EmphasisRow, LedeSentence, Placement, SourceLede};

/// Body sentences after the headline that count as the lede.
pub const LEDE_SENTENCES: usize = 2;

impl Placement {
    /// A short label for tables.
    pub fn label(self) -> &'static str {
        match self {
            Placement::Headline => "headline",
            Placement::Lede => "lede",
            Placement::Body => "body",
            Placement::Buried => "buried",
            Placement::Omitted => "omitted",
        }
    }
}

/// The openings of all sources (`articles` in the same order as `bodies`).
pub fn ledes(bodies: &[Body], articles: &[Article], claims: &ClaimsAnalysis) -> Vec<SourceLede> {
    bodies
        .iter()
        .zip(articles)
        .enumerate()
        .map(|(source, (body, article))| {
            let headline = headline_sentence(body, article);
            let first_lede = headline.map_or(0, |h| h + 1);
            let sentence = |k: usize| lede_sentence(body, claims, source, k);
            SourceLede {
                source,
                headline: headline.map(sentence),
                lede: (first_lede..body.sentences.len())
                    .take(LEDE_SENTENCES)
                    .map(sentence)
                    .collect(),
            }
        })
        .collect()
}

/// Shared claims that one source puts in its headline or lede while another buries or omits
/// them, in claim order.
pub fn emphasis(
    bodies: &[Body],
    articles: &[Article],
    claims: &ClaimsAnalysis,
) -> Vec<EmphasisRow> {
    let headlines: Vec<Option<usize>> = bodies
        .iter()
        .zip(articles)
        .map(|(b, a)| headline_sentence(b, a))
        .collect();
    claims
        .report
        .claims
        .iter()
        .filter(|c| c.sources.len() >= 2)
        .filter_map(|c| {
            let placements: Vec<Placement> = (0..bodies.len())
                .map(|s| placement(c, s, headlines[s]))
                .collect();
            let leads = placements
                .iter()
                .any(|p| matches!(p, Placement::Headline | Placement::Lede));
            let lags = placements
                .iter()
                .any(|p| matches!(p, Placement::Buried | Placement::Omitted));
            (leads && lags).then(|| EmphasisRow {
                claim: c.id.clone(),
                text: c.members[c.representative].text.clone(),
                placements,
            })
        })
        .collect()
}

fn placement(claim: &Claim, source: usize, headline: Option<usize>) -> Placement {
    let Some(place) = claim.coverage.get(source).copied().flatten() else {
        return Placement::Omitted;
    };
    let first_lede = headline.map_or(0, |h| h + 1);
    if Some(place.sentence) == headline {
        Placement::Headline
    } else if place.sentence < first_lede + LEDE_SENTENCES {
        Placement::Lede
    } else if place.sentence * 2 >= place.of {
        Placement::Buried
    } else {
        Placement::Body
    }
}

/// The headline: the first body sentence when the reading stage read its paragraph as a
/// headline and more follows.
fn headline_sentence(body: &Body, article: &Article) -> Option<usize> {
    let first = body.sentences.first()?;
    let alone = body
        .sentences
        .get(1)
        .is_some_and(|next| next.paragraph != first.paragraph);
    let headline = article.headlines.binary_search(&first.paragraph).is_ok();
    (alone && headline).then_some(0)
}

fn lede_sentence(body: &Body, claims: &ClaimsAnalysis, source: usize, k: usize) -> LedeSentence {
    let span = body.sentences[k].span;
    let of: Vec<&Claim> = claims
        .claims_of
        .get(source)
        .and_then(|c| c.get(k))
        .into_iter()
        .flatten()
        .filter_map(|&c| claims.report.claims.get(c))
        .collect();
    LedeSentence {
        start: span.start,
        end: span.end,
        text: body.slice(span).to_string(),
        claims: of.iter().map(|c| c.id.clone()).collect(),
        shared_claims: of
            .iter()
            .filter(|c| c.sources.len() >= 2)
            .map(|c| c.id.clone())
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::framing::{claims, naming};
    use crate::read::article::Article;

    #[test]
    fn a_claim_in_one_headline_and_late_in_another_is_an_emphasis_row() {
        // Reworded from Yonhap and vietnam.vn coverage of North Korea and the G7 (2023).
        let a = "North Korea denounces G7 statement on missile programs\nNorth Korea on Tuesday denounced a joint statement by G7 foreign ministers that condemned its missile programs.\nThe official also lashed out at Japan.";
        let b = "Japan releases water into the Pacific Ocean.\nTokyo began the release on Thursday.\nFishermen protested at the port.\nPrices of fish fell.\nLater, North Korea denounced the G7 foreign ministers' joint statement that condemned its missile programs.";
        let texts = [a, b];
        let articles: Vec<Article> = texts.iter().map(|t| Article::read(t, &[])).collect();
        let bodies: Vec<Body> = texts
            .iter()
            .zip(&articles)
            .map(|(t, a)| Body::new(t, a))
            .collect();
        let mentions = naming::find_mentions(&bodies);
        let analysis = claims::align(&bodies, &mentions);
        let l = ledes(&bodies, &articles, &analysis);
        assert_eq!(
            l[0].headline.as_ref().map(|h| h.text.as_str()),
            Some("North Korea denounces G7 statement on missile programs")
        );
        let rows = emphasis(&bodies, &articles, &analysis);
        assert!(
            rows.iter().any(
                |r| matches!(r.placements[0], Placement::Headline | Placement::Lede)
                    && r.placements[1] == Placement::Buried
            ),
            "{rows:#?}"
        );
    }

    #[test]
    fn a_lede_sentence_stating_two_facts_carries_both_claims() {
        let a = "The harbour master resigned on Friday evening, while the port authority fined the shipping company for the oil spill.\nFishermen protested at the quay.";
        let b = "The harbour master resigned on Friday evening.\nBakers sold bread late.\nThe port authority fined the shipping company for the oil spill on Thursday.";
        let texts = [a, b];
        let articles: Vec<Article> = texts.iter().map(|t| Article::read(t, &[])).collect();
        let bodies: Vec<Body> = texts
            .iter()
            .zip(&articles)
            .map(|(t, a)| Body::new(t, a))
            .collect();
        let mentions = naming::find_mentions(&bodies);
        let analysis = claims::align(&bodies, &mentions);
        let l = ledes(&bodies, &articles, &analysis);
        let first = l[0]
            .headline
            .iter()
            .chain(&l[0].lede)
            .find(|s| s.text.contains("while the port"))
            .expect("the first sentence opens the source");
        assert_eq!(
            first.shared_claims.len(),
            2,
            "{l:#?}\n{:#?}",
            analysis.report
        );
    }
}

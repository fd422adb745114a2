//! Divergent framing: how each source tells the same event, beside what it quotes.
//!
//! Stages, each its own module, all over the body of each source (boilerplate excluded):
//! - [`body`]: sentences and words outside boilerplate;
//! - [`naming`]: mentions of actors and the ways each source names them; [`events`]: the
//!   same for wars and invasions;
//! - [`claims`]: sentences aligned into claims across sources, unique facts, coverage;
//! - [`lede`]: headlines and first sentences, and which claims each source leads with;
//! - [`verbs`]: attribution verbs by speaker and category;
//! - [`language`]: loaded words, hedges, intensifiers, and the writer's own judgements;
//! - [`voices`]: whose words each source quotes, and how much;
//! - [`markdown`]: the framing part of the report as Markdown tables.
//!
//! Every flag carries byte offsets into the source's original text.

pub mod body;
pub mod claims;
pub mod clauses;
pub mod events;
pub mod language;
pub mod lede;
pub mod markdown;
pub mod naming;
pub mod verbs;
pub mod voices;

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::engine::article::Article;
use body::Body;

/// The framing part of the report. Every list is in source order where it is per source.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct FramingReport {
    /// Claims shared by several sources, facts one source alone gives, the coverage matrix
    /// (each claim's `coverage`), and names and numbers only one source mentions.
    pub claims: claims::ClaimsReport,
    /// Headline and first sentences of each source, with the claims they carry.
    pub ledes: Vec<lede::SourceLede>,
    /// Shared claims one source leads with while another buries or omits them.
    pub emphasis: Vec<lede::EmphasisRow>,
    /// Attribution verbs per source, by speaker and category.
    pub verbs: Vec<verbs::SourceVerbs>,
    /// Actors and the ways the sources name them.
    pub naming: Vec<naming::NamedActor>,
    /// Loaded words, hedges and intensifiers per source, and the writer's own judgements.
    pub language: Vec<language::SourceLanguage>,
    /// Whose words each source quotes, and quoted words against the writer's own.
    pub voices: Vec<voices::SourceVoices>,
}

/// Analyses the framing of `texts`, read as `articles` (same order, same length).
pub fn analyse(texts: &[&str], articles: &[Article]) -> FramingReport {
    let bodies: Vec<Body> = texts
        .iter()
        .zip(articles)
        .map(|(t, a)| Body::new(t, a))
        .collect();
    let mentions = naming::find_mentions(&bodies);
    let mut naming = naming::naming_table(&bodies, &mentions);
    naming.extend(events::event_table(&bodies, &mentions));
    let claims = claims::align(&bodies, &mentions);
    let labels: HashMap<&str, &str> = naming
        .iter()
        .map(|a| (a.key.as_str(), a.label.as_str()))
        .collect();
    let label = |key: &str| labels.get(key).map(|l| l.to_string());
    let mut verb_tables = Vec::with_capacity(bodies.len());
    let mut language = Vec::with_capacity(bodies.len());
    let mut voices = Vec::with_capacity(bodies.len());
    for (source, ((body, article), m)) in bodies.iter().zip(articles).zip(&mentions).enumerate() {
        let uses = verbs::find_verbs(body, article, m);
        verb_tables.push(verbs::verb_table(source, body, &uses, &label));
        language.push(language::analyse(source, body, &uses));
        voices.push(voices::analyse(source, body, article, m, &uses, &label));
    }
    FramingReport {
        ledes: lede::ledes(&bodies, articles, &claims),
        emphasis: lede::emphasis(&bodies, articles, &claims),
        claims: claims.report,
        verbs: verb_tables,
        naming,
        language,
        voices,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn analyse_texts(texts: &[String]) -> FramingReport {
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let articles: Vec<Article> = refs.iter().map(|t| Article::read(t, &[])).collect();
        analyse(&refs, &articles)
    }

    /// Every span the framing report gives lies on character boundaries of its source.
    fn spans_fit(report: &FramingReport, texts: &[String]) {
        let fits = |source: usize, start: usize, end: usize| {
            let text = &texts[source];
            assert!(
                start <= end && text.get(start..end).is_some(),
                "{start}..{end}"
            );
        };
        for c in &report.claims.claims {
            for m in &c.members {
                fits(m.source, m.start, m.end);
                for d in &m.details {
                    fits(m.source, d.start, d.end);
                }
            }
        }
        for a in &report.naming {
            for v in &a.variants {
                for o in &v.occurrences {
                    fits(o.source, o.start, o.end);
                }
            }
        }
        for v in &report.verbs {
            for r in &v.rows {
                for u in &r.uses {
                    fits(v.source, u.start, u.end);
                    fits(v.source, u.sentence_start, u.sentence_end);
                }
            }
        }
        for l in &report.language {
            for m in &l.markers {
                fits(l.source, m.start, m.end);
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]
        #[test]
        fn never_panics_and_spans_fit(texts in proptest::collection::vec(
            "([A-Z][a-z]{0,8}|[a-z]{1,9}|[0-9]{1,4}|\\PC{1,3}|the|said|claimed|North Korea|Pyongyang|\"|“|”|'|’|,|\\.|\n|—|\\(|\\)|é|🇰🇵| ){0,60}",
            1..4,
        )) {
            let report = analyse_texts(&texts);
            spans_fit(&report, &texts);
        }
    }

    #[test]
    fn empty_and_odd_inputs_give_empty_tables() {
        let texts = vec![String::new(), "\"".to_string(), "’s".to_string()];
        let report = analyse_texts(&texts);
        assert!(report.claims.claims.is_empty());
        assert_eq!(report.verbs.len(), 3);
    }
}

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
pub mod events;
pub mod language;
pub mod lede;
pub mod naming;
pub mod verbs;
pub mod voices;

use std::collections::HashMap;

use crate::read::article::Article;
use crate::report::FramingReport;
use body::Body;

/// Analyses the framing of `texts`, read as `articles` (same order, same length): every step
/// of [`Framing`], one after another. (The pipeline runs the steps itself; tests use this.)
#[cfg(test)]
pub fn analyse(texts: &[&str], articles: &[Article]) -> FramingReport {
    let bodies: Vec<Body> = texts
        .iter()
        .zip(articles)
        .map(|(t, a)| Body::new(t, a))
        .collect();
    Framing::new(bodies).finish(articles)
}

/// The work the next [`Framing::step`] does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FramingStep {
    /// Mentions of actors and events in every source, and the naming table.
    Naming,
    /// Sentences aligned into claims across sources.
    Claims,
    /// Verbs, loaded words and voices of source `index` (from 0) of `total`.
    Source {
        /// Which source (from 0).
        index: usize,
        /// How many sources.
        total: usize,
    },
}

/// The framing analysis one step at a time, for a caller that yields between steps;
/// [`analyse`] runs them all. Every step takes the same articles, the ones the bodies were
/// made from.
pub struct Framing<'a> {
    bodies: Vec<Body<'a>>,
    state: FramingState,
}

enum FramingState {
    Start,
    Named {
        mentions: Vec<naming::SourceMentions>,
        naming: Vec<crate::report::NamedActor>,
    },
    Claimed {
        mentions: Vec<naming::SourceMentions>,
        naming: Vec<crate::report::NamedActor>,
        claims: claims::ClaimsAnalysis,
        sources: PerSource,
    },
}

/// The per-source tables made so far, in source order.
#[derive(Default)]
struct PerSource {
    verbs: Vec<crate::report::SourceVerbs>,
    language: Vec<crate::report::SourceLanguage>,
    voices: Vec<crate::report::SourceVoices>,
}

impl<'a> Framing<'a> {
    /// The framing of `bodies` (one per source), nothing done yet.
    pub fn new(bodies: Vec<Body<'a>>) -> Self {
        Framing {
            bodies,
            state: FramingState::Start,
        }
    }

    /// What the next step will do, or `None` once only [`Self::finish`] is left.
    pub fn next_step(&self) -> Option<FramingStep> {
        let total = self.bodies.len();
        match &self.state {
            FramingState::Start => Some(FramingStep::Naming),
            FramingState::Named { .. } => Some(FramingStep::Claims),
            FramingState::Claimed { sources, .. } if sources.verbs.len() < total => {
                Some(FramingStep::Source {
                    index: sources.verbs.len(),
                    total,
                })
            }
            FramingState::Claimed { .. } => None,
        }
    }

    /// Does the work of [`Self::next_step`]; nothing once every step has run.
    pub fn step(&mut self, articles: &[Article]) {
        let bodies = &self.bodies;
        self.state = match std::mem::replace(&mut self.state, FramingState::Start) {
            FramingState::Start => {
                let mentions = naming::find_mentions(bodies);
                let mut naming = naming::naming_table(bodies, &mentions);
                naming.extend(events::event_table(bodies, &mentions));
                FramingState::Named { mentions, naming }
            }
            FramingState::Named { mentions, naming } => FramingState::Claimed {
                claims: claims::align(bodies, &mentions),
                mentions,
                naming,
                sources: PerSource::default(),
            },
            FramingState::Claimed {
                mentions,
                naming,
                claims,
                mut sources,
            } => {
                let index = sources.verbs.len();
                if let (Some(body), Some(article), Some(m)) =
                    (bodies.get(index), articles.get(index), mentions.get(index))
                {
                    sources.add(index, body, article, m, &naming);
                }
                FramingState::Claimed {
                    mentions,
                    naming,
                    claims,
                    sources,
                }
            }
        };
    }

    /// The framing report, running whatever steps are left first.
    pub fn finish(mut self, articles: &[Article]) -> FramingReport {
        while self.next_step().is_some() {
            let before = self.next_step();
            self.step(articles);
            if self.next_step() == before {
                // Fewer articles than bodies: the remaining sources cannot be read.
                break;
            }
        }
        match self.state {
            FramingState::Claimed {
                naming,
                claims,
                sources,
                ..
            } => FramingReport {
                ledes: lede::ledes(&self.bodies, articles, &claims),
                emphasis: lede::emphasis(&self.bodies, articles, &claims),
                claims: claims.report,
                verbs: sources.verbs,
                naming,
                language: sources.language,
                voices: sources.voices,
            },
            FramingState::Start | FramingState::Named { .. } => FramingReport::default(),
        }
    }
}

impl PerSource {
    /// Adds the tables of source `index`.
    fn add(
        &mut self,
        index: usize,
        body: &Body,
        article: &Article,
        mentions: &naming::SourceMentions,
        naming: &[crate::report::NamedActor],
    ) {
        let labels: HashMap<&str, &str> = naming
            .iter()
            .map(|a| (a.key.as_str(), a.label.as_str()))
            .collect();
        let label = |key: &str| labels.get(key).map(|l| l.to_string());
        let uses = verbs::find_verbs(body, article, mentions);
        self.verbs
            .push(verbs::verb_table(index, body, &uses, &label));
        self.language.push(language::analyse(index, body, &uses));
        self.voices.push(voices::analyse(
            index, body, article, mentions, &uses, &label,
        ));
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
            for d in &c.conflicting_details {
                fits(d.source, d.start, d.end);
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
            "([A-Z][a-z]{0,8}|[a-z]{1,9}|[0-9]{1,4}|\\PC{1,3}|the|said|claimed|North Korea|Pyongyang|July|Sept\\.|4th|fourth|twenty-first|of|six hours|while|\"|“|”|'|’|,|\\.|\n|—|\\(|\\)|é|🇰🇵| ){0,60}",
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

//! Naming of events: how sources name the same war or invasion — "Russia's war of aggression
//! against Ukraine", "Russia's full-scale war", "its war on Ukraine", "Russian aggression".
//!
//! A phrase is built around a head noun of armed conflict ([`CONFLICT_HEADS`]): modifiers before it
//! ("full-scale"), an owner before that (a possessive name, a nationality adjective or "its",
//! which takes the nearest country named before it in the sentence), "of aggression" after
//! it, and a target after "against", "on", "in", "into" or "of". Phrases with the same
//! countries involved name one event. Phrases without any country are left out: "the war"
//! alone could be any war. This module knows nothing of which wording is loaded; the table
//! lets a reader compare.

use crate::report::{ActorKind, MentionForm};
use crate::report::{NameVariant, NamedActor, Occurrence};
use std::collections::{BTreeMap, BTreeSet};

use super::body::{Body, Case};
use super::naming::SourceMentions;
use crate::hash::{self, FastMap};
use crate::lexicon::function_words::is_function_word;
use crate::lexicon::head_nouns::CONFLICT_HEADS;
use crate::lexicon::phrase_words::TARGET_PREPOSITIONS;
use crate::span::Span;

/// One phrase naming an event.
struct EventPhrase {
    span: Span,
    countries: BTreeSet<String>,
    variant: String,
}

/// The events named in more than one way or by more than one source, as naming-table rows.
pub fn event_table(bodies: &[Body], mentions: &[SourceMentions]) -> Vec<NamedActor> {
    let n = bodies.len();
    let mut events: BTreeMap<String, NamedActor> = BTreeMap::new();
    let mut variant_index: FastMap<(String, String), usize> = hash::map();
    for (source, (body, sm)) in bodies.iter().zip(mentions).enumerate() {
        for phrase in phrases(body, sm) {
            let codes: Vec<&str> = phrase.countries.iter().map(String::as_str).collect();
            let key = format!("event:war:{}", codes.join("-"));
            let event = events.entry(key.clone()).or_insert_with(|| NamedActor {
                key: key.clone(),
                label: String::new(),
                kind: ActorKind::Event,
                mentions_by_source: vec![0; n],
                variants: Vec::new(),
            });
            event.mentions_by_source[source] += 1;
            let vi = *variant_index
                .entry((key, phrase.variant.clone()))
                .or_insert_with(|| {
                    event.variants.push(NameVariant {
                        text: body.slice(phrase.span).to_string(),
                        form: MentionForm::Description,
                        counts: vec![0; n],
                        occurrences: Vec::new(),
                    });
                    event.variants.len() - 1
                });
            event.variants[vi].counts[source] += 1;
            event.variants[vi].occurrences.push(Occurrence {
                source,
                start: phrase.span.start,
                end: phrase.span.end,
            });
        }
    }
    events
        .into_values()
        .filter(|e| {
            let sources = e.mentions_by_source.iter().filter(|&&c| c > 0).count();
            e.variants.len() >= 2 || sources >= 2
        })
        .map(|mut e| {
            e.variants.sort_by(|a, b| {
                let total = |v: &NameVariant| v.counts.iter().sum::<usize>();
                total(b).cmp(&total(a)).then_with(|| a.text.cmp(&b.text))
            });
            e.label = e
                .variants
                .first()
                .map(|v| v.text.clone())
                .unwrap_or_default();
            e
        })
        .collect()
}

/// The event phrases of one source.
fn phrases(body: &Body, sm: &SourceMentions) -> Vec<EventPhrase> {
    let mut out = Vec::new();
    for s in &body.sentences {
        for h in s.tokens.clone() {
            let t = &body.tokens[h];
            if t.case != Case::Lower || !CONFLICT_HEADS.contains(&t.base()) {
                continue;
            }
            // "war of aggression": one phrase, counted at its first head.
            if h > s.tokens.start + 1
                && body.tokens[h - 1].lower() == "of"
                && CONFLICT_HEADS.contains(&body.tokens[h - 2].base())
            {
                continue;
            }
            if let Some(p) = phrase_at(body, sm, s.tokens.clone(), h) {
                out.push(p);
            }
        }
    }
    out
}

fn plain(gap: &str) -> bool {
    gap.chars().all(|c| c == ' ' || c == '\u{a0}')
}

fn country_of(sm: &SourceMentions, i: usize) -> Option<(&super::naming::Mention, String)> {
    let m = sm.at(i)?;
    (m.kind == ActorKind::Country).then(|| (m, m.key.clone()))
}

fn phrase_at(
    body: &Body,
    sm: &SourceMentions,
    sentence: std::ops::Range<usize>,
    head: usize,
) -> Option<EventPhrase> {
    let mut countries = BTreeSet::new();
    let mut start = head;
    // Modifiers and an owner to the left.
    while start > sentence.start && plain(body.gap_before(start)) && head - start < 4 {
        let p = start - 1;
        let t = &body.tokens[p];
        if let Some((m, key)) = country_of(sm, p) {
            if m.form == MentionForm::Adjective || t.possessive {
                countries.insert(key);
                start = m.tokens.start.max(sentence.start);
            }
            break;
        }
        if matches!(t.lower(), "its" | "their") {
            if let Some(key) = nearest_country_before(sm, sentence.start, p) {
                countries.insert(key);
                start = p;
            }
            break;
        }
        if t.case != Case::Lower
            || is_function_word(t.base())
            || t.quoted != body.tokens[head].quoted
        {
            break;
        }
        start = p;
    }
    // "of aggression", then a target.
    let mut end = head + 1;
    if end + 1 < sentence.end
        && body.tokens[end].lower() == "of"
        && CONFLICT_HEADS.contains(&body.tokens[end + 1].base())
        && plain(body.gap_before(end))
        && plain(body.gap_before(end + 1))
    {
        end += 2;
    }
    if end + 1 < sentence.end
        && TARGET_PREPOSITIONS.contains(&body.tokens[end].lower())
        && plain(body.gap_before(end))
        && plain(body.gap_before(end + 1))
    {
        if let Some((m, key)) = country_of(sm, end + 1) {
            if m.form != MentionForm::Adjective {
                countries.insert(key);
                end = m.tokens.end;
            }
        }
    }
    if countries.is_empty() {
        return None;
    }
    // Leading bare modifiers without an owner ("brutal war") keep their words.
    let span = Span::new(body.tokens[start].span.start, body.tokens[end - 1].span.end);
    let variant = body.tokens[start..end]
        .iter()
        .map(|t| t.base())
        .collect::<Vec<_>>()
        .join(" ");
    Some(EventPhrase {
        span,
        countries,
        variant,
    })
}

/// The key of the nearest country named (not as an adjective) before token `before` in the
/// sentence: what "its" stands for.
fn nearest_country_before(sm: &SourceMentions, floor: usize, before: usize) -> Option<String> {
    (floor..before).rev().find_map(|i| {
        let m = sm.at(i)?;
        (m.kind == ActorKind::Country && m.form != MentionForm::Adjective).then(|| m.key.clone())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::framing::naming::find_mentions;
    use crate::read::article::Article;

    #[test]
    fn one_war_named_three_ways() {
        // Whatfinger News and the Kyiv Independent (July 2024).
        let a = "NATO members slammed North Korea for fuelling Russia’s war of aggression against Ukraine. Both Pyongyang and Moscow denied that North Korea supplied missiles to assist Russia in its war on Ukraine.";
        let b = "The document condemned North Korea and Iran for fueling Russia's full-scale war against Ukraine. China is a decisive enabler of Russia's full-scale invasion of Ukraine. The war goes on.";
        let texts = [a, b];
        let articles: Vec<Article> = texts.iter().map(|t| Article::read(t, &[])).collect();
        let bodies: Vec<Body> = texts
            .iter()
            .zip(&articles)
            .map(|(t, a)| Body::new(t, a))
            .collect();
        let mentions = find_mentions(&bodies);
        let table = event_table(&bodies, &mentions);
        assert_eq!(table.len(), 1, "{table:#?}");
        let texts: Vec<&str> = table[0].variants.iter().map(|v| v.text.as_str()).collect();
        for expected in [
            "Russia’s war of aggression against Ukraine",
            "its war on Ukraine",
            "Russia's full-scale war against Ukraine",
            "Russia's full-scale invasion of Ukraine",
        ] {
            assert!(texts.contains(&expected), "{expected} not in {texts:?}");
        }
        assert_eq!(table[0].kind, ActorKind::Event);
    }
}

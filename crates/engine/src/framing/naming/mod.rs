//! Naming: how each source refers to the same actor — "North Korea", "Pyongyang", "the DPRK",
//! "the North", "this isolated nation" — as a table of variants by source.
//!
//! Mentions are found in three ways, all general: capitalised names (runs of capitalised words,
//! with countries, capitals and adjectives of nationality recognised from
//! [`crate::lexicon::places`]); short forms linked to a full name seen in the same
//! sources (acronyms by their initials, "the North" by the first word of a country's name,
//! "Putin" by a person's last name); and a light coreference of descriptions ("this isolated
//! nation", "the alliance"), linked to the most salient actor of the right kind mentioned just
//! before. This module does not find pronouns' referents, nor judge whether a name is loaded
//! (see `language`).

mod aliases;
mod coreference;
mod mention;
mod names;

use crate::report::{ActorKind, MentionForm};
use std::collections::BTreeMap;

use crate::hash::{self, FastMap};

use super::body::Body;
use crate::lexicon::places;
use crate::span::Span;
use names::{whitespace_only, Vocabulary};

use crate::report::{NameVariant, NamedActor, Occurrence};
pub use mention::Mention;

/// The mentions of one source, with a map from each token to the mention covering it.
#[derive(Clone, Debug, Default)]
pub struct SourceMentions {
    pub mentions: Vec<Mention>,
    /// For each body token, the index of the mention covering it.
    pub by_token: Vec<Option<usize>>,
    /// Each wording (a mention's `variant`) → the index of its first mention.
    by_variant: FastMap<String, usize>,
}

impl SourceMentions {
    /// The mention covering token `i`, if any.
    pub fn at(&self, i: usize) -> Option<&Mention> {
        self.by_token
            .get(i)
            .copied()
            .flatten()
            .and_then(|m| self.mentions.get(m))
    }

    /// The first mention whose wording (lowercase `variant`) is `variant`.
    pub fn first_with_variant(&self, variant: &str) -> Option<&Mention> {
        self.by_variant
            .get(variant)
            .and_then(|&i| self.mentions.get(i))
    }
}

/// Finds the mentions in every source; the vector is in source order.
pub fn find_mentions(bodies: &[Body]) -> Vec<SourceMentions> {
    let vocabulary = Vocabulary::new(bodies);
    let mut raw: Vec<Vec<Mention>> = bodies
        .iter()
        .map(|b| names::names_in(b, &vocabulary))
        .collect();
    aliases::link_acronyms(&mut raw);
    aliases::merge_spellings(&mut raw);
    aliases::link_short_names(&mut raw);
    bodies
        .iter()
        .zip(raw)
        .map(|(body, mut mentions)| {
            for m in mentions.iter_mut() {
                include_article(body, m);
            }
            let descriptions = coreference::descriptions_in(body, &mentions);
            mentions.extend(descriptions);
            mentions.sort_by_key(|m| m.tokens.start);
            let mut by_token = vec![None; body.tokens.len()];
            for (i, m) in mentions.iter().enumerate() {
                for t in m.tokens.clone() {
                    if let Some(slot) = by_token.get_mut(t) {
                        slot.get_or_insert(i);
                    }
                }
            }
            let mut by_variant: FastMap<String, usize> = hash::map();
            for (i, m) in mentions.iter().enumerate() {
                if !by_variant.contains_key(&m.variant) {
                    by_variant.insert(m.variant.clone(), i);
                }
            }
            SourceMentions {
                mentions,
                by_token,
                by_variant,
            }
        })
        .collect()
}

/// "the North": a country's short name keeps its article, which is part of the wording.
fn include_article(body: &Body, m: &mut Mention) {
    if m.form != MentionForm::ShortName || m.kind != ActorKind::Country {
        return;
    }
    let Some(prev) = m.tokens.start.checked_sub(1) else {
        return;
    };
    let t = &body.tokens[prev];
    if t.sentence == m.sentence
        && t.lower() == "the"
        && whitespace_only(body.gap_before(m.tokens.start))
    {
        m.tokens.start = prev;
        m.span = Span::new(t.span.start, m.span.end);
        m.variant = format!("the {}", m.variant);
    }
}

/// The naming table: actors named in more than one way or by more than one source, most
/// mentioned first.
pub fn naming_table(bodies: &[Body], mentions: &[SourceMentions]) -> Vec<NamedActor> {
    let n = bodies.len();
    let mut actors: BTreeMap<&str, NamedActor> = BTreeMap::new();
    let mut variant_index: FastMap<(&str, &str), usize> = hash::map();
    for (source, (body, sm)) in bodies.iter().zip(mentions).enumerate() {
        for m in &sm.mentions {
            let actor = actors.entry(&m.key).or_insert_with(|| NamedActor {
                key: m.key.clone(),
                kind: m.kind,
                mentions_by_source: vec![0; n],
                ..NamedActor::default()
            });
            actor.mentions_by_source[source] += 1;
            let vi = *variant_index
                .entry((&m.key, &m.variant))
                .or_insert_with(|| {
                    actor.variants.push(NameVariant {
                        text: display_text(body, m),
                        form: m.form,
                        counts: vec![0; n],
                        occurrences: Vec::new(),
                    });
                    actor.variants.len() - 1
                });
            let variant = &mut actor.variants[vi];
            if variant.form == MentionForm::Name && m.form != MentionForm::Name {
                variant.form = m.form;
            }
            variant.counts[source] += 1;
            variant.occurrences.push(Occurrence {
                source,
                start: m.span.start,
                end: m.span.end,
            });
        }
    }
    let mut table: Vec<NamedActor> = actors
        .into_values()
        .filter(|a| {
            let sources = a.mentions_by_source.iter().filter(|&&c| c > 0).count();
            a.variants.len() >= 2 || sources >= 2
        })
        .map(|mut a| {
            a.label = label_of(&a);
            a.variants.sort_by(|x, y| {
                total(&y.counts)
                    .cmp(&total(&x.counts))
                    .then_with(|| x.text.cmp(&y.text))
            });
            a
        })
        .collect();
    table.sort_by(|a, b| {
        (b.variants.len().min(2), total(&b.mentions_by_source))
            .cmp(&(a.variants.len().min(2), total(&a.mentions_by_source)))
            .then_with(|| a.key.cmp(&b.key))
    });
    table
}

fn total(counts: &[usize]) -> usize {
    counts.iter().sum()
}

fn label_of(actor: &NamedActor) -> String {
    if let Some(code) = actor.key.strip_prefix("place:") {
        if let Some(name) = actor.variants.iter().find_map(|v| {
            places::place(&v.text)
                .filter(|p| p.code == code)
                .map(|p| p.name)
        }) {
            return name.to_string();
        }
    }
    actor
        .variants
        .iter()
        .filter(|v| matches!(v.form, MentionForm::Name | MentionForm::Acronym))
        .max_by(|a, b| {
            let words = |t: &str| std::cmp::Reverse(t.split_whitespace().count());
            (
                a.form == MentionForm::Name,
                total(&a.counts),
                words(&a.text),
            )
                .cmp(&(
                    b.form == MentionForm::Name,
                    total(&b.counts),
                    words(&b.text),
                ))
                .then_with(|| b.text.cmp(&a.text))
        })
        .or_else(|| actor.variants.first())
        .map(|v| v.text.clone())
        .unwrap_or_default()
}

/// The mention as written, possessive ending dropped, capitals headline words kept as written.
fn display_text(body: &Body, m: &Mention) -> String {
    let text = body
        .slice(m.span)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    match text.strip_prefix("The ") {
        Some(rest) if m.form != MentionForm::Name => format!("the {rest}"),
        _ => match text.strip_prefix("This ") {
            Some(rest) if m.form == MentionForm::Description => format!("this {rest}"),
            _ => text,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::article::Article;

    fn variants_of(texts: &[&str], key: &str) -> Vec<(String, MentionForm)> {
        let articles: Vec<Article> = texts.iter().map(|t| Article::read(t, &[])).collect();
        let bodies: Vec<Body> = texts
            .iter()
            .zip(&articles)
            .map(|(t, a)| Body::new(t, a))
            .collect();
        let mentions = find_mentions(&bodies);
        let table = naming_table(&bodies, &mentions);
        table
            .into_iter()
            .find(|a| a.key == key)
            .map(|a| a.variants.into_iter().map(|v| (v.text, v.form)).collect())
            .unwrap_or_default()
    }

    #[test]
    fn capitals_acronyms_and_short_forms_name_one_country() {
        // Sentences from Yonhap and Korea Herald reports (2023–2024).
        let a = "North Korea on Tuesday denounced a joint statement that condemned Pyongyang's nuclear and missile programs. The North's foreign ministry issued the statement.";
        let b = "The Democratic People's Republic of Korea (DPRK) said Monday that the U.S. \"human rights racket\" gets more intense. DPRK stands for the North's official name.";
        let v = variants_of(&[a, b], "place:KP");
        let texts: Vec<&str> = v.iter().map(|(t, _)| t.as_str()).collect();
        for expected in ["North Korea", "Pyongyang", "the North", "DPRK"] {
            assert!(
                texts.contains(&expected),
                "{expected} missing from {texts:?}"
            );
        }
        assert!(texts.iter().any(|t| t.starts_with("Democratic People")));
    }

    #[test]
    fn a_description_points_back_to_the_subject_of_the_sentence_before() {
        // From a Whatfinger News reprint (July 2024).
        let a = "North Korea has unleashed a fierce rebuke against a NATO declaration that condemned its weapons exports to Russia. This isolated nation, which has bolstered its military ties with Russia over recent years, fired back with sharp criticism.";
        let v = variants_of(&[a], "place:KP");
        assert!(
            v.contains(&("this isolated nation".to_string(), MentionForm::Description)),
            "{v:?}"
        );
        let russia = variants_of(&[a], "place:RU");
        assert!(russia.iter().all(|(t, _)| t == "Russia"), "{russia:?}");
    }

    #[test]
    fn a_description_skips_an_opening_phrase_to_the_subject_and_never_past_it() {
        // Whatfinger News reprint (July 2024): "the alliance" is NATO, named in the sentence
        // before after "In Washington DC this week,", not KCNA two sentences back.
        let a = "State-run Korean Central News Agency (KCNA) reported that North Korea’s foreign ministry “most strongly denounces and rejects” the NATO declaration. The ministry spokesperson, cited by KCNA, claimed the declaration “incites new Cold War and military confrontation on a global scale,” and demands “a new force and mode of counteraction.”\nIn Washington DC this week, NATO members issued a joint declaration slamming North Korea for “fuelling Russia’s war of aggression against Ukraine” by “providing direct military support” to Moscow. The alliance’s leaders also voiced “profound concern” over China’s industrial support for Russia.";
        let articles = [Article::read(a, &[])];
        let bodies = [Body::new(a, &articles[0])];
        let mentions = find_mentions(&bodies);
        let key_of = |wording: &str| {
            mentions[0]
                .mentions
                .iter()
                .find(|m| bodies[0].slice(m.span) == wording)
                .map(|m| m.key.clone())
        };
        assert!(key_of("The alliance").is_some());
        assert_eq!(key_of("The alliance"), key_of("NATO"));
    }

    #[test]
    fn initials_and_dotted_abbreviations_stay_inside_names() {
        // The New York Times and foreigndesknews.com (14 July 2024), the Kyiv Independent
        // (July 2024).
        let nyt = "President Biden said he deplored the attempted assassination of former President Donald J. Trump. The desk has been used by almost every president since Rutherford B. Hayes in 1880.";
        let fdn = "WASHINGTON, D.C. - In a rare Oval Office address on Sunday night, President Joe Biden urged Americans to \"lower the temperature\" in the wake of an assassination attempt on former President Donald Trump.";
        let kyiv = "The pact should worry not only the U.S. but also China.";
        let trump = variants_of(&[nyt, fdn], "name:donald trump");
        let texts: Vec<&str> = trump.iter().map(|(t, _)| t.as_str()).collect();
        assert!(
            texts.contains(&"President Donald J. Trump")
                && texts.contains(&"President Donald Trump"),
            "{texts:?}"
        );
        let articles: Vec<Article> = [nyt, fdn, kyiv]
            .iter()
            .map(|t| Article::read(t, &[]))
            .collect();
        let bodies: Vec<Body> = [nyt, fdn, kyiv]
            .iter()
            .zip(&articles)
            .map(|(t, a)| Body::new(t, a))
            .collect();
        let mentions = find_mentions(&bodies);
        let written = |source: usize| -> Vec<&str> {
            mentions[source]
                .mentions
                .iter()
                .map(|m| bodies[source].slice(m.span))
                .collect()
        };
        assert!(
            written(0).contains(&"Rutherford B. Hayes"),
            "{:?}",
            written(0)
        );
        // "D.C." belongs to the dateline, like "WASHINGTON": where the story was filed.
        assert!(
            mentions[1].mentions.iter().all(|m| m.key != "place:US"),
            "{:?}",
            written(1)
        );
        assert!(written(2).contains(&"U.S."), "{:?}", written(2));
    }

    #[test]
    fn acronyms_join_their_spelled_out_names() {
        let a = "The North Atlantic Treaty Organization met in Washington. NATO leaders agreed.";
        let v = variants_of(&[a], "name:north atlantic treaty organization");
        let texts: Vec<&str> = v.iter().map(|(t, _)| t.as_str()).collect();
        assert!(texts.contains(&"NATO"), "{texts:?}");
    }

    #[test]
    fn sentence_initial_words_are_not_names() {
        let a =
            "Meanwhile, the talks went on. Critics said the talks failed, and critics are many.";
        let articles = [Article::read(a, &[])];
        let bodies = [Body::new(a, &articles[0])];
        let mentions = find_mentions(&bodies);
        assert!(
            mentions[0].mentions.is_empty(),
            "{:?}",
            mentions[0].mentions
        );
    }

    #[test]
    fn datelines_party_tags_and_titles_are_read_as_such() {
        // Yonhap (November 2023) and The Hill (March 2023).
        let a = "SEOUL, Nov. 14 (Yonhap) -- North Korea denounced the statement.\nHouse Speaker Kevin McCarthy (R-Calif.) pledged to act. McCarthy said so.";
        let b = "Kevin McCarthy vowed his caucus will act. Seoul objected.";
        let articles = [Article::read(a, &[]), Article::read(b, &[])];
        let bodies = [Body::new(a, &articles[0]), Body::new(b, &articles[1])];
        let mentions = find_mentions(&bodies);
        let south = |s: usize| {
            mentions[s]
                .mentions
                .iter()
                .filter(|m| m.key == "place:KR")
                .count()
        };
        assert_eq!((south(0), south(1)), (0, 1));
        assert!(mentions[0]
            .mentions
            .iter()
            .all(|m| !m.variant.contains("calif")));
        let mccarthy = variants_of(&[a, b], "name:kevin mccarthy");
        let texts: Vec<&str> = mccarthy.iter().map(|(t, _)| t.as_str()).collect();
        for expected in ["House Speaker Kevin McCarthy", "Kevin McCarthy", "McCarthy"] {
            assert!(texts.contains(&expected), "{expected} not in {texts:?}");
        }
    }

    #[test]
    fn transliterations_of_one_name_are_one_person() {
        // Yonhap and vietnam.vn (November 2023), Daily Beast and First India (August 2024).
        let a = "Jo Chol-su, director general, rejected the statement. President Volodymyr Zelensky spoke.";
        let b = "Jo Chol Su, director-general, said the G7 should be disbanded. Volodymyr Zelenskyy spoke.";
        let v = variants_of(&[a, b], "name:jo chol su");
        assert_eq!(v.len(), 2, "{v:?}");
        let v = variants_of(&[a, b], "name:volodymyr zelensky");
        assert_eq!(v.len(), 2, "{v:?}");
    }
}

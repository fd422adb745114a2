//! Loaded language, hedges and intensifiers per source, with rates per 1,000 words, and the
//! sentences where the writer judges in their own voice, told apart from reported material.
//!
//! Words come from the lexicons in [`crate::lexicon::hedges`] and
//! [`crate::lexicon::loaded`], matched by stem so inflections count. Each hit gets a
//! voice: *quoted* (inside a quotation), *reported* (in what an attribution verb reports:
//! "claimed that …", "according to …"), or the writer's *own*. A sentence with a loaded or
//! dramatising word in the writer's own voice is flagged as the writer's judgement. A hit is
//! a pointer for a reader, not a verdict: words such as "regime" or "isolated" also have
//! neutral senses.

use std::collections::BTreeMap;
use std::ops::Range;
use std::sync::OnceLock;

use super::body::{lowercase_key, Body, Case};
use super::claims::number_at;
use super::verbs::VerbUse;
use crate::hash::FastMap;
use crate::lexicon::head_nouns::COMPOUND_SENSES;
use crate::lexicon::{hedges, loaded};
use crate::report::{CategoryRate, MarkedSentence, Marker, MarkerCategory, SourceLanguage, Voice};
use crate::span::Span;
use crate::word_forms::stem;

impl MarkerCategory {
    /// A short label for tables.
    pub fn label(self) -> &'static str {
        match self {
            MarkerCategory::Loaded => "loaded",
            MarkerCategory::Dramatic => "dramatising",
            MarkerCategory::Intensifier => "intensifier",
            MarkerCategory::Hedge => "hedge",
            MarkerCategory::Distancing => "distancing",
        }
    }

    /// Categories that judge, as opposed to those that soften or distance.
    pub fn judges(self) -> bool {
        matches!(self, MarkerCategory::Loaded | MarkerCategory::Dramatic)
    }
}

struct Entry {
    stems: Vec<String>,
    category: MarkerCategory,
    needs_number: bool,
}

fn entries() -> &'static FastMap<String, Vec<Entry>> {
    static ENTRIES: OnceLock<FastMap<String, Vec<Entry>>> = OnceLock::new();
    ENTRIES.get_or_init(|| {
        let lists: [(&[&str], MarkerCategory, bool); 6] = [
            (loaded::LOADED, MarkerCategory::Loaded, false),
            (loaded::DRAMATIC, MarkerCategory::Dramatic, false),
            (loaded::INTENSIFIERS, MarkerCategory::Intensifier, false),
            (hedges::DISTANCING, MarkerCategory::Distancing, false),
            (hedges::EPISTEMIC, MarkerCategory::Hedge, false),
            (hedges::APPROXIMATORS, MarkerCategory::Hedge, true),
        ];
        let mut map: FastMap<String, Vec<Entry>> = FastMap::default();
        for (list, category, needs_number) in lists {
            for phrase in list {
                let stems: Vec<String> = phrase
                    .split_whitespace()
                    .map(|w| stem(&lowercase_key(w)))
                    .collect();
                let Some(first) = stems.first().cloned() else {
                    continue;
                };
                map.entry(first).or_default().push(Entry {
                    stems,
                    category,
                    needs_number,
                });
            }
        }
        for list in map.values_mut() {
            list.sort_by_key(|e| std::cmp::Reverse(e.stems.len()));
        }
        map
    })
}

/// Finds the marked words of one source and flags its judgement sentences.
pub fn analyse(source: usize, body: &Body, verbs: &[VerbUse]) -> SourceLanguage {
    let reported = reported_tokens(body, verbs);
    let mut markers = Vec::new();
    let mut marker_sentence = Vec::new();
    for s in &body.sentences {
        let mut i = s.tokens.start;
        while i < s.tokens.end {
            match match_at(body, i, s.tokens.end) {
                Some((len, category)) => {
                    let range = i..i + len;
                    let voice = voice_of(body, &range, &reported);
                    let span = Span::new(
                        body.tokens[range.start].span.start,
                        body.tokens[range.end - 1].span.end,
                    );
                    markers.push(Marker {
                        text: body.slice(span).to_string(),
                        category,
                        voice,
                        start: span.start,
                        end: span.end,
                    });
                    marker_sentence.push(body.tokens[i].sentence);
                    i += len;
                }
                None => i += 1,
            }
        }
    }
    let words = body.word_count();
    let rates = rates(&markers, words);
    let sentences = marked_sentences(body, &markers, &marker_sentence, &reported);
    SourceLanguage {
        source,
        words,
        rates,
        markers,
        sentences,
    }
}

/// The lexicon entry matching at token `i`, longest first: its length in tokens and
/// category. Capitalised "May" is the month, and approximators need a number after them.
fn match_at(body: &Body, i: usize, end: usize) -> Option<(usize, MarkerCategory)> {
    let t = &body.tokens[i];
    if t.case == Case::Upper {
        return None;
    }
    let compared = comparative_base(t);
    let candidates = entries()
        .get(t.stem())
        .or_else(|| compared.as_ref().and_then(|b| entries().get(b)))?;
    if compound_noun(body, i) {
        return None;
    }
    candidates.iter().find_map(|e| {
        let len = e.stems.len();
        if i + len > end {
            return None;
        }
        let fits = (1..len).all(|k| {
            body.tokens[i + k].stem() == e.stems[k]
                && body.gap_before(i + k).chars().all(|c| c == ' ' || c == '-')
        });
        if !fits {
            return None;
        }
        if e.needs_number && !(i + len < end && number_at(body, i + len, end).is_some()) {
            return None;
        }
        if e.stems[0] == "may" && t.case == Case::Capitalised {
            return None;
        }
        Some((len, e.category))
    })
}

/// "fiercest", "harsher": the stem of the adjective without its degree ending, tried when the
/// word itself is not in a lexicon.
fn comparative_base(t: &super::body::Token) -> Option<String> {
    let lower = t.lower();
    let base = lower
        .strip_suffix("est")
        .or_else(|| lower.strip_suffix("er"))
        .filter(|b| b.len() >= 4)?;
    Some(stem(&format!("{base}e")))
        .filter(|s| entries().contains_key(s))
        .or_else(|| Some(stem(base)))
}

/// "penalty regime", "tax scheme": nouns that judge only when they stand for a government or
/// a plot, not inside a compound after another plain noun.
fn compound_noun(body: &Body, i: usize) -> bool {
    let t = &body.tokens[i];
    if i == 0 || !COMPOUND_SENSES.contains(&t.base()) {
        return false;
    }
    let prev = &body.tokens[i - 1];
    prev.sentence == t.sentence
        && prev.case == Case::Lower
        && !prev.possessive
        && !crate::lexicon::function_words::is_function_word(prev.base())
        && !entries().contains_key(prev.stem())
        && body.gap_before(i).chars().all(|c| c == ' ')
}

/// Per token, whether an attribution verb reports it.
fn reported_tokens(body: &Body, verbs: &[VerbUse]) -> Vec<bool> {
    let mut reported = vec![false; body.tokens.len()];
    for v in verbs {
        if let Some(r) = &v.reports {
            for k in r.clone() {
                if let Some(slot) = reported.get_mut(k) {
                    *slot = true;
                }
            }
        }
    }
    reported
}

fn voice_of(body: &Body, range: &Range<usize>, reported: &[bool]) -> Voice {
    if range.clone().any(|k| body.tokens[k].quoted) {
        Voice::Quoted
    } else if range.clone().any(|k| reported[k]) {
        Voice::Reported
    } else {
        Voice::Own
    }
}

fn rates(markers: &[Marker], words: usize) -> Vec<CategoryRate> {
    let mut counts: BTreeMap<MarkerCategory, (usize, usize)> = BTreeMap::new();
    for m in markers {
        let c = counts.entry(m.category).or_default();
        c.0 += 1;
        if m.voice == Voice::Own {
            c.1 += 1;
        }
    }
    counts
        .into_iter()
        .map(|(category, (count, own))| CategoryRate {
            category,
            count,
            own,
            per_1000_words: if words == 0 {
                0.0
            } else {
                (count as f64 * 1000.0 / words as f64 * 10.0).round() / 10.0
            },
        })
        .collect()
}

fn marked_sentences(
    body: &Body,
    markers: &[Marker],
    marker_sentence: &[usize],
    reported: &[bool],
) -> Vec<MarkedSentence> {
    let mut by_sentence: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (k, &s) in marker_sentence.iter().enumerate() {
        by_sentence.entry(s).or_default().push(k);
    }
    by_sentence
        .into_iter()
        .map(|(s, list)| {
            let sentence = &body.sentences[s];
            let tokens = sentence.tokens.clone();
            let n = tokens.len().max(1);
            let quoted = tokens.clone().filter(|&k| body.tokens[k].quoted).count();
            let reported_count = tokens.clone().filter(|&k| reported[k]).count();
            let distanced = list
                .iter()
                .any(|&k| markers[k].category == MarkerCategory::Distancing);
            let voice = if quoted * 10 >= n * 6 {
                Voice::Quoted
            } else if (quoted + reported_count) * 2 >= n || distanced {
                Voice::Reported
            } else {
                Voice::Own
            };
            let judgement = list
                .iter()
                .any(|&k| markers[k].voice == Voice::Own && markers[k].category.judges());
            MarkedSentence {
                start: sentence.span.start,
                end: sentence.span.end,
                text: body.slice(sentence.span).to_string(),
                voice,
                judgement,
                markers: list,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::framing::naming::find_mentions;
    use crate::framing::verbs::find_verbs;
    use crate::read::article::Article;

    fn language(text: &str) -> SourceLanguage {
        let article = Article::read(text, &[]);
        let body = Body::new(text, &article);
        let mentions = find_mentions(std::slice::from_ref(&body));
        let verbs = find_verbs(&body, &article, &mentions[0]);
        analyse(0, &body, &verbs)
    }

    #[test]
    fn the_writers_own_judgement_is_told_from_quoted_and_reported_words() {
        // Kyiv Independent (July 2024) and TASS (May 2024).
        let text = "Pyongyang rejected the document, calling it \"illegal.\" Further criticism of Washington in the document largely echoes Russian propaganda narratives. The spokesperson said it was \"a grave political provocation.\" The ministry claimed that the regime in Seoul was staging a provocation.";
        let l = language(text);
        let judged: Vec<&str> = l
            .sentences
            .iter()
            .filter(|s| s.judgement)
            .map(|s| s.text.as_str())
            .collect();
        assert_eq!(
            judged,
            ["Further criticism of Washington in the document largely echoes Russian propaganda narratives."]
        );
        let find = |w: &str| {
            l.markers
                .iter()
                .find(|m| m.text == w)
                .map(|m| (m.category, m.voice))
        };
        assert_eq!(
            find("propaganda"),
            Some((MarkerCategory::Loaded, Voice::Own))
        );
        assert_eq!(find("largely"), Some((MarkerCategory::Hedge, Voice::Own)));
        assert_eq!(
            find("provocation"),
            Some((MarkerCategory::Loaded, Voice::Quoted))
        );
        assert_eq!(
            find("regime"),
            Some((MarkerCategory::Loaded, Voice::Reported))
        );
    }

    #[test]
    fn approximators_count_only_before_numbers_and_rates_are_per_thousand_words() {
        // Kyiv Independent (July 2024).
        let text = "Moscow has reportedly received extensive military packages from Pyongyang, including around 5 million artillery shells. Talks went around in circles.";
        let l = language(text);
        let texts: Vec<(&str, MarkerCategory)> = l
            .markers
            .iter()
            .map(|m| (m.text.as_str(), m.category))
            .collect();
        assert_eq!(
            texts,
            [
                ("reportedly", MarkerCategory::Distancing),
                ("around", MarkerCategory::Hedge)
            ]
        );
        let hedge = l.rates.iter().find(|r| r.category == MarkerCategory::Hedge);
        assert_eq!(hedge.map(|r| r.count), Some(1));
        let expected = (1000.0 / l.words as f64 * 10.0).round() / 10.0;
        assert_eq!(hedge.map(|r| r.per_1000_words), Some(expected));
    }
}

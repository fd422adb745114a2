//! Speaker keys: the name that groups a verb's speaker with others, a known actor's key when
//! the phrase names one, else the phrase without its determiner; a pronoun takes the speaker
//! of the verb before it, or the named subject of its sentence.
//!
//! This module does not find speakers in the text (see `scan`).

use super::scan::{token_range_in, tokens_span, VerbUse};
use crate::framing::body::Body;
use crate::framing::naming::SourceMentions;
use crate::lexicon::grammar::{DETERMINERS, SUBJECT_PRONOUNS as PRONOUNS};
use crate::read::attribution::{subject_of_sentence, Attribution};
use crate::span::Span;

/// Gives every speaker its grouping key: a known actor's key, else the phrase without its
/// determiner; a pronoun takes the speaker of the closest verb before it. A speaker the
/// reading stage resolved (its key already set) keeps its key.
pub(super) fn resolve_speakers(body: &Body, mentions: &SourceMentions, uses: &mut [VerbUse]) {
    let mut last: Option<String> = None;
    for u in uses.iter_mut() {
        let Some(speaker) = &mut u.speaker else {
            continue;
        };
        if !speaker.key.is_empty() {
            last = Some(speaker.key.clone());
            continue;
        }
        let written = body.slice(speaker.span);
        let lower = written.to_lowercase();
        if PRONOUNS.contains(&lower.as_str()) {
            // "He", "she", "they" take the last speaker, else the subject named earlier in
            // their sentence ("Jacinda Ardern has choked back tears as she announced …");
            // "it" is too often a thing.
            let span = speaker.span;
            speaker.key = match lower.as_str() {
                "it" => lower,
                _ => last
                    .clone()
                    .or_else(|| named_subject_before(body, mentions, u.sentence, span))
                    .unwrap_or(lower),
            };
            continue;
        }
        speaker.key = phrase_key(body, mentions, speaker.span);
        last = Some(speaker.key.clone());
    }
}

/// The key of the main subject of body sentence `sentence` when it is a named actor that
/// comes before `before`.
fn named_subject_before(
    body: &Body,
    mentions: &SourceMentions,
    sentence: usize,
    before: Span,
) -> Option<String> {
    let s = body.sentences.get(sentence)?;
    let span = subject_of_sentence(body.text, s.span)?;
    let subject = token_range_in(body, span)?;
    let last = subject.end.checked_sub(1)?;
    let named = mentions.at(last).is_some_and(|m| m.tokens.end == last + 1);
    let span = tokens_span(body, &subject);
    (named && span.end <= before.start).then(|| phrase_key(body, mentions, span))
}

/// The grouping key of a speaker phrase: the actor named by its last word, else its words
/// without a leading determiner.
pub fn phrase_key(body: &Body, mentions: &SourceMentions, span: Span) -> String {
    let tokens: Vec<usize> = token_range_in(body, span).into_iter().flatten().collect();
    let coordinated = tokens.iter().any(|&k| body.tokens[k].lower() == "and");
    if let Some(m) = tokens
        .last()
        .filter(|_| !coordinated)
        .and_then(|&last| mentions.at(last).filter(|m| m.tokens.end == last + 1))
    {
        return m.key.clone();
    }
    tokens
        .iter()
        .map(|&k| body.tokens[k].base())
        .skip_while(|w| DETERMINERS.contains(w))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The grouping key of the speaker the reading stage attributed: the phrase as written when
/// it stands for itself, else the resolved name ("he" → "Joe Biden").
pub fn attribution_key(body: &Body, mentions: &SourceMentions, a: &Attribution) -> String {
    match (&a.resolved_speaker, a.speaker_span) {
        (None, Some(span)) => phrase_key(body, mentions, span),
        _ => text_key(mentions, a.best_speaker()),
    }
}

/// The grouping key of a speaker given as text (a resolved name): the actor whose mention in
/// this source has that wording, else the words in lowercase without a determiner.
fn text_key(mentions: &SourceMentions, text: &str) -> String {
    let words: Vec<String> = text
        .split_whitespace()
        .map(|w| {
            crate::framing::body::lowercase_key(w)
                .trim_end_matches("'s")
                .to_string()
        })
        .collect();
    // "President Biden", "Mr. Biden": the wording after any titles, as the naming table keeps
    // a person's name.
    let untitled = words
        .iter()
        .map(String::as_str)
        .skip_while(|w| crate::read::attribution::TITLES.contains(&w.trim_end_matches('.')))
        .collect::<Vec<_>>()
        .join(" ");
    let wording = words.join(" ");
    for wanted in [&wording, &untitled] {
        if let Some(m) = mentions.first_with_variant(wanted) {
            return m.key.clone();
        }
    }
    words
        .iter()
        .map(String::as_str)
        .skip_while(|w| DETERMINERS.contains(w))
        .collect::<Vec<_>>()
        .join(" ")
}

//! Speaker resolution: pronouns ("he"), bare descriptions ("the official") and surnames
//! ("Kim") mapped to a fuller earlier mention or to the previous speaker, in text order.
//!
//! This file decides what a speaker refers to; finding the fuller mention in the text is
//! `mentions`.

use super::clause::{is_capitalised, is_in, is_pronoun, names_someone, Clause, WINDOW_AFTER};
use super::mentions::Mentions;
use crate::lexicon::people::{GENERIC_PEOPLE, HONORIFICS as TITLES};
use crate::read::attribution_record::Attribution;
use crate::read::tokens::{tokenize, QuoteIndex};
use crate::span::Span;
use crate::text::TextModel;

/// Something attributed to a speaker, for resolution in text order.
pub struct Attributed<'a> {
    /// Where it is (the quote or reported clause).
    pub at: usize,
    /// Its attribution, whose speaker is resolved in place.
    pub attribution: &'a mut Attribution,
}

/// Resolves speakers in text order: pronouns and bare descriptions ("the official") point to
/// a fuller earlier mention or to the previous speaker.
pub fn resolve(text: &str, model: &TextModel, quotes: &QuoteIndex, items: &mut [Attributed<'_>]) {
    items.sort_by_key(|a| a.at);
    let mut mentions = Mentions::new(text);
    let mut previous: Option<(String, usize)> = None;
    for item in items.iter_mut() {
        let a = &mut *item.attribution;
        let written = a.speaker.clone();
        let at = a.speaker_span.map_or(item.at, |s| s.start);
        if a.resolved_speaker.is_none() && !written.is_empty() {
            let since = previous.as_ref().map(|(_, p)| *p);
            let antecedent = if is_pronoun(&written) {
                recent_named_subject(text, model, quotes, at, since)
                    .map(|s| {
                        let found = resolve_one(&s, at, &mut mentions, None);
                        found.unwrap_or(s)
                    })
                    .or_else(|| previous.as_ref().map(|(p, _)| p.clone()))
                    .filter(|found| agrees_in_number(&written, found))
            } else {
                resolve_one(
                    &written,
                    at,
                    &mut mentions,
                    previous.as_ref().map(|(p, _)| p.as_str()),
                )
                .or_else(|| {
                    // "The 53-year-old" with no speaker before: the person the last few
                    // sentences are about.
                    is_person_description(&written)
                        .then(|| recent_named_subject(text, model, quotes, at, since))
                        .flatten()
                })
            };
            a.resolved_speaker = antecedent;
        }
        let best = a.best_speaker().to_string();
        if !best.is_empty() && !is_pronoun(&best) {
            previous = Some((best, at));
        }
    }
}

/// Whether an antecedent can stand for a pronoun: "they" wants a plural ("NATO leaders",
/// "officials", "Pyongyang and Moscow"), the others anything.
fn agrees_in_number(pronoun: &str, antecedent: &str) -> bool {
    if !matches!(pronoun.to_lowercase().as_str(), "they" | "them") {
        return true;
    }
    let head = antecedent.split_whitespace().last().unwrap_or("");
    let common_plural =
        !is_capitalised(head) && (head.ends_with('s') || head == "people" || head == "police");
    common_plural || antecedent.contains(" and ")
}

/// Sentences looked back over for a pronoun's antecedent.
const ANTECEDENT_SENTENCES: usize = 3;

/// The subject of one of the few sentences before `at` (and after the previous speaker's
/// mention at `since`, if any; the text's first sentence counts), when it is named:
/// "Tom Morello inducted Kiss. He told the crowd, “…”" gives "Tom Morello".
fn recent_named_subject(
    text: &str,
    model: &TextModel,
    quotes: &QuoteIndex,
    at: usize,
    since: Option<usize>,
) -> Option<String> {
    let current = model.sentence_at_or_before(at)?;
    (current.saturating_sub(ANTECEDENT_SENTENCES)..current)
        .rev()
        .map(|i| model.sentences[i].span)
        .take_while(|s| since.is_none_or(|p| s.start > p))
        .find_map(|s| {
            let window = Span::new(s.start, s.end.min(s.start + WINDOW_AFTER));
            let toks = tokenize(text, window, quotes);
            let clause = Clause::new(text, &toks);
            let subject = clause.sentence_subject(toks.len())?.speaker_span?;
            let written = subject.slice(text);
            // A subject has a predicate after it: "Advertisement Advertisement" is no clause.
            let predicate = Span::new(subject.end, window.end)
                .slice(text)
                .chars()
                .any(char::is_alphabetic);
            (predicate && names_someone(written)).then(|| written.to_string())
        })
}

/// "the official", "the 53-year-old": a bare description of a person.
fn is_person_description(speaker: &str) -> bool {
    let words: Vec<String> = speaker.split_whitespace().map(str::to_lowercase).collect();
    match words.as_slice() {
        [the, head] => the == "the" && (is_in(GENERIC_PEOPLE, head) || head.ends_with("-year-old")),
        _ => false,
    }
}

/// The fuller mention `written` refers to, if any.
fn resolve_one(
    written: &str,
    at: usize,
    mentions: &mut Mentions<'_>,
    previous: Option<&str>,
) -> Option<String> {
    if is_pronoun(written) {
        return previous.map(str::to_string);
    }
    let words: Vec<&str> = written.split_whitespace().collect();
    let &head = words.last()?;
    let definite = words.first().is_some_and(|w| w.eq_ignore_ascii_case("the"))
        && !words[1..].iter().any(|w| is_capitalised(w));
    // "Kim", or "Mr Shtan" / "Dr. Fauci": a surname, maybe after a title.
    let titled = words.len() == 2 && is_in(TITLES, &words[0].trim_end_matches('.').to_lowercase());
    let surname = (words.len() == 1 || titled) && is_capitalised(head);
    if !definite && !surname {
        // "the 53-year-old": a description of a person, not a name.
        return is_person_description(written)
            .then(|| previous.map(str::to_string))
            .flatten();
    }
    let own_len = if titled {
        1
    } else {
        words.len() - usize::from(definite)
    };
    if let Some(found) = mentions.fuller(head, at, own_len, surname) {
        return Some(found);
    }
    // "the official said": the last speaker, when no fuller mention of the noun exists.
    if is_person_description(written) {
        return previous.map(str::to_string);
    }
    None
}

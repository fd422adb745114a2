//! Attribution: who is quoted, and with which verb.
//!
//! For each quotation this module reads the writer's words around it (tokens from `tokens`,
//! within its sentence and a bounded window, so time stays linear):
//! - the **verb** that carries the stance: the nearest finite reporting verb of the clause
//!   before the quote ("North Korea *bristled* Saturday at …, casting it as an “illegal”
//!   document"), else the one right after it ("“…,” the spokesperson *said*"), else
//!   "according to"; a participle between the finite verb and the quote ("casting",
//!   "warning") is kept as [`Attribution::participle`];
//! - the **speaker** as written: the subject of that verb (skipping "on Saturday", "also",
//!   parentheticals and relative clauses), or the noun phrase after "according to"; with no
//!   verb at all, the subject of the sentence ("NATO also voiced …");
//! - the **resolved speaker**: "he", "they", "the official", "the spokesperson", "Kim" mapped
//!   to a fuller earlier mention or the previous speaker ([`resolve()`]).
//!
//! Quotes without any of these inherit the previous speaker when they continue a quoted
//! passage. This module does not find quotations (`quotes`) or reported speech (`indirect`),
//! though it resolves speakers for both.
//!
//! Files: `clause` (tokens, verbs, shared word tests), `subject` (subjects and noun phrases),
//! `cues` (which cue around a quote attributes it), `resolve` and `mentions` (speaker
//! resolution), `passage` (lead-ins and continued passages), `verbs` (every reporting verb of the
//! writer's text with its subject, for framing's verb table). The record itself,
//! [`Attribution`], is `attribution_record`, so `quotes` can hold it without importing this
//! reader.

mod clause;
#[cfg(test)]
mod context_tests;
mod cues;
mod mentions;
mod passage;
mod resolve;
#[cfg(test)]
mod speaker_tests;
mod subject;
#[cfg(test)]
mod tests;
mod verbs;

pub(crate) use crate::lexicon::people::HONORIFICS as TITLES;
pub use crate::read::attribution_record::Attribution;
pub(in crate::read) use clause::{
    is_capitalised, is_in, is_negation, looks_like_past_verb, Clause, Form, VerbHit,
};
pub use passage::{headline_from_body, inherit, lead_in};
pub use resolve::{resolve, Attributed};
pub use verbs::{sentence_verbs, subject_of_sentence};

use crate::read::quotes::Quotation;
use crate::read::tokens::{tokenize, QuoteIndex, TokKind};
use crate::report::QuoteKind;
use crate::span::Span;
use crate::text::TextModel;
use clause::{WINDOW_AFTER, WINDOW_BEFORE};

/// Finds an attribution for every top-level quotation (speakers as written; call [`resolve`]
/// afterwards). Nested quotations keep `None`: their words are quoted by the parent's speaker.
pub fn attribute_quotes(text: &str, model: &TextModel, quotes: &mut [Quotation]) {
    let index = QuoteIndex::new(quotes);
    for i in 0..quotes.len() {
        if quotes[i].parent.is_some() {
            continue;
        }
        let found = attribute_one(text, model, &index, quotes, i)
            .or_else(|| through_stray_mark(text, model, quotes, i));
        quotes[i].attribution = found;
    }
}

/// Nested quotes looked at for a quote left open by a stray mark.
const MAX_NESTED_LOOKED_AT: usize = 8;

/// "“The advice given to me and that of the [trust]“Owners … are agreed,” Reyes said": a
/// stray opening mark inside a quote left it unclosed, and its words run on through a nested
/// quote whose closing mark the attribution follows; the nested quote's speaker says both.
fn through_stray_mark(
    text: &str,
    model: &TextModel,
    quotes: &[Quotation],
    i: usize,
) -> Option<Attribution> {
    if quotes[i].close_mark.is_some() {
        return None;
    }
    let last = quotes
        .iter()
        .skip(i + 1)
        .take(MAX_NESTED_LOOKED_AT)
        .rfind(|q| q.parent == Some(i) && q.close_mark.is_some())?;
    let mut alone = last.clone();
    alone.parent = None;
    alone.attribution = None;
    let alone = [alone];
    attribute_one(text, model, &QuoteIndex::new(&alone), &alone, 0)
}

/// The attribution of quotation `i` from its own sentence.
fn attribute_one(
    text: &str,
    model: &TextModel,
    index: &QuoteIndex,
    quotes: &[Quotation],
    i: usize,
) -> Option<Attribution> {
    let q = &quotes[i];
    let outer = q.outer();
    let first = model.sentence_at_or_before(outer.start)?;
    let last = model
        .sentence_at_or_before(outer.end.saturating_sub(1))
        .unwrap_or(first);
    let sentence = Span::new(
        model.sentences[first].span.start,
        model.sentences[last.max(first)].span.end,
    );
    let window = Span::new(
        sentence
            .start
            .max(outer.start.saturating_sub(WINDOW_BEFORE)),
        sentence.end.min(outer.end + WINDOW_AFTER).max(outer.end),
    );
    let toks = tokenize(text, window, index);
    let at = toks.iter().position(|t| t.kind == TokKind::Quote(i))?;
    let clause = Clause::new(text, &toks);
    if clause.sign_quotes(at) {
        return None;
    }
    let mut found = clause
        .before(at)
        .or_else(|| clause.after(at))
        .or_else(|| clause.trailing(at))
        .or_else(|| clause.signature(at))
        .or_else(|| clause.owner_after(at))
        .or_else(|| clause.possessor_of_speech(at))
        .or_else(|| clause.passive_agent(at))
        .or_else(|| clause.according_to())
        .or_else(|| {
            // A scare quote is the writer's own term: no one else is quoted. A quote after a
            // possessive ("for her “cruel, calculated and cynical campaign”") describes the
            // subject's deeds in someone else's words: the subject did not say it.
            // "Tributes laid at the ground to “…”": a plural common noun opening the
            // sentence is no one, unless it names people ("Fans chanted “…”").
            (q.kind != QuoteKind::Scare && !clause.after_possessive(at))
                .then(|| clause.sentence_subject(at))
                .flatten()
                .filter(|a| {
                    !clause::is_common_plural_opener(text, &a.speaker, outer.start)
                        || subject::is_person_noun(&a.speaker.to_lowercase())
                })
        })?;
    clause.as_saying(&mut found);
    clause.resolve_in_sentence(&mut found, at);
    Some(found)
}

//! The kind of a quotation: full (a sentence or more), partial (a fragment in the writer's
//! sentence) or scare (a short term no one is reported as saying), and quoted titles.
//!
//! This file judges quotations already found; it does not find them (`pairing`).

use super::record::Quotation;
use crate::lexicon::verbs::reporting_verb;
use crate::report::QuoteKind;
use crate::span::Span;
use crate::text::{self, TextModel};

/// How many words a quotation holds.
fn word_count(text: &str, span: Span) -> usize {
    text::words(text, span).count()
}

/// The kind of quotation `i`: full (a sentence or more, standing on its own), partial
/// (a fragment in the writer's sentence) or scare (a short term with no one reported as
/// saying anything in its sentence).
pub(super) fn classify(text: &str, model: &TextModel, quotes: &[Quotation], i: usize) -> QuoteKind {
    let q = &quotes[i];
    let words = word_count(text, q.span);
    if q.parent.is_some() {
        return if words <= 3 {
            QuoteKind::Scare
        } else {
            QuoteKind::Partial
        };
    }
    if q.is_multi_paragraph() {
        return QuoteKind::Full;
    }
    let Some(sentence) = model.sentence_at(q.open_mark.start) else {
        return QuoteKind::Partial;
    };
    let sentence = model.sentences[sentence].span;
    let before = Span::new(sentence.start, q.open_mark.start)
        .slice(text)
        .trim();
    let stands_alone = before.chars().all(|c| !c.is_alphanumeric())
        || before.ends_with(':')
        || before.ends_with(',');
    let starts_upper = q
        .span
        .slice(text)
        .chars()
        .find(|c| c.is_alphanumeric())
        .is_some_and(|c| c.is_uppercase() || c.is_numeric());
    let ends_clause = q.span.slice(text).ends_with(['.', ',', '!', '?', '…', ';']);
    if is_title(text, q.span) {
        return QuoteKind::Scare;
    }
    if stands_alone && starts_upper && (words >= 3 || ends_clause) {
        return QuoteKind::Full;
    }
    // "ultimately [her] decision": editors bracket their own words only inside someone's
    // speech, so a bracketed insertion makes a quotation, not a scare quote.
    let editorial = q.span.slice(text).contains('[');
    if words <= 3 && !editorial && !reporting_cue_near(text, sentence, quotes, q) {
        return QuoteKind::Scare;
    }
    QuoteKind::Partial
}

/// A title in quote marks ("Born Under a Bad Sign", "Life in Balance"): a few words, every
/// long one capitalised, no sentence punctuation inside.
fn is_title(text: &str, span: Span) -> bool {
    let content = span.slice(text);
    let words: Vec<&str> = text::words(text, span).map(|w| w.slice(text)).collect();
    let long: Vec<&&str> = words.iter().filter(|w| w.chars().count() > 3).collect();
    (2..=8).contains(&words.len())
        && long.len() >= 2
        && long
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && !content
            .trim_end_matches(',')
            .contains(['.', '!', '?', ';', ':'])
}

/// Bytes either side of a quote searched for a reporting verb when judging its kind.
const CUE_WINDOW: usize = 400;

/// Whether a reporting verb (or "according to") appears in the quote's sentence, outside the
/// quote itself, within [`CUE_WINDOW`] bytes.
fn reporting_cue_near(text: &str, sentence: Span, quotes: &[Quotation], q: &Quotation) -> bool {
    let start = text::floor_boundary(
        text,
        sentence
            .start
            .max(q.open_mark.start.saturating_sub(CUE_WINDOW)),
    );
    let end = text::ceil_boundary(text, sentence.end.min(q.outer().end + CUE_WINDOW));
    let mut first = quotes.partition_point(|o| o.open_mark.start < start);
    if first > 0 {
        first -= 1;
        while let Some(parent) = quotes[first].parent {
            first = parent;
        }
    }
    let inside_quote = |w: Span| {
        quotes[first..]
            .iter()
            .take_while(|o| o.open_mark.start < end)
            .any(|o| o.outer().contains(w))
    };
    text::words(text, Span::new(start, end))
        .filter(|w| !inside_quote(*w))
        .any(|w| {
            let word = w.slice(text);
            word.eq_ignore_ascii_case("according") || reporting_verb(word).is_some()
        })
}

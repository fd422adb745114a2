//! Light coreference: descriptions such as "this isolated nation" or "the alliance" linked to
//! the most salient actor of the right kind named just before them.

use crate::hash::FastSet;
use crate::report::{ActorKind, MentionForm};

use super::mention::Mention;
use super::names::{mention_span, variant_key, whitespace_only};
use crate::framing::body::{Body, Case, Token};
use crate::lexicon::endings::ADJECTIVE_ENDINGS;
use crate::lexicon::function_words::is_function_word;
use crate::lexicon::referents::{self, ReferentKind};
use crate::read::attribution::subject_of_sentence;

/// Descriptions ("this isolated nation", "the alliance") linked to the most salient actor of
/// their kind in the same or the two previous sentences.
pub(super) fn descriptions_in(body: &Body, names: &[Mention]) -> Vec<Mention> {
    let mut out = Vec::new();
    // The names of each sentence, in their order: a description looks at three sentences'
    // names, never at every name of the text.
    let mut by_sentence: Vec<Vec<&Mention>> = vec![Vec::new(); body.sentences.len()];
    for m in names {
        if let Some(list) = by_sentence.get_mut(m.sentence) {
            list.push(m);
        }
    }
    for (si, s) in body.sentences.iter().enumerate() {
        let range = s.tokens.clone();
        let mut i = range.start;
        while i < range.end {
            let Some((head, kind)) = description_at(body, i, range.end) else {
                i += 1;
                continue;
            };
            let noun = body.tokens[head].base();
            if let Some(target) = salient(body, &by_sentence, si, i, kind, noun) {
                let tokens = i..head + 1;
                out.push(Mention {
                    sentence: si,
                    span: mention_span(body, tokens.clone()),
                    variant: variant_key(&body.tokens[tokens.clone()]),
                    tokens,
                    form: MentionForm::Description,
                    key: target.key.clone(),
                    kind: target.kind,
                });
            }
            i = head + 1;
        }
    }
    out
}

/// A description opening at token `i`: a determiner, up to two lowercase modifiers and a
/// singular referring noun that ends its noun phrase. Returns the head's index and kind.
fn description_at(body: &Body, i: usize, end: usize) -> Option<(usize, ReferentKind)> {
    let det = &body.tokens[i];
    if det.quoted || !referents::DETERMINERS.contains(&det.lower()) {
        return None;
    }
    for head in i + 1..(i + 4).min(end) {
        let t = &body.tokens[head];
        if !whitespace_only(body.gap_before(head)) || t.quoted || t.case != Case::Lower {
            return None;
        }
        if let Some(kind) = referents::referent(t.base()) {
            if t.lower() != t.base() && !t.possessive {
                return None;
            }
            return ends_phrase(body, head, end).then_some((head, kind));
        }
        if is_function_word(t.base()) || !adjective_like(t) {
            return None;
        }
    }
    None
}

/// A modifier that reads as an adjective ("isolated", "reclusive", "32-member"), not a noun
/// in a compound ("penalty regime", "tax state"), judged by its ending.
fn adjective_like(t: &Token) -> bool {
    t.lower().contains('-')
        || t.lower().chars().next().is_some_and(|c| c.is_ascii_digit())
        || ADJECTIVE_ENDINGS.iter().any(|e| t.lower().ends_with(e))
}

/// Whether the noun at `head` ends its noun phrase: punctuation, a function word, a verb in
/// the past tense or a possessive follows, or the sentence ends.
fn ends_phrase(body: &Body, head: usize, end: usize) -> bool {
    if body.tokens[head].possessive || head + 1 >= end {
        return true;
    }
    if !whitespace_only(body.gap_before(head + 1)) {
        return true;
    }
    let next = &body.tokens[head + 1];
    if next.lower() == "of" {
        // "the leadership of Kim": a phrase about something else, not a reference.
        return false;
    }
    is_function_word(next.base())
        || next.lower().ends_with("ed")
        || crate::lexicon::verbs::reporting_verb(next.lower()).is_some()
}

/// The actor a description points to: of the right kind, in the same sentence before it or
/// in the two sentences before; the first such mention of the nearest sentence wins (the
/// subject is usually named first). Organisations must carry the description's noun in
/// their name unless only one organisation is in view and it is the sentence's subject; an
/// organisation found farther back must be among those named in every nearer sentence.
fn salient<'m>(
    body: &Body,
    by_sentence: &[Vec<&'m Mention>],
    sentence: usize,
    token: usize,
    kind: ReferentKind,
    noun: &str,
) -> Option<&'m Mention> {
    // Keys of the organisations in view in each nearer sentence that names one.
    let mut nearer: Vec<FastSet<&str>> = Vec::new();
    for back in 0..=2 {
        let Some(s) = sentence.checked_sub(back) else {
            break;
        };
        // Adjectives ("Ukrainian strikes") modify; they are not antecedents.
        let names = by_sentence.get(s).map_or(&[][..], Vec::as_slice);
        let in_view = names
            .iter()
            .copied()
            .filter(|m| (back > 0 || m.tokens.end <= token) && m.form != MentionForm::Adjective);
        let found: Vec<&Mention> = match kind {
            ReferentKind::Country => in_view.filter(|m| m.kind == ActorKind::Country).collect(),
            ReferentKind::Organisation => {
                let orgs: Vec<&Mention> = in_view
                    .filter(|m| m.kind == ActorKind::Organisation)
                    .collect();
                let named: Vec<&Mention> = orgs
                    .iter()
                    .copied()
                    .filter(|m| m.key.split([' ', ':']).any(|w| w == noun))
                    .collect();
                let distinct: FastSet<&str> = orgs.iter().map(|m| m.key.as_str()).collect();
                let org_is_subject = subject_mention(body, names, s).is_some_and(|m| {
                    m.kind == ActorKind::Organisation && distinct.contains(m.key.as_str())
                });
                let found = if !named.is_empty() {
                    named
                } else if distinct.len() == 1 && org_is_subject {
                    orgs
                } else {
                    Vec::new()
                };
                // A farther organisation must also be named in every nearer sentence that
                // names one: a description never reaches past one organisation to another.
                if found
                    .first()
                    .is_some_and(|m| nearer.iter().any(|keys| !keys.contains(m.key.as_str())))
                {
                    return None;
                }
                if !distinct.is_empty() {
                    nearer.push(distinct);
                }
                found
            }
        };
        if let Some(first) = found.first() {
            return Some(first);
        }
    }
    None
}

/// The mention that is the main subject of sentence `s` ("In Washington this week, NATO
/// members issued …" → NATO, not Washington), or its first mention when no subject is found;
/// `names` are the sentence's names.
fn subject_mention<'m>(body: &Body, names: &[&'m Mention], s: usize) -> Option<&'m Mention> {
    let in_sentence = || names.iter().copied();
    let Some(range) = body
        .sentences
        .get(s)
        .and_then(|x| subject_of_sentence(body.text, x.span))
        .and_then(|span| body.tokens_in(span))
    else {
        return in_sentence().next();
    };
    in_sentence().find(|m| m.tokens.start < range.end && range.start < m.tokens.end)
}

//! Quotes with no cue in their own sentence: a paragraph of quotation announced by the
//! paragraph before it (lead-in), and quotes that continue an attributed passage (inherit).
//!
//! This file assigns speakers between paragraphs; it does not read a quote's own sentence
//! (`cues`).

use super::clause::{is_in, is_pronoun, lower, Clause, WINDOW_BEFORE};
use crate::lexicon::function_words::is_function_word;
use crate::lexicon::people::{NAME_TITLES, ROLE_NOUNS};
use crate::lexicon::speech::SPEECH_NOUNS;
use crate::read::attribution_record::Attribution;
use crate::read::quotes::Quotation;
use crate::read::tokens::{tokenize, QuoteIndex};
use crate::report::{AttributionBasis, QuoteKind};
use crate::span::Span;
use crate::text::{self, TextModel};

/// Unattributed full quotes that open their paragraph right after a paragraph announcing them:
/// its last sentence ends with a colon or names a speech ([`SPEECH_NOUNS`]) and holds no
/// quotation of its own. The speaker is that sentence's subject ("The 53-year-old, who managed
/// over 100 games …, has left a message to England fans …" → "The 53-year-old"). Run before
/// [`inherit`], so the paragraphs after continue the same speaker.
pub fn lead_in(text: &str, model: &TextModel, quotes: &mut [Quotation]) {
    let index = QuoteIndex::new(quotes);
    let mut found = Vec::new();
    for (i, q) in quotes.iter().enumerate() {
        if q.parent.is_some() || q.attribution.is_some() || q.kind != QuoteKind::Full {
            continue;
        }
        let Some(para) = model.paragraph_at(q.open_mark.start) else {
            continue;
        };
        if para == 0 || model.paragraphs[para].span.start != q.open_mark.start {
            continue;
        }
        let Some(last) = model.paragraphs[para - 1].sentences.clone().last() else {
            continue;
        };
        let sentence = model.sentences[last].span;
        if index.overlapping(sentence).next().is_some() {
            continue;
        }
        let window = Span::new(
            sentence.start,
            text::floor_boundary(text, sentence.end.min(sentence.start + WINDOW_BEFORE)),
        );
        let toks = tokenize(text, window, &index);
        let announces = sentence.slice(text).trim_end().ends_with(':')
            || toks
                .iter()
                .any(|t| t.is_word() && is_in(SPEECH_NOUNS, &lower(t, text)));
        if !announces {
            continue;
        }
        let clause = Clause::new(text, &toks);
        if let Some(mut a) = clause.sentence_subject(toks.len()) {
            a.basis = AttributionBasis::LeadIn;
            found.push((i, a));
        }
    }
    for (i, a) in found {
        quotes[i].attribution = Some(a);
    }
}

/// How many paragraphs after an attributed quote an unattributed full quote still continues
/// its speaker's passage.
const INHERIT_PARAGRAPHS: usize = 2;

/// For quotes with no attribution of their own that continue a quoted passage (a full quote
/// soon after an attributed one, within [`INHERIT_PARAGRAPHS`] paragraphs), the previous
/// speaker.
pub fn inherit(model: &TextModel, quotes: &mut [Quotation]) {
    let mut last: Option<(usize, Attribution)> = None;
    for q in quotes.iter_mut().filter(|q| q.parent.is_none()) {
        let para = model.paragraph_at(q.span.start).unwrap_or(0);
        match &q.attribution {
            Some(a) if a.basis != AttributionBasis::SentenceSubject => {
                last = Some((para, a.clone()));
            }
            _ => {
                let continues = q.kind == QuoteKind::Full
                    && last
                        .as_ref()
                        .is_some_and(|(p, _)| para <= p + INHERIT_PARAGRAPHS);
                if continues {
                    if let Some((p, a)) = &mut last {
                        q.attribution = Some(Attribution {
                            speaker: a.speaker.clone(),
                            speaker_span: a.speaker_span,
                            resolved_speaker: a.resolved_speaker.clone(),
                            basis: AttributionBasis::Inherited,
                            ..Attribution::default()
                        });
                        // The passage goes on: a long statement quoted paragraph by paragraph
                        // keeps its speaker to the end.
                        *p = para;
                    }
                }
            }
        }
    }
}

/// Fewest words a headline quotation needs before its words are looked for in the body.
const HEADLINE_ECHO_MIN_WORDS: usize = 2;

/// A headline quotation whose words a later quotation of the body repeats takes that
/// quotation's speaker: a headline credits an organisation or no one ("NASA says … : ‘Our core
/// value is safety’"), where the body names the person ("“Our core value is safety, and it is
/// our North Star,” Nelson said"). The headline keeps its own verb. Run after speakers are
/// resolved.
pub fn headline_from_body(text: &str, quotes: &mut [Quotation]) {
    let words = |q: &Quotation| -> Vec<String> {
        text::words(text, q.span)
            .map(|w| w.slice(text).to_lowercase().replace('’', "'"))
            .collect()
    };
    let mut found = Vec::new();
    for (i, head) in quotes.iter().enumerate() {
        if head.kind != QuoteKind::Headline || head.parent.is_some() {
            continue;
        }
        let head_words = words(head);
        if head_words.len() < HEADLINE_ECHO_MIN_WORDS {
            continue;
        }
        let echo = quotes
            .iter()
            .filter(|q| {
                q.parent.is_none() && q.kind != QuoteKind::Headline && q.span.start >= head.span.end
            })
            .find_map(|q| {
                let a = q.attribution.as_ref()?;
                let speaker = a.best_speaker();
                if speaker.is_empty() || is_pronoun(speaker) {
                    return None;
                }
                words(q)
                    .windows(head_words.len())
                    .any(|w| w == head_words.as_slice())
                    .then(|| a.clone())
            });
        if let Some(body) = echo {
            found.push((i, body));
        }
    }
    // "Bank chief calls delay ‘unacceptable’" over "Bank chief Tom Vance said …": a role a
    // headline credits is the person the body names in it.
    for (i, head) in quotes.iter_mut().enumerate() {
        if head.kind != QuoteKind::Headline || head.parent.is_some() {
            continue;
        }
        if found.iter().any(|(f, _)| *f == i) {
            continue;
        }
        let end = head.span.end;
        let Some(a) = head.attribution.as_mut() else {
            continue;
        };
        if let Some(person) = named_in_role(text, a.best_speaker(), end) {
            a.resolved_speaker = Some(person);
        }
    }
    for (i, body) in found {
        let own = quotes[i].attribution.take();
        quotes[i].attribution = Some(match own {
            Some(mut own) => {
                own.resolved_speaker = Some(body.best_speaker().to_string());
                own
            }
            None => Attribution {
                speaker: body.speaker.clone(),
                resolved_speaker: body.resolved_speaker.clone(),
                basis: AttributionBasis::Inherited,
                ..Attribution::default()
            },
        });
    }
}

/// Words a role phrase may have ("Google CEO", "the bank's chief executive").
const MAX_ROLE_WORDS: usize = 4;
/// Bytes after a headline searched for the role it credits, named.
const ROLE_SEARCH_BYTES: usize = 16 * 1024;
/// Words of a name read after a role.
const MAX_NAME_WORDS: usize = 4;

/// The first mention after byte `from` of the role phrase `role` ("Bank chief", "Acme CEO":
/// a few words ending in a person's role or title, no name) followed by a name in capitals,
/// as the role and the name ("Bank chief Tom Vance"); `None` for a phrase that is no role.
fn named_in_role(text: &str, role: &str, from: usize) -> Option<String> {
    let words: Vec<&str> = role.split_whitespace().collect();
    let head = words.last()?.to_lowercase();
    let is_role = is_in(NAME_TITLES, &head) || is_in(ROLE_NOUNS, &head);
    if !is_role || words.len() > MAX_ROLE_WORDS || from >= text.len() {
        return None;
    }
    // A bounded window after the headline: the body names people early.
    let end = text::ceil_boundary(text, from.saturating_add(ROLE_SEARCH_BYTES));
    let rest = &text[from..end];
    let lowered = rest.to_ascii_lowercase();
    let needle = role.to_ascii_lowercase();
    let mut search = 0;
    while let Some(found) = lowered[search..].find(&needle) {
        let start = search + found;
        let end = start + needle.len();
        search = end;
        let whole =
            !rest[..start].ends_with(|c: char| c.is_alphanumeric()) && rest[end..].starts_with(' ');
        if !whole {
            continue;
        }
        // The name: capitalised words on the same line.
        let line = rest[end..].split('\n').next().unwrap_or("");
        let name: Vec<&str> = line
            .split_whitespace()
            .take(MAX_NAME_WORDS)
            .take_while(|w| {
                let w = w.trim_end_matches([',', '.', ':', ';']);
                !w.is_empty()
                    && !is_function_word(&w.to_lowercase())
                    && w.chars().next().is_some_and(char::is_uppercase)
                    && w.chars()
                        .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
            })
            .collect();
        // A name ends at punctuation: keep the words up to the first that carries one.
        let mut kept = Vec::new();
        for w in name {
            let bare = w.trim_end_matches([',', '.', ':', ';']);
            kept.push(bare);
            if bare.len() != w.len() {
                break;
            }
        }
        if kept.is_empty() {
            continue;
        }
        return Some(format!("{} {}", &rest[start..end], kept.join(" ")));
    }
    None
}

//! Quotes with no cue in their own sentence: a paragraph of quotation announced by the
//! paragraph before it (lead-in), and quotes that continue an attributed passage (inherit).
//!
//! This file assigns speakers between paragraphs; it does not read a quote's own sentence
//! (`cues`).

use super::clause::{is_in, lower, Clause, WINDOW_BEFORE};
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

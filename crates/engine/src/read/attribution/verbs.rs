//! Every reporting verb of the writer's text with its speaker, read by the same clause
//! reader as quotations: for framing's verb table, which also counts verbs of stance used
//! without a quotation or reported clause ("NATO condemned …", "seen by Seoul as …").
//!
//! This file lists verbs and the subject each has; it decides neither what a verb reports
//! nor how speakers are grouped (`framing::verbs`).

use super::clause::{Clause, Form};
use crate::lexicon::verbs::reporting_verb;
use crate::read::attribution_record::Attribution;
use crate::read::quotes::Quotation;
use crate::read::tokens::{tokenize, QuoteIndex, TokKind};
use crate::report::{AttributionBasis, VerbCategory};
use crate::span::Span;
use crate::text::TextModel;

/// Bytes of a sentence read for its verbs.
const WINDOW: usize = 1500;

/// One reporting verb in the writer's words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SentenceVerb {
    /// Index of the sentence in the text model.
    pub sentence: usize,
    /// The verb and its speaker as written (no resolution).
    pub attribution: Attribution,
    /// An "-ing" participle ("warning", "casting").
    pub participle: bool,
    /// The verb follows "and", "but" or "or" and shares the subject before.
    pub coordinated: bool,
}

/// The reporting verbs of every sentence, in text order, each with the subject the clause
/// reader finds: the subject before a finite verb, the phrase after "according to" or a
/// passive's "by", the one quoted "as saying" ([`Clause::as_saying`]), or the phrase after a verb that follows a
/// comma or a quotation ("…, said the spokesperson").
pub fn sentence_verbs(text: &str, model: &TextModel, quotes: &[Quotation]) -> Vec<SentenceVerb> {
    let index = QuoteIndex::new(quotes);
    let mut out = Vec::new();
    for (si, sentence) in model.sentences.iter().enumerate() {
        let window = Span::new(
            sentence.span.start,
            sentence.span.end.min(sentence.span.start + WINDOW),
        );
        let toks = tokenize(text, window, &index);
        let clause = Clause::new(text, &toks);
        for hit in &clause.verbs {
            let after = hit.at + hit.len;
            let set_off = hit.at.checked_sub(1).is_some_and(|p| {
                toks[p].is_punct(',') || matches!(toks[p].kind, TokKind::Quote(_))
            });
            let speaker = if hit.form == Form::According || hit.by_agent {
                clause.phrase_after(after)
            } else if set_off && hit.form == Form::Finite {
                clause
                    .subject_of(*hit)
                    .or_else(|| clause.phrase_after(after))
            } else {
                clause.subject_of(*hit)
            };
            let coordinated = hit
                .at
                .checked_sub(1)
                .is_some_and(|p| matches!(clause.word(p).as_deref(), Some("and" | "but" | "or")));
            let basis = if hit.form == Form::According {
                AttributionBasis::AccordingTo
            } else {
                AttributionBasis::Verb
            };
            let mut attribution = clause.build(*hit, speaker, basis);
            clause.as_saying(&mut attribution);
            out.push(SentenceVerb {
                sentence: si,
                attribution,
                participle: hit.form == Form::Participle,
                coordinated,
            });
        }
        views(&clause, si, &mut out);
    }
    out
}

/// Passive verbs of regarding and their lemma with "as": "seen by South Korea as a
/// provocation" is South Korea's view.
const VIEWS: &[(&str, &str)] = &[
    ("seen", "see as"),
    ("viewed", "view as"),
    ("regarded", "regard as"),
    ("perceived", "perceive as"),
    ("considered", "consider as"),
    ("described", "describe as"),
    ("branded", "brand as"),
    ("labeled", "label as"),
    ("labelled", "label as"),
    ("characterized", "characterize as"),
    ("characterised", "characterise as"),
];

/// "seen by X as …": a view attributed to the agent of a passive verb of regarding, unless
/// the clause reader already took the verb.
fn views(clause: &Clause<'_>, sentence: usize, out: &mut Vec<SentenceVerb>) {
    for k in 0..clause.toks.len() {
        let Some(&(_, lemma)) = clause
            .word(k)
            .and_then(|w| VIEWS.iter().find(|(v, _)| *v == w))
        else {
            continue;
        };
        if clause.word(k + 1).as_deref() != Some("by") {
            continue;
        }
        let Some(as_at) = (k + 2..clause.toks.len().min(k + 12))
            .take_while(|&j| clause.toks[j].is_word())
            .find(|&j| clause.word(j).as_deref() == Some("as"))
        else {
            continue;
        };
        let Some(agent) = clause.phrase(k + 2, as_at) else {
            continue;
        };
        let span = clause.toks[k].span;
        out.retain(|v| v.attribution.verb_span != Some(span));
        let category =
            reporting_verb(span.slice(clause.text)).map_or(VerbCategory::Neutral, |v| v.category);
        out.push(SentenceVerb {
            sentence,
            attribution: Attribution {
                speaker: agent.slice(clause.text).to_string(),
                speaker_span: Some(agent),
                verb: span.slice(clause.text).to_string(),
                verb_span: Some(span),
                verb_lemma: lemma.to_string(),
                verb_category: Some(category),
                basis: AttributionBasis::Verb,
                ..Attribution::default()
            },
            participle: false,
            coordinated: false,
        });
    }
}

/// The subject of the sentence at `span` as the clause reader finds it with no quotation
/// known ("Jacinda Ardern has choked back tears as …" → "Jacinda Ardern"), for readers of
/// plain sentences (`framing::naming`).
pub fn subject_of_sentence(text: &str, span: Span) -> Option<Span> {
    let toks = tokenize(text, span, &QuoteIndex::new(&[]));
    let clause = Clause::new(text, &toks);
    clause
        .sentence_subject(toks.len())
        .and_then(|a| a.speaker_span)
}

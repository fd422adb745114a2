//! Finding attribution verbs in a body: each reporting verb used as a verb (not a noun nor an
//! adjective), the words of its speaker as written, what it reports, and the verbs the
//! reading stage attached to quotations.
//!
//! This module finds speakers' words but does not group them (see `speakers`), nor count
//! verbs per source (see `table`).

use crate::report::VerbCategory;
use std::ops::Range;

use crate::framing::body::Body;
use crate::lexicon::function_words::is_function_word;
use crate::lexicon::grammar::{DETERMINERS, SUBJECT_PRONOUNS as PRONOUNS};
use crate::lexicon::verb_lemmas::{CONTENT_LEMMAS, SPEECH_LEMMAS};
use crate::lexicon::verbs::reporting_verb;
use crate::read::article::Article;
use crate::read::attribution::{sentence_verbs, Attribution};
use crate::span::Span;

/// One attribution verb in one source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VerbUse {
    /// Index into the body's sentences.
    pub sentence: usize,
    /// The verb's tokens (two for "fired back", "according to").
    pub tokens: Range<usize>,
    pub span: Span,
    pub lemma: String,
    pub category: VerbCategory,
    pub speaker: Option<Speaker>,
    /// Tokens whose content the verb attributes to its speaker, if any.
    pub reports: Option<Range<usize>>,
    /// The verb shares its subject with the verb before it ("claimed … and demands").
    pub coordinated: bool,
}

/// Who a verb attributes speech to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Speaker {
    /// The words as written ("the spokesperson", "He").
    pub span: Span,
    /// The name used to group speakers: the actor's key when the phrase names a known actor,
    /// else the phrase in lowercase without its determiner; a pronoun takes the speaker of
    /// the verb before it.
    pub key: String,
}
/// The reporting verbs of the body, each with its sentence and the speaker the clause reader
/// of `read::attribution` finds for it, in text order; a coordinated verb or a participle
/// without a subject of its own takes the speaker of the verb before it in its sentence. A
/// verb of neutral stance that is no verb of saying counts only when it introduces content or
/// its sentence quotes someone. Speakers have no key yet.
pub(super) fn scan(body: &Body, article: &Article) -> Vec<VerbUse> {
    let mut uses: Vec<VerbUse> = Vec::new();
    for found in sentence_verbs(body.text, &article.model, &article.quotes) {
        let a = &found.attribution;
        let Some(verb_span) = a.verb_span else {
            continue;
        };
        let Some(tokens) = token_range_in(body, verb_span) else {
            continue;
        };
        if body.tokens[tokens.clone()].iter().any(|t| t.quoted) {
            continue;
        }
        let si = body.tokens[tokens.start].sentence;
        let s = &body.sentences[si];
        let range = s.tokens.clone();
        let Some(category) = a.verb_category else {
            continue;
        };
        let lemma = a.verb_lemma.as_str();
        let has_quote = range.clone().any(|i| body.tokens[i].quoted)
            || body
                .slice(s.span)
                .chars()
                .any(|c| matches!(c, '"' | '“' | '”'));
        let introduces = introduces_content(body, range.clone(), tokens.end);
        let neutral = category == VerbCategory::Neutral;
        let view = lemma.ends_with(" as");
        if neutral && !SPEECH_LEMMAS.contains(&lemma) && !has_quote && !introduces && !view {
            continue;
        }
        let mut speaker = a
            .speaker_span
            .and_then(|span| token_range_in(body, span))
            .filter(|r| r.start >= range.start && r.end <= range.end);
        if speaker.is_none() && (found.coordinated || found.participle) {
            speaker = uses
                .iter()
                .rev()
                .take_while(|u| u.sentence == si)
                .find_map(|u| u.speaker.as_ref())
                .and_then(|sp| token_range_in(body, sp.span));
        }
        if speaker.is_none() && !found.coordinated && !introduces {
            continue;
        }
        let reports = if lemma.ends_with(" as") {
            // "seen by South Korea as a provocation": what follows "as", up to the clause's end.
            (tokens.end..range.end)
                .find(|&k| body.tokens[k].lower() == "as")
                .map(|k| k + 1)
                .filter(|&k| k < range.end)
                .map(|k| k..clause_end(body, k, range.end))
        } else if lemma == "according to" && tokens.start == range.start {
            speaker
                .as_ref()
                .filter(|r| r.end < range.end)
                .map(|r| r.end..range.end)
        } else {
            reported_range(
                body,
                range.clone(),
                &tokens,
                speaker.as_ref(),
                lemma,
                introduces,
            )
        };
        uses.push(VerbUse {
            sentence: si,
            span: tokens_span(body, &tokens),
            tokens,
            lemma: lemma.to_string(),
            category,
            speaker: speaker.map(|r| Speaker {
                span: tokens_span(body, &r),
                key: String::new(),
            }),
            reports,
            coordinated: found.coordinated,
        });
    }
    uses
}

/// The end (exclusive) of the clause that starts at `from`: the next comma, semicolon,
/// colon or dash between words, or the sentence end.
fn clause_end(body: &Body, from: usize, end: usize) -> usize {
    (from + 1..end)
        .find(|&k| {
            !body.tokens[k].quoted
                && body
                    .gap_before(k)
                    .chars()
                    .any(|c| matches!(c, ',' | ';' | ':' | '—' | '–'))
        })
        .unwrap_or(end)
}

/// Whether what follows the verb is reported content: "that", a colon or a quotation.
fn introduces_content(body: &Body, sentence: Range<usize>, after: usize) -> bool {
    if after >= sentence.end {
        return false;
    }
    let gap = body.gap_before(after);
    gap.contains(':')
        || gap.chars().any(|c| matches!(c, '"' | '“' | '‘' | '\''))
        || body.tokens[after].lower() == "that"
        || body.tokens[after].quoted
}

/// The tokens a verb attributes: what comes after a content verb, or, when the attribution
/// trails ("…, the spokesperson said."), everything before its speaker.
fn reported_range(
    body: &Body,
    sentence: Range<usize>,
    verb: &Range<usize>,
    speaker: Option<&Range<usize>>,
    lemma: &str,
    introduces: bool,
) -> Option<Range<usize>> {
    let at_end = verb.end >= sentence.end;
    let trailing = at_end
        || speaker.is_some_and(|s| s.start >= verb.end)
        || trailing_rest(body, verb.end, sentence.end);
    if trailing {
        let before = speaker.map_or(verb.start, |s| s.start.min(verb.start));
        return (before > sentence.start).then_some(sentence.start..before);
    }
    if introduces {
        return Some(verb.end..sentence.end);
    }
    if !CONTENT_LEMMAS.contains(&lemma) || verb.end >= sentence.end {
        return None;
    }
    let next = &body.tokens[verb.end];
    let preposition = is_function_word(next.base())
        && !DETERMINERS.contains(&next.lower())
        && !PRONOUNS.contains(&next.lower());
    if preposition {
        // "responded to reports …" reports nothing; "said in a statement that …" reports
        // what follows "that".
        let clause = clause_end(body, verb.end, sentence.end);
        return (verb.end..clause)
            .find(|&k| body.tokens[k].lower() == "that")
            .map(|k| k + 1..sentence.end)
            .filter(|r| !r.is_empty());
    }
    Some(verb.end..clause_end(body, verb.end, sentence.end))
}

/// Whether only an adverbial tail follows the verb ("said on Saturday", "said in a
/// statement carried by KCNA").
fn trailing_rest(body: &Body, from: usize, end: usize) -> bool {
    from < end
        && matches!(
            body.tokens[from].lower(),
            "in" | "on" | "at" | "during" | "late" | "earlier" | "later" | "today" | "yesterday"
        )
        && !(from..end).any(|k| body.tokens[k].lower() == "that")
}

/// Lays the attributions of the reading stage over the scan: every verb or participle
/// that attributes a quotation or a reported clause takes that attribution's speaker, as
/// resolved for the quote cards (its key from `key`), and a verb the scan missed is added. So
/// a verb row's speaker is the quote card's speaker.
pub(super) fn add_attributions(
    body: &Body,
    article: &Article,
    key: &dyn Fn(&Attribution) -> String,
    uses: &mut Vec<VerbUse>,
) {
    let quoted = article
        .quotes
        .iter()
        .filter(|q| !q.in_boilerplate && q.parent.is_none())
        .filter_map(|q| q.attribution.as_ref().map(|a| (a, q.span)));
    let reported = article
        .indirect
        .iter()
        .filter(|s| !s.in_boilerplate)
        .map(|s| (&s.attribution, s.span));
    let mut by_start = UsesByStart::new(uses);
    for (a, content) in quoted.chain(reported) {
        let Some(verb_span) = a.verb_span else {
            continue;
        };
        let speaker = (!a.best_speaker().is_empty())
            .then(|| {
                a.speaker_span
                    .filter(|s| token_range_in(body, *s).is_some())
                    .map(|span| Speaker { span, key: key(a) })
            })
            .flatten();
        if speaker.is_some() {
            let mut same_verb = by_start.overlapping(verb_span);
            if let Some(p) = a.participle_span {
                same_verb.extend(by_start.overlapping(p));
            }
            for i in same_verb {
                uses[i].speaker = speaker.clone();
            }
        }
        if !by_start.overlapping(verb_span).is_empty() {
            continue;
        }
        let Some(tokens) = token_range_in(body, verb_span) else {
            continue;
        };
        let Some(rv) = reporting_verb(&a.verb).or_else(|| reporting_verb(&a.verb_lemma)) else {
            continue;
        };
        by_start.insert(verb_span, uses.len());
        uses.push(VerbUse {
            sentence: body.tokens[tokens.start].sentence,
            tokens,
            span: verb_span,
            lemma: rv.lemma.to_string(),
            category: rv.category,
            speaker,
            reports: token_range_in(body, content),
            coordinated: false,
        });
    }
}

/// The verb uses indexed by where they start, so each attribution finds the uses its verb
/// overlaps without walking them all (a page with thousands of quotations stays linear).
struct UsesByStart {
    starts: std::collections::BTreeMap<usize, Vec<(usize, Span)>>,
    /// The longest use, in bytes: a use overlapping `span` starts at most this far before it.
    longest: usize,
}

impl UsesByStart {
    fn new(uses: &[VerbUse]) -> Self {
        let mut index = UsesByStart {
            starts: std::collections::BTreeMap::new(),
            longest: 0,
        };
        for (i, u) in uses.iter().enumerate() {
            index.insert(u.span, i);
        }
        index
    }

    fn insert(&mut self, span: Span, i: usize) {
        self.starts.entry(span.start).or_default().push((i, span));
        self.longest = self.longest.max(span.end.saturating_sub(span.start));
    }

    /// The uses whose span overlaps `span` (as `Span::overlaps` decides), in index order.
    fn overlapping(&self, span: Span) -> Vec<usize> {
        let from = span.start.saturating_sub(self.longest);
        let mut found: Vec<usize> = self
            .starts
            .range(from..span.end)
            .flat_map(|(_, uses)| uses.iter())
            .filter(|(_, u)| u.overlaps(span))
            .map(|&(i, _)| i)
            .collect();
        found.sort_unstable();
        found
    }
}

/// The tokens that lie wholly inside `span`, if any.
pub(super) fn token_range_in(body: &Body, span: Span) -> Option<Range<usize>> {
    body.tokens_in(span)
}

/// The text span from the first to the last token of `r`.
pub(super) fn tokens_span(body: &Body, r: &Range<usize>) -> Span {
    Span::new(
        body.tokens[r.start].span.start,
        body.tokens[r.end - 1].span.end,
    )
}

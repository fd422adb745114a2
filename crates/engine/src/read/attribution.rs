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
//!   to a fuller earlier mention or the previous speaker ([`resolve`]).
//!
//! Quotes without any of these inherit the previous speaker when they continue a quoted
//! passage. This module does not find quotations (`quotes`) or reported speech (`indirect`),
//! though it resolves speakers for both.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::hash::{self, FastMap};
use crate::lexicon::calendar::WEEKDAYS_AND_MONTHS;
use crate::lexicon::grammar::{
    AUX, BE, BETWEEN_SUBJECT_AND_VERB, CLAUSE_STOPS, PRONOUNS, SUBJECT_PRONOUNS,
    UNAMBIGUOUS_DETERMINERS as DETERMINERS,
};
use crate::lexicon::people::GENERIC_PEOPLE;
pub(crate) use crate::lexicon::people::HONORIFICS as TITLES;
use crate::lexicon::speech::SPEECH_NOUNS;
use crate::lexicon::verb_forms::{IRREGULAR_PAST, SAME_IN_PAST};
use crate::lexicon::verbs::{reporting_verb, reporting_verb_pair, VerbCategory};
use crate::read::quotes::{Quotation, QuoteKind};
use crate::read::tokens::{tokenize, QuoteIndex, Tok, TokKind};
use crate::span::Span;
use crate::text::{self, TextModel};

/// How an attribution was found.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AttributionBasis {
    /// A reporting verb and its subject.
    #[default]
    Verb,
    /// "according to" and the phrase after it.
    AccordingTo,
    /// No reporting verb: the subject of the quote's sentence.
    SentenceSubject,
    /// No cue in the sentence: the speaker of the quoted passage it continues.
    Inherited,
    /// A name signed after a dash: "“…” — Victor Hugo".
    Signature,
    /// A paragraph of quotation with no cue of its own, right after a paragraph that announces
    /// it ("… has left a message to England fans …", "He told the crowd:"): that sentence's
    /// subject.
    LeadIn,
}

/// The speaker and verb a source attaches to a quotation or to reported speech.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attribution {
    /// The speaker as written next to the quote ("the spokesperson", "he", "Beijing").
    pub speaker: String,
    pub speaker_span: Option<Span>,
    /// A fuller mention the speaker refers to, when the text allows ("he" → "Kim Jong Un").
    pub resolved_speaker: Option<String>,
    /// The attribution verb as written ("bristled", "according to"); empty when none.
    pub verb: String,
    pub verb_span: Option<Span>,
    /// The verb's lemma ("bristle", "according to"); empty when none.
    pub verb_lemma: String,
    /// The verb's stance category, when there is a verb.
    #[serde(default)]
    pub verb_category: Option<VerbCategory>,
    /// A reporting participle between the verb and the quote ("casting", "warning").
    #[serde(default)]
    pub participle: Option<String>,
    #[serde(default)]
    pub participle_span: Option<Span>,
    #[serde(default)]
    pub participle_lemma: Option<String>,
    #[serde(default)]
    pub basis: AttributionBasis,
}

impl Attribution {
    /// The fullest name of the speaker known: the resolved mention if any, else as written.
    pub fn best_speaker(&self) -> &str {
        self.resolved_speaker.as_deref().unwrap_or(&self.speaker)
    }

    /// The verb, if one was found.
    pub fn verb(&self) -> Option<&str> {
        (!self.verb.is_empty()).then_some(self.verb.as_str())
    }
}

/// Bytes read before a quotation's opening mark when looking for its verb and speaker.
const WINDOW_BEFORE: usize = 600;
/// Bytes read after a quotation's closing mark.
const WINDOW_AFTER: usize = 300;
/// Words a speaker phrase may have.
const MAX_SPEAKER_WORDS: usize = 10;
/// Tokens the subject of a coordinated clause may have ("Mr. Trump": three with the period).
const MAX_COORDINATED_SUBJECT: usize = 6;
/// Tokens a parenthetical between commas may have.
const MAX_PARENTHETICAL: usize = 24;

/// Finds an attribution for every top-level quotation (speakers as written; call [`resolve`]
/// afterwards). Nested quotations keep `None`: their words are quoted by the parent's speaker.
pub fn attribute_quotes(text: &str, model: &TextModel, quotes: &mut [Quotation]) {
    let index = QuoteIndex::new(quotes);
    for i in 0..quotes.len() {
        if quotes[i].parent.is_some() {
            continue;
        }
        let found = attribute_one(text, model, &index, quotes, i);
        quotes[i].attribution = found;
    }
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
    let mut found = clause
        .before(at)
        .or_else(|| clause.after(at))
        .or_else(|| clause.signature(at))
        .or_else(|| clause.according_to())
        .or_else(|| {
            // A scare quote is the writer's own term: no one else is quoted.
            (q.kind != QuoteKind::Scare)
                .then(|| clause.sentence_subject(at))
                .flatten()
        })?;
    clause.resolve_in_sentence(&mut found, at);
    Some(found)
}

/// A reporting verb found among the tokens.
#[derive(Clone, Copy, Debug)]
pub(super) struct VerbHit {
    /// First token of the verb (two for "according to", "fired back").
    pub at: usize,
    /// Tokens it takes.
    pub len: usize,
    pub span: Span,
    pub lemma: &'static str,
    pub category: VerbCategory,
    pub form: Form,
    /// Introduced by "that", "which" or "who": the verb of a relative clause.
    pub relative: bool,
}

/// The grammatical form of a reporting verb in context.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Form {
    /// A finite verb of a clause: "said", "has claimed", "warns".
    Finite,
    /// An "-ing" participle: "casting", "warning".
    Participle,
    /// "according to".
    According,
}

fn lower(t: &Tok, text: &str) -> String {
    t.text(text).to_lowercase()
}

pub(super) fn is_in(list: &[&str], word: &str) -> bool {
    list.contains(&word)
}

/// Whether a word starts with a capital letter or a digit.
pub(super) fn is_capitalised(word: &str) -> bool {
    word.chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_numeric())
}

/// The tokens of one sentence window, read for attribution.
pub(super) struct Clause<'a> {
    pub text: &'a str,
    pub toks: &'a [Tok],
    /// Every reporting verb in the window, in order.
    pub verbs: Vec<VerbHit>,
}

impl<'a> Clause<'a> {
    pub(super) fn new(text: &'a str, toks: &'a [Tok]) -> Self {
        let mut clause = Clause {
            text,
            toks,
            verbs: Vec::new(),
        };
        let mut k = 0;
        while k < toks.len() {
            match clause.verb_at(k) {
                Some(hit) => {
                    k += hit.len;
                    clause.verbs.push(hit);
                }
                None => k += 1,
            }
        }
        clause
    }

    pub(super) fn word(&self, k: usize) -> Option<String> {
        self.toks
            .get(k)
            .filter(|t| t.is_word())
            .map(|t| lower(t, self.text))
    }

    /// A reporting verb starting at token `k`, judged from its neighbours.
    fn verb_at(&self, k: usize) -> Option<VerbHit> {
        let tok = self.toks.get(k)?;
        if !tok.is_word() {
            return None;
        }
        let pair = self.toks.get(k + 1).filter(|t| t.is_word()).and_then(|n| {
            reporting_verb_pair(tok.text(self.text), n.text(self.text))
                .map(|v| (v, Span::new(tok.span.start, n.span.end)))
        });
        let (verb, span, len) = match pair {
            Some((v, span)) => (v, span, 2),
            None => (reporting_verb(tok.text(self.text))?, tok.span, 1),
        };
        let word = lower(tok, self.text);
        let prev = k.checked_sub(1).and_then(|p| self.word(p));
        let prev_tok = k.checked_sub(1).and_then(|p| self.toks.get(p));
        let next = self.word(k + len);
        if verb.lemma == "according to" {
            return Some(VerbHit {
                at: k,
                len,
                span,
                lemma: verb.lemma,
                category: verb.category,
                form: Form::According,
                relative: false,
            });
        }
        // A capitalised word inside the sentence is a name ("Washington Post"), not a verb.
        let sentence_initial = prev_tok.is_none_or(|t| !t.is_word());
        if is_capitalised(tok.text(self.text)) && !sentence_initial {
            return None;
        }
        if let Some(p) = prev.as_deref() {
            // "the report", "a claim", "its call": nouns.
            if is_in(DETERMINERS, p) || p.ends_with("'s") || p.ends_with("’s") {
                return None;
            }
            // "was accused", "were reported": passive.
            if is_in(BE, p) && (word.ends_with("ed") || word == "said" || word == "told") {
                return None;
            }
            // "to say", "to warn": an infinitive, not the clause's verb.
            if p == "to" {
                return None;
            }
        }
        // ", cited by KCNA,": a passive participle.
        if next.as_deref() == Some("by") && !word.ends_with("ing") {
            return None;
        }
        let form = if word.ends_with("ing") {
            Form::Participle
        } else if word == verb.lemma && len == 1 {
            // A bare base form is finite only after a pronoun or a modal ("they say"), or
            // when its past is spelled the same ("the declaration read").
            let ok = is_in(SAME_IN_PAST, &word)
                || prev
                    .as_deref()
                    .is_some_and(|p| is_in(PRONOUNS, p) || is_in(AUX, p));
            if !ok {
                return None;
            }
            Form::Finite
        } else {
            Form::Finite
        };
        let relative = prev
            .as_deref()
            .is_some_and(|p| matches!(p, "that" | "which" | "who"));
        Some(VerbHit {
            at: k,
            len,
            span,
            lemma: verb.lemma,
            category: verb.category,
            form,
            relative,
        })
    }

    /// Whether a comma (or other clause break) lies between tokens `from` and `to`.
    fn comma_between(&self, from: usize, to: usize) -> bool {
        self.toks[from.min(to)..to.max(from)]
            .iter()
            .any(|t| t.is_punct(',') || t.is_punct(';') || t.is_punct('—'))
    }

    /// The verb and speaker of the clause that leads up to the quote at token `at`.
    fn before(&self, at: usize) -> Option<Attribution> {
        let before: Vec<VerbHit> = self
            .verbs
            .iter()
            .filter(|v| v.at + v.len <= at && v.form != Form::According)
            .copied()
            .collect();
        let finite = before
            .iter()
            .rev()
            .find(|v| v.form == Form::Finite && !(v.relative && self.comma_between(v.at, at)))
            .copied();
        let participle = before
            .iter()
            .rev()
            .find(|v| v.form == Form::Participle && finite.is_none_or(|f| v.at > f.at))
            .copied();
        // "Republicans said …, and Mr. Trump flew …, vowing to remain “…”": the participle
        // belongs to the coordinated clause after the reporting verb, whose subject says it.
        if let (Some(f), Some(p)) = (finite, participle) {
            if let Some(subject) = self.coordinated_subject(f.at + f.len, p.at) {
                return Some(self.build(p, Some(subject), AttributionBasis::Verb));
            }
        }
        let (main, near) = match (finite, participle) {
            (Some(f), p) => (f, p),
            (None, Some(p)) => (p, None),
            (None, None) => return None,
        };
        let speaker = self
            .that_clause_subject(main, at)
            .or_else(|| self.subject_of(main));
        let mut attribution = self.build(main, speaker, AttributionBasis::Verb);
        if let Some(p) = near {
            attribution.participle = Some(p.span.slice(self.text).to_string());
            attribution.participle_span = Some(p.span);
            attribution.participle_lemma = Some(p.lemma.to_string());
        }
        Some(attribution)
    }

    /// The subject of the last clause coordinated after a comma (", and Mr. Trump flew …",
    /// "; the minister left …") between tokens `from` and `to`: a run of capitalised words
    /// (titles with their period kept) followed by a lower-case verb in the past tense.
    fn coordinated_subject(&self, from: usize, to: usize) -> Option<Span> {
        let starts = (from..to).rev().find_map(|k| {
            let t = &self.toks[k];
            if t.is_punct(';') {
                return Some(k + 1);
            }
            let conjunction = self
                .word(k + 1)
                .is_some_and(|w| matches!(w.as_str(), "and" | "but"));
            (t.is_punct(',') && conjunction).then_some(k + 2)
        })?;
        let mut end = starts;
        while end < to && end - starts < MAX_COORDINATED_SUBJECT {
            let t = &self.toks[end];
            let name_word = t.is_word() && is_capitalised(t.text(self.text));
            let title_period = t.is_punct('.') && end > starts && self.is_title_word(end - 1);
            if !(name_word || title_period) {
                break;
            }
            end += 1;
        }
        let verb = self.word(end)?;
        (end > starts && looks_like_past_verb(&verb))
            .then(|| self.phrase(starts, end))
            .flatten()
    }

    /// "KCNA reported that the ministry “most strongly denounces …”": the quote continues
    /// the clause of the noun phrase right before it, whose words they are.
    fn that_clause_subject(&self, verb: VerbHit, at: usize) -> Option<Span> {
        let from = verb.at + verb.len;
        if self.word(from).as_deref() != Some("that") || at <= from + 1 {
            return None;
        }
        let lowercase_start = self.toks[at]
            .span
            .slice(self.text)
            .chars()
            .find(|c| c.is_alphabetic())
            .is_some_and(char::is_lowercase);
        let plain_phrase = at - from - 1 <= MAX_SPEAKER_WORDS
            && self.toks[from + 1..at].iter().all(|t| {
                t.is_word() && {
                    let w = lower(t, self.text);
                    !is_in(BE, &w)
                        && !is_in(AUX, &w)
                        && !is_in(CLAUSE_STOPS, &w)
                        && reporting_verb(&w).is_none()
                        && !looks_like_past_verb(&w)
                }
            });
        (lowercase_start && plain_phrase)
            .then(|| self.phrase(from + 1, at))
            .flatten()
    }

    /// A pronoun speaker ("in which they “strongly” condemned") resolved to the subject that
    /// opens the same sentence, when that is a different, fuller phrase.
    fn resolve_in_sentence(&self, attribution: &mut Attribution, at: usize) {
        if !is_pronoun(&attribution.speaker) {
            return;
        }
        let Some(subject) = self.sentence_subject(at).and_then(|a| a.speaker_span) else {
            return;
        };
        if attribution
            .speaker_span
            .is_some_and(|s| s.start <= subject.start)
        {
            return;
        }
        // Only a subject that names someone, or a person, stands for the pronoun: in "This
        // battle … “cannot be frozen,” he added" the pronoun points back to an earlier speaker.
        let written = subject.slice(self.text);
        let person = written
            .split_whitespace()
            .next_back()
            .is_some_and(|head| is_in(GENERIC_PEOPLE, &head.to_lowercase()));
        if !is_pronoun(written) && (names_someone(written) || person) {
            attribution.resolved_speaker = Some(written.to_string());
        }
    }

    /// "“…,” the spokesperson said" / "“…,” said Kim": a verb right after the quote.
    fn after(&self, at: usize) -> Option<Attribution> {
        let hit = self
            .verbs
            .iter()
            .find(|v| v.at > at && v.form != Form::According)?;
        if hit.at > at + 1 + MAX_SPEAKER_WORDS
            || self.toks[at + 1..hit.at]
                .iter()
                .any(|t| matches!(t.kind, TokKind::Quote(_)) || t.is_punct('.'))
        {
            return None;
        }
        // Between the quote and the verb there may only be the speaker's name: "“…,” which I
        // think" is a new clause, not an attribution.
        if self.toks[at + 1..hit.at]
            .iter()
            .any(|t| t.is_word() && is_in(CLAUSE_STOPS, &lower(t, self.text)))
        {
            return None;
        }
        // "“…,” John Smith, a spokesman for the ministry, said": the name before the
        // appositive.
        let name_end = self.toks[at + 1..hit.at]
            .iter()
            .enumerate()
            .skip_while(|(_, t)| !t.is_word())
            .find(|(_, t)| t.is_punct(','))
            .map_or(hit.at, |(k, _)| at + 1 + k);
        let between = self.phrase(at + 1, name_end);
        let speaker = match between {
            Some(s) => Some(s),
            None if self.sets_off(at) => self.phrase_after(hit.at + hit.len),
            // They “strongly” condemned …: the quote sits inside the clause.
            None => self.subject_of(*hit),
        };
        Some(self.build(*hit, speaker, AttributionBasis::Verb))
    }

    /// "“…”—Hugo." / "“…” -- Jane Doe, President": a name after a dash closing the quote.
    fn signature(&self, at: usize) -> Option<Attribution> {
        let is_dash = |t: &Tok| matches!(t.kind, TokKind::Punct('—' | '–' | '-' | '―'));
        let dashes = self.toks[at + 1..]
            .iter()
            .take_while(|t| is_dash(t))
            .count();
        if dashes == 0 || dashes > 2 {
            return None;
        }
        let from = at + 1 + dashes;
        let mut end = from;
        while let Some(t) = self.toks.get(end) {
            let title_period = t.is_punct('.')
                && end > from
                && self.is_title_word(end - 1)
                && self.toks.get(end + 1).is_some_and(|n| n.is_word());
            let name_word = t.is_word() && is_capitalised(t.text(self.text));
            if !(name_word || title_period) {
                break;
            }
            end += 1;
        }
        let words = self.toks[from..end].iter().filter(|t| t.is_word()).count();
        let ends = self
            .toks
            .get(end)
            .is_none_or(|t| t.is_punct('.') || t.is_punct(','));
        if words == 0 || words > 5 || !ends {
            return None;
        }
        let speaker = self.phrase(from, end)?;
        Some(Attribution {
            speaker: speaker.slice(self.text).to_string(),
            speaker_span: Some(speaker),
            basis: AttributionBasis::Signature,
            ..Attribution::default()
        })
    }

    /// Whether the quote at token `at` is set off from what follows ("“…,” said Kim"): its
    /// words end in a comma, question or exclamation mark, or a comma follows it.
    fn sets_off(&self, at: usize) -> bool {
        let words_end = self.toks[at]
            .span
            .slice(self.text)
            .trim_end_matches(|c: char| !c.is_alphanumeric() && !matches!(c, ',' | '?' | '!'))
            .ends_with([',', '?', '!']);
        words_end || self.toks.get(at + 1).is_some_and(|t| t.is_punct(','))
    }

    /// "…, according to the statement."
    fn according_to(&self) -> Option<Attribution> {
        let hit = self.verbs.iter().find(|v| v.form == Form::According)?;
        let speaker = self.phrase_after(hit.at + hit.len);
        speaker?;
        Some(self.build(*hit, speaker, AttributionBasis::AccordingTo))
    }

    /// No reporting verb: the subject of the sentence the quote is in.
    fn sentence_subject(&self, at: usize) -> Option<Attribution> {
        let start = self.intro_end(at);
        let mut end = start;
        while end < at {
            let t = &self.toks[end];
            let title_period = t.is_punct('.')
                && end > start
                && self.is_title_word(end - 1)
                && self
                    .toks
                    .get(end + 1)
                    .is_some_and(|n| n.is_word() && is_capitalised(n.text(self.text)));
            if !t.is_word() && !t.is_punct('(') && !t.is_punct(')') && !title_period {
                break;
            }
            let w = lower(t, self.text);
            let capitalised = is_capitalised(t.text(self.text));
            // "Ms Ardern resigns at 42": after a title and a name, a lower-case word is the
            // verb; a titled name takes no noun after it.
            let after_titled_name = t.is_word()
                && !capitalised
                && end >= start + 2
                && is_in(TITLES, &lower(&self.toks[start], self.text))
                && (start + 1..end).all(|k| {
                    let tok = &self.toks[k];
                    tok.is_punct('.') || (tok.is_word() && is_capitalised(tok.text(self.text)))
                });
            if after_titled_name {
                break;
            }
            if t.is_word()
                && end > start
                && (is_in(BE, &w)
                    || is_in(AUX, &w)
                    || (is_in(CLAUSE_STOPS, &w) && !capitalised)
                    || (looks_like_past_verb(&w) && !capitalised)
                    || (w.ends_with("ly") && w.len() > 4))
            {
                break;
            }
            end += 1;
            // "He drew a comparison, noting …": a pronoun is the whole subject.
            if end == start + 1 && is_pronoun(&w) {
                break;
            }
        }
        let speaker = self.phrase(start, end.min(start + MAX_SPEAKER_WORDS))?;
        // "On using anonymous sourcing: “…”": a topic, not a subject.
        let first = speaker
            .slice(self.text)
            .split_whitespace()
            .next()
            .unwrap_or("");
        if is_in(CLAUSE_STOPS, &first.to_lowercase()) {
            return None;
        }
        Some(Attribution {
            speaker: speaker.slice(self.text).to_string(),
            speaker_span: Some(speaker),
            basis: AttributionBasis::SentenceSubject,
            ..Attribution::default()
        })
    }

    /// Where the sentence's subject may start: after an introductory phrase ending in a comma
    /// ("In Washington this week, NATO members …"), if that comma comes before `at`.
    fn intro_end(&self, at: usize) -> usize {
        let first_word = self.word(0).unwrap_or_default();
        let intro = is_in(CLAUSE_STOPS, &first_word)
            || first_word.ends_with("ing")
            || matches!(
                first_word.as_str(),
                "meanwhile" | "however" | "earlier" | "later" | "last" | "this" | "on" | "in"
            );
        if !intro {
            return 0;
        }
        self.toks[..at]
            .iter()
            .position(|t| t.is_punct(','))
            .map_or(0, |c| c + 1)
    }

    pub(super) fn build(
        &self,
        hit: VerbHit,
        speaker: Option<Span>,
        basis: AttributionBasis,
    ) -> Attribution {
        Attribution {
            speaker: speaker
                .map(|s| s.slice(self.text).to_string())
                .unwrap_or_default(),
            speaker_span: speaker,
            resolved_speaker: None,
            verb: hit.span.slice(self.text).to_string(),
            verb_span: Some(hit.span),
            verb_lemma: hit.lemma.to_string(),
            verb_category: Some(hit.category),
            participle: None,
            participle_span: None,
            participle_lemma: None,
            basis,
        }
    }

    /// The subject of verb `hit`, as a span of the original text.
    pub(super) fn subject_of(&self, hit: VerbHit) -> Option<Span> {
        if hit.relative {
            // "the declaration that condemned …": the noun before "that".
            return self.phrase_ending_at(hit.at.checked_sub(2)?);
        }
        let mut j = hit.at.checked_sub(1);
        if hit.form == Form::Participle {
            // "… declaration slamming North Korea": the noun right before, unless a comma
            // sets the participle off, when it shares the subject of the main clause.
            let k = j?;
            if self.toks[k].is_punct(',') {
                return self
                    .first_finite_before(hit.at)
                    .and_then(|f| self.subject_of(f))
                    .or_else(|| self.sentence_subject(hit.at).and_then(|a| a.speaker_span));
            }
            return self.phrase_ending_at(k);
        }
        // Skip what sits between a subject and its verb: auxiliaries, adverbs, days, short
        // quoted adverbs (they “strongly” condemned), a parenthetical between commas.
        while let Some(k) = j {
            let t = &self.toks[k];
            if let TokKind::Quote(_) = t.kind {
                let short = text::words(self.text, t.span).count() <= 2;
                if short {
                    j = k.checked_sub(1);
                    continue;
                }
                return None;
            }
            if t.is_punct(',') {
                // "Kaiser, who spoke for AP (SGI), a coalition of groups, said": skip every
                // parenthetical between commas back to the name.
                let mut open = self.previous_comma(k)?;
                while let Some(before) = self.previous_comma(open) {
                    if !self.opens_parenthetical(before + 1) {
                        break;
                    }
                    open = before;
                }
                j = open.checked_sub(1);
                continue;
            }
            if !t.is_word() {
                break;
            }
            let w = lower(t, self.text);
            let skippable = is_in(BETWEEN_SUBJECT_AND_VERB, &w)
                || is_in(WEEKDAYS_AND_MONTHS, &w)
                || w.chars().all(|c| c.is_ascii_digit())
                || (w.ends_with("ly") && w.len() > 4 && !is_capitalised(t.text(self.text)));
            if !skippable {
                break;
            }
            j = k.checked_sub(1);
        }
        let k = j?;
        // "… denounced X and warned of …": the subject of the verb before.
        if matches!(self.word(k).as_deref(), Some("and" | "or" | "but")) {
            return self
                .verbs
                .iter()
                .rev()
                .find(|v| v.at < k && v.form == Form::Finite && !v.relative)
                .and_then(|v| self.subject_of(*v));
        }
        let subject = self.phrase_ending_at(k)?;
        Some(subject)
    }

    /// The comma before token `k`, within a parenthetical's reach.
    fn previous_comma(&self, k: usize) -> Option<usize> {
        self.toks[..k]
            .iter()
            .rposition(|t| t.is_punct(','))
            .filter(|&o| k - o <= MAX_PARENTHETICAL)
    }

    /// Whether the phrase starting at token `k` is a parenthetical: a relative clause, an
    /// appositive ("a coalition of …") or a participle phrase ("cited by KCNA").
    fn opens_parenthetical(&self, k: usize) -> bool {
        let Some(word) = self.word(k) else {
            return false;
        };
        let lower_case = !is_capitalised(self.toks[k].text(self.text));
        matches!(
            word.as_str(),
            "who" | "which" | "whose" | "a" | "an" | "the" | "one" | "also" | "himself" | "herself"
        ) || (lower_case && (word.ends_with("ed") || word.ends_with("ing")))
    }

    fn first_finite_before(&self, at: usize) -> Option<VerbHit> {
        self.verbs
            .iter()
            .find(|v| v.at < at && v.form == Form::Finite && !v.relative)
            .copied()
    }

    /// The noun phrase that ends at token `end` (inclusive), read leftwards.
    fn phrase_ending_at(&self, end: usize) -> Option<Span> {
        let mut start = end + 1;
        let mut words = 0;
        let mut k = end + 1;
        let mut saw_verbish = false;
        while k > 0 && words < MAX_SPEAKER_WORDS {
            let t = &self.toks[k - 1];
            // "(KCNA)", "(DPRK)": an acronym in brackets belongs to the name before it.
            if t.is_punct(')') {
                let open = self.toks[..k - 1]
                    .iter()
                    .rposition(|t| t.is_punct('('))
                    .filter(|&o| k - 1 - o <= 4);
                match open {
                    Some(o) if o > 0 => {
                        k = o;
                        start = o;
                        continue;
                    }
                    _ => break,
                }
            }
            // "the railway workers' union": a plural possessive's apostrophe.
            let possessive = matches!(t.kind, TokKind::Punct('\'' | '’'))
                && k >= 2
                && self.toks[k - 2].is_word()
                && self.toks[k - 2].span.end == t.span.start
                && self.toks[k - 2].text(self.text).ends_with(['s', 'S']);
            if possessive && start == k {
                start = k - 1;
                k -= 1;
                continue;
            }
            // "Mr. Eastbrook": the period of a title inside the name.
            if t.is_punct('.') && k >= 2 && self.is_title_word(k - 2) && start == k {
                start = k - 2;
                k -= 2;
                words += 1;
                continue;
            }
            if !t.is_word() {
                break;
            }
            let w = lower(t, self.text);
            if matches!(w.as_str(), "that" | "which" | "who") && saw_verbish {
                // "The declaration that was issued Wednesday stressed": skip the relative
                // clause and take the noun before it.
                let before = self.word(k.wrapping_sub(2));
                if before.as_deref().is_some_and(|b| {
                    !is_in(CLAUSE_STOPS, b) && reporting_verb(b).is_none() && !is_in(BE, b)
                }) {
                    return self.phrase_ending_at(k - 2);
                }
                break;
            }
            if is_in(CLAUSE_STOPS, &w) || is_in(BE, &w) || is_in(AUX, &w) {
                saw_verbish |= is_in(BE, &w) || is_in(AUX, &w);
                if !saw_verbish {
                    break;
                }
                k -= 1;
                continue;
            }
            if is_in(SUBJECT_PRONOUNS, &w) {
                // "the threat he believes …": a pronoun right before the verb is the whole
                // subject; one further left belongs to another clause.
                if start > end {
                    start = k - 1;
                }
                break;
            }
            if w == "and" || w == "&" {
                // "Pyongyang and Moscow": only between two names.
                let left_cap = k >= 2
                    && self.toks[k - 2].is_word()
                    && is_capitalised(self.toks[k - 2].text(self.text));
                let right_cap = start <= end && is_capitalised(self.toks[start].text(self.text));
                if !(left_cap && right_cap) {
                    break;
                }
            } else if w.ends_with("ed") && !is_capitalised(t.text(self.text)) && w.len() > 4 {
                saw_verbish = true;
                k -= 1;
                continue;
            }
            if saw_verbish {
                break;
            }
            start = k - 1;
            words += 1;
            k -= 1;
        }
        // A phrase starts at a name, a determiner or a noun, never at "of" or "and".
        while start <= end {
            let w = self.word(start).unwrap_or_default();
            if matches!(w.as_str(), "of" | "and" | "&" | "or") || self.toks[start].is_punct('(') {
                start += 1;
            } else {
                break;
            }
        }
        (start <= end).then(|| Span::new(self.toks[start].span.start, self.toks[end].span.end))
    }

    /// Whether token `k` is a short capitalised word before a period: a title ("Mr", "Dr").
    fn is_title_word(&self, k: usize) -> bool {
        let t = &self.toks[k];
        let word = t.text(self.text);
        t.is_word() && is_capitalised(word) && word.chars().count() <= 4 && !word.contains('.')
    }

    /// The noun phrase of the words from token `from` up to (not including) `to`.
    pub(super) fn phrase(&self, from: usize, to: usize) -> Option<Span> {
        let toks = self.toks.get(from..to)?;
        let first = toks.iter().position(|t| t.is_word())?;
        let last = toks.iter().rposition(|t| t.is_word() || t.is_punct(')'))?;
        (first <= last).then(|| Span::new(toks[first].span.start, toks[last].span.end))
    }

    /// A noun phrase starting at token `from`: words up to a comma, full stop or clause word.
    pub(super) fn phrase_after(&self, from: usize) -> Option<Span> {
        let mut end = from;
        while end < self.toks.len() && end - from < MAX_SPEAKER_WORDS {
            let t = &self.toks[end];
            let title_period = t.is_punct('.')
                && end > from
                && self.is_title_word(end - 1)
                && self
                    .toks
                    .get(end + 1)
                    .is_some_and(|n| n.is_word() && is_capitalised(n.text(self.text)));
            if t.is_punct('(') || t.is_punct(')') || title_period {
                end += 1;
                continue;
            }
            if !t.is_word() {
                break;
            }
            let w = lower(t, self.text);
            if end > from && (is_in(CLAUSE_STOPS, &w) && w != "of" || is_in(BE, &w)) {
                break;
            }
            // A verb ends the phrase ("according to officials said"), a noun does not
            // ("according to a report from …").
            let after_determiner = end
                .checked_sub(1)
                .and_then(|p| self.word(p))
                .is_some_and(|p| is_in(DETERMINERS, &p));
            if end > from
                && !after_determiner
                && reporting_verb(&w).is_some()
                && !is_capitalised(t.text(self.text))
            {
                break;
            }
            end += 1;
        }
        self.phrase(from, end)
    }
}

/// Something attributed to a speaker, for resolution in text order.
pub struct Attributed<'a> {
    /// Where it is (the quote or reported clause).
    pub at: usize,
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

/// Whether a sentence's subject names someone: a capital past its first word ("Tom Morello",
/// "the ISW"), or an acronym. A capital on the first word alone says nothing ("Clashes").
fn names_someone(subject: &str) -> bool {
    let mut words = subject.split_whitespace();
    let first = words.next().unwrap_or("");
    let acronym = first.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && first.chars().all(|c| !c.is_lowercase());
    (words.any(is_capitalised) || acronym) && !is_pronoun(subject)
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

fn is_pronoun(speaker: &str) -> bool {
    is_in(PRONOUNS, &speaker.to_lowercase())
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

/// Mentions of nouns earlier in the text, found on demand for the few heads asked about.
struct Mentions<'a> {
    text: &'a str,
    /// Head word (lower case) → byte spans of its occurrences in the text.
    by_head: HashMap<String, Vec<Span>>,
    /// (head, words of the phrase asked about, surname?) → progress through occurrences.
    cursors: HashMap<(String, usize, bool), Cursor>,
    /// Every run of letters and digits that starts a word, as written → its spans; built on
    /// the first question, so each head costs a lookup instead of a pass over the text.
    runs: Option<WordRuns<'a>>,
}

/// At most this many different heads are indexed (each costs one pass over the text).
const MAX_HEADS: usize = 32;

impl<'a> Mentions<'a> {
    fn new(text: &'a str) -> Self {
        Mentions {
            text,
            by_head: HashMap::new(),
            cursors: HashMap::new(),
            runs: None,
        }
    }

    fn occurrences(&mut self, head: &str) -> &[Span] {
        let key = head.to_lowercase();
        if !self.by_head.contains_key(&key) && self.by_head.len() < MAX_HEADS {
            let text = self.text;
            let runs = self.runs.get_or_insert_with(|| WordRuns::new(text));
            let found = runs
                .occurrences(head)
                .unwrap_or_else(|| whole_word_occurrences(text, head));
            self.by_head.insert(key.clone(), found);
        }
        self.by_head.get(&key).map_or(&[], Vec::as_slice)
    }

    /// The most recent mention before `at` with `head` as its head and more than `own_len`
    /// words (for a surname: the run of capitalised words around it).
    ///
    /// Queries come in text order, so each (head, length) keeps a cursor over the head's
    /// occurrences and every occurrence is read once; an out-of-order query reads back over
    /// at most [`MAX_LOOK_BACK`] occurrences.
    fn fuller(&mut self, head: &str, at: usize, own_len: usize, surname: bool) -> Option<String> {
        let text = self.text;
        let occurrences = self.occurrences(head).to_vec();
        let qualifies = |s: Span| -> Option<String> {
            let phrase = if surname {
                name_around(text, s)?
            } else {
                mention_around(text, s)?
            };
            let written = phrase.slice(text);
            let words = written.split_whitespace().count();
            let det = written
                .split_whitespace()
                .next()
                .is_some_and(|w| is_in(DETERMINERS, &w.to_lowercase()));
            (words - usize::from(det) > own_len).then(|| written.to_string())
        };
        let cursor = self
            .cursors
            .entry((head.to_lowercase(), own_len, surname))
            .or_default();
        if at < cursor.at {
            return occurrences
                .iter()
                .rev()
                .filter(|s| s.end <= at)
                .take(MAX_LOOK_BACK)
                .find_map(|&s| qualifies(s));
        }
        while let Some(&s) = occurrences.get(cursor.next).filter(|s| s.end <= at) {
            if let Some(found) = qualifies(s) {
                cursor.best = Some(found);
            }
            cursor.next += 1;
        }
        cursor.at = at;
        cursor.best.clone()
    }
}

/// How far [`Mentions::fuller`] reads back for a query out of text order.
const MAX_LOOK_BACK: usize = 64;

/// Progress of in-order queries for one head.
#[derive(Default)]
struct Cursor {
    /// The next occurrence to read.
    next: usize,
    /// The position of the last query.
    at: usize,
    /// The most recent fuller mention read so far.
    best: Option<String>,
}

/// The spellings [`whole_word_occurrences`] looks for: lower case, capitalised, capitals.
fn spellings(word: &str) -> Vec<String> {
    let lower = word.to_lowercase();
    let mut capitalised: String = lower.chars().take(1).flat_map(char::to_uppercase).collect();
    capitalised.extend(lower.chars().skip(1));
    let upper = word.to_uppercase();
    let mut spellings = vec![lower, capitalised, upper];
    spellings.sort();
    spellings.dedup();
    spellings
}

/// Characters that join a word: a match right after one is inside a longer word.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '\'' || c == '’' || c == '-'
}

/// The runs of letters and digits of a text that start a word (no word character right
/// before them), by their exact text.
struct WordRuns<'a> {
    spans: FastMap<&'a str, Vec<Span>>,
}

impl<'a> WordRuns<'a> {
    fn new(text: &'a str) -> Self {
        let mut spans: FastMap<&'a str, Vec<Span>> = hash::map();
        let mut before: Option<char> = None;
        let mut chars = text.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            if !c.is_alphanumeric() {
                before = Some(c);
                continue;
            }
            let mut end = i + c.len_utf8();
            let mut last = c;
            while let Some(&(j, d)) = chars.peek() {
                if !d.is_alphanumeric() {
                    break;
                }
                end = j + d.len_utf8();
                last = d;
                chars.next();
            }
            if !before.is_some_and(is_word_char) {
                spans
                    .entry(&text[i..end])
                    .or_default()
                    .push(Span::new(i, end));
            }
            before = Some(last);
        }
        WordRuns { spans }
    }

    /// The same spans as [`whole_word_occurrences`], when every spelling of `word` is letters
    /// and digits only (a whole-word match is then exactly a run that starts a word); `None`
    /// for other words.
    fn occurrences(&self, word: &str) -> Option<Vec<Span>> {
        let spellings = spellings(word);
        if !spellings
            .iter()
            .all(|s| !s.is_empty() && s.chars().all(char::is_alphanumeric))
        {
            return None;
        }
        let mut found: Vec<Span> = spellings
            .iter()
            .filter_map(|s| self.spans.get(s.as_str()))
            .flatten()
            .copied()
            .collect();
        found.sort();
        Some(found)
    }
}

/// Where `word` occurs in `text` as a whole word, written in lower case, capitalised or in
/// capitals, in text order. A substring search per spelling.
fn whole_word_occurrences(text: &str, word: &str) -> Vec<Span> {
    let spellings = spellings(word);
    let mut found: Vec<Span> = spellings
        .iter()
        .filter(|s| !s.is_empty())
        .flat_map(|s| {
            text.match_indices(s.as_str())
                .map(|(i, m)| Span::new(i, i + m.len()))
        })
        .filter(|w| {
            let before = text[..w.start].chars().next_back();
            let after = text[w.end..].chars().next();
            !before.is_some_and(is_word_char) && !after.is_some_and(char::is_alphanumeric)
        })
        .collect();
    found.sort();
    found
}

/// The run of capitalised words around `word` ("Kim Jong Un" around "Kim"), if longer.
fn name_around(text: &str, word: Span) -> Option<Span> {
    let lo = text::floor_boundary(text, word.start.saturating_sub(120));
    let hi = text::ceil_boundary(text, word.end + 120);
    let joined = |a: Span, b: Span| Span::new(a.end, b.start).slice(text) == " ";
    let mut start = word;
    for w in text::words(text, Span::new(lo, word.start))
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
    {
        if !joined(w, start) || !is_capitalised(w.slice(text)) || is_sentence_start(text, w) {
            break;
        }
        start = w;
    }
    let mut end = word;
    for w in text::words(text, Span::new(word.end, hi)) {
        if !joined(end, w) || !is_capitalised(w.slice(text)) {
            break;
        }
        end = w;
    }
    let span = Span::new(start.start, end.end);
    (span.len() > word.len()).then_some(span)
}

/// Whether the word at `w` opens its line or sentence (so its capital says nothing).
fn is_sentence_start(text: &str, w: Span) -> bool {
    let before = text[text::floor_boundary(text, w.start.saturating_sub(4))..w.start].trim_end();
    before.is_empty() || before.ends_with(['.', '\n', '!', '?', '"', '“'])
}

/// The noun phrase around the head word at `head`, if the word is a phrase's head there
/// (not a modifier, as "official" in "official name").
fn mention_around(text: &str, head: Span) -> Option<Span> {
    let lo = text::floor_boundary(text, head.start.saturating_sub(200));
    let line_start = text[lo..head.start]
        .rfind(['\n', '.', ';', ':', ','])
        .map_or(lo, |i| lo + i + 1);
    let left = Span::new(line_start, head.start);
    let left_words: Vec<Span> = text::words(text, left).collect();
    let gap_ok = |a: Span, b: usize| {
        Span::new(a.end, b)
            .slice(text)
            .chars()
            .all(|c| c.is_whitespace())
    };
    let mut start = head.start;
    let mut next_start = head.start;
    for w in left_words.iter().rev().take(6) {
        if !gap_ok(*w, next_start) {
            break;
        }
        let word = w.slice(text);
        let lw = word.to_lowercase();
        if is_in(DETERMINERS, &lw) {
            start = w.start;
            break;
        }
        let possessive = lw.ends_with("'s") || lw.ends_with("’s");
        if is_capitalised(word) || possessive {
            start = w.start;
            next_start = w.start;
            continue;
        }
        if is_in(CLAUSE_STOPS, &lw) || reporting_verb(&lw).is_some() {
            break;
        }
        // A lower-case modifier counts only inside a determiner phrase.
        start = w.start;
        next_start = w.start;
    }
    // Drop a leading lower-case run that a determiner or name inside the phrase follows; when
    // none does, the run is the head's own compound ("prime minister of New Zealand" after
    // "resigns as"), kept whole so the mention reads as written.
    let phrase_words: Vec<Span> = text::words(text, Span::new(start, head.end)).collect();
    let first_ok = phrase_words
        .iter()
        .position(|w| {
            let s = w.slice(text);
            is_capitalised(s) || is_in(DETERMINERS, &s.to_lowercase())
        })
        .unwrap_or(0);
    let start = phrase_words.get(first_ok).map_or(head.start, |w| w.start);
    // The head must end the phrase: next comes punctuation, "of", "who" or a verb.
    let right = Span::new(head.end, text::ceil_boundary(text, head.end + 80));
    let rest = right.slice(text);
    let mut end = head.end;
    let next_char = rest.chars().next();
    if next_char.is_some_and(char::is_alphanumeric) {
        return None;
    }
    let mut right_words = text::words(text, right);
    if let Some(next) = right_words.next() {
        let gap = Span::new(head.end, next.start).slice(text);
        let nw = next.slice(text).to_lowercase();
        if gap.trim().is_empty() && !gap.contains('\n') {
            if nw == "of" {
                // "a spokesperson of the North’s foreign ministry"
                let mut complement: Vec<Span> = Vec::new();
                let mut prev_end = next.end;
                for w in right_words.by_ref().take(6) {
                    let gap = Span::new(prev_end, w.start).slice(text);
                    let lw = w.slice(text).to_lowercase();
                    let lower_verb = !is_capitalised(w.slice(text))
                        && (lw.ends_with("ed") || lw.ends_with("ing"));
                    // A mention never runs on over a line break into the next paragraph.
                    if !gap.trim().is_empty()
                        || gap.contains('\n')
                        || is_in(CLAUSE_STOPS, &lw)
                        || is_in(BE, &lw)
                        || is_in(AUX, &lw)
                        || reporting_verb(&lw).is_some()
                        || lower_verb
                    {
                        break;
                    }
                    complement.push(w);
                    prev_end = w.end;
                }
                while complement.last().is_some_and(|w| {
                    let lw = w.slice(text).to_lowercase();
                    is_in(DETERMINERS, &lw) || lw == "and"
                }) {
                    complement.pop();
                }
                if let Some(last) = complement.last() {
                    end = last.end;
                }
            } else if !is_in(CLAUSE_STOPS, &nw)
                && !is_in(BE, &nw)
                && !is_in(AUX, &nw)
                && !looks_like_past_verb(&nw)
                && reporting_verb(&nw).is_none()
                && nw != "and"
            {
                return None;
            }
        }
    }
    let span = Span::new(start, end);
    (span.len() > head.len()).then_some(span)
}

/// Whether a lower-case word reads as a verb in the past tense.
pub(super) fn looks_like_past_verb(word: &str) -> bool {
    (word.ends_with("ed") && word.len() > 3) || is_in(IRREGULAR_PAST, word)
}

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::quotes::extract;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn word_runs_find_what_the_substring_search_finds(
            text in "(Kim|kim|KIM|Kim's|o'kim|x-Kim|Kimchi|ß|SS|ss|Straße|İ|i̇|é|e\u{301}|Ωμέγα|[ .,'’\\-]|\\PC){0,30}",
            word in "(Kim|kim|KIM|ß|ss|Straße|İ|é|Ωμέγα|U\\.S|O'Neil|[a-zA-Z]{1,3}|\\PC{1,2})",
        ) {
            let runs = WordRuns::new(&text);
            if let Some(found) = runs.occurrences(&word) {
                prop_assert_eq!(found, whole_word_occurrences(&text, &word));
            }
        }
    }

    /// (speaker as written, resolved speaker, verb, participle) of each top-level quote.
    fn read(text: &str) -> Vec<(String, Option<String>, String, Option<String>)> {
        let model = TextModel::new(text);
        let mut quotes = extract(text, &model);
        attribute_quotes(text, &model, &mut quotes);
        lead_in(text, &model, &mut quotes);
        inherit(&model, &mut quotes);
        let index = QuoteIndex::new(&quotes);
        let mut items: Vec<Attributed> = quotes
            .iter_mut()
            .filter_map(|q| {
                let at = q.span.start;
                q.attribution
                    .as_mut()
                    .map(|a| Attributed { at, attribution: a })
            })
            .collect();
        resolve(text, &model, &index, &mut items);
        quotes
            .iter()
            .filter(|q| q.parent.is_none())
            .map(|q| {
                let a = q.attribution.clone().unwrap_or_default();
                (a.speaker, a.resolved_speaker, a.verb, a.participle)
            })
            .collect()
    }

    #[test]
    fn a_pronoun_can_stand_for_the_subject_of_the_first_sentence() {
        // AP (kstp.com), July 16, 2024.
        let text = "Gareth Southgate has announced he will step down as England manager after \
                    eight years in charge. Southgate led England to the final of Euro 2024 – \
                    losing 2-1 to Spain on Sunday. “As a proud Englishman, it has been the honour \
                    of my life to play for England and to manage England,” he said.";
        let got = read(text);
        assert_eq!(got[0].0, "he");
        assert_eq!(got[0].1.as_deref(), Some("Gareth Southgate"));
    }

    #[test]
    fn a_participle_belongs_to_the_coordinated_clause_before_it() {
        // The New York Times, July 14, 2024.
        let text = "Republicans said the convention would proceed as planned, and Mr. Trump \
                    flew to Milwaukee on Sunday afternoon, vowing to remain “defiant in the face \
                    of wickedness.”";
        let got = read(text);
        assert_eq!(got[0].0, "Mr. Trump");
        assert_eq!(got[0].2, "vowing");
        assert_eq!(got[0].3, None);
        // Without a coordinated clause the participle still shares the main verb's subject.
        let text = "North Korea bristled Saturday at the declaration, casting it as an “illegal” \
                    document.";
        let got = read(text);
        assert_eq!(
            (got[0].0.as_str(), got[0].2.as_str()),
            ("North Korea", "bristled")
        );
        assert_eq!(got[0].3.as_deref(), Some("casting"));
    }

    #[test]
    fn a_pronoun_takes_the_titled_name_before_its_verb() {
        // newsmakerslive.org, January 2023.
        let text = "Ms Ardern resigns at just 42 after becoming leader just over five years \
                    ago. During her press conference she admitted, “I didn’t expect to be prime \
                    minister”.";
        let got = read(text);
        assert_eq!(got[0].0, "she");
        assert_eq!(got[0].1.as_deref(), Some("Ms Ardern"));
    }

    #[test]
    fn a_fuller_mention_never_runs_into_the_next_paragraph() {
        // Yahoo News UK, January 2023: the headline ends "… prime minister of New Zealand";
        // the next paragraph opens with "New Zealand leader Jacinda Ardern".
        let text = "'Not enough in the tank': Jacinda Ardern resigns as prime minister of New \
                    Zealand\nNew Zealand leader Jacinda Ardern has announced she will step down.\n\
                    Making the shock announcement at a caucus meeting on Thursday, the prime \
                    minister said she gave herself time over summer.";
        let article = crate::read::article::Article::read(text, &[]);
        let said = article
            .indirect
            .iter()
            .find(|i| i.attribution.verb == "said")
            .expect("the prime minister said …");
        assert_eq!(said.attribution.speaker, "the prime minister");
        let resolved = said.attribution.best_speaker();
        assert!(!resolved.contains('\n'), "{resolved:?}");
        // The fuller mention keeps its own words: "prime minister", not "minister".
        assert_eq!(resolved, "prime minister of New Zealand");
    }

    #[test]
    fn a_paragraph_of_quotation_after_its_announcement() {
        // tribalfootball.com, July 16, 2024: no reporting verb anywhere near the statement.
        let text = "Gareth Southgate has stepped down as England boss after nearly eight years \
                    in charge.\n\nAdvertisement Advertisement\n\nThe 53-year-old, who managed \
                    over 100 games in charge of the national team has left a message to England \
                    fans.\n\n“As a proud Englishman, it has been the honour of my life to play for \
                    England and to manage England.\n\n“Thank you, England – for everything.";
        let got = read(text);
        // One statement over two paragraphs, its closing mark never printed.
        assert_eq!(got.len(), 1);
        for (speaker, resolved, verb, _) in &got {
            assert_eq!(speaker, "The 53-year-old");
            assert_eq!(resolved.as_deref(), Some("Gareth Southgate"));
            assert_eq!(verb, "");
        }
        // A paragraph that announces nothing lends no speaker.
        let text = "The 53-year-old managed over 100 games in charge of the national team.\n\n\
                    “As a proud Englishman, it has been the honour of my life.";
        assert_eq!(read(text)[0].0, "");
    }

    #[test]
    fn a_long_passage_keeps_its_speaker_to_the_end() {
        // A statement quoted paragraph by paragraph (as ITV and tribalfootball.com printed
        // Gareth Southgate's, July 2024): each paragraph continues the one before.
        let text = "“It has meant everything to me,” the manager said.\n\n“I joined the FA in \
                    2011.”\n\n“I have had the privilege of leading a large group of players.”\n\n\
                    “We have the best fans in the world.”\n\n“Thank you, England – for \
                    everything.”";
        let got = read(text);
        assert_eq!(got.len(), 5);
        assert!(got.iter().all(|(s, ..)| s == "the manager"), "{got:?}");
    }

    #[test]
    fn an_adverb_between_the_auxiliary_and_the_verb() {
        // AP, July 14, 2024 (with a quote for the verb to report).
        let text = "The president has long emphasized that “violence has never been the answer.”";
        assert_eq!(read(text)[0].0, "The president");
    }

    fn speakers_and_verbs(text: &str) -> Vec<(String, String)> {
        read(text).into_iter().map(|(s, _, v, _)| (s, v)).collect()
    }

    fn pair(s: &str, v: &str) -> (String, String) {
        (s.to_string(), v.to_string())
    }

    #[test]
    fn main_verb_carries_the_stance_and_the_participle_is_kept() {
        // Yonhap / AP, July 13, 2024.
        let text = "According to a report, North Korea bristled Saturday at this week's NATO \
                    summit declaration that condemned its weapons exports to Russia, casting it \
                    as an “illegal” document and warning of strong “strategic counteraction.”";
        let got = read(text);
        assert_eq!(got[0].0, "North Korea");
        assert_eq!(got[0].2, "bristled");
        assert_eq!(got[0].3.as_deref(), Some("casting"));
        assert_eq!(got[1].2, "bristled");
        assert_eq!(got[1].3.as_deref(), Some("warning"));
    }

    #[test]
    fn coordinated_verb_shares_the_subject() {
        let text = "North Korea on Saturday denounced a NATO summit declaration that condemned \
                    its weapons exports to Russia, calling it “illegal” and warned of strong \
                    “strategic counteraction.”";
        assert_eq!(
            speakers_and_verbs(text),
            [
                pair("North Korea", "denounced"),
                pair("North Korea", "warned")
            ]
        );
    }

    #[test]
    fn trailing_attribution_after_the_quote() {
        // Kyiv Independent, July 13, 2024; Reuters style inversion.
        let text = "\"Any transfer of ballistic missiles by Iran to Russia would represent a \
                    substantial escalation,\" the declaration read. \"We will not yield,\" said \
                    Foreign Minister Choe Son Hui. “We are ready,” Kim Yo Jong, the leader's \
                    sister, said in a statement.";
        assert_eq!(
            speakers_and_verbs(text),
            [
                pair("the declaration", "read"),
                pair("Foreign Minister Choe Son Hui", "said"),
                pair("Kim Yo Jong", "said")
            ]
        );
    }

    #[test]
    fn parenthetical_between_subject_and_verb_is_skipped() {
        let text = "The ministry spokesperson, cited by KCNA, claimed the declaration “incites \
                    new Cold War,” and demands “a new force.”";
        let got = speakers_and_verbs(text);
        assert_eq!(got[0], pair("The ministry spokesperson", "claimed"));
        assert_eq!(got[1].0, "The ministry spokesperson");
    }

    #[test]
    fn sentence_subject_when_no_verb_is_a_reporting_verb() {
        let text = "In Washington this week, NATO members issued a joint declaration on \
                    “fuelling Russia's war of aggression” in Europe.";
        let got = read(text);
        assert_eq!(got[0].0, "NATO members");
        assert_eq!(got[0].2, "");
    }

    #[test]
    fn adverbial_quote_and_pronoun_resolution_in_the_sentence() {
        // Yonhap, July 13, 2024.
        let text = "On Wednesday, NATO leaders released the declaration, in which they \
                    “strongly” condemned the North's arms exports and voiced “great concern.”";
        let got = read(text);
        assert_eq!(got[0].0, "they");
        assert_eq!(got[0].1.as_deref(), Some("NATO leaders"));
        assert_eq!(got[0].2, "condemned");
        assert_eq!(got[1].0, "they");
        assert_eq!(got[1].1.as_deref(), Some("NATO leaders"));
        assert_eq!(got[1].2, "voiced");
    }

    #[test]
    fn he_and_the_official_resolve_to_the_fuller_mention() {
        let text = "A spokesperson of the North's foreign ministry issued the statement.\n\
                    “We will respond,” the spokesperson said.\n\
                    “We will never overlook the threat,” the official said.\n\
                    “It is illegal,” he added.";
        let got = read(text);
        let full = Some("A spokesperson of the North's foreign ministry".to_string());
        assert_eq!(got[0].1, full);
        assert_eq!(got[1].1, full);
        assert_eq!(got[2].1, full);
    }

    #[test]
    fn surname_resolves_to_the_full_name() {
        // AP, June 2024.
        let text = "North Korean leader Kim Jong Un met Vladimir Putin on Wednesday.\n\
                    “This is a new era,” Kim said.";
        let got = read(text);
        assert_eq!(got[0].0, "Kim");
        assert_eq!(got[0].1.as_deref(), Some("Kim Jong Un"));
    }

    #[test]
    fn according_to_and_continued_quotes() {
        let text = "“The talks failed,” according to the ministry statement.\n\
                    “We regret it deeply.”";
        let got = read(text);
        assert_eq!(got[0].0, "the ministry statement");
        assert_eq!(got[0].2, "according to");
        assert_eq!(got[1].0, "the ministry statement");
    }

    #[test]
    fn headline_verb() {
        let text = "North Korea threatens NATO with 'tougher strategic counteraction' over \
                    summit declaration";
        assert_eq!(speakers_and_verbs(text), [pair("North Korea", "threatens")]);
    }

    #[test]
    fn a_pronoun_is_a_whole_subject_and_a_thing_does_not_stand_for_one() {
        // The Week and i24NEWS on Zelensky's address to Congress, December 2022.
        let text = "\"Your money is not charity,\" Zelensky said. This battle against tyranny \
                    \"cannot be frozen or postponed,\" he added. He drew a comparison, noting: \
                    “Ukraine holds its lines and will never surrender.”";
        let got = read(text);
        assert_eq!(got[1].0, "he");
        assert_ne!(got[1].1.as_deref(), Some("This battle against tyranny"));
        assert_eq!(got[2].0, "He");
        assert_eq!(got[2].2, "noting");
    }
}

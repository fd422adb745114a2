//! The clause reader: a sentence window's tokens, the reporting verbs among them and their
//! form (finite, participle, "according to"), the [`Attribution`] built from a verb, the
//! bounds of the window, and the small word tests the other readers share.
//!
//! This file finds verbs and clause boundaries; it does not pick the subject (`subject`) or
//! decide which verb attributes a quote (`cues`).

use crate::lexicon::function_words::is_function_word;
use crate::lexicon::grammar::{AUX, BE, PRONOUNS, UNAMBIGUOUS_DETERMINERS as DETERMINERS};
use crate::lexicon::people::{COLLECTIVE_NOUNS, GENERIC_PEOPLE, PEOPLE_PLURALS, ROLE_NOUNS};
use crate::lexicon::verb_forms::{IRREGULAR_PAST, SAME_IN_PAST};
use crate::lexicon::verbs::{reporting_verb, reporting_verb_pair};
use crate::read::attribution_record::Attribution;
use crate::read::tokens::{Tok, TokKind};
use crate::report::{AttributionBasis, VerbCategory};
use crate::span::Span;

/// Bytes read before a quotation's opening mark when looking for its verb and speaker.
pub(super) const WINDOW_BEFORE: usize = 600;
/// Bytes read after a quotation's closing mark.
pub(super) const WINDOW_AFTER: usize = 300;
/// Words a speaker phrase may have.
pub(super) const MAX_SPEAKER_WORDS: usize = 10;

/// A reporting verb found among the tokens.
#[derive(Clone, Copy, Debug)]
pub(in crate::read) struct VerbHit {
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
    /// A passive with its agent after "by" ("was told by judge X"): the agent speaks.
    pub by_agent: bool,
}

/// The grammatical form of a reporting verb in context.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(in crate::read) enum Form {
    /// A finite verb of a clause: "said", "has claimed", "warns".
    Finite,
    /// An "-ing" participle: "casting", "warning".
    Participle,
    /// "according to".
    According,
}

/// A token in lower case for the word lists; an acronym in capitals between words in lower
/// case ("the WHO chief", "a US envoy") keeps its capitals, so it is never taken for the
/// function word it spells.
/// Prepositions after which a reporting verb's "-s" form is a plural noun ("amid reports").
const BEFORE_PLURAL_NOUN: &[&str] = &[
    "amid",
    "amidst",
    "despite",
    "after",
    "before",
    "with",
    "without",
    "of",
    "over",
    "following",
    "among",
    "against",
    "about",
    "from",
    "for",
    "on",
];

pub(super) fn lower(t: &Tok, text: &str) -> String {
    let written = t.text(text);
    let acronym = written.chars().count() >= 2 && written.chars().all(|c| c.is_ascii_uppercase());
    if acronym && !shouting_around(text, t.span.start, t.span.end) {
        return written.to_string();
    }
    written.to_lowercase()
}

/// Whether the words right before `start` or after `end` are in capitals too (a headline or
/// a dateline in capitals, not an acronym in running text).
fn shouting_around(text: &str, start: usize, end: usize) -> bool {
    let capitals = |w: &str| {
        let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
        !letters.is_empty() && letters.iter().all(|c| c.is_uppercase())
    };
    let before = text[..start].split_whitespace().next_back().unwrap_or("");
    let after = text[end..].split_whitespace().next().unwrap_or("");
    let before_word = before.chars().any(char::is_alphabetic);
    let after_word = after.chars().any(char::is_alphabetic);
    (before_word && capitals(before))
        || (after_word && capitals(after))
        || (!before_word && !after_word)
}

pub(in crate::read) fn is_in(list: &[&str], word: &str) -> bool {
    list.contains(&word)
}

/// Whether a word starts with a capital letter or a digit.
pub(in crate::read) fn is_capitalised(word: &str) -> bool {
    word.chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_numeric())
}

/// The tokens of one sentence window, read for attribution.
pub(in crate::read) struct Clause<'a> {
    pub text: &'a str,
    pub toks: &'a [Tok],
    /// Every reporting verb in the window, in order.
    pub verbs: Vec<VerbHit>,
}

impl<'a> Clause<'a> {
    pub(in crate::read) fn new(text: &'a str, toks: &'a [Tok]) -> Self {
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

    pub(in crate::read) fn word(&self, k: usize) -> Option<String> {
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
                by_agent: false,
            });
        }
        // A capitalised word inside the sentence is a name ("Washington Post"), not a verb.
        let sentence_initial = prev_tok.is_none_or(|t| !t.is_word());
        if is_capitalised(tok.text(self.text)) && !sentence_initial && !self.title_case_verb(k, len)
        {
            return None;
        }
        if let Some(p) = prev.as_deref() {
            // "the report", "a claim", "its call": nouns.
            if is_in(DETERMINERS, p) || p.ends_with("'s") || p.ends_with("’s") {
                return None;
            }
            // "was accused", "were reported": passive, unless its agent follows ("was told
            // by judge Mr Justice Goss there was …": the judge speaks).
            if is_in(BE, p) && (word.ends_with("ed") || word == "said" || word == "told") {
                if next.as_deref() == Some("by") && len == 1 {
                    return Some(VerbHit {
                        at: k,
                        len: 2,
                        span,
                        lemma: verb.lemma,
                        category: verb.category,
                        form: Form::Finite,
                        relative: false,
                        by_agent: true,
                    });
                }
                return None;
            }
            // "to say", "to warn": an infinitive, not the clause's verb.
            if p == "to" {
                return None;
            }
            // "amid reports that …", "despite claims": a plural after a preposition is a noun.
            let plural = word.ends_with('s') && word != verb.lemma && len == 1;
            if plural && is_in(BEFORE_PLURAL_NOUN, p) {
                return None;
            }
        }
        // ", cited by KCNA,": a passive participle; "Reporting by …", "writing by …": a
        // credit, a noun.
        if next.as_deref() == Some("by") {
            return None;
        }
        // "they conceded three times", "conceded 2 goals": a count after "concede" is of goals
        // or points let in, not an admission ("conceded that …").
        if verb.lemma == "concede" && next.as_deref().is_some_and(is_count) {
            return None;
        }
        // "It is worth noting", "it bears mentioning": the writer's aside.
        if matches!(prev.as_deref(), Some("worth" | "bears")) {
            return None;
        }
        // "issues blamed on …": a participle after a plural noun that names no people, its
        // object before it; active, the verb would take its object first ("blamed it on").
        if word.ends_with("ed")
            && next.as_deref() == Some("on")
            && prev.as_deref().is_some_and(plural_thing)
        {
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
            by_agent: false,
        })
    }

    /// Whether the capitalised reporting verb at token `k` (of `len` tokens) is the verb of a
    /// headline in title case, "Bank Chief Admits ‘Our Mistake’": a finite form other than
    /// the base ("Admits", "Says", "Warns"; not "Post" or "Report", which name things), right
    /// before a quotation or a colon.
    fn title_case_verb(&self, k: usize, len: usize) -> bool {
        let word = lower(&self.toks[k], self.text);
        let finite = len == 1
            && reporting_verb(&word).is_some_and(|v| v.lemma != word)
            && !word.ends_with("ing");
        let next = self.toks.get(k + len);
        let quoted = next.is_some_and(|t| {
            matches!(t.kind, TokKind::Quote(_))
                || (t.is_punct(':')
                    && self
                        .toks
                        .get(k + len + 1)
                        .is_some_and(|n| matches!(n.kind, TokKind::Quote(_))))
        });
        finite && quoted
    }

    /// Whether the token before `at` is a possessive determiner ("her", "his", "their").
    pub(in crate::read) fn after_possessive(&self, at: usize) -> bool {
        at.checked_sub(1)
            .and_then(|k| self.word(k))
            .is_some_and(|w| matches!(w.as_str(), "her" | "his" | "their" | "its"))
    }

    /// Whether a comma (or other clause break) lies between tokens `from` and `to`.
    pub(super) fn comma_between(&self, from: usize, to: usize) -> bool {
        self.toks[from.min(to)..to.max(from)]
            .iter()
            .any(|t| t.is_punct(',') || t.is_punct(';') || t.is_punct('—'))
    }

    /// "KCNA quoted Jo as saying", "depicted Harris as saying": the one said to speak is the
    /// object between the attribution verb and "as" + a participle of speech, not the verb's
    /// subject. Rewrites `found`'s speaker when its verb (or participle) reads so.
    pub(in crate::read) fn as_saying(&self, found: &mut Attribution) {
        let at_span = |span: Option<Span>| self.verbs.iter().find(|v| Some(v.span) == span);
        let object = at_span(found.verb_span)
            .and_then(|v| self.object_before_as(v.at + v.len))
            .or_else(|| {
                // "depicted Harris as saying": the participle itself follows "as".
                [found.participle_span, found.verb_span]
                    .into_iter()
                    .find_map(at_span)
                    .filter(|v| v.form == Form::Participle)
                    .and_then(|v| self.object_ending_before_as(v.at))
            });
        if let Some(span) = object {
            found.speaker = span.slice(self.text).to_string();
            found.speaker_span = Some(span);
            found.resolved_speaker = None;
        }
    }

    /// The phrase from token `from` up to an "as" followed by a participle of speech.
    fn object_before_as(&self, from: usize) -> Option<Span> {
        let limit = (from + MAX_SPEAKER_WORDS).min(self.toks.len());
        let as_at = (from..limit)
            .take_while(|&k| self.toks[k].is_word() || self.toks[k].is_punct('.'))
            .find(|&k| self.word(k).as_deref() == Some("as"))?;
        let next = self.verbs.iter().find(|v| v.at == as_at + 1)?;
        (next.form == Form::Participle && as_at > from)
            .then(|| self.phrase(from, as_at))
            .flatten()
    }

    /// The object phrase that ends right before "as" when the participle at `participle`
    /// follows that "as": back over capitalised words, titles and a determiner.
    fn object_ending_before_as(&self, participle: usize) -> Option<Span> {
        let as_at = participle.checked_sub(1)?;
        if self.word(as_at).as_deref() != Some("as") {
            return None;
        }
        let mut start = as_at;
        while start > 0 && as_at - start < MAX_SPEAKER_WORDS {
            let t = &self.toks[start - 1];
            let w = lower(t, self.text);
            let named = t.is_word() && is_capitalised(t.text(self.text));
            if named || t.is_punct('.') {
                start -= 1;
                continue;
            }
            if is_in(DETERMINERS, &w) {
                start -= 1;
            }
            break;
        }
        // Only after a verb: "such leaders as saying" is no object.
        let before = start.checked_sub(1).and_then(|k| self.word(k))?;
        (start < as_at && (looks_like_past_verb(&before) || before.ends_with('s')))
            .then(|| self.phrase(start, as_at))
            .flatten()
    }

    pub(in crate::read) fn build(
        &self,
        hit: VerbHit,
        speaker: Option<Span>,
        basis: AttributionBasis,
    ) -> Attribution {
        let speaker = speaker.filter(|s| can_name_speaker(s.slice(self.text)));
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
}

/// Whether a lower-case word is a plural common noun that does not name people ("issues",
/// not "officials", "fans' " or "others").
fn plural_thing(word: &str) -> bool {
    let Some(singular) = word.strip_suffix('s') else {
        return false;
    };
    singular.len() > 2
        && !word.ends_with("ss")
        && word.chars().all(|c| c.is_ascii_lowercase())
        && !is_in(PRONOUNS, word)
        && !matches!(
            word,
            "others" | "these" | "those" | "its" | "his" | "hers" | "ours" | "yours"
        )
        && ![GENERIC_PEOPLE, ROLE_NOUNS, COLLECTIVE_NOUNS]
            .iter()
            .any(|list| is_in(list, singular) || is_in(list, word))
        && !PEOPLE_PLURALS.contains(&word)
}

/// Whether a lower-case word reads as a verb in the past tense.
pub(in crate::read) fn looks_like_past_verb(word: &str) -> bool {
    (word.ends_with("ed") && word.len() > 3) || is_in(IRREGULAR_PAST, word)
}

/// Whether a sentence's subject names someone: a capital past its first word ("Tom Morello",
/// "the ISW"), or an acronym. A capital on the first word alone says nothing ("Clashes").
pub(super) fn names_someone(subject: &str) -> bool {
    let mut words = subject.split_whitespace();
    let first = words.next().unwrap_or("");
    let acronym = first.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && first.chars().all(|c| !c.is_lowercase());
    (words.any(is_capitalised) || acronym) && !is_pronoun(subject)
}

/// A number in digits or a small number in words ("3", "three").
fn is_count(word: &str) -> bool {
    (!word.is_empty() && word.chars().all(|c| c.is_ascii_digit()))
        || matches!(
            word,
            "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten"
        )
}

pub(super) fn is_pronoun(speaker: &str) -> bool {
    is_in(PRONOUNS, &speaker.to_lowercase())
}

/// Whether a lower-case word is an auxiliary ("has", "did", "will"), a form of "be", or one
/// of them negated ("doesn't", "won’t", "cannot"): the subject stands before it, and it is
/// never part of a speaker's name.
pub(in crate::read) fn is_auxiliary(word: &str) -> bool {
    let w = word.replace('’', "'");
    if is_in(AUX, &w) || is_in(BE, &w) || w == "cannot" {
        return true;
    }
    match w.strip_suffix("n't") {
        Some("wo" | "ca" | "sha" | "ai") => true,
        Some(base) => is_in(AUX, base) || is_in(BE, base),
        None => false,
    }
}

/// Whether a lower-case word negates the verb after it: "not", "never", or a negated
/// auxiliary ("didn't", "won’t", "cannot").
pub(in crate::read) fn is_negation(word: &str) -> bool {
    let w = word.replace('’', "'");
    matches!(w.as_str(), "not" | "never" | "cannot") || (w.ends_with("n't") && is_auxiliary(&w))
}

/// Whether a lower-case word is a coordinating conjunction ("and", "but", "or", "yet",
/// "nor"): a verb after one shares the subject of the verb before it.
pub(in crate::read) fn is_coordinator(word: &str) -> bool {
    matches!(word, "and" | "but" | "or" | "yet" | "nor")
}

/// Function words that still stand for people when they are a whole subject: pronouns and
/// indefinite ones ("someone said", "many argue", "both said").
const PEOPLE_FUNCTION_WORDS: &[&str] = &[
    "me",
    "us",
    "someone",
    "somebody",
    "anyone",
    "anybody",
    "everyone",
    "everybody",
    "nobody",
    "none",
    "ones",
    "many",
    "most",
    "some",
    "all",
    "both",
    "few",
    "several",
    "others",
];

/// Whether a phrase can name a speaker: it has a word that is not a function word, or it is
/// a pronoun ("he", "they") or an indefinite one ("someone"). A conjunction ("and"), an
/// auxiliary ("doesn't"), a preposition or a relative word ("who") never speaks.
pub(in crate::read) fn can_name_speaker(phrase: &str) -> bool {
    let words: Vec<String> = phrase
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
                .replace('’', "'")
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() {
        return false;
    }
    if let [one] = words.as_slice() {
        if is_in(PRONOUNS, one) || is_in(PEOPLE_FUNCTION_WORDS, one) {
            return true;
        }
    }
    words.iter().any(|w| !is_function_word(w))
}

/// Bytes before and after a position searched for other spellings of a word (so a search
/// costs a bounded window, not the whole text).
const SPELLING_WINDOW: usize = 16 * 1024;

/// Whether `word` occurs in the text around byte `near` as a whole word after another word
/// of its sentence (not after a full stop, a line break or an opening quote), with its
/// capital.
fn capitalised_inside_a_sentence(text: &str, word: &str, near: usize) -> bool {
    let lo = crate::text::floor_boundary(text, near.saturating_sub(SPELLING_WINDOW));
    let hi = crate::text::ceil_boundary(text, near.saturating_add(SPELLING_WINDOW));
    let window = &text[lo..hi];
    window.match_indices(word).any(|(i, _)| {
        let after = window[i + word.len()..].chars().next();
        let whole_after = !after.is_some_and(char::is_alphanumeric);
        let before = window[..i].trim_end_matches([' ', '\u{a0}']);
        let spaced = before.len() < i;
        let inside = before
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || matches!(c, ',' | ';' | ')'));
        whole_after && spaced && inside
    })
}

/// Whether a lone capitalised word (met around byte `near`) reads as a plural common noun:
/// it ends in "s" and the text only ever writes it opening a sentence ("Reporters asked …",
/// "Tributes poured in"); "Jones" is a name once the text writes "Tom Jones".
pub(super) fn is_common_plural_opener(text: &str, word: &str, near: usize) -> bool {
    let plural = word.ends_with('s') && !word.ends_with("ss") && !word.contains(' ');
    plural && !capitalised_inside_a_sentence(text, word, near)
}

/// Whether a lone capitalised word (met around byte `near`) reads as a thing, not a person:
/// the text writes it after an article or "of" ("the spread of Blight", "a Blight case") and
/// never as the end of a longer name ("Dana Blight") — so "he" cannot stand for it.
pub(super) fn is_capitalised_thing(text: &str, word: &str, near: usize) -> bool {
    if word.is_empty() || word.contains(' ') {
        return false;
    }
    let lo = crate::text::floor_boundary(text, near.saturating_sub(SPELLING_WINDOW));
    let hi = crate::text::ceil_boundary(text, near.saturating_add(SPELLING_WINDOW));
    let window = &text[lo..hi];
    let mut after_article = false;
    for (i, _) in window.match_indices(word) {
        let after = window[i + word.len()..].chars().next();
        let before_char = window[..i].chars().next_back();
        if after.is_some_and(char::is_alphanumeric)
            || before_char.is_some_and(char::is_alphanumeric)
        {
            continue;
        }
        let before = window[..i].trim_end_matches([' ', '\u{a0}']);
        if before.len() == i {
            continue;
        }
        let previous = before
            .rsplit(|c: char| !c.is_alphanumeric() && c != '.')
            .next()
            .unwrap_or("");
        if is_capitalised(previous) && !previous.ends_with('.') {
            // "Dana Blight": part of a name (a title too: "Dr Blight").
            return false;
        }
        if matches!(previous, "the" | "a" | "an" | "of") {
            after_article = true;
        }
    }
    after_article
}

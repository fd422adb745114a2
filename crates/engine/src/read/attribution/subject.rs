//! Subjects and noun phrases: the subject of a reporting verb (skipping parentheticals,
//! relative clauses and words of time), the subject of a whole sentence when no verb reports
//! anything, and the phrase after "according to" or a dash.
//!
//! This file reads token ranges of one sentence window; it does not find verbs (`clause`) or
//! choose which cue attributes a quote (`cues`).

use super::clause::{
    can_name_speaker, is_auxiliary, is_capitalised, is_coordinator, is_in, is_pronoun,
    looks_like_past_verb, lower, Clause, Form, VerbHit, MAX_SPEAKER_WORDS,
};
use crate::lexicon::calendar::{DURATIONS, WEEKDAYS_AND_MONTHS};
use crate::lexicon::grammar::BEFORE_PARTICIPLE;
use crate::lexicon::grammar::{
    is_ly_adverb, BE, BETWEEN_SUBJECT_AND_VERB, CLAUSE_STOPS, SUBJECT_PRONOUNS,
    UNAMBIGUOUS_DETERMINERS as DETERMINERS,
};
use crate::lexicon::people::{
    GENERIC_PEOPLE, HONORIFICS as TITLES, NAME_TITLES, PEOPLE_PLURALS, ROLE_NOUNS,
};
use crate::lexicon::speech::{DOCUMENT_NOUNS, SAYING};
use crate::lexicon::verbs::reporting_verb;
use crate::read::attribution_record::Attribution;
use crate::read::tokens::TokKind;
use crate::report::AttributionBasis;
use crate::span::Span;
use crate::text;

/// Whether a lower-case noun names people by what they do: a role ("spokesperson",
/// "lawyer"), a plural of people ("analysts"), or a noun of a profession ("economist",
/// "historian", "researcher").
pub(super) fn is_person_noun(word: &str) -> bool {
    let singular_of_plural = PEOPLE_PLURALS
        .iter()
        .any(|p| p.strip_suffix('s') == Some(word));
    is_in(ROLE_NOUNS, word)
        || is_in(GENERIC_PEOPLE, word)
        || is_in(PEOPLE_PLURALS, word)
        || singular_of_plural
        || ["ist", "ists", "ian", "ians", "archer", "archers"]
            .iter()
            .any(|e| word.len() > e.len() + 2 && word.ends_with(e))
}

/// Subordinators that open a sentence with a clause of their own ("While …, …").
const SUBORDINATORS: &[&str] = &[
    "while", "although", "though", "whereas", "because", "since", "as", "if", "when", "after",
    "before", "once", "until", "unless",
];

/// Tokens a parenthetical between commas may have.
const MAX_PARENTHETICAL: usize = 24;
/// Tokens a dateline may have before its dash ("WASHINGTON, D.C. –").
const MAX_DATELINE: usize = 8;

/// Opening phrases set off by commas read past before a sentence's subject.
const MAX_OPENING_PHRASES: usize = 3;

/// Tokens read after a quote inside an opening participle phrase for the comma that ends it.
const MAX_PHRASE_AFTER_QUOTE: usize = 24;

impl Clause<'_> {
    /// The subject of verb `hit`, as a span of the original text.
    pub(in crate::read) fn subject_of(&self, hit: VerbHit) -> Option<Span> {
        if hit.relative {
            // "the declaration that condemned …": the noun before "that".
            return self.phrase_ending_at(hit.at.checked_sub(2)?);
        }
        if let Some(subject) = self.quoted_as_subject(hit) {
            return Some(subject);
        }
        let mut j = hit.at.checked_sub(1);
        if hit.form == Form::Participle {
            // "… declaration slamming North Korea": the noun right before, unless a comma
            // sets the participle off, when it shares the subject of the main clause.
            let mut k = j?;
            // "…, also saying": an adverb between the comma and the participle.
            while k > 0 && self.word(k).is_some_and(|w| is_in(BEFORE_PARTICIPLE, &w)) {
                k -= 1;
            }
            // "… paid tribute – dubbing him …", "stunned fans by announcing …": a dash or
            // "by" sets the participle off too.
            let sets_off = self.toks[k].is_punct(',')
                || matches!(self.toks[k].kind, TokKind::Punct('—' | '–' | '-'))
                || self.word(k).as_deref() == Some("by");
            if sets_off {
                return self
                    .first_finite_before(hit.at)
                    .and_then(|f| self.subject_of(f))
                    .or_else(|| self.sentence_subject(hit.at).and_then(|a| a.speaker_span));
            }
            // "She spent a full minute repeating …": after a stretch of time, the participle
            // is the subject's doing.
            if self.word(k).is_some_and(|w| is_in(DURATIONS, &w)) {
                return self.sentence_subject(hit.at).and_then(|a| a.speaker_span);
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
                // "A spokesperson for the ministry, Jane Holt, said": a name set off after a
                // role is the one who speaks, not the body the role serves.
                if let Some(name) = self.name_after_role(open, k) {
                    return Some(name);
                }
                while let Some(before) = self.previous_comma(open) {
                    // "Speaking on Friday, the striker, who …, said": the comma closing an
                    // opening phrase starts the subject; it opens no parenthetical.
                    let closes_intro = self.intro_end(k) == before + 1;
                    if !self.opens_parenthetical(before + 1) || closes_intro {
                        break;
                    }
                    open = before;
                }
                j = open.checked_sub(1);
                continue;
            }
            // "Reyes — who leads the party — said": a parenthetical between dashes.
            if matches!(t.kind, TokKind::Punct('—' | '–')) {
                let open = self.toks[..k]
                    .iter()
                    .rposition(|d| matches!(d.kind, TokKind::Punct('—' | '–')))
                    .filter(|&o| k - o <= MAX_PARENTHETICAL && o > 0)?;
                j = Some(open - 1);
                continue;
            }
            if !t.is_word() {
                break;
            }
            let w = lower(t, self.text);
            // "He doesn't say", "she cannot recall", "they won’t comment": an auxiliary,
            // negated or not, stands between the subject and its verb.
            let skippable = is_in(BETWEEN_SUBJECT_AND_VERB, &w)
                || is_auxiliary(&w)
                || is_in(WEEKDAYS_AND_MONTHS, &w)
                || w.chars().all(|c| c.is_ascii_digit())
                || (is_ly_adverb(&w) && !is_capitalised(t.text(self.text)));
            if !skippable {
                break;
            }
            j = k.checked_sub(1);
        }
        let k = j?;
        // "… denounced X and warned of …": the subject of the verb before; a coordinating
        // conjunction is never the subject itself.
        if self.word(k).as_deref().is_some_and(is_coordinator) {
            // "Asked …, Guardiola made a scratching motion and said": with no reporting verb
            // of its own before it, the verb shares the subject of the sentence.
            return self
                .verbs
                .iter()
                .rev()
                .find(|v| v.at < k && v.form == Form::Finite && !v.relative)
                .and_then(|v| self.subject_of(*v))
                .or_else(|| self.clause_subject(hit.at));
        }
        let subject = self.phrase_ending_at(k)?;
        Some(subject)
    }

    /// "Vance was quoted as saying", "she was heard as saying": the subject of the passive
    /// before "as" and a participle of speech speaks.
    pub(super) fn quoted_as_subject(&self, hit: VerbHit) -> Option<Span> {
        if hit.form != Form::Participle || self.word(hit.at.checked_sub(1)?)? != "as" {
            return None;
        }
        let participle = self.word(hit.at.checked_sub(2)?)?;
        let be = hit.at.checked_sub(3)?;
        if !looks_like_past_verb(&participle) || !self.word(be).is_some_and(|w| is_in(BE, &w)) {
            return None;
        }
        let passive = VerbHit {
            at: be,
            len: 1,
            form: Form::Finite,
            relative: false,
            by_agent: false,
            ..hit
        };
        self.subject_of(passive)
    }

    /// The comma before token `k`, within a parenthetical's reach.
    fn previous_comma(&self, k: usize) -> Option<usize> {
        let o = self.toks[..k].iter().rposition(|t| t.is_punct(','))?;
        // A relative clause ("Hurst, who hit a hat-trick in the 1966 final … decider,
        // described …") may run longer than other parentheticals.
        let reach = if self
            .word(o + 1)
            .is_some_and(|w| matches!(w.as_str(), "who" | "whose"))
        {
            2 * MAX_PARENTHETICAL
        } else {
            MAX_PARENTHETICAL
        };
        (k - o <= reach).then_some(o)
    }

    /// The name between the commas at `open` and `close` when it follows a role: a run of at
    /// most four capitalised words (titles' periods kept) after a lower-case head noun or a
    /// phrase "… for/of X" ("a lawyer for Acme Corp, Dana Reyes,", "the country's leader,
    /// Kim Jong Un,"); a name after a name ("Boris Johnson, Prime Minister,") is not one.
    pub(super) fn name_after_role(&self, open: usize, close: usize) -> Option<Span> {
        let inside = self.toks.get(open + 1..close)?;
        let words = inside.iter().filter(|t| t.is_word()).count();
        let all_named = inside.iter().all(|t| {
            t.is_punct('.')
                || (t.is_word()
                    && is_capitalised(t.text(self.text))
                    && t.text(self.text).chars().any(char::is_alphabetic))
        });
        if words == 0 || words > 4 || !all_named {
            return None;
        }
        let head = open.checked_sub(1)?;
        let role_head =
            self.toks[head].is_word() && !is_capitalised(self.toks[head].text(self.text));
        let served = (head.saturating_sub(6)..head)
            .any(|k| matches!(self.word(k).as_deref(), Some("for" | "of")));
        (role_head || served)
            .then(|| self.phrase(open + 1, close))
            .flatten()
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
    pub(super) fn phrase_ending_at(&self, end: usize) -> Option<Span> {
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
            // "the Office for National Statistics", "a spokesperson for Acme Corp": "for"
            // after a capitalised word or a person's role, before a name, joins one phrase.
            if start == k && !saw_verbish && self.links_description(k - 1) {
                k -= 1;
                continue;
            }
            // "Jo Bloggs at Acme Bank said": a name before "at" or "from" an organisation
            // is the speaker, not the organisation.
            if matches!(w.as_str(), "at" | "from") && start == k && !saw_verbish && k >= 2 {
                let before = &self.toks[k - 2];
                let named = before.is_word()
                    && is_capitalised(before.text(self.text))
                    && before.text(self.text).chars().any(char::is_alphabetic);
                let org = is_capitalised(self.toks[k].text(self.text));
                if named && org {
                    if let Some(name) = self.phrase_ending_at(k - 2) {
                        return Some(name);
                    }
                }
            }
            if is_in(CLAUSE_STOPS, &w) || is_auxiliary(&w) {
                saw_verbish |= is_auxiliary(&w);
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
                    // "The senator and her husband said": a phrase after a determiner joins
                    // a phrase that opens the clause; the two speak together.
                    if let Some(left) = self.clause_opening_conjunct(k - 1, start, end) {
                        start = left;
                    }
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
            // "a statement on behalf of the Charlton family": the family speaks.
            // "in what families described as …": "what" is the object, not the subject.
            if matches!(w.as_str(), "of" | "and" | "&" | "or" | "behalf" | "what")
                || self.toks[start].is_punct('(')
            {
                start += 1;
            } else {
                break;
            }
        }
        (start <= end).then(|| Span::new(self.toks[start].span.start, self.toks[end].span.end))
    }

    /// Whether the preposition at token `k` belongs inside one description of a speaker:
    /// "for" or "of" after a capitalised word or a person's role ("the Office for National
    /// Statistics", "a spokesperson for Acme"), or "to", "with", "on" after a word that
    /// links a source to what it knows ("a source close to the firm", "people familiar with
    /// the talks", "an official briefed on the plan").
    /// Whether "for" or "of" at token `k` joins a capitalised title to capitalised words
    /// ("Director for Africa", "Secretary of State").
    fn links_title(&self, k: usize) -> bool {
        let capital = |j: usize| {
            self.toks
                .get(j)
                .is_some_and(|t| t.is_word() && is_capitalised(t.text(self.text)))
        };
        let title = k
            .checked_sub(1)
            .and_then(|p| self.word(p))
            .is_some_and(|b| is_in(NAME_TITLES, &b) || is_in(ROLE_NOUNS, &b));
        title && capital(k - 1) && capital(k + 1)
    }

    pub(super) fn links_description(&self, k: usize) -> bool {
        let Some(w) = self.word(k) else {
            return false;
        };
        let before = k
            .checked_sub(1)
            .map(|p| &self.toks[p])
            .filter(|t| t.is_word());
        let Some(before) = before else {
            return false;
        };
        let written = before.text(self.text);
        let b = written.to_lowercase();
        let person = is_person_noun(&b);
        match w.as_str() {
            // "analysts at Acme Bank", "an economist from the university".
            "at" | "from" => person,
            "for" | "of" => {
                let named = is_capitalised(written) && written.chars().any(char::is_alphabetic);
                let after = self
                    .toks
                    .get(k + 1)
                    .is_some_and(|t| t.is_word() && (is_capitalised(t.text(self.text)) || person));
                (named || person) && after
            }
            "to" | "with" | "on" => matches!(
                b.as_str(),
                "close" | "familiar" | "briefed" | "knowledge" | "acquainted" | "informed"
            ),
            _ => false,
        }
    }

    /// The first token of a noun phrase that ends before the "and" at token `and` and opens
    /// its clause (nothing but punctuation before it), when the phrase after the "and"
    /// (tokens `start..=end`) opens with a determiner ("her husband", "the minister").
    fn clause_opening_conjunct(&self, and: usize, start: usize, end: usize) -> Option<usize> {
        let opener = self.word(start)?;
        let determiner = is_in(DETERMINERS, &opener)
            || matches!(opener.as_str(), "his" | "her" | "their" | "its" | "our");
        if !determiner || start > end || and == 0 {
            return None;
        }
        let left = self.phrase_ending_at(and - 1)?;
        let first = self.toks.iter().position(|t| t.span.start == left.start)?;
        let opens = first == 0 || !self.toks[first - 1].is_word();
        let words = (first..=end).filter(|&k| self.toks[k].is_word()).count();
        (opens && words <= MAX_SPEAKER_WORDS).then_some(first)
    }

    /// Whether token `k` is a short capitalised word before a period: a title ("Mr", "Dr").
    pub(super) fn is_title_word(&self, k: usize) -> bool {
        let t = &self.toks[k];
        let word = t.text(self.text);
        t.is_word() && is_capitalised(word) && word.chars().count() <= 4 && !word.contains('.')
    }

    /// The noun phrase of the words from token `from` up to (not including) `to`.
    pub(in crate::read) fn phrase(&self, from: usize, to: usize) -> Option<Span> {
        let toks = self.toks.get(from..to)?;
        let first = toks.iter().position(|t| t.is_word())?;
        let last = toks.iter().rposition(|t| t.is_word() || t.is_punct(')'))?;
        (first <= last).then(|| Span::new(toks[first].span.start, toks[last].span.end))
    }

    /// A noun phrase starting at token `from`: words up to a comma, full stop or clause word.
    pub(in crate::read) fn phrase_after(&self, from: usize) -> Option<Span> {
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
            // "a statement from the mayor's office": what a document comes from is its author.
            let from_author = w == "from"
                && end > from
                && self
                    .word(end - 1)
                    .is_some_and(|p| is_in(DOCUMENT_NOUNS, &p));
            if end > from && (is_in(CLAUSE_STOPS, &w) && w != "of" && !from_author || is_in(BE, &w))
            {
                break;
            }
            // "a letter seen by the paper", "a report published in May": a participle after
            // the noun ends the phrase.
            let participle = end > from
                && !is_capitalised(t.text(self.text))
                && (looks_like_past_verb(&w)
                    && self.word(end + 1).is_some_and(|n| is_in(CLAUSE_STOPS, &n))
                    || w.ends_with('n') && self.word(end + 1).as_deref() == Some("by"))
                && self.word(end - 1).is_some_and(|p| !is_in(DETERMINERS, &p));
            if participle {
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

    /// No reporting verb: the subject of the sentence the quote is in.
    pub(in crate::read) fn sentence_subject(&self, at: usize) -> Option<Attribution> {
        let start = self.intro_end(at);
        // "Likening the plan to a ‘sham’, she attacked …": a quote inside a participle
        // phrase opening the sentence; the participle is no name, the subject follows the
        // phrase's comma.
        if start <= 1 && self.participle_opens() {
            let end = self.toks.len().min(at + MAX_PHRASE_AFTER_QUOTE);
            let comma = (at..end).find(|&k| self.toks[k].is_punct(','))?;
            return self.subject_from(comma + 1, self.toks.len());
        }
        self.subject_from(start, at)
    }

    /// Whether the sentence opens (maybe after a conjunction) with a participle and a
    /// lower-case word after it: "Referring to …", "Pressed on …", never a name.
    fn participle_opens(&self) -> bool {
        let base = usize::from(self.word(0).as_deref().is_some_and(is_coordinator));
        let Some(first) = self.word(base) else {
            return false;
        };
        let participle =
            (first.ends_with("ing") && first.chars().count() > 5) || looks_like_past_verb(&first);
        participle
            && self.toks.get(base + 1).is_some_and(|t| {
                t.is_word()
                    && !is_capitalised(t.text(self.text))
                    && t.span.start > self.toks[base].span.end
            })
    }

    /// The subject of the clause that holds the verb at token `at`: the sentence's subject,
    /// or, in a sentence a subordinator opens with no comma before `at` ("While the firm has
    /// apologised … and said …"), the subject right after the subordinator.
    fn clause_subject(&self, at: usize) -> Option<Span> {
        let first = self.word(0).unwrap_or_default();
        let subordinator = is_in(SUBORDINATORS, &first);
        let start = match self.toks[..at].iter().position(|t| t.is_punct(',')) {
            None if subordinator => 1,
            _ => self.intro_end(at),
        };
        self.subject_from(start, at).and_then(|a| a.speaker_span)
    }

    /// The subject of the clause a subordinator opening the sentence starts ("While Dana
    /// Reyes did not say so, she …" gives "Dana Reyes"), when a comma closes that clause.
    pub(super) fn opening_clause_subject(&self) -> Option<Span> {
        let first = self.word(0)?;
        if !is_in(SUBORDINATORS, &first) {
            return None;
        }
        let comma = self.toks.iter().position(|t| t.is_punct(','))?;
        self.subject_from(1, comma).and_then(|a| a.speaker_span)
    }

    /// The subject of the sentence read from token `start`, before the quote at `at`.
    fn subject_from(&self, start: usize, at: usize) -> Option<Attribution> {
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
                // "Sir Bobby’s heartbroken family": a possessive name takes a noun after it.
                && !self.toks[end - 1].text(self.text).ends_with("’s")
                && !self.toks[end - 1].text(self.text).ends_with("'s")
                && (start + 1..end).all(|k| {
                    let tok = &self.toks[k];
                    tok.is_punct('.') || (tok.is_word() && is_capitalised(tok.text(self.text)))
                });
            if after_titled_name {
                break;
            }
            if t.is_word()
                && end > start
                && (is_auxiliary(&w)
                    || self.speech_verb_after_subject(end)
                    || (is_in(CLAUSE_STOPS, &w)
                        && !capitalised
                        // "Regional Director for Africa Dana Reyes": a title's "for" or "of".
                        && !(matches!(w.as_str(), "for" | "of") && self.links_title(end)))
                    || (looks_like_past_verb(&w) && !capitalised)
                    || is_ly_adverb(&w))
            {
                break;
            }
            end += 1;
            // "He drew a comparison, noting …": a pronoun is the whole subject.
            if end == start + 1 && is_pronoun(&w) {
                break;
            }
        }
        // "Translation: the bank will …", "Update: …": a label opening the sentence with a
        // colon is no subject, unless the quote follows it ("Dana Reyes: “…”"); the subject
        // is read after it.
        let colon = self.toks.get(end).is_some_and(|t| t.is_punct(':'));
        let opens = start == 0 || !self.toks[start - 1].is_word();
        if colon && opens && end > start && end + 1 < at {
            return self.subject_from(end + 1, at);
        }
        // "The mayor, Dana Reyes, didn’t hold back": the name set off after a role.
        if self.toks.get(end).is_some_and(|t| t.is_punct(',')) {
            let close = (end + 1..at.min(end + 8)).find(|&c| self.toks[c].is_punct(','));
            if let Some(name) = close.and_then(|c| self.name_after_role(end, c)) {
                return Some(Attribution {
                    speaker: name.slice(self.text).to_string(),
                    speaker_span: Some(name),
                    basis: AttributionBasis::SentenceSubject,
                    ..Attribution::default()
                });
            }
        }
        let speaker = self.phrase(start, end.min(start + MAX_SPEAKER_WORDS))?;
        // "On using anonymous sourcing: “…”": a topic, not a subject.
        let first = speaker
            .slice(self.text)
            .split_whitespace()
            .next()
            .unwrap_or("");
        // "WHO Director General …": an acronym is no clause opener.
        let acronym = first.chars().count() >= 2 && first.chars().all(|c| c.is_ascii_uppercase());
        let stop = !acronym && is_in(CLAUSE_STOPS, &first.to_lowercase());
        if stop || !can_name_speaker(speaker.slice(self.text)) {
            return None;
        }
        Some(Attribution {
            speaker: speaker.slice(self.text).to_string(),
            speaker_span: Some(speaker),
            basis: AttributionBasis::SentenceSubject,
            ..Attribution::default()
        })
    }

    /// Whether token `k` is a finite verb of saying after a subject's last word: "Dana Reyes
    /// says the firm …", "the mayor writes", not "the claims", "the council's warns" or a
    /// base form ("the report").
    fn speech_verb_after_subject(&self, k: usize) -> bool {
        let t = &self.toks[k];
        let written = t.text(self.text);
        let Some(verb) = reporting_verb(written) else {
            return false;
        };
        let w = written.to_lowercase();
        let finite =
            w != verb.lemma && !w.ends_with("ing") && (w.ends_with('s') || !w.ends_with("ed"));
        let prev = k.checked_sub(1).map(|p| &self.toks[p]);
        let after_subject = prev.is_some_and(|p| {
            let pw = lower(p, self.text);
            p.is_word() && !is_in(DETERMINERS, &pw) && !pw.ends_with("'s") && !pw.ends_with("’s")
        });
        finite && after_subject && !is_capitalised(written) && is_in(SAYING, verb.lemma)
    }

    /// Where the sentence's subject may start: after an introductory phrase ending in a comma
    /// ("In Washington this week, NATO members …"), if that comma comes before `at`.
    fn intro_end(&self, at: usize) -> usize {
        if let Some(after) = self.dateline_end(at) {
            return after;
        }
        // "But Reyes was not convinced": a conjunction opening the sentence is no subject.
        let base = usize::from(self.word(0).as_deref().is_some_and(is_coordinator));
        let first_word = self.word(base).unwrap_or_default();
        // "Asked about those marks, Guardiola said": a past participle opening the sentence,
        // followed by a lower-case word, is an introductory phrase, not a name.
        let participle_opener = looks_like_past_verb(&first_word)
            && self.toks.get(base + 1).is_some_and(|t| {
                t.is_word()
                    && !is_capitalised(t.text(self.text))
                    && t.span.start > self.toks[base].span.end
            });
        // "Yesterday, Vance arrived", "Separately, …": a word of time or an adverb set off
        // by a comma.
        let adverb_opener = self.toks.get(base + 1).is_some_and(|t| t.is_punct(','))
            && (is_in(BETWEEN_SUBJECT_AND_VERB, &first_word)
                || is_in(WEEKDAYS_AND_MONTHS, &first_word)
                || is_ly_adverb(&first_word));
        let intro = is_in(CLAUSE_STOPS, &first_word)
            || first_word.ends_with("ing")
            || participle_opener
            || adverb_opener
            || matches!(
                first_word.as_str(),
                "meanwhile" | "however" | "earlier" | "later" | "last" | "this" | "on" | "in"
            );
        if !intro {
            return base;
        }
        let Some(mut comma) = self.toks[..at].iter().position(|t| t.is_punct(',')) else {
            return base;
        };
        // "Talking on Friday, amid reports that …, Reyes spent": a second opening phrase,
        // a preposition set off by commas, before the subject.
        for _ in 0..MAX_OPENING_PHRASES {
            let opens_phrase = self.word(comma + 1).is_some_and(|w| {
                is_in(CLAUSE_STOPS, &w) || matches!(w.as_str(), "amid" | "amidst" | "despite")
            });
            let next = (comma + 2..at).find(|&k| self.toks[k].is_punct(','));
            match next {
                Some(n) if opens_phrase => comma = n,
                _ => break,
            }
        }
        comma + 1
    }

    /// The token after a dateline ("MANCHESTER, England — …", "LONDON (Reuters) - …"): a
    /// place in capitals opening the sentence, a comma or a bracket after it, then a spaced
    /// dash, all before `at`. A name in capitals and a dash alone ("NATO — the alliance —")
    /// is no dateline.
    fn dateline_end(&self, at: usize) -> Option<usize> {
        let first = self.toks.first()?;
        let word = first.text(self.text);
        let capitals = first.is_word()
            && word.chars().filter(|c| c.is_alphabetic()).count() >= 3
            && !word.chars().any(char::is_lowercase);
        if !capitals {
            return None;
        }
        let dash = self
            .toks
            .iter()
            .take(MAX_DATELINE.min(at))
            .position(|t| matches!(t.kind, TokKind::Punct('—' | '–' | '-')))?;
        let spaced = self.text[..self.toks[dash].span.start].ends_with(char::is_whitespace);
        let place = self.toks[..dash].iter().all(|t| {
            t.is_punct(',')
                || t.is_punct('(')
                || t.is_punct(')')
                || t.is_punct('.')
                || (t.is_word() && is_capitalised(t.text(self.text)))
        });
        let set_off = self.toks[..dash]
            .iter()
            .any(|t| t.is_punct(',') || t.is_punct('('));
        (spaced && place && set_off && dash + 1 < at).then_some(dash + 1)
    }
}

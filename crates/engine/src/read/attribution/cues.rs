//! Where an attribution sits around a quote: the clause before it, a verb right after it, a
//! signature after a dash, or "according to"; and a pronoun speaker resolved within the
//! sentence.
//!
//! This file reads one sentence window; it does not pick subjects (`subject`), resolve
//! speakers across sentences (`resolve`) or find quotes with no cue of their own (`passage`).

use super::clause::{
    can_name_speaker, is_auxiliary, is_capitalised, is_coordinator, is_in, is_pronoun,
    looks_like_past_verb, lower, names_someone, Clause, Form, VerbHit, MAX_SPEAKER_WORDS,
};
use super::resolve::fits_pronoun;
use crate::lexicon::grammar::{
    is_ly_adverb, AUX, BE, BETWEEN_SUBJECT_AND_VERB, CLAUSE_STOPS,
    UNAMBIGUOUS_DETERMINERS as DETERMINERS,
};
use crate::lexicon::people::GENERIC_PEOPLE;
use crate::lexicon::speech::{DOCUMENT_NOUNS, SIGN_NOUNS, SIGN_VERBS};
use crate::lexicon::verbs::reporting_verb;
use crate::read::attribution_record::Attribution;
use crate::read::tokens::{Tok, TokKind};
use crate::report::AttributionBasis;
use crate::span::Span;

/// Tokens the subject of a coordinated clause may have ("Mr. Trump": three with the period).
const MAX_COORDINATED_SUBJECT: usize = 6;

/// Tokens an appositive between a speaker's name and the verb after a quote may have.
const MAX_APPOSITIVE: usize = 24;

impl Clause<'_> {
    /// The verb and speaker of the clause that leads up to the quote at token `at`.
    pub(super) fn before(&self, at: usize) -> Option<Attribution> {
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
        let speaker = if main.by_agent {
            self.phrase_after(main.at + main.len)
        } else {
            self.that_clause_subject(main, at)
                .or_else(|| self.subject_of(main))
        };
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
        // A noun phrase: a lower-case word follows a determiner or a possessive ("the
        // ministry", "Boeing's board"), never a bare name ("Boeing believes" is a clause).
        let mut modified = false;
        let noun_phrase = self.toks[from + 1..at].iter().all(|t| {
            let word = t.text(self.text);
            let w = word.to_lowercase();
            let opens = is_in(DETERMINERS, &w) || w.ends_with("'s") || w.ends_with("’s");
            let ok = modified || opens || is_capitalised(word);
            modified |= opens;
            ok
        });
        (lowercase_start && plain_phrase && noun_phrase)
            .then(|| self.phrase(from + 1, at))
            .flatten()
    }

    /// A pronoun speaker ("in which they “strongly” condemned") resolved to the subject that
    /// opens the same sentence, when that is a different, fuller phrase.
    pub(super) fn resolve_in_sentence(&self, attribution: &mut Attribution, at: usize) {
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
        // "Guardiola was asked …, and he replied": a lone capitalised word that a "he" or
        // "she" can stand for (not an organisation or a document) is a surname.
        let singular = matches!(attribution.speaker.to_lowercase().as_str(), "he" | "she");
        let surname = singular
            && is_capitalised(written)
            && !written.contains(' ')
            && written.chars().any(char::is_lowercase)
            && fits_pronoun(&attribution.speaker, written);
        if !is_pronoun(written) && (names_someone(written) || person || surname) {
            attribution.resolved_speaker = Some(written.to_string());
        }
    }

    /// "“…,” the spokesperson said" / "“…,” said Kim": a verb right after the quote.
    pub(super) fn after(&self, at: usize) -> Option<Attribution> {
        // "“…,” one resident, who asked not to be named, said": a relative clause's verb
        // reports nothing of the quote.
        let hit = self
            .verbs
            .iter()
            .find(|v| v.at > at && v.form != Form::According && !v.relative)?;
        if self.toks[at + 1..hit.at]
            .iter()
            .any(|t| matches!(t.kind, TokKind::Quote(_)) || t.is_punct('.'))
        {
            return None;
        }
        // "“…,” Vance was quoted as saying.": the passive's subject speaks.
        if let Some(subject) = self.quoted_as_subject(*hit) {
            let close = self.toks[at + 1..hit.at]
                .iter()
                .all(|t| t.is_word() || t.is_punct(','));
            if close {
                return Some(self.build(*hit, Some(subject), AttributionBasis::Verb));
            }
        }
        // "“…”, this is what she announced on Friday": the subject after "what" speaks.
        if let Some(what) = self.cleft_what(at, hit.at) {
            let speaker = self.phrase(what + 1, hit.at);
            return Some(self.build(*hit, speaker, AttributionBasis::Verb));
        }
        // "“…,” John Smith, a spokesman for the ministry, said": the name before the
        // appositive; the appositive may be long ("the 81-year-old, the only surviving member
        // of Alf Ramsey's heroes, wrote"), when a comma closes it right before the verb.
        let name_end = self.toks[at + 1..hit.at]
            .iter()
            .enumerate()
            .skip_while(|(_, t)| !t.is_word())
            .find(|(_, t)| t.is_punct(','))
            .map_or(hit.at, |(k, _)| at + 1 + k);
        let appositive = name_end < hit.at && self.toks[hit.at - 1].is_punct(',');
        // "“…,” the firm’s chief executive, Tom Vance, told …": the name set off after a
        // role speaks.
        if appositive {
            if let Some(name) = self.name_after_role(name_end, hit.at - 1) {
                return Some(self.build(*hit, Some(name), AttributionBasis::Verb));
            }
        }
        // "“relished” her work, the judge told the court": words of the writer's sentence,
        // then a closing clause after a comma (`trailing`), not a name.
        if name_end < hit.at && !appositive {
            return None;
        }
        let reach = if appositive {
            name_end + MAX_APPOSITIVE
        } else {
            at + 1 + MAX_SPEAKER_WORDS
        };
        if hit.at > reach || name_end > at + 1 + MAX_SPEAKER_WORDS {
            return None;
        }
        // Between the quote and the verb there may only be the speaker's name: "“…,” which I
        // think" is a new clause, not an attribution.
        // "a lawyer for Acme Corp", "a spokesman of the ministry": "for" or "of" after a
        // person's role belongs to the speaker phrase.
        let role_link = |k: usize| k > at + 1 && self.links_description(k);
        if (at + 1..name_end).any(|k| {
            let t = &self.toks[k];
            t.is_word() && is_in(CLAUSE_STOPS, &lower(t, self.text)) && !role_link(k)
        }) {
            return None;
        }
        // "… for “missing the mark” and said …": a verb coordinated after the quote shares
        // the subject of the clause's first verb; the conjunction is no speaker.
        if self.word(at + 1).as_deref().is_some_and(is_coordinator) {
            let speaker = self.subject_of(*hit);
            return Some(self.build(*hit, speaker, AttributionBasis::Verb));
        }
        // "“…,” Dana Reyes reportedly said", "“…,” she later told": words between a subject
        // and its verb are no part of the name.
        let mut name_end = name_end;
        while name_end > at + 1
            && self.word(name_end - 1).is_some_and(|w| {
                is_in(BETWEEN_SUBJECT_AND_VERB, &w)
                    || is_auxiliary(&w)
                    || (is_ly_adverb(&w)
                        && !is_capitalised(self.toks[name_end - 1].text(self.text)))
            })
        {
            name_end -= 1;
        }
        let between = self.phrase(at + 1, name_end);
        let speaker = match between {
            Some(s) => Some(s),
            None if self.sets_off(at) => self.phrase_after(hit.at + hit.len),
            // They “strongly” condemned …: the quote sits inside the clause.
            None => self.subject_of(*hit),
        };
        Some(self.build(*hit, speaker, AttributionBasis::Verb))
    }

    /// The token of "what" in "“…”, this is what she said": between the quote at `at` and
    /// the verb at `verb` only a comma, "this", "that" or "it", a form of "be", "what" and
    /// a subject of at most a few words.
    fn cleft_what(&self, at: usize, verb: usize) -> Option<usize> {
        let mut k = at + 1;
        if self.toks.get(k).is_some_and(|t| t.is_punct(',')) {
            k += 1;
        }
        let pointer = self.word(k)?;
        if !matches!(pointer.as_str(), "this" | "that" | "it" | "which") {
            return None;
        }
        let be = self.word(k + 1)?;
        if !matches!(be.as_str(), "is" | "was" | "'s" | "’s") || self.word(k + 2)? != "what" {
            return None;
        }
        let what = k + 2;
        let subject = verb.checked_sub(what + 1)?;
        (1..=MAX_SPEAKER_WORDS).contains(&subject).then_some(what)
    }

    /// "“…”—Hugo." / "“…” -- Jane Doe, President": a name after a dash closing the quote.
    pub(super) fn signature(&self, at: usize) -> Option<Attribution> {
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
        if !can_name_speaker(speaker.slice(self.text)) {
            return None;
        }
        Some(Attribution {
            speaker: speaker.slice(self.text).to_string(),
            speaker_span: Some(speaker),
            basis: AttributionBasis::Signature,
            ..Attribution::default()
        })
    }

    /// "‘Unacceptable’: Dana Reyes's memo to staff": a quote followed by a name's document
    /// (a headline's way of crediting it) is the name's.
    pub(super) fn owner_after(&self, at: usize) -> Option<Attribution> {
        let mut k = at + 1;
        while self
            .toks
            .get(k)
            .is_some_and(|t| matches!(t.kind, TokKind::Punct(':' | ',' | '-' | '–' | '—')))
        {
            k += 1;
        }
        let from = k;
        while k < self.toks.len() && k - from < MAX_SPEAKER_WORDS {
            let t = &self.toks[k];
            let title_period = t.is_punct('.') && k > from && self.is_title_word(k - 1);
            if !(title_period || (t.is_word() && is_capitalised(t.text(self.text)))) {
                return None;
            }
            let written = t.text(self.text);
            let bare = written
                .strip_suffix("'s")
                .or_else(|| written.strip_suffix("’s"));
            if let Some(bare) = bare.filter(|b| !b.is_empty()) {
                let document = self.word(k + 1).is_some_and(|w| is_in(DOCUMENT_NOUNS, &w));
                if !document {
                    return None;
                }
                let span = Span::new(self.toks[from].span.start, t.span.start + bare.len());
                return Some(Attribution {
                    speaker: span.slice(self.text).to_string(),
                    speaker_span: Some(span),
                    basis: AttributionBasis::SentenceSubject,
                    ..Attribution::default()
                })
                .filter(|a| can_name_speaker(&a.speaker));
            }
            k += 1;
        }
        None
    }

    /// "The strain has been labelled “the worst yet” by one expert", "was described as
    /// “reckless” by critics": a passive participle (maybe with "as") right before the quote
    /// and "by" right after it; the agent said it.
    pub(super) fn passive_agent(&self, at: usize) -> Option<Attribution> {
        if self.word(at + 1)? != "by" {
            return None;
        }
        let mut k = at.checked_sub(1)?;
        if self.word(k)? == "as" {
            k = k.checked_sub(1)?;
        }
        let participle = self.word(k)?;
        let passive = (looks_like_past_verb(&participle) || reporting_verb(&participle).is_some())
            && k.checked_sub(1)
                .and_then(|b| self.word(b))
                .is_some_and(|b| is_in(BE, &b) || b == "been" || b == "being");
        if !passive {
            return None;
        }
        let agent = self.phrase_after(at + 2)?;
        if !can_name_speaker(agent.slice(self.text)) {
            return None;
        }
        let mut found = Attribution {
            speaker: agent.slice(self.text).to_string(),
            speaker_span: Some(agent),
            basis: AttributionBasis::Verb,
            ..Attribution::default()
        };
        // The verb is kept when it is one of reporting ("described"), for the verb tables.
        let verb = self.toks[k];
        if let Some(v) = reporting_verb(verb.text(self.text)) {
            found.verb = verb.text(self.text).to_string();
            found.verb_span = Some(verb.span);
            found.verb_lemma = v.lemma.to_string();
            found.verb_category = Some(v.category);
        }
        Some(found)
    }

    /// "Vance's ‘we will win’ speech", "her ‘never again’ message": a quote between a
    /// possessive and a noun for a speech or a text is the possessor's words.
    pub(super) fn possessor_of_speech(&self, at: usize) -> Option<Attribution> {
        let document = self.word(at + 1).is_some_and(|w| is_in(DOCUMENT_NOUNS, &w));
        let k = at.checked_sub(1)?;
        let t = &self.toks[k];
        if !document || !t.is_word() {
            return None;
        }
        let written = t.text(self.text);
        let span = if let Some(bare) = written
            .strip_suffix("'s")
            .or_else(|| written.strip_suffix("’s"))
            .filter(|b| is_capitalised(b))
        {
            // The name the possessive ends: "Dana Reyes's" → "Dana Reyes".
            let mut start = k;
            while start > 0
                && start + MAX_SPEAKER_WORDS > k
                && self.toks[start - 1].is_word()
                && is_capitalised(self.toks[start - 1].text(self.text))
            {
                start -= 1;
            }
            Some(Span::new(
                self.toks[start].span.start,
                t.span.start + bare.len(),
            ))
        } else {
            None
        };
        // "her ‘…’ message": the pronoun the possessive stands for, resolved later (no span:
        // the text does not write it).
        let speaker = match span {
            Some(s) => s.slice(self.text).to_string(),
            None => match written.to_lowercase().as_str() {
                "his" => "he".to_string(),
                "her" => "she".to_string(),
                "their" => "they".to_string(),
                _ => return None,
            },
        };
        can_name_speaker(&speaker).then(|| Attribution {
            speaker,
            speaker_span: span,
            basis: AttributionBasis::SentenceSubject,
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
    pub(super) fn according_to(&self) -> Option<Attribution> {
        let hit = self.verbs.iter().find(|v| v.form == Form::According)?;
        let speaker = self.phrase_after(hit.at + hit.len);
        speaker?;
        Some(self.build(*hit, speaker, AttributionBasis::AccordingTo))
    }
}

impl Clause<'_> {
    /// Whether the quote at token `at` is the words of a sign, not a person: "a placard that
    /// read “…”", "a banner reading “…”", "“…,” read one placard".
    pub(super) fn sign_quotes(&self, at: usize) -> bool {
        let is_sign = |k: usize| self.word(k).is_some_and(|w| is_in(SIGN_NOUNS, &w));
        let is_verb = |k: usize| self.word(k).is_some_and(|w| is_in(SIGN_VERBS, &w));
        // Before: SIGN [that|which] VERB [:|,] QUOTE.
        let mut k = at;
        while k > 0 && matches!(self.toks[k - 1].kind, TokKind::Punct(':' | ',')) {
            k -= 1;
        }
        if k > 0 && is_verb(k - 1) {
            let mut n = k - 1;
            if n > 0 && matches!(self.word(n - 1).as_deref(), Some("that" | "which")) {
                n -= 1;
            }
            if n > 0 && is_sign(n - 1) {
                return true;
            }
        }
        // After: QUOTE [,] VERB [a|one|the|another] [word] SIGN.
        let mut k = at + 1;
        if self.toks.get(k).is_some_and(|t| t.is_punct(',')) {
            k += 1;
        }
        is_verb(k) && (k + 1..(k + 4).min(self.toks.len())).any(is_sign)
    }

    /// A clause that closes the quote's sentence after a comma, "…, Dana Reyes told the
    /// paper.": a noun phrase, a finite reporting verb and at most a short object, then the
    /// end of the sentence. The phrase is the speaker of a quote anywhere before the comma.
    pub(super) fn trailing(&self, at: usize) -> Option<Attribution> {
        let verb = self
            .verbs
            .iter()
            .find(|v| v.at > at + 1 && v.form == Form::Finite && !v.relative && !v.by_agent)?;
        let comma = (at + 1..verb.at)
            .rev()
            .find(|&k| self.toks[k].is_punct(','))?;
        if verb.at - comma - 1 > MAX_SPEAKER_WORDS {
            return None;
        }
        // The subject: nothing but a noun phrase between the comma and the verb.
        let subject = self.phrase_ending_at(verb.at - 1)?;
        if subject.start != self.toks.get(comma + 1)?.span.start {
            return None;
        }
        // The rest: a short object ("the paper", "reporters", "on Tuesday"), then the end.
        let rest = &self.toks[verb.at + verb.len..];
        let end = rest
            .iter()
            .position(|t| !t.is_word() && !t.is_punct('’') && !t.is_punct('\''))
            .unwrap_or(rest.len());
        // The end of the sentence, or a colon before the next quotation ("…, the judge told
        // the court: “…”").
        let closes = rest
            .get(end)
            .is_none_or(|t| matches!(t.kind, TokKind::Punct('.' | '!' | '?' | ':')));
        (end <= 4 && closes).then(|| self.build(*verb, Some(subject), AttributionBasis::Verb))
    }
}

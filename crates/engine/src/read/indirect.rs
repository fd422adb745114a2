//! Reported (indirect) speech: what a source says someone said, without quote marks.
//!
//! Recognised in sentences that hold no direct quotation, from the reporting verb's
//! complement:
//! - a "that" clause: "He said that the situation requires …", "told reporters on Saturday
//!   that …";
//! - a bare clause after a verb of saying: "the spokesperson said the declaration incites …";
//! - an infinitive after a verb of promising: "vowed to deter aggression …";
//! - a "for"/"of" + "-ing" phrase after a verb of blaming: "condemned North Korea for fueling
//!   Russia's war …";
//! - a trailing attribution: "…, according to the statement." / "…, Yonhap News reported."
//!
//! The speaker comes from the same reader as direct quotations (`attribution`), and is resolved
//! with them in text order. This module does not judge whether the report is accurate.

use crate::lexicon::grammar::{
    is_ly_adverb, AUX, BE, CLAUSE_STOPS, PRONOUNS, QUANTIFIERS,
    UNAMBIGUOUS_DETERMINERS as DETERMINERS,
};
use crate::lexicon::speech::{BARE_CLAUSE, BLAMING, PROMISING, SAYING};
use crate::read::attribution::{
    is_capitalised, is_in, is_negation, looks_like_past_verb, Attribution, Clause, Form, VerbHit,
};
use crate::read::quotes::Quotation;
use crate::read::tokens::{tokenize, QuoteIndex, TokKind};
use crate::report::AttributionBasis;
use crate::span::Span;
use crate::text::{self, TextModel};

/// One piece of reported speech.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IndirectSpeech {
    /// The reported content, as written.
    pub span: Span,
    /// The sentence it is in (index into the text model's sentences).
    pub sentence: usize,
    pub attribution: Attribution,
    /// Whether it lies in a boilerplate region.
    pub in_boilerplate: bool,
}

/// Bytes of a sentence read for reported speech.
const WINDOW: usize = 1500;
/// Tokens between a verb and the "that" of its clause ("told reporters on Saturday that").
const MAX_TO_THAT: usize = 7;
/// Words reported content must have.
const MIN_WORDS: usize = 3;

/// Finds reported speech in every sentence without a direct quotation.
pub fn find(text: &str, model: &TextModel, quotes: &[Quotation]) -> Vec<IndirectSpeech> {
    let index = QuoteIndex::new(quotes);
    let mut out = Vec::new();
    for (i, sentence) in model.sentences.iter().enumerate() {
        if index.overlapping(sentence.span).next().is_some() {
            continue;
        }
        let window = Span::new(
            sentence.span.start,
            sentence.span.end.min(sentence.span.start + WINDOW),
        );
        let toks = tokenize(text, window, &index);
        if toks.iter().any(|t| matches!(t.kind, TokKind::Quote(_))) {
            continue;
        }
        let clause = Clause::new(text, &toks);
        if let Some((span, attribution)) = reported(&clause) {
            out.push(IndirectSpeech {
                span,
                sentence: i,
                attribution,
                in_boilerplate: false,
            });
        }
    }
    out
}

/// The reported content and its attribution in one sentence, if any.
fn reported(clause: &Clause<'_>) -> Option<(Span, Attribution)> {
    for hit in clause
        .verbs
        .iter()
        .filter(|v| v.form == Form::Finite && !v.relative)
    {
        // "He doesn't say that …", "she never claimed …": a negated verb reports no claim.
        if negated(clause, hit) {
            continue;
        }
        if let Some(content) = complement(clause, hit) {
            let content = cut_trailing_attribution(clause, content)?;
            let attribution = clause.build(*hit, clause.subject_of(*hit), AttributionBasis::Verb);
            // No one speaks ("and", "who" are no speakers): no reported speech.
            attribution.speaker_span?;
            return Some((content, attribution));
        }
    }
    trailing(clause)
}

/// Words an adverb may have between a negation and its verb ("did not explicitly say").
const MAX_ADVERBS_AFTER_NEGATION: usize = 2;

/// Whether the verb at `hit` is negated: "not", "never" or a negated auxiliary right before
/// it, over at most a couple of adverbs ("didn't explicitly say", "has not yet said").
fn negated(clause: &Clause<'_>, hit: &VerbHit) -> bool {
    let mut k = hit.at;
    for _ in 0..=MAX_ADVERBS_AFTER_NEGATION {
        let Some(w) = k.checked_sub(1).and_then(|p| clause.word(p)) else {
            return false;
        };
        if is_negation(&w) {
            return true;
        }
        let adverb = is_ly_adverb(&w) || matches!(w.as_str(), "yet" | "ever" | "even" | "also");
        if !adverb {
            return false;
        }
        k -= 1;
    }
    false
}

/// The content a verb introduces, as a token range.
fn complement(clause: &Clause<'_>, hit: &VerbHit) -> Option<(usize, usize)> {
    let toks = clause.toks;
    let after = hit.at + hit.len;
    let end = toks.len();
    if is_in(SAYING, hit.lemma) {
        let limit = end.min(after + MAX_TO_THAT + 1);
        for (k, tok) in toks.iter().enumerate().take(limit).skip(after) {
            // "said the pumps were fixed, adding that …": a "that" after another reporting
            // verb opens that verb's clause.
            if !tok.is_word() && !tok.is_punct(',') || clause.verbs.iter().any(|v| v.at == k) {
                break;
            }
            if clause.word(k).as_deref() == Some("that") {
                return Some((k + 1, end));
            }
        }
        let next = clause.word(after)?;
        let opens_clause = is_in(DETERMINERS, &next)
            || is_in(PRONOUNS, &next)
            || is_in(QUANTIFIERS, &next)
            || next.starts_with(|c: char| c.is_ascii_digit())
            || (is_capitalised(toks[after].text(clause.text)) && next != "i")
            || bare_noun_subject(clause, after);
        if opens_clause && is_in(BARE_CLAUSE, hit.lemma) && has_verb(clause, after, end) {
            return Some((after, end));
        }
    }
    if is_in(PROMISING, hit.lemma) {
        let to = (after..end.min(after + 5)).find(|&k| clause.word(k).as_deref() == Some("to"))?;
        return Some((to, end));
    }
    if is_in(BLAMING, hit.lemma) {
        let limit = end.min(after + 12);
        for k in after..limit {
            let w = clause.word(k)?;
            if (w == "for" || w == "of") && clause.word(k + 1).is_some_and(|n| n.ends_with("ing")) {
                return Some((k + 1, end));
            }
        }
    }
    None
}

/// Words a bare noun phrase may have before its verb ("said significant efforts are …").
const MAX_BARE_SUBJECT: usize = 3;

/// Whether a subject with no determiner opens a clause at token `from`: at most a few words
/// in lower case, none a verb, then a form of "be" or an auxiliary ("said new cases are
/// rising", "said prices will fall").
fn bare_noun_subject(clause: &Clause<'_>, from: usize) -> bool {
    (from + 1..=from + MAX_BARE_SUBJECT).any(|k| {
        clause
            .word(k)
            .is_some_and(|w| is_in(BE, &w) || is_in(AUX, &w))
            && (from..k).all(|j| {
                clause.word(j).is_some_and(|w| {
                    !is_capitalised(clause.toks[j].text(clause.text))
                        && !is_in(BE, &w)
                        && !is_in(AUX, &w)
                        && !is_in(CLAUSE_STOPS, &w)
                        && !looks_like_past_verb(&w)
                        && !w.ends_with("ly")
                        && !clause.verbs.iter().any(|v| v.at == j)
                })
            })
    })
}

/// Whether the words from token `from` up to the first comma (or `end`) read as a clause:
/// a pronoun subject, or a word that can be its finite verb (a form of "be", an auxiliary, a
/// past tense, a third-person "-s"). "will conclude no later than Feb 7" has none: the verb
/// is used without a clause.
fn has_verb(clause: &Clause<'_>, from: usize, end: usize) -> bool {
    if clause
        .word(from)
        .is_some_and(|w| is_in(PRONOUNS, &w) || is_in(QUANTIFIERS, &w))
    {
        return true;
    }
    (from..end)
        .take_while(|&k| !clause.toks[k].is_punct(',') && !clause.toks[k].is_punct(';'))
        .filter_map(|k| {
            let written = clause.toks[k].text(clause.text);
            clause.word(k).filter(|_| !is_capitalised(written))
        })
        .any(|w| {
            is_in(BE, &w)
                || is_in(AUX, &w)
                || looks_like_past_verb(&w)
                || (w.len() > 3 && w.ends_with('s') && !w.ends_with("ss"))
        })
}

/// Drops a trailing ", X reported" or ", according to X" from content, and the final stop.
fn cut_trailing_attribution(clause: &Clause<'_>, (from, to): (usize, usize)) -> Option<Span> {
    let mut to = to;
    if let Some(comma) = trailing_attribution_comma(clause, from) {
        to = to.min(comma);
    }
    content_span(clause, from, to)
}

/// Tokens `from..to` as a span, without trailing punctuation; `None` if too short.
fn content_span(clause: &Clause<'_>, from: usize, to: usize) -> Option<Span> {
    let toks = clause.toks.get(from..to)?;
    let last = toks
        .iter()
        .rposition(|t| t.is_word() || t.is_punct(')') || t.is_punct('%'))?;
    let span = Span::new(toks.first()?.span.start, toks[last].span.end);
    (text::words(clause.text, span).count() >= MIN_WORDS).then_some(span)
}

/// The comma that starts a closing attribution (", Yonhap News reported.", ", according to
/// the statement."), if the sentence ends with one.
fn trailing_attribution_comma(clause: &Clause<'_>, from: usize) -> Option<usize> {
    let toks = clause.toks;
    let comma = toks.iter().rposition(|t| t.is_punct(','))?;
    if comma < from {
        return None;
    }
    let hit = clause.verbs.iter().find(|v| v.at > comma)?;
    let saying = hit.form == Form::According || is_in(SAYING, hit.lemma);
    let words_between = hit.at - comma - 1;
    let rest_plain = toks[hit.at + hit.len..]
        .iter()
        .all(|t| t.is_word() || t.is_punct('.') || t.is_punct('(') || t.is_punct(')'));
    (saying && words_between <= 8 && rest_plain).then_some(comma)
}

/// "…, according to the statement." / "…, Yonhap News reported.": content before the comma.
fn trailing(clause: &Clause<'_>) -> Option<(Span, Attribution)> {
    let comma = trailing_attribution_comma(clause, 0)?;
    let hit = *clause.verbs.iter().find(|v| v.at > comma)?;
    // "…, saying it would …", "…, adding to the worries": a participle continues the
    // sentence's own clause; it attributes nothing before the comma.
    if hit.form == Form::Participle {
        return None;
    }
    let content = content_span(clause, 0, comma)?;
    let (speaker, basis) = if hit.form == Form::According {
        (
            clause.phrase_after(hit.at + hit.len),
            AttributionBasis::AccordingTo,
        )
    } else {
        // ", the Football Association has announced.": the auxiliary is not the speaker's.
        let mut subject_end = hit.at;
        // "…, with a contest in May widely thought …": a phrase after a preposition is no
        // subject, and an adverb before the verb is no part of one.
        while subject_end > comma + 1
            && clause
                .word(subject_end - 1)
                .is_some_and(|w| is_in(AUX, &w) || is_ly_adverb(&w))
        {
            subject_end -= 1;
        }
        if clause
            .word(comma + 1)
            .is_some_and(|w| is_in(CLAUSE_STOPS, &w))
        {
            return None;
        }
        let before = clause.phrase(comma + 1, subject_end);
        (
            before.or_else(|| clause.phrase_after(hit.at + hit.len)),
            AttributionBasis::Verb,
        )
    };
    let attribution = clause.build(hit, speaker, basis);
    attribution.speaker_span?;
    Some((content, attribution))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::quotes::extract;

    fn read(text: &str) -> Vec<(String, String, String)> {
        let model = TextModel::new(text);
        let quotes = extract(text, &model);
        find(text, &model, &quotes)
            .into_iter()
            .map(|s| {
                (
                    s.attribution.speaker.clone(),
                    s.attribution.verb.clone(),
                    s.span.slice(text).to_string(),
                )
            })
            .collect()
    }

    fn row(s: &str, v: &str, c: &str) -> (String, String, String) {
        (s.to_string(), v.to_string(), c.to_string())
    }

    #[test]
    fn a_bare_clause_may_open_with_an_adjective_and_a_noun() {
        let text = "The harbour chief said fresh repairs are underway on the pier.";
        assert_eq!(
            read(text),
            [row(
                "The harbour chief",
                "said",
                "fresh repairs are underway on the pier"
            )]
        );
        let text = "The harbour chief said quietly goodbye to the pier.";
        assert!(read(text).is_empty());
    }

    #[test]
    fn that_clause() {
        // Yonhap, July 13, 2024.
        let text = "He said that the situation requires a new strategy to counter US attempts.";
        assert_eq!(
            read(text),
            [row(
                "He",
                "said",
                "the situation requires a new strategy to counter US attempts"
            )]
        );
    }

    #[test]
    fn a_verb_of_saying_used_without_a_clause_reports_nothing() {
        // cyber-rt.info (Bernama), January 2023: "conclude" here means "end".
        let text = "Her term as prime minister will conclude no later than Feb 7, and she will \
                    leave parliament in April.";
        assert!(read(text).is_empty(), "{:?}", read(text));
        // …while a bare clause with its own verb is still reported speech (NBC News).
        let text = "Ardern, 42, said Thursday afternoon local time she would not seek reelection.";
        assert_eq!(read(text).len(), 1);
    }

    #[test]
    fn goals_conceded_are_no_admission() {
        // PA (the42.ie), November 27, 2024.
        let text = "City’s losing run ended at the Etihad but they conceded three times in the \
                    final 15 minutes on another disappointing night.";
        assert!(read(text).is_empty(), "{:?}", read(text));
        // …while a conceded clause is still reported speech.
        let text = "The manager conceded his side had been fragile all season.";
        assert_eq!(read(text).len(), 1);
    }

    #[test]
    fn bare_clause_with_a_trailing_credit() {
        let text = "In a statement carried by the Korean Central News Agency (KCNA), the \
                    spokesperson said the declaration incites a new Cold War, Yonhap News \
                    reported.";
        assert_eq!(
            read(text),
            [row(
                "the spokesperson",
                "said",
                "the declaration incites a new Cold War"
            )]
        );
    }

    #[test]
    fn relative_clause_in_the_subject() {
        let text = "The declaration that was issued Wednesday stressed that the exports \
                    violate numerous resolutions.";
        assert_eq!(
            read(text),
            [row(
                "The declaration",
                "stressed",
                "the exports violate numerous resolutions"
            )]
        );
    }

    #[test]
    fn infinitive_after_a_promise_and_according_to() {
        let text = "The DPRK vowed to deter aggression and defend peace, according to the \
                    statement. Both sides met, according to the ministry.";
        let got = read(text);
        assert_eq!(
            got[0],
            row("The DPRK", "vowed", "to deter aggression and defend peace")
        );
        assert_eq!(
            got[1],
            row("the ministry", "according to", "Both sides met")
        );
    }

    #[test]
    fn blaming_for_an_action() {
        // Kyiv Independent, July 13, 2024.
        let text = "The document, concluded after the three-day NATO summit, condemned North \
                    Korea and Iran for fueling Russia's full-scale war against Ukraine.";
        assert_eq!(
            read(text),
            [row(
                "The document",
                "condemned",
                "fueling Russia's full-scale war against Ukraine"
            )]
        );
    }

    #[test]
    fn sentences_with_direct_quotes_or_no_speech_are_skipped() {
        let text = "The spokesperson said “we will respond.” The talks ended on Friday.";
        assert!(read(text).is_empty());
    }

    #[test]
    fn a_trailing_attribution_with_an_auxiliary() {
        // ITV News, July 16, 2024.
        let text = "Gareth Southgate is to leave his role as England manager, the Football \
                    Association has announced.";
        assert_eq!(
            read(text),
            [row(
                "the Football Association",
                "announced",
                "Gareth Southgate is to leave his role as England manager"
            )]
        );
    }

    #[test]
    fn a_pronoun_before_the_verb_is_the_whole_subject() {
        // AP, July 14, 2024.
        let text = "His campaign has hinged on warnings of the existential threat he believes \
                    Trump poses to American democracy.";
        assert_eq!(
            read(text),
            [row("he", "believes", "Trump poses to American democracy")]
        );
    }

    #[test]
    fn a_negated_verb_reports_no_claim() {
        for text in [
            "He never said that the pumps were fixed.",
            "She doesn’t says that the bridge has reopened.",
            "The mayor didn't explicitly claim that the budget was balanced.",
            "They have not yet announced that the plant will close.",
        ] {
            assert!(read(text).is_empty(), "{text}: {:?}", read(text));
        }
        let text = "He said that the pumps were fixed.";
        assert_eq!(read(text), [row("He", "said", "the pumps were fixed")]);
    }

    #[test]
    fn no_reported_speech_without_a_speaker() {
        // "who" and "and" are no speakers: the clause is not credited to anyone.
        let text = "The plan drew praise from the board and said the budget was balanced.";
        for (speaker, _, _) in read(text) {
            assert!(!matches!(speaker.as_str(), "and" | "who" | ""), "{speaker}");
        }
    }

    #[test]
    fn a_participle_or_a_phrase_after_a_comma_attributes_nothing_before_it() {
        for text in [
            "The firm pulled the product last week, saying it would return it soon.",
            "The plant is older than many had thought, adding to the worries of the town.",
            "A spring vote is earlier than many expected, with a vote in May widely thought \
             to be likelier.",
        ] {
            assert!(read(text).is_empty(), "{text}: {:?}", read(text));
        }
        // A participle of saying still ends the content of a finite verb's clause.
        let text = "She said the pumps were fixed, adding that the town was safe.";
        assert_eq!(read(text), [row("She", "said", "the pumps were fixed")]);
    }
}

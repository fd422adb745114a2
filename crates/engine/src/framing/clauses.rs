//! Light clause reading over a body's words: the noun phrase that is the subject of a verb,
//! the noun phrase after "by" or "according to", and the main subject of a sentence.
//!
//! No parser: these are heuristics over word order, punctuation and function words, written
//! to fail by finding nothing rather than by finding the wrong phrase. Ranges are into the
//! body's tokens; callers keep every range inside one sentence.

use std::ops::Range;

use super::body::{Body, Case};
use crate::lexicon::endings::NOT_ADVERBS;
use crate::lexicon::function_words::is_function_word;
use crate::lexicon::grammar::{AUXILIARIES, BE};
pub use crate::lexicon::grammar::{DETERMINERS, SUBJECT_PRONOUNS as PRONOUNS};
use crate::lexicon::phrase_words::SKIPPABLE;
use crate::lexicon::verbs::reporting_verb;

/// A lowercase "-ly" adverb ("resolutely", "specifically"); a few nouns end the same way.
pub fn is_adverb(t: &super::body::Token) -> bool {
    t.case == Case::Lower
        && t.lower().len() > 4
        && t.lower().ends_with("ly")
        && !NOT_ADVERBS.contains(&t.lower())
}

/// Whether the token at `i` can sit inside a noun phrase.
fn nominal(body: &Body, i: usize) -> bool {
    let t = &body.tokens[i];
    if t.quoted {
        return false;
    }
    if matches!(t.case, Case::Capitalised | Case::Upper | Case::NoLetters) {
        return !is_function_word(t.base()) || t.case == Case::Upper;
    }
    let verb_like = reporting_verb(t.lower()).is_some()
        || t.lower().ends_with("ed")
        || (t.lower().ends_with("ing") && t.lower().len() > 5);
    !is_function_word(t.base()) && !verb_like && !is_adverb(t)
}

fn is_quote_mark(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '‘' | '’' | '\'')
}

fn plain_gap(gap: &str) -> bool {
    gap.chars().all(|c| c == ' ' || c == '\u{a0}')
}

/// The subject noun phrase of the verb whose first token is `verb`, inside `sentence`
/// (a token range). Skips auxiliaries, adverbs and words of time, a relative pronoun, and
/// an appositive or parenthesis set off by commas, brackets or dashes.
pub fn subject_before(body: &Body, sentence: Range<usize>, verb: usize) -> Option<Range<usize>> {
    let mut j = verb;
    let mut hops = 0;
    let mut jumped = false;
    while j > sentence.start {
        hops += 1;
        if hops > 40 {
            return None;
        }
        let gap = body.gap_before(j);
        let left = &body.tokens[j - 1];
        let quoted_adverb = left.quoted
            && left.lower().ends_with("ly")
            && gap.chars().all(|c| c.is_whitespace() || is_quote_mark(c));
        if quoted_adverb {
            // "they “strongly” condemned": the quoted adverb sits between subject and verb.
            j -= 1;
            jumped = true;
            continue;
        }
        if !plain_gap(gap) && !std::mem::take(&mut jumped) {
            // A parenthesis or appositive ends here: jump over it to its opening mark.
            let closer = gap.chars().find(|c| matches!(c, ',' | ')' | '—' | '–'))?;
            let opener = match closer {
                ')' => '(',
                c => c,
            };
            let mut k = j - 1;
            loop {
                if k <= sentence.start {
                    return None;
                }
                if body.gap_before(k).contains(opener) {
                    break;
                }
                k -= 1;
            }
            j = k;
            jumped = true;
            continue;
        }
        let t = &body.tokens[j - 1];
        let lower = t.lower();
        let after_aux =
            j >= 2 && j - 1 > sentence.start && SKIPPABLE.contains(&body.tokens[j - 2].lower());
        // "has long emphasized": a lowercase word between an auxiliary and the verb is an
        // adverb, never the subject, which stands before the auxiliary.
        let between_aux_and_verb = j == verb
            && j - 1 > sentence.start
            && AUXILIARIES.contains(&body.tokens[j - 2].lower())
            && t.case == Case::Lower
            && !PRONOUNS.contains(&lower)
            && plain_gap(body.gap_before(j - 1));
        if SKIPPABLE.contains(&lower)
            || is_adverb(t)
            || between_aux_and_verb
            || matches!(lower, "that" | "which" | "who")
            || (t.case == Case::Lower && lower.ends_with("ed") && after_aux)
        {
            j -= 1;
            continue;
        }
        if PRONOUNS.contains(&lower) {
            return Some(j - 1..j);
        }
        if !nominal(body, j - 1) {
            return None;
        }
        let phrase = phrase_leftward(body, sentence.start, j - 1);
        return has_letters(body, &phrase).then_some(phrase);
    }
    None
}

/// Whether a phrase has a word with letters: "14" alone is no speaker.
fn has_letters(body: &Body, phrase: &Range<usize>) -> bool {
    body.tokens[phrase.clone()]
        .iter()
        .any(|t| t.case != Case::NoLetters && !DETERMINERS.contains(&t.lower()))
}

/// A noun phrase ending at token `last`, grown to the left over nominal words, an inner "of"
/// and one opening determiner.
fn phrase_leftward(body: &Body, floor: usize, last: usize) -> Range<usize> {
    let mut start = last;
    while start > floor && plain_gap(body.gap_before(start)) && last + 1 - start < 8 {
        let p = start - 1;
        let lower = body.tokens[p].lower();
        let of_before = p > floor + 1
            && body.tokens[p - 1].lower() == "of"
            && plain_gap(body.gap_before(p))
            && plain_gap(body.gap_before(p - 1))
            && nominal(body, p - 2);
        if DETERMINERS.contains(&lower) {
            start = p;
            if of_before {
                continue;
            }
            break;
        }
        let names_joined = lower == "and"
            && p > floor
            && body.tokens[start].case == Case::Capitalised
            && body.tokens[p - 1].case == Case::Capitalised
            && plain_gap(body.gap_before(p));
        if names_joined {
            // "Pyongyang and Moscow", "Kim Jong Un and Vladimir Putin".
            start = p;
            continue;
        }
        if matches!(lower, "of" | "from") && p > floor && nominal(body, p - 1) {
            start = p;
            continue;
        }
        if !nominal(body, p) {
            // "this isolated nation": a participle used as an adjective after a determiner.
            let adjective = body.tokens[p].lower().ends_with("ed")
                && !body.tokens[p].quoted
                && p > floor
                && DETERMINERS.contains(&body.tokens[p - 1].lower())
                && plain_gap(body.gap_before(p));
            if adjective {
                start = p - 1;
            }
            break;
        }
        start = p;
    }
    // "came under fire from critics who accused …": a phrase that opens right after a
    // preposition, without a determiner, is that preposition's object; the subject is what
    // follows its "of" or "from".
    let after_preposition = start > floor
        && is_function_word(body.tokens[start - 1].base())
        && !DETERMINERS.contains(&body.tokens[start - 1].lower())
        && !DETERMINERS.contains(&body.tokens[start].lower())
        && body.tokens[start].case == Case::Lower;
    if after_preposition {
        if let Some(k) = (start + 1..last)
            .rev()
            .find(|&k| matches!(body.tokens[k].lower(), "of" | "from"))
        {
            start = k + 1;
        }
    }
    start..last + 1
}

/// A noun phrase starting at token `first`, grown to the right over a determiner and
/// nominal words (possessives and an inner "of" included).
pub fn phrase_rightward(body: &Body, sentence: Range<usize>, first: usize) -> Option<Range<usize>> {
    let mut i = first;
    if i < sentence.end && DETERMINERS.contains(&body.tokens[i].lower()) {
        i += 1;
    }
    let head_start = i;
    while i < sentence.end && (i == head_start || plain_gap(body.gap_before(i))) {
        if nominal(body, i) {
            i += 1;
            continue;
        }
        let of_inside = body.tokens[i].lower() == "of" && i > head_start && i - first < 6;
        let det_after = of_inside
            && i + 2 < sentence.end
            && DETERMINERS.contains(&body.tokens[i + 1].lower())
            && nominal(body, i + 2);
        if of_inside && i + 1 < sentence.end && nominal(body, i + 1) {
            i += 1;
            continue;
        }
        if det_after {
            // "Francesca Ebel of The Washington Post"
            i += 2;
            continue;
        }
        break;
    }
    let phrase = first..i;
    (i > head_start && has_letters(body, &phrase)).then_some(phrase)
}

/// The main subject of a sentence: the first noun phrase, after an opening phrase set off by
/// a comma ("On Wednesday, …", "According to a report, …") when the sentence starts with
/// one.
pub fn main_subject(body: &Body, sentence: Range<usize>) -> Option<Range<usize>> {
    if sentence.is_empty() {
        return None;
    }
    let first = &body.tokens[sentence.start];
    let opens_with_phrase = is_function_word(first.base()) && !DETERMINERS.contains(&first.lower())
        || (first.lower().ends_with("ing")
            && crate::lexicon::places::place(first.base()).is_none())
        || first.lower() == "according";
    let mut start = sentence.start;
    if opens_with_phrase {
        start = (sentence.start + 1..sentence.end).find(|&k| body.gap_before(k).contains(','))?;
    }
    if PRONOUNS.contains(&body.tokens[start].lower()) {
        return Some(start..start + 1);
    }
    phrase_rightward(body, sentence, start)
}

/// The agent after a passive verb or "by": "cited by KCNA" → "KCNA".
pub fn agent_after(body: &Body, sentence: Range<usize>, verb_end: usize) -> Option<Range<usize>> {
    (verb_end < sentence.end && body.tokens[verb_end].lower() == "by")
        .then(|| phrase_rightward(body, sentence, verb_end + 1))
        .flatten()
}

/// Whether the verb at `verb` is a passive: a form of "be" right before it.
pub fn is_passive(body: &Body, sentence: Range<usize>, verb: usize) -> bool {
    verb > sentence.start && BE.contains(&body.tokens[verb - 1].lower())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::article::Article;

    fn subject_of(text: &str, verb: &str) -> Option<String> {
        let article = Article::read(text, &[]);
        let body = Body::new(text, &article);
        let v = body.tokens.iter().position(|t| t.lower() == verb)?;
        let s = &body.sentences[body.tokens[v].sentence];
        let range = subject_before(&body, s.tokens.clone(), v)?;
        let span = crate::span::Span::new(
            body.tokens[range.start].span.start,
            body.tokens[range.end - 1].span.end,
        );
        Some(body.slice(span).to_string())
    }

    #[test]
    fn subjects_are_found_over_appositives_auxiliaries_and_relatives() {
        // Sentences from Yonhap and Whatfinger News reports (July 2024).
        let t = "The ministry spokesperson, cited by KCNA, claimed the declaration incites a new Cold War.";
        assert_eq!(
            subject_of(t, "claimed").as_deref(),
            Some("The ministry spokesperson")
        );
        let t = "North Korea has unleashed a fierce rebuke against a NATO declaration.";
        assert_eq!(subject_of(t, "unleashed").as_deref(), Some("North Korea"));
        let t =
            "The declaration that was issued Wednesday stressed that exports violate resolutions.";
        assert_eq!(
            subject_of(t, "stressed").as_deref(),
            Some("The declaration")
        );
        let t = "State-run Korean Central News Agency (KCNA) reported that the ministry objected.";
        assert_eq!(
            subject_of(t, "reported").as_deref(),
            Some("State-run Korean Central News Agency")
        );
        let t = "A spokesperson of the North’s foreign ministry issued the statement.";
        assert_eq!(
            subject_of(t, "issued").as_deref(),
            Some("A spokesperson of the North’s foreign ministry")
        );
    }

    #[test]
    fn a_word_between_the_auxiliary_and_the_verb_is_no_subject() {
        // AP, 14 July 2024.
        let t = "The president has long emphasized the importance of national unity, but his message has taken on a new weight.";
        assert_eq!(
            subject_of(t, "emphasized").as_deref(),
            Some("The president")
        );
    }

    #[test]
    fn the_object_of_a_preposition_is_not_part_of_the_subject() {
        // Yahoo News UK, January 2023.
        let t = "Ms Ardern came under fire from critics who accused her government of unnecessarily locking down the islands.";
        assert_eq!(subject_of(t, "accused").as_deref(), Some("critics"));
    }

    #[test]
    fn no_subject_is_better_than_a_wrong_one() {
        let t = "\"We will respond,\" said the official.";
        assert_eq!(subject_of(t, "said"), None);
    }
}

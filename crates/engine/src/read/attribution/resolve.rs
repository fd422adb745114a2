//! Speaker resolution: pronouns ("he"), bare descriptions ("the official") and surnames
//! ("Kim") mapped to a fuller earlier mention or to the previous speaker, in text order.
//!
//! This file decides what a speaker refers to; finding the fuller mention in the text is
//! `mentions`.

use super::clause::{
    can_name_speaker, is_capitalised, is_capitalised_thing, is_common_plural_opener, is_in,
    is_pronoun, names_someone, Clause, WINDOW_AFTER,
};
use super::mentions::Mentions;
use crate::hash::FastMap;
use crate::lexicon::function_words::is_function_word;
use crate::lexicon::people::{
    COLLECTIVE_NOUNS, DEMONYM_NOUNS, DESCRIPTION_HEADS, FEMALE_TITLES, GENERIC_PEOPLE,
    HONORIFICS as TITLES, MALE_TITLES, NAME_TITLES, PEOPLE_PLURALS, ROLE_NOUNS, ROLE_TITLES,
};
use crate::lexicon::places::{place, PlaceForm};
use crate::lexicon::referents::ORGANISATION_HEADS;
use crate::lexicon::speech::DOCUMENT_NOUNS;
use crate::read::attribution_record::Attribution;
use crate::read::tokens::{tokenize, QuoteIndex};
use crate::span::Span;
use crate::text::TextModel;

/// Something attributed to a speaker, for resolution in text order.
pub struct Attributed<'a> {
    /// Where it is (the quote or reported clause).
    pub at: usize,
    /// Its attribution, whose speaker is resolved in place.
    pub attribution: &'a mut Attribution,
}

/// Resolves speakers in text order: pronouns and bare descriptions ("the official") point to
/// a fuller earlier mention or to the previous speaker.
pub fn resolve(text: &str, model: &TextModel, quotes: &QuoteIndex, items: &mut [Attributed<'_>]) {
    items.sort_by_key(|a| a.at);
    let mut mentions = Mentions::new(text);
    let mut previous: Option<(String, usize)> = None;
    let mut genders = Genders::default();
    for item in items.iter_mut() {
        let a = &mut *item.attribution;
        let written = a.speaker.clone();
        let at = a.speaker_span.map_or(item.at, |s| s.start);
        if a.resolved_speaker.is_none() && !written.is_empty() {
            // "A statement on behalf of the family said … The statement added": the
            // document named with the last speaker is theirs.
            if let Some((p, p_at)) = &previous {
                if let Some(document) = document_named(&written) {
                    let sentence = model
                        .sentence_at_or_before(*p_at)
                        .map(|i| model.sentences[i].span.slice(text).to_lowercase());
                    if sentence.is_some_and(|s| s.contains(&document)) {
                        a.resolved_speaker = Some(p.clone());
                    }
                }
            }
        }
        // "a tearful Dana Reyes", "a visibly emotional Ms Reyes": the name described, as
        // written or as the subject a pronoun was resolved to in its sentence.
        let described = a.resolved_speaker.as_deref().unwrap_or(&written);
        if let Some(name) = described_name(described).map(str::to_string) {
            let found = resolve_one(&name, at, &mut mentions, None);
            a.resolved_speaker = Some(found.unwrap_or(name));
        }
        // "Dana Reyes's memo said": a person's document speaks for its owner.
        let owned = owner(&written);
        if a.resolved_speaker.is_none() && owned != written && can_name_speaker(owned) {
            let found = resolve_one(owned, at, &mut mentions, None);
            a.resolved_speaker = Some(found.unwrap_or_else(|| owned.to_string()));
        }
        if a.resolved_speaker.is_none() && !written.is_empty() {
            let since = previous.as_ref().map(|(_, p)| *p);
            let antecedent = if is_pronoun(&written) {
                recent_named_subject(text, model, quotes, at, since, &written)
                    .map(|s| {
                        // "A sodden Mr Reyes arrived …. He said": the name described.
                        let s = described_name(&s).map_or(s.clone(), str::to_string);
                        let found = resolve_one(&s, at, &mut mentions, None);
                        found.unwrap_or(s)
                    })
                    .or_else(|| previous.as_ref().map(|(p, _)| p.clone()))
                    .filter(|found| fits_pronoun(&written, found))
                    // "Reyes … she said. Vance … he said. “…,” she added": a person the text
                    // already calls by the other pronoun is not meant; the last one it calls
                    // by this one is.
                    .and_then(|found| genders.agreeing(&written, found))
                    .or_else(|| {
                        // "He asked Dana Reyes … and she said “…”": no one before fits, the
                        // name written before the pronoun in its own sentence does.
                        name_before_in_sentence(text, model, quotes, at, &written, &genders)
                            .map(|n| resolve_one(&n, at, &mut mentions, None).unwrap_or(n))
                    })
            } else {
                resolve_one(
                    &written,
                    at,
                    &mut mentions,
                    previous.as_ref().map(|(p, _)| p.as_str()),
                )
                .or_else(|| {
                    // "The 53-year-old" with no speaker before, "the former minister", "the
                    // Labour MP": the person the last few sentences are about.
                    (is_person_description(&written) || describes_person(&written))
                        .then(|| recent_named_subject(text, model, quotes, at, since, "he"))
                        .flatten()
                        .map(|s| resolve_one(&s, at, &mut mentions, None).unwrap_or(s))
                })
                .or_else(|| {
                    // "the WHO chief": the person a recent sentence names with the acronym
                    // ("WHO Director General Dana Reyes made the appeal").
                    let acronym = acronym_role(&written)?;
                    recent_named_subject(text, model, quotes, at, since, "he")
                        .filter(|s| s.split_whitespace().any(|w| w == acronym))
                })
            };
            a.resolved_speaker = antecedent;
        }
        let best = a.best_speaker().to_string();
        if !best.is_empty() && !is_pronoun(&best) {
            genders.saw(&written, &best);
            previous = Some((best, at));
        }
    }
}

/// What the text says of its speakers' genders: the pronouns ("he", "she") resolved to
/// each, in text order, keyed by surname.
#[derive(Default)]
struct Genders {
    /// Surname key → whether "he" (true) or "she" (false) stood for them first.
    known: FastMap<String, bool>,
    /// The latest few speakers, in text order, their latest mention last.
    recent: Vec<String>,
}

/// Speakers [`Genders`] keeps for a pronoun to fall back on.
const RECENT_SPEAKERS: usize = 8;

impl Genders {
    fn key(name: &str) -> String {
        name.split_whitespace()
            .last()
            .unwrap_or("")
            .trim_end_matches("'s")
            .trim_end_matches("’s")
            .to_lowercase()
    }

    fn male(pronoun: &str) -> Option<bool> {
        match pronoun.to_lowercase().as_str() {
            "he" | "him" => Some(true),
            "she" | "her" => Some(false),
            _ => None,
        }
    }

    fn gender(&self, name: &str) -> Option<bool> {
        self.known.get(&Self::key(name)).copied()
    }

    /// Records that `written` (maybe a pronoun) stood for `name`.
    fn saw(&mut self, written: &str, name: &str) {
        if let Some(male) = Self::male(written) {
            self.known.entry(Self::key(name)).or_insert(male);
        }
        let key = Self::key(name);
        self.recent.retain(|r| Self::key(r) != key);
        self.recent.push(name.to_string());
        if self.recent.len() > RECENT_SPEAKERS {
            self.recent.remove(0);
        }
    }

    /// `found` for `pronoun`, unless the text calls `found` by the other pronoun: then the
    /// latest speaker it calls by this one, or no one.
    fn agreeing(&self, pronoun: &str, found: String) -> Option<String> {
        let Some(male) = Self::male(pronoun) else {
            return Some(found);
        };
        if self.gender(&found).is_none_or(|g| g == male) {
            return Some(found);
        }
        self.recent
            .iter()
            .rev()
            .find(|r| self.gender(r) == Some(male))
            .cloned()
    }
}

/// Bytes before a pronoun read for a name in its sentence.
const NAME_IN_SENTENCE_WINDOW: usize = 400;

/// The last name (a run of capitalised words, not opening the sentence) written before `at`
/// in its sentence, in the writer's words (never inside a quotation), that can stand for
/// `pronoun`: not a pronoun, a title alone or a nationality, and not someone the text calls
/// by the other pronoun.
fn name_before_in_sentence(
    text: &str,
    model: &TextModel,
    quotes: &QuoteIndex,
    at: usize,
    pronoun: &str,
    genders: &Genders,
) -> Option<String> {
    let male = Genders::male(pronoun)?;
    let sentence = model.sentences[model.sentence_at_or_before(at)?].span;
    let from = sentence
        .start
        .max(at.saturating_sub(NAME_IN_SENTENCE_WINDOW));
    let toks = tokenize(text, Span::new(from, at.max(from)), quotes);
    let name_word = |k: usize| {
        let t = &toks[k];
        let w = t.text(text);
        let lower = w.to_lowercase();
        let opens = k == 0 && from == sentence.start;
        t.is_word()
            && !opens
            && is_capitalised(w)
            && w.chars().any(char::is_lowercase)
            && !is_pronoun(w)
            && !is_function_word(&lower)
            && !is_in(DEMONYM_NOUNS, &lower)
            && place(&lower).is_none()
    };
    let mut k = toks.len();
    while k > 0 {
        k -= 1;
        // A quotation is one token: its words are never read.
        if !name_word(k) {
            continue;
        }
        let mut first = k;
        while first > 0 && name_word(first - 1) {
            first -= 1;
        }
        let span = Span::new(toks[first].span.start, toks[k].span.end);
        let name = span.slice(text).to_string();
        let title_only = toks[first..=k]
            .iter()
            .all(|t| is_in(TITLES, &t.text(text).to_lowercase()));
        if !title_only
            && fits_pronoun(pronoun, &name)
            && genders.gender(&name).is_none_or(|g| g == male)
        {
            return Some(name);
        }
        k = first;
    }
    None
}

/// Whether an antecedent can stand for a pronoun: "they" wants a plural ("NATO leaders",
/// "officials", "Pyongyang and Moscow") or a group ("the family"); "he" and "she" want a
/// person (never an organisation or a document) whose title does not say otherwise.
pub(super) fn fits_pronoun(pronoun: &str, antecedent: &str) -> bool {
    let pronoun = pronoun.to_lowercase();
    // "A spokesperson of the North's foreign ministry": the head comes before "of".
    let words: Vec<String> = antecedent
        .split_whitespace()
        .map(|w| w.trim_end_matches('.').to_lowercase())
        .take_while(|w| w != "of")
        .collect();
    let head = words.last().map_or("", String::as_str);
    if matches!(pronoun.as_str(), "they" | "them") {
        let common_plural = antecedent
            .split_whitespace()
            .last()
            .is_some_and(|h| !is_capitalised(h) && (h.ends_with('s') || h == "people"));
        return common_plural
            || antecedent.contains(" and ")
            || is_in(COLLECTIVE_NOUNS, head)
            || is_in(ORGANISATION_HEADS, head);
    }
    if !matches!(pronoun.as_str(), "he" | "she" | "him" | "her") {
        return true;
    }
    // "the Bank", "Acme Group", not "Bank chief Tom Vance": an organisation's head word
    // with no role word after it.
    let all: Vec<&str> = antecedent.split_whitespace().collect();
    let role_after = |k: usize| {
        all[k + 1..].iter().any(|w| {
            let w = w.trim_end_matches('.').to_lowercase();
            is_in(ROLE_NOUNS, &w) || is_in(NAME_TITLES, &w) || is_in(GENERIC_PEOPLE, &w)
        })
    };
    let organisation = all
        .iter()
        .take_while(|w| **w != "of")
        .enumerate()
        .any(|(k, w)| {
            is_capitalised(w) && is_in(ORGANISATION_HEADS, &w.to_lowercase()) && !role_after(k)
        });
    if is_in(DOCUMENT_NOUNS, head) || is_in(ORGANISATION_HEADS, head) || organisation {
        return false;
    }
    let first = words.first().map_or("", String::as_str);
    let male = matches!(pronoun.as_str(), "he" | "him");
    !(male && is_in(FEMALE_TITLES, first) || !male && is_in(MALE_TITLES, first))
}

/// The office word of "The Prince of Wales" ("Prince") or "the Prime Minister" ("Minister"):
/// the last word before "of", or the last word, when it is a capitalised office after "the".
fn office_word<'w>(words: &[&'w str]) -> Option<&'w str> {
    let (the, rest) = words.split_first()?;
    if !the.eq_ignore_ascii_case("the") || rest.is_empty() || rest.len() > 4 {
        return None;
    }
    let end = rest.iter().position(|w| *w == "of").unwrap_or(rest.len());
    let office = *rest.get(end.checked_sub(1)?)?;
    let lower = office.to_lowercase();
    (is_capitalised(office) && (is_in(NAME_TITLES, &lower) || is_in(ROLE_NOUNS, &lower)))
        .then_some(office)
}

/// "the statement", "this letter": the document a definite phrase names, in lower case.
fn document_named(written: &str) -> Option<String> {
    let words: Vec<String> = written.split_whitespace().map(str::to_lowercase).collect();
    match words.as_slice() {
        [the, head] if matches!(the.as_str(), "the" | "this" | "that") => {
            is_in(DOCUMENT_NOUNS, head).then(|| head.clone())
        }
        _ => None,
    }
}

/// Sentences looked back over for a pronoun's antecedent.
const ANTECEDENT_SENTENCES: usize = 5;

/// The subject of one of the few sentences before `at` (and after the previous speaker's
/// mention at `since`, if any; the text's first sentence counts), when it is named:
/// "Tom Morello inducted Kiss. He told the crowd, “…”" gives "Tom Morello".
fn recent_named_subject(
    text: &str,
    model: &TextModel,
    quotes: &QuoteIndex,
    at: usize,
    since: Option<usize>,
    pronoun: &str,
) -> Option<String> {
    let current = model.sentence_at_or_before(at)?;
    (current.saturating_sub(ANTECEDENT_SENTENCES)..current)
        .rev()
        .map(|i| model.sentences[i].span)
        .take_while(|s| since.is_none_or(|p| s.end > p))
        .find_map(|s| {
            let window = Span::new(s.start, s.end.min(s.start + WINDOW_AFTER));
            let toks = tokenize(text, window, quotes);
            let clause = Clause::new(text, &toks);
            let mut subject = clause.sentence_subject(toks.len())?.speaker_span?;
            // "While Dana Reyes did not say so, she offered …": a pronoun subject stands
            // for the one named in the clause that opens its sentence.
            if is_pronoun(subject.slice(text)) {
                subject = clause.opening_clause_subject()?;
            }
            // A subject has a predicate after it: "Advertisement Advertisement" is no clause.
            let predicate = Span::new(subject.end, window.end)
                .slice(text)
                .chars()
                .any(char::is_alphabetic);
            let written = owner(subject.slice(text));
            // A lone capitalised word is a name, unless it reads as a plural and the text
            // only ever writes it opening a sentence ("Reporters asked …", "Critics say …"):
            // then it is a common noun ("Jones" is a name once "Tom Jones" is written).
            let lone_name = is_capitalised(written)
                && !written.contains(' ')
                && !is_pronoun(written)
                && !is_common_plural_opener(text, written, s.start)
                && !is_capitalised_thing(text, written, s.start);
            let someone = names_someone(written)
                || is_person_description(written)
                || is_role(written)
                || lone_name;
            (predicate && someone && fits_pronoun(pronoun, written)).then(|| written.to_string())
        })
}

/// "Mr Sunak's announcement" → "Mr Sunak": the owner of a document stands for it; a
/// subject cut at a possessive ("Mr Sunak's") is its owner.
fn owner(subject: &str) -> &str {
    if let Some(bare) = ["'s", "’s"].iter().find_map(|p| subject.strip_suffix(p)) {
        return bare;
    }
    let head = subject.split_whitespace().last().unwrap_or("");
    if !is_in(DOCUMENT_NOUNS, &head.to_lowercase()) {
        return subject;
    }
    ["'s ", "’s "]
        .iter()
        .find_map(|p| subject.find(p))
        .map_or(subject, |i| &subject[..i])
}

/// "a tearful Dana Reyes" → "Dana Reyes": the capitalised name that ends a phrase opening
/// with a determiner and lower-case words (adjectives, adverbs), when it names a person (a
/// title or two words and more, not "the Labour leader" or "a senior Acme official").
fn described_name(written: &str) -> Option<&str> {
    let words: Vec<&str> = written.split_whitespace().collect();
    let (first, rest) = words.split_first()?;
    if !matches!(first.to_lowercase().as_str(), "a" | "an" | "the") {
        return None;
    }
    let described = rest.iter().take_while(|w| !is_capitalised(w)).count();
    // Only adjectives and adverbs: "a spokesperson for Acme" names Acme's spokesperson.
    let descriptive = rest[..described].iter().all(|w| {
        let w = w.to_lowercase();
        !is_function_word(&w.replace('’', "'"))
            && !is_in(GENERIC_PEOPLE, &w)
            && !is_in(ROLE_NOUNS, &w)
            && !is_in(PEOPLE_PLURALS, &w)
    });
    if !descriptive {
        return None;
    }
    let name = &rest[described..];
    let named = name.iter().all(|w| is_capitalised(w));
    let titled = name
        .first()
        .is_some_and(|w| is_in(TITLES, &w.trim_end_matches('.').to_lowercase()));
    // "the rain-soaked Prime Minister": an office, not a name.
    let office = name.last().is_some_and(|w| {
        let w = w.to_lowercase();
        is_in(NAME_TITLES, &w) || is_in(ROLE_NOUNS, &w) || is_in(ORGANISATION_HEADS, &w)
    });
    let person = titled || name.len() >= 2 || described > 0;
    if office || described == 0 || name.is_empty() || !named || !person {
        return None;
    }
    let start = written.find(name[0])?;
    Some(&written[start..])
}

/// "the judge", "the prime minister": a role, which refers to the person named in it.
fn is_role(speaker: &str) -> bool {
    let words: Vec<String> = speaker.split_whitespace().map(str::to_lowercase).collect();
    match words.as_slice() {
        [the, .., head] if the == "the" && words.len() <= 4 => {
            is_in(ROLE_NOUNS, head) || is_in(GENERIC_PEOPLE, head)
        }
        _ => false,
    }
}

/// "the WHO chief", "the IMF head" → "WHO": the acronym of a role written "the", an acronym
/// in capitals and a role noun.
fn acronym_role(written: &str) -> Option<&str> {
    let words: Vec<&str> = written.split_whitespace().collect();
    let [the, acronym, role] = words.as_slice() else {
        return None;
    };
    let capitals = acronym.chars().count() >= 2 && acronym.chars().all(|c| c.is_ascii_uppercase());
    let role = role.to_lowercase();
    let is_role = is_in(ROLE_NOUNS, &role) || is_in(NAME_TITLES, &role);
    (the.eq_ignore_ascii_case("the") && capitals && is_role).then_some(*acronym)
}

/// "the official", "the 53-year-old", "the Spaniard", "the German": a bare description of
/// a person.
fn is_person_description(speaker: &str) -> bool {
    let words: Vec<String> = speaker.split_whitespace().map(str::to_lowercase).collect();
    match words.as_slice() {
        [the, head] => {
            let demonym = is_in(DEMONYM_NOUNS, head)
                || place(head).is_some_and(|p| p.form == PlaceForm::Adjective);
            the == "the" && (is_in(GENERIC_PEOPLE, head) || head.ends_with("-year-old") || demonym)
        }
        _ => false,
    }
}

/// "the former striker", "the Labour MP", "the mother of two": "the", at most two
/// modifiers and a noun for a person that is no office, maybe "of" and a count.
fn describes_person(speaker: &str) -> bool {
    let words: Vec<String> = speaker.split_whitespace().map(str::to_lowercase).collect();
    let core = match words.iter().position(|w| w == "of") {
        Some(of) if of + 2 == words.len() => &words[..of],
        Some(_) => return false,
        None => &words[..],
    };
    let Some(head) = core.last() else {
        return false;
    };
    let person =
        is_in(ROLE_NOUNS, head) || is_in(GENERIC_PEOPLE, head) || is_in(DESCRIPTION_HEADS, head);
    // An office ("the prime minister", "the Labour leader") is one person the article may
    // name anywhere, not the one the last sentences are about.
    let office = is_in(NAME_TITLES, head);
    core.first().is_some_and(|w| w == "the") && (2..=4).contains(&core.len()) && person && !office
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
    // "The Prince of Wales", "the Prime Minister": an office refers to the person the article
    // names with it ("Prince William", "Prime Minister Rishi Sunak"), the first one named.
    if let Some(office) = office_word(&words) {
        if let Some(found) = mentions.fuller(office, at, 1, true) {
            return Some(found);
        }
    }
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
    // "the judge": the person whose name carries the role's title ("Mr Justice Goss").
    if definite && is_role(written) {
        let role = head.to_lowercase();
        for &(_, title) in ROLE_TITLES.iter().filter(|(r, _)| *r == role) {
            let found = mentions.fuller(title, at, 1, true).filter(|n| {
                n.split_whitespace()
                    .last()
                    .is_some_and(|w| !is_in(NAME_TITLES, &w.to_lowercase()))
            });
            if found.is_some() {
                return found;
            }
        }
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

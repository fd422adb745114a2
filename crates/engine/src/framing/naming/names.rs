//! Capitalised names and places in one source: runs of capitalised words, with countries,
//! capitals and adjectives of nationality recognised from the places lexicon, and the words
//! that are not names (sentence openers, days and months, datelines, party tags).

use crate::hash::FastSet;
use crate::report::{ActorKind, MentionForm};
use std::ops::Range;

use super::aliases::person_key;
use super::mention::Mention;
use crate::framing::body::{Body, Case, Token};
use crate::lexicon::calendar::CALENDAR;
use crate::lexicon::function_words::is_function_word;
use crate::lexicon::head_nouns::THING_HEADS;
use crate::lexicon::people::NAME_TITLES as TITLES;
use crate::lexicon::phrase_words::NAME_CONNECTORS;
use crate::lexicon::places::{self, PlaceForm};
use crate::lexicon::referents::ORGANISATION_HEADS;
use crate::span::Span;

/// Corpus-wide facts about words that tell names from ordinary words.
pub(super) struct Vocabulary {
    /// Words seen in lowercase somewhere.
    lowercase: FastSet<String>,
    /// Words seen capitalised after the first word of a sentence whose case is reliable.
    capitalised_inside: FastSet<String>,
    /// Multi-word names seen in reliable sentences, by lowercase wording, for headlines in
    /// capitals.
    known_names: FastSet<String>,
}

impl Vocabulary {
    pub(super) fn new(bodies: &[Body]) -> Self {
        let mut v = Vocabulary {
            lowercase: FastSet::default(),
            capitalised_inside: FastSet::default(),
            known_names: FastSet::default(),
        };
        for body in bodies {
            for s in &body.sentences {
                let tokens = &body.tokens[s.tokens.clone()];
                for (k, t) in tokens.iter().enumerate() {
                    match t.case {
                        Case::Lower => {
                            v.lowercase.insert(t.base().to_string());
                        }
                        Case::Capitalised | Case::Upper if k > 0 && !s.unreliable_case => {
                            v.capitalised_inside.insert(t.base().to_string());
                        }
                        _ => {}
                    }
                }
                if !s.unreliable_case {
                    v.collect_known_names(body, s.tokens.clone());
                }
            }
        }
        v
    }

    /// Records the capitalised runs after the first word of a sentence as known names.
    fn collect_known_names(&mut self, body: &Body, range: Range<usize>) {
        let mut i = range.start + 1;
        while i < range.end {
            let t = &body.tokens[i];
            if t.quoted_or_lower() || is_function_word(t.base()) {
                i += 1;
                continue;
            }
            let end = run_end(body, i, range.end);
            self.known_names.insert(name_key(&body.tokens[i..end]));
            i = end;
        }
    }
}

/// Capitalised names and places in one source.
pub(super) fn names_in(body: &Body, vocab: &Vocabulary) -> Vec<Mention> {
    let mut out = Vec::new();
    for (si, s) in body.sentences.iter().enumerate() {
        let range = s.tokens.clone();
        let mut i = range.start;
        while i < range.end {
            let step = if s.unreliable_case {
                name_in_capitals(body, vocab, si, i, range.end, &mut out)
            } else {
                name_at(body, vocab, si, i, range.clone(), &mut out)
            };
            i += step.max(1);
        }
    }
    out
}

/// Tries to read a name starting at token `i` of a sentence with reliable capitals; pushes
/// what it finds and returns how many tokens it used.
fn name_at(
    body: &Body,
    vocab: &Vocabulary,
    sentence: usize,
    i: usize,
    range: Range<usize>,
    out: &mut Vec<Mention>,
) -> usize {
    let t = &body.tokens[i];
    if matches!(t.case, Case::Lower | Case::NoLetters) {
        return 1;
    }
    let place = longest_place(body, i, range.end, false);
    let initial = i == range.start || opens_after_quote(body, i);
    if is_function_word(t.base()) && place.is_none() {
        return 1;
    }
    if initial && place.is_none() && vocab.lowercase.contains(t.base()) {
        return 1;
    }
    if initial
        && place.is_none()
        && t.case == Case::Capitalised
        && written_has_lower_after_hyphen(body, t)
    {
        return 1;
    }
    if let Some((len, p)) = place {
        let end = i + len;
        let continues = end < range.end
            && !body.tokens[end - 1].possessive
            && whitespace_only(body.gap_before(end))
            && matches!(body.tokens[end].case, Case::Capitalised | Case::Upper)
            && !is_function_word(body.tokens[end].base())
            && !CALENDAR.contains(&body.tokens[end].base());
        if is_dateline(body, i, end, p.form) {
            return len + dateline_region(body, end, range.end);
        }
        if !continues || p.form == PlaceForm::Adjective {
            out.push(place_mention(body, sentence, i..end, p));
            return len;
        }
    }
    if CALENDAR.contains(&t.base()) || party_tag(body, i) {
        return 1;
    }
    let end = run_end(body, i, range.end);
    if end == i + 1
        && initial
        && t.case != Case::Upper
        && !vocab.capitalised_inside.contains(t.base())
    {
        return 1;
    }
    out.push(name_mention(body, sentence, i..end));
    end - i
}

/// Names in a sentence written in capitals or title case: only places and names already seen
/// elsewhere with reliable capitals.
fn name_in_capitals(
    body: &Body,
    vocab: &Vocabulary,
    sentence: usize,
    i: usize,
    end: usize,
    out: &mut Vec<Mention>,
) -> usize {
    if body.tokens[i].quoted {
        return 1;
    }
    if let Some((len, p)) = longest_place(body, i, end, true) {
        out.push(place_mention(body, sentence, i..i + len, p));
        return len;
    }
    for len in (1..=4).rev() {
        if i + len > end {
            continue;
        }
        let key = name_key(&body.tokens[i..i + len]);
        if vocab.known_names.contains(&key)
            || (len == 1
                && body.tokens[i].case == Case::Upper
                && vocab.capitalised_inside.contains(body.tokens[i].base())
                && body.tokens[i].base().len() <= 6)
        {
            out.push(name_mention(body, sentence, i..i + len));
            return len;
        }
    }
    1
}

impl Token {
    fn quoted_or_lower(&self) -> bool {
        self.quoted || matches!(self.case, Case::Lower | Case::NoLetters)
    }
}

/// "D-Calif.", "R-Texas": a legislator's party and state, not a name.
fn party_tag(body: &Body, i: usize) -> bool {
    let written = body.slice(body.tokens[i].span);
    let mut chars = written.chars();
    matches!(
        (chars.next(), chars.next(), chars.next()),
        (Some(p), Some('-'), Some(c)) if p.is_ascii_uppercase() && c.is_ascii_uppercase()
    )
}

/// "SEOUL, Nov. 14 (Yonhap) --": a city in capitals opening a paragraph and followed by a
/// comma or dash is a dateline, where the story was filed, not a mention of the state.
fn is_dateline(body: &Body, i: usize, end: usize, form: PlaceForm) -> bool {
    let t = &body.tokens[i];
    let sentence = &body.sentences[t.sentence];
    let opens_paragraph = sentence.tokens.start == i
        && (t.sentence == 0 || body.sentences[t.sentence - 1].paragraph != sentence.paragraph);
    let followed = body.gap_after(end - 1).trim_start();
    form == PlaceForm::Capital
        && opens_paragraph
        && body.tokens[i..end].iter().all(|t| t.case == Case::Upper)
        && (followed.starts_with(',') || followed.starts_with('—') || followed.starts_with('-'))
}

/// "WASHINGTON, D.C. -", "MILWAUKEE, Wis. —": the state or district after a dateline's city
/// belongs to the dateline. Returns 1 when token `k` is one, else 0.
fn dateline_region(body: &Body, k: usize, end: usize) -> usize {
    if k >= end || !whitespace_only(body.gap_before(k).trim_start_matches(',')) {
        return 0;
    }
    if !body.gap_before(k).starts_with(',') || body.tokens[k].case == Case::Lower {
        return 0;
    }
    let after = body.gap_after(k).trim_start_matches(['.', ' ', '\u{a0}']);
    usize::from(after.starts_with(['-', '—', '–']))
}

fn opens_after_quote(body: &Body, i: usize) -> bool {
    body.gap_before(i)
        .chars()
        .any(|c| matches!(c, '"' | '“' | '\'' | '‘' | '(' | ':' | '—' | '-'))
}

fn written_has_lower_after_hyphen(body: &Body, t: &Token) -> bool {
    let written = body.slice(t.span);
    written
        .split_once('-')
        .is_some_and(|(_, rest)| rest.chars().next().is_some_and(char::is_lowercase))
}

pub(super) fn whitespace_only(gap: &str) -> bool {
    !gap.is_empty() && gap.chars().all(|c| c == ' ' || c == '\u{a0}')
}

/// The longest place form starting at token `i`: all its words capitalised (unless `any_case`)
/// except inner connectors, joined by plain spaces.
fn longest_place(
    body: &Body,
    i: usize,
    end: usize,
    any_case: bool,
) -> Option<(usize, places::Place)> {
    let max = places::MAX_WORDS.min(end - i);
    let mut form = String::new();
    for len in (1..=max).rev() {
        let window = &body.tokens[i..i + len];
        let joined_ok = (i + 1..i + len).all(|k| whitespace_only(body.gap_before(k)));
        if !joined_ok {
            continue;
        }
        let cased = any_case
            || window.iter().enumerate().all(|(k, t)| {
                matches!(t.case, Case::Capitalised | Case::Upper)
                    || (k > 0 && k + 1 < len && NAME_CONNECTORS.contains(&t.base()))
            });
        if !cased {
            continue;
        }
        // The words joined by single spaces, the last one without its possessive.
        form.clear();
        for (k, t) in window.iter().enumerate() {
            if k > 0 {
                form.push(' ');
            }
            form.push_str(if k + 1 == len { t.base() } else { t.lower() });
        }
        if let Some(p) = places::place(&form) {
            return Some((len, p));
        }
    }
    None
}

/// Where a run of capitalised words starting at `i` ends (exclusive): it joins capitalised
/// words separated by plain spaces, and inner connectors ("of", "the"); it stops after a
/// possessive.
fn run_end(body: &Body, i: usize, end: usize) -> usize {
    let mut j = i + 1;
    if body.tokens[i].possessive {
        return j;
    }
    while j < end
        && (whitespace_only(body.gap_before(j)) || after_abbreviation(body, j))
        && body.tokens[j].quoted == body.tokens[i].quoted
    {
        let t = &body.tokens[j];
        if matches!(t.case, Case::Capitalised | Case::Upper)
            && !is_function_word(t.base())
            && !CALENDAR.contains(&t.base())
        {
            j += 1;
            if t.possessive {
                break;
            }
            continue;
        }
        let connector = NAME_CONNECTORS.contains(&t.base())
            && j + 1 < end
            && whitespace_only(body.gap_before(j + 1))
            && matches!(body.tokens[j + 1].case, Case::Capitalised | Case::Upper);
        if connector {
            j += 1;
            continue;
        }
        break;
    }
    while j > i + 1 && NAME_CONNECTORS.contains(&body.tokens[j - 1].base()) {
        j -= 1;
    }
    j
}

/// Whether token `j` follows an abbreviation inside a name: a middle initial or an
/// abbreviated title and its full stop ("Donald J. Trump", "Rutherford B. Hayes",
/// "Mr. Trump"), so the name runs on over the period.
fn after_abbreviation(body: &Body, j: usize) -> bool {
    let Some(prev) = j.checked_sub(1).map(|k| &body.tokens[k]) else {
        return false;
    };
    let gap = body.gap_before(j);
    let Some(rest) = gap.strip_prefix('.') else {
        return false;
    };
    let written = body.slice(prev.span);
    let initial = written.chars().count() == 1 && written.chars().all(char::is_uppercase);
    let title = prev.case == Case::Capitalised && TITLES.contains(&prev.base());
    whitespace_only(rest) && (initial || title)
}

/// Whether token `i` is an abbreviation written with inner full stops ("D.C", "U.N"), whose
/// last full stop the word finder leaves out.
fn dotted_abbreviation(body: &Body, i: usize) -> bool {
    let written = body.slice(body.tokens[i].span);
    written.contains('.')
        && written
            .split('.')
            .all(|part| part.chars().count() == 1 && part.chars().all(char::is_alphabetic))
}

pub(super) fn mention_span(body: &Body, tokens: Range<usize>) -> Span {
    let first = &body.tokens[tokens.start];
    let last = &body.tokens[tokens.end - 1];
    let mut end = last.span.end;
    if last.possessive {
        let written = body.slice(last.span);
        let cut = written
            .char_indices()
            .rev()
            .find(|&(_, c)| matches!(c, '\'' | '’'))
            .map(|(k, _)| k);
        if let Some(k) = cut {
            end = last.span.start + k;
        }
    } else if dotted_abbreviation(body, tokens.end - 1) && body.text[end..].starts_with('.') {
        // "D.C.", "U.N.": the abbreviation's last full stop is part of the wording.
        end += 1;
    }
    Span::new(first.span.start, end)
}

pub(super) fn variant_key(tokens: &[Token]) -> String {
    tokens
        .iter()
        .map(|t| t.base())
        .collect::<Vec<_>>()
        .join(" ")
}

fn name_key(tokens: &[Token]) -> String {
    variant_key(tokens)
}

fn place_mention(body: &Body, sentence: usize, tokens: Range<usize>, p: places::Place) -> Mention {
    let form = match p.form {
        PlaceForm::Name if tokens.len() == 1 && body.tokens[tokens.start].case == Case::Upper => {
            MentionForm::Acronym
        }
        PlaceForm::Name => MentionForm::Name,
        PlaceForm::Capital => MentionForm::Capital,
        PlaceForm::Adjective => MentionForm::Adjective,
    };
    let slice = &body.tokens[tokens.clone()];
    Mention {
        sentence,
        span: mention_span(body, tokens.clone()),
        variant: variant_key(slice),
        tokens,
        form,
        key: format!("place:{}", p.code),
        kind: ActorKind::Country,
    }
}

fn name_mention(body: &Body, sentence: usize, tokens: Range<usize>) -> Mention {
    let slice = &body.tokens[tokens.clone()];
    let last_word = slice.last().map(|t| t.base()).unwrap_or("");
    let organisation = ORGANISATION_HEADS.contains(&last_word);
    // "House Speaker Kevin McCarthy", "Manhattan District Attorney Alvin Bragg": the name
    // is what follows the last title word.
    let without_titles: Vec<&Token> = {
        let after_title = slice
            .iter()
            .rposition(|t| TITLES.contains(&t.base()))
            .map_or(0, |k| k + 1);
        let skip = if organisation || after_title >= slice.len() {
            0
        } else {
            after_title
        };
        slice[skip..].iter().collect()
    };
    let last = without_titles.last().map(|t| t.base()).unwrap_or("");
    let upper = slice.len() == 1 && slice[0].case == Case::Upper;
    let kind = if organisation || upper {
        ActorKind::Organisation
    } else if without_titles.len() >= 2
        && without_titles.len() <= 4
        && without_titles.iter().all(|t| t.case == Case::Capitalised)
        && !THING_HEADS.contains(&last)
        && !TITLES.contains(&last)
    {
        ActorKind::Person
    } else {
        ActorKind::Other
    };
    let key = without_titles
        .iter()
        .map(|t| t.base())
        .collect::<Vec<_>>()
        .join(" ");
    // "Jo Chol-su" and "Jo Chol Su", "Kim Jong-un" and "Kim Jong Un" are one person.
    let key = if kind == ActorKind::Person {
        person_key(&key)
    } else {
        key
    };
    Mention {
        sentence,
        span: mention_span(body, tokens.clone()),
        variant: variant_key(slice),
        tokens,
        form: if upper {
            MentionForm::Acronym
        } else {
            MentionForm::Name
        },
        key: format!("name:{key}"),
        kind,
    }
}

//! Fuller mentions of a speaker in the text before it: the whole name around a surname
//! ("Kim" → "Kim Jong Un"), the noun phrase around a head ("the official" → "a senior
//! official in Seoul"), found on demand and bounded so time stays linear.
//!
//! This file searches the text; it does not decide which speakers need resolving (`resolve`).

use super::clause::{is_capitalised, is_in, looks_like_past_verb};
use crate::hash::{self, FastMap};
use crate::lexicon::function_words::is_function_word;
use crate::lexicon::grammar::{AUX, BE, CLAUSE_STOPS, UNAMBIGUOUS_DETERMINERS as DETERMINERS};
use crate::lexicon::people::{HONORIFICS, NAME_TITLES};
use crate::lexicon::verbs::reporting_verb;
use crate::span::Span;
use crate::text;
use std::collections::HashMap;

/// Mentions of nouns earlier in the text, found on demand for the few heads asked about.
pub(super) struct Mentions<'a> {
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
    pub(super) fn new(text: &'a str) -> Self {
        Mentions {
            text,
            by_head: HashMap::new(),
            cursors: HashMap::new(),
            runs: None,
        }
    }

    /// Indexes the occurrences of `head` (keyed by `key`, its lower case) if there is room.
    fn index_head(&mut self, head: &str, key: &str) {
        if !self.by_head.contains_key(key) && self.by_head.len() < MAX_HEADS {
            let text = self.text;
            let runs = self.runs.get_or_insert_with(|| WordRuns::new(text));
            let found = runs
                .occurrences(head)
                .unwrap_or_else(|| whole_word_occurrences(text, head));
            self.by_head.insert(key.to_string(), found);
        }
    }

    /// The most recent mention before `at` with `head` as its head and more than `own_len`
    /// words (for a surname: the run of capitalised words around it).
    ///
    /// Queries come in text order, so each (head, length) keeps a cursor over the head's
    /// occurrences and every occurrence is read once; an out-of-order query reads back over
    /// at most [`MAX_LOOK_BACK`] occurrences.
    pub(super) fn fuller(
        &mut self,
        head: &str,
        at: usize,
        own_len: usize,
        surname: bool,
    ) -> Option<String> {
        let text = self.text;
        let key = head.to_lowercase();
        self.index_head(head, &key);
        // Borrowed, not copied: a copy per query made the queries quadratic in a text that
        // names one head many times.
        let occurrences: &[Span] = self.by_head.get(&key).map_or(&[], Vec::as_slice);
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
        let cursor = self.cursors.entry((key, own_len, surname)).or_default();
        if at < cursor.at {
            // Occurrences are sorted and never empty, so none from here on ends by `at`.
            let before = occurrences.partition_point(|s| s.start < at);
            return occurrences[..before]
                .iter()
                .rev()
                .filter(|s| s.end <= at)
                .take(MAX_LOOK_BACK)
                .find_map(|&s| qualifies(s));
        }
        while let Some(&s) = occurrences.get(cursor.next).filter(|s| s.end <= at) {
            if let Some(found) = qualifies(s) {
                // A surname stands for the first full name that ends in it (the person
                // introduced first), not a later one that merely contains it; a description
                // for its latest fuller mention.
                let ends_in_head = |n: &str| {
                    n.split_whitespace()
                        .last()
                        .is_some_and(|w| w.eq_ignore_ascii_case(head))
                };
                let keep = surname
                    && cursor
                        .best
                        .as_deref()
                        .is_some_and(|b| ends_in_head(b) || !ends_in_head(&found));
                if !keep {
                    cursor.best = Some(found);
                }
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
    pub(super) fn new(text: &'a str) -> Self {
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
        // A word opening a sentence says nothing by its capital, unless it is no function
        // word ("Gareth Southgate has announced …").
        let opener = is_sentence_start(text, w) && is_function_word(&w.slice(text).to_lowercase());
        // "… GOOGL Google CEO …": a ticker before the company it stands for is no part of
        // the name.
        let ticker = is_ticker_of(w.slice(text), start.slice(text));
        if !joined(w, start)
            || !is_capitalised(w.slice(text))
            || opener
            || ticker
            || is_compound_adjective(w.slice(text))
        {
            break;
        }
        start = w;
    }
    // "NASA Starliner crew": an acronym is a whole name; a capitalised word after it is what
    // it modifies, not more of the name. A title in capitals ("PRINCE William", a tabloid's
    // opening) is no acronym.
    let written = word.slice(text);
    let lower = written.to_lowercase();
    let acronym = written.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && !written.chars().any(char::is_lowercase)
        && !is_in(NAME_TITLES, &lower)
        && !is_in(HONORIFICS, &lower);
    let mut end = word;
    for w in text::words(text, Span::new(word.end, hi)) {
        if acronym || !joined(end, w) || !is_capitalised(w.slice(text)) {
            break;
        }
        end = w;
    }
    // "Boeing CEO David Calhoun": a word before an office is a modifier, not a surname.
    let office_after = text::words(text, Span::new(word.end, end.end))
        .next()
        .is_some_and(|w| is_in(NAME_TITLES, &w.slice(text).to_lowercase()));
    if office_after {
        return None;
    }
    let span = Span::new(start.start, end.end);
    (span.len() > word.len()).then_some(span)
}

/// Whether a capitalised word is a compound adjective, "Rain-soaked", "Long-serving": a part
/// after a hyphen in lower case (names keep their capitals: "Jean-Luc", "Smith-Jones").
fn is_compound_adjective(word: &str) -> bool {
    word.split('-')
        .skip(1)
        .any(|part| part.chars().next().is_some_and(char::is_lowercase))
}

/// Whether `word` is a stock ticker written before the name it stands for: two to five
/// capitals whose letters all appear, in order, in the capitalised word after it ("GOOGL
/// Google", "AMZN Amazon"); a reading leftwards stops there, so tickers before it go too. An acronym before the words
/// it abbreviates ("NASA Administrator", "US Federal") spells no later word this way.
fn is_ticker_of(word: &str, next: &str) -> bool {
    let letters = word.chars().count();
    let capitals = (2..=5).contains(&letters) && word.chars().all(|c| c.is_ascii_uppercase());
    if !capitals || is_in(NAME_TITLES, &word.to_lowercase()) {
        return false;
    }
    let next_lower = next.to_lowercase();
    let mut rest = next_lower.chars();
    let spelled = word
        .chars()
        .all(|c| rest.any(|n| n == c.to_ascii_lowercase()));
    spelled && next.chars().any(char::is_lowercase)
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
            } else if is_capitalised(next.slice(text)) && gap == " " {
                // "judge Mr Justice Goss", "Boeing CEO David Calhoun": a role before the
                // name of the person in it.
                let mut prev_end = next.end;
                end = next.end;
                for w in right_words.by_ref().take(5) {
                    let gap = Span::new(prev_end, w.start).slice(text);
                    if !matches!(gap, " " | ". ") || !is_capitalised(w.slice(text)) {
                        break;
                    }
                    end = w.end;
                    prev_end = w.end;
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

#[cfg(test)]
mod tests {
    use super::*;
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
}

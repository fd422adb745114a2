//! The text model: paragraphs, sentences and words of one article, as byte spans.
//!
//! Paragraphs are non-blank lines, except in hard-wrapped text (a line break every 60–80
//! characters, inside sentences), where a paragraph's lines are joined (`wrap`). Sentences end at `.`, `!`, `?` or an ellipsis (with any
//! closing quotes or brackets after it) followed by a space and a word that can start a
//! sentence; abbreviations (`U.S.`, `Dr.`, `Jr.`), initials (`John F. Kennedy`), decimals and
//! lower-case continuations (`“… now?” he asked`) do not end one. A paragraph without final
//! punctuation (a headline) is one sentence.
//!
//! This module only segments text; it does not judge what is body or boilerplate
//! (see `boilerplate`) nor find quotations (see `quotes`). All spans point into the original
//! text. Everything here is linear in the length of the text.

use crate::lexicon::abbreviations::{
    NEVER_FINAL_ABBREVIATIONS, NUMBER_ABBREVIATIONS, SENTENCE_OPENERS, TRAILING_ABBREVIATIONS,
};
use crate::lexicon::calendar::MONTH_ABBREVIATIONS;
use crate::span::Span;

mod wrap;

/// One paragraph: a run of non-blank text between line breaks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Paragraph {
    /// The paragraph without surrounding whitespace.
    pub span: Span,
    /// Indices into [`TextModel::sentences`] of the sentences in this paragraph.
    pub sentences: std::ops::Range<usize>,
}

/// One sentence, inside exactly one paragraph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
    /// Index into [`TextModel::paragraphs`].
    pub paragraph: usize,
}

/// The segmented article.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TextModel {
    /// Non-blank lines (joined in hard-wrapped text), in text order.
    pub paragraphs: Vec<Paragraph>,
    /// Sentences, in text order across paragraphs.
    pub sentences: Vec<Sentence>,
    /// Number of words (see [`words`]) in the whole text.
    pub word_count: usize,
    /// Number of words in each paragraph (same order as `paragraphs`); they add up to
    /// `word_count`, since no word spans a line break.
    pub paragraph_words: Vec<usize>,
}

impl TextModel {
    /// The paragraphs of `text` alone (each non-blank line, trimmed, or a wrapped paragraph's lines): the same spans as
    /// [`TextModel::new`]'s `paragraphs`, without the cost of finding words and sentences.
    pub fn paragraph_spans(text: &str) -> Vec<Span> {
        paragraph_spans(text)
    }

    /// Segments `text` into paragraphs and sentences.
    pub fn new(text: &str) -> Self {
        let mut model = TextModel::default();
        for para in paragraph_spans(text) {
            let count = words(text, para).count();
            model.word_count += count;
            model.paragraph_words.push(count);
            let first = model.sentences.len();
            let index = model.paragraphs.len();
            for sentence in sentence_spans(text, para) {
                model.sentences.push(Sentence {
                    span: sentence,
                    paragraph: index,
                });
            }
            model.paragraphs.push(Paragraph {
                span: para,
                sentences: first..model.sentences.len(),
            });
        }
        model
    }

    /// The index of the sentence containing byte `pos`, if any.
    pub fn sentence_at(&self, pos: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.span.end <= pos);
        (i < self.sentences.len() && self.sentences[i].span.start <= pos).then_some(i)
    }

    /// The index of the paragraph containing byte `pos`, if any.
    pub fn paragraph_at(&self, pos: usize) -> Option<usize> {
        let i = self.paragraphs.partition_point(|p| p.span.end <= pos);
        (i < self.paragraphs.len() && self.paragraphs[i].span.start <= pos).then_some(i)
    }

    /// The index of the sentence containing `pos`, or else the nearest one starting before it.
    pub fn sentence_at_or_before(&self, pos: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.span.start <= pos);
        i.checked_sub(1)
    }
}

/// Whether `c` ends a line (and so a paragraph).
fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{2028}' | '\u{2029}' | '\u{85}' | '\u{b}' | '\u{c}'
    )
}

/// Paragraph spans: each non-blank line, trimmed; in hard-wrapped text, the lines of one
/// paragraph together ([`wrap`]).
fn paragraph_spans(text: &str) -> Vec<Span> {
    let mut lines = Vec::new();
    let mut line_start = 0;
    let mut after_blank = true;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), '\n')))
    {
        if is_line_break(c) {
            match trim_span(text, Span::new(line_start, i)) {
                Some(span) => {
                    lines.push(wrap::Line { span, after_blank });
                    after_blank = false;
                }
                // A "\r\n" pair is one line break, not a blank line between two.
                None if c == '\n' && text[..i].ends_with('\r') && line_start == i => {}
                None => after_blank = true,
            }
            line_start = i + c.len_utf8();
        }
    }
    wrap::paragraphs(text, &lines)
}

/// Characters that may follow sentence-final punctuation and still belong to the sentence.
fn is_closing(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '”' | '’' | '»' | '›' | ')' | ']' | '}' | '“' | '」' | '』'
    )
}

/// Sentence-final punctuation.
fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '。' | '！' | '？')
}

/// Sentence spans inside one paragraph.
fn sentence_spans(text: &str, para: Span) -> Vec<Span> {
    let body = para.slice(text);
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = body.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if !is_terminal(c) {
            continue;
        }
        let mut end = i + c.len_utf8();
        let mut periods = usize::from(c == '.');
        let mut only_periods = c == '.';
        while let Some(&(j, next)) = chars.peek() {
            if is_terminal(next) {
                periods += usize::from(next == '.');
                only_periods &= next == '.';
                end = j + next.len_utf8();
                chars.next();
            } else if is_closing(next) {
                end = j + next.len_utf8();
                chars.next();
            } else {
                break;
            }
        }
        if !chars.peek().is_some_and(|&(_, next)| next.is_whitespace()) {
            if c == '.' && periods == 1 && end == i + 1 && glued_sentences(body, i) {
                if let Some(span) = trim_span(text, Span::new(para.start + start, para.start + end))
                {
                    out.push(span);
                }
                start = end;
            }
            continue;
        }
        let single_period = only_periods && periods == 1;
        let ellipsis = c == '…' || (only_periods && periods >= 3);
        if ends_sentence(body, i, end, single_period, ellipsis) {
            if let Some(span) = trim_span(text, Span::new(para.start + start, para.start + end)) {
                out.push(span);
            }
            start = end;
        }
    }
    if let Some(span) = trim_span(text, Span::new(para.start + start, para.end)) {
        out.push(span);
    }
    out
}

/// Whether the punctuation at `body[mark..end]` (followed by whitespace) ends a sentence.
fn ends_sentence(body: &str, mark: usize, end: usize, single_period: bool, ellipsis: bool) -> bool {
    let rest = body[end..].trim_start();
    let Some(first) = rest.chars().next() else {
        return true;
    };
    // A lower-case continuation: "“… now?” he asked", "the U.S. attempt", "e.g. this"; a dash
    // leading to a signature: "“…” — Victor Hugo".
    if first.is_lowercase() || matches!(first, '—' | '–' | '-' | '―') {
        return false;
    }
    if ellipsis || !single_period {
        return true;
    }
    let token = token_before(body, mark);
    let next_word = first_word(rest);
    abbreviation_allows_break(token, next_word, first.is_ascii_digit())
}

/// Whether the period at `body[mark]` ends a sentence although no space follows it: a typing
/// slip ("got it wrong.Our teams"), a lower-case word of two letters or more before it and a
/// capitalised word after. An abbreviation ("U.S.Army"), a domain ("example.com") or a
/// decimal never has that shape.
fn glued_sentences(body: &str, mark: usize) -> bool {
    let before = token_before(body, mark);
    let mut after = body[mark + 1..].chars();
    before.chars().count() >= 2
        && before.chars().all(char::is_lowercase)
        && after.next().is_some_and(char::is_uppercase)
        && after.next().is_some_and(char::is_lowercase)
}

/// The run of letters and periods right before byte `mark` ("U.S" before the final period).
fn token_before(body: &str, mark: usize) -> &str {
    let head = &body[..mark];
    let start = head
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphanumeric() || c == '.')
        .last()
        .map_or(mark, |(i, _)| i);
    &head[start..]
}

/// The first word of `rest`, letters only.
fn first_word(rest: &str) -> &str {
    let rest = rest.trim_start_matches(|c: char| !c.is_alphanumeric());
    let end = rest
        .char_indices()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(rest.len(), |(i, _)| i);
    &rest[..end]
}

/// Decides whether a single period after `token` ends the sentence when `next_word` (which
/// does not start in lower case; `digit_next` when it is a number) follows.
fn abbreviation_allows_break(token: &str, next_word: &str, digit_next: bool) -> bool {
    let bare = token.trim_end_matches('.');
    if bare.is_empty() || bare.chars().all(|c| c.is_ascii_digit()) {
        return true;
    }
    let lower = bare.to_lowercase();
    if NEVER_FINAL_ABBREVIATIONS.contains(&lower.as_str()) {
        return false;
    }
    if NUMBER_ABBREVIATIONS.contains(&lower.as_str())
        || MONTH_ABBREVIATIONS.contains(&lower.as_str())
    {
        return !digit_next;
    }
    let mut letters = bare.chars().filter(|c| c.is_alphabetic());
    let single_capital = letters.next().is_some_and(char::is_uppercase) && letters.next().is_none();
    let opener = SENTENCE_OPENERS.contains(&next_word.to_lowercase().as_str());
    if single_capital && !bare.contains('.') {
        // An initial ("John F. Kennedy"), unless a sentence plainly starts next.
        return opener && next_word.len() > 1;
    }
    if bare.contains('.') || TRAILING_ABBREVIATIONS.contains(&lower.as_str()) {
        return opener;
    }
    true
}

/// `span` without leading and trailing whitespace, or `None` if nothing is left.
pub fn trim_span(text: &str, span: Span) -> Option<Span> {
    let slice = span.slice(text);
    let trimmed_start = slice.len() - slice.trim_start().len();
    let trimmed = slice.trim();
    (!trimmed.is_empty()).then(|| {
        Span::new(
            span.start + trimmed_start,
            span.start + trimmed_start + trimmed.len(),
        )
    })
}

/// The words inside `within`: runs of letters and digits, keeping apostrophes, hyphens and
/// periods that sit between two such characters (`North's`, `full-scale`, `U.S`, `3.5`).
pub fn words(text: &str, within: Span) -> impl Iterator<Item = Span> + '_ {
    let base = within.start;
    let slice = within.slice(text);
    let bytes = slice.as_bytes();
    let mut pos = 0;
    std::iter::from_fn(move || {
        // Skip to the next letter or digit.
        loop {
            let &b = bytes.get(pos)?;
            if b.is_ascii() {
                if b.is_ascii_alphanumeric() {
                    break;
                }
                pos += 1;
            } else {
                let c = char_at(slice, pos)?;
                if c.is_alphanumeric() {
                    break;
                }
                pos += c.len_utf8();
            }
        }
        let start = pos;
        loop {
            // A run of ASCII letters and digits, the common case, byte by byte.
            while bytes.get(pos).is_some_and(u8::is_ascii_alphanumeric) {
                pos += 1;
            }
            let Some(c) = char_at(slice, pos) else {
                break;
            };
            let after = pos + c.len_utf8();
            let joins = c.is_alphanumeric()
                || is_combining(c)
                || (matches!(c, '\'' | '’' | '-' | '.' | '‐')
                    && char_at(slice, after).is_some_and(char::is_alphanumeric));
            if !joins {
                break;
            }
            pos = after;
        }
        Some(Span::new(base + start, base + pos))
    })
}

/// The character starting at byte `pos` of `s` (a char boundary), if any; ASCII without
/// decoding.
#[inline]
fn char_at(s: &str, pos: usize) -> Option<char> {
    let b = *s.as_bytes().get(pos)?;
    if b.is_ascii() {
        Some(b as char)
    } else {
        s.get(pos..)?.chars().next()
    }
}

/// Combining marks (accents typed as separate code points) stay inside their word.
pub fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// The largest char boundary of `text` not above `pos`.
pub fn floor_boundary(text: &str, pos: usize) -> usize {
    let mut pos = pos.min(text.len());
    while !text.is_char_boundary(pos) {
        pos -= 1;
    }
    pos
}

/// The smallest char boundary of `text` not below `pos`.
pub fn ceil_boundary(text: &str, pos: usize) -> usize {
    let mut pos = pos.min(text.len());
    while !text.is_char_boundary(pos) {
        pos += 1;
    }
    pos
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The word splitter as first written, char by char: the reference [`words`] must match.
    fn words_by_chars(text: &str, within: Span) -> Vec<Span> {
        let base = within.start;
        let slice = within.slice(text);
        let mut chars = slice.char_indices().peekable();
        std::iter::from_fn(move || {
            let (start, _) = loop {
                let (i, c) = chars.next()?;
                if c.is_alphanumeric() {
                    break (i, c);
                }
            };
            let mut end = slice.len();
            while let Some(&(i, c)) = chars.peek() {
                if c.is_alphanumeric() || is_combining(c) {
                    chars.next();
                    continue;
                }
                let joins = matches!(c, '\'' | '’' | '-' | '.' | '‐')
                    && slice[i + c.len_utf8()..]
                        .chars()
                        .next()
                        .is_some_and(char::is_alphanumeric);
                if joins {
                    chars.next();
                    continue;
                }
                end = i;
                break;
            }
            Some(Span::new(base + start, base + end))
        })
        .collect()
    }

    proptest! {
        #[test]
        fn words_match_the_char_by_char_reference(
            text in "([a-zA-Z0-9]{1,5}|[ .,'’\\-‐]|é|e\u{301}|Ωμέγα|中文|🇰🇵|\n|\\PC){0,40}",
            cut in 0usize..4,
        ) {
            let start = floor_boundary(&text, cut);
            let within = Span::new(start, text.len());
            prop_assert_eq!(words(&text, within).collect::<Vec<_>>(), words_by_chars(&text, within));
        }

        #[test]
        fn paragraph_spans_are_the_models_paragraphs(text in "([a-z ]{0,6}|\n|\r\n|\\PC){0,30}") {
            let model: Vec<Span> = TextModel::new(&text).paragraphs.iter().map(|p| p.span).collect();
            prop_assert_eq!(TextModel::paragraph_spans(&text), model);
        }
    }

    fn texts(text: &str, spans: impl Iterator<Item = Span>) -> Vec<&str> {
        spans.map(|s| s.slice(text)).collect()
    }

    fn sentences(text: &str) -> Vec<&str> {
        let model = TextModel::new(text);
        model.sentences.iter().map(|s| s.span.slice(text)).collect()
    }

    #[test]
    fn paragraphs_are_non_blank_lines() {
        let text = "First line.\n\n  Second line.  \r\nThird";
        let model = TextModel::new(text);
        let paras: Vec<_> = model
            .paragraphs
            .iter()
            .map(|p| p.span.slice(text))
            .collect();
        assert_eq!(paras, ["First line.", "Second line.", "Third"]);
    }

    proptest! {
        #[test]
        fn paragraph_word_counts_add_up_to_the_text(
            text in "([a-z]{1,4}|[ .,'\\-]|\n|\r|\u{2028}|\u{85}|\u{b}|\u{a0}|é|e\u{301}|\\PC){0,40}",
        ) {
            let model = TextModel::new(&text);
            prop_assert_eq!(model.word_count, words(&text, Span::new(0, text.len())).count());
            prop_assert_eq!(model.paragraph_words.len(), model.paragraphs.len());
            for (p, &n) in model.paragraphs.iter().zip(&model.paragraph_words) {
                prop_assert_eq!(n, words(&text, p.span).count());
            }
        }
    }

    #[test]
    fn words_keep_inner_apostrophes_and_hyphens() {
        let text = "North Korea’s full-scale war, U.S. officials' view: 3.5 million.";
        assert_eq!(
            texts(text, words(text, Span::new(0, text.len()))),
            [
                "North",
                "Korea’s",
                "full-scale",
                "war",
                "U.S",
                "officials",
                "view",
                "3.5",
                "million"
            ]
        );
    }

    #[test]
    fn a_missing_space_after_a_full_stop_still_ends_the_sentence() {
        assert_eq!(
            sentences(
                "We got it wrong.Our teams are at work. The U.S.Army base, example.com and 3.5."
            ),
            [
                "We got it wrong.",
                "Our teams are at work.",
                "The U.S.Army base, example.com and 3.5."
            ]
        );
    }

    #[test]
    fn sentence_lookup_by_offset() {
        let text = "One. Two here.";
        let model = TextModel::new(text);
        assert_eq!(model.sentences.len(), 2);
        assert_eq!(model.sentence_at(6), Some(1));
        assert_eq!(model.sentence_at(100), None);
    }

    #[test]
    fn abbreviations_inside_a_sentence_do_not_split_it() {
        // AP style, from wire copy on the U.N. Security Council.
        let text = "The U.S. and U.K. ambassadors met at the U.N. Security Council on Friday. \
                    They left early.";
        assert_eq!(
            sentences(text),
            [
                "The U.S. and U.K. ambassadors met at the U.N. Security Council on Friday.",
                "They left early."
            ]
        );
    }

    #[test]
    fn an_abbreviation_can_end_a_sentence() {
        let text = "The pact should worry the U.S. The allies agreed.";
        assert_eq!(
            sentences(text),
            ["The pact should worry the U.S.", "The allies agreed."]
        );
    }

    #[test]
    fn titles_initials_and_suffixes() {
        let text = "Dr. Anthony Fauci spoke after Martin Luther King Jr. Day. \
                    John F. Kennedy lived on St. Mark's Place. It rained.";
        assert_eq!(
            sentences(text),
            [
                "Dr. Anthony Fauci spoke after Martin Luther King Jr. Day.",
                "John F. Kennedy lived on St. Mark's Place.",
                "It rained."
            ]
        );
    }

    #[test]
    fn decimals_and_numbers() {
        let text = "Inflation rose 3.5 percent in No. 2 city. Prices fell 0.2 points.";
        assert_eq!(
            sentences(text),
            [
                "Inflation rose 3.5 percent in No. 2 city.",
                "Prices fell 0.2 points."
            ]
        );
    }

    #[test]
    fn ellipses_split_only_before_a_new_sentence() {
        let text = "NATO was accused by a spokesman for the… pic.twitter.com/x \
                    He paused... Then he spoke. Wait… what?";
        assert_eq!(
            sentences(text),
            [
                "NATO was accused by a spokesman for the… pic.twitter.com/x He paused...",
                "Then he spoke.",
                "Wait… what?"
            ]
        );
    }

    #[test]
    fn sentences_ending_inside_quotes() {
        let text = "He said, “We will win.” Then he left. “Is it over?” she asked. \
                    'No.' It was not. “Be brave.” — Anon.";
        assert_eq!(
            sentences(text),
            [
                "He said, “We will win.”",
                "Then he left.",
                "“Is it over?” she asked.",
                "'No.'",
                "It was not.",
                "“Be brave.” — Anon."
            ]
        );
    }

    #[test]
    fn a_headline_without_final_punctuation_is_one_sentence() {
        let text = "North Korea threatens NATO over summit declaration\n\nThe ministry spoke.";
        assert_eq!(
            sentences(text),
            [
                "North Korea threatens NATO over summit declaration",
                "The ministry spoke."
            ]
        );
    }

    #[test]
    fn boundaries_clamp_to_chars() {
        let text = "aé";
        assert_eq!(floor_boundary(text, 2), 1);
        assert_eq!(ceil_boundary(text, 2), 3);
        assert_eq!(ceil_boundary(text, 99), 3);
    }
}

//! The article body as the framing analysis reads it: the sentences outside boilerplate and
//! their words, each word with its lowercase form, stem, capitalisation and whether it lies
//! inside a quotation.
//!
//! This module only prepares words; it does not decide what they mean. Every position is a
//! byte span into the source's original text.

use std::ops::Range;

use crate::lexicon::function_words::is_function_word;
use crate::read::article::Article;
use crate::span::Span;
use crate::text::words;
use crate::word_forms::stem_tail;

/// How a word is capitalised as written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Case {
    /// No uppercase letter: "missiles".
    Lower,
    /// First letter uppercase, not all: "Korea", "McDonald".
    Capitalised,
    /// Two or more letters, all uppercase: "NATO", "KCNA".
    Upper,
    /// No letters: "2024".
    NoLetters,
}

/// One word of the body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    /// [`Token::lower`], [`Token::base`] and [`Token::stem`] one after another, in one
    /// allocation per word.
    forms: Box<str>,
    lower_end: u32,
    base_end: u32,
    pub case: Case,
    /// Whether the word ends in a possessive `'s`.
    pub possessive: bool,
    /// Index into [`Body::sentences`].
    pub sentence: usize,
    /// Whether the word lies inside a direct quotation.
    pub quoted: bool,
}

/// One body sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BodySentence {
    pub span: Span,
    /// Index of the paragraph in the article's text model.
    pub paragraph: usize,
    /// Range into [`Body::tokens`].
    pub tokens: Range<usize>,
    /// All capitals or title case: capital letters say nothing about names here.
    pub unreliable_case: bool,
}

/// The body of one source.
#[derive(Clone, Debug)]
pub struct Body<'a> {
    pub text: &'a str,
    pub sentences: Vec<BodySentence>,
    pub tokens: Vec<Token>,
    /// Spans of the quotations outside boilerplate, sorted and merged.
    pub quoted: Vec<Span>,
}

impl Token {
    /// Lowercase, typographic apostrophes folded to `'`.
    pub fn lower(&self) -> &str {
        &self.forms[..self.lower_end as usize]
    }

    /// [`Token::lower`] without a possessive ending and without periods ("korea's" →
    /// "korea", "u.s" → "us").
    pub fn base(&self) -> &str {
        &self.forms[self.lower_end as usize..self.base_end as usize]
    }

    /// The [`crate::word_forms::stem`] of [`Token::base`], shared by inflections
    /// ("denounced", "denounces" → "denounc").
    pub fn stem(&self) -> &str {
        &self.forms[self.base_end as usize..]
    }
}

impl<'a> Body<'a> {
    /// Prepares the body of `article`, whose text is `text`.
    pub fn new(text: &'a str, article: &Article) -> Self {
        let quoted = merged_quote_spans(text, article);
        // At most every word and sentence of the article: one allocation each, not a dozen
        // doublings of a long article's tokens.
        let mut body = Body {
            text,
            sentences: Vec::with_capacity(article.model.sentences.len()),
            tokens: Vec::with_capacity(article.model.word_count),
            quoted,
        };
        for sentence in &article.model.sentences {
            if article.is_boilerplate(sentence.span.start) {
                continue;
            }
            let index = body.sentences.len();
            let first = body.tokens.len();
            for span in words(text, sentence.span) {
                let token = make_token(text, span, index, body.in_quote(span));
                body.tokens.push(token);
            }
            let range = first..body.tokens.len();
            if range.is_empty() {
                continue;
            }
            let unreliable_case = unreliable_case(&body.tokens[range.clone()]);
            body.sentences.push(BodySentence {
                span: sentence.span,
                paragraph: sentence.paragraph,
                tokens: range,
                unreliable_case,
            });
        }
        body
    }

    /// Number of words in the body.
    pub fn word_count(&self) -> usize {
        self.tokens.len()
    }

    /// The original text between token `i - 1` and token `i` (or the sentence start).
    pub fn gap_before(&self, i: usize) -> &'a str {
        let Some(token) = self.tokens.get(i) else {
            return "";
        };
        let sentence_start = self.sentences[token.sentence].span.start;
        let start = match i.checked_sub(1).map(|p| &self.tokens[p]) {
            Some(prev) if prev.sentence == token.sentence => prev.span.end,
            _ => sentence_start,
        };
        self.text.get(start..token.span.start).unwrap_or("")
    }

    /// The original text between token `i` and the next token (or the sentence end).
    pub fn gap_after(&self, i: usize) -> &'a str {
        let Some(token) = self.tokens.get(i) else {
            return "";
        };
        let end = match self.tokens.get(i + 1) {
            Some(next) if next.sentence == token.sentence => next.span.start,
            _ => self.sentences[token.sentence].span.end,
        };
        self.text.get(token.span.end..end).unwrap_or("")
    }

    /// Whether `span` lies inside a quotation.
    pub fn in_quote(&self, span: Span) -> bool {
        let i = self.quoted.partition_point(|q| q.end < span.end);
        self.quoted.get(i).is_some_and(|q| q.contains(span))
    }

    /// The range of the tokens that lie wholly inside `span`, if any.
    pub fn tokens_in(&self, span: Span) -> Option<Range<usize>> {
        let start = self.tokens.partition_point(|t| t.span.start < span.start);
        let end = self.tokens.partition_point(|t| t.span.end <= span.end);
        (start < end).then_some(start..end)
    }

    /// The text of `span`.
    pub fn slice(&self, span: Span) -> &'a str {
        span.slice(self.text)
    }
}

/// Paragraphs that open with a double quote mark never closed inside them: the convention for
/// a quotation that runs on into the next paragraph. The whole paragraph is quoted words,
/// whether or not the reading stage found the quotation.
fn unclosed_paragraph_quotes<'t>(
    text: &'t str,
    article: &'t Article,
) -> impl Iterator<Item = Span> + 't {
    article.model.paragraphs.iter().filter_map(move |p| {
        let body = p.span.slice(text);
        let first = body.chars().next()?;
        if !matches!(first, '“' | '"') {
            return None;
        }
        let rest = &body[first.len_utf8()..];
        let closed = match first {
            '“' => rest.contains('”'),
            _ => rest.contains('"'),
        };
        (!closed && !article.is_boilerplate(p.span.start))
            .then(|| Span::new(p.span.start + first.len_utf8(), p.span.end))
    })
}

fn merged_quote_spans(text: &str, article: &Article) -> Vec<Span> {
    let mut spans: Vec<Span> = article
        .quotes
        .iter()
        .filter(|q| !q.in_boilerplate)
        .map(|q| q.span)
        .collect();
    spans.extend(unclosed_paragraph_quotes(text, article));
    spans.sort();
    let mut merged: Vec<Span> = Vec::with_capacity(spans.len());
    for span in spans {
        match merged.last_mut() {
            Some(last) if span.start <= last.end => last.end = last.end.max(span.end),
            _ => merged.push(span),
        }
    }
    merged
}

fn make_token(text: &str, span: Span, sentence: usize, quoted: bool) -> Token {
    let written = span.slice(text);
    let mut forms = String::with_capacity(3 * written.len() + 4);
    lowercase_key_into(written, &mut forms);
    let lower_end = forms.len();
    let (without_possessive, possessive) = strip_possessive(&forms);
    let without_possessive = without_possessive.len();
    // The base: the lowercase form up to any possessive, without periods.
    let mut k = 0;
    while k < without_possessive {
        let Some(c) = forms[k..].chars().next() else {
            break;
        };
        k += c.len_utf8();
        if c != '.' {
            forms.push(c);
        }
    }
    let base_end = forms.len();
    forms.extend_from_within_str(lower_end..base_end);
    stem_tail(&mut forms, base_end);
    Token {
        span,
        case: case_of(written),
        // Words are cut from one sentence: far shorter than 4 GB.
        lower_end: u32::try_from(lower_end).unwrap_or(u32::MAX),
        base_end: u32::try_from(base_end).unwrap_or(u32::MAX),
        forms: forms.into_boxed_str(),
        possessive,
        sentence,
        quoted,
    }
}

/// `String::extend_from_within` for a range on char boundaries.
trait ExtendFromWithin {
    fn extend_from_within_str(&mut self, range: Range<usize>);
}

impl ExtendFromWithin for String {
    fn extend_from_within_str(&mut self, range: Range<usize>) {
        let mut k = range.start;
        while k < range.end {
            let Some(c) = self[k..].chars().next() else {
                break;
            };
            k += c.len_utf8();
            self.push(c);
        }
    }
}

/// The lowercase form of a word as [`Token::lower`] holds it: lowercase, with typographic
/// apostrophes (’ ‘ ʼ) and hyphens (‐ ‑ –) folded to ASCII; spelling is kept as written. It
/// differs from [`crate::align::words::comparison_key`], which also folds doubled letters and
/// British endings to match quotations across sources but leaves hyphens alone: here a
/// word must keep its spelling, for the lexicons and for showing it.
pub fn lowercase_key(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    lowercase_key_into(word, &mut out);
    out
}

/// [`lowercase_key`], appended to `out`.
fn lowercase_key_into(word: &str, out: &mut String) {
    if word.is_ascii() {
        let start = out.len();
        out.push_str(word);
        out[start..].make_ascii_lowercase();
        return;
    }
    out.extend(word.chars().flat_map(char::to_lowercase).map(|c| match c {
        '’' | '‘' | 'ʼ' => '\'',
        '‐' | '‑' | '–' => '-',
        c => c,
    }));
}

fn strip_possessive(lower: &str) -> (&str, bool) {
    match lower.strip_suffix("'s") {
        Some(stem) if !stem.is_empty() => (stem, true),
        _ => (lower, false),
    }
}

fn case_of(word: &str) -> Case {
    let mut letters = word.chars().filter(|c| c.is_alphabetic());
    let Some(first) = letters.next() else {
        return Case::NoLetters;
    };
    let (mut more_letters, mut rest_upper) = (false, true);
    for c in letters {
        more_letters = true;
        rest_upper &= c.is_uppercase();
    }
    let has_digit = word.bytes().any(|b| b.is_ascii_digit());
    if first.is_uppercase() {
        // "NATO", and codes with digits such as "G7" or "F-16".
        if (more_letters || has_digit) && rest_upper {
            Case::Upper
        } else {
            Case::Capitalised
        }
    } else {
        Case::Lower
    }
}

/// A sentence in capitals, or in title case ("Zelensky Calls NATO Summit a Success"), tells
/// nothing about names by its capitals. Prose full of names is not title case: it keeps its
/// function words in lowercase.
fn unreliable_case(tokens: &[Token]) -> bool {
    let lettered: Vec<&Token> = tokens
        .iter()
        .filter(|t| t.case != Case::NoLetters)
        .collect();
    if lettered.len() < 3 {
        return false;
    }
    let upper = lettered.iter().filter(|t| t.case == Case::Upper).count();
    if upper * 10 >= lettered.len() * 7 {
        return true;
    }
    let long: Vec<&&Token> = lettered.iter().filter(|t| t.lower().len() > 3).collect();
    let capitalised = long.iter().filter(|t| t.case != Case::Lower).count();
    let function_word_capitalised = lettered
        .iter()
        .skip(1)
        .any(|t| t.case == Case::Capitalised && is_function_word(t.base()));
    long.len() >= 4
        && capitalised * 10 >= long.len() * 8
        && (function_word_capitalised || (capitalised == long.len() && long.len() >= 6))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::article::Article;

    #[test]
    fn words_know_case_quotes_and_possessives() {
        // From Yonhap (July 2024).
        let text = "North Korea’s foreign ministry said the U.S. plan was \"illegal\".";
        let article = Article::read(text, &[]);
        let body = Body::new(text, &article);
        let t = &body.tokens;
        assert_eq!(t[1].base(), "korea");
        assert!(t[1].possessive);
        assert_eq!(t[0].case, Case::Capitalised);
        let us = t.iter().find(|t| t.lower() == "u.s").map(|t| t.base());
        assert_eq!(us, Some("us"));
        let illegal = t.iter().find(|t| t.lower() == "illegal");
        assert!(illegal.is_some_and(|t| t.quoted));
        assert!(!t[0].quoted);
    }

    #[test]
    fn capitals_headlines_are_unreliable_for_names() {
        let text = "THREATENING COUNTERACTION, NORTH KOREA CONDEMNS NATO DECLARATION\nNorth Korea said no.";
        let article = Article::read(text, &[]);
        let body = Body::new(text, &article);
        assert!(body.sentences[0].unreliable_case);
        assert!(!body.sentences[1].unreliable_case);
    }

    #[test]
    fn a_quotation_running_on_past_its_paragraph_is_quoted() {
        // Urban Express (August 2024): the quotation continues in the next paragraph.
        let text = "Reuters confirmed the death.\n“We are devastated by the loss of Ryan Evans, who has been an invaluable part of our team.\n“We are seeking more information,” the agency said.";
        let article = Article::read(text, &[]);
        let body = Body::new(text, &article);
        let devastated = body.tokens.iter().find(|t| t.lower() == "devastated");
        assert!(devastated.is_some_and(|t| t.quoted));
        let confirmed = body.tokens.iter().find(|t| t.lower() == "confirmed");
        assert!(confirmed.is_some_and(|t| !t.quoted));
    }
}

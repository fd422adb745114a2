//! The words of a quotation, each with its byte span in the source text and a comparison key.
//!
//! The key folds what does not make two quotations different utterances: case, apostrophe
//! style, and British/American spelling (fuelling/fueling, colour/color, recognise/recognize).
//! Punctuation, brackets and quote marks are not words at all, so "(DPRK)" is the word `DPRK`
//! and "[the]" the word `the`. This module does not decide anything; it only prepares words.

use crate::engine::lexicon::function_words::is_function_word;
use crate::engine::span::Span;
use crate::engine::text;

/// One word of a quotation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Word {
    /// Byte span in the source text.
    pub span: Span,
    /// The folded form two words are compared by.
    pub key: String,
    /// Whether the word carries content (not a function word, not a single character).
    pub content: bool,
}

/// The words of `span` in `text`, in order.
pub fn words_of(text: &str, span: Span) -> Vec<Word> {
    text::words(text, span)
        .map(|s| {
            let key = fold(s.slice(text));
            let content = key.chars().count() > 1 && !is_function_word(&key);
            Word {
                span: s,
                key,
                content,
            }
        })
        .collect()
}

/// The comparison key of one word.
pub fn fold(word: &str) -> String {
    let lower: String = word
        .chars()
        .flat_map(char::to_lowercase)
        .map(|c| if c == '’' || c == '‘' { '\'' } else { c })
        .collect();
    let collapsed = collapse_doubles(&lower);
    american(&collapsed)
}

/// "fuelling" → "fueling", "travelled" → "traveled": runs of one ASCII letter become one.
/// Applied to every word, so it never makes two words differ that were the same.
fn collapse_doubles(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let mut last = None;
    for c in word.chars() {
        if c.is_ascii_alphabetic() && last == Some(c) {
            continue;
        }
        out.push(c);
        last = Some(c);
    }
    out
}

/// British endings to American ones, on words long enough for the ending to be a suffix.
fn american(word: &str) -> String {
    const ENDINGS: [(&str, &str); 8] = [
        ("isation", "ization"),
        ("ising", "izing"),
        ("ised", "ized"),
        ("ises", "izes"),
        ("ise", "ize"),
        ("our", "or"),
        ("ours", "ors"),
        ("tre", "ter"),
    ];
    for (british, american) in ENDINGS {
        if let Some(stem) = word.strip_suffix(british) {
            if stem.chars().count() >= 3 && stem.is_ascii() {
                return format!("{stem}{american}");
            }
        }
    }
    word.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(text: &str) -> Vec<String> {
        words_of(text, Span::new(0, text.len()))
            .into_iter()
            .map(|w| w.key)
            .collect()
    }

    #[test]
    fn spelling_case_and_apostrophes_fold_together() {
        assert_eq!(fold("fuelling"), fold("fueling"));
        assert_eq!(fold("Colour"), fold("color"));
        assert_eq!(fold("recognised"), fold("recognized"));
        assert_eq!(fold("People’s"), fold("people's"));
        assert_ne!(fold("great"), fold("grave"));
    }

    #[test]
    fn brackets_and_marks_are_not_words() {
        assert_eq!(
            keys("Korea (DPRK) will [the] ‘declaration,’ …"),
            ["korea", "dprk", "wil", "the", "declaration"]
        );
    }

    #[test]
    fn spans_point_into_the_text() {
        let text = "“Fueling Russia’s war”";
        for w in words_of(text, Span::new(0, text.len())) {
            assert!(!w.span.slice(text).is_empty());
        }
        let ws = words_of(text, Span::new(0, text.len()));
        assert_eq!(ws[1].span.slice(text), "Russia’s");
        assert!(ws[1].content);
    }
}

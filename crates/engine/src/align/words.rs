//! The words of a quotation, each with its byte span in the source text and a comparison key.
//!
//! The key folds what does not make two quotations different utterances: case, apostrophe
//! style, and British/American spelling (fuelling/fueling, colour/color, recognise/recognize).
//! Punctuation, brackets and quote marks are not words at all, so "(DPRK)" is the word `DPRK`
//! and "[the]" the word `the`. This module does not decide anything; it only prepares words
//! (and, in [`intern`], gives the grouping's stems their ids, a long stem's one-letter
//! misprint the id of the stem it misprints).

use crate::hash::{self, FastMap};
use crate::lexicon::function_words::is_function_word;
use crate::span::Span;
use crate::text;

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

/// The keys of `a` and of `b` as small integers, equal exactly where the keys are equal: a
/// diff over them finds the same operations as over the strings, with cheaper hashing and
/// comparison.
pub fn key_ids<'w>(a: &'w [Word], b: &'w [Word]) -> (Vec<u32>, Vec<u32>) {
    let mut ids: FastMap<&'w str, u32> = hash::map();
    let mut id_of = |w: &'w Word| {
        let next = ids.len() as u32;
        *ids.entry(w.key.as_str()).or_insert(next)
    };
    let a: Vec<u32> = a.iter().map(&mut id_of).collect();
    let b: Vec<u32> = b.iter().map(&mut id_of).collect();
    (a, b)
}

/// The words of `span` in `text`, in order. An ampersand standing alone between words
/// ("colleague & friend", as a post or a headline writes "and") is the word "and".
pub fn words_of(text: &str, span: Span) -> Vec<Word> {
    let mut out: Vec<Word> = Vec::new();
    let mut gap_start = span.start;
    for s in text::words(text, span) {
        push_ampersands(text, Span::new(gap_start, s.start), &mut out);
        gap_start = s.end;
        let raw = s.slice(text);
        let key = comparison_key(raw);
        let content = key.chars().count() > 1 && !is_function(raw, &key);
        out.push(Word {
            span: s,
            key,
            content,
        });
    }
    out
}

/// The indices of the words of `words` that start a sentence of `model` after the first
/// word's sentence (ascending; empty when they all sit in one sentence).
pub fn sentence_starts(words: &[Word], model: &text::TextModel) -> Vec<usize> {
    let mut starts = Vec::new();
    let mut current = None;
    for (k, w) in words.iter().enumerate() {
        let sentence = model.sentence_at(w.span.start);
        if k > 0 && sentence != current {
            starts.push(k);
        }
        current = sentence;
    }
    starts
}

/// Each `&` with a space on both sides in the gap `between` two words (never before the
/// first word), as the word "and".
fn push_ampersands(text: &str, between: Span, out: &mut Vec<Word>) {
    if out.is_empty() {
        return;
    }
    let gap = between.slice(text);
    for (i, _) in gap.match_indices('&') {
        let before = gap[..i].chars().next_back();
        let after = gap[i + 1..].chars().next();
        if before.is_some_and(char::is_whitespace) && after.is_some_and(char::is_whitespace) {
            let at = between.start + i;
            out.push(Word {
                span: Span::new(at, at + 1),
                key: "and".to_string(),
                content: false,
            });
        }
    }
}

/// The comparison key of one word: lowercase, typographic apostrophes as `'`, runs of one
/// ASCII letter as one ("fuelling" → "fueling", "travelled" → "traveled"; applied to every
/// word, so it never makes two words differ that were the same), then British endings as
/// American ones. One pass and one allocation per word.
///
/// It differs from [`crate::framing::body::lowercase_key`], which keeps the spelling (no
/// doubled letters nor British endings folded) and also folds typographic hyphens: this key
/// only has to make two quotations of one utterance equal, never to be shown or looked up.
pub fn comparison_key(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    comparison_key_into(word, &mut out);
    out
}

/// [`comparison_key`] into `out` (cleared first), so a caller folding many words reuses one buffer.
pub fn comparison_key_into(word: &str, out: &mut String) {
    out.clear();
    let mut last = None;
    let mut push = |c: char| {
        let c = if c == '’' || c == '‘' { '\'' } else { c };
        if c.is_ascii_alphabetic() && last == Some(c) {
            return;
        }
        out.push(c);
        last = Some(c);
    };
    for c in word.chars() {
        if c.is_ascii() {
            push(c.to_ascii_lowercase());
        } else {
            c.to_lowercase().for_each(&mut push);
        }
    }
    american(out);
}

/// British endings to American ones, in place, on words long enough for the ending to be a
/// suffix.
fn american(word: &mut String) {
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
                let keep = stem.len();
                word.truncate(keep);
                word.push_str(american);
                return;
            }
        }
    }
}

/// Shortest stem (in ASCII letters) that [`intern`] reads a letter's difference in as a
/// misprint; shorter words one letter apart are often different words ("great" / "grave").
const MISPRINT_STEM: usize = 8;

/// The id of stem `key` in `interned` (a new one, below the map's length, when unseen). A stem
/// of [`MISPRINT_STEM`] ASCII letters or more that differs from one seen before in one letter
/// only takes that one's id: `misprints` holds every seen long stem with each of its letters
/// masked in turn, so the look-up costs the stem's length, not a pass over the vocabulary.
pub fn intern(
    key: String,
    interned: &mut FastMap<String, u32>,
    misprints: &mut FastMap<String, u32>,
) -> u32 {
    if let Some(&id) = interned.get(&key) {
        return id;
    }
    let mut id = interned.len() as u32;
    if key.len() >= MISPRINT_STEM && key.bytes().all(|b| b.is_ascii_alphabetic()) {
        let masked: Vec<String> = (0..key.len())
            .map(|at| {
                let mut m = key.clone();
                m.replace_range(at..at + 1, "*");
                m
            })
            .collect();
        if let Some(&seen) = masked.iter().find_map(|m| misprints.get(m)) {
            id = seen;
        }
        for m in masked {
            misprints.entry(m).or_insert(id);
        }
    }
    interned.insert(key, id);
    id
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentence_starts_are_the_first_words_of_later_sentences() {
        let text = "What have I done? A hug is enough. I will fight";
        let words = words_of(text, Span::new(0, text.len()));
        let model = text::TextModel::new(text);
        assert_eq!(sentence_starts(&words, &model), [4, 8]);
        let one = "I will fight to the end";
        let words = words_of(one, Span::new(0, one.len()));
        assert!(sentence_starts(&words, &text::TextModel::new(one)).is_empty());
    }

    fn keys(text: &str) -> Vec<String> {
        words_of(text, Span::new(0, text.len()))
            .into_iter()
            .map(|w| w.key)
            .collect()
    }

    #[test]
    fn spelling_case_and_apostrophes_fold_together() {
        assert_eq!(comparison_key("fuelling"), comparison_key("fueling"));
        assert_eq!(comparison_key("Colour"), comparison_key("color"));
        assert_eq!(comparison_key("recognised"), comparison_key("recognized"));
        assert_eq!(comparison_key("People’s"), comparison_key("people's"));
        assert_ne!(comparison_key("great"), comparison_key("grave"));
    }

    #[test]
    fn brackets_and_marks_are_not_words() {
        assert_eq!(
            keys("Korea (DPRK) will [the] ‘declaration,’ …"),
            ["korea", "dprk", "wil", "the", "declaration"]
        );
    }

    /// The key as first written: three passes, kept here as the oracle for [`comparison_key`].
    fn fold_in_three_passes(word: &str) -> String {
        let lower: String = word
            .chars()
            .flat_map(char::to_lowercase)
            .map(|c| if c == '’' || c == '‘' { '\'' } else { c })
            .collect();
        let mut collapsed = String::new();
        let mut last = None;
        for c in lower.chars() {
            if c.is_ascii_alphabetic() && last == Some(c) {
                continue;
            }
            collapsed.push(c);
            last = Some(c);
        }
        let mut word = collapsed;
        american(&mut word);
        word
    }

    proptest::proptest! {
        #[test]
        fn one_pass_fold_equals_three_passes(
            word in "([A-Za-z]|ll|LL|’|‘|'|İ|K|ß|é|É|isation|ise|our|tre|ΣΑΣ|[0-9]){0,12}"
        ) {
            proptest::prop_assert_eq!(comparison_key(&word), fold_in_three_passes(&word));
        }
    }

    #[test]
    fn a_lone_ampersand_is_the_word_and() {
        assert_eq!(keys("colleague & friend"), keys("colleague and friend"));
        assert_eq!(keys("AT&T & more"), ["at", "t", "and", "more"]);
        assert_eq!(keys("& friend"), ["friend"]);
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

/// Whether the word `raw`, whose comparison key is `key`, is a function word. The key folds
/// doubled letters ("will" → "wil", "well" → "wel"), so a function word is looked up by its
/// plain lowercase form too.
pub(super) fn is_function(raw: &str, key: &str) -> bool {
    is_function_word(key)
        || (key.len() != raw.len()
            && is_function_word(&raw.to_lowercase().replace(['’', '‘'], "'")))
}

#[cfg(test)]
mod function_word_tests {
    use super::*;

    #[test]
    fn function_words_with_doubled_letters_carry_no_content() {
        let text = "Well, I will still add all we need, and stay";
        let content: Vec<String> = words_of(text, Span::new(0, text.len()))
            .into_iter()
            .filter(|w| w.content)
            .map(|w| w.key)
            .collect();
        assert_eq!(content, ["ad", "ned", "stay"], "{content:?}");
    }
}

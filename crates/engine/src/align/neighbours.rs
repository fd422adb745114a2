//! The bound that keeps grouping and the paraphrase search linear in the number of quotations,
//! as the claims pass bounds its postings: an inverted list of up to [`WALKED_WHOLE`] entries
//! is walked whole, so every two entries sharing its word meet; in a longer one (a word that
//! most quotations of a low-vocabulary text use) a probe meets only the [`NEIGHBOURS`] entries
//! nearest it in a neighbourhood order, which puts entries with the same rare words together.
//! A probe then meets a bounded number of entries through any one word, and the work grows
//! with the text, not with its square. Real events (a few hundred quotations at most) stay
//! under the bound, so their results are exactly those of walking every list.

use std::ops::Range;

use crate::hash::FxHasher;

/// Entries a long list shows a probe.
pub const NEIGHBOURS: usize = 64;
/// Longest list walked whole.
pub const WALKED_WHOLE: usize = NEIGHBOURS + 1;
/// Words in a neighbourhood key.
const KEY_WORDS: usize = 3;

/// Where an entry sits in the neighbourhood order: its rarest words as (how many entries use
/// the word, the word's hash), rarest first; unused slots sort last.
pub type Key = [(u32, u64); KEY_WORDS];

/// The key of an entry from its words' (frequency, hash) pairs: the [`KEY_WORDS`] smallest.
pub fn key_of(words: impl IntoIterator<Item = (u32, u64)>) -> Key {
    let mut key = [(u32::MAX, u64::MAX); KEY_WORDS];
    for mut k in words {
        if key.contains(&k) {
            continue;
        }
        for slot in key.iter_mut() {
            if k < *slot {
                std::mem::swap(slot, &mut k);
            }
        }
    }
    key
}

/// A hash of a word, independent of interning order and of the order of the sources.
pub fn word_hash(word: &str) -> u64 {
    use std::hash::Hasher;
    let mut hasher = FxHasher::default();
    hasher.write(word.as_bytes());
    hasher.finish()
}

/// The part of a list of `len` entries, sorted in neighbourhood order, that a probe whose key
/// would sit at `at` meets: the whole list when it is short, else the [`NEIGHBOURS`] entries
/// around `at`.
pub fn window(len: usize, at: usize) -> Range<usize> {
    if len <= WALKED_WHOLE {
        return 0..len;
    }
    let start = at.saturating_sub(NEIGHBOURS / 2).min(len - NEIGHBOURS);
    start..start + NEIGHBOURS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_lists_are_walked_whole_and_long_ones_around_the_probe() {
        assert_eq!(window(65, 3), 0..65);
        assert_eq!(window(1000, 0), 0..64);
        assert_eq!(window(1000, 500), 468..532);
        assert_eq!(window(1000, 1000), 936..1000);
    }

    #[test]
    fn a_key_holds_the_rarest_words_once() {
        let key = key_of([(5, 1), (2, 9), (2, 9), (7, 0), (1, 4)]);
        assert_eq!(key, [(1, 4), (2, 9), (5, 1)]);
    }
}

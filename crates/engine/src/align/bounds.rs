//! Cheap upper bounds on what a diff of two word lists can find, so that grouping can skip
//! a diff whose result could not change its decision.
//!
//! A diff's equal runs are words of the first list found in order in the second: together a
//! common subsequence, each one a common run of words. So the words it matches are at most
//! the longest common subsequence, and its longest run at most the longest common run. Both
//! are computed here far more cheaply than the diff: the subsequence bit-parallel (one word
//! operation per word of the longer list, for a shorter list of up to 64 words), the run by
//! a table of the two lengths' product (asked only for short fragments).

use super::words::Word;

/// Scratch space for the bounds, made once for a grouping over word ids below `ids`.
pub struct Bounds {
    /// For each word id, the bit of each position of the list being bounded (zero between
    /// calls).
    masks: Vec<u64>,
    /// One row of the longest-common-run table.
    row: Vec<usize>,
    /// For each word id, how many of it are left to match (zero between calls).
    left: Vec<u32>,
}

/// Longest list whose common subsequence is computed exactly; a longer one is bounded by
/// its length.
const EXACT_WORDS: usize = 64;

impl Bounds {
    pub fn new(ids: usize) -> Self {
        Bounds {
            masks: vec![0; ids],
            row: Vec::new(),
            left: vec![0; ids],
        }
    }

    /// The length of the longest common subsequence of `a` (the ids an iterator gives, in
    /// order) and `b`: at least the words any diff of them matches. For an `a` longer than
    /// [`EXACT_WORDS`], the shorter length (a bound, not the exact figure).
    pub fn common_subsequence<I>(&mut self, a: I, b: &[u32]) -> usize
    where
        I: Iterator<Item = u32> + Clone,
    {
        let n = a.clone().count();
        if n > EXACT_WORDS {
            return n.min(b.len());
        }
        for (bit, id) in a.clone().enumerate() {
            self.masks[id as usize] |= 1 << bit;
        }
        // Hyyrö's bit-vector LCS: a zero bit in `v` marks a position of `a` the
        // subsequence so far ends a match at.
        let mut v: u64 = !0;
        for &c in b {
            let u = v & self.masks.get(c as usize).copied().unwrap_or(0);
            v = v.wrapping_add(u) | (v - u);
        }
        for id in a {
            self.masks[id as usize] = 0;
        }
        let used = if n == EXACT_WORDS {
            !0
        } else {
            (1u64 << n) - 1
        };
        (!v & used).count_ones() as usize
    }

    /// The longest run of words `a` and `b` share: at least any diff's longest equal run.
    /// Its cost is the product of the lengths, so it is meant for a short `a`.
    pub fn common_run(&mut self, a: &[u32], b: &[u32]) -> usize {
        self.row.clear();
        self.row.resize(b.len() + 1, 0);
        let mut best = 0;
        for &x in a {
            let mut diagonal = 0;
            for (j, &y) in b.iter().enumerate() {
                let above = self.row[j + 1];
                let here = if x == y { diagonal + 1 } else { 0 };
                self.row[j + 1] = here;
                best = best.max(here);
                diagonal = above;
            }
        }
        best
    }
}

impl Bounds {
    /// How many content words of `a` (as `words`, their ids `a`) appear anywhere in `b`,
    /// each word of `b` used once. (Exact, not a bound: it only shares the scratch space.)
    pub fn in_any_order(&mut self, words: &[Word], a: &[u32], b: &[u32]) -> usize {
        for &w in b {
            if let Some(n) = self.left.get_mut(w as usize) {
                *n += 1;
            }
        }
        let mut found = 0;
        for (w, &id) in words.iter().zip(a) {
            if !w.content {
                continue;
            }
            if let Some(n) = self.left.get_mut(id as usize).filter(|n| **n > 0) {
                *n -= 1;
                found += 1;
            }
        }
        for &w in b {
            if let Some(n) = self.left.get_mut(w as usize) {
                *n = 0;
            }
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The longest common subsequence by the textbook table.
    fn lcs_table(a: &[u32], b: &[u32]) -> usize {
        let mut t = vec![vec![0usize; b.len() + 1]; a.len() + 1];
        for i in 0..a.len() {
            for j in 0..b.len() {
                t[i + 1][j + 1] = if a[i] == b[j] {
                    t[i][j] + 1
                } else {
                    t[i][j + 1].max(t[i + 1][j])
                };
            }
        }
        t[a.len()][b.len()]
    }

    fn run_naive(a: &[u32], b: &[u32]) -> usize {
        let mut best = 0;
        for i in 0..a.len() {
            for j in 0..b.len() {
                let mut k = 0;
                while i + k < a.len() && j + k < b.len() && a[i + k] == b[j + k] {
                    k += 1;
                }
                best = best.max(k);
            }
        }
        best
    }

    #[test]
    fn known_subsequences_and_runs() {
        let mut bounds = Bounds::new(10);
        let (a, b) = ([1, 2, 3, 4, 5], [9, 1, 3, 4, 9, 5, 2]);
        assert_eq!(bounds.common_subsequence(a.iter().copied(), &b), 4);
        assert_eq!(bounds.common_run(&a, &b), 2);
        assert_eq!(bounds.common_subsequence([].into_iter(), &b), 0);
        assert_eq!(bounds.common_run(&a, &[]), 0);
    }

    proptest::proptest! {
        #[test]
        fn bounds_equal_the_textbook_figures(
            a in proptest::collection::vec(0u32..6, 0..70),
            b in proptest::collection::vec(0u32..6, 0..90),
        ) {
            let mut bounds = Bounds::new(6);
            let lcs = bounds.common_subsequence(a.iter().copied(), &b);
            if a.len() <= EXACT_WORDS {
                proptest::prop_assert_eq!(lcs, lcs_table(&a, &b));
            } else {
                proptest::prop_assert!(lcs >= lcs_table(&a, &b));
            }
            proptest::prop_assert_eq!(bounds.common_run(&a, &b), run_naive(&a, &b));
            // The scratch space is left clean for the next call.
            proptest::prop_assert!(bounds.masks.iter().all(|&m| m == 0));
            // Every word a content word: the count of `a`'s words found in `b`, each once.
            let words: Vec<Word> = a
                .iter()
                .map(|_| Word { span: crate::span::Span::new(0, 0), key: "w".into(), content: true })
                .collect();
            let mut left = b.clone();
            let mut found = 0;
            for x in &a {
                if let Some(at) = left.iter().position(|y| y == x) {
                    left.remove(at);
                    found += 1;
                }
            }
            proptest::prop_assert_eq!(bounds.in_any_order(&words, &a, &b), found);
            proptest::prop_assert!(bounds.left.iter().all(|&n| n == 0));
        }
    }
}

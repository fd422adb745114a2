//! Runs of words two word lists share, by word ids (equal exactly where the words are), and
//! how well a shorter list fits inside a longer one.

use similar::{capture_diff_slices, Algorithm, DiffOp};

use super::bounds::Bounds;
#[cfg(test)]
use super::words::key_ids;
use super::words::Word;

/// The longest run of words two lists share.
pub fn shared_run(a: &[u32], b: &[u32]) -> usize {
    capture_diff_slices(Algorithm::Patience, a, b)
        .into_iter()
        .filter_map(|op| match op {
            DiffOp::Equal { len, .. } => Some(len),
            _ => None,
        })
        .max()
        .unwrap_or(0)
}

/// Whether `short` (two words or more) appears in `long` from its first word to its last
/// with at most one word skipped: one word of `short` missing from `long`, or one extra word
/// of `long` inside. Linear in `long` for the short fragments it is asked about.
pub fn one_edit_inside(short: &[u32], long: &[u32]) -> bool {
    let n = short.len();
    let key = |w: &u32| *w;
    // (position in short, position in long, skips used), one list for every start.
    let mut states: Vec<(usize, usize, usize)> = Vec::new();
    for start in 0..long.len() {
        if key(&long[start]) != key(&short[0]) {
            continue;
        }
        states.clear();
        states.push((1, start + 1, 0));
        while let Some((i, j, skips)) = states.pop() {
            if i == n {
                return true;
            }
            if j < long.len() && key(&long[j]) == key(&short[i]) {
                states.push((i + 1, j + 1, skips));
            }
            if skips == 0 {
                // A word of short missing from long (never the last one: both ends anchor).
                if i + 1 < n {
                    states.push((i + 1, j, 1));
                }
                if j < long.len() {
                    states.push((i, j + 1, 1));
                }
            }
        }
    }
    false
}

/// How well a shorter word list fits inside a longer one.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Fit {
    /// Words of the shorter found in order in the longer.
    pub matched: usize,
    /// Longest run of consecutive equal words.
    pub run: usize,
}

/// The fit of `short` inside `long` by word keys.
#[cfg(test)]
pub fn fit(short: &[Word], long: &[Word]) -> Fit {
    let (a, b) = key_ids(short, long);
    fit_ids(&a, &b)
}

/// The fit of `short` inside `long`, their words given as ids equal exactly where the keys are.
#[cfg(test)]
fn fit_ids(short: &[u32], long: &[u32]) -> Fit {
    let mut f = Fit::default();
    for op in capture_diff_slices(Algorithm::Patience, short, long) {
        if let DiffOp::Equal { len, .. } = op {
            f.matched += len;
            f.run = f.run.max(len);
        }
    }
    f
}

/// The fit of a fragment inside a passage, and the same counted over its content words only
/// (content words found in order; most content words in one shared run).
pub fn fit_with_content(content_of: &[bool], short: &[u32], long: &[u32]) -> (Fit, Fit) {
    let mut f = Fit::default();
    let mut content = Fit::default();
    for op in capture_diff_slices(Algorithm::Patience, short, long) {
        if let DiffOp::Equal { old_index, len, .. } = op {
            f.matched += len;
            f.run = f.run.max(len);
            let here = content_of[old_index..old_index + len]
                .iter()
                .filter(|&&c| c)
                .count();
            content.matched += here;
            content.run = content.run.max(here);
        }
    }
    (f, content)
}

/// A fragment's words as `group::fragment_fit` compares them: a repetition counts once ("unity,
/// unity, unity" is "unity").
pub struct Fragment {
    pub ids: Vec<u32>,
    /// Whether each of `ids` is a content word.
    pub content: Vec<bool>,
}

impl Fragment {
    /// The fragment of `words`, their ids `all_ids`.
    pub fn new(words: &[Word], all_ids: &[u32]) -> Self {
        let mut ids: Vec<u32> = Vec::with_capacity(all_ids.len());
        let mut content: Vec<bool> = Vec::with_capacity(all_ids.len());
        for (w, &id) in words.iter().zip(all_ids) {
            if ids.last() != Some(&id) {
                ids.push(id);
                content.push(w.content);
            }
        }
        Fragment { ids, content }
    }

    /// The best `group::fragment_fit` it could have in `passage`: whether it could sit inside
    /// (every word in a row needs a run as long as the fragment), and at most the words of
    /// the longest common subsequence, in a run no longer than the longest common one.
    pub fn best_possible(&self, passage: &[u32], bounds: &mut Bounds) -> (bool, Fit) {
        let run = bounds.common_run(&self.ids, passage);
        let fit = Fit {
            matched: bounds.common_subsequence(self.ids.iter().copied(), passage),
            run,
        };
        (run >= self.ids.len() || anchored(self, passage), fit)
    }
}

/// Whether `fragment` and `passage` share a run of two words or more that holds the
/// fragment's last content word, the head of its phrase ("my finger" of "Yeah, my finger.
/// Here," in "With my finger, my nail."; not "of the", and not "trying to" for "trying to
/// stop me", whose "stop" the passage lacks: a phrase that leaves out what the fragment says
/// may be another sentence quoted beside it).
pub fn shares_phrase(fragment: &Fragment, passage: &[u32]) -> bool {
    let Some(head) = fragment.content.iter().rposition(|&c| c) else {
        return false;
    };
    capture_diff_slices(Algorithm::Patience, &fragment.ids, passage)
        .into_iter()
        .any(|op| match op {
            DiffOp::Equal { old_index, len, .. } => {
                len >= 2 && (old_index..old_index + len).contains(&head)
            }
            _ => false,
        })
}

/// One word inserted or left out inside: "passed away peacefully" / "passed peacefully",
/// and for two content words "rigged process" / "rigged, shameful process".
pub fn anchored(fragment: &Fragment, passage: &[u32]) -> bool {
    let n = fragment.ids.len();
    let all_content = fragment.content.iter().filter(|&&c| c).count();
    (n >= 3 || (n == 2 && all_content == 2)) && one_edit_inside(&fragment.ids, passage)
}

/// The most content words in a row among `words`.
pub fn longest_content_run(words: &[Word]) -> usize {
    let (mut best, mut now) = (0, 0);
    for w in words {
        now = if w.content { now + 1 } else { 0 };
        best = best.max(now);
    }
    best
}

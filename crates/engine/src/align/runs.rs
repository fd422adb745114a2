//! Runs of words two word lists share, by word ids (equal exactly where the words are).

use similar::{capture_diff_slices, Algorithm, DiffOp};

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
    for start in 0..long.len() {
        if key(&long[start]) != key(&short[0]) {
            continue;
        }
        // (position in short, position in long, skips used)
        let mut states = vec![(1usize, start + 1, 0usize)];
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

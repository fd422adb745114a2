//! Short quotations that the shingle and fragment rules of [`super::group`] leave alone:
//! passages of few content words that their speaker's other version says in another order
//! ([`join_reworded`]) or in other function words ([`join_restated`]), and left-over
//! fragments equal to or held in another ([`join_agreeing`], [`join_contained`]).

use std::cmp::Reverse;
use std::collections::BTreeMap;

use super::item::Item;
use super::neighbours;
use super::speakers::{Agreement, Agreements, Signature};
use super::union_find::UnionFind;
use crate::hash::{self, FastMap};

/// Content words a passage needs for [`join_reworded`]: one says too little.
const REWORDED_CONTENT: usize = 2;

/// Joins a passage of few content words (two, and fewer than the `content_words` that the
/// order-free test of passages asks for) that no other passage took to a group of its speaker's quotations that
/// holds every one of its content words close together, in any order: one remark transcribed
/// in two ways ("My hand, the dog bit it." / "Yes, it was the dog that bit my hand"). The words
/// must sit within as many words as the passage has, and the speakers must be the same (two
/// content words are no stock phrase only in one person's mouth); the tighter fit wins, then
/// the larger group, then the earlier. A passage looks up the passages of its rarest content
/// word only, and none when that word is in more than [`neighbours::WALKED_WHOLE`] passages
/// (a common word says nothing), so the work is linear in the quotations.
pub fn join_reworded(
    items: &[Item],
    ids: &[Vec<u32>],
    passages: &[usize],
    content_words: usize,
    sets: &mut UnionFind,
    agreements: &mut Agreements,
) {
    let content = |p: usize| -> Vec<u32> {
        let mut own: Vec<u32> = (items[p].words.iter().zip(&ids[p]))
            .filter(|(w, _)| w.content)
            .map(|(_, &id)| id)
            .collect();
        own.sort_unstable();
        own.dedup();
        own
    };
    let alone: Vec<(usize, Vec<u32>)> = passages
        .iter()
        .filter(|&&p| sets.members[sets.root(p)].len() == 1)
        .map(|&p| (p, content(p)))
        .filter(|(_, c)| (REWORDED_CONTENT..content_words).contains(&c.len()))
        .collect();
    if alone.is_empty() {
        return;
    }
    let mut by_word: FastMap<u32, Vec<usize>> = hash::map();
    for &p in passages {
        for (w, &id) in items[p].words.iter().zip(&ids[p]) {
            let list = by_word.entry(id).or_default();
            if w.content && list.last() != Some(&p) {
                list.push(p);
            }
        }
    }
    for (p, need) in alone {
        let Some(list) = need
            .iter()
            .filter_map(|id| by_word.get(id))
            .min_by_key(|l| l.len())
        else {
            continue;
        };
        if list.len() > neighbours::WALKED_WHOLE {
            continue;
        }
        let mut best: Option<(Reverse<usize>, usize, Reverse<usize>)> = None;
        for &q in list {
            let root = sets.find(q);
            if root == sets.find(p) || agreements.of(p, q) != Agreement::Same {
                continue;
            }
            let Some(window) = window_of(&need, &ids[q]) else {
                continue;
            };
            if window <= items[p].words.len() {
                let rank = (Reverse(window), sets.members[root].len(), Reverse(root));
                best = best.max(Some(rank));
            }
        }
        if let Some((_, _, Reverse(root))) = best {
            sets.union(p, root);
        }
    }
}

/// The fewest consecutive words of `words` that hold every id of `need` (a few distinct ids),
/// or `None` when some is missing.
fn window_of(need: &[u32], words: &[u32]) -> Option<usize> {
    let mut last: Vec<Option<usize>> = vec![None; need.len()];
    let mut best: Option<usize> = None;
    for (at, id) in words.iter().enumerate() {
        if let Some(k) = need.iter().position(|n| n == id) {
            last[k] = Some(at);
            if let Some(first) = last
                .iter()
                .copied()
                .min()
                .flatten()
                .filter(|_| last.iter().all(Option::is_some))
            {
                let width = at - first + 1;
                best = Some(best.map_or(width, |b| b.min(width)));
            }
        }
    }
    best
}

/// Joins a left-over fragment to another whose content words it holds as a run of two or
/// more ("It is time for change." / "time for change") when their speakers are the same.
/// Each fragment looks up its own runs of content words (at most ten for five words), so the
/// work is linear in the fragments.
pub fn join_contained(items: &[Item], ids: &[Vec<u32>], leftover: &[usize], sets: &mut UnionFind) {
    let content = |f: usize| -> Vec<u32> {
        items[f]
            .words
            .iter()
            .zip(&ids[f])
            .filter(|(w, _)| w.content)
            .map(|(_, &id)| id)
            .collect()
    };
    let mut by_content: BTreeMap<Vec<u32>, usize> = BTreeMap::new();
    for &f in leftover {
        let own = content(f);
        if own.len() >= 2 {
            by_content.entry(own).or_insert(f);
        }
    }
    for &f in leftover {
        let own = content(f);
        for len in 2..=own.len() {
            for run in own.windows(len) {
                let Some(&other) = by_content.get(run) else {
                    continue;
                };
                if other != f
                    && items[f].signature.agreement(items[other].signature) == Agreement::Same
                {
                    sets.union(f, other);
                }
            }
        }
    }
}

/// Among equal fragments, joins each to the first earlier one whose speaker does not differ
/// (looking at no more than [`neighbours::NEIGHBOURS`] distinct speakers, so a phrase that
/// hundreds of different people say costs a bounded amount per fragment).
pub fn join_agreeing(items: &[Item], members: &[usize], sets: &mut UnionFind) {
    let mut heads: Vec<(usize, Signature)> = Vec::new();
    for &m in members {
        let sig = items[m].signature;
        match heads
            .iter_mut()
            .take(neighbours::NEIGHBOURS)
            .find(|(_, s)| s.agreement(sig) != Agreement::Different)
        {
            Some((head, s)) => {
                s.extend(sig);
                sets.union(*head, m);
            }
            None => heads.push((m, sig.clone())),
        }
    }
}

/// Most content words a passage may have for [`join_restated`]: a longer sentence says enough
/// for the shingle and order-free tests of [`super::group`].
const RESTATED_CONTENT: usize = 3;

/// Joins passages of one speaker that say the same few content words (one to
/// [`RESTATED_CONTENT`], in any order) with the same polarity, whatever their function words:
/// two translations of one short sentence ("I will not quit" / "I am not going to quit"),
/// which share no run of three words. The future "going to" counts as a function word; a
/// negation ("not", "never", "no", "-n't") must be in both or in neither ("I am going to
/// quit" is not "I will not quit"). The speakers must be the same: so few words are no
/// utterance in two people's mouths. Passages are bucketed by that key, so the work is
/// linear; each is compared with at most [`neighbours::NEIGHBOURS`] distinct speakers of its
/// bucket. Two groups that `apart` says one source quotes as two things said stay apart.
pub fn join_restated(
    items: &[Item],
    ids: &[Vec<u32>],
    passages: &[usize],
    sets: &mut UnionFind,
    agreements: &mut Agreements,
    apart: &mut dyn FnMut(&mut UnionFind, usize, usize) -> bool,
) {
    let mut buckets: BTreeMap<(bool, Vec<u32>), Vec<usize>> = BTreeMap::new();
    for &p in passages {
        let words = items[p].words;
        let mut negated = false;
        let mut content: Vec<u32> = Vec::new();
        for (k, (w, &id)) in words.iter().zip(&ids[p]).enumerate() {
            negated |= is_negation(&w.key);
            let future = w.key == "going" && words.get(k + 1).is_some_and(|n| n.key == "to");
            if w.content && !future {
                content.push(id);
            }
        }
        content.sort_unstable();
        content.dedup();
        if (1..=RESTATED_CONTENT).contains(&content.len()) {
            buckets.entry((negated, content)).or_default().push(p);
        }
    }
    for members in buckets.values() {
        let mut heads: Vec<usize> = Vec::new();
        for &m in members {
            let head = heads
                .iter()
                .take(neighbours::NEIGHBOURS)
                .copied()
                .find(|&h| agreements.of(h, m) == Agreement::Same);
            match head {
                Some(h) => {
                    if sets.find(h) != sets.find(m) && !apart(sets, h, m) {
                        sets.union(h, m);
                    }
                }
                None => heads.push(m),
            }
        }
    }
}

/// Whether a comparison key negates its clause.
fn is_negation(key: &str) -> bool {
    matches!(key, "not" | "never" | "no" | "nor" | "canot" | "cannot") || key.ends_with("n't")
}

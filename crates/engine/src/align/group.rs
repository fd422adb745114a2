//! Which quotations come from the same utterance.
//!
//! Two steps, so that a short fragment can never chain two statements together:
//! 1. **Passages** (quotations of six words or more) are joined when they share a run of at
//!    least three words and most of the shorter one's words appear, in order, in the longer
//!    (a dropped "a", an inserted "(DPRK)", a cut at either end do not matter), or when they
//!    share a whole run of twelve words (two long excerpts of one statement, each with
//!    paragraphs the other leaves out). Candidates come
//!    from an index of three-word shingles, so only quotations that share a run are compared,
//!    and each shingle keeps a bounded list, so the work grows with the text, not its square.
//! 2. **Fragments** (one to five words: "strategic counteraction", a headline's "Not enough
//!    in the tank") then join the single best group that contains them:
//!    all their words in a row ("strategic counteraction"), or two thirds of them with at least
//!    two in a row ("tougher strategic counteraction"), or from first word to last with one
//!    word skipped inside ("passed away peacefully" / "passed peacefully", preferred over a
//!    phrase cut at one end); a one-word fragment ("illegal") only
//!    when the speakers agree. Fragments no passage takes are grouped with equal fragments.
//!
//! Words are compared by [`super::words`] keys. Different utterances that share a word or two
//! ("great concern", "grave concern") stay apart because no run of theirs is long enough.
//! Groups depend only on the quotations, never on the order of the sources.

use std::collections::BTreeMap;

use similar::{capture_diff_slices, Algorithm, DiffOp};

use super::speakers::{Agreement, Signature};
use super::words::{key_ids, Word};
use crate::hash::{self, FastMap};

/// Shortest passage; shorter quotations are fragments.
pub const PASSAGE_WORDS: usize = 6;
/// Shared run of words that makes two passages candidates.
const SHINGLE: usize = 3;
/// Passages each shingle remembers for comparison with later ones.
const SHINGLE_MEMORY: usize = 16;
/// Share of the shorter passage's words that must appear in the longer.
const PASSAGE_CONTAINMENT: f64 = 0.6;
/// A run of this many words in a row shared word for word makes two passages one utterance
/// whatever else each holds: two long excerpts of one statement that overlap in part (each
/// quotes paragraphs the other leaves out).
const VERBATIM_RUN: usize = 4 * SHINGLE;

/// A quotation as the grouping sees it.
pub struct Item<'a> {
    pub words: &'a [Word],
    pub signature: &'a Signature,
    /// An order-independent tie-breaker (the quotation's text and its source's name).
    pub sort_key: &'a str,
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
pub fn fit(short: &[Word], long: &[Word]) -> Fit {
    let (a, b) = key_ids(short, long);
    let mut f = Fit::default();
    for op in capture_diff_slices(Algorithm::Patience, &a, &b) {
        if let DiffOp::Equal { len, .. } = op {
            f.matched += len;
            f.run = f.run.max(len);
        }
    }
    f
}

/// Groups `items`: each inner list holds item indices, ascending; groups are in the order of
/// their first item.
pub fn group(items: &[Item]) -> Vec<Vec<usize>> {
    let mut sets = UnionFind::new(items.len());
    let passages: Vec<usize> = (0..items.len())
        .filter(|&i| items[i].words.len() >= PASSAGE_WORDS)
        .collect();
    join_passages(items, &passages, &mut sets);
    let fragments: Vec<usize> = (0..items.len())
        .filter(|&i| !items[i].words.is_empty() && items[i].words.len() < PASSAGE_WORDS)
        .collect();
    attach_fragments(items, &passages, &fragments, &mut sets);
    sets.groups()
}

/// Joins passages that share a three-word shingle and are versions of one utterance.
///
/// Each shingle remembers the first [`SHINGLE_MEMORY`] passages that had it; a passage is
/// compared only with those not already in its group, so a statement quoted by a thousand
/// sources costs a bounded number of comparisons per passage, not one per pair.
fn join_passages(items: &[Item], passages: &[usize], sets: &mut UnionFind) {
    let mut seen: FastMap<[&str; SHINGLE], Vec<usize>> = hash::map();
    for &i in passages {
        let mut compared: Vec<usize> = Vec::new();
        for w in items[i].words.windows(SHINGLE) {
            let key = [w[0].key.as_str(), w[1].key.as_str(), w[2].key.as_str()];
            let earlier = seen.entry(key).or_default();
            for &j in earlier.iter() {
                if compared.contains(&j) || sets.find(i) == sets.find(j) {
                    continue;
                }
                compared.push(j);
                if same_passage(items[i].words, items[j].words) {
                    sets.union(i, j);
                }
            }
            if earlier.len() < SHINGLE_MEMORY && earlier.last() != Some(&i) {
                earlier.push(i);
            }
        }
    }
}

/// Whether two passages are versions of one utterance.
fn same_passage(a: &[Word], b: &[Word]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let f = fit(short, long);
    f.run >= VERBATIM_RUN
        || (f.run >= SHINGLE && f.matched as f64 >= PASSAGE_CONTAINMENT * short.len() as f64)
}

/// How a fragment fits one passage; `None` when it does not. The first field says whether
/// the fragment's first and last words both sit in the passage with at most one word skipped
/// between them on either side ("passed away peacefully" in "passed peacefully"): an edit
/// inside a short phrase, which fits better than a phrase cut at one end.
fn fragment_fit(fragment: &Item, passage: &Item, agreement: Agreement) -> Option<(bool, Fit)> {
    let n = fragment.words.len();
    let has_content = fragment.words.iter().any(|w| w.content);
    // What the speakers and the words say is checked first: the diff is the costly part.
    let possible = has_content
        && match n {
            1 => agreement == Agreement::Same,
            _ => agreement != Agreement::Different,
        };
    if !possible {
        return None;
    }
    let f = fit(fragment.words, passage.words);
    let whole = f.run == n;
    let most = f.run >= 2 && 3 * f.matched >= 2 * n;
    let anchored = n >= 3 && one_edit_inside(fragment.words, passage.words);
    let accepted = match n {
        1 => whole,
        _ => whole || most || anchored,
    };
    accepted.then_some((whole || anchored, f))
}

/// Whether `short` (three words or more) appears in `long` from its first word to its last
/// with at most one word skipped: one word of `short` missing from `long`, or one extra word
/// of `long` inside. Linear in `long` for the short fragments it is asked about.
fn one_edit_inside(short: &[Word], long: &[Word]) -> bool {
    let n = short.len();
    fn key(w: &Word) -> &str {
        w.key.as_str()
    }
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

/// Attaches each fragment to the best group of passages that contains it, then groups the
/// remaining fragments that are equal word for word.
fn attach_fragments(items: &[Item], passages: &[usize], fragments: &[usize], sets: &mut UnionFind) {
    // Passage groups as they are after step 1, with their speakers and tie-break keys.
    let mut group_of: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    let mut root_of: FastMap<usize, usize> = hash::map();
    for &p in passages {
        let root = sets.find(p);
        group_of.entry(root).or_default().push(p);
        root_of.insert(p, root);
    }
    let groups = PassageGroups {
        group_of,
        root_of,
        by_word: word_index(items, passages),
    };
    let mut leftover = Vec::new();
    let mut attached = Vec::new();
    for &f in fragments {
        match groups.best_for(items, f) {
            Some(root) => attached.push((root, f)),
            None => leftover.push(f),
        }
    }
    for (root, f) in attached {
        sets.union(root, f);
    }
    let mut equal: BTreeMap<Vec<&str>, Vec<usize>> = BTreeMap::new();
    for &f in &leftover {
        let key: Vec<&str> = items[f].words.iter().map(|w| w.key.as_str()).collect();
        equal.entry(key).or_default().push(f);
    }
    for members in equal.values() {
        join_agreeing(items, members, sets);
    }
}

/// Among equal fragments, joins each to the first earlier one whose speaker does not differ.
fn join_agreeing(items: &[Item], members: &[usize], sets: &mut UnionFind) {
    let mut heads: Vec<(usize, Signature)> = Vec::new();
    for &m in members {
        let sig = items[m].signature;
        match heads
            .iter_mut()
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

/// Passages by content word, to find the passages a fragment could sit in.
fn word_index<'a>(items: &'a [Item], passages: &[usize]) -> FastMap<&'a str, Vec<usize>> {
    let mut index: FastMap<&str, Vec<usize>> = hash::map();
    for &p in passages {
        for w in items[p].words.iter().filter(|w| w.content) {
            let list = index.entry(w.key.as_str()).or_default();
            if list.last() != Some(&p) {
                list.push(p);
            }
        }
    }
    index
}

/// How good a group is for a fragment: whole (or with one word skipped inside) first, then its
/// fit, the group's size, then the smaller key.
type Rank<'k> = (bool, Fit, usize, std::cmp::Reverse<&'k str>);

/// The passage groups after step 1, as fragments look them up.
struct PassageGroups<'a> {
    /// Passages of each group, by the group's root.
    group_of: BTreeMap<usize, Vec<usize>>,
    root_of: FastMap<usize, usize>,
    /// Passages by content word.
    by_word: FastMap<&'a str, Vec<usize>>,
}

impl PassageGroups<'_> {
    /// The root of the group that best takes fragment `f`: the best fit, then the group with
    /// most passages, then the smallest tie-break key.
    fn best_for(&self, items: &[Item], f: usize) -> Option<usize> {
        let mut candidates: Vec<usize> = items[f]
            .words
            .iter()
            .filter(|w| w.content)
            .filter_map(|w| self.by_word.get(w.key.as_str()))
            .flatten()
            .copied()
            .collect();
        candidates.sort_unstable();
        candidates.dedup();
        let mut best: Option<(Rank, usize)> = None;
        for p in candidates {
            let root = self.root_of[&p];
            let members = &self.group_of[&root];
            let mut group_sig = Signature::default();
            for &m in members {
                group_sig.extend(items[m].signature);
            }
            let agreement = items[f].signature.agreement(&group_sig);
            let Some((inside, fit)) = fragment_fit(&items[f], &items[p], agreement) else {
                continue;
            };
            let key = members
                .iter()
                .map(|&m| items[m].sort_key)
                .min()
                .unwrap_or("");
            let score = (inside, fit, members.len(), std::cmp::Reverse(key));
            if best.as_ref().is_none_or(|(b, _)| score > *b) {
                best = Some((score, root));
            }
        }
        best.map(|(_, root)| root)
    }
}

/// Disjoint sets over item indices.
struct UnionFind {
    parent: Vec<usize>,
}

impl UnionFind {
    fn new(n: usize) -> Self {
        UnionFind {
            parent: (0..n).collect(),
        }
    }

    fn find(&mut self, mut i: usize) -> usize {
        while self.parent[i] != i {
            self.parent[i] = self.parent[self.parent[i]];
            i = self.parent[i];
        }
        i
    }

    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            let (lo, hi) = (ra.min(rb), ra.max(rb));
            self.parent[hi] = lo;
        }
    }

    fn groups(mut self) -> Vec<Vec<usize>> {
        let mut by_root: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for i in 0..self.parent.len() {
            let r = self.find(i);
            by_root.entry(r).or_default().push(i);
        }
        by_root.into_values().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::align::words::words_of;
    use crate::span::Span;

    fn ws(text: &str) -> Vec<Word> {
        words_of(text, Span::new(0, text.len()))
    }

    /// Groups texts by the mechanism above, with the given speaker signatures, as text lists.
    fn groups_of(texts: &[(&str, Signature)]) -> Vec<Vec<String>> {
        let words: Vec<Vec<Word>> = texts.iter().map(|(t, _)| ws(t)).collect();
        let items: Vec<Item> = texts
            .iter()
            .zip(&words)
            .map(|((t, s), w)| Item {
                words: w,
                signature: s,
                sort_key: t,
            })
            .collect();
        group(&items)
            .into_iter()
            .map(|g| g.into_iter().map(|i| texts[i].0.to_string()).collect())
            .collect()
    }

    fn none() -> Signature {
        Signature::default()
    }

    #[test]
    fn fit_counts_words_in_order_and_the_longest_run() {
        let f = fit(
            &ws("a new force and mode of counteraction."),
            &ws("new force and mode of counteraction to foil the U.S. attempt"),
        );
        assert_eq!(f, Fit { matched: 6, run: 6 });
    }

    #[test]
    fn versions_with_small_edits_and_cuts_are_one_utterance() {
        // Yonhap and the Kyiv Independent quoting one KCNA statement, July 2024.
        let g = groups_of(&[
            ("The Democratic People’s Republic of Korea will never overlook or avoid the looming grave threat but thoroughly deter the aggression and war threat with stronger level of strategic counteraction and defend peace and security in the region and the rest of the world,", none()),
            ("The Democratic People's Republic of Korea (DPRK) will never overlook or avoid the looming grave threat but thoroughly deter the aggression and war threat with stronger level of strategic counteraction.", none()),
            ("fuelling Russia’s war of aggression against Ukraine", none()),
        ]);
        assert_eq!(g.len(), 2);
        assert_eq!(g[0].len(), 2);
    }

    #[test]
    fn long_excerpts_that_overlap_in_part_are_one_utterance() {
        // ITV and tribalfootball.com quoting Gareth Southgate's statement, 16 July 2024: each
        // holds sentences the other leaves out.
        let g = groups_of(&[
            ("The squad we took to Germany is full of exciting young talent and they can win the trophy we all dream of. My special thanks go to the backroom staff who have provided the players and me with unstinting support over the last eight years. Their hard work and commitment inspired me every day. I look forward to watching and celebrating as the players go on to create more special memories.", none()),
            ("I joined the FA in 2011, determined to improve English football. I have had the privilege of leading a large group of players in 102 games. The squad we took to Germany is full of exciting young talent and they can win the trophy we all dream of. We have the best fans in the world.", none()),
        ]);
        assert_eq!(g.len(), 1, "{g:?}");
    }

    #[test]
    fn a_short_headline_quote_does_not_chain_two_statements() {
        // Yahoo News UK and newsmakerslive.org, January 2023: the headline's five words sit
        // in both of Jacinda Ardern's sentences, which are different utterances.
        let g = groups_of(&[
            ("I know what this job takes. And I know that I no longer have enough in the tank to do it justice.", none()),
            ("Not enough in the tank", none()),
            ("I just don't have enough in the tank for another four years. Have I given all I have to put us in the best possible position? I have. And I know that hand on heart.", none()),
        ]);
        assert_eq!(g.len(), 2, "{g:?}");
    }

    #[test]
    fn a_phrase_with_one_word_skipped_inside_beats_one_cut_at_an_end() {
        // The Sun and a family statement, October 2023: "passed away peacefully" is the
        // statement's "passed peacefully", not another tribute's "has passed away".
        let g = groups_of(&[
            ("Very sad news today, one of the true greats Sir Bobby Charlton has passed away", none()),
            ("It is with great sadness that we share the news that Sir Bobby passed peacefully in the early hours of Saturday morning", none()),
            ("passed away peacefully", none()),
        ]);
        assert_eq!(g.len(), 2, "{g:?}");
        assert!(
            g.iter()
                .any(|m| m.len() == 2 && m[1] == "passed away peacefully"),
            "{g:?}"
        );
    }

    #[test]
    fn phrases_sharing_one_word_stay_apart() {
        let g = groups_of(&[
            ("great concern", none()),
            ("grave concern", none()),
            ("profound concern", none()),
            ("great concern", none()),
        ]);
        assert_eq!(g.len(), 3, "{g:?}");
    }

    #[test]
    fn a_fragment_joins_the_passage_it_comes_from() {
        let g = groups_of(&[
            ("will never overlook the grave threat but deter the aggression with stronger level of strategic counteraction", none()),
            ("tougher strategic counteraction", none()),
            ("strategic counteraction.", none()),
            ("Strategic Counteraction", none()),
        ]);
        assert_eq!(g.len(), 1, "{g:?}");
    }

    #[test]
    fn a_one_word_fragment_needs_the_same_speaker() {
        let ministry = |k: &str| {
            let names = super::super::speakers::SpeakerNames::new(&[]);
            names.signature([k])
        };
        let g = groups_of(&[
            (
                "The Foreign Ministry most strongly denounces the declaration, an illegal document",
                ministry("Foreign Ministry Spokesperson Kim"),
            ),
            ("illegal", ministry("Spokesperson Kim")),
            ("strongly", ministry("NATO Leaders")),
            ("illegal", none()),
        ]);
        assert_eq!(g.len(), 3, "{g:?}");
        assert_eq!(g[0].len(), 2, "{g:?}");
    }
}

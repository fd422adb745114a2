//! Which quotations come from the same utterance.
//!
//! Two steps, so that a short fragment can never chain two statements together:
//! 1. **Passages** (quotations of six words or more) are joined when they share a run of at
//!    least three words and most of the shorter one's words, and of its content words, appear
//!    in order in the longer (a dropped "a", an inserted "(DPRK)", a cut at either end do not
//!    matter); when they share a whole run of twelve words (two long excerpts of one
//!    statement, each with paragraphs the other leaves out); when a run of eight ends one and
//!    starts the other (consecutive excerpts); or, said by the same speaker, when most of the
//!    shorter's content words appear in any order (a reordered translation), or half of them
//!    when both end with the same words (one sentence quoted to its end, its head reworded;
//!    an index of their last two words finds them, each key remembering a bounded list, and
//!    that test needs no diff), or when four content words in a row end one and start the
//!    other (consecutive excerpts), and any of these holds between
//!    one's sentence and the other whole (a page that runs two sentences together, another
//!    that prints one of them with another sentence: [`super::versions`]). Two different
//!    named speakers join only through the twelve-word run ([`same_passage`]). A passage that
//!    holds two quotations one source prints apart (another utterance between them) joins only
//!    one of their groups ([`bridges`]); excerpts of one statement in a row are not apart. Candidates come from an index of three-word shingles, so only quotations
//!    that share a run are compared, and each shingle keeps a bounded list, so the work grows
//!    with the text, not its square. A comparison that cheap bounds decide (too few words in
//!    common, or no run long enough, for any rule: [`super::bounds`]) runs no diff, and a passage runs a few diffs
//!    at most. A passage of two or three content words that joins none joins its speaker's
//!    group holding them all close together in any order (one remark transcribed in other
//!    words, [`super::short::join_reworded`]). Passages of one speaker that say the same one
//!    to three content words with the same polarity are one sentence translated twice ("I
//!    will not quit" / "I am not going to quit", [`super::short::join_restated`]).
//! 2. **Fragments** (one to five words: "strategic counteraction", a headline's "Not enough
//!    in the tank") then join the single best group that contains them:
//!    all their words in a row ("strategic counteraction"), or two thirds of them with at least
//!    two in a row and their content ("tougher strategic counteraction", "head and heart"; not
//!    "time for change" in "opportunity for change"), or from first word to last with one
//!    word skipped inside ("passed away peacefully" / "passed peacefully", preferred over a
//!    phrase cut at one end), or every word in another order when the speakers agree ("shook
//!    me to the bone" / "shake them to the bone, just like it shook me"); a one-word fragment
//!    ("illegal") only when the speakers agree. A repetition counts once ("never, never,
//!    never give up"). Among the groups that take a fragment, the one that holds a quotation
//!    of its sentence, else of its paragraph, comes first (the other fragment of "… 'X' and
//!    'Y'" already joined it), then the better fit, the same speaker, and size last.
//!    A fragment no group takes by its words joins the group holding a quotation of its
//!    paragraph when one speaker says both and they share a phrase that holds the fragment's
//!    last content word ("my hand" of "Well, my hand. There,"; not "trying to" of "trying to
//!    stop me", which may be another sentence quoted beside the group's in one report). Fragments no passage takes are grouped with equal fragments (articles aside: "a shame"
//!    / "shame").
//!
//! Words are compared by their stems ("rigged" / "rig", "warnings" / "warning"); two long
//! stems one letter apart are one word (a misprint: "unacceptible" / "unacceptable").
//!
//! Words are compared by [`super::words`] keys. Different utterances that share a word or two
//! ("great concern", "grave concern") stay apart because no run of theirs is long enough.
//! Groups depend only on the quotations, never on the order of the sources.

use std::cmp::Reverse;
use std::collections::BTreeMap;

use super::bounds::Bounds;
pub use super::item::Item;
use super::neighbours;
#[cfg(test)]
pub use super::runs::fit;
use super::runs::{anchored, fit_with_content, shared_run, shares_phrase, Fit, Fragment};
use super::short;
use super::speakers::{Agreement, Agreements, Signature};
use super::union_find::UnionFind;
pub use super::versions::PASSAGE_WORDS;
use super::versions::{reworded, same_passage, Judge, CONTENT_WORDS, ENDING, SHINGLE};
use super::word_index::WordIndex;
use super::words::intern;
#[cfg(test)]
use super::words::Word;
use crate::hash::{self, FastMap};
use crate::word_forms::stem;

/// Passages each shingle remembers for comparison with later ones.
const SHINGLE_MEMORY: usize = 16;
/// Passages one passage is diffed with at most, of the [`neighbours::NEIGHBOURS`] it may be
/// compared with: most comparisons are decided by the speakers and cheap bounds
/// ([`same_passage`]), and a passage of the example set or of any event in `tests/data` needs
/// three diffs at most (measured on every one of them). Only a text whose every passage shares runs and most of its words
/// with hundreds of others (a low-vocabulary one) reaches this, and there it keeps the work
/// per passage small (a diff of two such passages costs tens of times what the bounds do).
const PASSAGE_DIFFS: usize = 4;
/// Passages one fragment is diffed with at most (three at most in those events), of the
/// [`neighbours::NEIGHBOURS`] it may meet ([`PassageGroups::fits_for`]).
const FRAGMENT_DIFFS: usize = 12;

/// Groups `items`: each inner list holds item indices, ascending; groups are in the order of
/// their first item.
pub fn group(items: &[Item]) -> Vec<Vec<usize>> {
    let mut sets = UnionFind::new(items.len());
    // Every key's stem as a small integer, once for all the comparisons below: "rigged" and
    // "rig", "warnings" and "warning" are one word to the grouping, and so are two long
    // stems one letter apart (a misprint: "unacceptible" / "unacceptable").
    let mut interned: FastMap<String, u32> = hash::map();
    let mut misprints: FastMap<String, u32> = hash::map();
    let ids: Vec<Vec<u32>> = items
        .iter()
        .map(|item| {
            item.words
                .iter()
                .map(|w| intern(stem(&w.key), &mut interned, &mut misprints))
                .collect()
        })
        .collect();
    let passages: Vec<usize> = (0..items.len())
        .filter(|&i| items[i].words.len() >= PASSAGE_WORDS)
        .collect();
    let mut judge = Judge {
        bounds: Bounds::new(interned.len()),
        agreements: Agreements::new(items.iter().map(|item| item.signature)),
    };
    join_passages(items, &ids, &passages, &mut sets, &mut judge);
    short::join_reworded(
        items,
        &ids,
        &passages,
        CONTENT_WORDS,
        &mut sets,
        &mut judge.agreements,
    );
    let bounds = &mut judge.bounds;
    let mut apart = |sets: &mut UnionFind, i, j| bridges(items, &ids, sets, (i, j), bounds);
    let agreements = &mut judge.agreements;
    short::join_restated(items, &ids, &passages, &mut sets, agreements, &mut apart);
    let fragments: Vec<usize> = (0..items.len())
        .filter(|&i| !items[i].words.is_empty() && items[i].words.len() < PASSAGE_WORDS)
        .collect();
    attach_fragments(items, &ids, &passages, &fragments, &mut sets, &mut judge);
    sets.groups()
}

/// Joins passages that share a three-word shingle and are versions of one utterance.
///
/// Each shingle remembers the first [`SHINGLE_MEMORY`] passages that had it; a passage is
/// compared only with those not already in its group, and with at most
/// [`neighbours::NEIGHBOURS`] of them, so a statement quoted by a thousand sources (or a
/// low-vocabulary text whose every passage shares shingles) costs a bounded number of
/// comparisons per passage, not one per pair.
fn join_passages(
    items: &[Item],
    ids: &[Vec<u32>],
    passages: &[usize],
    sets: &mut UnionFind,
    judge: &mut Judge,
) {
    let mut seen: FastMap<[u32; SHINGLE], Vec<usize>> = hash::map();
    let mut endings: FastMap<&[u32], Vec<usize>> = hash::map();
    // A passage equal word for word to an earlier one (a reprint) joins it and is compared
    // no further: whatever it would meet, the earlier one meets.
    let mut first_of: FastMap<&[u32], usize> = hash::map();
    // The passage each earlier one was last compared with (a stamp, not a list to search).
    let mut compared_with = vec![usize::MAX; items.len()];
    for &i in passages {
        if let Some(&j) = first_of.get(ids[i].as_slice()) {
            sets.union(i, j);
            continue;
        }
        first_of.insert(&ids[i], i);
        let mut comparisons = 0;
        let mut diffs_left = PASSAGE_DIFFS;
        for w in ids[i].windows(SHINGLE) {
            let earlier = seen.entry([w[0], w[1], w[2]]).or_default();
            for &j in earlier.iter() {
                if comparisons == neighbours::NEIGHBOURS
                    || compared_with[j] == i
                    || sets.find(i) == sets.find(j)
                {
                    continue;
                }
                compared_with[j] = i;
                comparisons += 1;
                if same_passage(items, ids, (i, j), judge, &mut diffs_left)
                    && !bridges(items, ids, sets, (i, j), &mut judge.bounds)
                {
                    sets.union(i, j);
                }
            }
            if earlier.len() < SHINGLE_MEMORY && earlier.last() != Some(&i) {
                earlier.push(i);
            }
        }
        // Passages that end alike may share no run of three (one sentence quoted to its
        // end, reworded before it): those its last words meet and no shingle did are
        // looked at for that alone ([`reworded`]), which needs no diff.
        let Some(at) = ids[i].len().checked_sub(ENDING) else {
            continue;
        };
        let earlier = endings.entry(&ids[i][at..]).or_default();
        for &j in earlier.iter() {
            if compared_with[j] != i
                && sets.find(i) != sets.find(j)
                && reworded(items, ids, (i, j), judge)
                && !bridges(items, ids, sets, (i, j), &mut judge.bounds)
            {
                sets.union(i, j);
            }
        }
        if earlier.len() < SHINGLE_MEMORY {
            earlier.push(i);
        }
    }
}

/// Pairs of members from one source [`bridges`] compares before it lets two groups join.
const BRIDGE_CHECKS: usize = 16;
/// Pairs of members [`bridges`] looks at in all (most from different sources, which need no
/// comparison), so that two large groups cost a bounded amount to join.
const BRIDGE_PAIRS: usize = 1024;

/// Whether joining the groups of `i` and `j` would make one utterance of two that one
/// source quotes apart: a member of each, from the same source, separate quotations there
/// with another quotation between them ([`apart`]) that share no run of three words.
/// The source itself says they are two things said; a longer quotation elsewhere that holds
/// both (a page that runs two sentences of a speech together) joins only the group it
/// meets first. At most [`BRIDGE_PAIRS`] pairs are looked at and [`BRIDGE_CHECKS`] compared,
/// so the cost per join stays bounded however large the groups grow.
fn bridges(
    items: &[Item],
    ids: &[Vec<u32>],
    sets: &mut UnionFind,
    (i, j): (usize, usize),
    bounds: &mut Bounds,
) -> bool {
    let (ri, rj) = (sets.find(i), sets.find(j));
    let mut checks = 0;
    let pairs = sets.members[ri]
        .iter()
        .flat_map(|&a| sets.members[rj].iter().map(move |&b| (a, b)))
        .take(BRIDGE_PAIRS);
    for (a, b) in pairs {
        if items[a].source != items[b].source || !apart(items, sets, (ri, rj), a, b) {
            continue;
        }
        if checks == BRIDGE_CHECKS {
            return false;
        }
        checks += 1;
        // No common run of three words at all needs no diff to say so.
        let (a, b) = (ids[a].as_slice(), ids[b].as_slice());
        if bounds.common_run(a, b) < SHINGLE || shared_run(a, b) < SHINGLE {
            return true;
        }
    }
    false
}

/// Quotations between two of one source that [`apart`] looks at; more between them make
/// them apart whatever they are.
const BETWEEN: usize = 8;

/// Whether items `a` and `b` of one source are quoted apart there: different quotations
/// with another quotation between them that neither group `roots` holds. Consecutive ones
/// may be one statement cut around its attribution ("“… has passed away,” he wrote. “We will
/// never forget him …”"), and so may a run of them whose every quotation between belongs to
/// the groups being joined (three excerpts of one statement in a row, the middle one already
/// grouped with the first): the source quotes one statement piece by piece, not two apart.
fn apart(items: &[Item], sets: &UnionFind, roots: (usize, usize), a: usize, b: usize) -> bool {
    let (lo, hi) = (a.min(b), a.max(b));
    if items[lo].quotation == items[hi].quotation {
        return false;
    }
    if hi - lo > BETWEEN + 1 {
        return true;
    }
    (lo + 1..hi).any(|k| {
        let root = sets.root(k);
        items[k].quotation != items[lo].quotation && root != roots.0 && root != roots.1
    })
}

/// How a fragment fits one passage; `None` when it does not. The first field says whether
/// the fragment's first and last words both sit in the passage with at most one word skipped
/// between them on either side ("passed away peacefully" in "passed peacefully"): an edit
/// inside a short phrase, which fits better than a phrase cut at one end.
///
/// Each diff takes one of `diffs_left`; with none left, the fit is `None`.
fn fragment_fit(
    fragment: &Fragment,
    passage: &[u32],
    agreement: Agreement,
    diffs_left: &mut usize,
) -> Option<(bool, Fit)> {
    let (fragment_ids, content_of) = (fragment.ids.as_slice(), fragment.content.as_slice());
    let n = fragment_ids.len();
    let has_content = content_of.iter().any(|&c| c);
    // What the speakers and the words say is checked first: the diff is the costly part.
    let possible = has_content
        && match n {
            1 => agreement == Agreement::Same,
            _ => agreement != Agreement::Different,
        };
    if !possible || *diffs_left == 0 {
        return None;
    }
    *diffs_left -= 1;
    let (f, content) = fit_with_content(content_of, fragment_ids, passage);
    let whole = f.run == n;
    // Two thirds of the words, two in a row, and the content: two content words in a row
    // ("strategic counteraction" of "tougher strategic counteraction"), a content word in a
    // run of three ("enough in the tank"), or every content word ("head and heart" in "in my
    // head and in my heart"). "for change" is not enough for "time for change": its one
    // content word is not what the phrase says.
    let all_content = content_of.iter().filter(|&&c| c).count();
    let most = f.run >= 2
        && 3 * f.matched >= 2 * n
        && (content.run >= 2
            || (f.run >= SHINGLE && content.run >= 1)
            || (all_content >= 2 && content.matched == all_content));
    let anchored = anchored(fragment, passage);
    // A reordered phrase ("shook me to the bone" in "shake them to the bone, just like it
    // shook me"): every word of it in the passage, three in a row, said by the same speaker.
    let reordered = agreement == Agreement::Same
        && n >= 3
        && f.run >= SHINGLE
        && fragment_ids.iter().all(|w| passage.contains(w));
    let accepted = match n {
        1 => whole,
        _ => whole || most || anchored || reordered,
    };
    accepted.then_some((whole || anchored, f))
}

/// Attaches each fragment to the best group of passages that contains it, then groups the
/// remaining fragments that are equal word for word.
fn attach_fragments(
    items: &[Item],
    ids: &[Vec<u32>],
    passages: &[usize],
    fragments: &[usize],
    sets: &mut UnionFind,
    judge: &mut Judge,
) {
    // Passage groups as they are after step 1, with their speakers and tie-break keys, each
    // gathered once (not once per fragment that looks at the group).
    let mut members_of: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    let mut root_of: FastMap<usize, usize> = hash::map();
    for &p in passages {
        let root = sets.find(p);
        members_of.entry(root).or_default().push(p);
        root_of.insert(p, root);
    }
    let groups: FastMap<usize, GroupFacts> = members_of
        .iter()
        .map(|(&root, members)| {
            let mut signature = Signature::default();
            for &m in members {
                signature.extend(items[m].signature);
            }
            let key = members
                .iter()
                .map(|&m| items[m].sort_key)
                .min()
                .unwrap_or("");
            let mut facts = GroupFacts {
                signature,
                size: members.len(),
                key,
                places: Vec::new(),
            };
            for &m in members {
                facts.note((items[m].source, items[m].paragraph, items[m].sentence));
            }
            (root, facts)
        })
        .collect();
    let mut groups = PassageGroups {
        groups,
        root_of,
        by_word: WordIndex::new(items, passages),
        held: hash::FastSet::default(),
    };
    let places: Vec<(usize, (usize, usize, usize))> = (groups.groups.iter())
        .flat_map(|(&root, facts)| facts.places.iter().map(move |&place| (root, place)))
        .collect();
    for (root, place) in places {
        groups.hold(root, place);
    }
    let mut leftover = Vec::new();
    let mut attached = Vec::new();
    // Equal fragments with equal speakers fit the same groups: found once. Which of them each
    // joins depends on its context, and on where the fragments before it went.
    let mut fits: FastMap<(&[u32], &Signature), Fits> = hash::map();
    for &f in fragments {
        let candidates = fits
            .entry((ids[f].as_slice(), items[f].signature))
            .or_insert_with(|| groups.fits_for(items, ids, f, &mut judge.bounds));
        match groups.choose(&items[f], candidates, ids) {
            Some(root) => {
                attached.push((root, f));
                groups.note(root, &items[f]);
            }
            None => leftover.push(f),
        }
    }
    // A fragment no group takes by its words alone joins one that holds a quotation of its
    // paragraph (the pieces of one remark a page prints around a description of a gesture)
    // when its speaker says both and it shares a phrase with one of the group's passages.
    leftover.retain(|&f| {
        let in_context = fits
            .get(&(ids[f].as_slice(), items[f].signature))
            .and_then(|fits| groups.by_context(&items[f], fits, ids));
        if let Some(root) = in_context {
            attached.push((root, f));
        }
        in_context.is_none()
    });
    for (root, f) in attached {
        sets.union(root, f);
    }
    // Left-over fragments equal but for articles ("a shame" / "shame") are one phrase.
    let mut equal: BTreeMap<Vec<&str>, Vec<usize>> = BTreeMap::new();
    for &f in &leftover {
        let key: Vec<&str> = items[f]
            .words
            .iter()
            .map(|w| w.key.as_str())
            .filter(|k| !matches!(*k, "a" | "an" | "the"))
            .collect();
        equal.entry(key).or_default().push(f);
    }
    for members in equal.values() {
        short::join_agreeing(items, members, sets);
    }
    short::join_contained(items, ids, &leftover, sets);
}

/// Whether a fragment sits inside a passage (whole, or with one word skipped) and its fit.
type InsideFit = (bool, Fit);

/// How good a group is for a fragment: whole (or with one word skipped inside) first, then its
/// context (the group holds a quotation of the fragment's sentence, else of its paragraph),
/// its fit, whether the speakers are the same, the group's size, then the smaller key. (That
/// the group holds some quotation of the same article says little: a page quotes many
/// utterances, and its long quotations may sit in another group than its short ones.)
type Rank<'k> = (bool, u8, Fit, bool, usize, std::cmp::Reverse<&'k str>);

/// What fragments ask of a passage group.
struct GroupFacts<'a> {
    /// The union of its members' speakers.
    signature: Signature,
    /// How many passages it holds.
    size: usize,
    /// The smallest tie-break key of its members.
    key: &'a str,
    /// (source, paragraph, sentence) of its members and of the fragments it took.
    places: Vec<(usize, usize, usize)>,
}

/// Places a group remembers for context; more add nothing to a choice that the first ones
/// did not already make (and the memory stays bounded per group).
const PLACES: usize = 64;

impl GroupFacts<'_> {
    /// Remembers `place` (source, paragraph, sentence); whether it was new and kept.
    fn note(&mut self, place: (usize, usize, usize)) -> bool {
        let new = self.places.len() < PLACES && !self.places.contains(&place);
        if new {
            self.places.push(place);
        }
        new
    }
}

/// The passage groups after step 1, as fragments look them up.
struct PassageGroups<'a> {
    /// Each group by its root.
    groups: FastMap<usize, GroupFacts<'a>>,
    root_of: FastMap<usize, usize>,
    /// Passages by content word.
    by_word: WordIndex<'a>,
    /// The places the groups remember (`GroupFacts::places`) as (source, [`SENTENCE`] or
    /// [`PARAGRAPH`], its index, root), so a group's context is two look-ups.
    held: hash::FastSet<(usize, u8, usize, usize)>,
}

/// Kinds of place in [`PassageGroups::held`].
const SENTENCE: u8 = 0;
const PARAGRAPH: u8 = 1;

impl PassageGroups<'_> {
    /// Notes that group `root` took a quotation at `item`'s place.
    fn note(&mut self, root: usize, item: &Item) {
        self.hold(root, (item.source, item.paragraph, item.sentence));
    }

    fn hold(&mut self, root: usize, place: (usize, usize, usize)) {
        let Some(facts) = self.groups.get_mut(&root) else {
            return;
        };
        let (source, paragraph, sentence) = place;
        if facts.note(place) || facts.places.contains(&place) {
            self.held.insert((source, SENTENCE, sentence, root));
            self.held.insert((source, PARAGRAPH, paragraph, root));
        }
    }

    /// 2 when group `root` holds a quotation of `item`'s sentence, 1 of its paragraph, else 0.
    fn context(&self, root: usize, item: &Item) -> u8 {
        let holds = |kind: u8, at: usize| self.held.contains(&(item.source, kind, at, root));
        if holds(SENTENCE, item.sentence) {
            2
        } else {
            u8::from(holds(PARAGRAPH, item.paragraph))
        }
    }

    /// The groups fragment `f` meets, in root order, each with its passages best possible
    /// fit first ([`Fragment::best_possible`]: a bound, not a diff). Nothing is diffed yet.
    fn fits_for(&self, items: &[Item], ids: &[Vec<u32>], f: usize, bounds: &mut Bounds) -> Fits {
        let fragment = Fragment::new(items[f].words, &ids[f]);
        let mut by_root: BTreeMap<usize, Vec<(InsideFit, usize)>> = BTreeMap::new();
        for p in self.by_word.candidates(items[f].words) {
            let possible = fragment.best_possible(&ids[p], bounds);
            let passages = by_root.entry(self.root_of[&p]).or_default();
            passages.push((possible, p));
        }
        let groups = by_root
            .into_iter()
            .map(|(root, mut passages)| {
                passages.sort_unstable_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
                let signature = &self.groups[&root].signature;
                Candidate {
                    root,
                    agreement: items[f].signature.agreement(signature),
                    passages,
                    fit: None,
                }
            })
            .collect();
        Fits {
            fragment,
            groups,
            diffs_left: FRAGMENT_DIFFS,
        }
    }

    /// The fit of the fragment of `fits` in its group `k`, diffed once: its passages are
    /// diffed best bound first until none left could beat the best fit found. How well a
    /// group fits matters only against another group, so when the fragment meets one group
    /// only, the first passage that takes it gives the fit.
    fn fit(fits: &mut Fits, k: usize, ids: &[Vec<u32>]) -> Option<InsideFit> {
        let one_group = fits.groups.len() == 1;
        let group = &mut fits.groups[k];
        if let Some(fit) = group.fit {
            return fit;
        }
        let mut best: Option<InsideFit> = None;
        for &(possible, p) in &group.passages {
            if best.is_some_and(|so_far| one_group || possible <= so_far) {
                break;
            }
            let left = &mut fits.diffs_left;
            if let Some(found) = fragment_fit(&fits.fragment, &ids[p], group.agreement, left) {
                best = best.max(Some(found));
            }
        }
        group.fit = Some(best);
        best
    }

    /// The root of the group of `fits` that best takes `item` ([`Rank`]; on a tie the smallest
    /// root). Groups are looked at best possible rank first, and only until none left could
    /// beat the best found, so a fragment that meets many groups diffs few of them.
    fn choose(&self, item: &Item, fits: &mut Fits, ids: &[Vec<u32>]) -> Option<usize> {
        // (The fragments that share `fits` have `item`'s speaker: its agreement is at hand.)
        let rank = |g: &Candidate, (inside, fit): InsideFit| -> (Rank, Reverse<usize>) {
            let group = &self.groups[&g.root];
            let same = g.agreement == Agreement::Same;
            let key = Reverse(group.key);
            let rank = (
                inside,
                self.context(g.root, item),
                fit,
                same,
                group.size,
                key,
            );
            (rank, Reverse(g.root))
        };
        let mut order: Vec<((Rank, Reverse<usize>), usize)> = (fits.groups.iter().enumerate())
            .map(|(k, g)| (rank(g, g.passages[0].0), k))
            .collect();
        order.sort_unstable_by(|a, b| b.0.cmp(&a.0));
        let mut best: Option<(Rank, Reverse<usize>)> = None;
        for (possible, k) in order {
            if best.as_ref().is_some_and(|b| possible < *b) {
                break;
            }
            let Some(found) = Self::fit(fits, k, ids) else {
                continue;
            };
            let ranked = rank(&fits.groups[k], found);
            if best.as_ref().is_none_or(|b| ranked > *b) {
                best = Some(ranked);
            }
        }
        best.map(|(_, Reverse(root))| root)
    }
}

impl PassageGroups<'_> {
    /// The group of `fits` that holds a quotation of `item`'s sentence, else of its paragraph,
    /// said by the same speaker, with a passage (of the first [`FRAGMENT_DIFFS`]) that shares
    /// a phrase with the fragment ([`shares_phrase`]); the smallest root on a tie.
    fn by_context(&self, item: &Item, fits: &Fits, ids: &[Vec<u32>]) -> Option<usize> {
        let mut diffs_left = FRAGMENT_DIFFS;
        let mut best: Option<(u8, Reverse<usize>)> = None;
        for g in fits
            .groups
            .iter()
            .filter(|g| g.agreement == Agreement::Same)
        {
            let context = self.context(g.root, item);
            if context == 0 {
                continue;
            }
            if Some((context, Reverse(g.root))) < best {
                continue;
            }
            let takes = g.passages.iter().any(|&(_, p)| {
                diffs_left > 0 && {
                    diffs_left -= 1;
                    shares_phrase(&fits.fragment, &ids[p])
                }
            });
            if takes {
                best = Some((context, Reverse(g.root)));
            }
        }
        best.map(|(_, Reverse(root))| root)
    }
}

/// The groups one fragment (and every fragment equal to it with an equal speaker) meets.
struct Fits {
    fragment: Fragment,
    groups: Vec<Candidate>,
    /// Diffs it may still run ([`FRAGMENT_DIFFS`]).
    diffs_left: usize,
}

/// A group a fragment meets.
struct Candidate {
    root: usize,
    agreement: Agreement,
    /// The passages of the group the fragment meets, best possible fit first (never empty).
    passages: Vec<(InsideFit, usize)>,
    /// Its fit once diffed ([`PassageGroups::fit`]); `Some(None)` when no passage takes it.
    fit: Option<Option<InsideFit>>,
}

#[cfg(test)]
#[path = "group_tests.rs"]
mod tests;

//! Whether two passages are versions of one utterance ([`same_passage`]), for the grouping
//! of [`super::group`].

use similar::{capture_diff_slices, Algorithm, DiffOp};

use super::bounds::Bounds;
use super::item::Item;
use super::runs::{longest_content_run, Fit};
use super::speakers::{Agreement, Agreements};
use super::words::Word;

/// Shortest passage; shorter quotations are fragments.
pub const PASSAGE_WORDS: usize = 6;
/// Shared run of words that makes two passages candidates.
pub const SHINGLE: usize = 3;

/// Share of the shorter passage's words that must appear in the longer.
const PASSAGE_CONTAINMENT: f64 = 0.6;
/// A run of this many words in a row shared word for word makes two passages one utterance
/// whatever else each holds: two long excerpts of one statement that overlap in part (each
/// quotes paragraphs the other leaves out).
const VERBATIM_RUN: usize = 4 * SHINGLE;
/// A run of this many words that ends one passage and starts the other makes them one
/// utterance: consecutive excerpts of one statement, cut where one stops and the next
/// begins ("… has passed away. We will never forget him and nor will all of football" /
/// "We will never forget him and nor will all of football. He will be …").
const OVERLAP_RUN: usize = 8;

/// What the comparisons of one grouping share: the bounds' scratch space and the speakers'
/// agreements, each pair of distinct signatures judged once.
pub struct Judge<'a> {
    pub bounds: Bounds,
    pub agreements: Agreements<'a>,
}

/// Whether passages `i` and `j` are versions of one utterance.
///
/// - A run of [`VERBATIM_RUN`] words in a row: one text, whoever each source credits it to
///   (a spokesperson reading a leader's statement, a misattribution): so long a run shared
///   word for word is no stock phrase.
/// - Otherwise two quotations whose speakers are both named, and different people, never join:
///   what two people share in fewer words ("our hearts go out to", "the full support of the
///   nation") is a formula, not one utterance.
/// - A run of [`OVERLAP_RUN`] words that ends one and starts the other (consecutive
///   excerpts of one statement).
/// - Most of the shorter's words in order in the longer, with a run of three, counted over
///   content words too: three in five of its content words, and four at least unless it has
///   fewer or shares six words in a row (a short condolence that shares "the", "of", "our"
///   and three content words with a statement is not a version of it); from one speaker,
///   two content words in a row within a run of four or more are enough ("a public
///   humiliation is …" translated twice).
/// - When the speakers are the same, most of the shorter's content words in any order (a
///   translation or an edit that reorders clauses: "To all who grieve, we send …" / "We
///   send … to all who grieve"); or half of them, four at least, when both end with the
///   same two words ([`ends_alike`]: one sentence quoted to its end, its head reworded).
/// - When the speakers are the same, [`MEETING`] content words in a row that end one and
///   start the other ([`meets`]: consecutive excerpts that meet in a phrase of content words).
/// - When the speakers are the same, each sentence of a passage of several against the
///   other whole, by the rules above ([`sentences`]).
///
/// What needs no diff is decided first: the speakers, the content words in any order, and
/// whether the words a diff could match at most ([`Bounds`]) are enough for any of the rest.
pub fn same_passage(
    items: &[Item],
    ids: &[Vec<u32>],
    (i, j): (usize, usize),
    judge: &mut Judge,
    diffs_left: &mut usize,
) -> bool {
    let agreement = judge.agreements.of(i, j);
    let whole = |k: usize| Passage {
        words: items[k].words,
        ids: &ids[k],
    };
    if versions(whole(i), whole(j), agreement, &mut judge.bounds, diffs_left) {
        return true;
    }
    // One speaker's passage of several sentences, each sentence against the other whole: a
    // page that runs two sentences together which another prints apart, or with a sentence
    // of its own ("What have I done? Is a kiss enough to push me out?" / "Is a kiss enough
    // to push me out? I will fight on."). Whether that joins two groups is for `bridges`.
    if agreement != Agreement::Same {
        return false;
    }
    for (k, other) in [(i, j), (j, i)] {
        for piece in sentences(&items[k], &ids[k]) {
            if versions(
                piece,
                whole(other),
                agreement,
                &mut judge.bounds,
                diffs_left,
            ) {
                return true;
            }
        }
    }
    false
}

/// Whether passages `i` and `j`, said by one speaker, end alike ([`ends_alike`]) and the
/// shorter's content words are in the other in any order, half of them and four at least: the
/// rule of [`same_passage`] for passages that share no run of three words.
pub fn reworded(
    items: &[Item],
    ids: &[Vec<u32>],
    (i, j): (usize, usize),
    judge: &mut Judge,
) -> bool {
    let (short, long) = if ids[i].len() <= ids[j].len() {
        (i, j)
    } else {
        (j, i)
    };
    let (words, a, b) = (
        items[short].words,
        ids[short].as_slice(),
        ids[long].as_slice(),
    );
    if judge.agreements.of(i, j) != Agreement::Same || !ends_alike(words, a, b) {
        return false;
    }
    let content = words.iter().filter(|w| w.content).count();
    content >= CONTENT_WORDS && rewording(judge.bounds.in_any_order(words, a, b), content)
}

/// A passage's words and their stems' ids, or those of one of its sentences.
#[derive(Clone, Copy)]
struct Passage<'a> {
    words: &'a [Word],
    ids: &'a [u32],
}

/// Sentences of a passage [`same_passage`] compares one by one, at most.
const SENTENCES: usize = 4;

/// The sentences of `item` of [`PASSAGE_WORDS`] words or more when it has more than one
/// (the first [`SENTENCES`]).
fn sentences<'a>(item: &Item<'a>, ids: &'a [u32]) -> impl Iterator<Item = Passage<'a>> + 'a {
    let words = item.words;
    let starts = item.sentences;
    let count = if starts.is_empty() {
        0
    } else {
        (starts.len() + 1).min(SENTENCES)
    };
    (0..count)
        .map(move |n| {
            let start = if n == 0 { 0 } else { starts[n - 1] };
            let end = starts.get(n).map_or(words.len(), |&e| e.min(words.len()));
            (start.min(end), end)
        })
        .filter(|&(start, end)| end - start >= PASSAGE_WORDS)
        .map(move |(start, end)| Passage {
            words: &words[start..end],
            ids: &ids[start..end],
        })
}

/// Whether passages (or sentences) `x` and `y`, whose speakers agree as `agreement` says,
/// are versions of one utterance: the rules of [`same_passage`].
fn versions(
    x: Passage,
    y: Passage,
    agreement: Agreement,
    bounds: &mut Bounds,
    diffs_left: &mut usize,
) -> bool {
    let (short, long) = if x.ids.len() <= y.ids.len() {
        (x, y)
    } else {
        (y, x)
    };
    let (words, a, b) = (short.words, short.ids, long.ids);
    let content = words.iter().filter(|w| w.content).count();
    // Whether `matched` content words, with a longest run of `run` words and one of
    // `content_run` content words in a row, are enough. One speaker's two versions may share
    // fewer content words when two of them stand together in a run longer than a shingle ("a
    // public humiliation is" of "… taking place" / "… being staged"): a compound said again,
    // not a formula ("I want to thank the …" holds no two content words in a row).
    let same = agreement == Agreement::Same;
    let enough_content = |matched: usize, run: usize, content_run: usize| {
        matched as f64 >= PASSAGE_CONTAINMENT * content as f64
            && (matched >= CONTENT_WORDS
                || matched == content
                || run >= 2 * SHINGLE
                || (same && content_run >= 2 && run > SHINGLE))
    };
    if same && content >= CONTENT_WORDS {
        // Most content words in any order; or half of them, four at least, when both end
        // alike: one sentence quoted to its end, its head reworded and its clauses
        // reordered, its last words kept ("The spread of X, and cases in nearby countries,
        // are very worrying" / "cases in countries nearby, and further spread, is very
        // worrying"). A sentence of the same topic that ends otherwise stays apart.
        let found = bounds.in_any_order(words, a, b);
        if found as f64 >= REORDERED_CONTENT * content as f64
            || (ends_alike(words, a, b) && rewording(found, content))
        {
            return true;
        }
    }
    // One speaker's consecutive excerpts that meet in a phrase of content words alone: it
    // ends one (or one of its sentences) and starts the other ("… knowing they were causing
    // lasting physical harm." / "causing lasting physical harm and untold grief").
    if same && (meets(short, long) || meets(long, short)) {
        return true;
    }
    if *diffs_left == 0 {
        return false;
    }
    // A diff matches at most the longest common subsequence, and its runs are no longer.
    let most = bounds.common_subsequence(a.iter().copied(), b);
    let most_content = if agreement == Agreement::Different {
        0
    } else {
        let content_ids = a.iter().zip(words).filter(|(_, w)| w.content);
        bounds.common_subsequence(content_ids.map(|(&id, _)| id), b)
    };
    // Whether a diff whose runs are at most `run` long could join them.
    let possible = |run: usize| {
        if agreement == Agreement::Different {
            run >= VERBATIM_RUN
        } else {
            run >= OVERLAP_RUN
                || (run >= SHINGLE
                    && most as f64 >= PASSAGE_CONTAINMENT * a.len() as f64
                    && enough_content(most_content, run, most_content))
        }
    };
    if !possible(most) {
        return false;
    }
    // A pair the subsequence lets through takes one of `diffs_left` whether a diff runs or
    // not, so the groups never depend on which bound ruled a pair out. The diff's runs are
    // at most the longest common run too, worked out where its table costs less than the
    // diff: in a low-vocabulary text most pairs share a shingle and most of their words but
    // no run long enough for the overlap or verbatim rule, or for the content rule's run.
    *diffs_left -= 1;
    if a.len() * b.len() <= RUN_TABLE && !possible(bounds.common_run(a, b)) {
        return false;
    }
    let mut f = Fit::default();
    let mut content_matched = 0;
    let mut content_run = 0;
    let mut overlap = false;
    for op in capture_diff_slices(Algorithm::Patience, a, b) {
        if let DiffOp::Equal {
            old_index,
            new_index,
            len,
        } = op
        {
            f.matched += len;
            f.run = f.run.max(len);
            let equal = &words[old_index..old_index + len];
            content_matched += equal.iter().filter(|w| w.content).count();
            content_run = content_run.max(longest_content_run(equal));
            overlap |= len >= OVERLAP_RUN
                && (ends_and_starts((old_index, len, a.len()), new_index)
                    || ends_and_starts((new_index, len, b.len()), old_index));
        }
    }
    if f.run >= VERBATIM_RUN {
        return true;
    }
    if agreement == Agreement::Different {
        return false;
    }
    let contained = f.run >= SHINGLE
        && f.matched as f64 >= PASSAGE_CONTAINMENT * a.len() as f64
        && enough_content(content_matched, f.run, content_run);
    // (Reordered versions were taken above.)
    overlap || contained
}

/// Largest product of two passages' lengths whose longest common run [`same_passage`] works
/// out before a diff (a table of this many cells costs less than a diff of the two).
const RUN_TABLE: usize = 4096;

/// Content words a passage must share with another (unless it has fewer).
pub const CONTENT_WORDS: usize = 4;
/// Share of the shorter passage's content words that a reordered version holds.
const REORDERED_CONTENT: f64 = 0.8;
/// Share of the shorter passage's content words that a reworded version holds when both end
/// alike ([`ends_alike`]).
const REWORDED_CONTENT: f64 = 0.5;
/// Whether `found` of a passage's `content` words in another that ends alike make it a
/// reworded version: half of them, and four at least (an ending and a word or two in common
/// are what two sentences of one speech on one subject share).
fn rewording(found: usize, content: usize) -> bool {
    found >= CONTENT_WORDS && found as f64 >= REWORDED_CONTENT * content as f64
}

/// Words that end both of two passages that [`ends_alike`] finds.
pub const ENDING: usize = 2;

/// Content words in a row that end one passage and start the other in [`meets`].
const MEETING: usize = 4;

/// Whether `first` ends with the [`MEETING`] words that start `second`, all content words.
fn meets(first: Passage, second: Passage) -> bool {
    let Some(at) = first.ids.len().checked_sub(MEETING) else {
        return false;
    };
    second.ids.len() > MEETING
        && first.ids[at..] == second.ids[..MEETING]
        && second.words[..MEETING].iter().all(|w| w.content)
}

/// Whether the passage of `words` (ids `a`) and the passage of ids `b` end with the same
/// [`ENDING`] words, one of them a content word.
fn ends_alike(words: &[Word], a: &[u32], b: &[u32]) -> bool {
    let (Some(x), Some(y)) = (a.len().checked_sub(ENDING), b.len().checked_sub(ENDING)) else {
        return false;
    };
    a[x..] == b[y..] && words[x..].iter().any(|w| w.content)
}

/// Whether a shared run at `at..at + len` of a list of `total` words reaches that list's end
/// (a word may follow) while it starts the other list at `other_at` (a word may precede).
fn ends_and_starts((at, len, total): (usize, usize, usize), other_at: usize) -> bool {
    at + len + 1 >= total && other_at <= 1
}

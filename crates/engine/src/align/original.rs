//! The passage of the source marked as the original (a transcript, a press release) that a
//! quote group's versions come from, when the original gives the words without quote marks.
//!
//! The original's words are indexed once ([`OriginalIndex::new`]: each comparison key with its
//! positions). A search for one version then never scans the original: it votes for where the
//! version would start from the positions of its rarest words and pairs of neighbouring words
//! in the original (a pair's positions are its rarer word's positions followed by the other
//! word, read from a bounded number of them, so a statement made of common words — "we will not
//! stand for this" — is still found by its rare pairs). Each anchor and position is one vote for
//! a diagonal ( "the version's word `i` is the original's word
//! `p`"), aligns the version word by word against a window around each of the few best-voted
//! places, and keeps the window sharing most words in order. The work per search is bounded by
//! the version's length and the anchors' postings, not by the original's length.

use super::diff;
use super::words::{words_of, Word};
use crate::hash::{self, FastMap};
use crate::report::SegmentOp;
use crate::span::Span;
use crate::text::TextModel;

/// Versions of fewer words are not searched: two or three words are found in too many places
/// of a long original to say which one the outlet took.
const MIN_WORDS: usize = 4;
/// A version is taken from a passage when at least this share of its words (percent) are
/// found there in order. An outlet's cut or lightly edited version keeps most of the
/// speaker's words (a cut keeps all of those it prints; a paraphrase keeps few), and below
/// about this share a window mostly shares common words by chance, so the alignment would
/// show mostly "changed" words that no outlet changed.
const MIN_MATCHED_PERCENT: usize = 60;
/// Words occurring more often than this in the original are not anchors: they say little
/// about where a version comes from, and their postings would make the vote grow with the
/// original.
const MAX_POSTINGS: usize = 64;
/// At most this many of a version's rarest words and pairs vote.
const ANCHORS: usize = 16;
/// A pair's positions are read from its rarer word's positions only when it has at most this
/// many (a pair of two words that are everywhere says little, and costs as much to read).
const PAIR_SCAN: usize = 1024;
/// Votes are counted per band of this many diagonals, so insertions and cuts inside a version
/// (which shift the diagonal) still add up to one place.
const BAND: usize = 16;
/// At most this many best-voted places are aligned.
const PLACES: usize = 3;
/// A passage grows to whole sentences by at most this many words on each side (or the
/// version's length, if longer), so a transcript of run-on sentences gives a passage near the
/// quoted words, not a page.
const MAX_EXTENSION: usize = 40;

/// The original's words, indexed once.
pub struct OriginalIndex {
    /// The original's source index.
    pub source: usize,
    words: Vec<Word>,
    /// Each distinct key's id, and each id's positions in `words`, ascending.
    ids: FastMap<String, u32>,
    postings: Vec<Vec<u32>>,
    /// The id of each word of `words`.
    word_ids: Vec<u32>,
    /// The original's sentences' spans, in text order.
    sentences: Vec<Span>,
}

/// Where a version was found: original words `from..to`, with `matched` of the version's
/// words found there in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Found {
    pub from: usize,
    pub to: usize,
    pub matched: usize,
}

impl OriginalIndex {
    /// Indexes the words of `text` (source `source`, segmented as `model`).
    pub fn new(source: usize, text: &str, model: &TextModel) -> Self {
        let words = words_of(text, Span::new(0, text.len()));
        let mut ids: FastMap<String, u32> = hash::map();
        let mut postings: Vec<Vec<u32>> = Vec::new();
        let mut word_ids: Vec<u32> = Vec::with_capacity(words.len());
        for (p, w) in words.iter().enumerate() {
            let id = match ids.get(w.key.as_str()) {
                Some(&id) => id,
                None => {
                    let next = ids.len() as u32;
                    ids.insert(w.key.clone(), next);
                    next
                }
            };
            if id as usize == postings.len() {
                postings.push(Vec::new());
            }
            postings[id as usize].push(p as u32);
            word_ids.push(id);
        }
        OriginalIndex {
            source,
            words,
            ids,
            postings,
            word_ids,
            sentences: model.sentences.iter().map(|s| s.span).collect(),
        }
    }

    /// The original's words `from..to`.
    pub fn words(&self, from: usize, to: usize) -> &[Word] {
        &self.words[from.min(to).min(self.words.len())..to.min(self.words.len())]
    }

    /// Where `version` comes from in the original, if a window shares enough of its words in
    /// order (see [`MIN_MATCHED_PERCENT`]): the first to the last shared word.
    pub fn find(&self, version: &[Word]) -> Option<Found> {
        if version.len() < MIN_WORDS {
            return None;
        }
        // The version's words and pairs of words that are rare in the original, each with the
        // original's positions of its first word and its place `i` in the version.
        let ids: Vec<Option<u32>> = version
            .iter()
            .map(|w| self.ids.get(w.key.as_str()).copied())
            .collect();
        let mut lists: Vec<(usize, Vec<u32>)> = Vec::new();
        for (i, id) in ids.iter().enumerate() {
            let Some(id) = *id else { continue };
            let positions = &self.postings[id as usize];
            if positions.len() <= MAX_POSTINGS {
                lists.push((i, positions.clone()));
            }
            if let Some(&Some(next)) = ids.get(i + 1) {
                if let Some(positions) = self.pair_positions(id, next) {
                    lists.push((i, positions));
                }
            }
        }
        // Rarest first; on a tie, in the version's order (a word before its pair).
        let mut anchors: Vec<(usize, usize)> = lists
            .iter()
            .enumerate()
            .filter(|(_, (_, positions))| !positions.is_empty())
            .map(|(n, (_, positions))| (positions.len(), n))
            .collect();
        anchors.sort_unstable();
        anchors.truncate(ANCHORS);
        let mut votes: FastMap<usize, usize> = hash::map();
        for &(_, n) in &anchors {
            let (i, positions) = &lists[n];
            let i = *i;
            for &p in positions {
                // The original's word where the version would start, shifted by one band so
                // that a start before the original's first word still has a band.
                let start = (p as usize + BAND).saturating_sub(i);
                *votes.entry(start / BAND).or_insert(0) += 1;
            }
        }
        // Most votes first (counted down from the most there can be), then the earliest band.
        let mut places: Vec<(usize, usize)> = votes
            .into_iter()
            .map(|(band, count)| (usize::MAX - count, band))
            .collect();
        places.sort_unstable();
        places.truncate(PLACES);
        let slack = version.len() / 2 + BAND;
        let mut best: Option<Found> = None;
        for (_, band) in places {
            let start = (band * BAND).saturating_sub(BAND);
            let from = start.saturating_sub(slack);
            let to = (start + BAND + version.len() + slack).min(self.words.len());
            if from >= to {
                continue;
            }
            let window = &self.words[from..to];
            let Some(found) = shared_in_order(window, version) else {
                continue;
            };
            let found = Found {
                from: from + found.from,
                to: from + found.to,
                matched: found.matched,
            };
            let better = best.is_none_or(|b| {
                (found.matched, std::cmp::Reverse(found.from))
                    > (b.matched, std::cmp::Reverse(b.from))
            });
            if better {
                best = Some(found);
            }
        }
        best.filter(|b| b.matched * 100 >= version.len() * MIN_MATCHED_PERCENT)
    }

    /// Words `found.from..found.to` grown to the bounds of their sentences (each side by at
    /// most [`MAX_EXTENSION`] words, or `longest` if more): the original's passage as word
    /// indices `from..to`.
    pub fn passage(&self, found: Found, longest: usize) -> (usize, usize) {
        let (from, to) = (found.from, found.to.max(found.from + 1));
        let limit = MAX_EXTENSION.max(longest);
        let Some(first) = self.words.get(from) else {
            return (from, to);
        };
        let last = &self.words[to - 1];
        let sentence_start = self
            .sentence_of(first.span.start)
            .map_or(first.span.start, |s| s.start);
        let sentence_end = self
            .sentence_of(last.span.start)
            .map_or(last.span.end, |s| s.end);
        let grown_from = self.words[..from].partition_point(|w| w.span.start < sentence_start);
        let grown_to = to + self.words[to..].partition_point(|w| w.span.end <= sentence_end);
        (
            grown_from.max(from.saturating_sub(limit)),
            grown_to.min(to + limit),
        )
    }

    /// The passage (word indices `from..to`) that a group's versions come from, and the share
    /// of the fullest version's words found there: the fullest version's passage, grown to take
    /// in the other versions (`others`, longest first) found beside it — outlets quoting
    /// different cuts of one statement. Each wording is searched once, at most `versions` in
    /// all.
    pub fn passage_for<'w>(
        &self,
        fullest: &[Word],
        others: impl Iterator<Item = &'w [Word]>,
        versions: usize,
    ) -> Option<(usize, usize, f64)> {
        let primary = self.find(fullest)?;
        let longest = fullest.len();
        let (mut from, mut to) = self.passage(primary, longest);
        let mut searched: Vec<&[Word]> = vec![fullest];
        for version in others {
            if searched.len() >= versions {
                break;
            }
            let same = |d: &&[Word]| d.iter().map(|w| &w.key).eq(version.iter().map(|w| &w.key));
            if searched.iter().any(same) {
                continue;
            }
            searched.push(version);
            let Some(found) = self.find(version) else {
                continue;
            };
            // Only a version found beside the passage widens it: one found far away is another
            // occasion the original says the words, not a longer cut of this one.
            let near = longest.max(1);
            if found.to + near >= from && found.from <= to + near {
                let (f, t) = self.passage(found, longest);
                from = from.min(f);
                to = to.max(t);
            }
        }
        let matched = primary.matched as f64 / longest.max(1) as f64;
        Some((from, to, matched))
    }

    /// The positions where word `a` is followed by word `b` (at most [`MAX_POSTINGS`] of
    /// them), read from the rarer word's positions; `None` when there are more, or when both
    /// words are too common to read (see [`PAIR_SCAN`]).
    fn pair_positions(&self, a: u32, b: u32) -> Option<Vec<u32>> {
        let (first, second) = (&self.postings[a as usize], &self.postings[b as usize]);
        let (positions, offset): (&[u32], i64) = if first.len() <= second.len() {
            (first, 1)
        } else {
            (second, -1)
        };
        if positions.len() > PAIR_SCAN {
            return None;
        }
        let other = if offset == 1 { b } else { a };
        let mut found = Vec::new();
        for &p in positions {
            let neighbour = p as i64 + offset;
            let is_pair = usize::try_from(neighbour)
                .ok()
                .and_then(|n| self.word_ids.get(n))
                .is_some_and(|&id| id == other);
            if is_pair {
                found.push(if offset == 1 { p } else { p - 1 });
                if found.len() > MAX_POSTINGS {
                    return None;
                }
            }
        }
        Some(found)
    }

    fn sentence_of(&self, at: usize) -> Option<Span> {
        let i = self.sentences.partition_point(|s| s.end <= at);
        self.sentences.get(i).filter(|s| s.start <= at).copied()
    }
}

/// The words `version` shares in order with `window`: the window's first to last shared word
/// and how many are shared; `None` when none is.
fn shared_in_order(window: &[Word], version: &[Word]) -> Option<Found> {
    let mut found: Option<Found> = None;
    for op in diff::word_ops(window, version) {
        if op.op != SegmentOp::Equal {
            continue;
        }
        let f = found.get_or_insert(Found {
            from: op.reference.0,
            to: op.reference.1,
            matched: 0,
        });
        f.to = op.reference.1;
        f.matched += op.reference.1 - op.reference.0;
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index(text: &str) -> OriginalIndex {
        OriginalIndex::new(0, text, &TextModel::new(text))
    }

    fn version(text: &str) -> Vec<Word> {
        words_of(text, Span::new(0, text.len()))
    }

    fn passage_text<'t>(ix: &OriginalIndex, text: &'t str, version_text: &str) -> Option<&'t str> {
        let v = version(version_text);
        let found = ix.find(&v)?;
        let (from, to) = ix.passage(found, v.len());
        let words = ix.words(from, to);
        Some(&text[words.first()?.span.start..words.last()?.span.end])
    }

    const TRANSCRIPT: &str = "Good morning. Thank you all for coming.\n\
        The harbour wall failed in two places overnight and the water reached the market square by four o'clock. \
        Nobody was hurt, and I want to thank the volunteers who filled sandbags until dawn.\n\
        We will rebuild the wall before the winter storms, and the county will pay for every metre of it.\n\
        Questions, please.";

    #[test]
    fn a_cut_is_found_and_grown_to_its_sentence() {
        let ix = index(TRANSCRIPT);
        assert_eq!(
            passage_text(&ix, TRANSCRIPT, "rebuild the wall before the winter storms"),
            Some("We will rebuild the wall before the winter storms, and the county will pay for every metre of it")
        );
    }

    #[test]
    fn an_edited_version_is_found_where_it_shares_most_words() {
        let ix = index(TRANSCRIPT);
        let found = passage_text(
            &ix,
            TRANSCRIPT,
            "nobody was injured and I thank the volunteers who filled sandbags",
        )
        .expect("found");
        assert!(found.starts_with("Nobody was hurt"), "{found}");
        assert!(found.ends_with("until dawn"), "{found}");
    }

    #[test]
    fn words_the_original_does_not_say_are_not_found() {
        let ix = index(TRANSCRIPT);
        assert_eq!(
            passage_text(
                &ix,
                TRANSCRIPT,
                "the council has no money for the harbour this year"
            ),
            None
        );
        assert_eq!(
            passage_text(&ix, TRANSCRIPT, "the wall"),
            None,
            "too short to place"
        );
        assert_eq!(
            passage_text(&index(""), "", "we will rebuild the wall"),
            None
        );
    }

    #[test]
    fn common_words_are_found_by_their_rare_pairs() {
        // Every word of the statement is said over and over; only its pairs are rare.
        let mut text = String::new();
        for n in 0..200 {
            text.push_str(&format!(
                "We will {n} for this. We stand. Not this. For we will. Stand for {n}. "
            ));
        }
        text.push_str("And I say we will not stand for this any longer. ");
        text.push_str(&"We will stand for this. ".repeat(10));
        let ix = index(&text);
        assert_eq!(
            passage_text(&ix, &text, "we will not stand for this"),
            Some("And I say we will not stand for this any longer")
        );
    }

    #[test]
    fn a_long_original_is_searched_through_its_rare_words() {
        let mut text = String::new();
        for n in 0..3000 {
            text.push_str(&format!("Item {n} was read into the record and noted. "));
        }
        text.push_str("The pumping station at Elmridge will reopen on the first of March. ");
        for n in 0..3000 {
            text.push_str(&format!("Item {n} was read again. "));
        }
        let ix = index(&text);
        assert_eq!(
            passage_text(&ix, &text, "pumping station at Elmridge will reopen"),
            Some("The pumping station at Elmridge will reopen on the first of March")
        );
    }
}

//! Word-by-word alignment of one member of a group with the group's reference.
//!
//! The `similar` crate's patience diff runs over word keys (so case, quote style and spelling
//! variants count as equal) and its operations become segments with byte ranges on both
//! sides: equal, omitted (reference words the member lacks), inserted (words only the member
//! has) and changed (reference words the member gives differently). Patience anchors on words
//! that occur once, so a fragment lands where it belongs in a long reference.

use similar::{capture_diff_slices, Algorithm, DiffOp};

use super::words::{key_ids, Word};
use crate::report::{Segment, SegmentOp, TextRange};
use crate::span::Span;

/// One side of an alignment: a source text and the words of one quotation in it.
#[derive(Clone, Copy)]
pub struct Side<'a> {
    pub text: &'a str,
    pub words: &'a [Word],
}

impl Side<'_> {
    /// The text range covering words `from..to` (`None` if empty).
    fn range(&self, from: usize, to: usize) -> Option<TextRange> {
        if from >= to {
            return None;
        }
        let span = Span::new(self.words[from].span.start, self.words[to - 1].span.end);
        Some(TextRange {
            start: span.start,
            end: span.end,
            text: span.slice(self.text).to_string(),
        })
    }
}

/// A segment as word index ranges, before it is turned into text ranges.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WordOp {
    pub op: SegmentOp,
    /// Reference words `reference.0..reference.1`.
    pub reference: (usize, usize),
    /// Member words `member.0..member.1`.
    pub member: (usize, usize),
}

/// The word-level operations turning the reference into the member, in order.
pub fn word_ops(reference: &[Word], member: &[Word]) -> Vec<WordOp> {
    let (r, m) = key_ids(reference, member);
    let mut out: Vec<WordOp> = Vec::new();
    for op in capture_diff_slices(Algorithm::Patience, &r, &m) {
        let (kind, rr, mr) = match op {
            DiffOp::Equal {
                old_index,
                new_index,
                len,
            } => (
                SegmentOp::Equal,
                (old_index, old_index + len),
                (new_index, new_index + len),
            ),
            DiffOp::Delete {
                old_index,
                old_len,
                new_index,
            } => (
                SegmentOp::Omitted,
                (old_index, old_index + old_len),
                (new_index, new_index),
            ),
            DiffOp::Insert {
                old_index,
                new_index,
                new_len,
            } => (
                SegmentOp::Inserted,
                (old_index, old_index),
                (new_index, new_index + new_len),
            ),
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => (
                SegmentOp::Changed,
                (old_index, old_index + old_len),
                (new_index, new_index + new_len),
            ),
        };
        push_merged(&mut out, kind, rr, mr);
    }
    let mut out = slide_anchors(out, &r);
    split_cuts(&mut out);
    out
}

/// Moves a few equal words that the diff anchored far from the rest of the member ("I am" of
/// "I am human." matched to the member's "I am leaving …", then 49 words cut) next to the
/// rest, when the same words stand there in the reference: the member quotes them where they
/// belong, and the omission is one block before or after them.
fn slide_anchors<K: PartialEq>(ops: Vec<WordOp>, keys: &[K]) -> Vec<WordOp> {
    let mut ops = ops;
    for i in 0..ops.len().saturating_sub(2) {
        let (a, gap, b) = (ops[i], ops[i + 1], ops[i + 2]);
        let gap_is_cut = gap.op == SegmentOp::Omitted && a.op == SegmentOp::Equal;
        if !gap_is_cut || b.op != SegmentOp::Equal {
            continue;
        }
        let (len_a, len_b) = (a.reference.1 - a.reference.0, b.reference.1 - b.reference.0);
        let cut = gap.reference.1 - gap.reference.0;
        if len_a < len_b
            && cut >= len_a
            && keys[a.reference.0..a.reference.1] == keys[gap.reference.1 - len_a..gap.reference.1]
        {
            // The short run before the cut also stands just before the long run: move it there.
            ops[i] = WordOp {
                op: SegmentOp::Omitted,
                reference: (a.reference.0, gap.reference.1 - len_a),
                member: (a.member.0, a.member.0),
            };
            ops[i + 1] = WordOp {
                op: SegmentOp::Equal,
                reference: (gap.reference.1 - len_a, gap.reference.1),
                member: a.member,
            };
        } else if len_b < len_a
            && cut >= len_b
            && keys[b.reference.0..b.reference.1] == keys[gap.reference.0..gap.reference.0 + len_b]
        {
            // The short run after the cut also stands just after the long run.
            ops[i + 1] = WordOp {
                op: SegmentOp::Equal,
                reference: (gap.reference.0, gap.reference.0 + len_b),
                member: b.member,
            };
            ops[i + 2] = WordOp {
                op: SegmentOp::Omitted,
                reference: (gap.reference.0 + len_b, b.reference.1),
                member: (b.member.1, b.member.1),
            };
        }
    }
    let mut merged: Vec<WordOp> = Vec::with_capacity(ops.len());
    for o in ops {
        if o.reference.0 == o.reference.1 && o.member.0 == o.member.1 {
            continue;
        }
        push_merged(&mut merged, o.op, o.reference, o.member);
    }
    merged
}

/// Appends an op, merging it into the previous one of the same kind; an omission next to an
/// insertion becomes one change.
fn push_merged(
    out: &mut Vec<WordOp>,
    op: SegmentOp,
    reference: (usize, usize),
    member: (usize, usize),
) {
    if let Some(last) = out.last_mut() {
        let combined = match (last.op, op) {
            (a, b) if a == b => Some(a),
            (SegmentOp::Omitted, SegmentOp::Inserted)
            | (SegmentOp::Inserted, SegmentOp::Omitted)
            | (SegmentOp::Changed, SegmentOp::Omitted | SegmentOp::Inserted)
            | (SegmentOp::Omitted | SegmentOp::Inserted, SegmentOp::Changed) => {
                Some(SegmentOp::Changed)
            }
            _ => None,
        };
        if let Some(op) = combined {
            last.op = op;
            last.reference.1 = reference.1;
            last.member.1 = member.1;
            return;
        }
    }
    out.push(WordOp {
        op,
        reference,
        member,
    });
}

/// Reference words a change at either end may span beyond the member words it replaces: more
/// than that is a cut next to a change ("… with [stronger level of → tougher] strategic
/// counteraction").
const CHANGE_SLACK: usize = 2;

/// A change at either end that spans many more reference words than member words is mostly
/// a cut: only the reference words next to the rest of the quote stay the change.
fn split_cuts(ops: &mut Vec<WordOp>) {
    let wide = |o: &WordOp| {
        o.op == SegmentOp::Changed
            && (o.reference.1 - o.reference.0) > (o.member.1 - o.member.0) + CHANGE_SLACK
    };
    if let Some(last) = ops.last().copied().filter(|o| ops.len() > 1 && wide(o)) {
        let cut = last.reference.0 + (last.member.1 - last.member.0) + CHANGE_SLACK;
        ops.pop();
        ops.push(WordOp {
            reference: (last.reference.0, cut),
            ..last
        });
        ops.push(WordOp {
            op: SegmentOp::Omitted,
            reference: (cut, last.reference.1),
            member: (last.member.1, last.member.1),
        });
    }
    if let Some(first) = ops.first().copied().filter(|o| ops.len() > 1 && wide(o)) {
        let cut = first.reference.1 - (first.member.1 - first.member.0) - CHANGE_SLACK;
        ops[0] = WordOp {
            reference: (cut, first.reference.1),
            ..first
        };
        ops.insert(
            0,
            WordOp {
                op: SegmentOp::Omitted,
                reference: (first.reference.0, cut),
                member: (first.member.0, first.member.0),
            },
        );
    }
}

/// The segments of `ops`, already computed by [`word_ops`] for these two sides.
pub fn segments_of(ops: &[WordOp], reference: Side, member: Side) -> Vec<Segment> {
    ops.iter()
        .map(|w| Segment {
            op: w.op,
            reference: reference.range(w.reference.0, w.reference.1),
            member: member.range(w.member.0, w.member.1),
        })
        .collect()
}

/// Share of the member's words that are equal to reference words.
pub fn fidelity(ops: &[WordOp], member_words: usize) -> f64 {
    if member_words == 0 {
        return 1.0;
    }
    let equal: usize = ops
        .iter()
        .filter(|o| o.op == SegmentOp::Equal)
        .map(|o| o.member.1 - o.member.0)
        .sum();
    equal as f64 / member_words as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The segments of `member` against `reference`, with text ranges on both sides.
    fn segments(reference: Side, member: Side) -> Vec<Segment> {
        segments_of(&word_ops(reference.words, member.words), reference, member)
    }
    use crate::align::words::words_of;

    fn side(text: &str) -> (String, Vec<Word>) {
        (text.to_string(), words_of(text, Span::new(0, text.len())))
    }

    fn ops(reference: &str, member: &str) -> Vec<(SegmentOp, String, String)> {
        let (rt, rw) = side(reference);
        let (mt, mw) = side(member);
        segments(
            Side {
                text: &rt,
                words: &rw,
            },
            Side {
                text: &mt,
                words: &mw,
            },
        )
        .into_iter()
        .map(|s| {
            (
                s.op,
                s.reference.map(|r| r.text).unwrap_or_default(),
                s.member.map(|m| m.text).unwrap_or_default(),
            )
        })
        .collect()
    }

    #[test]
    fn an_insertion_and_a_cut_ending() {
        // Yonhap's and the Kyiv Independent's versions of one KCNA sentence.
        let got = ops(
            "The Democratic People’s Republic of Korea will never overlook or avoid the looming grave threat and defend peace and security",
            "The Democratic People's Republic of Korea (DPRK) will never overlook or avoid the looming grave threat.",
        );
        assert_eq!(
            got,
            [
                (
                    SegmentOp::Equal,
                    "The Democratic People’s Republic of Korea".into(),
                    "The Democratic People's Republic of Korea".into()
                ),
                (SegmentOp::Inserted, String::new(), "DPRK".into()),
                (
                    SegmentOp::Equal,
                    "will never overlook or avoid the looming grave threat".into(),
                    "will never overlook or avoid the looming grave threat".into()
                ),
                (
                    SegmentOp::Omitted,
                    "and defend peace and security".into(),
                    String::new()
                ),
            ]
        );
    }

    #[test]
    fn a_fragment_inside_a_longer_version() {
        let got = ops(
            "most strongly denounces and rejects the declaration, an illegal document that violates rights",
            "most strongly denounces and rejects",
        );
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].0, SegmentOp::Equal);
        assert_eq!(
            got[1],
            (
                SegmentOp::Omitted,
                "the declaration, an illegal document that violates rights".into(),
                String::new()
            )
        );
    }

    #[test]
    fn a_few_words_matched_far_away_move_next_to_the_rest() {
        // newsmakerslive.org and newstarget.com quoting Jacinda Ardern, January 2023.
        let reference = "I am human. Politicians are human. We give all we can for as long as we can – and then it’s time. And for me, it’s time.\n\n“I know what this job takes. And I know that I no longer have enough in the tank to do it justice.\n\n“I am leaving because with such a privileged job comes a big responsibility.";
        let member = "I am leaving because with such a privileged job comes a big responsibility.";
        let got = ops(reference, member);
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[0].0, SegmentOp::Omitted);
        assert_eq!(
            got[1],
            (
                SegmentOp::Equal,
                member.trim_end_matches('.').to_string(),
                member.trim_end_matches('.').to_string()
            )
        );
    }

    #[test]
    fn a_changed_word() {
        let got = ops(
            "stronger level of strategic counteraction",
            "tougher strategic counteraction",
        );
        assert_eq!(
            got[0],
            (
                SegmentOp::Changed,
                "stronger level of".into(),
                "tougher".into()
            )
        );
        assert_eq!(got[1].0, SegmentOp::Equal);
    }

    #[test]
    fn a_quote_against_itself_is_one_equal_segment() {
        let got = ops("fuelling Russia’s war", "fuelling Russia’s war");
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].0, SegmentOp::Equal);
    }

    #[test]
    fn a_change_after_a_long_cut_stays_a_cut_and_a_change() {
        let got = ops(
            "will never overlook the threat but deter the aggression with stronger level of strategic counteraction",
            "tougher strategic counteraction",
        );
        assert_eq!(got[0].0, SegmentOp::Omitted);
        assert_eq!(
            got[0].1,
            "will never overlook the threat but deter the aggression with"
        );
        assert_eq!(
            got[1],
            (
                SegmentOp::Changed,
                "stronger level of".into(),
                "tougher".into()
            )
        );
        assert_eq!(got[2].0, SegmentOp::Equal);
    }
}

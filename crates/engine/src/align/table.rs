//! The multi-way alignment table of a group: rows are members, columns aligned word
//! positions, as text-collation tools print a collation.
//!
//! Columns follow the reference's words; words a member inserts get columns of their own
//! between them (as many as the member that inserts most there). In a change, the member's
//! words fill the changed reference columns in order and any extra become insertions.

use super::diff::WordOp;
use super::words::Word;
use crate::report::{AlignmentRow, AlignmentTable, SegmentOp};

/// One member for the table: its id, source, text, words and operations against the reference.
pub struct TableMember<'a> {
    pub quote: &'a str,
    pub source: usize,
    pub text: &'a str,
    pub words: &'a [Word],
    pub ops: &'a [WordOp],
}

/// Where a member's words go: per reference word, and per gap before reference word `g`
/// (`g == reference_len` is the gap after the last).
struct Placed {
    at: Vec<Option<usize>>,
    gaps: Vec<Vec<usize>>,
}

fn place(ops: &[WordOp], reference_len: usize) -> Placed {
    let mut at = vec![None; reference_len];
    let mut gaps = vec![Vec::new(); reference_len + 1];
    for op in ops {
        let (r0, r1) = op.reference;
        let (m0, m1) = op.member;
        match op.op {
            SegmentOp::Equal | SegmentOp::Changed => {
                let paired = (r1 - r0).min(m1 - m0);
                for k in 0..paired {
                    at[r0 + k] = Some(m0 + k);
                }
                gaps[r0 + paired].extend(m0 + paired..m1);
            }
            SegmentOp::Inserted => gaps[r0].extend(m0..m1),
            SegmentOp::Omitted => {}
        }
    }
    Placed { at, gaps }
}

/// The table for `members` aligned to a reference of `reference_len` words.
pub fn table(reference_len: usize, members: &[TableMember]) -> AlignmentTable {
    let placed: Vec<Placed> = members
        .iter()
        .map(|m| place(m.ops, reference_len))
        .collect();
    let widths: Vec<usize> = (0..=reference_len)
        .map(|g| placed.iter().map(|p| p.gaps[g].len()).max().unwrap_or(0))
        .collect();
    let mut columns = Vec::new();
    for (g, &width) in widths.iter().enumerate() {
        columns.extend(std::iter::repeat_n(None, width));
        if g < reference_len {
            columns.push(Some(g));
        }
    }
    let rows = members
        .iter()
        .zip(&placed)
        .map(|(m, p)| {
            let word = |i: usize| Some(m.words[i].span.slice(m.text).to_string());
            let mut cells = Vec::with_capacity(columns.len());
            for (g, &width) in widths.iter().enumerate() {
                let inserted = &p.gaps[g];
                cells.extend((0..width).map(|k| inserted.get(k).and_then(|&i| word(i))));
                if g < reference_len {
                    cells.push(p.at[g].and_then(word));
                }
            }
            AlignmentRow {
                quote: m.quote.to_string(),
                source: m.source,
                cells,
            }
        })
        .collect();
    AlignmentTable { columns, rows }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::align::diff::word_ops;
    use crate::align::words::words_of;
    use crate::span::Span;

    #[test]
    fn insertions_get_their_own_columns() {
        let texts = [
            "Republic of Korea will never overlook",
            "Republic of Korea (DPRK) will never overlook",
            "Korea will never",
        ];
        let words: Vec<Vec<Word>> = texts
            .iter()
            .map(|t| words_of(t, Span::new(0, t.len())))
            .collect();
        let ops: Vec<Vec<WordOp>> = words.iter().map(|w| word_ops(&words[0], w)).collect();
        let members: Vec<TableMember> = (0..3)
            .map(|i| TableMember {
                quote: "q",
                source: i,
                text: texts[i],
                words: &words[i],
                ops: &ops[i],
            })
            .collect();
        let t = table(words[0].len(), &members);
        assert_eq!(
            t.columns,
            [Some(0), Some(1), Some(2), None, Some(3), Some(4), Some(5)]
        );
        let row = |r: usize| -> Vec<&str> {
            t.rows[r]
                .cells
                .iter()
                .map(|c| c.as_deref().unwrap_or("-"))
                .collect()
        };
        assert_eq!(
            row(1),
            ["Republic", "of", "Korea", "DPRK", "will", "never", "overlook"]
        );
        assert_eq!(row(2), ["-", "-", "Korea", "-", "will", "never", "-"]);
    }
}

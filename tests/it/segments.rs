//! Native tests of the result views' pure text helpers (`parallax::segments`), which the
//! wasm-only UI module uses.

use parallax::segments::*;
use proptest::prelude::*;

fn para_spans(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), '\n')))
    {
        if c == '\n' {
            if i > start {
                out.push((start, i));
            }
            start = i + 1;
        }
    }
    out
}

/// The text of the pieces, joined.
fn joined(pieces: &[Piece]) -> String {
    pieces
        .iter()
        .map(|p| match p {
            Piece::Text(t) => *t,
            Piece::Marked { text, .. } => *text,
        })
        .collect()
}

#[test]
fn quotes_are_cut_out_of_their_paragraphs() {
    let text = "He said “we will go” today.\nNo quote here.";
    let start = text.find("we").unwrap();
    let end = text.find("go").unwrap() + 2;
    let paras = para_spans(text);
    let pieces = split_paragraphs(text, &paras, &[Mark { start, end, tag: 7 }]);
    assert_eq!(
        pieces[0],
        vec![
            Piece::Text("He said “"),
            Piece::Marked {
                text: "we will go",
                tag: 7,
                first: true
            },
            Piece::Text("” today."),
        ]
    );
    assert_eq!(pieces[1], vec![Piece::Text("No quote here.")]);
}

#[test]
fn a_quote_over_two_paragraphs_is_marked_in_both_and_labelled_once() {
    let text = "“First part\n“second part.” he said";
    let end = text.find(".”").unwrap() + 1;
    let paras = para_spans(text);
    let pieces = split_paragraphs(
        text,
        &paras,
        &[Mark {
            start: 3,
            end,
            tag: 0,
        }],
    );
    assert_eq!(
        pieces[0][1],
        Piece::Marked {
            text: "First part",
            tag: 0,
            first: true
        }
    );
    // The reopening mark lies inside the quotation's span (see docs/report.md).
    assert_eq!(
        pieces[1],
        vec![
            Piece::Marked {
                text: "“second part.",
                tag: 0,
                first: false
            },
            Piece::Text("” he said"),
        ]
    );
}

#[test]
fn overlapping_and_unsliceable_marks_never_duplicate_text() {
    let text = "é abc déf";
    let paras = vec![(0, text.len())];
    // 1 is inside "é"; the second mark overlaps the third.
    let marks = [
        Mark {
            start: 1,
            end: 4,
            tag: 0,
        },
        Mark {
            start: 3,
            end: 7,
            tag: 1,
        },
        Mark {
            start: 5,
            end: text.len(),
            tag: 2,
        },
    ];
    let pieces = split_paragraphs(text, &paras, &marks);
    assert_eq!(joined(&pieces[0]), text);
}

#[test]
fn paragraphs_find_their_boilerplate_region() {
    let paras = [(0, 5), (6, 10), (11, 20)];
    let regions = [(11, 20), (0, 5)];
    assert_eq!(
        paragraph_regions(&paras, &regions),
        vec![Some(1), None, Some(0)]
    );
}

#[test]
fn context_is_trimmed_to_the_words_nearest_the_quote() {
    assert_eq!(first_words("one two three four", 2), ("one two", true));
    assert_eq!(first_words(" one two ", 2), ("one two", false));
    assert_eq!(last_words("one two three four", 2), ("three four", true));
    assert_eq!(last_words("naïve café", 5), ("naïve café", false));
    assert_eq!(last_words("one", 0), ("", true));
    assert_eq!(first_words("", 0), ("", false));
}

#[test]
fn edges_count_leading_and_trailing_omissions() {
    assert_eq!(
        context_edges(&[true, false, true, false, true, true]),
        (1, 2)
    );
    assert_eq!(context_edges(&[false]), (0, 0));
    assert_eq!(context_edges(&[true, true]), (2, 0));
    assert_eq!(context_edges(&[]), (0, 0));
}

#[test]
fn percentages_never_round_a_partial_share_to_all() {
    assert_eq!(percent(1.0), "100%");
    assert_eq!(percent(0.999), "99%");
    assert_eq!(percent(0.42), "42%");
    assert_eq!(percent(0.001), "<1%");
    assert_eq!(percent(0.0), "0%");
    assert_eq!(percent(f64::NAN), "0%");
    assert_eq!(word_count(" a  b\nc "), 3);
}

proptest! {
    /// Whatever the marks, the pieces of each paragraph are exactly its text, in order.
    #[test]
    fn pieces_rebuild_every_paragraph(
        text in "(a|é|🇰🇵| |\n|“|”){0,40}",
        raw in proptest::collection::vec((0usize..80, 0usize..80), 0..6),
    ) {
        let paras = para_spans(&text);
        let marks: Vec<Mark> = raw
            .iter()
            .enumerate()
            .map(|(tag, &(a, b))| Mark { start: a.min(b), end: a.max(b), tag })
            .collect();
        let pieces = split_paragraphs(&text, &paras, &marks);
        prop_assert_eq!(pieces.len(), paras.len());
        for (p, &(s, e)) in pieces.iter().zip(&paras) {
            prop_assert_eq!(joined(p), &text[s..e]);
        }
    }
}

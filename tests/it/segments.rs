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

#[test]
fn layers_cut_a_range_where_they_start_and_end() {
    let l = |start, end, layers| Layered { start, end, layers };
    // No span: the range as it is.
    assert_eq!(cut_by_layers(0, 10, &[]), vec![l(0, 10, 0)]);
    // One inside, one overlapping it, one reaching out of the range on the right.
    assert_eq!(
        cut_by_layers(0, 20, &[l(2, 5, 1), l(4, 8, 2), l(18, 30, 4)]),
        vec![
            l(0, 2, 0),
            l(2, 4, 1),
            l(4, 5, 3),
            l(5, 8, 2),
            l(8, 18, 0),
            l(18, 20, 4)
        ]
    );
    // Spans outside the range are ignored; an empty range gives nothing.
    assert_eq!(
        cut_by_layers(10, 12, &[l(0, 10, 1), l(12, 14, 2)]),
        vec![l(10, 12, 0)]
    );
    assert_eq!(cut_by_layers(5, 5, &[l(0, 10, 1)]), vec![]);
}

proptest! {
    #[test]
    fn layer_cuts_cover_the_range_in_order(
        start in 0usize..50,
        len in 0usize..50,
        mut spans in proptest::collection::vec((0usize..120, 0usize..20, 0u8..16), 0..12),
    ) {
        spans.sort_unstable();
        let spans: Vec<Layered> = spans
            .into_iter()
            .map(|(s, n, layers)| Layered { start: s, end: s + n, layers })
            .collect();
        let end = start + len;
        let cuts = cut_by_layers(start, end, &spans);
        let mut at = start;
        for c in &cuts {
            prop_assert_eq!(c.start, at);
            prop_assert!(c.end > c.start);
            // Each byte's layers are those of the spans over it.
            let expected = spans
                .iter()
                .filter(|s| s.start <= c.start && s.end > c.start)
                .fold(0, |m, s| m | s.layers);
            prop_assert_eq!(c.layers, expected);
            at = c.end;
        }
        prop_assert_eq!(at, end.max(start));
    }
}

//! Properties of the reading stage on any text: no panic, every span on char boundaries inside
//! the text, spans disjoint unless nested, quotes bounded by their paragraph unless they follow
//! the multi-paragraph convention.

use crate::normalize;
use crate::read::article::Article;
use crate::read::boilerplate::BoilerplateOverride;
use crate::span::Span;
use crate::{compare, Source};
use proptest::prelude::*;

/// Pieces that stress the reader: every quote mark, apostrophes, line breaks, emoji, RTL and
/// combining marks, abbreviations, reporting verbs and page labels.
const PIECES: &[&str] = &[
    "“",
    "”",
    "\"",
    "'",
    "‘",
    "’",
    "«",
    "»",
    "„",
    "‚",
    "‹",
    "›",
    "「",
    "」",
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    "\r\n",
    ".",
    ",",
    "?",
    "!",
    "…",
    "...",
    ":",
    "—",
    "(",
    ")",
    "-",
    "a",
    "word",
    "North Korea's",
    "don't",
    "'n'",
    "'90s",
    "states'",
    "U.S.",
    "Dr.",
    "3.5",
    "He",
    "said",
    "the spokesperson",
    "claimed",
    "according to",
    "that",
    "🇰🇵",
    "😀",
    "שלום",
    "مرحبا",
    "e\u{301}",
    "\u{200b}",
    "\u{a0}",
    "İ",
    "READ ALSO:",
    "pic.twitter.com/x",
    "— A (@b) May 1, 2024",
    "2 min read",
    "By Jane Doe",
    "stands for",
];

fn stress_text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..200).prop_map(|v| v.concat())
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![stress_text(), "\\PC{0,300}", any::<String>()]
}

fn check_span(text: &str, span: Span, what: &str) {
    assert!(span.start <= span.end, "{what} {span:?} reversed");
    assert!(span.end <= text.len(), "{what} {span:?} past the end");
    assert!(text.is_char_boundary(span.start), "{what} {span:?} start");
    assert!(text.is_char_boundary(span.end), "{what} {span:?} end");
}

fn check_article(text: &str, article: &Article) {
    let model = &article.model;
    let mut last_end = 0;
    for p in &model.paragraphs {
        check_span(text, p.span, "paragraph");
        assert!(p.span.start >= last_end, "paragraphs overlap");
        last_end = p.span.end;
    }
    let mut last_end = 0;
    for s in &model.sentences {
        check_span(text, s.span, "sentence");
        assert!(s.span.start >= last_end, "sentences overlap");
        assert!(model.paragraphs[s.paragraph].span.contains(s.span));
        last_end = s.span.end;
    }
    for r in &article.boilerplate {
        check_span(text, r.span, "boilerplate");
    }
    for w in article.boilerplate.windows(2) {
        assert!(
            w[0].span.end <= w[1].span.start,
            "boilerplate regions overlap"
        );
    }
    let quotes = &article.quotes;
    for (i, q) in quotes.iter().enumerate() {
        check_span(text, q.span, "quote");
        check_span(text, q.open_mark, "open mark");
        assert!(!q.span.is_empty());
        assert!(q.open_mark.end <= q.span.start);
        if let Some(close) = q.close_mark {
            check_span(text, close, "close mark");
            assert!(q.span.end <= close.start);
        }
        for m in &q.reopen_marks {
            check_span(text, *m, "reopen mark");
            assert!(q.span.contains(*m));
        }
        if let Some(a) = &q.attribution {
            for s in [a.speaker_span, a.verb_span, a.participle_span]
                .into_iter()
                .flatten()
            {
                check_span(text, s, "attribution");
            }
        }
        match q.parent {
            Some(p) => {
                assert!(p < i, "parent after child");
                assert!(quotes[p].span.contains(q.outer()), "child outside parent");
            }
            None if !q.is_multi_paragraph() => {
                let para = model.paragraph_at(q.open_mark.start).expect("paragraph");
                assert!(
                    model.paragraphs[para].span.contains(q.outer()),
                    "quote longer than its paragraph"
                );
            }
            None => {}
        }
    }
    // Quotes are disjoint unless one nests in the other.
    for (i, a) in quotes.iter().enumerate() {
        for b in &quotes[i + 1..] {
            let (a, b) = (a.outer(), b.outer());
            assert!(
                !a.overlaps(b) || a.contains(b) || b.contains(a),
                "quotes {a:?} and {b:?} cross"
            );
        }
    }
    for s in &article.indirect {
        check_span(text, s.span, "indirect");
        for span in [s.attribution.speaker_span, s.attribution.verb_span]
            .into_iter()
            .flatten()
        {
            check_span(text, span, "indirect attribution");
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn reading_any_text_keeps_every_invariant(text in any_text()) {
        let article = Article::read(&text, &[]);
        check_article(&text, &article);
    }

    #[test]
    fn overrides_anywhere_are_safe(text in stress_text(), at in 0usize..2000, flag: bool) {
        let article = Article::read(&text, &[BoilerplateOverride { at, is_boilerplate: flag }]);
        check_article(&text, &article);
    }

    #[test]
    fn report_text_matches_offsets(text in any_text()) {
        let report = compare(&[Source::new("a", text.clone())]);
        for q in &report.quotes {
            prop_assert_eq!(text.get(q.start..q.end), Some(q.text.as_str()));
            for n in &q.nested {
                prop_assert!(q.start <= n.start && n.end <= q.end);
            }
        }
        for s in &report.indirect {
            prop_assert_eq!(text.get(s.start..s.end), Some(s.text.as_str()));
        }
    }

    #[test]
    fn folded_lines_have_single_spaces_and_no_edges(text in any_text()) {
        let folded = normalize::fold_line(&text);
        prop_assert!(!folded.contains("  "));
        prop_assert!(!folded.starts_with(' ') && !folded.ends_with(' '));
    }
}

/// 100,000 unmatched or stray quote marks: the read completes and no quote outgrows its
/// paragraph (the time it takes is measured by `parallax bench`).
#[test]
fn a_hundred_thousand_unmatched_marks() {
    let marks = ["“", "”", "\"", "'", "‘", "’", "«", "»", "„"];
    let mut text = String::new();
    for i in 0..100_000 {
        text.push_str(marks[i % marks.len()]);
        text.push_str(if i % 7 == 0 { " said he" } else { "x " });
        if i % 1000 == 999 {
            text.push('\n');
        }
    }
    let article = Article::read(&text, &[]);
    check_article(&text, &article);
    let lines: String = (0..100_000).map(|_| "“unclosed line\n").collect();
    let article = Article::read(&lines, &[]);
    assert!(article
        .quotes
        .iter()
        .all(|q| q.span.len() <= "unclosed line".len()));
}

//! Quote tracing against a source marked as the original (a transcript, a press release):
//! groups aligned against the original's words, whether it quotes them or gives them as plain
//! text, and groups it does not hold left as they were. The texts are invented
//! (`tests/original/` of the repository).

use parallax_engine::report::{OriginalReference, QuoteGroupRecord, Report, SegmentOp};
use parallax_engine::{compare, compare_with_original, Comparing, NotASource, Source};
use proptest::prelude::*;

fn read(name: &str) -> Source {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/original/").to_string() + name;
    Source::new(
        name,
        std::fs::read_to_string(&path).expect("the invented test set"),
    )
}

/// The transcript (source 0) and the two articles quoting it.
fn transcript_and_articles() -> Vec<Source> {
    ["transcript.txt", "harbour-gazette.txt", "coast-herald.txt"]
        .into_iter()
        .map(read)
        .collect()
}

/// The group holding the quotation of source `source` that starts with `start`.
fn group_of<'r>(report: &'r Report, source: usize, start: &str) -> &'r QuoteGroupRecord {
    let q = report
        .quotes
        .iter()
        .find(|q| q.source == source && q.text.starts_with(start))
        .unwrap_or_else(|| panic!("no quote of source {source} starting {start:?}"));
    report
        .quote_groups
        .iter()
        .find(|g| g.members.contains(&q.id))
        .expect("every quote is in a group")
}

/// The reference words a member's alignment covers (equal or changed), as text.
fn covered(group: &QuoteGroupRecord, quote: &str) -> Vec<String> {
    let a = group.alignment.iter().find(|a| a.quote == quote).unwrap();
    a.segments
        .iter()
        .filter(|s| matches!(s.op, SegmentOp::Equal | SegmentOp::Changed))
        .filter_map(|s| s.reference.as_ref().map(|r| r.text.clone()))
        .collect()
}

/// Every reference range of a passage group slices the original's text, inside the passage.
fn assert_ranges_in_original(group: &QuoteGroupRecord, original: &str) {
    let Some(OriginalReference::Passage {
        start, end, text, ..
    }) = &group.original
    else {
        panic!("not aligned against a passage: {:?}", group.original);
    };
    assert_eq!(&original[*start..*end], text);
    for a in &group.alignment {
        for s in &a.segments {
            if let Some(r) = &s.reference {
                assert!(
                    *start <= r.start && r.end <= *end,
                    "{r:?} outside the passage"
                );
                assert_eq!(&original[r.start..r.end], r.text);
            }
        }
    }
    for c in &group.coverage {
        for r in &c.ranges {
            assert_eq!(&original[r.start..r.end], r.text);
        }
    }
}

#[test]
fn two_cuts_of_a_transcript_are_both_aligned_against_its_passage() {
    let sources = transcript_and_articles();
    let report = compare_with_original(&sources, 0).unwrap();
    assert_eq!(report.original, Some(0));
    // The gazette quotes the whole sentence, the herald its end: one group, both members
    // aligned against the transcript's sentence.
    let thanks = group_of(&report, 1, "Nobody was hurt");
    assert_eq!(thanks.sources, vec![1, 2]);
    assert_ranges_in_original(thanks, &sources[0].text);
    let herald = thanks.alignment.iter().find(|a| a.source == 2).unwrap();
    assert_eq!(
        covered(thanks, &herald.quote),
        vec!["who filled sandbags until dawn"]
    );
    let cut = herald
        .segments
        .iter()
        .find(|s| s.op == SegmentOp::Omitted)
        .and_then(|s| s.reference.as_ref())
        .expect("the herald's cut");
    assert!(cut.text.starts_with("Nobody was hurt"), "{cut:?}");
    // The two articles quote different halves of one sentence: each is aligned against the
    // whole sentence, so each shows the other half as cut; the herald's added word is an
    // insertion against what was said.
    let rebuild = group_of(&report, 1, "will rebuild the harbour wall");
    let pay = group_of(&report, 2, "The county has agreed");
    for g in [rebuild, pay] {
        assert_ranges_in_original(g, &sources[0].text);
        assert!(
            matches!(&g.original, Some(OriginalReference::Passage { text, .. })
                if text.starts_with("We will rebuild") && text.ends_with("every metre of it")),
            "{:?}",
            g.original
        );
    }
    let inserted: Vec<&str> = pay.alignment[0]
        .segments
        .iter()
        .filter(|s| s.op == SegmentOp::Inserted)
        .filter_map(|s| s.member.as_ref().map(|m| m.text.as_str()))
        .collect();
    assert_eq!(inserted, vec!["single"]);
    // The reference stays a member (readers that look it up keep working).
    for g in &report.quote_groups {
        assert!(g.members.contains(&g.reference));
    }
}

#[test]
fn an_original_that_quotes_gives_its_own_quotation_as_reference() {
    let sources = vec![
        Source::new(
            "release",
            "Press release\n\n“We are opening the Brackwater library on Sundays from March, because families asked for it,” said council leader Ilse Marwood.",
        ),
        Source::new(
            "paper",
            "Ilse Marwood said the council was “opening the Brackwater library on Sundays from March, because so many families asked for it, and rightly so,” in a statement.",
        ),
    ];
    let report = compare_with_original(&sources, 0).unwrap();
    let g = group_of(&report, 1, "opening the Brackwater library");
    let Some(OriginalReference::Quote {
        source: 0,
        quote,
        text,
        ..
    }) = &g.original
    else {
        panic!("{:?}", g.original);
    };
    assert_eq!(quote, &g.reference);
    assert!(text.starts_with("We are opening"));
    let paper = g.alignment.iter().find(|a| a.source == 1).unwrap();
    let inserted: Vec<&str> = paper
        .segments
        .iter()
        .filter(|s| s.op == SegmentOp::Inserted)
        .filter_map(|s| s.member.as_ref().map(|m| m.text.as_str()))
        .collect();
    assert_eq!(inserted, vec!["so many", "and rightly so"]);
    // Without the original marked, the paper's longer version is the reference.
    let plain = compare(&sources);
    let g = group_of(&plain, 1, "opening the Brackwater library");
    assert!(g.reference.starts_with("s1"));
    assert_eq!(g.original, None);
}

#[test]
fn a_group_the_original_does_not_hold_keeps_its_reference_and_says_so() {
    let mut sources = transcript_and_articles();
    sources[0] = Source::new(
        "unrelated",
        "Minutes of the allotment society. The shed roof will be repaired in spring. Seeds are on sale at the gate.",
    );
    let plain = compare(&sources);
    let marked = compare_with_original(&sources, 0).unwrap();
    assert_eq!(plain.quote_groups.len(), marked.quote_groups.len());
    for (p, m) in plain.quote_groups.iter().zip(&marked.quote_groups) {
        assert_eq!(m.original, Some(OriginalReference::NotFound { source: 0 }));
        assert_eq!((&p.reference, &p.alignment), (&m.reference, &m.alignment));
        assert_eq!(p.coverage, m.coverage);
    }
}

#[test]
fn without_an_original_nothing_is_marked_and_the_json_has_no_new_field() {
    let sources = transcript_and_articles();
    let report = compare(&sources);
    assert_eq!(report.original, None);
    assert!(report.quote_groups.iter().all(|g| g.original.is_none()));
    let json = serde_json::to_string(&report).unwrap();
    assert!(!json.contains("\"original\""));
    // A report without the fields (an older one) still reads.
    let back: Report = serde_json::from_str(&json).unwrap();
    assert_eq!(back, report);
    let marked = compare_with_original(&sources, 0).unwrap();
    let json = serde_json::to_string(&marked).unwrap();
    assert_eq!(serde_json::from_str::<Report>(&json).unwrap(), marked);
}

#[test]
fn an_original_that_is_not_a_source_is_refused() {
    let sources = transcript_and_articles();
    let refused = compare_with_original(&sources, 3).unwrap_err();
    assert_eq!(
        refused,
        NotASource {
            index: 3,
            sources: 3
        }
    );
    assert!(refused.to_string().contains("one of the sources"));
    assert!(Comparing::with_original(&[], Some(0)).is_err());
    assert!(Comparing::with_original(&sources, None).is_ok());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// With any source marked as the original, any texts: no panic, every group's reference a
    /// member, every range slicing the text it points into.
    #[test]
    fn any_original_never_panics(
        texts in prop::collection::vec("([a-c ]{0,12}[\"“”‘’'.,\n]?){0,16}|\\PC{0,80}", 1..4),
        pick in 0usize..4,
    ) {
        let sources: Vec<Source> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| Source::new(format!("s{i}"), t.clone()))
            .collect();
        let original = pick % sources.len();
        let report = compare_with_original(&sources, original).unwrap();
        prop_assert_eq!(report.original, Some(original));
        for g in &report.quote_groups {
            prop_assert!(g.members.contains(&g.reference));
            let reference_text = match &g.original {
                Some(OriginalReference::Passage { source, start, end, text, .. }) => {
                    prop_assert_eq!(*source, original);
                    prop_assert_eq!(&sources[original].text[*start..*end], text.as_str());
                    &sources[original].text
                }
                _ => {
                    let r = report.quotes.iter().find(|q| q.id == g.reference).unwrap();
                    &sources[r.source].text
                }
            };
            for a in &g.alignment {
                for s in &a.segments {
                    if let Some(r) = &s.reference {
                        prop_assert_eq!(&reference_text[r.start..r.end], r.text.as_str());
                    }
                    if let Some(m) = &s.member {
                        prop_assert_eq!(&sources[a.source].text[m.start..m.end], m.text.as_str());
                    }
                }
            }
        }
        let _ = parallax_engine::render::markdown::render(&report);
    }
}

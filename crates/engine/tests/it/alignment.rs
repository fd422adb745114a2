//! Shared quotes across sources: grouping and word alignment on the example set and on other
//! real coverage (excerpts of five outlets' reports of one speech), plus properties.

use std::collections::BTreeSet;

use parallax_engine::report::{Report, SegmentOp};
use parallax_engine::{compare, Source};
use proptest::prelude::*;

use crate::fixtures::example;

/// The group holding a quote whose text starts with `start`, as (group index, members' texts).
fn group_with<'a>(report: &'a Report, start: &str) -> (usize, Vec<&'a str>) {
    let q = report
        .quotes
        .iter()
        .find(|q| q.text.starts_with(start))
        .unwrap_or_else(|| panic!("no quote starting {start:?}"));
    let g = report
        .quote_groups
        .iter()
        .position(|g| g.members.contains(&q.id))
        .expect("every quote is in a group");
    let texts = report.quote_groups[g]
        .members
        .iter()
        .map(|id| {
            report
                .quotes
                .iter()
                .find(|q| &q.id == id)
                .unwrap()
                .text
                .as_str()
        })
        .collect();
    (g, texts)
}

/// Group memberships as sets of (source name, start), independent of ids and order.
fn memberships(report: &Report) -> BTreeSet<BTreeSet<(String, usize)>> {
    report
        .quote_groups
        .iter()
        .map(|g| {
            g.members
                .iter()
                .map(|id| {
                    let q = report.quotes.iter().find(|q| &q.id == id).unwrap();
                    (report.sources[q.source].name.clone(), q.start)
                })
                .collect()
        })
        .collect()
}

#[test]
fn the_three_concerns_are_three_utterances() {
    let report = compare(&example());
    let great = group_with(&report, "great concern").0;
    let grave = group_with(&report, "grave concern").0;
    let profound = group_with(&report, "profound concern").0;
    assert!(great != grave && grave != profound && great != profound);
}

#[test]
fn the_long_statement_shows_the_insertion_and_the_cut_ending() {
    let report = compare(&example());
    let (g, texts) = group_with(
        &report,
        "The Democratic People’s Republic of Korea will never",
    );
    assert!(texts
        .iter()
        .any(|t| t.starts_with("The Democratic People's Republic of Korea (DPRK)")));
    let group = &report.quote_groups[g];
    let kyiv = report
        .quotes
        .iter()
        .find(|q| q.text.contains("(DPRK) will never"))
        .unwrap();
    let member = group
        .alignment
        .iter()
        .find(|a| a.quote == kyiv.id)
        .expect("the Kyiv Independent's version is aligned");
    let ops: Vec<(SegmentOp, &str)> = member
        .segments
        .iter()
        .map(|s| {
            let text = s.member.as_ref().or(s.reference.as_ref()).unwrap();
            (s.op, text.text.as_str())
        })
        .collect();
    assert!(ops.contains(&(SegmentOp::Inserted, "DPRK")), "{ops:?}");
    let last = ops.last().unwrap();
    assert_eq!(last.0, SegmentOp::Omitted, "{ops:?}");
    assert!(last.1.starts_with("and defend peace"), "{ops:?}");
    assert!(group.table.is_some());
}

#[test]
fn fragments_are_aligned_inside_the_longer_version() {
    let report = compare(&example());
    for (fragment, tail) in [
        (
            "a new force and mode of counteraction",
            "to foil the U.S. attempt",
        ),
        (
            "most strongly denounces and rejects",
            "the ‘declaration,’ an illegal document",
        ),
    ] {
        let q = report
            .quotes
            .iter()
            .find(|q| q.text.starts_with(fragment))
            .unwrap();
        let group = report
            .quote_groups
            .iter()
            .find(|g| g.members.contains(&q.id))
            .unwrap();
        assert_ne!(
            group.reference, q.id,
            "{fragment} is not the fullest version"
        );
        let member = group.alignment.iter().find(|a| a.quote == q.id).unwrap();
        let equal: Vec<&str> = member
            .segments
            .iter()
            .filter(|s| s.op == SegmentOp::Equal)
            .map(|s| s.member.as_ref().unwrap().text.as_str())
            .collect();
        assert!(
            equal
                .iter()
                .any(|e| fragment.ends_with(e) || e.starts_with(fragment)),
            "{equal:?}"
        );
        let omitted_tail = member.segments.last().unwrap();
        assert_eq!(omitted_tail.op, SegmentOp::Omitted);
        assert!(
            omitted_tail
                .reference
                .as_ref()
                .unwrap()
                .text
                .starts_with(tail),
            "{:?}",
            omitted_tail
        );
        assert!(member.fidelity > 0.8);
    }
}

#[test]
fn each_member_keeps_its_own_verb_and_coverage_is_per_source() {
    let report = compare(&example());
    let (g, _) = group_with(&report, "illegal");
    let group = &report.quote_groups[g];
    let verbs: BTreeSet<&str> = group
        .alignment
        .iter()
        .filter_map(|a| a.verb.as_deref())
        .collect();
    assert!(verbs.len() >= 3, "{verbs:?}");
    assert_eq!(group.coverage.len(), group.sources.len());
    for c in &group.coverage {
        assert!(c.fraction > 0.0 && c.fraction <= 1.0);
        assert!(c.words_quoted <= c.words_total);
    }
}

#[test]
fn quoted_in_one_source_paraphrased_in_another() {
    let report = compare(&example());
    let p = report
        .paraphrases
        .iter()
        .find(|p| p.text.starts_with("fueling Russia's full-scale war"))
        .expect("the paraphrase is found");
    let q = report.quotes.iter().find(|q| q.id == p.quote).unwrap();
    assert!(q.text.starts_with("fuelling Russia’s war of aggression"));
    assert_ne!(p.source, q.source);
}

#[test]
fn groups_do_not_depend_on_the_order_of_the_sources() {
    let sources = example();
    let expected = memberships(&compare(&sources));
    for order in [[0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]] {
        let permuted: Vec<Source> = order.iter().map(|&i| sources[i].clone()).collect();
        assert_eq!(
            memberships(&compare(&permuted)),
            expected,
            "order {order:?}"
        );
    }
}

/// Excerpts of five outlets' reports of Volodymyr Zelensky's address to the US Congress,
/// 21 December 2022 (CNN, The Week, Rubryka, UPI, i24NEWS).
fn zelensky_coverage() -> Vec<Source> {
    [
        ("cnn", "Zelensky called for continued financial support from the US, telling the US Congress: \"Your money is not charity. It is an investment in the global security and democracy that we handle in the most responsible way.\"\n\nZelensky urged members of Congress to strengthen sanctions against Russia and \"let the terrorists be held responsible for aggression.\"\n\nThe Russians \"use everything\" against Ukrainian cities such as Bakhmut, but Ukraine \"holds its lines and will never surrender,\" Zelenksy said to roaring applause.\n\nZelensky ended his speech by saying Ukraine will achieve \"absolute victory,\" reiterating his strong opening comments, which said: \"Ukraine is alive and kicking.\""),
        ("week", "Zelensky told lawmakers that Ukraine is still \"alive and kicking\" 10 months after Russia's invasion and will \"never surrender.\"\n\n\"Your money is not charity,\" Zelensky said. \"It's an investment in the global security and democracy that we handle in the most responsible way.\" This battle against anti-democratic tyranny \"cannot be frozen or postponed,\" he added."),
        ("rubryka", "\"Your money is not charity. It's an investment in the global security and democracy that we handle in the most responsible way,\" Zelensky called for continued financial support from the US, addressing Congress.\n\nHe also called on members of Congress to strengthen sanctions against russia and \"let the terrorist state be held responsible for its terror and aggression.\"\n\nThe russians are \"using everything\" against Ukrainian cities such as Bakhmut, but \"Ukraine holds its lines and will never surrender,\" Zelensky said to thunderous applause."),
        ("upi", "Ukrainian President Volodymyr Zelensky said \"Ukraine is alive and kicking\" as he thanked Americans for their support.\n\n\"I hope my words of respect and gratitude resonate in each American heart,\" Zelensky said, giving his entire 25-minute speech in English.\n\n\"Against all odds and doom and gloom, Ukraine didn't fall. Ukraine is alive and kicking,\" he said.\n\n\"Europe is now stronger and more independent than ever,\" he said."),
        ("i24", "“I hope my words of respect and gratitude resonate in each American heart,” he told them.\n\n“Your money is not charity, it's an investment in the global security and democracy that we handle in the most responsible way,” he said.\n\nHe drew a comparison, noting: “Brave Ukrainian forces are doing this same to Putin’s forces this Christmas… Ukraine holds its lines and will never surrender.”\n\n“Against all odds, and doom and gloom scenarios, Ukraine didn’t fall - Ukraine is alive and kicking,” he said."),
    ]
    .into_iter()
    .map(|(n, t)| Source::new(n, t))
    .collect()
}

#[test]
fn one_speech_quoted_by_five_outlets() {
    let report = compare(&zelensky_coverage());
    let sources_of = |start: &str| -> BTreeSet<usize> {
        let (g, _) = group_with(&report, start);
        report.quote_groups[g].sources.iter().copied().collect()
    };
    assert_eq!(
        sources_of("Your money is not charity"),
        BTreeSet::from([0, 1, 2, 4])
    );
    // The Week's second half of the sentence, quoted separately, joins the same group.
    assert_eq!(
        group_with(&report, "Your money is not charity").0,
        group_with(&report, "It's an investment").0
    );
    assert_eq!(
        sources_of("alive and kicking"),
        BTreeSet::from([0, 1, 3, 4])
    );
    assert_eq!(sources_of("never surrender"), BTreeSet::from([0, 1, 2, 4]));
    assert_eq!(sources_of("let the terrorist"), BTreeSet::from([0, 2]));
    assert_eq!(sources_of("I hope my words"), BTreeSet::from([3, 4]));
    assert_eq!(sources_of("Europe is now stronger"), BTreeSet::from([3]));
    assert_eq!(sources_of("cannot be frozen"), BTreeSet::from([1]));
    assert_ne!(
        group_with(&report, "use everything").0,
        group_with(&report, "using everything").0,
        "two-word fragments with a changed word are not joined on one shared word"
    );
    // Speakers are named as "Zelensky", "he" or by other subjects; each shared group is
    // credited to the named speaker behind most of its words.
    for g in report.quote_groups.iter().filter(|g| g.sources.len() > 1) {
        let speaker = g.speaker.as_deref().unwrap_or("");
        assert!(speaker.contains("Zelensky"), "{}: {speaker:?}", g.id);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Every quote is in exactly one group, each group's reference is a member, and a
    /// reference aligned with itself is one equal segment.
    #[test]
    fn groups_partition_the_quotes(
        texts in prop::collection::vec("([a-c ]{0,12}[\"“”‘’'.,]?){0,12}", 1..4)
    ) {
        let sources: Vec<Source> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| Source::new(format!("s{i}"), t.clone()))
            .collect();
        let report = compare(&sources);
        let mut seen = BTreeSet::new();
        for g in &report.quote_groups {
            prop_assert!(g.members.contains(&g.reference));
            prop_assert_eq!(g.alignment.len(), g.members.len());
            for m in &g.members {
                prop_assert!(seen.insert(m.clone()), "quote {} in two groups", m);
            }
            let own = g.alignment.iter().find(|a| a.quote == g.reference).unwrap();
            prop_assert!(own.segments.len() <= 1);
            prop_assert!(own.segments.iter().all(|s| s.op == SegmentOp::Equal));
            for a in &g.alignment {
                let text = &sources[a.source].text;
                for s in &a.segments {
                    if let Some(m) = &s.member {
                        prop_assert_eq!(&text[m.start..m.end], m.text.as_str());
                    }
                }
            }
        }
        prop_assert_eq!(seen.len(), report.quotes.len());
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// The whole comparison, Markdown included, never panics on any text.
    #[test]
    fn compare_never_panics(texts in prop::collection::vec(any::<String>(), 1..4)) {
        let sources: Vec<Source> = texts
            .into_iter()
            .enumerate()
            .map(|(i, t)| Source::new(format!("s{i}"), t))
            .collect();
        let report = compare(&sources);
        let _ = parallax_engine::render::markdown::render(&report);
    }
}

//! The key differences (`parallax::findings`): on the example set, on small made-up sets that
//! show one kind of difference each, and minor edits kept out of them.

use parallax::corpus;
use parallax::findings::{is_minor_edit, key_differences, FindingKind, Place, MAX_FINDINGS};
use parallax_engine::{compare, Source};

fn sentences(sources: &[Source]) -> Vec<(FindingKind, String)> {
    key_differences(&compare(sources))
        .findings
        .into_iter()
        .map(|f| (f.kind, f.sentence))
        .collect()
}

#[test]
fn the_example_surfaces_the_insertion_the_most_cut_version_and_the_loaded_verbs() {
    let report = compare(&corpus::example());
    let found = key_differences(&report);
    let all: Vec<String> = found.findings.iter().map(|f| f.sentence.clone()).collect();
    let text = all.join("\n");
    assert!((3..=MAX_FINDINGS).contains(&found.findings.len()), "{text}");
    // Kyiv Independent's "(DPRK)" inside the ministry's statement.
    let added = found
        .findings
        .iter()
        .find(|f| f.kind == FindingKind::AddedWords && f.sentence.contains("(DPRK)"));
    assert!(added.is_some(), "no (DPRK) insertion in:\n{text}");
    // The statement one outlet keeps a single word of.
    let cut = found
        .findings
        .iter()
        .find(|f| f.kind == FindingKind::MostCut)
        .unwrap_or_else(|| panic!("no most-cut finding in:\n{text}"));
    assert!(
        cut.sentence.contains("keeps 1 of the 40 words"),
        "{}",
        cut.sentence
    );
    assert!(cut.sentence.contains("illegal"), "{}", cut.sentence);
    let Place::Card(g) = cut.place else {
        panic!("the most-cut finding points at its card")
    };
    assert!(report.quote_groups[g].sources.len() >= 2);
    // The verbs that introduce the statement: "unleashed" and "bristled".
    let verbs = found
        .findings
        .iter()
        .find(|f| f.kind == FindingKind::AttributionVerbs && f.sentence.contains("unleashed"))
        .unwrap_or_else(|| panic!("no attribution-verb finding in:\n{text}"));
    assert!(verbs.sentence.contains("bristled"), "{}", verbs.sentence);
    // Ranked heaviest first.
    assert!(found
        .findings
        .windows(2)
        .all(|w| w[0].weight >= w[1].weight));
}

#[test]
fn a_promise_turned_into_a_fact_is_a_change_of_meaning() {
    let found = sentences(&[
        Source::new(
            "Gazette",
            "The bank’s chief said: “We will make sure every account is fully restored by Friday,” after the outage.",
        ),
        Source::new(
            "Courier",
            "After the outage the bank’s chief said “every account is restored by Friday,” customers were told.",
        ),
    ]);
    let changed: Vec<&String> = found
        .iter()
        .filter(|(k, _)| *k == FindingKind::ChangedMeaning)
        .map(|(_, s)| s)
        .collect();
    assert_eq!(changed.len(), 1, "{found:?}");
    assert!(changed[0].starts_with("Courier drops"), "{}", changed[0]);
    assert!(changed[0].contains("“fully”"), "{}", changed[0]);
    assert!(
        changed[0].contains("“sure”") || changed[0].contains("“will"),
        "{}",
        changed[0]
    );
}

#[test]
fn contractions_punctuation_and_case_are_minor() {
    assert!(is_minor_edit("We are", "We're"));
    assert!(is_minor_edit("we will not", "We won’t"));
    assert!(is_minor_edit("it is, however", "It's however"));
    assert!(is_minor_edit("U.S.", "US"));
    assert!(!is_minor_edit("stronger level of", "tougher"));
    assert!(!is_minor_edit("we will", "we won't"));
}

#[test]
fn no_findings_for_one_source_and_none_from_minor_edits() {
    let one = compare(&[Source::new("Solo", "“We are ready,” she said.")]);
    assert!(key_differences(&one).findings.is_empty());
    let found = key_differences(&compare(&[
        Source::new(
            "A",
            "The mayor said: “We are ready for the storm, and the shelters are open.”",
        ),
        Source::new(
            "B",
            "“We're ready for the storm, and the shelters are open,” the mayor said.",
        ),
    ]));
    assert!(
        found
            .findings
            .iter()
            .all(|f| f.kind != FindingKind::ChangedMeaning),
        "{:?}",
        found.findings
    );
}

#[test]
fn generated_sets_never_give_more_than_the_cap() {
    let report = compare(&corpus::generate(corpus::Shape {
        articles: 8,
        words_per_article: 400,
        shared_quotes: 6,
    }));
    let found = key_differences(&report);
    assert!(found.findings.len() <= MAX_FINDINGS);
    for f in &found.findings {
        assert!(!f.sentence.is_empty());
        if let Place::Card(g) = f.place {
            assert!(g < report.quote_groups.len());
        }
    }
}

/// With a transcript marked as the original, a word one outlet adds to what was said is a key
/// difference against the original's words, even in a quote no other outlet prints.
#[test]
fn words_added_to_what_an_original_says_are_found_against_it() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/original/");
    let sources: Vec<Source> = ["transcript.txt", "harbour-gazette.txt", "coast-herald.txt"]
        .into_iter()
        .map(|f| Source::new(f, std::fs::read_to_string(format!("{dir}{f}")).unwrap()))
        .collect();
    let report = parallax_engine::compare_with_original(&sources, 0).unwrap();
    let found = key_differences(&report);
    let text: Vec<&str> = found.findings.iter().map(|f| f.sentence.as_str()).collect();
    let added = found
        .findings
        .iter()
        .find(|f| f.kind == FindingKind::AddedWords && f.sentence.contains("“single”"))
        .unwrap_or_else(|| panic!("no added word in:\n{}", text.join("\n")));
    assert!(
        added.sentence.contains("the original does not have"),
        "{}",
        added.sentence
    );
    // Without the original there is nothing to compare that quote with.
    let plain = sentences(&sources);
    assert!(
        !plain.iter().any(|(_, s)| s.contains("“single”")),
        "{plain:?}"
    );
}

//! The framing analysis on the example set (examples/nato-dprk-2024): the acceptance checks of
//! issue 6, run through `compare` exactly as the CLI does. Nothing here feeds the
//! engine a rule about these texts; the tests only read its report.

use parallax_engine::report::{Claim, VerbCategory, Voice};
use parallax_engine::{compare, Report, Source};

const FILES: [&str; 3] = [
    "01_dailynoah-whatfinger.txt",
    "02_yonhap-reprint.txt",
    "03_kyiv-independent.txt",
];

fn report() -> Report {
    let dir = crate::fixtures::example_dir().display().to_string();
    let sources: Vec<Source> = FILES
        .iter()
        .map(|f| {
            let text = std::fs::read_to_string(format!("{dir}/{f}")).expect("example file");
            Source::new(*f, text)
        })
        .collect();
    compare(&sources)
}

/// The category of `verb` (as written) in `source`'s verb table.
fn verb_category(report: &Report, source: usize, verb: &str) -> Option<VerbCategory> {
    report.framing.verbs[source]
        .rows
        .iter()
        .find(|r| r.uses.iter().any(|u| u.verb == verb))
        .map(|r| r.category)
}

#[test]
fn non_neutral_verbs_are_found_in_the_sources_that_use_them() {
    let r = report();
    assert_eq!(
        verb_category(&r, 0, "unleashed"),
        Some(VerbCategory::Emotive)
    );
    assert_eq!(
        verb_category(&r, 0, "claimed"),
        Some(VerbCategory::DoubtCasting)
    );
    assert_eq!(
        verb_category(&r, 2, "claimed"),
        Some(VerbCategory::DoubtCasting)
    );
    assert_eq!(
        verb_category(&r, 1, "bristled"),
        Some(VerbCategory::Emotive)
    );
    // …and not in the sources that do not use them.
    assert_eq!(verb_category(&r, 1, "unleashed"), None);
    assert_eq!(verb_category(&r, 2, "bristled"), None);
}

#[test]
fn verb_offsets_point_at_the_verb_in_the_text() {
    let r = report();
    let dir = crate::fixtures::example_dir().display().to_string();
    for (source, table) in r.framing.verbs.iter().enumerate() {
        let text = std::fs::read_to_string(format!("{dir}/{}", FILES[source])).unwrap();
        for row in &table.rows {
            for u in &row.uses {
                assert_eq!(&text[u.start..u.end], u.verb);
                assert!(u.sentence_start <= u.start && u.end <= u.sentence_end);
            }
        }
    }
}

#[test]
fn north_korea_is_named_at_least_four_ways() {
    let r = report();
    let nk = r
        .framing
        .naming
        .iter()
        .find(|a| a.label == "North Korea")
        .expect("North Korea in the naming table");
    let wordings: Vec<&str> = nk.variants.iter().map(|v| v.text.as_str()).collect();
    assert!(wordings.len() >= 4, "{wordings:?}");
    for expected in ["North Korea", "Pyongyang", "the North", "DPRK"] {
        assert!(
            wordings.contains(&expected),
            "{expected} not in {wordings:?}"
        );
    }
    // Every occurrence points at its words.
    let dir = crate::fixtures::example_dir().display().to_string();
    let texts: Vec<String> = FILES
        .iter()
        .map(|f| std::fs::read_to_string(format!("{dir}/{f}")).unwrap())
        .collect();
    for v in &nk.variants {
        for o in &v.occurrences {
            let fold = |s: &str| s.to_lowercase().replace('’', "'");
            let written = &texts[o.source][o.start..o.end];
            assert_eq!(fold(written), fold(&v.text));
        }
    }
}

fn claims_with<'a>(r: &'a Report, words: &str) -> Vec<&'a Claim> {
    r.framing
        .claims
        .claims
        .iter()
        .filter(|c| c.members.iter().any(|m| m.text.contains(words)))
        .collect()
}

#[test]
fn trash_filled_balloons_are_unique_to_the_first_source() {
    let r = report();
    let claims = claims_with(&r, "trash-filled balloons");
    assert_eq!(claims.len(), 1);
    assert_eq!(claims[0].sources, [0]);
    let details: Vec<&str> = claims[0].members[0]
        .details
        .iter()
        .map(|d| d.text.as_str())
        .collect();
    assert!(
        details.iter().any(|d| d.contains("trash-filled balloons")),
        "{details:?}"
    );
}

#[test]
fn five_million_shells_and_iran_are_unique_to_the_third_source() {
    let r = report();
    let claims = claims_with(&r, "5 million artillery shells");
    assert_eq!(claims.len(), 1);
    assert_eq!(claims[0].sources, [2]);
    let third: Vec<&str> = r.framing.claims.unique_details[2]
        .details
        .iter()
        .map(|d| d.detail.text.as_str())
        .collect();
    assert!(third.contains(&"Iran"), "{third:?}");
    assert!(third.contains(&"5 million"), "{third:?}");
    for other in 0..2 {
        let names: Vec<&str> = r.framing.claims.unique_details[other]
            .details
            .iter()
            .map(|d| d.detail.text.as_str())
            .collect();
        assert!(!names.contains(&"Iran"), "{names:?}");
    }
}

/// The gold file (examples/nato-dprk-2024/gold.json, `unique_facts`) lists "32-member alliance
/// and four Indo-Pacific partners named" under the second source alone: the third source
/// never mentions them. The second source (a reprint of two versions of one story) carries
/// the fact twice, and the analysis joins the two into one claim.
#[test]
fn the_32_member_alliance_and_its_four_partners_are_one_claim_of_the_second_source() {
    let r = report();
    let claims = claims_with(&r, "32-member alliance");
    assert_eq!(claims.len(), 1, "{claims:#?}");
    assert_eq!(claims[0].sources, [1]);
    assert_eq!(claims[0].members.len(), 2);
    let details: Vec<&str> = claims[0].members[0]
        .details
        .iter()
        .map(|d| d.text.as_str())
        .collect();
    assert!(
        details.iter().any(|d| d.contains("four Indo-Pacific")),
        "{details:?}"
    );
}

#[test]
fn echoing_russian_propaganda_is_the_third_sources_own_judgement() {
    let r = report();
    let language = &r.framing.language[2];
    let judged: Vec<&str> = language
        .sentences
        .iter()
        .filter(|s| s.judgement)
        .map(|s| s.text.as_str())
        .collect();
    assert!(
        judged
            .iter()
            .any(|s| s.contains("echoes Russian propaganda narratives")),
        "{judged:?}"
    );
    let propaganda = language
        .markers
        .iter()
        .find(|m| m.text == "propaganda")
        .expect("propaganda marked");
    assert_eq!(propaganda.voice, Voice::Own);
    // The quoted "provocative" is Beijing's word, not a judgement of the writer.
    assert!(language
        .markers
        .iter()
        .filter(|m| m.text == "provocative")
        .all(|m| m.voice == Voice::Quoted));
}

#[test]
fn the_markdown_handout_has_every_framing_section() {
    let r = report();
    let names: Vec<String> = FILES.iter().map(|f| f.to_string()).collect();
    let md = parallax_engine::render::framing::render(&r.framing, &names, 2);
    for section in [
        "Shared claims",
        "Facts only one source gives",
        "Headlines and ledes",
        "Attribution verbs",
        "Naming",
        "Loaded words",
        "Voices",
    ] {
        assert!(md.contains(section), "{section} missing");
    }
    if std::env::var_os("PARALLAX_PRINT").is_some() {
        println!("{md}");
    }
}

#[test]
fn the_report_is_the_same_every_time() {
    // Hash maps inside the engine are seeded differently on each use; no output may depend on
    // their order.
    let first = serde_json::to_string(&report().framing).unwrap();
    for _ in 0..3 {
        assert_eq!(serde_json::to_string(&report().framing).unwrap(), first);
    }
}

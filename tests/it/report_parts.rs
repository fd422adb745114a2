//! A report sent in parts (`parallax::report_parts`): split, sent as JSON, decoded and put
//! back together, it is the report that was split; parts stay near the size asked for.

use parallax::corpus::{self, Shape};
use parallax::report_parts::{split, Assembly, ReportPart};
use parallax_engine::{compare, Report, Source};

/// Whether `assembled` is `report` as the page decoded it when it came in one message: the
/// report through JSON, as JSON (the JSON decoder's floats may differ from the engine's in the
/// last digit, the same in either case).
fn same(assembled: Option<&Report>, report: &Report) -> bool {
    let json = |r: &Report| serde_json::to_string(r).expect("a report serialises");
    let whole: Report = serde_json::from_str(&json(report)).expect("a report decodes");
    assembled.is_some_and(|a| json(a) == json(&whole))
}

/// Splits `report` at `part_bytes`, each part through JSON as the worker sends it; the parts'
/// sizes and kinds, and the report the page assembles from them.
fn round_trip(report: Report, part_bytes: usize) -> (Vec<(usize, &'static str)>, Option<Report>) {
    let mut sent = Vec::new();
    let mut assembly = Assembly::default();
    let mut assembled = None;
    split(report, part_bytes, |part| {
        let kind = match &part {
            ReportPart::Quotes(_) => "quotes",
            ReportPart::Groups(_) => "groups",
            ReportPart::Claims(_) => "claims",
            ReportPart::Rest(_) => "rest",
        };
        let json = serde_json::to_string(&part).expect("a report part serialises");
        sent.push((json.len(), kind));
        let decoded: ReportPart = serde_json::from_str(&json).expect("a report part decodes");
        assert!(assembled.is_none(), "a part after the last one");
        assembled = assembly.add(decoded);
        json.len()
    });
    (sent, assembled)
}

#[test]
fn the_example_report_comes_back_whole_from_small_parts() {
    let report = compare(&corpus::example());
    assert!(!report.quotes.is_empty() && !report.quote_groups.is_empty());
    assert!(!report.framing.claims.claims.is_empty());
    let (sent, assembled) = round_trip(report.clone(), 4_000);
    assert!(same(assembled.as_ref(), &report));
    let kinds: Vec<&str> = sent.iter().map(|&(_, k)| k).collect();
    assert_eq!(kinds.last(), Some(&"rest"));
    assert_eq!(kinds.iter().filter(|&&k| k == "rest").count(), 1);
    // Lists go in order, each in more than one part at this size.
    let first = |k: &str| kinds.iter().position(|&x| x == k);
    assert!(first("quotes") < first("groups") && first("groups") < first("claims"));
    for list in ["quotes", "groups", "claims"] {
        assert!(
            kinds.iter().filter(|&&k| k == list).count() > 1,
            "{list}: {kinds:?}"
        );
    }
}

#[test]
fn parts_after_the_first_of_a_list_stay_near_the_size_asked_for() {
    let sources = corpus::generate(Shape {
        articles: 12,
        words_per_article: 1_500,
        shared_quotes: 20,
    });
    let report = compare(&sources);
    let whole = serde_json::to_string(&report).expect("serialises").len();
    let part_bytes = 64 * 1024;
    assert!(whole > 4 * part_bytes, "{whole} bytes of report");
    let (sent, assembled) = round_trip(report.clone(), part_bytes);
    assert!(same(assembled.as_ref(), &report));
    for (i, &(bytes, kind)) in sent.iter().enumerate() {
        let first_of_list = i == 0 || sent[i - 1].1 != kind;
        if kind != "rest" && !first_of_list {
            assert!(bytes < 2 * part_bytes, "part {i} ({kind}) of {bytes} bytes");
        }
    }
    assert!(
        sent.len() >= whole / (2 * part_bytes),
        "{} parts for {whole} bytes",
        sent.len()
    );
}

#[test]
fn an_empty_report_is_one_part() {
    let report = compare(&[] as &[Source]);
    let (sent, assembled) = round_trip(report.clone(), 1024);
    assert_eq!(sent.len(), 1);
    assert!(same(assembled.as_ref(), &report));
}

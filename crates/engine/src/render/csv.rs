//! The report's quote groups as CSV: one row per member (every quotation of every group), with
//! its group, the group's reference version, the source, speaker, verb, the member's own words,
//! how faithfully it follows the reference and how much of the reference its source quotes.
//!
//! Pure formatting of a [`Report`]; it computes nothing new. Fields are quoted as RFC 4180 asks
//! (commas, quotes and line breaks survive), rows end in CRLF, and a cell that a spreadsheet
//! would run as a formula (starting with `=`, `+`, `-`, `@`, tab or carriage return) is
//! prefixed with an apostrophe, so an article cannot plant a formula in the user's sheet.

use crate::report::VerbCategory;
use std::fmt::Write;

use crate::report::{MemberAlignment, OriginalReference, QuoteGroupRecord, QuoteRecord, Report};

/// The header row, in column order.
pub const COLUMNS: [&str; 16] = [
    "group",
    "group_speaker",
    "sources_quoting",
    "reference_quote",
    "reference_text",
    "quote",
    "is_reference",
    "source",
    "speaker",
    "verb",
    "verb_category",
    "text",
    "fidelity",
    "source_coverage",
    "words_quoted",
    "words_total",
];

/// Renders every quote group of `report`, one row per member, after a header row.
pub fn quote_groups(report: &Report) -> String {
    let mut out = String::new();
    row(&mut out, COLUMNS.iter().map(|c| c.to_string()));
    for group in &report.quote_groups {
        let reference = quote(report, &group.reference);
        for id in &group.members {
            if let Some(member) = quote(report, id) {
                row(&mut out, member_cells(report, group, reference, member));
            }
        }
    }
    out
}

fn quote<'a>(report: &'a Report, id: &str) -> Option<&'a QuoteRecord> {
    report.quotes.iter().find(|q| q.id == id)
}

/// The cells of one member's row, in [`COLUMNS`] order.
fn member_cells(
    report: &Report,
    group: &QuoteGroupRecord,
    reference: Option<&QuoteRecord>,
    member: &QuoteRecord,
) -> impl Iterator<Item = String> {
    let alignment: Option<&MemberAlignment> = group.alignment.iter().find(|a| a.quote == member.id);
    let coverage = group.coverage.iter().find(|c| c.source == member.source);
    let source = report.sources.get(member.source).map_or_else(
        || format!("source {}", member.source + 1),
        |s| s.name.clone(),
    );
    let speaker = alignment
        .and_then(|a| a.speaker.clone())
        .or_else(|| member.speaker.clone());
    let verb = alignment
        .and_then(|a| a.verb.clone())
        .or_else(|| member.verb.clone());
    let category = alignment
        .and_then(|a| a.verb_category)
        .or(member.verb_category);
    [
        group.id.clone(),
        group.speaker.clone().unwrap_or_default(),
        group.sources.len().to_string(),
        group.reference.clone(),
        reference_text(group, reference),
        member.id.clone(),
        (member.id == group.reference).to_string(),
        source,
        speaker.unwrap_or_default(),
        verb.unwrap_or_default(),
        category.map(category_name).unwrap_or_default().to_string(),
        member.text.clone(),
        alignment.map_or_else(String::new, |a| format!("{:.2}", a.fidelity)),
        coverage.map_or_else(String::new, |c| format!("{:.2}", c.fraction)),
        coverage.map_or_else(String::new, |c| c.words_quoted.to_string()),
        coverage.map_or_else(String::new, |c| c.words_total.to_string()),
    ]
    .into_iter()
}

/// The words the members were aligned against: the original's passage when the group was
/// traced to one, otherwise the reference quotation's words.
fn reference_text(group: &QuoteGroupRecord, reference: Option<&QuoteRecord>) -> String {
    match group.original.as_ref().and_then(OriginalReference::passage) {
        Some(passage) => passage.text.to_string(),
        None => reference.map(|r| r.text.clone()).unwrap_or_default(),
    }
}

/// The category as the JSON report spells it.
fn category_name(category: VerbCategory) -> &'static str {
    match category {
        VerbCategory::Neutral => "neutral",
        VerbCategory::Assertive => "assertive",
        VerbCategory::DoubtCasting => "doubt_casting",
        VerbCategory::Emotive => "emotive",
        VerbCategory::Endorsing => "endorsing",
    }
}

fn row(out: &mut String, cells: impl Iterator<Item = String>) {
    for (i, cell) in cells.enumerate() {
        if i > 0 {
            out.push(',');
        }
        let _ = write!(out, "{}", field(&cell));
    }
    out.push_str("\r\n");
}

/// Characters a spreadsheet may read as the start of a formula, fullwidth forms included (some
/// spreadsheets fold `＝` to `=`).
const FORMULA_STARTS: &[char] = &[
    '=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠', '\u{2212}', '\u{FE62}', '\u{FE63}',
    '\u{FE66}',
];

/// Separators a spreadsheet may split a cell on, besides the comma: a cell holding one is
/// quoted, so it stays one cell whatever separator the reader's locale picks.
const SEPARATORS: &[char] = &[',', ';', '\t', '"', '\n', '\r'];

/// One CSV field: defused if a spreadsheet would read it as a formula (its first character,
/// after any leading spaces, starts one), quoted if it holds a separator, quote or line break.
pub fn field(cell: &str) -> String {
    let first = cell.trim_start_matches(' ').chars().next();
    let defused = if first.is_some_and(|c| FORMULA_STARTS.contains(&c)) {
        format!("'{cell}")
    } else {
        cell.to_string()
    };
    if defused.contains(SEPARATORS) {
        format!("\"{}\"", defused.replace('"', "\"\""))
    } else {
        defused
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{compare, Source};
    use proptest::prelude::*;

    /// Splits CSV text into rows of fields, undoing RFC 4180 quoting.
    fn parse(csv: &str) -> Vec<Vec<String>> {
        let mut rows = Vec::new();
        let mut row = Vec::new();
        let mut field = String::new();
        let mut quoted = false;
        let mut chars = csv.chars().peekable();
        while let Some(c) = chars.next() {
            match (quoted, c) {
                (true, '"') if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                (true, '"') => quoted = false,
                (true, c) => field.push(c),
                (false, '"') => quoted = true,
                (false, ',') => row.push(std::mem::take(&mut field)),
                (false, '\r') if chars.peek() == Some(&'\n') => {
                    chars.next();
                    row.push(std::mem::take(&mut field));
                    rows.push(std::mem::take(&mut row));
                }
                (false, c) => field.push(c),
            }
        }
        assert!(field.is_empty() && row.is_empty(), "CSV must end with CRLF");
        rows
    }

    #[test]
    fn fields_are_quoted_only_when_needed() {
        assert_eq!(field("plain words"), "plain words");
        assert_eq!(field("a, b"), "\"a, b\"");
        assert_eq!(field("say \"no\""), "\"say \"\"no\"\"\"");
        assert_eq!(field("two\nlines"), "\"two\nlines\"");
        assert_eq!(field(""), "");
    }

    #[test]
    fn formulas_are_defused() {
        assert_eq!(
            field("=HYPERLINK(\"http://x\")"),
            "\"'=HYPERLINK(\"\"http://x\"\")\""
        );
        assert_eq!(field("+1"), "'+1");
        assert_eq!(field("-2"), "'-2");
        assert_eq!(field("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(field("\tx"), "\"'\tx\"");
        assert_eq!(field("a=b"), "a=b");
        // A fullwidth equals sign and a formula after spaces, as some spreadsheets read them.
        assert_eq!(field("＝1+1"), "'＝1+1");
        assert_eq!(field("  =1+1"), "'  =1+1");
        // Another locale's separator keeps the cell whole.
        assert_eq!(field(";=1+1;"), "\";=1+1;\"");
    }

    fn two_outlets() -> Vec<Source> {
        vec![
            Source::new(
                "Outlet, A",
                "The minister said: “We reject the declaration, and we will respond firmly.”",
            ),
            Source::new(
                "=Outlet B",
                "“We reject the declaration,” the minister claimed on Monday.",
            ),
        ]
    }

    #[test]
    fn one_row_per_member_with_its_source_and_words() {
        let report = compare(&two_outlets());
        let rows = parse(&quote_groups(&report));
        assert_eq!(rows[0], COLUMNS.map(String::from).to_vec());
        let members: usize = report.quote_groups.iter().map(|g| g.members.len()).sum();
        assert_eq!(rows.len(), 1 + members);
        assert!(rows.iter().all(|r| r.len() == COLUMNS.len()));
        let shared = report
            .quote_groups
            .iter()
            .find(|g| g.sources.len() == 2)
            .expect("the two outlets share a quote");
        let rows_of_group: Vec<&Vec<String>> = rows.iter().filter(|r| r[0] == shared.id).collect();
        assert_eq!(rows_of_group.len(), shared.members.len());
        let sources: Vec<&str> = rows_of_group.iter().map(|r| r[7].as_str()).collect();
        assert!(sources.contains(&"Outlet, A"), "{sources:?}");
        assert!(sources.contains(&"'=Outlet B"), "{sources:?}");
        for r in &rows_of_group {
            let member = report.quotes.iter().find(|q| q.id == r[5]).unwrap();
            assert_eq!(r[11], member.text);
            assert_eq!(r[6], (member.id == shared.reference).to_string());
        }
        let b = rows_of_group.iter().find(|r| r[7] == "'=Outlet B").unwrap();
        assert_eq!(b[9], "claimed");
        assert_eq!(b[10], "doubt_casting");
    }

    #[test]
    fn a_group_traced_to_a_passage_of_the_original_shows_that_passage() {
        let sources = vec![
            Source::new(
                "Transcript",
                "Good evening. We will rebuild the harbour wall before the winter storms, and the \
                 county has agreed to pay for every metre of it. Thank you.",
            ),
            Source::new(
                "Herald",
                "The leader said: “We will rebuild the harbour wall before the winter storms.”",
            ),
            Source::new(
                "Gazette",
                "“The county has agreed to pay for every metre of it,” the leader said.",
            ),
        ];
        let report = crate::compare_with_original(&sources, 0).expect("source 0 exists");
        let rows = parse(&quote_groups(&report));
        let traced: Vec<&Vec<String>> = rows
            .iter()
            .skip(1)
            .filter(|r| r[4].starts_with("We will rebuild the harbour wall"))
            .collect();
        assert!(!traced.is_empty(), "{rows:?}");
        for r in traced {
            assert!(
                r[4].contains("every metre of it"),
                "the whole passage: {r:?}"
            );
        }
    }

    #[test]
    fn a_report_without_quotes_is_just_the_header() {
        let report = compare(&[Source::new("A", "No quotation here at all.")]);
        assert_eq!(quote_groups(&report), COLUMNS.join(",") + "\r\n");
    }

    proptest::proptest! {
        #[test]
        fn any_articles_give_one_well_formed_row_per_member(
            texts in proptest::collection::vec(
                proptest::collection::vec(
                    proptest::sample::select(&[
                        "“", "”", "\"", "'", ",", "\n", "\r\n", " ", "=", "+", "-", "@",
                        "said", "He", "we reject it", "the minister", "claimed", ".",
                    ][..]),
                    0..60,
                ).prop_map(|pieces| pieces.concat()),
                1..4,
            )
        ) {
            let sources: Vec<Source> = texts
                .iter()
                .enumerate()
                .map(|(i, t)| Source::new(format!("={i}"), t.clone()))
                .collect();
            let report = compare(&sources);
            let rows = parse(&quote_groups(&report));
            let members: usize = report.quote_groups.iter().map(|g| g.members.len()).sum();
            proptest::prop_assert_eq!(rows.len(), 1 + members);
            for r in &rows {
                proptest::prop_assert_eq!(r.len(), COLUMNS.len());
                for cell in r {
                    proptest::prop_assert!(!cell.starts_with(['=', '+', '-', '@', '\t', '\r']));
                }
            }
        }
    }
}

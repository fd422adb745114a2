//! Folded regions stay out of the framing tables: on the example set and on every event in
//! `tests/data/`, no verb use, claim member or unique detail, lede or headline, marked word or
//! judged sentence, voice span or name occurrence lies in a region the boilerplate pass marked
//! (page furniture: captions, credits, related-story lists, promotions, embeds, repeats); and
//! the same on the saved web pages read for their articles.

use std::path::PathBuf;

use parallax_engine::input::{decode, Fidelity};
use parallax_engine::{compare, Report, Source};

use crate::fixtures::{example_dir, repo, sources_in};

/// Every event folder of `tests/data/` with articles, and the example set.
fn event_dirs() -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(repo().join("tests/data"))
        .expect("tests/data")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            std::fs::read_dir(p).is_ok_and(|mut files| {
                files.any(|f| f.is_ok_and(|f| f.path().extension().is_some_and(|x| x == "txt")))
            })
        })
        .collect();
    dirs.sort();
    dirs.push(example_dir());
    dirs
}

/// Each table entry as (table, source, start, end, text).
fn table_spans(report: &Report) -> Vec<(&'static str, usize, usize, usize, String)> {
    let f = &report.framing;
    let mut out = Vec::new();
    for v in &f.verbs {
        for row in &v.rows {
            for u in &row.uses {
                out.push(("verbs", v.source, u.start, u.end, u.verb.clone()));
            }
        }
    }
    for claim in &f.claims.claims {
        for m in &claim.members {
            let table = if claim.sources.len() == 1 {
                "unique facts"
            } else {
                "shared claims"
            };
            out.push((table, m.source, m.start, m.end, m.text.clone()));
        }
    }
    for d in &f.claims.unique_details {
        for c in &d.details {
            let det = &c.detail;
            out.push((
                "unique details",
                d.source,
                det.start,
                det.end,
                det.text.clone(),
            ));
        }
    }
    for l in &f.ledes {
        for s in l.headline.iter().chain(&l.lede) {
            out.push(("ledes", l.source, s.start, s.end, s.text.clone()));
        }
    }
    for l in &f.language {
        for m in &l.markers {
            out.push(("language", l.source, m.start, m.end, m.text.clone()));
        }
        for s in &l.sentences {
            out.push(("judgement", l.source, s.start, s.end, s.text.clone()));
        }
    }
    for v in &f.voices {
        for s in &v.speakers {
            for q in &s.spans {
                let who = s.speaker.clone().unwrap_or_default();
                out.push(("voices", v.source, q.start, q.end, who));
            }
        }
    }
    for actor in &f.naming {
        for variant in &actor.variants {
            for o in &variant.occurrences {
                out.push(("naming", o.source, o.start, o.end, variant.text.clone()));
            }
        }
    }
    out
}

/// Every table entry of `report` that lies in a folded region of its source, described.
fn leaks(event: &str, report: &Report) -> Vec<String> {
    let mut out = Vec::new();
    for (table, source, start, end, text) in table_spans(report) {
        let regions = &report.sources[source].boilerplate;
        if let Some(r) = regions.iter().find(|r| start < r.end && r.start < end) {
            out.push(format!(
                "{event} / {}: {table} holds {text:?} ({start}..{end}) from a folded region \
                 ({:?}: {})",
                report.sources[source].name, r.kind, r.reason
            ));
        }
    }
    out
}

#[test]
fn no_framing_table_holds_text_from_a_folded_region() {
    let mut found = Vec::new();
    let mut folded = 0;
    for dir in event_dirs() {
        let report = compare(&sources_in(&dir));
        let event = dir.file_name().unwrap().to_string_lossy().to_string();
        folded += report
            .sources
            .iter()
            .map(|s| s.boilerplate.len())
            .sum::<usize>();
        found.extend(leaks(&event, &report));
    }
    // The check means something only if the events have folded regions.
    assert!(folded > 20, "only {folded} folded regions in all events");
    assert!(found.is_empty(), "{}", found.join("\n"));
}

/// The same on the saved web pages (`fixtures::pages_dir`), read for their articles and
/// compared together: what the extraction keeps of a page's furniture is folded, and stays out
/// of the tables.
#[test]
fn no_framing_table_holds_folded_text_of_a_saved_page() {
    let Some(dir) = crate::fixtures::pages_dir() else {
        return;
    };
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("the pages folder")
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().to_string()))
        .collect();
    names.sort();
    let sources: Vec<Source> = names
        .iter()
        .map(|name| {
            let html = std::fs::read(dir.join(name).join("source.html")).expect("page");
            let text = decode("page.html", &html, Fidelity::Tidy)
                .expect("text")
                .text;
            Source::new(name.clone(), text)
        })
        .collect();
    let report = compare(&sources);
    let folded: usize = report.sources.iter().map(|s| s.boilerplate.len()).sum();
    assert!(folded > 0, "nothing folded on {} pages", sources.len());
    let found = leaks("pages", &report);
    assert!(found.is_empty(), "{}", found.join("\n"));
}

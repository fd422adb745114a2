//! The framing part of the report as Markdown: one section per analysis, mostly tables, for
//! the handout the CLI and the browser offer. Pure formatting of a [`FramingReport`]; it
//! computes nothing new. Cell text is escaped (`escape`) so that Markdown, HTML, pipes and line breaks in article text
//! cannot break a table.

use super::escape::escape;
use crate::report::ActorKind;
use crate::report::{Claim, FramingReport, MarkerCategory, MatchCueKind, NamedActor, Voice};
use std::fmt::Write;

/// Rows a table shows before it says how many more there are.
pub const MAX_ROWS: usize = 25;

/// Renders the framing sections; `sources` are the source names in report order. Headings
/// start at level `level` (2 gives `##`).
pub fn render(report: &FramingReport, sources: &[String], level: usize) -> String {
    let h = "#".repeat(level.clamp(1, 5));
    let mut out = String::new();
    let _ = writeln!(out, "{h} Framing\n");
    claims(&mut out, report, sources, &h);
    unique(&mut out, report, sources, &h);
    ledes(&mut out, report, sources, &h);
    verbs(&mut out, report, sources, &h);
    naming(&mut out, report, sources, &h);
    language(&mut out, report, sources, &h);
    voices(&mut out, report, sources, &h);
    out
}

/// Escapes text for one table cell and shortens it to `max` characters.
fn cell(text: &str, max: usize) -> String {
    let flat: String = text
        .chars()
        .map(|c| if c.is_whitespace() { ' ' } else { c })
        .collect();
    let mut short: String = flat.chars().take(max).collect();
    if flat.chars().count() > max {
        short.push('…');
    }
    escape(&short)
}

fn name(sources: &[String], i: usize) -> String {
    sources
        .get(i)
        .map(|s| cell(s, 40))
        .unwrap_or_else(|| format!("source {}", i + 1))
}

fn header(out: &mut String, first: &[&str], sources: &[String], last: &[&str]) {
    let mut cols: Vec<String> = first.iter().map(|s| s.to_string()).collect();
    cols.extend((0..sources.len()).map(|i| name(sources, i)));
    cols.extend(last.iter().map(|s| s.to_string()));
    let _ = writeln!(out, "| {} |", cols.join(" | "));
    let _ = writeln!(out, "|{}", "---|".repeat(cols.len()));
}

fn more(out: &mut String, total: usize) {
    if total > MAX_ROWS {
        let _ = writeln!(
            out,
            "\n_…and {} more in the JSON report._",
            total - MAX_ROWS
        );
    }
    out.push('\n');
}

fn claims(out: &mut String, report: &FramingReport, sources: &[String], h: &str) {
    let shared: Vec<&Claim> = report
        .claims
        .claims
        .iter()
        .filter(|c| c.sources.len() >= 2)
        .collect();
    let _ = writeln!(out, "{h}# Shared claims\n");
    if shared.is_empty() {
        let _ = writeln!(out, "No sentence was matched across sources.\n");
        return;
    }
    let _ = writeln!(
        out,
        "Each row is one claim; a cell gives the sentence number where the source first \
         carries it (— when it does not). Claims are matched by meaning cues (the same \
         actors however named, event words of one meaning, the same numbers and dates, \
         shared words), not by understanding, and can be wrong: \"matched by\" gives the \
         cues the row's sentence shares with the other sources, \"sources differ on\" the \
         numbers and dates two matched sentences give differently.\n"
    );
    header(
        out,
        &["claim"],
        sources,
        &["matched by", "sources differ on"],
    );
    for c in shared.iter().take(MAX_ROWS) {
        let m = &c.members[c.representative];
        let mut cols = vec![cell(&m.text, 120)];
        cols.extend(c.coverage.iter().map(|p| match p {
            Some(p) => format!("{}/{}", p.sentence + 1, p.of),
            None => "—".to_string(),
        }));
        let cues: Vec<String> = m
            .matched_by
            .iter()
            .map(|cue| match cue.kind {
                MatchCueKind::Word => cue.text.clone(),
                kind => format!("{} ({})", cue.text, cue_label(kind)),
            })
            .collect();
        cols.push(cell(&cues.join(", "), 80));
        // Each part escaped once: the source name by `name`, the value by `cell`.
        let differ: Vec<String> = c
            .conflicting_details
            .iter()
            .take(6)
            .map(|d| format!("{}: {}", name(sources, d.source), cell(&d.text, 40)))
            .collect();
        cols.push(differ.join("; "));
        let _ = writeln!(out, "| {} |", cols.join(" | "));
    }
    more(out, shared.len());
}

/// A short label for a kind of matching cue.
fn cue_label(kind: MatchCueKind) -> &'static str {
    match kind {
        MatchCueKind::Actor => "actor",
        MatchCueKind::Event => "event",
        MatchCueKind::Number => "number",
        MatchCueKind::Word => "word",
    }
}

fn unique(out: &mut String, report: &FramingReport, sources: &[String], h: &str) {
    let _ = writeln!(out, "{h}# Facts only one source gives\n");
    let _ = writeln!(out, "| source | sentence | details no other source gives |");
    let _ = writeln!(out, "|---|---|---|");
    let alone: Vec<&Claim> = report
        .claims
        .claims
        .iter()
        .filter(|c| c.sources.len() == 1)
        .collect();
    for c in alone.iter().take(MAX_ROWS) {
        let m = &c.members[c.representative];
        let details: Vec<&str> = m.details.iter().map(|d| d.text.as_str()).collect();
        let _ = writeln!(
            out,
            "| {} | {} | {} |",
            name(sources, m.source),
            cell(&m.text, 140),
            cell(&details.join(", "), 80)
        );
    }
    more(out, alone.len());
    let named: Vec<String> = report
        .claims
        .unique_details
        .iter()
        .filter(|d| !d.details.is_empty())
        .map(|d| {
            let list: Vec<String> = d
                .details
                .iter()
                .take(15)
                .map(|x| cell(&x.detail.text, 40))
                .collect();
            format!("- **{}**: {}", name(sources, d.source), list.join(", "))
        })
        .collect();
    if !named.is_empty() {
        let _ = writeln!(out, "Names and numbers no other source mentions:\n");
        let _ = writeln!(out, "{}\n", named.join("\n"));
    }
}

fn ledes(out: &mut String, report: &FramingReport, sources: &[String], h: &str) {
    let _ = writeln!(out, "{h}# Headlines and ledes\n");
    let _ = writeln!(
        out,
        "| source | headline | first sentences | shared claims |"
    );
    let _ = writeln!(out, "|---|---|---|---|");
    for l in &report.ledes {
        let headline = l
            .headline
            .as_ref()
            .map(|s| cell(&s.text, 100))
            .unwrap_or_default();
        let lede: Vec<String> = l.lede.iter().map(|s| cell(&s.text, 120)).collect();
        let shared: Vec<&str> = l
            .headline
            .iter()
            .chain(&l.lede)
            .flat_map(|s| s.shared_claims.iter().map(String::as_str))
            .collect();
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} |",
            name(sources, l.source),
            headline,
            lede.join(" "),
            shared.join(", ")
        );
    }
    out.push('\n');
    if !report.emphasis.is_empty() {
        let _ = writeln!(out, "Shared claims placed differently:\n");
        header(out, &["claim"], sources, &[]);
        for e in report.emphasis.iter().take(MAX_ROWS) {
            let mut cols = vec![format!("{} {}", e.claim, cell(&e.text, 100))];
            cols.extend(e.placements.iter().map(|p| p.label().to_string()));
            let _ = writeln!(out, "| {} |", cols.join(" | "));
        }
        more(out, report.emphasis.len());
    }
}

fn verbs(out: &mut String, report: &FramingReport, sources: &[String], h: &str) {
    let _ = writeln!(out, "{h}# Attribution verbs\n");
    for v in &report.verbs {
        let counts: Vec<String> = v
            .by_category
            .iter()
            .map(|c| format!("{} {}", c.category.label(), c.count))
            .collect();
        let _ = writeln!(
            out,
            "**{}** — {}\n",
            name(sources, v.source),
            counts.join(", ")
        );
        if v.rows.is_empty() {
            continue;
        }
        let _ = writeln!(out, "| speaker | verb | category | count | as written |");
        let _ = writeln!(out, "|---|---|---|---|---|");
        for r in v.rows.iter().take(MAX_ROWS) {
            let speaker = match (&r.speaker, &r.actor) {
                (Some(s), Some(a)) if s != a => format!("{} ({})", cell(s, 50), cell(a, 40)),
                (Some(s), _) => cell(s, 60),
                (None, _) => "—".to_string(),
            };
            let written: Vec<&str> = r.uses.iter().map(|u| u.verb.as_str()).collect();
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} |",
                speaker,
                cell(&r.lemma, 30),
                r.category.label(),
                r.count,
                cell(&written.join(", "), 60)
            );
        }
        more(out, v.rows.len());
    }
}

fn naming(out: &mut String, report: &FramingReport, sources: &[String], h: &str) {
    let _ = writeln!(out, "{h}# Naming\n");
    let (events, actors): (Vec<&NamedActor>, Vec<&NamedActor>) = report
        .naming
        .iter()
        .filter(|a| a.variants.len() >= 2)
        .partition(|a| a.kind == ActorKind::Event);
    if actors.is_empty() && events.is_empty() {
        let _ = writeln!(out, "Nothing is named in more than one way.\n");
        return;
    }
    for a in actors.iter().take(12).chain(events.iter().take(6)) {
        let title = if a.kind == ActorKind::Event {
            format!("{} (an event)", cell(&a.label, 60))
        } else {
            cell(&a.label, 60)
        };
        let _ = writeln!(out, "**{title}**\n");
        header(out, &["wording", "form"], sources, &[]);
        for v in a.variants.iter().take(MAX_ROWS) {
            let mut cols = vec![cell(&v.text, 60), v.form.label().to_string()];
            cols.extend(v.counts.iter().map(|c| {
                if *c == 0 {
                    "—".to_string()
                } else {
                    c.to_string()
                }
            }));
            let _ = writeln!(out, "| {} |", cols.join(" | "));
        }
        more(out, a.variants.len());
    }
}

fn language(out: &mut String, report: &FramingReport, sources: &[String], h: &str) {
    let _ = writeln!(out, "{h}# Loaded words, hedges and intensifiers\n");
    let _ = writeln!(
        out,
        "Counts per 1,000 body words (in brackets: how many are in the writer's own voice, \
         not quoted or reported).\n"
    );
    let categories = [
        MarkerCategory::Loaded,
        MarkerCategory::Dramatic,
        MarkerCategory::Intensifier,
        MarkerCategory::Hedge,
        MarkerCategory::Distancing,
    ];
    let mut cols = vec!["source".to_string(), "words".to_string()];
    cols.extend(categories.iter().map(|c| c.label().to_string()));
    let _ = writeln!(out, "| {} |", cols.join(" | "));
    let _ = writeln!(out, "|{}", "---|".repeat(cols.len()));
    for l in &report.language {
        let mut row = vec![name(sources, l.source), l.words.to_string()];
        for c in categories {
            row.push(match l.rates.iter().find(|r| r.category == c) {
                Some(r) => format!("{:.1} ({} own)", r.per_1000_words, r.own),
                None => "0".to_string(),
            });
        }
        let _ = writeln!(out, "| {} |", row.join(" | "));
    }
    out.push('\n');
    let _ = writeln!(out, "The writer's own judgements:\n");
    let _ = writeln!(out, "| source | sentence | words |");
    let _ = writeln!(out, "|---|---|---|");
    let mut total = 0;
    for l in &report.language {
        for s in l.sentences.iter().filter(|s| s.judgement) {
            total += 1;
            if total > MAX_ROWS {
                continue;
            }
            let words: Vec<String> = s
                .markers
                .iter()
                .filter_map(|&k| l.markers.get(k))
                .filter(|m| m.voice == Voice::Own)
                .map(|m| format!("{} ({})", m.text, m.category.label()))
                .collect();
            let _ = writeln!(
                out,
                "| {} | {} | {} |",
                name(sources, l.source),
                cell(&s.text, 160),
                cell(&words.join(", "), 80)
            );
        }
    }
    more(out, total);
}

fn voices(out: &mut String, report: &FramingReport, sources: &[String], h: &str) {
    let _ = writeln!(out, "{h}# Voices\n");
    let _ = writeln!(
        out,
        "| source | body words | quoted | writer's own | most quoted |"
    );
    let _ = writeln!(out, "|---|---|---|---|---|");
    for v in &report.voices {
        let top: Vec<String> = v
            .speakers
            .iter()
            .take(4)
            .map(|s| {
                let who = match (&s.speaker, &s.actor) {
                    (Some(w), Some(a)) if w != a => format!("{} ({})", cell(w, 40), cell(a, 30)),
                    (Some(w), _) => cell(w, 40),
                    (None, _) => "unattributed".to_string(),
                };
                format!("{who} {:.0}%", s.share * 100.0)
            })
            .collect();
        let _ = writeln!(
            out,
            "| {} | {} | {} ({:.0}%) | {} | {} |",
            name(sources, v.source),
            v.words,
            v.quoted_words,
            v.quoted_share * 100.0,
            v.own_words,
            top.join("; ")
        );
    }
    out.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::article::Article;

    #[test]
    fn tables_are_well_formed_and_escape_pipes() {
        let a = "North Korea denounced the | statement, calling it \"illegal.\"\nPyongyang said the statement was a provocation.";
        let b = "North Korea's foreign ministry denounced the statement as \"illegal.\"\nThe DPRK fired missiles.";
        let texts = [a, b];
        let articles: Vec<Article> = texts.iter().map(|t| Article::read(t, &[])).collect();
        let report = crate::framing::analyse(&texts, &articles);
        let md = render(&report, &["a | one".to_string(), "b".to_string()], 2);
        assert!(md.starts_with("## Framing"));
        assert!(md.contains("a \\| one"));
        for line in md.lines().filter(|l| l.starts_with('|')) {
            let unescaped = line.replace("\\|", "");
            let cols = unescaped.matches('|').count();
            assert!(cols >= 3, "{line}");
        }
        assert!(md.contains("Naming"));
    }

    #[test]
    fn the_shared_claims_table_gives_the_cues_and_the_values_sources_differ_on() {
        let a = "The committee questioned the minister for six hours on Tuesday about the missing funds.\nFarmers harvested rice early.";
        let b = "The committee questioned the minister over two afternoons about the missing funds.\nBakers sold bread late.";
        let texts = [a, b];
        let articles: Vec<Article> = texts.iter().map(|t| Article::read(t, &[])).collect();
        let report = crate::framing::analyse(&texts, &articles);
        let md = render(&report, &["a | one".to_string(), "b".to_string()], 2);
        assert!(md.contains("| matched by | sources differ on |"), "{md}");
        assert!(md.contains("can be wrong"), "{md}");
        let row = md
            .lines()
            .find(|l| l.contains("questioned the minister"))
            .expect("the claim's row");
        assert!(row.contains("minister"), "{row}");
        assert!(
            row.contains("a \\| one: six hours; b: two afternoons"),
            "{row}"
        );
    }
}

//! The whole report as Markdown, for a handout: sources, shared quotes with each outlet's cuts
//! and changes, paraphrases, quotes only one source has, then the framing sections.
//!
//! Pure formatting of a [`Report`]; it computes nothing new. Differences are written with text
//! markers as well as strike-through, so they survive printing in black and white and plain
//! text viewers: `[−cut words]`, `[+added words]`, `[old → new]`. Article text is escaped so
//! it cannot turn into Markdown links, emphasis, HTML or table cells.

use std::fmt::Write;

use super::escape::escape;
use super::framing;
use crate::report::{
    MemberAlignment, OriginalReference, QuoteGroupRecord, QuoteRecord, Report, SegmentOp,
};

/// Groups quoted by one source only that the handout lists before it says how many more.
const MAX_SINGLE: usize = 40;

/// What a handout shows beyond the report: its title and, if chosen, which quote groups.
#[derive(Clone, Copy, Debug, Default)]
pub struct Handout<'a> {
    /// The event's title, as the reader typed it; empty for the default title.
    pub title: &'a str,
    /// Indices into `report.quote_groups` to keep (shared and one-source alike); `None` keeps
    /// every group.
    pub only_groups: Option<&'a [usize]>,
}

/// Renders `report` as a Markdown document.
pub fn render(report: &Report) -> String {
    render_handout(report, &Handout::default())
}

/// A quote group's number as readers see it (on screen and in handouts): `g0` is quote 1.
pub fn group_number(index: usize) -> usize {
    index + 1
}

/// Renders `report` as a Markdown handout titled with the event, keeping the chosen groups.
/// Quote groups are numbered as on screen: "Quote 1" is the report's `g0`.
pub fn render_handout(report: &Report, handout: &Handout) -> String {
    let names: Vec<String> = report.sources.iter().map(|s| s.name.clone()).collect();
    let mut out = String::new();
    let title = handout.title.trim();
    if title.is_empty() {
        let _ = writeln!(out, "# Parallax comparison\n");
    } else {
        let _ = writeln!(out, "# {}\n", escape(title));
        let _ = writeln!(
            out,
            "A Parallax comparison of {} sources.\n",
            report.sources.len()
        );
    }
    let keep = |g: usize| handout.only_groups.is_none_or(|only| only.contains(&g));
    sources(&mut out, report);
    shared(&mut out, report, &names, &keep);
    paraphrases(&mut out, report, &names);
    single(&mut out, report, &names, &keep);
    out.push_str(&framing::render(&report.framing, &names, 2));
    out
}

fn name(names: &[String], i: usize) -> String {
    names
        .get(i)
        .map(|n| escape(n))
        .unwrap_or_else(|| format!("source {}", i + 1))
}

fn sources(out: &mut String, report: &Report) {
    let _ = writeln!(out, "## Sources\n");
    let _ = writeln!(
        out,
        "| # | source | words | paragraphs | quotations | boilerplate regions |"
    );
    let _ = writeln!(out, "|---|---|---|---|---|---|");
    for (i, s) in report.sources.iter().enumerate() {
        let quotes = report.quotes.iter().filter(|q| q.source == i).count();
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} |",
            i + 1,
            escape(&s.name),
            s.words,
            s.paragraphs,
            quotes,
            s.boilerplate.len()
        );
    }
    out.push('\n');
}

fn quote<'a>(report: &'a Report, id: &str) -> Option<&'a QuoteRecord> {
    report.quotes.iter().find(|q| q.id == id)
}

fn shared(out: &mut String, report: &Report, names: &[String], keep: &dyn Fn(usize) -> bool) {
    let groups: Vec<(usize, &QuoteGroupRecord)> = report
        .quote_groups
        .iter()
        .enumerate()
        .filter(|(i, g)| g.sources.len() > 1 && keep(*i))
        .collect();
    let _ = writeln!(out, "## Shared quotes\n");
    if groups.is_empty() {
        let _ = writeln!(out, "No quotation appears in more than one source.\n");
        return;
    }
    let under = match report.original {
        Some(_) => "the original's words (the fullest version where the original lacks them)",
        None => "the fullest version",
    };
    let _ = writeln!(
        out,
        "Each group is one utterance. Under {under}, each source's version: \
         `[−words]` it cuts, `[+words]` it adds, `[old → new]` it changes.\n"
    );
    for (i, g) in groups {
        group(out, report, names, i, g);
    }
}

fn group(out: &mut String, report: &Report, names: &[String], index: usize, g: &QuoteGroupRecord) {
    let Some(reference) = quote(report, &g.reference) else {
        return;
    };
    let by: Vec<String> = g.sources.iter().map(|&s| name(names, s)).collect();
    let _ = writeln!(
        out,
        "### Quote {} — {} (quoted by {})\n",
        group_number(index),
        g.speaker
            .as_deref()
            .map_or("speaker not named".into(), escape),
        by.join(", ")
    );
    // With a source marked as the original, the versions are compared with its words.
    let passage = g
        .original
        .as_ref()
        .and_then(OriginalReference::passage)
        .map(|p| (p.source, p.text));
    let (shown, source, note) = match (&g.original, passage) {
        (_, Some((source, text))) => (text, source, " (the original)"),
        (Some(OriginalReference::Quote { .. }), None) => {
            (reference.text.as_str(), reference.source, " (the original)")
        }
        _ => (reference.text.as_str(), reference.source, ""),
    };
    let _ = writeln!(
        out,
        "> “{}” — {}{note}\n",
        escape(shown),
        name(names, source)
    );
    members(out, names, g, passage.is_some());
    out.push('\n');
    for c in &g.coverage {
        let _ = write!(
            out,
            "{}{} quotes {} of {} words",
            if c.source == g.coverage[0].source {
                ""
            } else {
                "; "
            },
            name(names, c.source),
            c.words_quoted,
            c.words_total
        );
    }
    out.push_str(".\n\n");
}

/// Each source's versions, identical ones once with all the verbs that introduce them.
/// Against a passage of the original, the reference member is a version like the others.
fn members(out: &mut String, names: &[String], g: &QuoteGroupRecord, against_passage: bool) {
    let mut lines: Vec<(usize, String, Vec<String>)> = Vec::new();
    for a in g
        .alignment
        .iter()
        .filter(|a| against_passage || a.quote != g.reference)
    {
        let line = diff_line(a);
        let verb = a.verb.as_deref().map(escape);
        match lines
            .iter_mut()
            .find(|(s, l, _)| *s == a.source && *l == line)
        {
            Some((_, _, verbs)) => verbs.extend(verb),
            None => lines.push((a.source, line, verb.into_iter().collect())),
        }
    }
    for (source, line, mut verbs) in lines {
        let times = verbs.len();
        verbs.dedup();
        let verbs = match (verbs.is_empty(), times > 1) {
            (true, _) => String::new(),
            (false, false) => format!(" ({})", verbs.join(", ")),
            (false, true) => format!(" ({}; {times} times)", verbs.join(", ")),
        };
        let _ = writeln!(out, "- **{}**{verbs}: {line}", name(names, source));
    }
}

/// Omitted stretches longer than this many words are shortened to their ends and a count.
const LONG_CUT: usize = 6;

fn cut(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() <= LONG_CUT {
        return format!("~~[−{}]~~", escape(text));
    }
    format!(
        "~~[−{} … {}]~~ ({} words cut)",
        escape(&words[..2].join(" ")),
        escape(&words[words.len() - 2..].join(" ")),
        words.len()
    )
}

/// A member's version with its cuts, additions and changes marked.
fn diff_line(a: &MemberAlignment) -> String {
    let mut line = String::new();
    for s in &a.segments {
        let r = s.reference.as_ref().map(|r| r.text.as_str());
        let m = s.member.as_ref().map(|m| escape(&m.text));
        let piece = match (s.op, r, m) {
            (SegmentOp::Equal, _, Some(m)) => m,
            (SegmentOp::Omitted, Some(r), _) => cut(r),
            (SegmentOp::Inserted, _, Some(m)) => format!("**[+{m}]**"),
            (SegmentOp::Changed, Some(r), Some(m)) => format!("**[~~{}~~ → {m}]**", escape(r)),
            _ => continue,
        };
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(&piece);
    }
    line
}

fn paraphrases(out: &mut String, report: &Report, names: &[String]) {
    if report.paraphrases.is_empty() {
        return;
    }
    let _ = writeln!(out, "## Quoted here, paraphrased there\n");
    for p in &report.paraphrases {
        let Some(q) = quote(report, &p.quote) else {
            continue;
        };
        let _ = writeln!(
            out,
            "- {} quotes “{}”; {} writes, in its own voice: {}",
            name(names, q.source),
            escape(&q.text),
            name(names, p.source),
            escape(&p.text)
        );
    }
    out.push('\n');
}

fn single(out: &mut String, report: &Report, names: &[String], keep: &dyn Fn(usize) -> bool) {
    let groups: Vec<(usize, &QuoteGroupRecord)> = report
        .quote_groups
        .iter()
        .enumerate()
        .filter(|(i, g)| g.sources.len() == 1 && keep(*i))
        .collect();
    if groups.is_empty() {
        return;
    }
    let _ = writeln!(out, "## Quoted by one source only\n");
    for &(i, g) in groups.iter().take(MAX_SINGLE) {
        let Some(q) = quote(report, &g.reference) else {
            continue;
        };
        let speaker = g
            .speaker
            .as_deref()
            .map(|s| format!(" — {}", escape(s)))
            .unwrap_or_default();
        let times = if g.members.len() > 1 {
            format!(" (×{})", g.members.len())
        } else {
            String::new()
        };
        let _ = writeln!(
            out,
            "- Quote {} — {}: “{}”{speaker}{times}",
            group_number(i),
            name(names, q.source),
            escape(&q.text)
        );
    }
    if groups.len() > MAX_SINGLE {
        let _ = writeln!(out, "- … and {} more", groups.len() - MAX_SINGLE);
    }
    out.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{compare, Source};

    #[test]
    fn article_text_cannot_inject_markup() {
        assert_eq!(
            escape("<script>*x* [a](b) | #"),
            "\\<script\\>\\*x\\* \\[a\\](b) \\| \\#"
        );
    }

    #[test]
    fn a_shared_quote_shows_each_source_cut() {
        let report = compare(&[
            Source::new(
                "a",
                "The minister said: \"We will never accept this illegal declaration, which insults our people.\"",
            ),
            Source::new(
                "b",
                "She warned: \"We will never accept this illegal declaration.\"",
            ),
        ]);
        let md = render(&report);
        assert!(md.contains("## Shared quotes"), "{md}");
        assert!(md.contains("~~[−which insults our people]~~"), "{md}");
        assert!(md.contains("**b** (warned)"), "{md}");
        assert!(md.contains("### Quote 1 — "), "numbered as on screen: {md}");
    }

    #[test]
    fn a_handout_carries_the_event_title_and_only_the_chosen_groups() {
        let report = compare(&[
            Source::new(
                "a",
                "“We will respond,” he said. “Talks are over,” she added.",
            ),
            Source::new("b", "He said “we will respond” on Monday."),
        ]);
        let md = render_handout(
            &report,
            &Handout {
                title: "Talks *collapse*",
                only_groups: Some(&[0]),
            },
        );
        assert!(md.starts_with("# Talks \\*collapse\\*\n"), "{md}");
        assert!(md.contains("### Quote 1 — "), "{md}");
        assert!(!md.contains("## Quoted by one source only"), "{md}");
    }
}

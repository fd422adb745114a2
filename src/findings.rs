//! Key differences: the few findings a reader should see first, picked from a [`Report`] and
//! ranked by what changes meaning for a reader.
//!
//! Each finding is one plain sentence with its evidence (the words it is about, as the sources
//! give them) and where to look (a quote card, or a framing table). What counts, in order of
//! weight:
//!
//! - a quote's words changed, or cut next to the words kept, where the change touches a hedge,
//!   an intensifier or quantifier, a negation, a modal or promise, or a number ("will make sure
//!   every account is fully restored" → "every account is restored");
//! - words added inside a quotation ("(DPRK)");
//! - a number that differs between the sources' sentences of one shared fact;
//! - the most-cut version of a shared quote (one outlet keeping 1 of 40 words);
//! - one utterance introduced with different attribution verbs, some of them loaded
//!   ("unleashed", "bristled");
//! - headlines that differ, or a fact one outlet leads with and another buries;
//! - a quote only one outlet has.
//!
//! Edits that change no meaning (case, punctuation, contractions) are never findings: they are
//! listed as [`MinorEdit`]s, and [`is_minor_edit`] is what the quote cards use to mark them.
//!
//! Pure: reads the report and nothing else (no text model, no clock), so the same report always
//! gives the same findings. Compiled for every target and tested natively in `tests/it/`.

use std::collections::BTreeMap;

use parallax_engine::report::{
    DetailKind, OriginalReference, Placement, QuoteGroupRecord, QuoteRecord, Report, SegmentOp,
    VerbCategory,
};
use parallax_engine::stance::{APPROXIMATORS, EPISTEMIC, INTENSIFIERS};

/// The most findings shown.
pub const MAX_FINDINGS: usize = 7;
/// At most this many findings of one kind, so the summary covers several kinds of difference.
const MAX_PER_KIND: usize = 2;
/// Words of a long quotation quoted in a finding before "…".
const EVIDENCE_WORDS: usize = 16;
/// Words of a cut next to the kept words that are checked for meaning words.
const CUT_EDGE_WORDS: usize = 4;

/// What a finding is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FindingKind {
    /// A quote's words given differently, or cut beside the kept words, in a way that touches
    /// meaning words.
    ChangedMeaning,
    /// Words inside one outlet's quotation that the fullest version does not have.
    AddedWords,
    /// Sentences of one shared fact that give different numbers.
    ConflictingDetail,
    /// The version of a shared quote that keeps the smallest share of its words.
    MostCut,
    /// One utterance introduced with different attribution verbs, some loaded.
    AttributionVerbs,
    /// The outlets' headlines.
    Headlines,
    /// A shared fact one outlet leads with and another buries or leaves out.
    Lede,
    /// A quote only one outlet has.
    OnlyOneOutlet,
}

impl FindingKind {
    /// A short label for the finding's kind, shown beside it.
    pub fn label(self) -> &'static str {
        match self {
            FindingKind::ChangedMeaning => "quote changed",
            FindingKind::AddedWords => "words added to a quote",
            FindingKind::ConflictingDetail => "details differ",
            FindingKind::MostCut => "quote cut",
            FindingKind::AttributionVerbs => "attribution verbs",
            FindingKind::Headlines => "headlines",
            FindingKind::Lede => "what leads",
            FindingKind::OnlyOneOutlet => "only one outlet",
        }
    }
}

/// Where a finding's evidence is shown in full.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// The quote card of group `g` (index into `report.quote_groups`).
    Card(usize),
    /// The framing table of headlines and ledes.
    Ledes,
    /// The framing table of shared claims.
    Claims,
}

/// One piece of evidence: which source (if one) and the words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Evidence {
    pub source: Option<usize>,
    pub text: String,
}

/// One key difference.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub kind: FindingKind,
    /// Higher is shown first.
    pub weight: u32,
    /// The finding as one sentence in plain words.
    pub sentence: String,
    pub evidence: Vec<Evidence>,
    pub place: Place,
}

/// An edit that changes no meaning: case, punctuation, a contraction.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MinorEdit {
    pub group: usize,
    pub source: usize,
    pub reference: String,
    pub member: String,
}

/// The findings of a report, ranked, and the minor edits left out of them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct KeyDifferences {
    pub findings: Vec<Finding>,
    pub minor: Vec<MinorEdit>,
}

/// The key differences of `report`: up to [`MAX_FINDINGS`], heaviest first, at most two of a
/// kind (more only when nothing else is left to show).
pub fn key_differences(report: &Report) -> KeyDifferences {
    let quotes: BTreeMap<&str, &QuoteRecord> =
        report.quotes.iter().map(|q| (q.id.as_str(), q)).collect();
    let mut all = Vec::new();
    let mut minor = Vec::new();
    for (g, group) in report.quote_groups.iter().enumerate() {
        // A quote one outlet prints is compared with something only when a marked original
        // holds its words.
        let several = group.sources.len() >= 2;
        if !several && original_passage(group).is_none() {
            continue;
        }
        wording(report, &quotes, g, group, &mut all, &mut minor);
        if several {
            all.extend(attribution_verbs(report, g, group));
        }
    }
    all.extend(most_cut(report, &quotes));
    all.extend(conflicting_numbers(report));
    all.extend(headlines(report));
    all.extend(ledes(report));
    all.extend(only_one_outlet(report, &quotes));
    KeyDifferences {
        findings: rank(all),
        minor,
    }
}

/// The heaviest findings, a few of each kind first, in a stable order.
fn rank(mut all: Vec<Finding>) -> Vec<Finding> {
    all.sort_by(|a, b| b.weight.cmp(&a.weight).then(a.kind.cmp(&b.kind)));
    let mut per_kind: BTreeMap<FindingKind, usize> = BTreeMap::new();
    let (mut chosen, mut rest) = (Vec::new(), Vec::new());
    for f in all {
        let n = per_kind.entry(f.kind).or_default();
        if *n < MAX_PER_KIND && chosen.len() < MAX_FINDINGS {
            *n += 1;
            chosen.push(f);
        } else {
            rest.push(f);
        }
    }
    let room = MAX_FINDINGS.saturating_sub(chosen.len());
    chosen.extend(rest.into_iter().take(room));
    chosen.sort_by(|a, b| b.weight.cmp(&a.weight).then(a.kind.cmp(&b.kind)));
    chosen
}

fn name(report: &Report, source: usize) -> String {
    report
        .sources
        .get(source)
        .map_or_else(|| format!("Source {}", source + 1), |s| s.name.clone())
}

fn speaker_of(group: &QuoteGroupRecord) -> String {
    group
        .speaker
        .clone()
        .unwrap_or_else(|| "an unnamed speaker".to_string())
}

/// "Quote 3 (The ministry)": how findings name a group, numbered as on screen.
fn quote_label(g: usize, group: &QuoteGroupRecord) -> String {
    format!("quote {} ({})", g + 1, speaker_of(group))
}

/// Lowercase words of `text` (letters, digits and inner apostrophes).
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .map(|w| w.trim_matches(|c| c == '\'' || c == '’').to_lowercase())
        .filter(|w| !w.is_empty())
        .collect()
}

/// At most `n` words of `text`, with "…" when cut.
fn shorten(text: &str, n: usize) -> String {
    let all: Vec<&str> = text.split_whitespace().collect();
    if all.len() <= n {
        all.join(" ")
    } else {
        format!("{} …", all[..n].join(" "))
    }
}

/// Quantifiers and degree words the engine's intensifier list leaves out, and negations and
/// modals: small words whose loss or change alters what a quote claims.
const DEGREE: &[&str] = &[
    "fully", "all", "every", "each", "any", "only", "just", "even", "always", "entire", "whole",
    "most", "more", "less", "least", "few", "many", "much", "partly", "some",
];
const NEGATIONS: &[&str] = &[
    "not", "no", "never", "nothing", "none", "nor", "neither", "without", "cannot", "n't",
];
const MODALS: &[&str] = &[
    "will", "would", "could", "may", "might", "must", "should", "can", "shall", "ensure",
    "promise", "promised", "pledge", "try", "aim", "hope", "plan", "expect", "sure", "if",
];
const NUMBER_WORDS: &[&str] = &[
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "dozen",
    "hundred",
    "hundreds",
    "thousand",
    "thousands",
    "million",
    "millions",
    "billion",
    "percent",
    "half",
    "first",
    "second",
    "third",
];

/// Why the words matter, if they do: the first meaning word found and what kind it is.
fn meaning_word(ws: &[String]) -> Option<(String, &'static str)> {
    // Compared word by word without building anything: this runs for every edit of every
    // member of every group, on the page's thread when the results first render.
    let phrase_in = |list: &[&str]| {
        list.iter().find_map(|p| {
            let first = p.split_whitespace().next()?;
            let n = p.split_whitespace().count();
            ws.windows(n)
                .find(|w| w[0] == first && w.iter().map(String::as_str).eq(p.split_whitespace()))
                .map(|_| (*p).to_string())
        })
    };
    let negation = ws
        .iter()
        .find(|w| NEGATIONS.contains(&w.as_str()) || w.ends_with("n't") || w.ends_with("n’t"));
    if let Some(w) = negation {
        return Some((w.clone(), "a negation"));
    }
    if let Some(w) = ws
        .iter()
        .find(|w| w.chars().any(|c| c.is_ascii_digit()) || NUMBER_WORDS.contains(&w.as_str()))
    {
        return Some((w.clone(), "a number"));
    }
    if let Some(p) = phrase_in(EPISTEMIC).or_else(|| phrase_in(APPROXIMATORS)) {
        return Some((p, "a hedge"));
    }
    if let Some(p) = phrase_in(INTENSIFIERS).or_else(|| phrase_in(DEGREE)) {
        return Some((p, "an intensifier or quantifier"));
    }
    if let Some(p) = phrase_in(MODALS) {
        return Some((p, "a modal or promise"));
    }
    None
}

/// The comparison form of a stretch of quoted words: lowercase, contractions spelt out,
/// punctuation and spacing dropped.
fn folded(text: &str) -> String {
    let lower = text.to_lowercase().replace('’', "'");
    let mut out = String::new();
    for word in lower.split_whitespace() {
        let spelt = match word.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'') {
            "won't" => "will not".to_string(),
            "can't" => "can not".to_string(),
            "cannot" => "can not".to_string(),
            "shan't" => "shall not".to_string(),
            w => {
                let mut w = w.to_string();
                for (end, full) in [
                    ("n't", " not"),
                    ("'re", " are"),
                    ("'ll", " will"),
                    ("'ve", " have"),
                    ("'m", " am"),
                    ("'d", " would"),
                ] {
                    if let Some(stem) = w.strip_suffix(end) {
                        w = format!("{stem}{full}");
                        break;
                    }
                }
                // "it's", "that's": "'s" after a pronoun is "is"; after a noun it is a
                // possessive, which spelt out the same way would still compare equal.
                if let Some(stem) = w.strip_suffix("'s") {
                    if matches!(
                        stem,
                        "it" | "that" | "he" | "she" | "what" | "there" | "here"
                    ) {
                        w = format!("{stem} is");
                    }
                }
                w
            }
        };
        out.push_str(&spelt);
        out.push(' ');
    }
    out.chars().filter(|c| c.is_alphanumeric()).collect()
}

/// The passage of the original a group was aligned against (its source and text), if it was.
fn original_passage(group: &QuoteGroupRecord) -> Option<(usize, &str)> {
    let passage = group.original.as_ref()?.passage()?;
    Some((passage.source, passage.text))
}

/// Whether giving `reference` as `member` changes no meaning: the same words once case,
/// punctuation, spacing and contractions are set aside ("We are" → "We're").
pub fn is_minor_edit(reference: &str, member: &str) -> bool {
    let (r, m) = (folded(reference), folded(member));
    r == m
}

/// Whether added words are only punctuation or articles ("[the]", "a").
fn is_filler(text: &str) -> bool {
    words(text)
        .iter()
        .all(|w| matches!(w.as_str(), "a" | "an" | "the"))
}

/// Changed words and cuts beside the kept words, per member; added words.
fn wording(
    report: &Report,
    quotes: &BTreeMap<&str, &QuoteRecord>,
    g: usize,
    group: &QuoteGroupRecord,
    out: &mut Vec<Finding>,
    minor: &mut Vec<MinorEdit>,
) {
    // One finding per source and kind: the first member that shows it.
    let mut seen: Vec<(usize, FindingKind)> = Vec::new();
    // With a source marked as the original, the versions may be aligned against its words:
    // then every member, the fullest included, is a version to read against them.
    let passage = original_passage(group);
    let against = match group.original.as_ref().and_then(OriginalReference::words) {
        Some(_) => "the original",
        None => "the fullest version",
    };
    let reference_text = passage.map(|(_, text)| text).or_else(|| {
        quotes
            .get(group.reference.as_str())
            .map(|q| q.text.as_str())
    });
    for a in group
        .alignment
        .iter()
        .filter(|a| passage.is_some() || a.quote != group.reference)
    {
        let segments = &a.segments;
        let first_kept = segments.iter().position(|s| s.member.is_some());
        let last_kept = segments.iter().rposition(|s| s.member.is_some());
        let (Some(first_kept), Some(last_kept)) = (first_kept, last_kept) else {
            continue;
        };
        let mut changes: Vec<(String, String, &'static str)> = Vec::new();
        for (i, s) in segments.iter().enumerate() {
            let r = s.reference.as_ref().map_or("", |r| r.text.as_str());
            let m = s.member.as_ref().map_or("", |m| m.text.as_str());
            match s.op {
                SegmentOp::Changed if is_minor_edit(r, m) => minor.push(MinorEdit {
                    group: g,
                    source: a.source,
                    reference: r.to_string(),
                    member: m.to_string(),
                }),
                SegmentOp::Changed => {
                    let why = meaning_word(&words(r))
                        .or_else(|| meaning_word(&words(m)))
                        .map_or("different words", |(_, why)| why);
                    changes.push((r.to_string(), m.to_string(), why));
                }
                SegmentOp::Omitted => {
                    let ws = words(r);
                    // Only the words right beside what is kept qualify it: the end of a cut
                    // before the kept words, the start of one after, all of an inner cut.
                    let near: Vec<String> = if i < first_kept {
                        ws[ws.len().saturating_sub(CUT_EDGE_WORDS)..].to_vec()
                    } else if i > last_kept {
                        ws[..ws.len().min(CUT_EDGE_WORDS)].to_vec()
                    } else {
                        ws
                    };
                    if let Some((word, why)) = meaning_word(&near) {
                        changes.push((word, String::new(), why));
                    }
                }
                SegmentOp::Inserted if is_filler(m) => minor.push(MinorEdit {
                    group: g,
                    source: a.source,
                    reference: String::new(),
                    member: m.to_string(),
                }),
                SegmentOp::Inserted => {
                    if seen.contains(&(a.source, FindingKind::AddedWords)) {
                        continue;
                    }
                    seen.push((a.source, FindingKind::AddedWords));
                    let shown = with_brackets(quotes.get(a.quote.as_str()).copied(), s, m);
                    out.push(Finding {
                        kind: FindingKind::AddedWords,
                        weight: 70,
                        sentence: format!(
                            "{} adds “{shown}” inside {}: words {against} does not have.",
                            name(report, a.source),
                            quote_label(g, group)
                        ),
                        evidence: vec![Evidence {
                            source: Some(a.source),
                            text: member_quote(quotes.get(a.quote.as_str()).copied()),
                        }],
                        place: Place::Card(g),
                    });
                }
                _ => {}
            }
        }
        let meaningful: Vec<_> = changes
            .iter()
            .filter(|(_, _, why)| *why != "different words")
            .collect();
        let plain_changes: Vec<_> = changes.iter().filter(|(_, m, _)| !m.is_empty()).collect();
        if (meaningful.is_empty() && plain_changes.is_empty())
            || seen.contains(&(a.source, FindingKind::ChangedMeaning))
        {
            continue;
        }
        seen.push((a.source, FindingKind::ChangedMeaning));
        let parts: Vec<String> = changes
            .iter()
            .filter(|(_, m, why)| *why != "different words" || !m.is_empty())
            .map(|(r, m, why)| {
                if m.is_empty() {
                    format!("drops “{r}” ({why})")
                } else {
                    format!("gives “{r}” as “{m}” ({why})")
                }
            })
            .collect();
        let weight = if meaningful.is_empty() { 60 } else { 90 };
        out.push(Finding {
            kind: FindingKind::ChangedMeaning,
            weight,
            sentence: format!(
                "{} {} in {}.",
                name(report, a.source),
                join_and(&parts),
                quote_label(g, group)
            ),
            evidence: vec![
                Evidence {
                    source: None,
                    text: reference_text
                        .map(|t| shorten(t, EVIDENCE_WORDS * 2))
                        .unwrap_or_default(),
                },
                Evidence {
                    source: Some(a.source),
                    text: member_quote(quotes.get(a.quote.as_str()).copied()),
                },
            ],
            place: Place::Card(g),
        });
    }
}

/// The added words with a bracket around them when the quote has one: "(DPRK)".
fn with_brackets(
    quote: Option<&QuoteRecord>,
    s: &parallax_engine::report::Segment,
    text: &str,
) -> String {
    let (Some(q), Some(m)) = (quote, s.member.as_ref()) else {
        return text.to_string();
    };
    let before = m
        .start
        .checked_sub(q.start)
        .and_then(|at| q.text.get(..at))
        .and_then(|t| t.chars().last());
    let after = m
        .end
        .checked_sub(q.start)
        .and_then(|at| q.text.get(at..))
        .and_then(|t| t.chars().next());
    match (before, after) {
        (Some(open @ ('(' | '[')), Some(close @ (')' | ']'))) => format!("{open}{text}{close}"),
        _ => text.to_string(),
    }
}

fn member_quote(quote: Option<&QuoteRecord>) -> String {
    quote.map_or_else(String::new, |q| shorten(&q.text, EVIDENCE_WORDS * 2))
}

fn join_and(parts: &[String]) -> String {
    match parts {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// The shared quote whose most-cut version keeps the smallest share of the fullest one.
fn most_cut(report: &Report, quotes: &BTreeMap<&str, &QuoteRecord>) -> Vec<Finding> {
    let mut cuts: Vec<(f64, usize, usize)> = Vec::new();
    for (g, group) in report.quote_groups.iter().enumerate() {
        if group.sources.len() < 2 {
            continue;
        }
        if let Some(c) = group
            .coverage
            .iter()
            .filter(|c| c.words_total >= 8 && c.fraction < 0.5)
            .min_by(|a, b| a.fraction.total_cmp(&b.fraction))
        {
            cuts.push((c.fraction, g, c.source));
        }
    }
    cuts.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
    cuts.into_iter()
        .take(2)
        .filter_map(|(_, g, source)| {
            let group = report.quote_groups.get(g)?;
            let c = group.coverage.iter().find(|c| c.source == source)?;
            let kept: Vec<&str> = c.ranges.iter().map(|r| r.text.as_str()).collect();
            let full = quotes.get(group.reference.as_str())?;
            let fuller = group
                .coverage
                .iter()
                .filter(|o| o.source != source)
                .max_by(|a, b| a.fraction.total_cmp(&b.fraction))?;
            Some(Finding {
                kind: FindingKind::MostCut,
                weight: 80 + ((1.0 - c.fraction) * 10.0) as u32,
                sentence: format!(
                    "{} keeps {} of the {} words of {} (“{}”); {} quotes {} of them.",
                    name(report, source),
                    c.words_quoted,
                    c.words_total,
                    quote_label(g, group),
                    shorten(&kept.join(" … "), EVIDENCE_WORDS),
                    name(report, fuller.source),
                    fuller.words_quoted
                ),
                evidence: vec![match original_passage(group) {
                    Some((source, text)) => Evidence {
                        source: Some(source),
                        text: shorten(text, EVIDENCE_WORDS * 2),
                    },
                    None => Evidence {
                        source: Some(full.source),
                        text: shorten(&full.text, EVIDENCE_WORDS * 2),
                    },
                }],
                place: Place::Card(g),
            })
        })
        .collect()
}

/// Whether a verb lends a stance of its own (not plain "said").
fn loaded_verb(category: Option<VerbCategory>) -> bool {
    matches!(
        category,
        Some(VerbCategory::Emotive | VerbCategory::DoubtCasting)
    )
}

/// One utterance, introduced differently: each source's verbs, loaded ones first.
fn attribution_verbs(report: &Report, g: usize, group: &QuoteGroupRecord) -> Option<Finding> {
    let mut by_source: BTreeMap<usize, Vec<(String, Option<VerbCategory>)>> = BTreeMap::new();
    for a in &group.alignment {
        if let Some(verb) = &a.verb {
            let verbs = by_source.entry(a.source).or_default();
            if !verbs.iter().any(|(v, _)| v == verb) {
                verbs.push((verb.clone(), a.verb_category));
            }
        }
    }
    let loaded: usize = by_source
        .values()
        .flatten()
        .filter(|(_, c)| loaded_verb(*c))
        .count();
    let mut sets: Vec<Vec<&str>> = by_source
        .values()
        .map(|v| v.iter().map(|(v, _)| v.as_str()).collect())
        .collect();
    for set in &mut sets {
        set.sort_unstable();
    }
    if loaded == 0 || by_source.len() < 2 || sets.windows(2).all(|w| w[0] == w[1]) {
        return None;
    }
    let parts: Vec<String> = by_source
        .iter()
        .map(|(&s, verbs)| {
            let mut verbs = verbs.clone();
            verbs.sort_by_key(|(_, c)| !loaded_verb(*c));
            let shown: Vec<String> = verbs
                .iter()
                .take(3)
                .map(|(v, _)| format!("“{v}”"))
                .collect();
            format!("{} {}", name(report, s), shown.join(", "))
        })
        .collect();
    let evidence = by_source
        .iter()
        .map(|(&s, verbs)| Evidence {
            source: Some(s),
            text: verbs
                .iter()
                .map(|(v, c)| match c {
                    Some(c) => format!("{v} ({})", c.label()),
                    None => v.clone(),
                })
                .collect::<Vec<_>>()
                .join(", "),
        })
        .collect();
    Some(Finding {
        kind: FindingKind::AttributionVerbs,
        weight: 55 + 5 * loaded.min(5) as u32,
        sentence: format!(
            "The outlets introduce {} with different verbs, some of them loaded: {}.",
            quote_label(g, group),
            parts.join("; ")
        ),
        evidence,
        place: Place::Card(g),
    })
}

/// Shared facts whose sentences give numbers the other sources do not.
fn conflicting_numbers(report: &Report) -> Vec<Finding> {
    let mut out = Vec::new();
    for claim in &report.framing.claims.claims {
        if claim.sources.len() < 2 {
            continue;
        }
        let numbers: Vec<(usize, String, &str)> = claim
            .members
            .iter()
            .flat_map(|m| {
                m.details
                    .iter()
                    .filter(|d| d.kind == DetailKind::Number)
                    .map(move |d| (m.source, d.text.clone(), m.text.as_str()))
            })
            .collect();
        let sources: Vec<usize> = {
            let mut s: Vec<usize> = numbers.iter().map(|(s, _, _)| *s).collect();
            s.dedup();
            s
        };
        if sources.len() < 2 {
            continue;
        }
        let parts: Vec<String> = numbers
            .iter()
            .map(|(s, n, _)| format!("{} “{n}”", name(report, *s)))
            .collect();
        out.push(Finding {
            kind: FindingKind::ConflictingDetail,
            weight: 75,
            sentence: format!(
                "The sources give different numbers for one shared fact: {}.",
                parts.join(", ")
            ),
            evidence: numbers
                .iter()
                .map(|(s, _, text)| Evidence {
                    source: Some(*s),
                    text: shorten(text, EVIDENCE_WORDS * 2),
                })
                .collect(),
            place: Place::Claims,
        });
    }
    out
}

/// The headlines, when at least two outlets have one and they differ.
fn headlines(report: &Report) -> Option<Finding> {
    let heads: Vec<(usize, &str)> = report
        .framing
        .ledes
        .iter()
        .filter_map(|l| l.headline.as_ref().map(|h| (l.source, h.text.as_str())))
        .collect();
    let distinct = heads.windows(2).any(|w| folded(w[0].1) != folded(w[1].1));
    if heads.len() < 2 || !distinct {
        return None;
    }
    Some(Finding {
        kind: FindingKind::Headlines,
        weight: 50,
        sentence: format!(
            "The headlines tell the event differently ({} outlets with a headline).",
            heads.len()
        ),
        evidence: heads
            .iter()
            .map(|&(s, h)| Evidence {
                source: Some(s),
                text: shorten(h, EVIDENCE_WORDS * 2),
            })
            .collect(),
        place: Place::Ledes,
    })
}

/// A shared fact one outlet puts in its headline or lede and another leaves out or buries.
fn ledes(report: &Report) -> Option<Finding> {
    let row = report.framing.emphasis.iter().find(|row| {
        row.placements
            .iter()
            .any(|p| matches!(p, Placement::Omitted | Placement::Buried))
    })?;
    let lead: Vec<String> = row
        .placements
        .iter()
        .enumerate()
        .filter(|(_, p)| matches!(p, Placement::Headline | Placement::Lede))
        .map(|(s, _)| name(report, s))
        .collect();
    let other: Vec<String> = row
        .placements
        .iter()
        .enumerate()
        .filter_map(|(s, p)| match p {
            Placement::Omitted => Some(format!("{} leaves it out", name(report, s))),
            Placement::Buried => Some(format!("{} buries it", name(report, s))),
            _ => None,
        })
        .collect();
    if lead.is_empty() {
        return None;
    }
    Some(Finding {
        kind: FindingKind::Lede,
        weight: 45,
        sentence: format!(
            "{} lead{} with a fact that {}.",
            join_and(&lead),
            if lead.len() == 1 { "s" } else { "" },
            join_and(&other)
        ),
        evidence: vec![Evidence {
            source: None,
            text: shorten(&row.text, EVIDENCE_WORDS * 2),
        }],
        place: Place::Ledes,
    })
}

/// The longest quote of a named speaker that only one outlet has.
fn only_one_outlet(report: &Report, quotes: &BTreeMap<&str, &QuoteRecord>) -> Option<Finding> {
    let (g, group, quote) = report
        .quote_groups
        .iter()
        .enumerate()
        .filter(|(_, group)| group.sources.len() == 1 && group.speaker.is_some())
        .filter_map(|(g, group)| Some((g, group, *quotes.get(group.reference.as_str())?)))
        .filter(|(_, _, q)| words(&q.text).len() >= 6 && !q.in_boilerplate)
        .max_by_key(|(g, _, q)| (words(&q.text).len(), std::cmp::Reverse(*g)))?;
    Some(Finding {
        kind: FindingKind::OnlyOneOutlet,
        weight: 40,
        sentence: format!(
            "Only {} quotes {} (“{}”).",
            name(report, quote.source),
            speaker_of(group),
            shorten(&quote.text, EVIDENCE_WORDS)
        ),
        evidence: vec![Evidence {
            source: Some(quote.source),
            text: shorten(&quote.text, EVIDENCE_WORDS * 2),
        }],
        place: Place::Card(g),
    })
}

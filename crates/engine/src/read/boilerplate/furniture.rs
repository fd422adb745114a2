//! Page furniture that reaches pasted text from real pages: rows of page links, cookie and
//! paywall notices, newsletter prompts, print-edition notes (pass 1, one paragraph at a time),
//! and lists of other stories: runs of headline-like lines, and the lines under a "Most read"
//! label (pass 2).
//!
//! Each rule reads the shape of a line and the word lists of `lexicon::page`; none names an
//! outlet.

use super::region::{mark, Mark, Para};
use crate::lexicon::page;
use crate::report::BoilerplateKind::{self, *};

/// Pass 1: furniture recognisable in one paragraph.
pub(super) fn furniture(p: &Para) -> Mark {
    let f = p.folded.as_str();
    if is_link_row(p) {
        return mark(SiteChrome, "a row of page links");
    }
    if is_consent_or_paywall(p) {
        return mark(SiteChrome, "a cookie notice or paywall prompt");
    }
    if is_newsletter_prompt(p) {
        return mark(SiteChrome, "a newsletter or subscription prompt");
    }
    if p.words <= 40 && page::PRINT_EDITION_PHRASES.iter().any(|ph| f.contains(ph)) {
        return mark(ReprintCredit, "a note on the print edition");
    }
    None
}

/// "Order Reprints | Today's Paper | Subscribe", "Home · News · World": three or more short
/// labels between bars or dots, none a sentence.
fn is_link_row(p: &Para) -> bool {
    let raw = p.raw.trim();
    if p.words > 16 || p.sentences > 1 {
        return false;
    }
    let parts: Vec<&str> = raw
        .split(['|', '·', '•'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    parts.len() >= 3
        && parts.iter().all(|part| {
            (1..=4).contains(&part.split_whitespace().count())
                && !part.ends_with(['.', '!', '?', ',', ';', ':'])
        })
}

/// "We use cookies …", "You have reached your limit of free articles", "Already a
/// subscriber? Log in": a notice opening with a consent or paywall phrase, or a short one
/// holding one of the phrases that only such notices use.
fn is_consent_or_paywall(p: &Para) -> bool {
    let f = p.folded.as_str();
    (p.words <= 60 && page::CONSENT_OPENINGS.iter().any(|o| f.starts_with(o)))
        || (p.words <= 40 && page::PAYWALL_PHRASES.iter().any(|ph| f.contains(ph)))
}

/// "Cities are changing fast. Keep up with the … newsletter.", "Get the best stories
/// delivered to your inbox": a short paragraph naming a newsletter or an inbox with a sentence
/// that opens by asking the reader to sign up.
fn is_newsletter_prompt(p: &Para) -> bool {
    let f = p.folded.as_str();
    // The request opens a sentence: "… which 2m people subscribe to" reports, not asks.
    let asks = f
        .split(". ")
        .flat_map(|s| s.split("! "))
        .flat_map(|s| s.split("? "))
        .any(|s| {
            page::SIGN_UP_OPENINGS
                .iter()
                .any(|o| s.trim_start().starts_with(o))
        });
    p.words <= 30 && (f.contains("newsletter") || f.contains("inbox")) && asks
}

/// Headline-like lines in a row that make a list of other stories.
const RUN: usize = 3;

/// Pass 2: lists of other stories. After the article has begun, [`RUN`] or more headline-like
/// lines in a row (titles without final punctuation or a colon, no list markers, not under a
/// line ending in a colon) are a related-story or "most read" list; so are the headline-like lines under a teaser label ("Most read",
/// "Related"), however many.
pub(super) fn story_lists(paras: &[Para], marks: &mut [Mark]) {
    let n = paras.len();
    let headline_like = |i: usize| {
        paras[i].is_title()
            && !is_marked_list_item(paras[i].raw)
            && !paras[i].raw.trim_end().ends_with(':')
    };
    // Under a teaser label: every headline-like line until something else.
    for i in 0..n {
        if kind_of(marks, i) != Some(Teaser) || paras[i].words > 4 {
            continue;
        }
        let label = paras[i].raw.trim().to_string();
        let mut j = i + 1;
        while j < n
            && paras[j].is_title()
            && (marks[j].is_none() || kind_of(marks, j) == Some(Teaser))
        {
            if marks[j].is_none() {
                marks[j] = mark(Teaser, format!("a headline listed under \"{label}\""));
            }
            j += 1;
        }
    }
    // Runs of headline-like lines after the article has begun.
    let Some(body) = (0..n).find(|&i| marks[i].is_none() && paras[i].is_prose()) else {
        return;
    };
    let mut i = body;
    while i < n {
        if marks[i].is_some() || !headline_like(i) {
            i += 1;
            continue;
        }
        let start = i;
        while i < n && marks[i].is_none() && headline_like(i) {
            i += 1;
        }
        // "He also said:" over the lines: the writer's own list.
        let introduced = start > 0
            && marks[start - 1].is_none()
            && paras[start - 1].raw.trim_end().ends_with(':');
        if i - start >= RUN && !introduced {
            let count = i - start;
            for m in &mut marks[start..i] {
                *m = mark(
                    Teaser,
                    format!("one of {count} headline-like lines in a row: a list of other stories"),
                );
            }
        }
    }
}

/// A line opened by a bullet or a number ("- …", "• …", "1. …"): an item of the article's own
/// list, not a pasted headline.
fn is_marked_list_item(raw: &str) -> bool {
    let t = raw.trim_start();
    t.starts_with(['-', '•', '*', '–', '·', '▪', '►', '◦'])
        || t.split_once(['.', ')']).is_some_and(|(n, _)| {
            !n.is_empty() && n.len() <= 2 && n.chars().all(|c| c.is_ascii_digit())
        })
}

fn kind_of(marks: &[Mark], i: usize) -> Option<BoilerplateKind> {
    marks.get(i).and_then(|m| m.as_ref()).map(|(k, _)| *k)
}

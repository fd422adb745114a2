//! Pure text helpers for the result views: splitting paragraphs around marked quotations,
//! cutting text by overlapping highlight layers, matching paragraphs to boilerplate regions,
//! trimming context to a few words, and percentages.
//!
//! Plain `std` only (no Leptos, no engine types), so `tests/it/segments.rs` runs these natively.
//! Offsets are UTF-8 byte offsets into the text; every slice goes through `str::get`, and a range
//! that does not slice (out of bounds, not on a char boundary) is skipped rather than panicking.

/// A marked range of a text (a top-level quotation), with the caller's index for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mark {
    pub start: usize,
    pub end: usize,
    pub tag: usize,
}

/// A piece of one paragraph: plain text, or (part of) a marked range.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Piece<'a> {
    Text(&'a str),
    /// `first` is true for the piece where the mark opens (a quotation running over several
    /// paragraphs has one piece per paragraph; only the first carries its label).
    Marked {
        text: &'a str,
        tag: usize,
        first: bool,
    },
}

/// Splits each paragraph (`start..end`, in text order, not overlapping) into pieces around the
/// marks. Marks may come in any order and may span paragraphs; a mark overlapping an earlier one
/// is clipped to where that one ends. Linear in paragraphs plus marks (after sorting the marks).
pub fn split_paragraphs<'a>(
    text: &'a str,
    paragraphs: &[(usize, usize)],
    marks: &[Mark],
) -> Vec<Vec<Piece<'a>>> {
    let mut marks: Vec<Mark> = marks.iter().copied().filter(|m| m.start < m.end).collect();
    marks.sort_by_key(|m| (m.start, m.end));
    let mut first_live = 0;
    let mut covered_to = 0;
    paragraphs
        .iter()
        .map(|&(start, end)| {
            while first_live < marks.len() && marks[first_live].end <= start {
                first_live += 1;
            }
            let mut pieces = Vec::new();
            let mut pos = start;
            for mark in marks[first_live..].iter().take_while(|m| m.start < end) {
                let from = mark.start.max(pos).max(covered_to);
                let to = mark.end.min(end);
                if from >= to {
                    continue;
                }
                let Some(marked) = text.get(from..to) else {
                    continue;
                };
                if let Some(plain) = text.get(pos..from).filter(|t| !t.is_empty()) {
                    pieces.push(Piece::Text(plain));
                }
                pieces.push(Piece::Marked {
                    text: marked,
                    tag: mark.tag,
                    first: from == mark.start,
                });
                pos = to;
                covered_to = covered_to.max(to);
            }
            if let Some(plain) = text.get(pos..end).filter(|t| !t.is_empty()) {
                pieces.push(Piece::Text(plain));
            }
            pieces
        })
        .collect()
}

/// For each paragraph (`start..end`, in text order), the index into `regions` of the region
/// that contains the paragraph's start, if any. Regions may come in any order.
pub fn paragraph_regions(
    paragraphs: &[(usize, usize)],
    regions: &[(usize, usize)],
) -> Vec<Option<usize>> {
    let mut order: Vec<usize> = (0..regions.len()).collect();
    order.sort_by_key(|&i| regions[i]);
    let mut next = 0;
    paragraphs
        .iter()
        .map(|&(start, _)| {
            while next < order.len() && regions[order[next]].1 <= start {
                next += 1;
            }
            order
                .get(next)
                .copied()
                .filter(|&i| regions[i].0 <= start && start < regions[i].1)
        })
        .collect()
}

/// The first `n` whitespace-separated words of `text`, and whether words were left out.
pub fn first_words(text: &str, n: usize) -> (&str, bool) {
    let text = text.trim();
    if n == 0 {
        return ("", !text.is_empty());
    }
    let mut seen = 0;
    let mut in_word = false;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            if in_word {
                seen += 1;
                in_word = false;
                if seen == n {
                    return (&text[..i], true);
                }
            }
        } else {
            in_word = true;
        }
    }
    (text, false)
}

/// The last `n` whitespace-separated words of `text`, and whether words were left out.
pub fn last_words(text: &str, n: usize) -> (&str, bool) {
    let text = text.trim();
    if n == 0 {
        return ("", !text.is_empty());
    }
    let mut seen = 0;
    let mut in_word = false;
    for (i, c) in text.char_indices().rev() {
        if c.is_whitespace() {
            if in_word {
                seen += 1;
                in_word = false;
                if seen == n {
                    return (&text[i + c.len_utf8()..], true);
                }
            }
        } else {
            in_word = true;
        }
    }
    (text, false)
}

/// How many leading and trailing entries of `omitted` are true: the reference words before
/// and after a member's own words (a quote taken out of a longer sentence). When every entry
/// is true, all of them count as leading.
pub fn context_edges(omitted: &[bool]) -> (usize, usize) {
    let lead = omitted.iter().take_while(|&&o| o).count();
    if lead == omitted.len() {
        return (lead, 0);
    }
    let trail = omitted.iter().rev().take_while(|&&o| o).count();
    (lead, trail)
}

/// A share as a whole percentage for people: "100%", "42%", "<1%" for a sliver, "0%".
pub fn percent(fraction: f64) -> String {
    if !fraction.is_finite() || fraction <= 0.0 {
        return "0%".to_string();
    }
    let fraction = fraction.min(1.0);
    if fraction < 0.005 {
        return "<1%".to_string();
    }
    // Never round a partial share up to "100%".
    let whole = ((fraction * 100.0).round() as u32).min(if fraction < 1.0 { 99 } else { 100 });
    format!("{whole}%")
}

/// The number of whitespace-separated words in `text`.
pub fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}

/// A range of a text carrying highlight layers (`layers`: a bit per layer; the caller's
/// numbering).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Layered {
    pub start: usize,
    pub end: usize,
    pub layers: u8,
}

/// Cuts `start..end` into consecutive ranges by the layered `spans` over it: each range holds
/// the union of the layers of the spans covering all of it (0 where none does). `spans` must be
/// sorted by start; they may overlap and reach outside the range (they are clipped). Empty
/// ranges are never returned; the ranges returned cover `start..end` exactly, in order.
pub fn cut_by_layers(start: usize, end: usize, spans: &[Layered]) -> Vec<Layered> {
    if start >= end {
        return Vec::new();
    }
    // Only spans starting before `end` can cover any of the range.
    let before_end = &spans[..spans.partition_point(|s| s.start < end)];
    let over: Vec<Layered> = before_end
        .iter()
        .filter(|s| s.end > start && s.layers != 0 && s.start < s.end)
        .map(|s| Layered {
            start: s.start.max(start),
            end: s.end.min(end),
            layers: s.layers,
        })
        .collect();
    if over.is_empty() {
        return vec![Layered {
            start,
            end,
            layers: 0,
        }];
    }
    let mut cuts: Vec<usize> = over.iter().flat_map(|s| [s.start, s.end]).collect();
    cuts.push(start);
    cuts.push(end);
    cuts.sort_unstable();
    cuts.dedup();
    let mut out: Vec<Layered> = Vec::with_capacity(cuts.len());
    for w in cuts.windows(2) {
        let (a, b) = (w[0], w[1]);
        let layers = over
            .iter()
            .filter(|s| s.start <= a && s.end >= b)
            .fold(0, |m, s| m | s.layers);
        match out.last_mut() {
            Some(last) if last.layers == layers => last.end = b,
            _ => out.push(Layered {
                start: a,
                end: b,
                layers,
            }),
        }
    }
    out
}

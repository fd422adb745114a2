//! Pairing marks into quotations, one paragraph at a time with a small stack, and the
//! newspaper convention for quotes that run over several paragraphs (closed or not).
//!
//! This file decides which marks belong together; what a single mark may do is `marks`, and
//! what kind of quote results is `kind`.

use super::marks::{classify_marks, closes_pair, family, later_single_closers, Family, Mark};
use super::record::Quotation;
use crate::lexicon::verbs::reporting_verb;
use crate::report::QuoteKind;
use crate::span::Span;
use crate::text::{self};

/// Nesting deeper than this is not tracked (further openers are ignored).
const MAX_DEPTH: usize = 4;

/// An opening mark still open at the end of a paragraph, with the quotes found inside it.
#[derive(Clone, Debug)]
pub(super) struct Unclosed {
    pub(super) mark: Span,
    pub(super) opener_char: char,
    pub(super) children: Vec<usize>,
}

/// One paragraph of a quote that may continue over several paragraphs.
#[derive(Clone, Debug)]
pub(super) struct Piece {
    pub(super) mark: Span,
    pub(super) opener_char: char,
    pub(super) children: Vec<usize>,
    pub(super) paragraph: Span,
}

impl Piece {
    pub(super) fn new(open: Unclosed, paragraph: Span) -> Self {
        Piece {
            mark: open.mark,
            opener_char: open.opener_char,
            children: open.children,
            paragraph,
        }
    }
}

/// What parsing one paragraph leaves for the paragraphs around it.
pub(super) struct ParsedParagraph {
    /// The opening mark the paragraph starts with, if it starts with one.
    pub(super) head_opener: Option<char>,
    /// The quote opened by that first mark, when it closes inside the paragraph.
    pub(super) head_closed: Option<usize>,
    /// The outermost mark left open at the end of the paragraph.
    pub(super) unclosed: Option<Unclosed>,
}

/// A chain of open paragraphs ends at the quote `closed` (opened at the head of its paragraph):
/// they become one multi-paragraph quotation.
pub(super) fn join_chain(found: &mut [Quotation], chain: Vec<Piece>, closed: usize) {
    let Some(first) = chain.first() else {
        return;
    };
    let start = first.mark.end;
    let open_mark = first.mark;
    let mut reopen: Vec<Span> = chain.iter().skip(1).map(|p| p.mark).collect();
    reopen.push(found[closed].open_mark);
    let content = Span::new(start, found[closed].span.end);
    for piece in &chain {
        for &child in &piece.children {
            found[child].parent = Some(closed);
        }
    }
    let q = &mut found[closed];
    q.span = content;
    q.open_mark = open_mark;
    q.reopen_marks = reopen;
    q.kind = QuoteKind::Full;
}

/// A chain that never closes. A mark left open mid-paragraph is dropped unless it opens a
/// sentence of speech ([`opens_sentence`]). Consecutive
/// paragraphs that each open with the mark, never close it and end as sentences do (at most
/// [`MAX_UNCLOSED_PARAGRAPHS`]) are one quotation by the convention for long quotes (a statement printed paragraph by paragraph whose closing mark
/// the page lost): one unclosed quote from the first paragraph's mark to the end of the
/// last, its span running over the paragraph breaks, each later paragraph's mark in
/// `reopen_marks`, as for a closed multi-paragraph quote. The run ends at the first
/// paragraph that does not open with the mark, so it never reaches past the quoted
/// paragraphs.
pub(super) fn break_chain(text: &str, found: &mut Vec<Quotation>, chain: Vec<Piece>) {
    let heads: Vec<Piece> = chain
        .into_iter()
        .filter(|p| p.mark.start == p.paragraph.start || opens_sentence(text, p))
        .collect();
    let speech = heads.len() <= MAX_UNCLOSED_PARAGRAPHS
        && heads.iter().all(|p| ends_a_sentence(text, p.paragraph));
    if speech {
        push_unclosed(text, found, &heads);
    } else {
        for piece in heads {
            push_unclosed(text, found, std::slice::from_ref(&piece));
        }
    }
}

/// Whether an opening mark left open mid-paragraph starts a sentence of speech that runs to
/// the end of its paragraph (`… she continued. "I am leaving because …` with the closing mark
/// lost, or `She stated: “…` continued below): a full stop, question or exclamation mark,
/// colon, or a reporting verb and a comma (`he added, "We will …`) before it, and the
/// paragraph ending as a sentence. A mark inside the writer's
/// sentence (`He called it “outrageous and walked off.`) is not.
fn opens_sentence(text: &str, piece: &Piece) -> bool {
    let before = Span::new(piece.paragraph.start, piece.mark.start)
        .slice(text)
        .trim_end();
    let after_verb = before.strip_suffix(',').is_some_and(|b| {
        b.split_whitespace()
            .next_back()
            .is_some_and(|w| reporting_verb(w).is_some())
    });
    (before.ends_with(['.', '!', '?', ':']) || after_verb) && ends_a_sentence(text, piece.paragraph)
}

/// Most paragraphs an unclosed quote may run over; longer runs of open paragraphs are read
/// one quote per paragraph, so stray marks never take over a whole article.
const MAX_UNCLOSED_PARAGRAPHS: usize = 20;

/// Whether the paragraph ends as a sentence does (a paragraph of speech, not a stray mark
/// on a title or a list line).
fn ends_a_sentence(text: &str, paragraph: Span) -> bool {
    paragraph
        .slice(text)
        .trim_end()
        .trim_end_matches(['"', '\'', '”', '’', ')', '»'])
        .ends_with(['.', '!', '?', '…'])
}

/// One unclosed quote over the consecutive paragraphs `heads`, each opening with its mark.
fn push_unclosed(text: &str, found: &mut Vec<Quotation>, heads: &[Piece]) {
    let (Some(first), Some(last)) = (heads.first(), heads.last()) else {
        return;
    };
    let Some(content) = content_span(text, Span::new(first.mark.end, last.paragraph.end)) else {
        return;
    };
    let index = found.len();
    for piece in heads {
        for &child in &piece.children {
            found[child].parent = Some(index);
        }
    }
    found.push(Quotation {
        span: content,
        open_mark: first.mark,
        close_mark: None,
        kind: QuoteKind::Full,
        parent: None,
        attribution: None,
        in_boilerplate: false,
        reopen_marks: heads.iter().skip(1).map(|p| p.mark).collect(),
    });
}

/// Sorts quotations by position (outer before inner) and rewrites parent indices.
pub(super) fn in_text_order(found: Vec<Quotation>) -> Vec<Quotation> {
    let mut order: Vec<usize> = (0..found.len()).collect();
    order.sort_by_key(|&i| {
        (
            found[i].open_mark.start,
            std::cmp::Reverse(found[i].outer().end),
        )
    });
    let mut new_index = vec![0; found.len()];
    for (new, &old) in order.iter().enumerate() {
        new_index[old] = new;
    }
    let mut slots: Vec<Option<Quotation>> = found.into_iter().map(Some).collect();
    order
        .iter()
        .filter_map(|&old| slots[old].take())
        .map(|mut q| {
            q.parent = q.parent.map(|p| new_index[p]);
            q
        })
        .collect()
}

/// The quoted words between two marks: trimmed, and only if they hold a letter or digit.
fn content_span(text: &str, between: Span) -> Option<Span> {
    let span = text::trim_span(text, between)?;
    span.slice(text)
        .chars()
        .any(char::is_alphanumeric)
        .then_some(span)
}

/// An opening mark on the pairing stack.
struct Open {
    mark: Span,
    ch: char,
    children: Vec<usize>,
}

/// Pairs the marks of one paragraph, pushing closed quotations onto `found`.
pub(super) fn parse_paragraph(
    text: &str,
    para: Span,
    found: &mut Vec<Quotation>,
) -> ParsedParagraph {
    let body = para.slice(text);
    let marks = classify_marks(body);
    let later_single_closer = later_single_closers(&marks);
    let mut stack: Vec<Open> = Vec::new();
    let mut head_opener = None;
    let mut head_closed = None;
    for (k, mark) in marks.iter().enumerate() {
        let at = para.start + mark.at;
        let span = Span::new(at, at + mark.ch.len_utf8());
        let closes = if mark.can_close && !(mark.possessive_like && later_single_closer[k]) {
            stack.iter().rev().position(|o| closes_pair(o.ch, mark.ch))
        } else {
            None
        };
        if let Some(from_top) = closes {
            let index = stack.len() - 1 - from_top;
            // Openers above the matching one were never closed: their quotes move down.
            while stack.len() > index + 1 {
                if let Some(dropped) = stack.pop() {
                    if let Some(top) = stack.last_mut() {
                        top.children.extend(dropped.children);
                    }
                }
            }
            let Some(open) = stack.pop() else { continue };
            let Some(content) = content_span(text, Span::new(open.mark.end, span.start)) else {
                continue;
            };
            let id = found.len();
            for &child in &open.children {
                found[child].parent = Some(id);
            }
            found.push(Quotation {
                span: content,
                open_mark: open.mark,
                close_mark: Some(span),
                kind: QuoteKind::Partial,
                parent: None,
                attribution: None,
                in_boilerplate: false,
                reopen_marks: Vec::new(),
            });
            if let Some(top) = stack.last_mut() {
                top.children.push(id);
            } else if open.mark.start == para.start {
                head_closed = Some(id);
            }
        } else if k == 0 && stack.is_empty() && lost_opener(body, mark) {
            // The paragraph's first mark closes speech that was never opened here: the
            // quote runs from the paragraph's start (its opening mark is missing).
            if let Some(content) = content_span(text, Span::new(para.start, span.start)) {
                found.push(Quotation {
                    span: content,
                    open_mark: Span::new(para.start, para.start),
                    close_mark: Some(span),
                    kind: QuoteKind::Partial,
                    parent: None,
                    attribution: None,
                    in_boilerplate: false,
                    reopen_marks: Vec::new(),
                });
            }
        } else if let Some(top) = stack
            .last()
            .filter(|top| lost_closer(body, para.start, top, mark))
        {
            // A new quote opens after a full stop with the mark of the one still open (`"…
            // draw on. "If this were …`): quotes of one family do not nest, so the open one
            // ended at the sentence before, its closing mark lost.
            let open_mark = top.mark;
            let children = top.children.clone();
            stack.pop();
            if let Some(content) = content_span(text, Span::new(open_mark.end, span.start)) {
                let id = found.len();
                for &child in &children {
                    found[child].parent = Some(id);
                }
                found.push(Quotation {
                    span: content,
                    open_mark,
                    close_mark: None,
                    kind: QuoteKind::Partial,
                    parent: None,
                    attribution: None,
                    in_boilerplate: false,
                    reopen_marks: Vec::new(),
                });
                if let Some(below) = stack.last_mut() {
                    below.children.push(id);
                } else if open_mark.start == para.start {
                    head_closed = Some(id);
                }
            }
            stack.push(Open {
                mark: span,
                ch: mark.ch,
                children: Vec::new(),
            });
        } else if (mark.can_open || (mark.opens_before_number && later_single_closer[k]))
            && (!mark.opens_before_number || stack.is_empty())
            && stack.len() < MAX_DEPTH
        {
            if mark.at == 0 {
                head_opener = Some(mark.ch);
            }
            stack.push(Open {
                mark: span,
                ch: mark.ch,
                children: Vec::new(),
            });
        }
    }
    let mut unclosed = None;
    while let Some(open) = stack.pop() {
        match stack.last_mut() {
            Some(below) => below.children.extend(open.children),
            None => {
                unclosed = Some(Unclosed {
                    mark: open.mark,
                    opener_char: open.ch,
                    children: open.children,
                })
            }
        }
    }
    ParsedParagraph {
        head_opener,
        head_closed,
        unclosed,
    }
}

/// Whether `mark` opens a new quote while `open`, of the same family and never closed, is
/// still open: a mark that can only open, right after a sentence's end (`.`, `?`, `!`).
fn lost_closer(body: &str, para_start: usize, open: &Open, mark: &Mark) -> bool {
    mark.can_open
        && !mark.can_close
        && family(mark.ch) == family(open.ch)
        && open.mark.start >= para_start
        && body[..mark.at].trim_end().ends_with(['.', '?', '!'])
}

/// Words of speech a paragraph must hold before a closing mark with no opener counts as a quote
/// whose opening mark is missing.
const LOST_OPENER_MIN_WORDS: usize = 4;

/// Words after such a closing mark searched for the reporting verb of an attribution.
const LOST_OPENER_CUE_WORDS: usize = 4;

/// Whether `mark`, the first mark of a paragraph, closes speech whose opening mark is missing
/// (copy that lost or misplaced it): a double mark that can only close, right after the
/// punctuation that ends quoted speech, after a few words, and followed by an attribution
/// with a reporting verb in its first words (`… No exceptions," Biden asserted.`).
fn lost_opener(body: &str, mark: &Mark) -> bool {
    if family(mark.ch) != Family::Double || mark.can_open || !mark.can_close {
        return false;
    }
    let before = &body[..mark.at];
    if !before.ends_with([',', '.', '?', '!', '…']) {
        return false;
    }
    if before.split_whitespace().count() < LOST_OPENER_MIN_WORDS {
        return false;
    }
    let after = &body[mark.at + mark.ch.len_utf8()..];
    let clause_end = after
        .find(|c: char| {
            matches!(c, '.' | ',' | ';' | ':' | '!' | '?') || family(c) == Family::Double
        })
        .unwrap_or(after.len());
    let words: Vec<&str> = after[..clause_end].split_whitespace().collect();
    !words.is_empty()
        && words.len() <= LOST_OPENER_CUE_WORDS + 2
        && words
            .iter()
            .take(LOST_OPENER_CUE_WORDS)
            .any(|w| reporting_verb(w).is_some())
}

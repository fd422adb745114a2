//! Quotation extraction: every direct quotation, its marks, its nesting and its kind.
//!
//! Marks are read in context: “curly” and "straight" doubles, ‘curly’ and 'straight' singles
//! (told apart from apostrophes: `Korea's`, `don't`, `rock 'n' roll`, `the '90s`, `states'
//! rights`), «guillemets», „German“ and ‚German‘ pairs, 「corner brackets」. Pairing is a small
//! stack per paragraph, so quotes nest (‘declaration,’ inside a “…” statement) and an
//! unbalanced mark never reaches past its paragraph. The one exception is the newspaper
//! convention for long quotes: a paragraph left open whose next paragraph starts with a new
//! opening mark continues the quote, up to the closing mark at the end; if that closing mark
//! never comes, the paragraphs that open with the mark stay one unclosed quote, ending with
//! the last of them, when each ends as a sentence and there are at most twenty (else each is
//! its own unclosed quote; a mark left open mid-paragraph is dropped unless it opens a
//! sentence and its paragraph ends as one). Everything is one pass
//! over the text with a stack of bounded depth: linear time on any input.
//!
//! Attribution (who said it) is added by `attribution`; headline quotes are marked by
//! `article`, which knows where the headline is.

use serde::{Deserialize, Serialize};

use crate::lexicon::elisions::ELISIONS;
use crate::lexicon::verbs::reporting_verb;
use crate::read::attribution_record::Attribution;
use crate::span::Span;
use crate::text::{self, TextModel};

/// How a quotation sits in the writer's text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteKind {
    /// A sentence or more of speech.
    Full,
    /// A fragment of speech inside the writer's own sentence.
    Partial,
    /// A term the writer sets off in quote marks.
    Scare,
    /// A quotation in a headline.
    Headline,
}

/// One direct quotation in one article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quotation {
    /// The quoted words, marks excluded, without surrounding whitespace.
    pub span: Span,
    /// The opening mark.
    pub open_mark: Span,
    /// The closing mark; `None` when the quote runs to the end of its paragraph unclosed.
    pub close_mark: Option<Span>,
    pub kind: QuoteKind,
    /// Index of the enclosing quotation when this one is nested inside another.
    pub parent: Option<usize>,
    pub attribution: Option<Attribution>,
    /// Whether the quotation lies in a boilerplate region.
    pub in_boilerplate: bool,
    /// For a quote running over several paragraphs: the opening mark that restarts it at the
    /// head of each continued paragraph.
    pub reopen_marks: Vec<Span>,
}

impl Quotation {
    /// Whether the quote continues over more than one paragraph.
    pub fn is_multi_paragraph(&self) -> bool {
        !self.reopen_marks.is_empty()
    }

    /// From the opening mark to the closing mark (or the end of the words when unclosed).
    pub fn outer(&self) -> Span {
        Span::new(
            self.open_mark.start,
            self.close_mark.map_or(self.span.end, |m| m.end),
        )
    }
}

/// Nesting deeper than this is not tracked (further openers are ignored).
const MAX_DEPTH: usize = 4;

/// Finds every quotation in `text`, in text order, with nesting and a first kind
/// (full, partial or scare; `article` marks headline quotes).
pub fn extract(text: &str, model: &TextModel) -> Vec<Quotation> {
    let mut found = Vec::new();
    let mut chain: Vec<Piece> = Vec::new();
    for para in &model.paragraphs {
        let parsed = parse_paragraph(text, para.span, &mut found);
        let continues = chain.last().is_some_and(|last| {
            parsed
                .head_opener
                .is_some_and(|c| same_family(c, last.opener_char))
        });
        let head_unclosed = parsed
            .unclosed
            .as_ref()
            .is_some_and(|u| u.mark.start == para.span.start);
        if continues {
            if let Some(closed) = parsed.head_closed {
                join_chain(&mut found, std::mem::take(&mut chain), closed);
            } else if !head_unclosed {
                break_chain(text, &mut found, std::mem::take(&mut chain));
            }
        } else if !chain.is_empty() {
            break_chain(text, &mut found, std::mem::take(&mut chain));
        }
        if let Some(open) = parsed.unclosed {
            chain.push(Piece::new(open, para.span));
        }
    }
    break_chain(text, &mut found, chain);
    let mut quotes = in_text_order(found);
    for i in 0..quotes.len() {
        quotes[i].kind = classify(text, model, &quotes, i);
    }
    quotes
}

/// An opening mark still open at the end of a paragraph, with the quotes found inside it.
#[derive(Clone, Debug)]
struct Unclosed {
    mark: Span,
    opener_char: char,
    children: Vec<usize>,
}

/// One paragraph of a quote that may continue over several paragraphs.
#[derive(Clone, Debug)]
struct Piece {
    mark: Span,
    opener_char: char,
    children: Vec<usize>,
    paragraph: Span,
}

impl Piece {
    fn new(open: Unclosed, paragraph: Span) -> Self {
        Piece {
            mark: open.mark,
            opener_char: open.opener_char,
            children: open.children,
            paragraph,
        }
    }
}

/// What parsing one paragraph leaves for the paragraphs around it.
struct ParsedParagraph {
    /// The opening mark the paragraph starts with, if it starts with one.
    head_opener: Option<char>,
    /// The quote opened by that first mark, when it closes inside the paragraph.
    head_closed: Option<usize>,
    /// The outermost mark left open at the end of the paragraph.
    unclosed: Option<Unclosed>,
}

/// A chain of open paragraphs ends at the quote `closed` (opened at the head of its paragraph):
/// they become one multi-paragraph quotation.
fn join_chain(found: &mut [Quotation], chain: Vec<Piece>, closed: usize) {
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
fn break_chain(text: &str, found: &mut Vec<Quotation>, chain: Vec<Piece>) {
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
/// lost, or `She stated: “…` continued below): a full stop, question or exclamation mark or
/// colon before it, and the paragraph ending as a sentence. A mark inside the writer's
/// sentence (`He called it “outrageous and walked off.`) is not.
fn opens_sentence(text: &str, piece: &Piece) -> bool {
    let before = Span::new(piece.paragraph.start, piece.mark.start)
        .slice(text)
        .trim_end();
    before.ends_with(['.', '!', '?', ':']) && ends_a_sentence(text, piece.paragraph)
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
fn in_text_order(found: Vec<Quotation>) -> Vec<Quotation> {
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
fn parse_paragraph(text: &str, para: Span, found: &mut Vec<Quotation>) -> ParsedParagraph {
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
        } else if mark.can_open && stack.len() < MAX_DEPTH {
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

/// A quote mark in a paragraph and what it may do there.
#[derive(Clone, Copy, Debug)]
struct Mark {
    /// Byte offset in the paragraph.
    at: usize,
    ch: char,
    can_open: bool,
    can_close: bool,
    /// A single closing mark right after an `s` and before a word: as likely a plural
    /// possessive (`workers’ paradise`) as the end of a quote.
    possessive_like: bool,
}

/// For each mark, whether a later single mark in the paragraph could close a quote.
fn later_single_closers(marks: &[Mark]) -> Vec<bool> {
    let mut out = vec![false; marks.len()];
    let mut seen = false;
    for (k, m) in marks.iter().enumerate().rev() {
        out[k] = seen;
        if family(m.ch) == Family::Single && m.can_close && !m.possessive_like {
            seen = true;
        }
    }
    out
}

/// Every quote mark of a paragraph, classified from its neighbours.
fn classify_marks(body: &str) -> Vec<Mark> {
    let mut out = Vec::new();
    let mut prev: [Option<char>; 3] = [None; 3];
    let mut chars = body.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        if family(c) != Family::None {
            if let Some(mark) = classify_mark(body, i, c, prev, next) {
                out.push(mark);
            }
        }
        prev = [Some(c), prev[0], prev[1]];
    }
    out
}

/// Marks fall in families; a continued paragraph must reopen with the same family.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Family {
    None,
    Double,
    Single,
    Guillemet,
    SingleGuillemet,
    Corner,
}

fn family(c: char) -> Family {
    match c {
        '"' | '“' | '”' | '„' | '‟' => Family::Double,
        '\'' | '‘' | '’' | '‚' | '‛' => Family::Single,
        '«' | '»' => Family::Guillemet,
        '‹' | '›' => Family::SingleGuillemet,
        '「' | '」' | '『' | '』' => Family::Corner,
        _ => Family::None,
    }
}

fn same_family(a: char, b: char) -> bool {
    family(a) == family(b)
}

/// Whether `closer` closes a quote opened with `opener`.
fn closes_pair(opener: char, closer: char) -> bool {
    match opener {
        '“' | '‟' | '"' => matches!(closer, '”' | '"'),
        '„' => matches!(closer, '“' | '”'),
        '”' => closer == '”',
        '‘' | '‛' | '\'' => matches!(closer, '’' | '\''),
        '‚' => matches!(closer, '‘' | '’'),
        '’' => closer == '’',
        '«' => closer == '»',
        '»' => closer == '«',
        '‹' => closer == '›',
        '›' => closer == '‹',
        '「' => closer == '」',
        '『' => closer == '』',
        _ => false,
    }
}

/// Where a mark may open: at the start, after a space, or after an opening bracket or dash.
fn opening_context(prev: Option<char>) -> bool {
    prev.is_none_or(|p| {
        p.is_whitespace()
            || matches!(
                p,
                '(' | '[' | '{' | '<' | '—' | '–' | '-' | '/' | ':' | '“' | '‘' | '"' | '\'' | '«'
            )
    })
}

/// Where a mark may close: at the end, before a space or punctuation.
fn closing_context(next: Option<char>) -> bool {
    next.is_none_or(|n| !n.is_alphanumeric())
}

/// The letters right after byte `i` (a mark) up to the next non-letter.
fn word_after(body: &str, i: usize, c: char) -> &str {
    let rest = body.get(i + c.len_utf8()..).unwrap_or("");
    let end = rest
        .char_indices()
        .find(|&(_, ch)| !ch.is_alphabetic())
        .map_or(rest.len(), |(j, _)| j);
    &rest[..end]
}

/// Whether a single mark at `i` opens an elided word (`'90s`, `'em`, `'n'`) instead of a quote.
fn starts_elision(body: &str, i: usize, c: char, next: Option<char>) -> bool {
    if next.is_some_and(|n| n.is_ascii_digit()) {
        return true;
    }
    let word = word_after(body, i, c).to_lowercase();
    ELISIONS.contains(&word.as_str())
}

/// Classifies the quote mark `c` at byte `i` of `body`; `None` when it is an apostrophe or a
/// stray mark that can neither open nor close.
fn classify_mark(
    body: &str,
    i: usize,
    c: char,
    prev: [Option<char>; 3],
    next: Option<char>,
) -> Option<Mark> {
    let p = prev[0];
    let letter_before = p.is_some_and(char::is_alphanumeric);
    let letter_after = next.is_some_and(char::is_alphanumeric);
    let space_after = next.is_none_or(char::is_whitespace);
    let space_before = p.is_none_or(char::is_whitespace);
    let (can_open, can_close) = match c {
        '“' | '‟' | '«' | '‹' | '「' | '『' => (!space_after || c == '«', !space_before),
        '„' => (next.is_some(), false),
        '‚' => (space_before && letter_after, false),
        '”' => (opening_context(p) && letter_after, p.is_some()),
        '»' | '›' => (space_before && letter_after, p.is_some()),
        '」' | '』' => (false, p.is_some()),
        '"' => {
            let open = opening_context(p) && !space_after;
            let close = !space_before && closing_context(next);
            (
                open || (letter_before && letter_after),
                close || (letter_before && letter_after),
            )
        }
        '‘' => {
            if letter_before && letter_after {
                return None;
            }
            let open = !space_after && !starts_elision(body, i, c, next);
            (open && opening_context(p), !space_before)
        }
        '\'' | '’' | '‛' => {
            if letter_before && letter_after {
                return None; // don't, Korea's
            }
            // The second mark of "rock 'n' roll".
            if prev[0] == Some('n')
                && matches!(prev[1], Some('\'' | '’' | '‘'))
                && prev[2].is_none_or(char::is_whitespace)
            {
                return None;
            }
            let open = opening_context(p) && !space_after && !starts_elision(body, i, c, next);
            let close = !space_before && closing_context(next);
            (open, close)
        }
        _ => return None,
    };
    if !can_open && !can_close {
        return None;
    }
    let possessive_like = family(c) == Family::Single
        && matches!(p, Some('s' | 'S'))
        && next.is_some_and(char::is_whitespace)
        && body
            .get(i + c.len_utf8()..)
            .and_then(|r| r.trim_start().chars().next())
            .is_some_and(char::is_alphabetic);
    Some(Mark {
        at: i,
        ch: c,
        can_open,
        can_close,
        possessive_like,
    })
}

/// How many words a quotation holds.
fn word_count(text: &str, span: Span) -> usize {
    text::words(text, span).count()
}

/// The kind of quotation `i`: full (a sentence or more, standing on its own), partial
/// (a fragment in the writer's sentence) or scare (a short term with no one reported as
/// saying anything in its sentence).
fn classify(text: &str, model: &TextModel, quotes: &[Quotation], i: usize) -> QuoteKind {
    let q = &quotes[i];
    let words = word_count(text, q.span);
    if q.parent.is_some() {
        return if words <= 3 {
            QuoteKind::Scare
        } else {
            QuoteKind::Partial
        };
    }
    if q.is_multi_paragraph() {
        return QuoteKind::Full;
    }
    let Some(sentence) = model.sentence_at(q.open_mark.start) else {
        return QuoteKind::Partial;
    };
    let sentence = model.sentences[sentence].span;
    let before = Span::new(sentence.start, q.open_mark.start)
        .slice(text)
        .trim();
    let stands_alone = before.chars().all(|c| !c.is_alphanumeric())
        || before.ends_with(':')
        || before.ends_with(',');
    let starts_upper = q
        .span
        .slice(text)
        .chars()
        .find(|c| c.is_alphanumeric())
        .is_some_and(|c| c.is_uppercase() || c.is_numeric());
    let ends_clause = q.span.slice(text).ends_with(['.', ',', '!', '?', '…', ';']);
    if is_title(text, q.span) {
        return QuoteKind::Scare;
    }
    if stands_alone && starts_upper && (words >= 3 || ends_clause) {
        return QuoteKind::Full;
    }
    // "ultimately [her] decision": editors bracket their own words only inside someone's
    // speech, so a bracketed insertion makes a quotation, not a scare quote.
    let editorial = q.span.slice(text).contains('[');
    if words <= 3 && !editorial && !reporting_cue_near(text, sentence, quotes, q) {
        return QuoteKind::Scare;
    }
    QuoteKind::Partial
}

/// A title in quote marks ("Born Under a Bad Sign", "Life in Balance"): a few words, every
/// long one capitalised, no sentence punctuation inside.
fn is_title(text: &str, span: Span) -> bool {
    let content = span.slice(text);
    let words: Vec<&str> = text::words(text, span).map(|w| w.slice(text)).collect();
    let long: Vec<&&str> = words.iter().filter(|w| w.chars().count() > 3).collect();
    (2..=8).contains(&words.len())
        && long.len() >= 2
        && long
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && !content
            .trim_end_matches(',')
            .contains(['.', '!', '?', ';', ':'])
}

/// Bytes either side of a quote searched for a reporting verb when judging its kind.
const CUE_WINDOW: usize = 400;

/// Whether a reporting verb (or "according to") appears in the quote's sentence, outside the
/// quote itself, within [`CUE_WINDOW`] bytes.
fn reporting_cue_near(text: &str, sentence: Span, quotes: &[Quotation], q: &Quotation) -> bool {
    let start = text::floor_boundary(
        text,
        sentence
            .start
            .max(q.open_mark.start.saturating_sub(CUE_WINDOW)),
    );
    let end = text::ceil_boundary(text, sentence.end.min(q.outer().end + CUE_WINDOW));
    let mut first = quotes.partition_point(|o| o.open_mark.start < start);
    if first > 0 {
        first -= 1;
        while let Some(parent) = quotes[first].parent {
            first = parent;
        }
    }
    let inside_quote = |w: Span| {
        quotes[first..]
            .iter()
            .take_while(|o| o.open_mark.start < end)
            .any(|o| o.outer().contains(w))
    };
    text::words(text, Span::new(start, end))
        .filter(|w| !inside_quote(*w))
        .any(|w| {
            let word = w.slice(text);
            word.eq_ignore_ascii_case("according") || reporting_verb(word).is_some()
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_paragraph_whose_opening_mark_was_misplaced() {
        // foreigndesknews.com, July 2024: the opening mark of the quote ended up at the end of
        // the paragraph before.
        let text = "Social media has played a significant role in escalating tensions as Election \
                    Day approaches.\"\nThere is no place in America for this kind of violence \
                    — for any violence, ever. Period. No exceptions,\" Biden asserted. \"We \
                    cannot allow this violence to be normalized.\"";
        let got = quotes(text);
        let spans: Vec<&str> = got.iter().map(|q| q.span.slice(text)).collect();
        assert_eq!(
            spans,
            [
                "There is no place in America for this kind of violence — for any violence, \
                 ever. Period. No exceptions,",
                "We cannot allow this violence to be normalized."
            ]
        );
        assert!(got[0].open_mark.is_empty());
        assert_eq!(got[0].kind, QuoteKind::Full);
    }

    #[test]
    fn a_closing_mark_without_an_attribution_stays_a_stray_mark() {
        // The same page: a stray mark at the end of a paragraph, and one before plain prose.
        let text = "Social media has played a significant role as Election Day approaches.\"\n\
                    The suspected shooter was killed,\" before Secret Service agents secured \
                    Trump.";
        assert!(quotes(text).is_empty());
    }

    fn quotes(text: &str) -> Vec<Quotation> {
        extract(text, &TextModel::new(text))
    }

    fn top_texts(text: &str) -> Vec<&str> {
        quotes(text)
            .iter()
            .filter(|q| q.parent.is_none())
            .map(|q| q.span.slice(text))
            .collect()
    }

    #[test]
    fn curly_and_straight_doubles() {
        // AP, July 2024; Kyiv Independent style with straight marks.
        let text = "North Korea called it “illegal.” Pyongyang rejected the document, calling \
                    it \"illegal\" and claiming that the \"U.S. and NATO pose the most serious \
                    threat.\"";
        assert_eq!(
            top_texts(text),
            [
                "illegal.",
                "illegal",
                "U.S. and NATO pose the most serious threat."
            ]
        );
    }

    #[test]
    fn single_quotes_are_told_from_apostrophes() {
        // Headline style with single quotes, possessives and elisions around them.
        let text = "NATO condemns Pyongyang’s arms transfers, expressing ‘grave concern’ about \
                    the two countries’ ties. North Korea's 'tougher strategic counteraction' \
                    won't stop rock 'n' roll, the '90s or states' rights.";
        assert_eq!(
            top_texts(text),
            ["grave concern", "tougher strategic counteraction"]
        );
    }

    #[test]
    fn plural_possessive_inside_a_single_quote() {
        let text = "Critics mocked the plan as ‘the workers’ paradise’ of old.";
        assert_eq!(top_texts(text), ["the workers’ paradise"]);
    }

    #[test]
    fn nested_quote_is_recorded_on_its_parent() {
        // Yonhap, July 13, 2024.
        let text = "“The DPRK Foreign Ministry most strongly denounces and rejects the \
                    ‘declaration,’ an illegal document,” the spokesperson said.";
        let found = quotes(text);
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].parent, None);
        assert_eq!(found[1].span.slice(text), "declaration,");
        assert_eq!(found[1].parent, Some(0));
        assert_eq!(found[1].kind, QuoteKind::Scare);
        assert!(found[0].span.contains(found[1].outer()));
        assert_eq!(found[0].kind, QuoteKind::Full);
    }

    #[test]
    fn multi_paragraph_quote_reopens_each_paragraph() {
        // The newspaper convention: no closing mark until the last paragraph.
        let text = "He said: “We will not back down. We have made our position clear.\n\n\
                    “We expect the other side to honour the agreement,” he added.\n\
                    Later that day he left.";
        let found = quotes(text);
        assert_eq!(found.len(), 1);
        let q = &found[0];
        assert!(q.span.slice(text).starts_with("We will not back down."));
        assert!(q.span.slice(text).ends_with("honour the agreement,"));
        assert_eq!(q.reopen_marks.len(), 1);
        assert_eq!(q.kind, QuoteKind::Full);
    }

    #[test]
    fn a_statement_whose_closing_mark_never_comes_is_one_quote() {
        // tribalfootball.com, 16 July 2024: each paragraph of the statement opens with a mark
        // and none closes; the writer's next paragraph ends it.
        let text = "The 53-year-old has left a message to England fans.\n\n\
                    “As a proud Englishman, it has been the honour of my life to play for \
                    England and to manage England.\n\n\
                    “But it’s time for change, and for a new chapter.\n\n\
                    “Thank you, England – for everything.\n\n\
                    It is unclear who will step up as the next England manager";
        let found = quotes(text);
        assert_eq!(found.len(), 1);
        let q = &found[0];
        let words = q.span.slice(text);
        assert!(words.starts_with("As a proud Englishman"), "{words:?}");
        assert!(words.ends_with("for everything."), "{words:?}");
        assert_eq!(q.close_mark, None);
        assert_eq!(q.reopen_marks.len(), 2);
        assert_eq!(q.kind, QuoteKind::Full);
    }

    #[test]
    fn a_fragment_with_an_editorial_insertion_is_quoted_speech() {
        // Yahoo News UK, January 2023.
        let text = "She reaffirmed that it was \"ultimately [her] decision\" and that she only \
                    sought advice from a small number of people.";
        assert_eq!(quotes(text)[0].kind, QuoteKind::Partial);
    }

    #[test]
    fn a_sentence_of_speech_left_open_at_the_end_of_its_paragraph_is_kept() {
        // newstarget.com, January 2023: the second quotation's closing mark was lost.
        let text = "\"I know what this job takes. And I know that I no longer have enough in \
                    the tank to do it justice,\" she continued. \"I am leaving because with such \
                    a privileged job comes a big responsibility. The responsibility to know when \
                    you are the right person to lead -- and also when you're not.\n";
        let texts = top_texts(text);
        assert_eq!(texts.len(), 2, "{texts:?}");
        assert!(texts[1].starts_with("I am leaving because"), "{texts:?}");
        assert!(texts[1].ends_with("when you're not."), "{texts:?}");
    }

    #[test]
    fn unbalanced_marks_stay_in_their_paragraph() {
        let text = "He called it “outrageous and walked off.\n\nThe next day “nothing changed.\n\
                    “An unclosed paragraph quote\nA normal paragraph with “a quote” in it.";
        let found = quotes(text);
        let texts: Vec<_> = found.iter().map(|q| q.span.slice(text)).collect();
        assert_eq!(texts, ["An unclosed paragraph quote", "a quote"]);
        assert_eq!(found[0].close_mark, None);
        let model = TextModel::new(text);
        for q in &found {
            let p = model.paragraph_at(q.span.start).unwrap();
            assert!(model.paragraphs[p].span.contains(q.span));
        }
    }

    #[test]
    fn guillemets_and_german_marks() {
        let text = "Le ministre a dénoncé « une provocation » hier. Er sagte: „Das ist \
                    ‚unerhört‘ und falsch.“ Han sa »nej«.";
        let found = quotes(text);
        let texts: Vec<_> = found.iter().map(|q| q.span.slice(text)).collect();
        assert_eq!(
            texts,
            [
                "une provocation",
                "Das ist ‚unerhört‘ und falsch.",
                "unerhört",
                "nej"
            ]
        );
        assert_eq!(found[2].parent, Some(1));
    }

    #[test]
    fn kinds_full_partial_scare() {
        let text = "“We will respond,” the ministry said. The ministry said it would take \
                    “strong measures against the aggressors.” The so-called “peace plan” stalled.";
        let found = quotes(text);
        let kinds: Vec<_> = found.iter().map(|q| q.kind).collect();
        assert_eq!(
            kinds,
            [QuoteKind::Full, QuoteKind::Partial, QuoteKind::Scare]
        );
    }

    #[test]
    fn empty_and_punctuation_only_quotes_are_skipped() {
        assert!(quotes("\"\" and “ ” and '.' ").is_empty());
    }

    #[test]
    fn many_unmatched_marks_stay_bounded() {
        let mut text = String::new();
        for i in 0..20_000 {
            text.push_str(["“a ", "” b ", "\" c", "' d ", "‘x\n"][i % 5]);
        }
        let model = TextModel::new(&text);
        for q in extract(&text, &model) {
            let p = model.paragraph_at(q.span.start).unwrap();
            assert!(model.paragraphs[p].span.contains(q.span));
        }
    }
}

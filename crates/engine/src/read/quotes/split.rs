//! A quotation printed over several paragraphs (an opening mark at the head of each, one
//! closing mark at the end) as one quotation per paragraph.
//!
//! Each paragraph of a speech is an utterance of its own: another source may quote one of its
//! paragraphs and not the others, or quote them in another order, so the alignment must be
//! able to put each paragraph in its own group. The split runs after attribution, so every
//! paragraph keeps the speaker, verb and basis the whole quotation was read with; paragraph
//! `k` opens with the mark that restarted the quote there, and only the last one carries the
//! closing mark (the others run to the end of their paragraph, as the convention prints them).

use super::pairing::in_text_order;
use super::Quotation;
use crate::span::Span;
use crate::text::{self, TextModel};

/// `quotes` (in text order, as `extract` gives them) with every multi-paragraph quotation
/// replaced by one quotation per paragraph; nested quotations point to the paragraph that
/// holds them. The result is in text order.
pub fn per_paragraph(text: &str, model: &TextModel, quotes: Vec<Quotation>) -> Vec<Quotation> {
    if quotes.iter().all(|q| !q.is_multi_paragraph()) {
        return quotes;
    }
    // Where each old quotation's pieces sit in `out`, before the final reordering.
    let mut pieces_of: Vec<Vec<usize>> = Vec::with_capacity(quotes.len());
    let mut out: Vec<Quotation> = Vec::with_capacity(quotes.len());
    for q in &quotes {
        let mut here = Vec::new();
        for piece in pieces(text, model, q) {
            here.push(out.len());
            out.push(piece);
        }
        pieces_of.push(here);
    }
    // A nested quotation's parent is still an old index: it becomes the parent's last piece
    // that starts at or before it.
    let starts: Vec<usize> = out.iter().map(|q| q.span.start).collect();
    for q in &mut out {
        if let Some(p) = q.parent {
            let start = q.span.start;
            let holders = &pieces_of[p];
            let chosen = holders
                .iter()
                .rev()
                .copied()
                .find(|&h| starts[h] <= start)
                .unwrap_or(holders[0]);
            q.parent = Some(chosen);
        }
    }
    in_text_order(out)
}

/// The pieces of one quotation: itself when it is printed in one paragraph.
fn pieces(text: &str, model: &TextModel, q: &Quotation) -> Vec<Quotation> {
    if !q.is_multi_paragraph() {
        return vec![q.clone()];
    }
    let mut out = Vec::with_capacity(q.reopen_marks.len() + 1);
    let mut open = q.open_mark;
    let mut start = q.span.start;
    for &reopen in &q.reopen_marks {
        // The piece runs to the end of the paragraph it starts in, never past the next mark.
        let end = model
            .paragraph_at(start)
            .map_or(reopen.start, |p| model.paragraphs[p].span.end)
            .min(reopen.start)
            .max(start);
        if let Some(span) = text::trim_span(text, Span::new(start, end)) {
            out.push(piece(q, span, open, None));
        }
        open = reopen;
        start = reopen.end;
    }
    if let Some(span) = text::trim_span(text, Span::new(start, q.span.end.max(start))) {
        out.push(piece(q, span, open, q.close_mark));
    }
    if out.is_empty() {
        out.push(q.clone());
    }
    out
}

fn piece(q: &Quotation, span: Span, open_mark: Span, close_mark: Option<Span>) -> Quotation {
    Quotation {
        span,
        open_mark,
        close_mark,
        reopen_marks: Vec::new(),
        ..q.clone()
    }
}

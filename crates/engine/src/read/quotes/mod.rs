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
//!
//! [`per_paragraph`] then cuts a quotation printed over several paragraphs into one quotation per
//! paragraph (after attribution, so each keeps the speaker): each paragraph is an utterance that
//! other sources quote on its own.
//!
//! Files: `record` (the [`Quotation`] data), `split` (one quotation per paragraph), `marks` (one mark in context), `pairing` (marks
//! into quotations, over paragraphs), `kind` (full, partial, scare).

mod kind;
mod marks;
mod pairing;
mod record;
mod split;
#[cfg(test)]
mod tests;

pub use record::Quotation;
pub use split::per_paragraph;

use crate::text::TextModel;
use kind::classify;
use marks::same_family;
use pairing::{break_chain, in_text_order, join_chain, parse_paragraph, Piece};

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

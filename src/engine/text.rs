//! The text model: paragraphs, sentences and words of one article, as byte spans.
//!
//! This module only segments text; it does not judge what is body or boilerplate
//! (see `boilerplate`) nor find quotations (see `quotes`). All spans point into the original
//! text.

use super::span::Span;

/// One paragraph: a run of non-blank text between line breaks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Paragraph {
    /// The paragraph without surrounding whitespace.
    pub span: Span,
    /// Indices into [`TextModel::sentences`] of the sentences in this paragraph.
    pub sentences: std::ops::Range<usize>,
}

/// One sentence, inside exactly one paragraph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
    /// Index into [`TextModel::paragraphs`].
    pub paragraph: usize,
}

/// The segmented article.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TextModel {
    pub paragraphs: Vec<Paragraph>,
    pub sentences: Vec<Sentence>,
    /// Number of words (see [`words`]) in the whole text.
    pub word_count: usize,
}

impl TextModel {
    /// Segments `text` into paragraphs and sentences.
    pub fn new(text: &str) -> Self {
        let mut model = TextModel {
            word_count: words(text, Span::new(0, text.len())).count(),
            ..TextModel::default()
        };
        for para in paragraph_spans(text) {
            let first = model.sentences.len();
            let index = model.paragraphs.len();
            for sentence in sentence_spans(text, para) {
                model.sentences.push(Sentence {
                    span: sentence,
                    paragraph: index,
                });
            }
            model.paragraphs.push(Paragraph {
                span: para,
                sentences: first..model.sentences.len(),
            });
        }
        model
    }

    /// The index of the sentence containing byte `pos`, if any.
    pub fn sentence_at(&self, pos: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.span.end <= pos);
        (i < self.sentences.len() && self.sentences[i].span.start <= pos).then_some(i)
    }

    /// The index of the paragraph containing byte `pos`, if any.
    pub fn paragraph_at(&self, pos: usize) -> Option<usize> {
        let i = self.paragraphs.partition_point(|p| p.span.end <= pos);
        (i < self.paragraphs.len() && self.paragraphs[i].span.start <= pos).then_some(i)
    }
}

/// Paragraph spans: each non-blank line, trimmed.
fn paragraph_spans(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut line_start = 0;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), '\n')))
    {
        if c == '\n' || c == '\r' || c == '\u{2029}' {
            if let Some(span) = trim_span(text, Span::new(line_start, i)) {
                out.push(span);
            }
            line_start = i + c.len_utf8();
        }
    }
    out
}

/// Sentence spans inside one paragraph: ends at `.`, `!` or `?` (and any closing quotes or
/// brackets after it) followed by whitespace.
fn sentence_spans(text: &str, para: Span) -> Vec<Span> {
    let body = para.slice(text);
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = body.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if !matches!(c, '.' | '!' | '?') {
            continue;
        }
        let mut end = i + c.len_utf8();
        while let Some(&(j, next)) = chars.peek() {
            if matches!(next, '"' | '\'' | '”' | '’' | ')' | '»' | '.' | '!' | '?') {
                end = j + next.len_utf8();
                chars.next();
            } else {
                break;
            }
        }
        if chars.peek().is_some_and(|&(_, next)| next.is_whitespace()) {
            if let Some(span) = trim_span(text, Span::new(para.start + start, para.start + end)) {
                out.push(span);
            }
            start = end;
        }
    }
    if let Some(span) = trim_span(text, Span::new(para.start + start, para.end)) {
        out.push(span);
    }
    out
}

/// `span` without leading and trailing whitespace, or `None` if nothing is left.
pub fn trim_span(text: &str, span: Span) -> Option<Span> {
    let slice = span.slice(text);
    let trimmed_start = slice.len() - slice.trim_start().len();
    let trimmed = slice.trim();
    (!trimmed.is_empty()).then(|| {
        Span::new(
            span.start + trimmed_start,
            span.start + trimmed_start + trimmed.len(),
        )
    })
}

/// The words inside `within`: runs of letters and digits, keeping apostrophes, hyphens and
/// periods that sit between two such characters (`North's`, `full-scale`, `U.S`, `3.5`).
pub fn words(text: &str, within: Span) -> impl Iterator<Item = Span> + '_ {
    let base = within.start;
    let slice = within.slice(text);
    let mut chars = slice.char_indices().peekable();
    std::iter::from_fn(move || {
        let (start, _) = loop {
            let (i, c) = chars.next()?;
            if c.is_alphanumeric() {
                break (i, c);
            }
        };
        let mut end = slice.len();
        while let Some(&(i, c)) = chars.peek() {
            if c.is_alphanumeric() || is_combining(c) {
                chars.next();
                continue;
            }
            let joins = matches!(c, '\'' | '’' | '-' | '.' | '‐')
                && slice[i + c.len_utf8()..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric);
            if joins {
                chars.next();
                continue;
            }
            end = i;
            break;
        }
        Some(Span::new(base + start, base + end))
    })
}

/// Combining marks (accents typed as separate code points) stay inside their word.
fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str, spans: impl Iterator<Item = Span>) -> Vec<&str> {
        spans.map(|s| s.slice(text)).collect()
    }

    #[test]
    fn paragraphs_are_non_blank_lines() {
        let text = "First line.\n\n  Second line.  \r\nThird";
        let model = TextModel::new(text);
        let paras: Vec<_> = model
            .paragraphs
            .iter()
            .map(|p| p.span.slice(text))
            .collect();
        assert_eq!(paras, ["First line.", "Second line.", "Third"]);
    }

    #[test]
    fn words_keep_inner_apostrophes_and_hyphens() {
        let text = "North Korea’s full-scale war, U.S. officials' view: 3.5 million.";
        assert_eq!(
            texts(text, words(text, Span::new(0, text.len()))),
            [
                "North",
                "Korea’s",
                "full-scale",
                "war",
                "U.S",
                "officials",
                "view",
                "3.5",
                "million"
            ]
        );
    }

    #[test]
    fn sentence_lookup_by_offset() {
        let text = "One. Two here.";
        let model = TextModel::new(text);
        assert_eq!(model.sentences.len(), 2);
        assert_eq!(model.sentence_at(6), Some(1));
        assert_eq!(model.sentence_at(100), None);
    }
}

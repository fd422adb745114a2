//! Paragraphs of hard-wrapped text: wire copy, e-mail and plain-text archives break every line
//! at a fixed width (60–80 characters), inside sentences and quotations, so a line there is not
//! a paragraph.
//!
//! A text is taken as hard-wrapped when its lines are short (the 90th percentile of their
//! lengths, the wrap width, is 40–100 characters), few lines run past that width, and at least
//! two in five lines stop near the width without ending a sentence. In such a text a line that
//! stops near the width (or before a line that starts in lower case) without ending a
//! sentence continues on the next line; a blank line, a sentence's end or a short line (a
//! headline, a byline) ends the paragraph. Text pasted from a web page — one paragraph per
//! line, lines of every length, nearly all ending a sentence — is never taken as wrapped.
//!
//! This module only decides where paragraphs are; the spans still point into the original
//! text, whose line breaks inside a paragraph are whitespace to everything downstream.

use crate::span::Span;

/// Fewer lines than this never count as hard-wrapped (a headline, a byline and a paragraph).
const MIN_LINES: usize = 8;
/// The narrowest and widest wrap widths recognised, in characters.
const WIDTHS: std::ops::RangeInclusive<usize> = 40..=100;
/// A line at least this share of the wrap width (in quarters) was broken because it was full:
/// the next word did not fit, and few words are longer than a quarter of a line.
const FULL_QUARTERS: usize = 3;
/// At least this share of lines (in tenths) must be full and stop mid-sentence.
const BROKEN_TENTHS: usize = 4;
/// A line this much longer than the wrap width was not wrapped.
const OVERRUN: usize = 15;
/// At most this share of lines (in tenths) may overrun the width.
const OVERRUN_TENTHS: usize = 1;

/// One non-blank line, trimmed.
#[derive(Clone, Copy, Debug)]
pub(super) struct Line {
    pub span: Span,
    /// Whether a blank line (or the start of the text) comes right before it.
    pub after_blank: bool,
}

/// A line's length in characters, and whether it ends a sentence.
struct Shape {
    chars: usize,
    finished: bool,
    next_lower: bool,
}

/// The paragraphs made of `lines` (each non-blank line of `text`, in order): lines joined
/// where the text is hard-wrapped, else one paragraph per line.
pub(super) fn paragraphs(text: &str, lines: &[Line]) -> Vec<Span> {
    let shapes: Vec<Shape> = lines
        .iter()
        .enumerate()
        .map(|(i, line)| shape(text, line.span, lines.get(i + 1)))
        .collect();
    let Some(width) = wrap_width(&shapes) else {
        return lines.iter().map(|l| l.span).collect();
    };
    let mut out: Vec<Span> = Vec::new();
    let mut open = false;
    for (line, shape) in lines.iter().zip(&shapes) {
        match out.last_mut() {
            Some(last) if open && !line.after_blank => *last = Span::new(last.start, line.span.end),
            _ => out.push(line.span),
        }
        open = continues(shape, width);
    }
    out
}

/// How `span` ends, and whether the line after it (`next`, if it follows without a blank
/// line) starts in lower case.
fn shape(text: &str, span: Span, next: Option<&Line>) -> Shape {
    let line = span.slice(text);
    let next_lower = next.filter(|n| !n.after_blank).is_some_and(|n| {
        n.span
            .slice(text)
            .chars()
            .find(|c| c.is_alphanumeric())
            .is_some_and(char::is_lowercase)
    });
    Shape {
        chars: line.chars().count(),
        finished: ends_sentence(line),
        next_lower,
    }
}

/// Whether `line` ends with sentence-final punctuation (after any closing quotes or brackets),
/// by the text model's own notion of both.
fn ends_sentence(line: &str) -> bool {
    line.trim_end_matches(super::is_closing)
        .chars()
        .next_back()
        .is_some_and(super::is_terminal)
}

/// Whether a line of `shape` goes on in the next line, in text wrapped at `width`.
fn continues(shape: &Shape, width: usize) -> bool {
    !shape.finished && (shape.chars * 4 >= width * FULL_QUARTERS || shape.next_lower)
}

/// The wrap width of a hard-wrapped text, or `None` when its lines are paragraphs.
fn wrap_width(shapes: &[Shape]) -> Option<usize> {
    if shapes.len() < MIN_LINES {
        return None;
    }
    let mut lengths: Vec<usize> = shapes.iter().map(|s| s.chars).collect();
    lengths.sort_unstable();
    let width = lengths[(lengths.len() - 1) * 9 / 10];
    if !WIDTHS.contains(&width) {
        return None;
    }
    let broken = shapes
        .iter()
        .filter(|s| !s.finished && s.chars * 4 >= width * FULL_QUARTERS && s.chars <= width)
        .count();
    let overrun = shapes.iter().filter(|s| s.chars > width + OVERRUN).count();
    (broken * 10 >= shapes.len() * BROKEN_TENTHS && overrun * 10 <= shapes.len() * OVERRUN_TENTHS)
        .then_some(width)
}

#[cfg(test)]
mod tests {
    use crate::text::TextModel;

    fn paragraphs(text: &str) -> Vec<String> {
        TextModel::new(text)
            .paragraphs
            .iter()
            .map(|p| {
                p.span
                    .slice(text)
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect()
    }

    /// An invented wire story, wrapped at about 60 characters.
    const WRAPPED: &str = "\
Harbour board backs new ferry timetable
By A Reporter
PORTVILLE, May 2 (Wire) - The harbour board voted on Tuesday
to adopt a winter ferry timetable that cuts two crossings a
day, ending months of dispute with island residents.
\"We have listened to every islander who wrote to us and we
think this is a fair compromise,\" board chair Ana Ruiz told
reporters after the vote.
Residents said the change would leave commuters stranded on
dark evenings. \"It is a step backwards,\" said Tom Berg, who
runs the island's shop.
The new timetable starts in November and will be reviewed
next spring, the board said in a statement.
";

    #[test]
    fn hard_wrapped_lines_join_into_paragraphs() {
        assert_eq!(
            paragraphs(WRAPPED),
            [
                "Harbour board backs new ferry timetable",
                "By A Reporter",
                "PORTVILLE, May 2 (Wire) - The harbour board voted on Tuesday to adopt a winter \
                 ferry timetable that cuts two crossings a day, ending months of dispute with \
                 island residents.",
                "\"We have listened to every islander who wrote to us and we think this is a fair \
                 compromise,\" board chair Ana Ruiz told reporters after the vote.",
                "Residents said the change would leave commuters stranded on dark evenings. \"It \
                 is a step backwards,\" said Tom Berg, who runs the island's shop.",
                "The new timetable starts in November and will be reviewed next spring, the \
                 board said in a statement.",
            ]
        );
    }

    #[test]
    fn a_quote_over_a_line_break_is_one_sentence() {
        let model = TextModel::new(WRAPPED);
        let quote = model
            .sentences
            .iter()
            .map(|s| s.span.slice(WRAPPED))
            .find(|s| s.starts_with("\"We have"))
            .expect("the quote's sentence");
        assert!(quote.ends_with("after the vote."), "{quote}");
    }

    #[test]
    fn blank_lines_end_wrapped_paragraphs() {
        let text = WRAPPED
            .replace("after the vote.\n", "after the vote.\n\n")
            .replace("stranded on\n", "stranded on\n\n");
        let paras = paragraphs(&text);
        assert!(
            paras.iter().any(|p| p.ends_with("stranded on")),
            "{paras:?}"
        );
    }

    #[test]
    fn one_paragraph_per_line_stays_so() {
        // Pasted from a web page: lines of every length, each a paragraph, even when some of
        // them stop without a full stop (a headline, a caption, a list of names).
        let text = "\
Harbour board backs new ferry timetable
The harbour board voted on Tuesday to adopt a winter ferry timetable that cuts two crossings a day, ending months of dispute with island residents who rely on the service.
Photo: the ferry at the quay
\"We have listened to every islander who wrote to us,\" board chair Ana Ruiz said.
Residents said the change would leave commuters stranded on dark evenings.
Related stories
\"It is a step backwards,\" said Tom Berg, who runs the island's shop and has lived there for thirty years.
The new timetable starts in November and will be reviewed next spring.
Island council members Jo Lee, Sam Roe and Kim Vale
";
        assert_eq!(paragraphs(text).len(), text.lines().count());
    }

    #[test]
    fn short_texts_are_never_taken_as_wrapped() {
        let text = "A headline that stops\nwithout a full stop\nand another line here";
        assert_eq!(paragraphs(text).len(), 3);
    }
}

//! Article text made inert for Markdown: every character a CommonMark or GitHub renderer reads
//! as syntax (emphasis, code, links and images, headings, tables, HTML, entities) is escaped with
//! a backslash (only those, so the handout still reads as plain text), and line breaks are
//! flattened, so text from an article, a name or a speaker can
//! only ever be shown as text, never become a link, an image, an element or a table cell break.

/// Escapes Markdown and HTML syntax in `text` and flattens line breaks.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            // Emphasis, code, links and images, HTML and autolinks, headings, table cells,
            // strike-through, entities. Other punctuation is left alone so the handout still
            // reads as plain text.
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '&' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_whitespace() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

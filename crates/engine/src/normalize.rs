//! A folded copy of a line of text, for matching page furniture and repeated headlines
//! against each other: lower case, typographic quotes, apostrophes and dashes as ASCII,
//! combining marks and soft hyphens dropped, whitespace runs collapsed to one space.
//!
//! The folded copy is only ever compared, never reported: no offset into it leaves this
//! module's callers, so it carries no map back to the original.

use crate::text::is_combining;

/// What one original char becomes in the folded copy.
fn fold_char(c: char, out: &mut String) {
    match c {
        '‘' | '’' | '‚' | '‛' | '′' | '`' | '´' => out.push('\''),
        '“' | '”' | '„' | '‟' | '″' | '«' | '»' => out.push('"'),
        '‐' | '‑' | '‒' | '–' | '—' | '―' | '−' => out.push('-'),
        '…' => out.push_str("..."),
        _ => out.extend(c.to_lowercase()),
    }
}

/// `line` folded for matching (see the module doc).
pub fn fold_line(line: &str) -> String {
    let mut folded = String::with_capacity(line.len());
    let mut last_space = true;
    for c in line.chars() {
        if c.is_whitespace() || c == '\u{a0}' {
            if !last_space {
                folded.push(' ');
            }
            last_space = true;
            continue;
        }
        if is_combining(c) || c == '\u{ad}' || c == '\u{200b}' {
            continue;
        }
        last_space = false;
        if c.is_ascii() {
            // Every ASCII char folds to one ASCII char (see `fold_char`).
            folded.push(if c == '`' {
                '\''
            } else {
                c.to_ascii_lowercase()
            });
        } else {
            fold_char(c, &mut folded);
        }
    }
    if folded.ends_with(' ') {
        folded.pop();
    }
    folded
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_case_and_spaces_fold() {
        let text = "North  Korea’s “ILLEGAL”\u{a0}declaration";
        assert_eq!(fold_line(text), "north korea's \"illegal\" declaration");
    }

    #[test]
    fn ellipsis_and_combining_marks() {
        assert_eq!(
            fold_line("Cafe\u{301}… İstanbul"),
            "cafe... i\u{307}stanbul"
        );
        assert_eq!(fold_line("e\u{301}xy"), "exy");
    }

    #[test]
    fn leading_and_trailing_space_go() {
        assert_eq!(fold_line("  “Hi”  "), "\"hi\"");
    }
}

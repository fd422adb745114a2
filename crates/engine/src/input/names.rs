//! Source names: a name proposed for an article from the page's site name, the file name or
//! its first line.
//!
//! This file only proposes names; it does not read the article (`input`, `html`).

use super::html::collapse_spaces;

/// Longest name proposed, in characters.
pub(super) const NAME_MAX_CHARS: usize = 48;

/// A source name: the page's site name if known, else the file name made readable
/// (`03_kyiv-independent.txt` → `Kyiv Independent`), else the first non-blank line of the text,
/// shortened at a word boundary. Empty only when all three are empty.
pub fn guess_name(file_name: Option<&str>, site_name: Option<&str>, text: &str) -> String {
    site_name
        .map(collapse_spaces)
        .filter(|s| !s.is_empty())
        .map(|s| shorten(&s))
        .or_else(|| file_name.map(name_from_file).filter(|s| !s.is_empty()))
        .unwrap_or_else(|| name_from_first_line(text))
}

/// `03_kyiv-independent.txt` → `Kyiv Independent`: extension and a leading number dropped,
/// separators to spaces, all-lowercase words capitalised.
pub fn name_from_file(file_name: &str) -> String {
    let base = base_name(file_name);
    let stem = match base.rfind('.') {
        Some(dot) if dot > 0 => &base[..dot],
        _ => base,
    };
    let unnumbered = stem
        .trim_start_matches(|c: char| c.is_ascii_digit())
        .trim_start_matches(['_', '-', '.', ' ']);
    let stem = if unnumbered.is_empty() {
        stem
    } else {
        unnumbered
    };
    let words: Vec<String> = stem
        .split(['_', '-', ' ', '.', '+'])
        .filter(|w| !w.is_empty())
        .map(capitalise)
        .collect();
    shorten(&words.join(" "))
}

fn capitalise(word: &str) -> String {
    if word.chars().any(char::is_uppercase) {
        return word.to_string();
    }
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The first non-blank line, shortened.
pub fn name_from_first_line(text: &str) -> String {
    let line = text
        .trim_start_matches('\u{feff}')
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("");
    shorten(&collapse_spaces(line))
}

/// At most [`NAME_MAX_CHARS`] characters, cut at a word boundary with an ellipsis.
fn shorten(s: &str) -> String {
    if s.chars().count() <= NAME_MAX_CHARS {
        return s.to_string();
    }
    let cut = s
        .char_indices()
        .nth(NAME_MAX_CHARS)
        .map_or(s.len(), |(i, _)| i);
    let head = &s[..cut];
    let head = match head.rfind(' ') {
        Some(space) if space > NAME_MAX_CHARS / 2 => &head[..space],
        _ => head,
    };
    format!("{}…", head.trim_end_matches([' ', ',', ';', ':', '-', '—']))
}

pub(super) fn base_name(file_name: &str) -> &str {
    file_name.rsplit(['/', '\\']).next().unwrap_or(file_name)
}

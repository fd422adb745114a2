//! HTML to readable text: a small hand-written tokenizer (tags, attributes, raw-text
//! elements), blocks to blank-line-separated lines, and the page's title and site name.
//!
//! This file does not decode bytes (`input`) or character references (`entities`); it never
//! panics on any input.

use super::entities::decode_entities;
use crate::lexicon::html::{BLOCKS, DROPPED, RAW};

/// Readable text of an HTML page plus what it says about itself.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HtmlText {
    /// Paragraphs, headings and list items on their own lines, blank lines between blocks.
    pub text: String,
    /// The page's `<title>`, if it has one.
    pub title: Option<String>,
    /// `<meta property="og:site_name">` or `application-name`.
    pub site_name: Option<String>,
    /// `<meta property="og:title">` (or `twitter:title`).
    pub headline: Option<String>,
    /// `<meta property="article:published_time">` (or `datePublished`, `date`), as written.
    pub published: Option<String>,
    /// `<meta name="author">` (or `article:author` when it is not a link).
    pub author: Option<String>,
}

/// What a page's markup yields, in document order, once comments, doctypes and the dropped
/// elements (scripts, styles, `<head>`…) are skipped and the title and `<meta>` facts are read
/// into the page.
pub(super) enum Piece<'t> {
    /// Text between tags, entities decoded (a `<` that starts no markup is text too).
    Text(String),
    /// An opening, closing or self-closing tag that is not dropped, `<meta>` or raw content.
    Tag(&'t Tag),
    /// A `<textarea>` and its raw content, entities decoded.
    Textarea(&'t Tag, String),
}

/// Walks `html` once, reading the title and `<meta>` facts into `page` and handing every other
/// [`Piece`] to `visit`: the one scan behind both the plain reduction ([`html_to_text`]) and
/// the element tree (`tree`).
pub(super) fn walk(html: &str, page: &mut HtmlText, mut visit: impl FnMut(Piece)) {
    let mut dropped: Vec<String> = Vec::new();
    let mut pos = 0;
    while pos < html.len() {
        let lt = html[pos..].find('<').map_or(html.len(), |i| pos + i);
        if lt > pos && dropped.is_empty() {
            visit(Piece::Text(decode_entities(&html[pos..lt])));
        }
        if lt >= html.len() {
            break;
        }
        let (token, next) = read_token(html, lt);
        pos = next.max(lt + 1);
        let tag = match token {
            Token::Tag(tag) => tag,
            Token::Skip => continue,
            Token::Text => {
                if dropped.is_empty() {
                    visit(Piece::Text("<".to_string()));
                }
                continue;
            }
        };
        if RAW.contains(&tag.name.as_str()) && !tag.closing && !tag.self_closing {
            let (content, after) = raw_content(html, pos, &tag.name);
            pos = after;
            if tag.name == "title" && page.title.is_none() {
                page.title = non_empty(collapse_spaces(&decode_entities(content)));
            }
            if tag.name == "textarea" && dropped.is_empty() {
                visit(Piece::Textarea(&tag, decode_entities(content)));
            }
            continue;
        }
        if tag.name == "meta" {
            read_meta(&tag, page);
            continue;
        }
        if DROPPED.contains(&tag.name.as_str()) && !tag.self_closing {
            if tag.closing {
                if let Some(i) = dropped.iter().rposition(|n| *n == tag.name) {
                    dropped.truncate(i);
                }
            } else {
                dropped.push(tag.name.clone());
            }
            continue;
        }
        if dropped.is_empty() {
            visit(Piece::Tag(&tag));
        }
    }
}

/// Reduces HTML to readable text. Scripts, styles, `<head>` and similar are dropped; blocks
/// (paragraphs, headings, list items…) become lines separated by a blank line, `<br>` a line
/// break; entities are decoded; other whitespace collapses to single spaces except in `<pre>`.
pub fn html_to_text(html: &str) -> HtmlText {
    let mut out = TextBuilder::default();
    let mut page = HtmlText::default();
    let mut pre_depth = 0usize;
    walk(html, &mut page, |piece| match piece {
        Piece::Text(text) => out.push_text(&text, pre_depth > 0),
        Piece::Textarea(_, text) => out.push_text(&text, false),
        Piece::Tag(tag) => {
            if tag.name == "pre" {
                if tag.closing {
                    pre_depth = pre_depth.saturating_sub(1);
                } else if !tag.self_closing {
                    pre_depth += 1;
                }
            }
            if tag.name == "br" {
                out.line_break();
            } else if tag.name == "li" {
                out.list_item(!tag.closing && !tag.self_closing);
            } else if BLOCKS.contains(&tag.name.as_str()) {
                out.block_break();
            } else if matches!(tag.name.as_str(), "td" | "th") && !tag.closing {
                out.push_text(" ", false);
            }
        }
    });
    page.text = out.finish();
    page
}

pub(super) fn non_empty(s: String) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.to_string())
}

pub(super) fn read_meta(tag: &Tag, page: &mut HtmlText) {
    let key = tag
        .attr("property")
        .or_else(|| tag.attr("name"))
        .map(str::to_ascii_lowercase);
    let content = tag.attr("content").map(decode_entities);
    if let (Some(key), Some(content)) = (key, content) {
        let slot = match key.as_str() {
            "og:site_name" | "application-name" => &mut page.site_name,
            "og:title" | "twitter:title" => &mut page.headline,
            "article:published_time" | "datepublished" | "date" => &mut page.published,
            "author" | "article:author" if !content.contains("://") => &mut page.author,
            _ => return,
        };
        if slot.is_none() {
            *slot = non_empty(collapse_spaces(&content));
        }
    }
}

/// Builds the output text, collapsing whitespace and keeping at most one blank line.
#[derive(Default)]
pub(super) struct TextBuilder {
    text: String,
    /// Pending break: 0 none, 1 line break, 2 blank line.
    pending: u8,
    space: bool,
    /// A list item has opened and its text not begun: it starts with a bullet.
    bullet: bool,
}

impl TextBuilder {
    pub(super) fn push_text(&mut self, s: &str, preformatted: bool) {
        for c in s.chars() {
            match c {
                '\n' if preformatted => self.line_break(),
                '\r' if preformatted => {}
                // Soft hyphen: invisible.
                '\u{ad}' => {}
                c if c.is_whitespace() && !preformatted => self.space = true,
                c => {
                    self.flush();
                    self.text.push(c);
                }
            }
        }
    }

    fn flush(&mut self) {
        if self.text.is_empty() {
            self.pending = 0;
        } else if self.pending > 0 {
            self.text
                .push_str(if self.pending >= 2 { "\n\n" } else { "\n" });
        } else if self.space {
            self.text.push(' ');
        }
        if self.bullet {
            self.text.push_str("• ");
        }
        self.pending = 0;
        self.space = false;
        self.bullet = false;
    }

    /// A list item opens (`opening`) or closes: its own paragraph, its text after a bullet
    /// ("• "), as a browser shows it, so later readers tell the article's own lists from
    /// runs of headlines.
    pub(super) fn list_item(&mut self, opening: bool) {
        self.block_break();
        self.bullet = opening;
    }

    pub(super) fn line_break(&mut self) {
        self.pending = self.pending.max(1);
        self.space = false;
    }

    pub(super) fn block_break(&mut self) {
        self.pending = 2;
        self.space = false;
    }

    /// The text, without the whitespace a preformatted block may leave before the first
    /// visible character.
    pub(super) fn finish(self) -> String {
        match self.text.find(|c: char| !c.is_whitespace()) {
            Some(0) => self.text,
            Some(i) => self.text[i..].to_string(),
            None => String::new(),
        }
    }
}

/// One lexical item starting at a `<`.
pub(super) enum Token {
    Tag(Tag),
    /// A comment, doctype or processing instruction: skipped.
    Skip,
    /// A `<` that starts no markup: literal text.
    Text,
}

pub(super) struct Tag {
    pub(super) name: String,
    pub(super) closing: bool,
    pub(super) self_closing: bool,
    pub(super) attrs: Vec<(String, String)>,
}

impl Tag {
    pub(super) fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

/// Reads the token at `lt` (which holds `<`); returns it and the byte after it.
pub(super) fn read_token(html: &str, lt: usize) -> (Token, usize) {
    let rest = &html[lt + 1..];
    if let Some(body) = rest.strip_prefix("!--") {
        let end = body.find("-->").map_or(html.len(), |i| lt + 4 + i + 3);
        return (Token::Skip, end);
    }
    if rest.starts_with('!') || rest.starts_with('?') {
        let end = rest.find('>').map_or(html.len(), |i| lt + 1 + i + 1);
        return (Token::Skip, end);
    }
    let (closing, after_slash) = match rest.strip_prefix('/') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    if !after_slash.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return (Token::Text, lt + 1);
    }
    let name_len = after_slash
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == ':'))
        .unwrap_or(after_slash.len());
    let name = after_slash[..name_len].to_ascii_lowercase();
    let attrs_start = lt + 1 + usize::from(closing) + name_len;
    let (attrs, self_closing, end) = read_attributes(html, attrs_start);
    (
        Token::Tag(Tag {
            name,
            closing,
            self_closing,
            attrs,
        }),
        end,
    )
}

/// Reads attributes from `start` up to the closing `>`; returns them, whether the tag ends
/// with `/>`, and the byte after `>` (or the end of input).
fn read_attributes(html: &str, start: usize) -> (Vec<(String, String)>, bool, usize) {
    let bytes = html.as_bytes();
    let mut attrs = Vec::new();
    let mut i = start;
    let mut self_closing = false;
    loop {
        while i < bytes.len() && (bytes[i].is_ascii_whitespace() || bytes[i] == b'/') {
            self_closing = bytes[i] == b'/';
            i += 1;
        }
        if i >= bytes.len() {
            return (attrs, self_closing, bytes.len());
        }
        if bytes[i] == b'>' {
            return (attrs, self_closing, i + 1);
        }
        self_closing = false;
        let name_start = i;
        while i < bytes.len() && !matches!(bytes[i], b'=' | b'>' | b'/') {
            if bytes[i].is_ascii_whitespace() {
                break;
            }
            i += 1;
        }
        let name = html[name_start..i].to_ascii_lowercase();
        while i < bytes.len() && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        let mut value = String::new();
        if i < bytes.len() && bytes[i] == b'=' {
            i += 1;
            while i < bytes.len() && bytes[i].is_ascii_whitespace() {
                i += 1;
            }
            let (v, next) = read_value(html, i);
            value = v;
            i = next;
        }
        if !name.is_empty() {
            attrs.push((name, value));
        }
    }
}

fn read_value(html: &str, i: usize) -> (String, usize) {
    let bytes = html.as_bytes();
    match bytes.get(i) {
        Some(&q @ (b'"' | b'\'')) => {
            let end = html[i + 1..]
                .find(q as char)
                .map_or(html.len(), |j| i + 1 + j);
            (html[i + 1..end].to_string(), (end + 1).min(html.len()))
        }
        _ => {
            let end = html[i..]
                .find(|c: char| c.is_ascii_whitespace() || c == '>')
                .map_or(html.len(), |j| i + j);
            (html[i..end].to_string(), end)
        }
    }
}

/// The raw content of a `<name>` element starting at `from`, and the byte after its closing
/// tag (or the end of input when it is never closed).
pub(super) fn raw_content<'a>(html: &'a str, from: usize, name: &str) -> (&'a str, usize) {
    let bytes = html.as_bytes();
    let mut i = from;
    while let Some(j) = html[i..].find("</").map(|j| i + j) {
        let name_end = j + 2 + name.len();
        let matches_name = bytes
            .get(j + 2..name_end)
            .is_some_and(|n| n.eq_ignore_ascii_case(name.as_bytes()));
        let ends_name = bytes
            .get(name_end)
            .is_none_or(|&b| b == b'>' || b == b'/' || b.is_ascii_whitespace());
        if matches_name && ends_name {
            let close = html[name_end..]
                .find('>')
                .map_or(html.len(), |k| name_end + k + 1);
            return (&html[from..j], close);
        }
        i = j + 2;
    }
    (&html[from..], html.len())
}

pub(super) fn collapse_spaces(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

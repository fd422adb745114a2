//! Input: turning the bytes of a dropped, picked or named file into article text.
//!
//! [`decode`] checks size, rejects binary and non-UTF-8 data with a message a reader can act
//! on, strips a byte-order mark (or blanks it, when offsets must match the file), decodes
//! UTF-16 files that announce themselves with a BOM, and reduces HTML to readable text
//! ([`html_to_text`]: a small hand-written tokenizer, no regex). [`guess_name`] proposes a
//! source name from the file name, the page's site name or the first line.
//!
//! This module does not judge what is article body (see `boilerplate`) and never panics on any
//! input. Plain text is returned unchanged apart from the BOM: line endings stay as they are so
//! that offsets into a `.txt` file are offsets into the returned text.

use std::fmt;

use crate::lexicon::html::{BLOCKS, DROPPED, RAW};

/// The largest file accepted: far above any news article, small enough to keep the page fast.
pub const MAX_INPUT_BYTES: usize = 4 * 1024 * 1024;

/// Why a file cannot be used as an article. Display gives a message without the file name;
/// callers prefix it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InputError {
    /// Nothing but whitespace (or, for HTML, nothing readable once markup is removed).
    Empty { was_html: bool },
    /// NUL bytes, many control characters or the signature of a known binary format.
    Binary { format: Option<&'static str> },
    /// Not valid UTF-8; `offset` is the first invalid byte.
    NotUtf8 { offset: usize },
    /// Over [`MAX_INPUT_BYTES`].
    TooLarge { bytes: usize, limit: usize },
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InputError::Empty { was_html: false } => write!(f, "is empty: there is no text in it"),
            InputError::Empty { was_html: true } => write!(
                f,
                "has no readable text once the page's markup, scripts and styles are removed"
            ),
            InputError::Binary { format: Some(what) } => write!(
                f,
                "looks like a binary file ({what}), not text: copy the article's text out of it \
                 and paste it instead"
            ),
            InputError::Binary { format: None } => write!(
                f,
                "looks like a binary file, not text: use a .txt, .md or .html file, or paste the \
                 article's text"
            ),
            InputError::NotUtf8 { offset } => write!(
                f,
                "is not UTF-8 text (invalid byte at offset {offset}): save it as UTF-8 and try \
                 again, or paste the text"
            ),
            InputError::TooLarge { bytes, limit } => write!(
                f,
                "is too large ({} KiB; the limit is {} KiB): is it really one article?",
                bytes.div_ceil(1024),
                limit / 1024
            ),
        }
    }
}

impl std::error::Error for InputError {}

/// How the text relates to the file's bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fidelity {
    /// For people: a UTF-8 BOM is removed.
    Tidy,
    /// For tools that report byte offsets into the file (the CLI): a UTF-8 BOM is replaced by
    /// three spaces, so every offset into plain text is also an offset into the file.
    FileOffsets,
}

/// What kind of document the bytes hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Plain,
    Html,
}

/// A decoded article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub format: Format,
    /// A proposed source name (see [`guess_name`]); may be empty if nothing fits.
    pub name: String,
}

/// Decodes one file. `file_name` (may be empty) picks the format by extension; without a known
/// extension, text that starts like an HTML document is treated as HTML.
pub fn decode(file_name: &str, bytes: &[u8], fidelity: Fidelity) -> Result<Decoded, InputError> {
    if bytes.len() > MAX_INPUT_BYTES {
        return Err(InputError::TooLarge {
            bytes: bytes.len(),
            limit: MAX_INPUT_BYTES,
        });
    }
    let text = decode_text(bytes, fidelity)?;
    let format = format_of(file_name, &text);
    let (text, site) = match format {
        Format::Plain => (text, None),
        Format::Html => {
            let page = html_to_text(&text);
            (page.text, page.site_name.or(page.title))
        }
    };
    if text.trim().is_empty() {
        return Err(InputError::Empty {
            was_html: format == Format::Html,
        });
    }
    let name = guess_name(Some(file_name), site.as_deref(), &text);
    Ok(Decoded { text, format, name })
}

/// Bytes to text: BOM handling, binary and encoding checks.
fn decode_text(bytes: &[u8], fidelity: Fidelity) -> Result<String, InputError> {
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        let text = utf8(rest, 3)?;
        return Ok(match fidelity {
            Fidelity::Tidy => text,
            Fidelity::FileOffsets => format!("   {text}"),
        });
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return utf16(rest, u16::from_le_bytes);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return utf16(rest, u16::from_be_bytes);
    }
    utf8(bytes, 0)
}

fn utf8(bytes: &[u8], base: usize) -> Result<String, InputError> {
    if let Some(format) = binary_signature(bytes) {
        return Err(InputError::Binary {
            format: Some(format),
        });
    }
    if looks_binary(bytes) {
        return Err(InputError::Binary { format: None });
    }
    String::from_utf8(bytes.to_vec()).map_err(|e| InputError::NotUtf8 {
        offset: base + e.utf8_error().valid_up_to(),
    })
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Result<String, InputError> {
    let units = bytes.chunks(2).map(|pair| match pair {
        [a, b] => unit([*a, *b]),
        _ => 0xFFFD,
    });
    let text: String = char::decode_utf16(units)
        .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect();
    if text.contains('\0') {
        return Err(InputError::Binary { format: None });
    }
    Ok(text)
}

/// Well-known binary formats people might drop by mistake.
fn binary_signature(bytes: &[u8]) -> Option<&'static str> {
    const SIGNATURES: &[(&[u8], &str)] = &[
        (b"%PDF", "a PDF document"),
        (
            b"PK\x03\x04",
            "a ZIP archive, e.g. a Word or OpenDocument file",
        ),
        (b"\xD0\xCF\x11\xE0", "an old Word or Office document"),
        (b"{\\rtf", "an RTF document"),
        (b"\x89PNG", "a PNG image"),
        (b"\xFF\xD8\xFF", "a JPEG image"),
        (b"GIF8", "a GIF image"),
        (b"\x1F\x8B", "a gzip archive"),
        (b"\0asm", "a WebAssembly module"),
    ];
    SIGNATURES
        .iter()
        .find(|(magic, _)| bytes.starts_with(magic))
        .map(|(_, what)| *what)
}

/// NUL bytes, or more than one in twenty of the first 8 KiB being control characters other
/// than tab, line feed, form feed and carriage return.
fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) || bytes.contains(&0) {
        return true;
    }
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C))
        .count();
    controls * 20 > head.len()
}

fn format_of(file_name: &str, text: &str) -> Format {
    match extension(file_name).as_deref() {
        Some("html" | "htm" | "xhtml" | "shtml") => Format::Html,
        Some("txt" | "text" | "md" | "markdown") => Format::Plain,
        _ if starts_like_html(text) => Format::Html,
        _ => Format::Plain,
    }
}

fn extension(file_name: &str) -> Option<String> {
    let base = base_name(file_name);
    let dot = base.rfind('.')?;
    (dot > 0).then(|| base[dot + 1..].to_ascii_lowercase())
}

fn base_name(file_name: &str) -> &str {
    file_name.rsplit(['/', '\\']).next().unwrap_or(file_name)
}

fn starts_like_html(text: &str) -> bool {
    let head: String = text
        .trim_start_matches('\u{feff}')
        .trim_start()
        .chars()
        .take(15)
        .collect::<String>()
        .to_ascii_lowercase();
    head.starts_with("<!doctype html") || head.starts_with("<html")
}

/// Readable text of an HTML page plus what it says about itself.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HtmlText {
    /// Paragraphs, headings and list items on their own lines, blank lines between blocks.
    pub text: String,
    pub title: Option<String>,
    /// `<meta property="og:site_name">` or `application-name`.
    pub site_name: Option<String>,
}

/// Reduces HTML to readable text. Scripts, styles, `<head>` and similar are dropped; blocks
/// (paragraphs, headings, list items…) become lines separated by a blank line, `<br>` a line
/// break; entities are decoded; other whitespace collapses to single spaces except in `<pre>`.
pub fn html_to_text(html: &str) -> HtmlText {
    let mut out = TextBuilder::default();
    let mut page = HtmlText::default();
    let mut dropped: Vec<String> = Vec::new();
    let mut pre_depth = 0usize;
    let mut pos = 0;
    while pos < html.len() {
        let Some(lt) = html[pos..].find('<').map(|i| pos + i) else {
            if dropped.is_empty() {
                out.push_text(&decode_entities(&html[pos..]), pre_depth > 0);
            }
            break;
        };
        if lt > pos && dropped.is_empty() {
            out.push_text(&decode_entities(&html[pos..lt]), pre_depth > 0);
        }
        let (token, next) = read_token(html, lt);
        pos = next.max(lt + 1);
        let tag = match token {
            Token::Tag(tag) => tag,
            Token::Skip => continue,
            Token::Text => {
                if dropped.is_empty() {
                    out.push_text("<", pre_depth > 0);
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
                out.push_text(&decode_entities(content), false);
            }
            continue;
        }
        if tag.name == "meta" {
            read_meta(&tag, &mut page);
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
        if !dropped.is_empty() {
            continue;
        }
        if tag.name == "pre" {
            if tag.closing {
                pre_depth = pre_depth.saturating_sub(1);
            } else if !tag.self_closing {
                pre_depth += 1;
            }
        }
        if tag.name == "br" {
            out.line_break();
        } else if BLOCKS.contains(&tag.name.as_str()) {
            out.block_break();
        } else if matches!(tag.name.as_str(), "td" | "th") && !tag.closing {
            out.push_text(" ", false);
        }
    }
    page.text = out.finish();
    page
}

fn non_empty(s: String) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.to_string())
}

fn read_meta(tag: &Tag, page: &mut HtmlText) {
    let key = tag
        .attr("property")
        .or_else(|| tag.attr("name"))
        .map(str::to_ascii_lowercase);
    let content = tag.attr("content").map(decode_entities);
    if let (Some(key), Some(content)) = (key, content) {
        if matches!(key.as_str(), "og:site_name" | "application-name") && page.site_name.is_none() {
            page.site_name = non_empty(collapse_spaces(&content));
        }
    }
}

/// Builds the output text, collapsing whitespace and keeping at most one blank line.
#[derive(Default)]
struct TextBuilder {
    text: String,
    /// Pending break: 0 none, 1 line break, 2 blank line.
    pending: u8,
    space: bool,
}

impl TextBuilder {
    fn push_text(&mut self, s: &str, preformatted: bool) {
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
        self.pending = 0;
        self.space = false;
    }

    fn line_break(&mut self) {
        self.pending = self.pending.max(1);
        self.space = false;
    }

    fn block_break(&mut self) {
        self.pending = 2;
        self.space = false;
    }

    fn finish(self) -> String {
        self.text
    }
}

/// One lexical item starting at a `<`.
enum Token {
    Tag(Tag),
    /// A comment, doctype or processing instruction: skipped.
    Skip,
    /// A `<` that starts no markup: literal text.
    Text,
}

struct Tag {
    name: String,
    closing: bool,
    self_closing: bool,
    attrs: Vec<(String, String)>,
}

impl Tag {
    fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

/// Reads the token at `lt` (which holds `<`); returns it and the byte after it.
fn read_token(html: &str, lt: usize) -> (Token, usize) {
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
fn raw_content<'a>(html: &'a str, from: usize, name: &str) -> (&'a str, usize) {
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

fn collapse_spaces(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Decodes character references: named ones common in news pages, decimal and hexadecimal.
/// Anything unrecognised is kept as written.
pub fn decode_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        match entity(after) {
            Some((c, len)) => {
                out.push(c);
                rest = &after[len..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The character a reference (text after `&`) stands for and how many bytes it used,
/// including a closing `;`.
fn entity(after: &str) -> Option<(char, usize)> {
    let end = after
        .char_indices()
        .take(33)
        .find(|&(_, c)| !(c.is_ascii_alphanumeric() || c == '#'))
        .map_or(after.len().min(33), |(i, _)| i);
    let body = &after[..end];
    let semicolon = after[end..].starts_with(';');
    let used = end + usize::from(semicolon);
    if let Some(num) = body.strip_prefix('#') {
        let value = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse::<u32>().ok()?,
        };
        return Some((numeric_char(value), used));
    }
    if !semicolon && !matches!(body, "amp" | "lt" | "gt" | "quot" | "nbsp") {
        return None;
    }
    named_entity(body).map(|c| (c, used))
}

/// A numeric reference as HTML reads it: Windows-1252 in 0x80–0x9F, U+FFFD when invalid.
fn numeric_char(value: u32) -> char {
    const CP1252: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
        '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
        'ž', 'Ÿ',
    ];
    match value {
        0 => char::REPLACEMENT_CHARACTER,
        0x80..=0x9F => CP1252[(value - 0x80) as usize],
        _ => char::from_u32(value).unwrap_or(char::REPLACEMENT_CHARACTER),
    }
}

fn named_entity(name: &str) -> Option<char> {
    const NAMED: &[(&str, char)] = &[
        ("amp", '&'),
        ("lt", '<'),
        ("gt", '>'),
        ("quot", '"'),
        ("apos", '\''),
        ("nbsp", '\u{a0}'),
        ("ndash", '–'),
        ("mdash", '—'),
        ("hellip", '…'),
        ("lsquo", '‘'),
        ("rsquo", '’'),
        ("sbquo", '‚'),
        ("ldquo", '“'),
        ("rdquo", '”'),
        ("bdquo", '„'),
        ("laquo", '«'),
        ("raquo", '»'),
        ("lsaquo", '‹'),
        ("rsaquo", '›'),
        ("prime", '′'),
        ("Prime", '″'),
        ("bull", '•'),
        ("middot", '·'),
        ("copy", '©'),
        ("reg", '®'),
        ("trade", '™'),
        ("deg", '°'),
        ("euro", '€'),
        ("pound", '£'),
        ("yen", '¥'),
        ("cent", '¢'),
        ("sect", '§'),
        ("para", '¶'),
        ("times", '×'),
        ("divide", '÷'),
        ("plusmn", '±'),
        ("frac12", '½'),
        ("frac14", '¼'),
        ("frac34", '¾'),
        ("shy", '\u{ad}'),
        ("zwj", '\u{200d}'),
        ("zwnj", '\u{200c}'),
        ("thinsp", '\u{2009}'),
        ("ensp", '\u{2002}'),
        ("emsp", '\u{2003}'),
        ("iexcl", '¡'),
        ("iquest", '¿'),
        ("agrave", 'à'),
        ("aacute", 'á'),
        ("acirc", 'â'),
        ("atilde", 'ã'),
        ("auml", 'ä'),
        ("aring", 'å'),
        ("aelig", 'æ'),
        ("ccedil", 'ç'),
        ("egrave", 'è'),
        ("eacute", 'é'),
        ("ecirc", 'ê'),
        ("euml", 'ë'),
        ("igrave", 'ì'),
        ("iacute", 'í'),
        ("icirc", 'î'),
        ("iuml", 'ï'),
        ("ntilde", 'ñ'),
        ("ograve", 'ò'),
        ("oacute", 'ó'),
        ("ocirc", 'ô'),
        ("otilde", 'õ'),
        ("ouml", 'ö'),
        ("oslash", 'ø'),
        ("ugrave", 'ù'),
        ("uacute", 'ú'),
        ("ucirc", 'û'),
        ("uuml", 'ü'),
        ("yacute", 'ý'),
        ("yuml", 'ÿ'),
        ("szlig", 'ß'),
        ("Agrave", 'À'),
        ("Aacute", 'Á'),
        ("Acirc", 'Â'),
        ("Auml", 'Ä'),
        ("Aring", 'Å'),
        ("Ccedil", 'Ç'),
        ("Egrave", 'È'),
        ("Eacute", 'É'),
        ("Iacute", 'Í'),
        ("Ntilde", 'Ñ'),
        ("Oacute", 'Ó'),
        ("Ouml", 'Ö'),
        ("Oslash", 'Ø'),
        ("Uacute", 'Ú'),
        ("Uuml", 'Ü'),
    ];
    NAMED.iter().find(|(n, _)| *n == name).map(|(_, c)| *c)
}

/// Longest name proposed, in characters.
const NAME_MAX_CHARS: usize = 48;

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

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn tidy(name: &str, bytes: &[u8]) -> Result<Decoded, InputError> {
        decode(name, bytes, Fidelity::Tidy)
    }

    #[test]
    fn plain_text_is_kept_byte_for_byte() {
        let text = "Headline\r\n\r\n“Quoted,” she said.\n";
        let d = tidy("a.txt", text.as_bytes()).unwrap();
        assert_eq!(d.text, text);
        assert_eq!(d.format, Format::Plain);
    }

    #[test]
    fn bom_is_stripped_or_blanked() {
        let bytes = b"\xEF\xBB\xBFHello world";
        assert_eq!(tidy("a.txt", bytes).unwrap().text, "Hello world");
        let exact = decode("a.txt", bytes, Fidelity::FileOffsets).unwrap();
        assert_eq!(exact.text, "   Hello world");
        assert_eq!(exact.text.len(), bytes.len());
    }

    #[test]
    fn utf16_with_bom_is_decoded() {
        let mut bytes = vec![0xFF, 0xFE];
        for unit in "Grüße".encode_utf16() {
            bytes.extend(unit.to_le_bytes());
        }
        assert_eq!(tidy("a.txt", &bytes).unwrap().text, "Grüße");
    }

    #[test]
    fn errors_are_values_with_messages() {
        let binary = tidy("x.txt", b"abc\0def").unwrap_err();
        assert_eq!(binary, InputError::Binary { format: None });
        assert!(binary.to_string().contains("looks like a binary file"));

        let pdf = tidy("x.pdf", b"%PDF-1.7 ...").unwrap_err();
        assert!(pdf.to_string().contains("PDF"));

        let latin1 = tidy("x.txt", b"caf\xE9 au lait").unwrap_err();
        assert_eq!(latin1, InputError::NotUtf8 { offset: 3 });
        assert!(latin1.to_string().contains("UTF-8"));

        assert_eq!(
            tidy("x.txt", b"  \n\t ").unwrap_err(),
            InputError::Empty { was_html: false }
        );
        assert_eq!(
            tidy("x.html", b"<html><script>var a = 1;</script></html>").unwrap_err(),
            InputError::Empty { was_html: true }
        );
        let big = vec![b'a'; MAX_INPUT_BYTES + 1];
        assert!(matches!(
            tidy("x.txt", &big),
            Err(InputError::TooLarge { .. })
        ));
    }

    #[test]
    fn control_characters_mean_binary() {
        let bytes: Vec<u8> = (0..200u8)
            .map(|i| if i % 3 == 0 { 1 } else { b'a' })
            .collect();
        assert!(matches!(
            tidy("x.txt", &bytes),
            Err(InputError::Binary { .. })
        ));
    }

    #[test]
    fn html_is_reduced_to_readable_text() {
        let html = r#"<!DOCTYPE html><html><head><title>Big news &amp; more</title>
            <meta property="og:site_name" content="The Daily Example">
            <style>p { color: red }</style></head>
            <body><nav>Home</nav><script>if (a < b) { alert("x</p>") }</script>
            <h1>North   Korea
            responds</h1><p>It said it would &ldquo;respond&rdquo; &#8212; firmly.<br>New line.</p>
            <!-- a <p>comment</p> --><ul><li>One</li><li>Two &amp; three</li></ul>
            <noscript>Enable JavaScript</noscript><p>5 &lt; 6 &unknown; AT&T</p></body></html>"#;
        let page = html_to_text(html);
        assert_eq!(
            page.text,
            "Home\n\nNorth Korea responds\n\nIt said it would “respond” — firmly.\nNew line.\n\n\
             One\n\nTwo & three\n\n5 < 6 &unknown; AT&T"
        );
        assert_eq!(page.title.as_deref(), Some("Big news & more"));
        assert_eq!(page.site_name.as_deref(), Some("The Daily Example"));
    }

    #[test]
    fn html_is_sniffed_without_extension() {
        let d = tidy("", b"<!doctype html><p>Hello <b>there</b></p>").unwrap();
        assert_eq!(d.format, Format::Html);
        assert_eq!(d.text, "Hello there");
        let d = tidy("notes.txt", b"<p>kept as typed</p>").unwrap();
        assert_eq!(d.text, "<p>kept as typed</p>");
    }

    #[test]
    fn stray_angle_brackets_are_text() {
        assert_eq!(html_to_text("a < b and c<3 <").text, "a < b and c<3 <");
    }

    #[test]
    fn entities() {
        assert_eq!(
            decode_entities("&#x41;&#66;&#146;&#0;&nbsp&amp&bogus;&#xZZ;"),
            "AB’\u{fffd}\u{a0}&&bogus;&#xZZ;"
        );
    }

    #[test]
    fn names_are_guessed() {
        assert_eq!(
            name_from_file("03_kyiv-independent.txt"),
            "Kyiv Independent"
        );
        assert_eq!(name_from_file("dir/BBC_News.html"), "BBC News");
        assert_eq!(name_from_file("2024.txt"), "2024");
        assert_eq!(
            guess_name(None, None, "\n\n  North Korea slams NATO  \nBody"),
            "North Korea slams NATO"
        );
        let long = "A very long headline that goes on and on about the summit declaration";
        let short = guess_name(None, None, long);
        assert!(short.ends_with('…') && short.chars().count() <= NAME_MAX_CHARS + 1);
        assert_eq!(guess_name(Some("page.html"), Some("  Site  "), "x"), "Site");
        let d = tidy(
            "article.html",
            b"<meta name=application-name content=Outlet><p>Text</p>",
        )
        .unwrap();
        assert_eq!(d.name, "Outlet");
    }

    fn htmlish() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            Just("<".to_string()),
            Just(">".to_string()),
            Just("</".to_string()),
            Just("<!--".to_string()),
            Just("-->".to_string()),
            Just("<script>".to_string()),
            Just("</script".to_string()),
            Just("<p class=\"a".to_string()),
            Just("<br/>".to_string()),
            Just("<pre>".to_string()),
            Just("<head>".to_string()),
            Just("&".to_string()),
            Just("&#x".to_string()),
            Just("&#99999999999;".to_string()),
            Just("&amp;".to_string()),
            Just("<meta property=og:site_name content='".to_string()),
            "\\PC{0,6}",
        ];
        proptest::collection::vec(piece, 0..40).prop_map(|v| v.concat())
    }

    proptest! {
        #[test]
        fn decode_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..400),
                               name in "\\PC{0,12}") {
            for fidelity in [Fidelity::Tidy, Fidelity::FileOffsets] {
                if let Ok(d) = decode(&name, &bytes, fidelity) {
                    prop_assert!(!d.text.trim().is_empty());
                }
            }
        }

        #[test]
        fn html_never_panics(html in htmlish()) {
            let page = html_to_text(&html);
            prop_assert!(!page.text.contains("\n\n\n"));
            prop_assert!(!page.text.starts_with(char::is_whitespace));
            let _ = decode("x.html", html.as_bytes(), Fidelity::Tidy);
        }

        #[test]
        fn names_never_panic(file in "\\PC{0,80}", text in "\\PC{0,200}") {
            let name = guess_name(Some(&file), None, &text);
            prop_assert!(name.chars().count() <= NAME_MAX_CHARS + 1);
            let _ = name_from_first_line(&text);
        }
    }
}

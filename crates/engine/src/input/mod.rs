//! Input: turning the bytes of a dropped, picked or named file into article text.
//!
//! [`decode`] checks size, rejects binary and non-UTF-8 data with a message a reader can act
//! on, strips a byte-order mark (or blanks it, when offsets must match the file), decodes
//! UTF-16 files that announce themselves with a BOM, and reduces HTML to readable text
//! ([`html_to_text`]: a small hand-written tokenizer, no regex). [`guess_name`] proposes a
//! source name from the file name, the page's site name or the first line.
//!
//! Beyond finding a page's article, this module does not judge what is article body (see
//! `boilerplate`); it never panics on any input. Plain text is returned unchanged apart from
//! the BOM: line endings stay as they are so that offsets into a `.txt` file are offsets into
//! the returned text.
//!
//! HTML pages are read for their article ([`extract_article`]: the page's chrome is left out
//! the way Mozilla Readability leaves it out).
//!
//! Files: `html` (tokenizer, HTML → text), `tree` (a light element tree), `readable` (the
//! article of a page), `entities` (character references), `names` (source names).

mod entities;
mod html;
mod names;
mod readable;
#[cfg(test)]
mod tests;
mod tree;

pub use entities::decode_entities;
pub use html::{html_to_text, HtmlText};
use names::base_name;
pub use names::{guess_name, name_from_file, name_from_first_line};
pub use readable::extract_article;

use std::fmt;

/// The largest file accepted: far above any news article, small enough to keep the page fast.
pub const MAX_INPUT_BYTES: usize = 4 * 1024 * 1024;

/// Why a file cannot be used as an article. Display gives a message without the file name;
/// callers prefix it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InputError {
    /// Nothing but whitespace (or, for HTML, nothing readable once markup is removed).
    Empty {
        /// Whether the file was HTML.
        was_html: bool,
    },
    /// NUL bytes, many control characters or the signature of a known binary format.
    Binary {
        /// The format its signature names ("PDF", "ZIP"), when known.
        format: Option<&'static str>,
    },
    /// Not valid UTF-8; `offset` is the first invalid byte.
    NotUtf8 {
        /// Byte offset of the first invalid byte.
        offset: usize,
    },
    /// Over [`MAX_INPUT_BYTES`].
    TooLarge {
        /// The file's size.
        bytes: usize,
        /// The largest size accepted.
        limit: usize,
    },
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
    /// Plain text (`.txt`, `.md` or no markup).
    Plain,
    /// HTML, reduced to its readable text.
    Html,
}

/// A decoded article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    /// The article text.
    pub text: String,
    /// What the bytes were.
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
            let page = extract_article(&text);
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

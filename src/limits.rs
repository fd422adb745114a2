//! The input limits of the browser app, defined once: how large one article may be, how many
//! articles and how much text one comparison may hold, and how much a share link may unpack to.
//! They agree with each other by construction (each later limit is derived from the earlier
//! ones), every front door (typing, files, share links, Compare) checks them before any work
//! starts, and every refusal says what to do. README § "Limits" documents them.
//!
//! Plain `std`, tested natively (`tests/it/hostile.rs`).

use std::fmt;

/// The largest file read as an article: the engine's own cap on a file's bytes (HTML files
/// carry markup, so their text is smaller).
pub const MAX_FILE_BYTES: usize = parallax_engine::input::MAX_INPUT_BYTES;

/// The most text one article may hold, in UTF-8 bytes: some 80,000 words, far above any news
/// article (a long feature is under 100 KB). A file may be larger ([`MAX_FILE_BYTES`]: a saved
/// web page is mostly markup), but the text read from it may not.
pub const MAX_ARTICLE_BYTES: usize = 512 * 1024;

/// The most articles one comparison (and one share link) may hold.
pub const MAX_ARTICLES: usize = 200;

/// The most text one comparison may hold, all articles together, in UTF-8 bytes: two articles
/// at [`MAX_ARTICLE_BYTES`]. Fifty long news articles (1,500 words each) are about 450 KB. At
/// this size the slowest text measured (a long article of reprinted reports, quotes repeated
/// throughout) compares in about 2.5 s natively, so the browser finishes well within 10 s.
pub const MAX_COMPARISON_BYTES: usize = 2 * MAX_ARTICLE_BYTES;

/// The most bytes of JSON a share link may unpack to: a comparison at its limit, with room for
/// JSON's escapes (a quote mark or line break takes two bytes) and the names. Past this the
/// link is refused while it is unpacked, before any of it is parsed.
pub const MAX_LINK_INFLATED_BYTES: usize = MAX_COMPARISON_BYTES + MAX_COMPARISON_BYTES / 4;

/// The longest source name kept, in bytes (a longer one is refused, not cut).
pub const MAX_NAME_BYTES: usize = 1024;

/// Why a set of articles cannot be compared (or opened from a link). Display says what to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LimitError {
    /// One article holds more than [`MAX_ARTICLE_BYTES`].
    ArticleTooLong {
        /// 0-based position among the articles given.
        index: usize,
        /// Its name as given (may be empty).
        name: String,
        bytes: usize,
    },
    /// A name longer than [`MAX_NAME_BYTES`].
    NameTooLong { index: usize, bytes: usize },
    /// More than [`MAX_ARTICLES`] articles.
    TooManyArticles { count: usize },
    /// More than [`MAX_COMPARISON_BYTES`] of text in all.
    ComparisonTooLarge { bytes: usize },
}

impl fmt::Display for LimitError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LimitError::ArticleTooLong { index, name, bytes } => {
                let which = match name.trim() {
                    "" => format!("Article {}", index + 1),
                    name => format!("“{}”", shorten(name)),
                };
                write!(
                    f,
                    "{which} holds {} of text, more than one article may ({}). Is it really one \
                     article? Keep only the article's own text, or split it.",
                    size(*bytes),
                    size(MAX_ARTICLE_BYTES)
                )
            }
            LimitError::NameTooLong { index, bytes } => write!(
                f,
                "The name of article {} is {} long, more than a name may be ({}). Shorten it.",
                index + 1,
                size(*bytes),
                size(MAX_NAME_BYTES)
            ),
            LimitError::TooManyArticles { count } => write!(
                f,
                "{} articles are more than one comparison may hold ({MAX_ARTICLES}). Compare \
                 them in smaller sets.",
                thousands(*count)
            ),
            LimitError::ComparisonTooLarge { bytes } => write!(
                f,
                "These articles hold {} of text together, more than one comparison may ({}). \
                 Remove some articles or shorten the longest ones, then compare again.",
                size(*bytes),
                size(MAX_COMPARISON_BYTES)
            ),
        }
    }
}

impl std::error::Error for LimitError {}

/// Checks `(name, text)` pairs against every limit, in the order a reader would fix them
/// (count, then each article, then the total). Cheap: lengths only, no text is scanned.
pub fn check<'a>(articles: impl IntoIterator<Item = (&'a str, &'a str)>) -> Result<(), LimitError> {
    check_lengths(articles.into_iter().map(|(name, text)| (name, text.len())))
}

/// [`check`] over `(name, text length in bytes)` pairs.
pub fn check_lengths<'a>(
    articles: impl IntoIterator<Item = (&'a str, usize)>,
) -> Result<(), LimitError> {
    let mut count = 0;
    let mut total = 0usize;
    let mut first_problem = None;
    for (index, (name, length)) in articles.into_iter().enumerate() {
        count += 1;
        total = total.saturating_add(length);
        if first_problem.is_some() {
            continue;
        }
        if length > MAX_ARTICLE_BYTES {
            first_problem = Some(LimitError::ArticleTooLong {
                index,
                name: name.to_string(),
                bytes: length,
            });
        } else if name.len() > MAX_NAME_BYTES {
            first_problem = Some(LimitError::NameTooLong {
                index,
                bytes: name.len(),
            });
        }
    }
    if count > MAX_ARTICLES {
        return Err(LimitError::TooManyArticles { count });
    }
    if let Some(problem) = first_problem {
        return Err(problem);
    }
    if total > MAX_COMPARISON_BYTES {
        return Err(LimitError::ComparisonTooLarge { bytes: total });
    }
    Ok(())
}

/// A size for people: "812 KB", "4.0 MB" (binary units, as the limits are).
pub fn size(bytes: usize) -> String {
    const KIB: usize = 1024;
    const MIB: usize = 1024 * 1024;
    if bytes >= MIB {
        format!("{:.1} MB", bytes as f64 / MIB as f64)
    } else if bytes >= KIB {
        format!("{} KB", bytes.div_ceil(KIB))
    } else {
        format!("{bytes} bytes")
    }
}

/// `n` with commas between thousands: 65536 → "65,536".
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// At most 40 characters of untrusted text, for a message.
fn shorten(text: &str) -> String {
    match text.char_indices().nth(40) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_string(),
    }
}

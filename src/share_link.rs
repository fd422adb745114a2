//! Share links: a whole workspace (each article's name and text) packed into a URL fragment,
//! `#share=<payload>`, and unpacked again from a link that may be damaged or hostile.
//!
//! The payload is `1.` (the format) followed by the base64url text (no padding) of the
//! zlib-wrapped deflate of the JSON `{"articles":[{"name":…,"text":…},…]}`; the article marked
//! as the original the others quote also has `"original":true` (absent otherwise, so a link
//! without one is what it always was, and a version that does not know the field ignores it).
//! The zlib checksum catches links that were cut or altered when copied.
//!
//! Unpacking treats the link as untrusted input: it never panics, never inflates more than
//! [`MAX_INFLATED_BYTES`] (a small link can unpack to gigabytes), and answers every problem with
//! a [`DecodeError`] whose message says what to do. What the articles then become (panels,
//! a comparison) is the UI's business; this module has no web dependencies and is tested
//! natively.

use std::fmt;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use miniz_oxide::inflate::TINFLStatus;
use serde::{Deserialize, Serialize};

use crate::limits::{self, thousands, LimitError};

/// What a share link's fragment starts with, after the `#`.
pub const FRAGMENT_PREFIX: &str = "share=";
/// The format this version writes and reads; the payload starts with it and a dot.
pub const FORMAT: &str = "1";
/// The longest link offered for sharing. Browsers open longer ones, but chat apps, mail
/// clients and some servers cut or refuse them.
pub const MAX_LINK_CHARS: usize = 64 * 1024;
/// The longest payload read from a link (browsers cap URLs near 2 MB anyway).
pub const MAX_PAYLOAD_CHARS: usize = 4 * 1024 * 1024;
/// The most bytes of JSON a payload may unpack to ([`limits::MAX_LINK_INFLATED_BYTES`]: a
/// comparison at its limit and room for JSON's escapes).
pub const MAX_INFLATED_BYTES: usize = limits::MAX_LINK_INFLATED_BYTES;
/// The most articles a link may hold: as many as one comparison ([`limits::MAX_ARTICLES`]).
pub const MAX_ARTICLES: usize = limits::MAX_ARTICLES;

/// Compression level for miniz (0–10): the smallest links short of the slow "uber" level.
const LEVEL: u8 = 9;

/// One article in a share link: what the user typed or loaded.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedArticle {
    pub name: String,
    pub text: String,
    /// Marked as the original the other articles quote; a decoded link has at most one.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub original: bool,
}

impl SharedArticle {
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Self {
        SharedArticle {
            name: name.into(),
            text: text.into(),
            original: false,
        }
    }

    /// This article, marked as the original or not.
    pub fn marked(mut self, original: bool) -> Self {
        self.original = original;
        self
    }
}

/// The JSON inside a payload.
#[derive(Serialize, Deserialize)]
struct Shared {
    articles: Vec<SharedArticle>,
}

/// A share link too long to offer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LinkTooLong {
    /// The link's length in characters.
    pub chars: usize,
}

impl fmt::Display for LinkTooLong {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "A share link for these articles would be {} characters long, more than the {} that \
             browsers, chat apps and mail reliably pass on. Share fewer or shorter articles, or \
             download the report (JSON or Markdown) and send the file instead.",
            thousands(self.chars),
            thousands(MAX_LINK_CHARS)
        )
    }
}

impl std::error::Error for LinkTooLong {}

/// Why a share link could not be opened. Nothing in the workspace changes when this happens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// `#share=` with nothing after it.
    Empty,
    /// The payload names a format this version does not know.
    UnknownFormat(String),
    /// The payload is longer than [`MAX_PAYLOAD_CHARS`].
    PayloadTooLong(usize),
    /// Characters that base64url never uses.
    NotBase64,
    /// The compressed data is cut short or altered (bad stream or checksum).
    Damaged,
    /// The data unpacks to more than [`MAX_INFLATED_BYTES`].
    TooLarge,
    /// It unpacks, but not to a Parallax workspace.
    NotWorkspace,
    /// A workspace with no articles, or none with any text.
    NoArticles,
    /// More than [`MAX_ARTICLES`] articles.
    TooManyArticles(usize),
    /// An article, a name or the whole set over one of the [`limits`].
    OverLimit(LimitError),
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        const KEPT: &str = "Your articles were not changed.";
        match self {
            DecodeError::Empty => write!(f, "The share link holds nothing after “#share=”. {KEPT}"),
            DecodeError::UnknownFormat(format) => write!(
                f,
                "This share link was made in a format this version of Parallax does not know \
                 (“{}”), so it cannot be opened here. {KEPT}",
                shorten(format)
            ),
            DecodeError::PayloadTooLong(chars) => write!(
                f,
                "This share link is {} characters long, more than Parallax opens ({}). {KEPT}",
                thousands(*chars),
                thousands(MAX_PAYLOAD_CHARS)
            ),
            DecodeError::NotBase64 => write!(
                f,
                "This share link is damaged: it contains characters a share link never has. \
                 Copy the whole link again. {KEPT}"
            ),
            DecodeError::Damaged => write!(
                f,
                "This share link is incomplete or damaged, perhaps cut off when it was copied. \
                 Copy the whole link again. {KEPT}"
            ),
            DecodeError::TooLarge => write!(
                f,
                "This share link unpacks to more than {}, more than one comparison may hold \
                 ({} of text). Ask whoever sent it for fewer or shorter articles. {KEPT}",
                limits::size(MAX_INFLATED_BYTES),
                limits::size(limits::MAX_COMPARISON_BYTES)
            ),
            DecodeError::NotWorkspace => {
                write!(f, "This link does not hold Parallax articles. {KEPT}")
            }
            DecodeError::NoArticles => {
                write!(f, "This share link holds no article text. {KEPT}")
            }
            DecodeError::TooManyArticles(n) => write!(
                f,
                "This share link holds {} articles, more than Parallax opens at once ({}). \
                 {KEPT}",
                thousands(*n),
                MAX_ARTICLES
            ),
            DecodeError::OverLimit(problem) => {
                write!(f, "This share link cannot be opened: {problem} {KEPT}")
            }
        }
    }
}

impl std::error::Error for DecodeError {}

/// The payload for `articles`: format, dot, base64url of the compressed JSON.
pub fn encode(articles: &[SharedArticle]) -> String {
    let shared = Shared {
        articles: articles.to_vec(),
    };
    // Serialising a struct of strings cannot fail: there are no maps or non-string keys.
    pack(&serde_json::to_vec(&shared).expect("a list of strings always serialises"))
}

/// `json` packed as a link payload: format, dot, base64url of its zlib-wrapped deflate.
/// Exercise links (`crate::exercise::link`) pack their JSON the same way.
pub fn pack(json: &[u8]) -> String {
    let packed = miniz_oxide::deflate::compress_to_vec_zlib(json, LEVEL);
    format!("{FORMAT}.{}", URL_SAFE_NO_PAD.encode(packed))
}

/// The share link for `articles` on the page at `page_url` (any fragment it has is replaced),
/// or how long it would be when that is more than [`MAX_LINK_CHARS`].
pub fn link(page_url: &str, articles: &[SharedArticle]) -> Result<String, LinkTooLong> {
    let page = page_url.split('#').next().unwrap_or_default();
    let link = format!("{page}#{FRAGMENT_PREFIX}{}", encode(articles));
    match link.chars().count() {
        chars if chars > MAX_LINK_CHARS => Err(LinkTooLong { chars }),
        _ => Ok(link),
    }
}

/// The payload in a URL fragment (`#share=…` or `share=…`), if the fragment is a share link.
pub fn payload_in_fragment(fragment: &str) -> Option<&str> {
    fragment
        .strip_prefix('#')
        .unwrap_or(fragment)
        .strip_prefix(FRAGMENT_PREFIX)
}

/// The articles in `payload`, checked: every way it can be wrong is a [`DecodeError`].
pub fn decode(payload: &str) -> Result<Vec<SharedArticle>, DecodeError> {
    let json = unpack(payload)?;
    let shared: Shared = serde_json::from_slice(&json).map_err(|_| DecodeError::NotWorkspace)?;
    check_articles(shared.articles)
}

/// The articles of a link, when there are not too many and some hold text; of articles marked
/// as the original only the first stays marked.
pub fn check_articles(mut articles: Vec<SharedArticle>) -> Result<Vec<SharedArticle>, DecodeError> {
    let first = articles.iter().position(|a| a.original);
    for (i, a) in articles.iter_mut().enumerate() {
        a.original = Some(i) == first;
    }
    match articles.len() {
        n if n > MAX_ARTICLES => Err(DecodeError::TooManyArticles(n)),
        // A link whose articles hold no text would only empty the workspace.
        _ if articles.iter().all(|a| a.text.trim().is_empty()) => Err(DecodeError::NoArticles),
        _ => {
            limits::check(articles.iter().map(|a| (a.name.as_str(), a.text.as_str())))
                .map_err(DecodeError::OverLimit)?;
            Ok(articles)
        }
    }
}

/// The JSON bytes packed in `payload` (see [`pack`]), checked for format, damage and size.
pub fn unpack(payload: &str) -> Result<Vec<u8>, DecodeError> {
    let payload = payload.trim();
    if payload.is_empty() {
        return Err(DecodeError::Empty);
    }
    if payload.len() > MAX_PAYLOAD_CHARS {
        return Err(DecodeError::PayloadTooLong(payload.chars().count()));
    }
    let Some((format, data)) = payload.split_once('.') else {
        return Err(DecodeError::Damaged);
    };
    if format != FORMAT {
        return Err(DecodeError::UnknownFormat(format.to_string()));
    }
    let packed = URL_SAFE_NO_PAD.decode(data).map_err(|e| match e {
        // A character base64url never uses: the link was altered.
        base64::DecodeError::InvalidByte(..) => DecodeError::NotBase64,
        // A length or last character no whole link has: it was cut off.
        _ => DecodeError::Damaged,
    })?;
    miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(&packed, MAX_INFLATED_BYTES).map_err(
        |e| match e.status {
            TINFLStatus::HasMoreOutput => DecodeError::TooLarge,
            _ => DecodeError::Damaged,
        },
    )
}

/// At most 20 characters of untrusted text, for a message.
fn shorten(text: &str) -> String {
    match text.char_indices().nth(20) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn sample() -> Vec<SharedArticle> {
        vec![
            SharedArticle::new(
                "Outlet A",
                "He said “we reject it” on Monday.\n\nMore text.",
            ),
            SharedArticle::new("", "Ünïcödé — 北朝鮮 🙂"),
        ]
    }

    /// A payload of the current format around arbitrary bytes, compressed.
    fn payload_of_bytes(bytes: &[u8]) -> String {
        let packed = miniz_oxide::deflate::compress_to_vec_zlib(bytes, LEVEL);
        format!("{FORMAT}.{}", URL_SAFE_NO_PAD.encode(packed))
    }

    #[test]
    fn round_trip_keeps_names_texts_and_order() {
        let articles = sample();
        assert_eq!(decode(&encode(&articles)), Ok(articles));
    }

    #[test]
    fn the_original_travels_and_only_one_stays_marked() {
        let plain = sample();
        // No mark: the JSON has no such field, so the link is what it was before marks.
        assert!(!String::from_utf8(unpack(&encode(&plain)).unwrap())
            .unwrap()
            .contains("original"));
        let mut marked = sample();
        marked[1].original = true;
        assert_eq!(decode(&encode(&marked)), Ok(marked.clone()));
        let mut twice = sample();
        twice[0].original = true;
        twice[1].original = true;
        let decoded = decode(&encode(&twice)).unwrap();
        assert_eq!(
            decoded.iter().map(|a| a.original).collect::<Vec<_>>(),
            vec![true, false]
        );
        // A link made before marks (no field at all) opens unmarked.
        let old = pack(br#"{"articles":[{"name":"A","text":"Some text."}]}"#);
        assert_eq!(
            decode(&old),
            Ok(vec![SharedArticle::new("A", "Some text.")])
        );
    }

    #[test]
    fn payload_uses_only_fragment_safe_characters() {
        let payload = encode(&sample());
        assert!(payload.starts_with("1."));
        assert!(payload
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.')));
    }

    #[test]
    fn repeated_text_compresses() {
        let text = "The alliance condemned the launch in the strongest terms. ".repeat(500);
        let articles = vec![SharedArticle::new("A", text.clone()); 3];
        assert!(encode(&articles).len() < text.len() / 10);
    }

    #[test]
    fn link_replaces_the_page_fragment() {
        let link = link("https://example.org/tools/parallax/?x=1#demo", &sample()).unwrap();
        let (page, fragment) = link.split_once('#').unwrap();
        assert_eq!(page, "https://example.org/tools/parallax/?x=1");
        let payload = payload_in_fragment(fragment).unwrap();
        assert_eq!(decode(payload), Ok(sample()));
    }

    #[test]
    fn link_too_long_says_how_long() {
        // Text that does not compress: a long run of distinct numbers.
        let text: String = (0..40_000u64)
            .map(|i| (i.wrapping_mul(2_654_435_761) % 1_000_003).to_string())
            .collect::<Vec<_>>()
            .join(" ");
        let err = link("http://127.0.0.1:8080/", &[SharedArticle::new("Big", text)]).unwrap_err();
        assert!(err.chars > MAX_LINK_CHARS);
        let message = err.to_string();
        assert!(message.contains(&thousands(err.chars)), "{message}");
        assert!(message.contains("JSON"), "{message}");
    }

    #[test]
    fn fragment_must_be_a_share_fragment() {
        assert_eq!(payload_in_fragment("#share=1.abc"), Some("1.abc"));
        assert_eq!(payload_in_fragment("share=1.abc"), Some("1.abc"));
        assert_eq!(payload_in_fragment("#demo"), None);
        assert_eq!(payload_in_fragment(""), None);
    }

    #[test]
    fn empty_and_unknown_formats_are_refused() {
        assert_eq!(decode(""), Err(DecodeError::Empty));
        assert_eq!(decode("  "), Err(DecodeError::Empty));
        let current = encode(&sample());
        let other = current.replacen("1.", "2.", 1);
        assert_eq!(decode(&other), Err(DecodeError::UnknownFormat("2".into())));
        assert_eq!(decode("abcdef"), Err(DecodeError::Damaged));
    }

    #[test]
    fn truncated_or_altered_links_are_damaged() {
        let payload = encode(&sample());
        for cut in [payload.len() - 1, payload.len() - 4, payload.len() / 2, 3] {
            // A link cut short says so; it never claims foreign characters.
            let result = decode(&payload[..cut]);
            assert_eq!(result, Err(DecodeError::Damaged), "cut at {cut}");
            assert!(result.unwrap_err().to_string().contains("cut off"));
        }
        // Flip one character in the middle: the checksum or the stream catches it.
        let mut bytes = payload.into_bytes();
        let middle = bytes.len() / 2;
        bytes[middle] = if bytes[middle] == b'A' { b'B' } else { b'A' };
        let altered = String::from_utf8(bytes).unwrap();
        assert!(decode(&altered).is_err());
    }

    #[test]
    fn a_link_without_text_is_refused() {
        let blank = encode(&[SharedArticle::new("Article 1", "  \n ")]);
        assert_eq!(decode(&blank), Err(DecodeError::NoArticles));
        let one_blank = encode(&[
            SharedArticle::new("A", ""),
            SharedArticle::new("B", "Text."),
        ]);
        assert_eq!(decode(&one_blank).map(|a| a.len()), Ok(2));
    }

    #[test]
    fn characters_outside_base64url_are_refused() {
        assert_eq!(decode("1.ab<script>"), Err(DecodeError::NotBase64));
        assert_eq!(decode("1.ab+/cd"), Err(DecodeError::NotBase64));
    }

    #[test]
    fn a_decompression_bomb_is_refused_without_inflating_it_all() {
        let bomb = payload_of_bytes(&vec![b' '; MAX_INFLATED_BYTES + 1]);
        assert!(bomb.len() < 100_000, "the bomb itself is small");
        assert_eq!(decode(&bomb), Err(DecodeError::TooLarge));
    }

    #[test]
    fn an_oversized_payload_is_refused_before_decoding() {
        let long = format!("1.{}", "A".repeat(MAX_PAYLOAD_CHARS));
        assert!(matches!(decode(&long), Err(DecodeError::PayloadTooLong(_))));
    }

    #[test]
    fn other_json_is_not_a_workspace() {
        for json in [
            &b"not json"[..],
            br#"{"version":1}"#,
            br#"{"articles":[{"name":1,"text":"x"}]}"#,
            b"\xff\xfe",
        ] {
            assert_eq!(
                decode(&payload_of_bytes(json)),
                Err(DecodeError::NotWorkspace)
            );
        }
    }

    #[test]
    fn article_counts_are_checked() {
        assert_eq!(
            decode(&payload_of_bytes(br#"{"articles":[]}"#)),
            Err(DecodeError::NoArticles)
        );
        let many = vec![SharedArticle::default(); MAX_ARTICLES + 1];
        assert_eq!(
            decode(&encode(&many)),
            Err(DecodeError::TooManyArticles(MAX_ARTICLES + 1))
        );
    }

    #[test]
    fn messages_say_nothing_changed() {
        for err in [
            DecodeError::Empty,
            DecodeError::UnknownFormat("x".repeat(100)),
            DecodeError::PayloadTooLong(5_000_000),
            DecodeError::NotBase64,
            DecodeError::Damaged,
            DecodeError::TooLarge,
            DecodeError::NotWorkspace,
            DecodeError::NoArticles,
            DecodeError::TooManyArticles(201),
        ] {
            let message = err.to_string();
            assert!(
                message.ends_with("Your articles were not changed."),
                "{message}"
            );
            assert!(message.len() < 300, "{message}");
        }
    }

    #[test]
    fn thousands_groups_digits() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1000), "1,000");
        assert_eq!(thousands(65_536), "65,536");
        assert_eq!(thousands(1_234_567), "1,234,567");
    }

    proptest! {
        #[test]
        fn any_workspace_round_trips(
            articles in proptest::collection::vec(
                (any::<String>(), any::<String>()).prop_map(|(n, t)| SharedArticle::new(n, t)),
                1..8,
            )
        ) {
            let expected = if articles.iter().all(|a| a.text.trim().is_empty()) {
                Err(DecodeError::NoArticles)
            } else {
                Ok(articles.clone())
            };
            prop_assert_eq!(decode(&encode(&articles)), expected);
        }

        #[test]
        fn any_fragment_decodes_or_errs_without_panicking(fragment in any::<String>()) {
            let _ = decode(payload_in_fragment(&fragment).unwrap_or(&fragment));
        }

        #[test]
        fn any_base64url_payload_decodes_or_errs(data in "[A-Za-z0-9_-]{0,400}") {
            let _ = decode(&format!("1.{data}"));
        }
    }
}

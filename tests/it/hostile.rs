//! The hostile-input corpus (`tests/hostile/`, issue 20), natively: files decoded as a dropped
//! file is, the readable ones compared under hostile names with the handout and CSV checked for
//! live markup and formulas, the limits and share links refusing what they must (quickly, with
//! a message saying what to do), and adversarial quote marks compared without a panic.

use std::path::Path;
use std::time::{Duration, Instant};

use parallax::limits::{self, LimitError};
use parallax::share_link::{self, DecodeError, SharedArticle};
use parallax_engine::input::{decode, Fidelity, InputError};
use parallax_engine::render::{csv, markdown};
use parallax_engine::{compare, Source};
use pulldown_cmark::{Event, Options, Parser, Tag};

fn hostile(name: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/hostile")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()))
}

/// Names that carry markup, Markdown, formula starters and separators.
const HOSTILE_NAMES: &[&str] = &[
    "<img src=x onerror=alert(1)>",
    "[x](javascript:alert(2))",
    "=1+1",
    ";=1+1;",
    "＝SUM(A1)",
    "<script>alert(3)</script>",
    "![t](https://example.invalid/p.png)",
    "@cmd",
];

const READABLE: &[&str] = &[
    "rtl.txt",
    "combining.txt",
    "emoji.txt",
    "markup.html",
    "formula.txt",
];

#[test]
fn files_that_are_not_utf8_text_are_refused_with_what_to_do() {
    for name in [
        "utf16be-no-bom.txt",
        "latin1.txt",
        "binary.pdf",
        "binary-no-extension",
    ] {
        let err = decode(name, &hostile(name), Fidelity::Tidy)
            .expect_err(&format!("{name} must be refused"));
        assert!(
            matches!(err, InputError::NotUtf8 { .. } | InputError::Binary { .. }),
            "{name}: {err:?}"
        );
        let message = err.to_string();
        assert!(
            message.contains("paste") || message.contains("save it as UTF-8"),
            "{name}: the message says what to do: {message}"
        );
    }
    // UTF-16 with a byte-order mark says what it is: it is read.
    let utf16 = decode("utf16le.txt", &hostile("utf16le.txt"), Fidelity::Tidy).unwrap();
    assert!(
        utf16.text.contains("“We will not accept this,”"),
        "{}",
        utf16.text
    );
    let latin1 = decode("latin1.txt", &hostile("latin1.txt"), Fidelity::Tidy).unwrap_err();
    assert!(matches!(latin1, InputError::NotUtf8 { .. }), "{latin1:?}");
    let pdf = decode("binary.pdf", &hostile("binary.pdf"), Fidelity::Tidy).unwrap_err();
    assert!(matches!(pdf, InputError::Binary { .. }), "{pdf:?}");
}

/// The readable files under hostile names, plus a hostile name on the example's first article.
fn readable_sources() -> Vec<Source> {
    READABLE
        .iter()
        .enumerate()
        .map(|(i, file)| {
            let decoded = decode(file, &hostile(file), Fidelity::Tidy)
                .unwrap_or_else(|e| panic!("{file} must be read: {e}"));
            let name = format!("{} {file}", HOSTILE_NAMES[i % HOSTILE_NAMES.len()]);
            Source::new(name, decoded.text)
        })
        .chain(HOSTILE_NAMES.iter().map(|name| {
            Source::new(
                *name,
                format!(
                    "{name} Warns Of Crisis\n\n“We will never accept {name} as a hostile act,” \
                     Minister {name} said on Monday.\n\nOfficials said {name} three ships left."
                ),
            )
        }))
        .collect()
}

#[test]
fn html_is_read_as_text_without_its_scripts() {
    let page = decode("markup.html", &hostile("markup.html"), Fidelity::Tidy).unwrap();
    assert!(!page.text.contains("document.title"), "{}", page.text);
    assert!(!page.text.contains("display:none"), "{}", page.text);
    assert!(page.text.contains("never accept this"), "{}", page.text);
}

#[test]
fn hostile_texts_and_names_compare_and_export_without_live_markup_or_formulas() {
    let sources = readable_sources();
    let report = compare(&sources);
    assert_eq!(report.sources.len(), sources.len());
    // Offsets stay on character boundaries of the original text.
    for q in &report.quotes {
        let text = &sources[q.source].text;
        assert!(
            text.is_char_boundary(q.start) && text.is_char_boundary(q.end),
            "quote {} at {}..{} in {}",
            q.id,
            q.start,
            q.end,
            sources[q.source].name
        );
    }
    let md = markdown::render(&report);
    let mut options = Options::empty();
    options.insert(Options::ENABLE_TABLES);
    options.insert(Options::ENABLE_STRIKETHROUGH);
    for event in Parser::new_ext(&md, options) {
        match event {
            Event::Html(html) | Event::InlineHtml(html) => panic!("live HTML: {html:?}"),
            Event::Start(Tag::Link { dest_url, .. }) => panic!("a link: {dest_url}"),
            Event::Start(Tag::Image { dest_url, .. }) => panic!("an image: {dest_url}"),
            _ => {}
        }
    }
    assert!(
        md.contains("onerror=alert(1)"),
        "the names are still there, as text"
    );
    let table = csv::quote_groups(&report);
    for row in parse_csv(&table) {
        for cell in row {
            let first = cell.trim_start_matches(' ').chars().next();
            assert!(
                !first.is_some_and(|c| "=+-@＝＋－＠\t\r".contains(c)),
                "a CSV cell a spreadsheet would run: {cell:?}"
            );
        }
    }
}

/// Splits CSV text into rows of fields, undoing RFC 4180 quoting.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') if chars.peek() == Some(&'\n') => {
                chars.next();
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    rows
}

/// Checks `f` answers within a second (the limits look at lengths, never at the text).
fn quickly<T>(what: &str, f: impl FnOnce() -> T) -> T {
    let start = Instant::now();
    let out = f();
    assert!(
        start.elapsed() < Duration::from_secs(1),
        "{what} took {:?}",
        start.elapsed()
    );
    out
}

#[test]
fn the_limits_agree_with_each_other() {
    const {
        assert!(limits::MAX_ARTICLE_BYTES <= limits::MAX_FILE_BYTES);
        assert!(limits::MAX_ARTICLE_BYTES <= limits::MAX_COMPARISON_BYTES);
        // A link can carry a whole comparison at its limit, and no more than a little over.
        assert!(share_link::MAX_INFLATED_BYTES >= limits::MAX_COMPARISON_BYTES);
        assert!(share_link::MAX_INFLATED_BYTES <= 2 * limits::MAX_COMPARISON_BYTES);
        assert!(share_link::MAX_ARTICLES == limits::MAX_ARTICLES);
    }
}

#[test]
fn a_huge_paste_is_refused_at_once_with_what_to_do() {
    let paste = "Words of a pasted page. ".repeat(5 * 1024 * 1024 / 24);
    let err = quickly("checking a 5 MB paste", || {
        limits::check([("", paste.as_str()), ("Other", "Short text.")])
    })
    .unwrap_err();
    assert!(
        matches!(err, LimitError::ArticleTooLong { index: 0, .. }),
        "{err:?}"
    );
    let message = err.to_string();
    assert!(
        message.contains("Article 1") && message.contains("split"),
        "{message}"
    );
}

#[test]
fn two_hundred_and_one_articles_are_refused() {
    let many: Vec<(String, String)> = (0..201)
        .map(|i| (format!("Article {i}"), format!("Text {i}.")))
        .collect();
    let err = limits::check(many.iter().map(|(n, t)| (n.as_str(), t.as_str()))).unwrap_err();
    assert_eq!(err, LimitError::TooManyArticles { count: 201 });
    assert!(err.to_string().contains("smaller sets"), "{err}");
    let two_hundred = &many[..200];
    assert_eq!(
        limits::check(two_hundred.iter().map(|(n, t)| (n.as_str(), t.as_str()))),
        Ok(())
    );
}

#[test]
fn a_comparison_over_its_limit_is_refused_even_when_each_article_fits() {
    let article = "x".repeat(limits::MAX_ARTICLE_BYTES);
    let three = [("a", article.as_str()); 3];
    let err = limits::check(three).unwrap_err();
    assert!(
        matches!(err, LimitError::ComparisonTooLarge { .. }),
        "{err:?}"
    );
    assert!(err.to_string().contains("Remove some articles"), "{err}");
    assert_eq!(limits::check([("a", article.as_str())]), Ok(()));
}

fn payload_of_json(json: &[u8]) -> String {
    use base64::engine::general_purpose::URL_SAFE_NO_PAD;
    use base64::Engine as _;
    format!(
        "1.{}",
        URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec_zlib(json, 9))
    )
}

#[test]
fn zip_bomb_like_links_are_refused_without_inflating_them() {
    // 64 MB of spaces compress to a link of some 64 KB.
    let bomb = payload_of_json(&vec![b' '; 64 * 1024 * 1024]);
    let err = quickly("refusing a bomb", || share_link::decode(&bomb)).unwrap_err();
    assert_eq!(err, DecodeError::TooLarge);
    assert!(err.to_string().contains("not changed"), "{err}");
    // A real workspace just past the limit once inflated.
    let text = "a".repeat(share_link::MAX_INFLATED_BYTES);
    let over = share_link::encode(&[SharedArticle::new("big", text)]);
    assert_eq!(share_link::decode(&over), Err(DecodeError::TooLarge));
}

#[test]
fn a_link_within_the_inflation_limit_still_meets_the_article_and_comparison_limits() {
    // Under the inflation limit, but one article over the article limit.
    let big = "word ".repeat(limits::MAX_ARTICLE_BYTES / 5 + 10);
    let payload = share_link::encode(&[
        SharedArticle::new("Big", big),
        SharedArticle::new("Small", "Short."),
    ]);
    let err = share_link::decode(&payload).unwrap_err();
    assert!(
        matches!(
            err,
            DecodeError::OverLimit(LimitError::ArticleTooLong { .. })
        ),
        "{err:?}"
    );
    assert!(err.to_string().contains("not changed"), "{err}");
    // Three articles each within the article limit, over the comparison limit together.
    let part = "word ".repeat(limits::MAX_COMPARISON_BYTES / 3 / 5 + 1000);
    let payload = share_link::encode(&vec![SharedArticle::new("Part", part); 3]);
    assert!(payload.len() < share_link::MAX_LINK_CHARS);
    assert!(matches!(
        share_link::decode(&payload),
        Err(DecodeError::OverLimit(
            LimitError::ComparisonTooLarge { .. }
        ))
    ));
    // 201 articles.
    let many = vec![SharedArticle::new("A", "Text."); 201];
    assert_eq!(
        share_link::decode(&share_link::encode(&many)),
        Err(DecodeError::TooManyArticles(201))
    );
}

#[test]
fn cut_off_and_blank_links_are_refused_with_their_own_messages() {
    let payload = share_link::encode(&[SharedArticle::new("A", "Some text of an article.")]);
    let cut = &payload[..payload.len() - 7];
    let err = share_link::decode(cut).unwrap_err();
    assert_eq!(err, DecodeError::Damaged);
    assert!(err.to_string().contains("cut off"), "{err}");
    let blank = share_link::encode(&[SharedArticle::new("Named", "   \n ")]);
    assert_eq!(share_link::decode(&blank), Err(DecodeError::NoArticles));
}

/// 4,000 near-identical sentences, each opening quotation marks of three kinds nested and never
/// closing most of them, in two articles: the engine must finish without a panic.
#[test]
fn unbalanced_nested_marks_in_near_identical_sentences_compare_without_a_panic() {
    let article = |variant: usize| {
        (0..4000)
            .map(|i| {
                format!(
                    "“He said ‘they «will “not ‘go {} now, {} said «the» minister.",
                    i % 7 + variant,
                    ["Roe", "Doe", "Poe"][i % 3]
                )
            })
            .collect::<Vec<_>>()
            .join(if variant == 0 { " " } else { "\n\n" })
    };
    let sources = vec![
        Source::new("One", article(0)),
        Source::new("Two", article(1)),
    ];
    assert_eq!(
        limits::check(sources.iter().map(|s| (s.name.as_str(), s.text.as_str()))),
        Ok(()),
        "the case is within the limits"
    );
    let report = compare(&sources);
    assert_eq!(report.sources.len(), 2);
    let md = markdown::render(&report);
    assert!(!md.is_empty());
}

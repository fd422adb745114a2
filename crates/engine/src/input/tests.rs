//! Tests of input decoding, HTML reduction, entities and name guessing.

use super::names::NAME_MAX_CHARS;
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
         • One\n\n• Two & three\n\n5 < 6 &unknown; AT&T"
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
        Just("<div class=\"content\">".to_string()),
        Just("</div>".to_string()),
        Just("<nav>".to_string()),
        Just("<li>".to_string()),
        Just("<h1>".to_string()),
        Just("<a href=x>".to_string()),
        Just("Some words, and commas, in a sentence long enough to score. ".to_string()),
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
        let article = extract_article(&html);
        prop_assert!(!article.text.contains("\n\n\n"));
        prop_assert!(!article.text.starts_with(char::is_whitespace));
    }

    #[test]
    fn names_never_panic(file in "\\PC{0,80}", text in "\\PC{0,200}") {
        let name = guess_name(Some(&file), None, &text);
        prop_assert!(name.chars().count() <= NAME_MAX_CHARS + 1);
        let _ = name_from_first_line(&text);
    }
}

/// Found by `html_never_panics`: a preformatted block whose only text is a space.
#[test]
fn preformatted_whitespace_never_starts_the_text() {
    let page = html_to_text("<pre></a<br/> ");
    assert!(
        !page.text.starts_with(char::is_whitespace),
        "{:?}",
        page.text
    );
}

/// Chrome goes, the article and its headline stay; a deep or long page is read without
/// recursion or quadratic passes.
#[test]
fn article_is_extracted_from_page_chrome() {
    let para = "“We will rebuild,” the mayor said, adding that the city, its people and its \
                businesses had come through worse, and would again, in time.";
    let html = format!(
        "<html><head><title>Flood | Daily</title><meta property='og:site_name' content='Daily'>\
         <meta property='article:published_time' content='2024-01-02'></head><body>\
         <nav><a href=/>Home</a> <a href=/w>World news and more</a></nav>\
         <h1>City counts the cost of the flood</h1>\
         <div class='story-body'><p>{para}</p><p>{para}</p><p>{para}</p></div>\
         <div class='related'><p>Other story about something else, with commas, here</p></div>\
         <footer><p>Copyright Daily News Company, all rights reserved, 2024</p></footer>\
         </body></html>"
    );
    let page = extract_article(&html);
    let expected = format!("City counts the cost of the flood\n\n{para}\n\n{para}\n\n{para}");
    assert_eq!(page.text, expected);
    assert_eq!(page.published.as_deref(), Some("2024-01-02"));
    assert_eq!(page.site_name.as_deref(), Some("Daily"));

    let deep = format!("{}{para}", "<div>".repeat(50_000));
    assert!(extract_article(&deep).text.contains("the mayor said"));
    let long = format!("<p>{para}</p><div>",).repeat(20_000);
    assert!(extract_article(&long).text.len() > 1_000_000);
}

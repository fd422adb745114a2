//! The Markdown handout is read by Markdown viewers that may allow HTML: nothing from an
//! article, a name or a speaker may become an element, a link or an image there. Each hostile
//! text goes through the whole comparison and the handout is parsed by a CommonMark parser
//! (`pulldown-cmark`) with GitHub's extensions.

use parallax_engine::render::markdown;
use parallax_engine::{compare, Source};
use pulldown_cmark::{Event, Options, Parser, Tag};

const HOSTILE: &[&str] = &[
    "<img src=x onerror=alert(1)>",
    "[x](javascript:alert(2))",
    "![tracker](https://example.invalid/pixel.png)",
    "<script>alert(3)</script>",
    "<https://example.invalid/autolink>",
    "&lt;b&gt;entity&lt;/b&gt;",
    "| a | table | cell |",
    "`code` *em* _em_ ~~strike~~ # heading",
];

/// Articles that put every hostile text in a quotation, a speaker, a name, a headline, a loaded
/// sentence of the writer's own and a fact only one source gives, and a source name.
fn sources() -> Vec<Source> {
    HOSTILE
        .iter()
        .enumerate()
        .map(|(i, h)| {
            let text = format!(
                "Minister {h} Warns Of Crisis\n\n\
                 “We will never accept {h} as an illegal and hostile act,” Minister Jane Roe {h} said on Monday.\n\n\
                 The regime {h} reportedly fired back with a fierce rebuke, calling it “{h}”.\n\n\
                 Officials said {h} {i} ships had left the port of Alpha {h} Bay."
            );
            Source::new(format!("{h} source {i}"), text)
        })
        .collect()
}

#[test]
fn the_handout_holds_no_html_no_link_and_no_image_from_article_text() {
    let report = compare(&sources());
    let md = markdown::render(&report);
    let mut options = Options::empty();
    options.insert(Options::ENABLE_TABLES);
    options.insert(Options::ENABLE_STRIKETHROUGH);
    for event in Parser::new_ext(&md, options) {
        match event {
            Event::Html(html) | Event::InlineHtml(html) => {
                panic!("live HTML in the handout: {html:?}")
            }
            Event::Start(Tag::Link { dest_url, .. }) => panic!("a link in the handout: {dest_url}"),
            Event::Start(Tag::Image { dest_url, .. }) => {
                panic!("an image in the handout: {dest_url}")
            }
            _ => {}
        }
    }
    // The words themselves are still there, as text.
    assert!(md.contains("javascript:alert(2)"));
    assert!(md.contains("onerror=alert(1)"));
}

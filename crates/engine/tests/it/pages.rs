//! Article extraction from saved web pages (`fixtures::pages_dir`, from Mozilla Readability's
//! test suite): paragraph precision and recall of `input::decode` on each `source.html`
//! against the story text of Readability's `expected.html` (its figure captions and its
//! link-only list items left out: the engine drops both), and two pages of one template
//! sharing nothing outside their articles.
//!
//! A paragraph is a line of at least four words, whitespace collapsed; it matches when the
//! other side has the same line. The headline the engine puts first on purpose is not
//! counted when Readability's output leaves it out (it does: it keeps the title apart).

use std::collections::HashSet;

use parallax_engine::input::{decode, html_to_text, Decoded, Fidelity};

use std::path::Path;

use crate::fixtures::pages_dir;

/// The saved pages, and the floors each is held to: (name, precision, recall). Every folder
/// of the pages folder must be listed.
const PAGES: &[(&str, f64, f64)] = &[
    ("aclu", 1.0, 1.0),
    ("ars-1", 1.0, 0.93),
    ("bbc-1", 1.0, 1.0),
    ("blogger", 1.0, 0.95),
    ("breitbart", 1.0, 0.9),
    ("citylab-1", 1.0, 0.88),
    ("cnn", 1.0, 1.0),
    ("daringfireball-1", 1.0, 1.0),
    ("herald-sun-1", 1.0, 1.0),
    ("la-nacion", 1.0, 0.9),
    ("lemonde-1", 0.95, 1.0),
    // The engine keeps the standfirst under the headline (an `h2` sentence), which
    // Readability's expected article leaves out.
    ("liberation-1", 0.8, 1.0),
    ("medicalnewstoday", 1.0, 0.95),
    ("medium-1", 1.0, 1.0),
    ("msn", 1.0, 1.0),
    ("nytimes-3", 1.0, 1.0),
    ("quanta-1", 1.0, 1.0),
    ("seattletimes-1", 1.0, 1.0),
    ("telegraph", 1.0, 1.0),
    ("tmz-1", 1.0, 0.7),
    ("wapo-1", 0.95, 0.94),
    ("wapo-2", 1.0, 0.88),
    ("wordpress", 1.0, 1.0),
    ("yahoo-2", 1.0, 1.0),
];
/// Floors over all pages together.
const ALL_PRECISION: f64 = 0.99;
const ALL_RECALL: f64 = 0.97;

fn page_in(dir: &Path, name: &str, file: &str) -> String {
    let path = dir.join(name).join(file);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn extract(html: &str) -> Decoded {
    decode("page.html", html.as_bytes(), Fidelity::Tidy).expect("a page with text")
}

fn paragraphs(text: &str) -> Vec<String> {
    text.lines()
        // A list item's bullet is no word.
        .map(|l| l.trim_start().trim_start_matches("• "))
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| l.split(' ').count() >= 4)
        .collect()
}

/// Readability's expected article without what is not story text: figure captions (the
/// engine leaves them out of the article) and list items that are wholly a link (lists of
/// related stories, which Readability keeps when they sit inside the article's block).
fn story_only(expected: &str) -> String {
    let mut out = cut_elements(expected, "figcaption", |_| true);
    out = cut_elements(&out, "li", |inner| {
        inner.contains("<a")
            && tag_text(&cut_elements(inner, "a", |_| true))
                .trim()
                .is_empty()
    });
    out
}

/// `html` without each `<tag …>…</tag>` whose inner markup `cut` accepts (no nesting).
fn cut_elements(html: &str, tag: &str, cut: impl Fn(&str) -> bool) -> String {
    let (open, close) = (format!("<{tag}"), format!("</{tag}>"));
    let mut out = String::new();
    let mut rest = html;
    while let Some(at) = rest.find(&open) {
        let after = &rest[at + open.len()..];
        if !after.starts_with(['>', ' ', '\n', '\t']) {
            out.push_str(&rest[..at + open.len()]);
            rest = after;
            continue;
        }
        let Some(len) = after.find(&close) else { break };
        let inner = after[..len].split_once('>').map_or("", |(_, t)| t);
        out.push_str(&rest[..at]);
        if !cut(inner) {
            out.push_str(&rest[at..at + open.len() + len + close.len()]);
        }
        rest = &after[len + close.len()..];
    }
    out.push_str(rest);
    out
}

/// The text of markup with its tags dropped.
fn tag_text(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

/// (matched extracted, extracted, matched expected, expected) paragraph counts of one page.
fn counts(dir: &Path, name: &str) -> [usize; 4] {
    let source = page_in(dir, name, "source.html");
    let mut got = paragraphs(&extract(&source).text);
    // Readability's expected output is the article body alone.
    let want = paragraphs(&html_to_text(&story_only(&page_in(dir, name, "expected.html"))).text);
    let want_set: HashSet<&String> = want.iter().collect();
    let title = html_to_text(&source).title.unwrap_or_default();
    if got
        .first()
        .is_some_and(|h| !want_set.contains(h) && (title.contains(h.as_str()) || is_h1(&source, h)))
    {
        got.remove(0);
    }
    let got_set: HashSet<&String> = got.iter().collect();
    if std::env::var_os("PARALLAX_PAGES_DIFF").is_some() {
        for g in got.iter().filter(|g| !want_set.contains(g)) {
            println!("  {name} + {g}");
        }
        for w in want.iter().filter(|w| !got_set.contains(w)) {
            println!("  {name} - {w}");
        }
    }
    [
        got.iter().filter(|g| want_set.contains(g)).count(),
        got.len(),
        want.iter().filter(|w| got_set.contains(w)).count(),
        want.len(),
    ]
}

/// Whether `text` is the text of one of the page's `h1` elements.
fn is_h1(html: &str, text: &str) -> bool {
    html.split("<h1").skip(1).any(|rest| {
        let inner = rest.split("</h1>").next().unwrap_or("");
        let inner = inner.split_once('>').map_or("", |(_, t)| t);
        paragraphs(&html_to_text(inner).text)
            .iter()
            .any(|l| l == text)
    })
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

#[test]
fn saved_pages_keep_their_article_and_lose_their_chrome() {
    let Some(dir) = pages_dir() else { return };
    let mut all = [0usize; 4];
    let mut failures = Vec::new();
    let stored = std::fs::read_dir(&dir)
        .expect("the pages folder")
        .filter_map(Result::ok)
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned());
    for name in stored {
        if !PAGES.iter().any(|(n, ..)| *n == name) {
            failures.push(format!("{name}: a saved page without floors in PAGES"));
        }
    }
    for &(name, p_floor, r_floor) in PAGES {
        let c = counts(&dir, name);
        let (p, r) = (ratio(c[0], c[1]), ratio(c[2], c[3]));
        println!("{name:18} P={p:.2} R={r:.2} ({} got, {} want)", c[1], c[3]);
        if p < p_floor || r < r_floor {
            failures.push(format!(
                "{name}: P={p:.2} (floor {p_floor}) R={r:.2} (floor {r_floor})"
            ));
        }
        for (total, n) in all.iter_mut().zip(c) {
            *total += n;
        }
    }
    let (p, r) = (ratio(all[0], all[1]), ratio(all[2], all[3]));
    println!("all                P={p:.3} R={r:.3}");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(
        p >= ALL_PRECISION && r >= ALL_RECALL,
        "all: P={p:.2} R={r:.2}"
    );
}

/// Two pages of one template (one saved page with its article paragraphs swapped for others)
/// share no paragraph outside their articles: the template's chrome is gone from both.
#[test]
fn two_pages_of_one_template_share_no_chrome() {
    let Some(dir) = pages_dir() else { return };
    let page = |name: &str, file: &str| page_in(&dir, name, file);
    let source = page("wapo-1", "source.html");
    let article = paragraphs(&html_to_text(&page("wapo-1", "expected.html")).text);
    // Another story: another headline too.
    let mut other = source.replace(
        "Attack stokes instability fears in North Africa",
        "Another headline for another story",
    );
    let mut replaced = 0;
    for (i, para) in article.iter().enumerate() {
        // Swap the first words of each article paragraph, as written in the page.
        let head: String = para.split(' ').take(4).collect::<Vec<_>>().join(" ");
        if other.contains(&head) {
            other = other.replace(&head, &format!("Other story paragraph {i} says"));
            replaced += 1;
        }
    }
    assert!(
        replaced * 2 > article.len(),
        "only {replaced} paragraphs swapped"
    );
    let a = paragraphs(&extract(&source).text);
    let b: HashSet<String> = paragraphs(&extract(&other).text).into_iter().collect();
    let shared: Vec<&String> = a.iter().filter(|p| b.contains(*p)).collect();
    // What both keep must be article text the swap left alone (a caption, a heading).
    let article_set: HashSet<&String> = article.iter().collect();
    let chrome: Vec<&&String> = shared
        .iter()
        .filter(|p| !article_set.contains(**p))
        .collect();
    assert!(chrome.is_empty(), "shared outside the article: {chrome:#?}");
}

#[test]
fn a_plain_fragment_loses_nothing() {
    let html = "<p>“We will not stop,” she said.</p><p>Short.</p><ul><li>One item</li></ul>";
    assert_eq!(extract(html).text, html_to_text(html).text);
}

/// The `<p>` elements of `html` ("<p>" or "<p …>", never "<path" or "<param") as byte ranges,
/// each with its text as [`paragraphs`] reads it.
fn p_elements(html: &str) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(at) = ["<p>", "<p "]
        .iter()
        .filter_map(|o| html[from..].find(o))
        .min()
    {
        let at = from + at;
        let Some(len) = html[at..].find("</p>") else {
            break;
        };
        let end = at + len + "</p>".len();
        out.push((
            at,
            end,
            paragraphs(&html_to_text(&html[at..end]).text).join(" "),
        ));
        from = end;
    }
    out
}

/// `source` with the `<p>` elements holding the story's paragraphs (`story`) swapped for
/// `body`'s paragraphs, placed where the last one was (the first may sit in the page's
/// header); `None` when fewer than half of the story's paragraphs are found as `<p>`.
fn swap_article(source: &str, story: &HashSet<String>, body: &str) -> Option<String> {
    let found: Vec<(usize, usize)> = p_elements(source)
        .into_iter()
        .filter(|(_, _, text)| story.contains(text))
        .map(|(a, b, _)| (a, b))
        .collect();
    if found.len() * 2 < story.len() {
        return None;
    }
    let mut out = String::with_capacity(source.len());
    let mut copied = 0;
    for (i, &(start, end)) in found.iter().enumerate() {
        out.push_str(&source[copied..start]);
        if i + 1 == found.len() {
            out.push_str(&as_markup(body));
        }
        copied = end;
    }
    out.push_str(&source[copied..]);
    Some(out)
}

/// An article of `tests/data` as paragraphs of markup, escaped.
fn as_markup(text: &str) -> String {
    text.split("\n\n")
        .filter(|p| !p.trim().is_empty())
        .map(|p| {
            let escaped = p
                .replace('&', "&amp;")
                .replace('<', "&lt;")
                .replace('>', "&gt;");
            format!("<p>{}</p>\n", escaped.trim())
        })
        .collect()
}

/// What a comparison of two pages shares from neither article: the texts of quote groups
/// spanning both and of claims both make, when the text is in none of `own` (the two new
/// articles, and the template page's own story, headline and standfirst, which two real pages
/// would not share).
fn shared_outside(a: &str, b: &str, own: &[String]) -> Vec<String> {
    use parallax_engine::{compare, Source};
    let report = compare(&[Source::new("a", a), Source::new("b", b)]);
    let one_line = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
    let own: Vec<String> = own.iter().map(|t| one_line(t)).collect();
    let is_own = |text: &str| {
        let line = one_line(text);
        own.iter().any(|o| o.contains(&line))
    };
    let mut out = Vec::new();
    for g in report.quote_groups.iter().filter(|g| g.sources.len() > 1) {
        for id in &g.members {
            let q = report.quotes.iter().find(|q| &q.id == id).expect("member");
            if !is_own(&q.text) {
                out.push(format!("quote group {}: {:?}", g.id, q.text));
            }
        }
    }
    for c in report
        .framing
        .claims
        .claims
        .iter()
        .filter(|c| c.sources.len() > 1)
    {
        for m in &c.members {
            if !is_own(&m.text) {
                out.push(format!("claim {}: {:?}", c.id, m.text));
            }
        }
    }
    out
}

/// Two pages built on one site template (a saved page with its story's paragraphs swapped for
/// two other articles) share no quote group and no claim from the template; read whole, the
/// same pages do, so the check has something to find.
#[test]
fn two_pages_of_one_template_share_no_quote_or_claim_from_it() {
    let Some(pages) = pages_dir() else { return };
    let page = |name: &str, file: &str| page_in(&pages, name, file);
    // An event's articles one after another: a body of a realistic length (each saved
    // article is short), with quotations.
    let body = |event: &str| {
        let dir = crate::fixtures::repo().join("tests/data").join(event);
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .expect("event")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        files.sort();
        files
            .iter()
            .map(|f| std::fs::read_to_string(f).expect("article"))
            .collect::<Vec<_>>()
            .join("\n\n")
    };
    let bodies = [
        body("letby-sentencing-2023"),
        body("klopp-leaving-liverpool-2024"),
    ];
    let mut whole_page_shares = 0;
    let mut built = Vec::new();
    for template in [
        "bbc-1",
        "cnn",
        "medicalnewstoday",
        "nytimes-3",
        "seattletimes-1",
        "telegraph",
        "yahoo-2",
    ] {
        let source = page(template, "source.html");
        let want = paragraphs(&html_to_text(&story_only(&page(template, "expected.html"))).text);
        let story: HashSet<String> = want.iter().cloned().collect();
        let Some(pages) = bodies
            .iter()
            .map(|b| swap_article(&source, &story, b))
            .collect::<Option<Vec<String>>>()
        else {
            continue;
        };
        built.push(template);
        // The template page's own story as the engine reads it above the article (headline,
        // standfirst) and as Readability reads it.
        let mut own: Vec<String> = bodies.to_vec();
        own.extend(
            html_to_text(&page(template, "expected.html"))
                .text
                .lines()
                .filter(|l| !l.trim().is_empty())
                .map(str::to_string),
        );
        own.extend(
            extract(&source)
                .text
                .split("\n\n")
                .take_while(|l| !story.contains(&paragraphs(l).join(" ")))
                .map(str::to_string),
        );
        let texts: Vec<String> = pages.iter().map(|p| extract(p).text).collect();
        let leaked = shared_outside(&texts[0], &texts[1], &own);
        assert!(leaked.is_empty(), "{template}: {leaked:#?}");
        let whole: Vec<String> = pages.iter().map(|p| html_to_text(p).text).collect();
        whole_page_shares += shared_outside(&whole[0], &whole[1], &own).len();
    }
    assert!(built.len() >= 5, "only {built:?} built");
    assert!(
        whole_page_shares > 0,
        "the whole pages share nothing either"
    );
}

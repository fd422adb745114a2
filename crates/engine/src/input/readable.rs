//! The article of a page, found the way Mozilla Readability finds it (its scoring, simplified;
//! the patterns are in `lexicon::readability`): page chrome is removed by tag, role and
//! class/id; paragraphs score 1 + commas + up to 3 for length, added to their parent and half
//! to their grandparent; a block's class and id move its score by ±25 and links scale it down;
//! the best block is taken with its siblings that score well or read like paragraphs, and
//! link lists, forms and other debris inside it are dropped. The headline (`h1`, else the
//! page's title) and the standfirst under it come first when they are outside the chosen
//! blocks.
//!
//! Like Readability, a page is read again, trusting its class names less each time (no
//! removal by class, then no class weights, then no cleaning), when a reading keeps under 500
//! characters or under a quarter of the page's paragraph text; the first good reading wins,
//! else the longest. When even that holds under 250 characters the whole page is read as
//! [`html_to_text`] reads it, so a short page or a fragment loses nothing. Every pass is
//! linear in the number of nodes, and there are at most four.

use super::html::{html_to_text, HtmlText, TextBuilder};
use super::tree::{build, Node, Tree};
use crate::lexicon::html::BLOCKS;
use crate::lexicon::readability::{
    AD_TOKENS, ALWAYS_UNLIKELY, CHROME_ROLES, CHROME_TAGS, MAYBE, NEGATIVE, POSITIVE, UNLIKELY,
};

/// Below this many characters the chosen blocks are not trusted.
const MIN_ARTICLE_CHARS: u32 = 250;
/// Paragraphs shorter than this are not scored.
const MIN_PARAGRAPH_CHARS: u32 = 25;

/// The article text of an HTML page, with what its head says about it. Never panics.
pub fn extract_article(html: &str) -> HtmlText {
    let tree = build(html);
    let mut page = tree.page.clone();
    page.text = match article_text(&tree) {
        Some(text) => text,
        None => html_to_text(html).text,
    };
    page
}

/// What one pass over the tree knows about each node's subtree.
struct Stats {
    removed: Vec<bool>,
    chars: Vec<u32>,
    link_chars: Vec<u32>,
    para_chars: Vec<u32>,
    commas: Vec<u32>,
    paras: Vec<u32>,
    images: Vec<u32>,
    items: Vec<u32>,
    inputs: Vec<u32>,
    embeds: Vec<u32>,
    block_child: Vec<bool>,
    pass: Pass,
}

impl Stats {
    fn link_density(&self, i: usize) -> f32 {
        if self.chars[i] == 0 {
            0.0
        } else {
            self.link_chars[i] as f32 / self.chars[i] as f32
        }
    }
}

/// What one reading of the page trusts. Readability reads a page again, trusting its class
/// names less each time, when a reading finds too little.
#[derive(Clone, Copy)]
struct Pass {
    /// Remove blocks whose class or id reads as chrome ("sidebar", "header", "comment").
    strip_unlikely: bool,
    /// Move a block's score by its class and id.
    weigh_classes: bool,
    /// Drop link lists, forms and debris inside the chosen blocks.
    clean: bool,
}

const PASSES: [Pass; 4] = [
    Pass {
        strip_unlikely: true,
        weigh_classes: true,
        clean: true,
    },
    Pass {
        strip_unlikely: false,
        weigh_classes: true,
        clean: true,
    },
    Pass {
        strip_unlikely: false,
        weigh_classes: false,
        clean: true,
    },
    Pass {
        strip_unlikely: false,
        weigh_classes: false,
        clean: false,
    },
];

/// A reading that keeps at least this many characters, and a fair share of the page's
/// paragraph text, is taken without trying the next pass.
const GOOD_ARTICLE_CHARS: u32 = 500;

/// The article of the first pass that finds a good one, else the longest any pass found (at
/// least [`MIN_ARTICLE_CHARS`]), else `None`.
fn article_text(tree: &Tree) -> Option<String> {
    let mut longest: Option<(u32, String)> = None;
    for pass in PASSES {
        let Some(reading) = read_pass(tree, pass) else {
            continue;
        };
        if reading.chars >= GOOD_ARTICLE_CHARS && reading.fair_share {
            return Some(reading.text);
        }
        if longest.as_ref().is_none_or(|(c, _)| reading.chars > *c) {
            longest = Some((reading.chars, reading.text));
        }
    }
    longest
        .filter(|(chars, _)| *chars >= MIN_ARTICLE_CHARS)
        .map(|(_, text)| text)
}

/// One pass's article: its text, its characters, and whether it holds at least a quarter of
/// the paragraph text the pass saw on the page.
struct Reading {
    text: String,
    chars: u32,
    fair_share: bool,
}

fn read_pass(tree: &Tree, pass: Pass) -> Option<Reading> {
    let nodes = &tree.nodes;
    let stats = stats(tree, pass);
    let (scores, top, best_score) = score(tree, &stats)?;
    let parent = nodes[top].parent;
    let top_score = scores[top].unwrap_or(best_score).max(best_score);
    let threshold = (top_score * 0.2).max(10.0);
    let mut chosen = Vec::new();
    if parent == 0 {
        chosen.push(top);
    } else {
        for child in tree.children(parent) {
            if stats.removed[child] || nodes[child].is_text() {
                continue;
            }
            let bonus = if !nodes[top].names.is_empty() && nodes[child].names == nodes[top].names {
                top_score * 0.2
            } else {
                0.0
            };
            // Readability: a sibling of the top block's class counts with the bonus even when
            // no paragraph scored it (an article split over blocks of one kind).
            let score = match scores[child] {
                Some(s) => Some(s + bonus),
                None if bonus > 0.0 => Some(bonus),
                None => None,
            };
            let keep = child == top
                || score.is_some_and(|s| s >= threshold)
                || (nodes[child].tag == "p" && reads_like_paragraph(tree, &stats, child));
            if keep {
                chosen.push(child);
            }
        }
    }
    let mut removed = stats.removed.clone();
    if pass.clean {
        for &root in &chosen {
            clean(tree, &stats, &scores, root, &mut removed);
        }
    }
    let body = render(tree, &chosen, &removed);
    let kept_chars = text_chars(&body);
    if std::env::var("PX_DBG").is_ok() {
        eprintln!(
            "pass top={top} {} [{}] chars={kept_chars} page={} score={best_score}",
            nodes[top].tag, nodes[top].names, stats.para_chars[0]
        );
    }
    let (headline, standfirst) = headline(tree);
    let mut text = body;
    let opening = |text: &str, line: &str| text.split("\n\n").take(8).any(|p| p.trim() == line);
    for line in [standfirst, headline].into_iter().flatten() {
        if !opening(&text, &line) {
            text = format!("{line}\n\n{text}");
        }
    }
    Some(Reading {
        text,
        chars: kept_chars,
        fair_share: kept_chars * 4 >= stats.para_chars[0],
    })
}

/// A sibling paragraph worth keeping: long with few links, or short, link-free and ending a
/// sentence.
fn reads_like_paragraph(tree: &Tree, stats: &Stats, node: usize) -> bool {
    let chars = stats.chars[node];
    let density = stats.link_density(node);
    if chars >= 80 {
        return density < 0.25;
    }
    if chars == 0 || density > 0.0 {
        return false;
    }
    let text = render(tree, &[node], &stats.removed);
    let text = text.trim_end();
    text.ends_with('.') || text.contains(". ")
}

/// Removed-ness (chrome and everything in it) and subtree counts, in two linear passes.
fn stats(tree: &Tree, pass: Pass) -> Stats {
    let nodes = &tree.nodes;
    let n = nodes.len();
    let mut removed = vec![false; n];
    let mut in_link = vec![false; n];
    let mut in_para = vec![false; n];
    let mut in_table = vec![false; n];
    for i in 1..n {
        let node = &nodes[i];
        let p = node.parent;
        removed[i] = removed[p] || is_chrome(node, in_table[p], pass.strip_unlikely);
        in_link[i] = in_link[p] || node.tag == "a";
        in_para[i] = in_para[p] || node.tag == "p";
        in_table[i] = in_table[p] || matches!(node.tag.as_str(), "table" | "code" | "pre");
    }
    let mut s = Stats {
        removed,
        chars: vec![0; n],
        link_chars: vec![0; n],
        para_chars: vec![0; n],
        commas: vec![0; n],
        paras: vec![0; n],
        images: vec![0; n],
        items: vec![0; n],
        inputs: vec![0; n],
        embeds: vec![0; n],
        block_child: vec![false; n],
        pass,
    };
    for i in (1..n).rev() {
        if s.removed[i] {
            continue;
        }
        let node = &nodes[i];
        if node.is_text() {
            let chars = text_chars(&node.text);
            s.chars[i] = chars;
            s.commas[i] = node
                .text
                .chars()
                .filter(|c| matches!(c, ',' | '،' | '，' | '、'))
                .count() as u32;
            if in_link[i] {
                s.link_chars[i] = chars;
            }
            if in_para[i] {
                s.para_chars[i] = chars;
            }
        } else {
            let count = |names: &[&str]| u32::from(names.contains(&node.tag.as_str()));
            s.paras[i] += count(&["p"]);
            s.images[i] += count(&["img"]);
            s.items[i] += count(&["li"]);
            s.inputs[i] += count(&["input", "select", "textarea", "button"]);
            s.embeds[i] += count(&["object", "embed", "iframe", "video", "audio"]);
        }
        let p = node.parent;
        s.chars[p] += s.chars[i];
        s.link_chars[p] += s.link_chars[i];
        s.para_chars[p] += s.para_chars[i];
        s.commas[p] += s.commas[i];
        s.paras[p] += s.paras[i];
        s.images[p] += s.images[i];
        s.items[p] += s.items[i];
        s.inputs[p] += s.inputs[i];
        s.embeds[p] += s.embeds[i];
        if !node.is_text() && (BLOCKS.contains(&node.tag.as_str()) || node.tag == "table") {
            s.block_child[p] = true;
        }
    }
    s
}

/// Characters of text with each run of whitespace counted as one.
fn text_chars(text: &str) -> u32 {
    let mut count = 0u32;
    let mut space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            space = true;
        } else {
            count += 1 + u32::from(space);
            space = false;
        }
    }
    count
}

/// Page chrome: by tag, role, hiding, or class and id (unless inside a table or code, where
/// Readability keeps them too).
fn is_chrome(node: &Node, in_table: bool, strip_unlikely: bool) -> bool {
    if node.is_text() {
        return false;
    }
    if CHROME_TAGS.contains(&node.tag.as_str())
        || node.hidden
        || CHROME_ROLES.contains(&node.role.as_str())
    {
        return true;
    }
    if !strip_unlikely
        || in_table
        || matches!(
            node.tag.as_str(),
            "body" | "html" | "a" | "main" | "article"
        )
    {
        return false;
    }
    let names = node.names.as_str();
    let unlikely = UNLIKELY.iter().any(|w| names.contains(w)) || is_ad(names);
    (unlikely && !MAYBE.iter().any(|w| names.contains(w)))
        || ALWAYS_UNLIKELY.iter().any(|w| names.contains(w))
}

/// A class token naming an advertisement (`ad`, `ads`, `ad-slot`, `advert_box`…).
fn is_ad(names: &str) -> bool {
    names.split_whitespace().any(|token| {
        let head = token.split(['-', '_']).next().unwrap_or("");
        AD_TOKENS.contains(&head)
    })
}

/// ±25 for the class and id words of likely and unlikely blocks (0 when the pass does not
/// weigh classes).
fn class_weight(node: &Node, stats: &Stats) -> f32 {
    if !stats.pass.weigh_classes {
        return 0.0;
    }
    let names = node.names.as_str();
    let mut weight = 0.0;
    if NEGATIVE.iter().any(|w| names.contains(w)) {
        weight -= 25.0;
    }
    if POSITIVE.iter().any(|w| names.contains(w)) {
        weight += 25.0;
    }
    weight
}

/// A paragraph to score: `p`, `pre`, `td`, and `div` or `blockquote` holding no block.
fn is_paragraph(tree: &Tree, stats: &Stats, i: usize) -> bool {
    match tree.nodes[i].tag.as_str() {
        "p" | "pre" | "td" => true,
        "div" | "blockquote" | "section" => !stats.block_child[i],
        _ => false,
    }
}

/// Every block's score (None for blocks no paragraph scored) and the best one.
fn score(tree: &Tree, stats: &Stats) -> Option<(Vec<Option<f32>>, usize, f32)> {
    let nodes = &tree.nodes;
    let mut scores: Vec<Option<f32>> = vec![None; nodes.len()];
    for i in 1..nodes.len() {
        if stats.removed[i] || nodes[i].is_text() || !is_paragraph(tree, stats, i) {
            continue;
        }
        let chars = stats.chars[i];
        if chars < MIN_PARAGRAPH_CHARS {
            continue;
        }
        let points = 1.0 + stats.commas[i] as f32 + (chars / 100).min(3) as f32;
        let mut ancestor = nodes[i].parent;
        for divider in [1.0, 2.0, 6.0, 9.0, 12.0] {
            if ancestor == 0 {
                break;
            }
            let slot =
                scores[ancestor].get_or_insert_with(|| initial_score(&nodes[ancestor], stats));
            *slot += points / divider;
            ancestor = nodes[ancestor].parent;
        }
    }
    let mut best: Vec<(f32, usize)> = Vec::new();
    for (i, slot) in scores.iter_mut().enumerate() {
        if let Some(s) = slot {
            *s *= 1.0 - stats.link_density(i);
            keep_best(&mut best, (*s, i));
        }
    }
    let &(top_score, mut top) = best.first()?;
    // Readability: when three other good candidates share an ancestor with the best one, the
    // article is likely split into blocks: take that ancestor.
    let others: Vec<usize> = best[1..]
        .iter()
        .filter(|(s, _)| *s >= top_score * 0.75)
        .map(|&(_, i)| i)
        .collect();
    if others.len() >= 3 {
        let mut ancestor = nodes[top].parent;
        while ancestor != 0 && !matches!(nodes[ancestor].tag.as_str(), "body" | "html") {
            let holds = others
                .iter()
                .filter(|&&o| ancestor < o && o < nodes[ancestor].end)
                .count();
            if holds >= 3 {
                top = ancestor;
                break;
            }
            ancestor = nodes[ancestor].parent;
        }
    }
    // Readability: a parent scoring higher than the block (and not far below the best) holds
    // more of the article.
    let mut last = scores[top].unwrap_or(top_score);
    let floor = last / 3.0;
    let mut parent = nodes[top].parent;
    while parent != 0 && !matches!(nodes[parent].tag.as_str(), "body" | "html") {
        if let Some(score) = scores[parent] {
            if score < floor {
                break;
            }
            if score > last {
                top = parent;
                break;
            }
            last = score;
        }
        parent = nodes[parent].parent;
    }
    // A block that is its parent's only element: take the parent (Readability does too).
    loop {
        let parent = nodes[top].parent;
        if parent == 0 || matches!(nodes[parent].tag.as_str(), "body" | "html") {
            break;
        }
        let mut elements = tree
            .children(parent)
            .filter(|&c| !nodes[c].is_text() && !stats.removed[c]);
        if elements.next() != Some(top) || elements.next().is_some() {
            break;
        }
        top = parent;
    }
    Some((scores, top, top_score))
}

/// Keeps the five best (score, node) pairs, best first.
fn keep_best(best: &mut Vec<(f32, usize)>, item: (f32, usize)) {
    let at = best
        .iter()
        .position(|(s, _)| item.0 > *s)
        .unwrap_or(best.len());
    if at < 5 {
        best.insert(at, item);
        best.truncate(5);
    }
}

fn initial_score(node: &Node, stats: &Stats) -> f32 {
    let base = match node.tag.as_str() {
        "div" | "article" => 5.0,
        "pre" | "td" | "blockquote" => 3.0,
        "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
        _ => 0.0,
    };
    base + class_weight(node, stats)
}

/// Readability's `_cleanConditionally`, on the blocks inside one chosen block: lists of
/// links, forms, image strips and other debris go.
fn clean(tree: &Tree, stats: &Stats, scores: &[Option<f32>], root: usize, removed: &mut [bool]) {
    let nodes = &tree.nodes;
    let end = nodes[root].end;
    let mut i = root + 1;
    while i < end {
        if removed[i] {
            i = nodes[i].end.max(i + 1);
            continue;
        }
        let node = &nodes[i];
        if drop_block(node, stats, scores, i) || drop_heading(node, stats, i) {
            removed[i] = true;
            i = node.end.max(i + 1);
        } else {
            i += 1;
        }
    }
}

fn drop_heading(node: &Node, stats: &Stats, i: usize) -> bool {
    matches!(node.tag.as_str(), "h1" | "h2" | "h3")
        && (class_weight(node, stats) < 0.0 || stats.link_density(i) > 0.5)
}

fn drop_block(node: &Node, stats: &Stats, scores: &[Option<f32>], i: usize) -> bool {
    let tag = node.tag.as_str();
    if !matches!(
        tag,
        "form" | "fieldset" | "table" | "ul" | "ol" | "div" | "section" | "dl"
    ) {
        return false;
    }
    let weight = class_weight(node, stats);
    if weight + scores[i].unwrap_or(0.0) < 0.0 {
        return true;
    }
    if stats.commas[i] >= 10 {
        return false;
    }
    let paras = stats.paras[i] as f32;
    let images = stats.images[i] as f32;
    let items = stats.items[i] as f32 - 100.0;
    let inputs = stats.inputs[i] as f32;
    let is_list = matches!(tag, "ul" | "ol" | "dl");
    let chars = stats.chars[i];
    let density = stats.link_density(i);
    let embeds = stats.embeds[i];
    (images > 1.0 && paras / images < 0.5)
        || (!is_list && items > paras)
        || inputs > (paras / 3.0).floor()
        || (!is_list && chars < MIN_PARAGRAPH_CHARS && (images == 0.0 || images > 2.0))
        || (weight < 25.0 && density > 0.2)
        || (weight >= 25.0 && density > 0.5)
        || (embeds == 1 && chars < 75)
        || embeds > 1
}

/// The headline: the first `h1` of a few words outside the page's chrome, else `og:title`,
/// else the `<title>`; and the standfirst printed under an `h1` (see [`standfirst`]).
fn headline(tree: &Tree) -> (Option<String>, Option<String>) {
    let nodes = &tree.nodes;
    let mut chrome = vec![false; nodes.len()];
    for i in 1..nodes.len() {
        let node = &nodes[i];
        chrome[i] = chrome[node.parent]
            || node.hidden
            || matches!(node.tag.as_str(), "nav" | "footer" | "aside");
        if node.tag == "h1" && !chrome[i] {
            let text = one_line(&render(tree, &[i], &chrome));
            if text.split(' ').count() >= 3 {
                return (Some(text), standfirst(tree, i));
            }
        }
    }
    let fallback = tree
        .page
        .headline
        .clone()
        .or_else(|| tree.page.title.clone());
    (fallback, None)
}

/// Whitespace collapsed to single spaces.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Words a standfirst has at least.
const STANDFIRST_WORDS: usize = 8;

/// The standfirst (the summary printed under the headline): the first paragraph (or `h2`
/// written as a sentence) after the `h1` inside the headline's block (its `header`, else its grandparent), of at least
/// [`STANDFIRST_WORDS`] words, ending a sentence, mostly not link text, among the first three
/// paragraphs there. Page headers are removed as chrome, so it would otherwise be lost.
fn standfirst(tree: &Tree, h1: usize) -> Option<String> {
    let nodes = &tree.nodes;
    let mut scope = nodes[nodes[h1].parent].parent;
    let mut up = nodes[h1].parent;
    for _ in 0..4 {
        if up == 0 {
            break;
        }
        if nodes[up].tag == "header" {
            scope = up;
            break;
        }
        up = nodes[up].parent;
    }
    let end = nodes[scope].end;
    let mut i = nodes[h1].end;
    let mut tried = 0;
    while i < end && tried < 3 {
        let node = &nodes[i];
        if node.hidden || matches!(node.tag.as_str(), "nav" | "aside" | "figure" | "form") {
            i = node.end.max(i + 1);
            continue;
        }
        // A paragraph, or a subheading written as a sentence ("<h2>Two-year-old bug exposes
        // thousands of servers.</h2>").
        if matches!(node.tag.as_str(), "p" | "h2") {
            let (mut all, mut linked) = (0usize, 0usize);
            let mut in_link_until = 0;
            for (j, inner) in nodes.iter().enumerate().take(node.end).skip(i + 1) {
                if inner.tag == "a" {
                    in_link_until = in_link_until.max(inner.end);
                }
                if inner.is_text() {
                    let n = inner.text.trim().chars().count();
                    all += n;
                    if j < in_link_until {
                        linked += n;
                    }
                }
            }
            let text = one_line(&render(tree, &[i], &vec![false; nodes.len()]));
            let sentence = text
                .trim_end_matches(['"', '\'', '”', '’', ')'])
                .ends_with(['.', '!', '?']);
            if text.split(' ').count() >= STANDFIRST_WORDS && sentence && linked * 2 < all.max(1) {
                return Some(text);
            }
            tried += 1;
            i = node.end.max(i + 1);
            continue;
        }
        i += 1;
    }
    None
}

/// The text of the subtrees at `roots`, skipping removed nodes, with `html_to_text`'s rules:
/// blocks on their own paragraphs, `<br>` a line break, whitespace kept only in `<pre>`.
fn render(tree: &Tree, roots: &[usize], removed: &[bool]) -> String {
    let nodes = &tree.nodes;
    let mut out = TextBuilder::default();
    let mut pre = 0usize;
    let mut open: Vec<usize> = Vec::new();
    let close = |i: usize, out: &mut TextBuilder, pre: &mut usize| {
        let tag = nodes[i].tag.as_str();
        if tag == "pre" {
            *pre = pre.saturating_sub(1);
        }
        if tag == "li" {
            out.list_item(false);
        } else if BLOCKS.contains(&tag) {
            out.block_break();
        }
    };
    for &root in roots {
        out.block_break();
        let end = nodes[root].end;
        let mut i = root;
        while i < end {
            while let Some(&o) = open.last() {
                if nodes[o].end > i {
                    break;
                }
                close(o, &mut out, &mut pre);
                open.pop();
            }
            let node = &nodes[i];
            if removed[i] {
                i = node.end.max(i + 1);
                continue;
            }
            if node.is_text() {
                out.push_text(&node.text, pre > 0);
            } else {
                match node.tag.as_str() {
                    "br" => out.line_break(),
                    "li" => out.list_item(true),
                    "td" | "th" => out.push_text(" ", false),
                    tag if BLOCKS.contains(&tag) => out.block_break(),
                    _ => {}
                }
                if node.tag == "pre" {
                    pre += 1;
                }
                open.push(i);
            }
            i += 1;
        }
        while let Some(o) = open.pop() {
            close(o, &mut out, &mut pre);
        }
    }
    out.finish()
}

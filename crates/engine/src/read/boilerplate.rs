//! Boilerplate: the parts of a pasted page that are not the article body.
//!
//! Regions are whole paragraphs, marked, never deleted: other stages still see the text, and
//! decide with [`BoilerplateRegion`] whether to count it. Each region has a kind and a reason a
//! reader understands. Detection is in two passes over the paragraphs:
//! 1. what a paragraph is on its own: embedded-post links and `— Name (@handle) Date` lines,
//!    page labels ("News Feed", "Read more", "Show More", repeated: "Advertisement
//!    Advertisement"), reading times ("2 min read"), counters and appeals ("0 members on
//!    board"), "More to follow" notes, bylines and job titles, author bios, photo credits,
//!    reprint credits, "X stands for …" explainers, recap headings, repeats of an
//!    earlier paragraph (a duplicated headline);
//! 2. what it is next to: the headline after a teaser label, the items under a recap heading,
//!    a name beside a byline, a related-article card (a title over an author), and paragraphs
//!    caught between page elements after the article has ended.
//!
//! Rules read the shape of a line and short word lists (`lexicon::page`); none names an outlet.
//! The user's overrides win over detection. Linear in the length of the text.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::lexicon::calendar::MONTHS;
use crate::lexicon::page;
use crate::normalize;
use crate::span::Span;
use crate::text::{self, TextModel};

/// What kind of non-body text a region is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BoilerplateKind {
    SocialEmbed,
    Teaser,
    Byline,
    AuthorBio,
    Caption,
    SiteChrome,
    RepeatedHeadline,
    RecapList,
    ReprintCredit,
    Explainer,
}

/// A marked region with the reason it was marked, in words a reader understands.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BoilerplateRegion {
    pub span: Span,
    pub kind: BoilerplateKind,
    pub reason: String,
}

/// A user's decision about one paragraph, which wins over detection.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BoilerplateOverride {
    /// Any byte offset inside the paragraph the decision is about.
    pub at: usize,
    pub is_boilerplate: bool,
}

use BoilerplateKind::*;

/// A paragraph as the rules see it.
struct Para<'a> {
    raw: &'a str,
    /// Folded (lower case, ASCII quotes and dashes, single spaces).
    folded: String,
    words: usize,
    sentences: usize,
}

impl Para<'_> {
    /// The folded text without trailing punctuation, arrows or colons.
    fn label(&self) -> &str {
        self.folded
            .trim_end_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != ')')
            .trim_end()
    }

    /// One sentence of at most 25 words without final punctuation: a title line.
    fn is_title(&self) -> bool {
        self.sentences == 1
            && (3..=25).contains(&self.words)
            && !self
                .raw
                .trim_end_matches(['"', '\'', '”', '’', ')'])
                .ends_with(['.', '!', '?', ';', ','])
    }

    /// Prose: two sentences or more, or a long sentence.
    fn is_prose(&self) -> bool {
        self.sentences >= 2 || self.words >= 25
    }
}

type Mark = Option<(BoilerplateKind, String)>;

fn mark(kind: BoilerplateKind, reason: impl Into<String>) -> Mark {
    Some((kind, reason.into()))
}

/// Finds boilerplate regions in an article (whole paragraphs), then applies `overrides`.
pub fn detect(
    text: &str,
    model: &TextModel,
    overrides: &[BoilerplateOverride],
) -> Vec<BoilerplateRegion> {
    let paras: Vec<Para> = model
        .paragraphs
        .iter()
        .zip(&model.paragraph_words)
        .map(|(p, &words)| Para {
            raw: p.span.slice(text),
            folded: normalize::fold(text, head_of(text, p.span)).text,
            words,
            sentences: p.sentences.len(),
        })
        .collect();
    let mut marks: Vec<Mark> = paras
        .iter()
        .enumerate()
        .map(|(i, p)| on_its_own(p, i, paras.len()))
        .collect();
    mark_repeats(&paras, &mut marks);
    in_context(&paras, &mut marks);
    let mut regions: Vec<BoilerplateRegion> = marks
        .into_iter()
        .zip(&model.paragraphs)
        .filter_map(|(m, p)| {
            m.map(|(kind, reason)| BoilerplateRegion {
                span: p.span,
                kind,
                reason,
            })
        })
        .collect();
    apply_overrides(model, &mut regions, overrides);
    regions
}

/// Bytes of a paragraph folded for the rules: every rule reads short paragraphs or the head
/// of a long one.
const FOLDED_HEAD: usize = 600;

/// The first [`FOLDED_HEAD`] bytes of `span`, ending on a char boundary.
fn head_of(text: &str, span: Span) -> Span {
    let end = text::floor_boundary(text, span.start.saturating_add(FOLDED_HEAD).min(span.end));
    Span::new(span.start, end.max(span.start))
}

/// Pass 1: what a paragraph is by itself.
fn on_its_own(p: &Para, index: usize, count: usize) -> Mark {
    let f = p.folded.as_str();
    if is_embed_link(p) {
        return mark(SocialEmbed, "links an embedded social-media post");
    }
    if is_post_signature(p) {
        return mark(
            SocialEmbed,
            "signature of an embedded post (— name (@handle) date)",
        );
    }
    let label = p.label();
    if page::TEASER_LABELS.contains(&label) {
        return mark(
            Teaser,
            format!("a label for links to other articles (\"{}\")", p.raw.trim()),
        );
    }
    if page::CHROME_LABELS.contains(&label) || is_repeated_label(label) {
        return mark(SiteChrome, format!("a page label (\"{}\")", p.raw.trim()));
    }
    if p.words <= 14
        && page::DEVELOPING_STORY_NOTES
            .iter()
            .any(|n| f.strip_prefix(n).is_some_and(ends_a_note))
    {
        return mark(SiteChrome, "a note that the story is still being written");
    }
    if let Some(prefix) = teaser_prefix(f) {
        return mark(
            Teaser,
            format!("a teaser for another article (\"{prefix}\")"),
        );
    }
    if is_reading_time(label) {
        return mark(SiteChrome, "reading-time indicator");
    }
    if is_counter_or_appeal(p) {
        return mark(SiteChrome, "site counter or membership appeal");
    }
    if is_dateline(p) {
        return mark(SiteChrome, "publication date line");
    }
    if is_timestamp(p) {
        return mark(SiteChrome, "a date or time stamp");
    }
    if p.words <= 8 && (f.starts_with("source:") || f.starts_with("sources:")) {
        return mark(ReprintCredit, "names the source the text was taken from");
    }
    if is_byline(p) {
        return mark(Byline, "byline");
    }
    if p.words <= 30 && page::CREDIT_LINE_PREFIXES.iter().any(|c| f.starts_with(c)) {
        return mark(Byline, "writing or editing credit");
    }
    if p.words <= 25 && page::PROMO_PREFIXES.iter().any(|c| f.starts_with(c)) {
        return mark(SiteChrome, "a newsletter, app or membership promotion");
    }
    if is_credit_line(p) {
        return mark(Caption, "photo credit");
    }
    if is_role_line(p) {
        return mark(Byline, "the author's job title");
    }
    if is_author_bio(p) {
        return mark(AuthorBio, "describes the author");
    }
    if is_caption(p) {
        return mark(Caption, "photo caption with a credit");
    }
    if is_reprint_credit(p, index, count) {
        return mark(ReprintCredit, "reprint or syndication credit");
    }
    if is_bracketed_label(p) {
        return mark(SiteChrome, "a bracketed link or section label");
    }
    if is_explainer(p) {
        return mark(Explainer, "explains an abbreviation");
    }
    if page::RECAP_HEADINGS.contains(&label) && p.words <= 5 {
        return mark(
            RecapList,
            format!("heading of a recap list (\"{}\")", p.raw.trim()),
        );
    }
    None
}

fn is_embed_link(p: &Para) -> bool {
    let raw = p.raw;
    let f = p.folded.as_str();
    raw.contains("pic.twitter.com/")
        || (raw.contains("twitter.com/") && raw.contains("/status/"))
        || (raw.contains("x.com/") && raw.contains("/status/"))
        || raw.contains("instagram.com/p/")
        || raw.contains("tiktok.com/@")
        || raw.contains("t.me/")
        || raw.contains("https://t.co/")
        || (p.words <= 12 && f.starts_with("view this post on instagram"))
        || (p.words <= 16 && f.starts_with("a post shared by") && f.contains("(@"))
}

/// `— Name (@handle) July 13, 2024`: the line that closes an embedded post.
fn is_post_signature(p: &Para) -> bool {
    let f = p.folded.as_str();
    let dash = f.starts_with('-') || f.starts_with("&mdash;");
    let handle = f.find("(@").is_some_and(|i| {
        f[i..].contains(')') && f[i + 2..].starts_with(|c: char| c.is_alphanumeric() || c == '_')
    });
    let dated = f.chars().rev().take(6).any(|c| c.is_ascii_digit());
    handle && (dash || dated) && p.words <= 20
}

/// What may follow a developing-story note's opening: nothing, or punctuation ("…", " - more
/// to follow."), never more words of a sentence ("More to follow in the coming weeks").
fn ends_a_note(rest: &str) -> bool {
    let rest = rest.trim_start();
    rest.is_empty() || rest.starts_with(['.', '…', '!', '-', '–', '—', ':', '|'])
}

/// "Advertisement Advertisement": one page label repeated (copied ad slots, doubled buttons).
fn is_repeated_label(label: &str) -> bool {
    let words: Vec<&str> = label.split_whitespace().collect();
    (1..words.len()).any(|n| {
        words.len().is_multiple_of(n)
            && words.chunks(n).all(|c| c == &words[..n])
            && page::CHROME_LABELS.contains(&words[..n].join(" ").as_str())
    })
}

/// "READ ALSO: Nigeria: …", "Related: …": a teaser label with the title on the same line.
fn teaser_prefix(f: &str) -> Option<&'static str> {
    page::TEASER_LABELS.iter().copied().find(|label| {
        f.strip_prefix(label).is_some_and(|rest| {
            rest.starts_with(':') || rest.starts_with(" -") || rest.starts_with(" |")
        }) && label.len() > 4
    })
}

/// "2 min read", "5 minute read", "Reading time: 3 minutes".
fn is_reading_time(label: &str) -> bool {
    let words: Vec<&str> = label.split(' ').collect();
    match words.as_slice() {
        [n, unit, "read"] => {
            n.chars().all(|c| c.is_ascii_digit())
                && matches!(*unit, "min" | "mins" | "minute" | "minutes")
        }
        ["reading", "time", ..] | ["read", "time", ..] => words.len() <= 5,
        _ => false,
    }
}

/// "0 members on board", "25,000 people chose to be part of our community — thank you."
fn is_counter_or_appeal(p: &Para) -> bool {
    let f = p.folded.as_str();
    let starts_with_number = f.starts_with(|c: char| c.is_ascii_digit());
    if !starts_with_number || p.words > 16 {
        return false;
    }
    let counted = f
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| page::COUNTED_NOUNS.contains(&w));
    let appeal = page::APPEAL_WORDS.iter().any(|a| f.contains(a));
    counted && (p.words <= 6 || appeal)
}

/// "Published July 13, 2024", "Updated: 10:42 AM".
fn is_dateline(p: &Para) -> bool {
    let f = p.folded.as_str();
    let lead = [
        "published",
        "updated",
        "posted",
        "last updated",
        "first published",
    ];
    let dated = f.chars().any(|c| c.is_ascii_digit());
    let labelled = lead.iter().any(|l| f.starts_with(l));
    // "January 7, 2018 / 10:49 PM / Updated a day ago"
    let starts_with_date = MONTHS.iter().any(|m| {
        f.strip_prefix(m).is_some_and(|r| {
            r.trim_start_matches('.')
                .trim_start()
                .starts_with(|c: char| c.is_ascii_digit())
        })
    });
    p.words <= 12
        && dated
        && (labelled || (starts_with_date && p.sentences == 1 && !p.raw.ends_with('.')))
}

/// "10/03/2024 12:34 AM", "2024-07-13 09:41": only digits, separators and AM/PM.
fn is_timestamp(p: &Para) -> bool {
    let raw = p.raw.trim();
    let digits = raw.chars().filter(char::is_ascii_digit).count();
    let rest_ok = raw.split_whitespace().all(|w| {
        w.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '/' | '-' | ':' | '.' | ','))
            || matches!(
                w.to_lowercase().as_str(),
                "am" | "pm" | "gmt" | "utc" | "et" | "est" | "edt" | "bst" | "cet" | "kst"
            )
    });
    digits >= 4 && p.words <= 8 && rest_ok
}

/// Whether a word is written like a name: a capital, then letters (hyphens, apostrophes).
fn is_name_word(w: &str) -> bool {
    let mut chars = w.chars();
    chars.next().is_some_and(char::is_uppercase)
        && chars.all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
}

/// "By Jane Doe", "By Jane Doe and John Roe, AP".
fn is_byline(p: &Para) -> bool {
    let raw = p.raw.trim();
    let Some(rest) = raw.strip_prefix("By ").or_else(|| raw.strip_prefix("BY ")) else {
        return false;
    };
    let names = rest
        .split([',', '|'])
        .next()
        .unwrap_or("")
        .split_whitespace()
        .filter(|w| !matches!(*w, "and" | "&"));
    let mut count = 0;
    for w in names {
        if !is_name_word(w) {
            return false;
        }
        count += 1;
    }
    let tail_words = rest
        .split_once([',', '|'])
        .map_or(0, |(_, t)| t.split_whitespace().count());
    // One word passes only as an agency in capitals ("By REUTERS", "By AFP").
    let agency =
        count == 1 && rest.trim().len() >= 2 && rest.trim().chars().all(|c| c.is_uppercase());
    ((2..=6).contains(&count) || agency) && p.words <= 14 && tail_words <= 6 && !raw.ends_with('.')
}

/// "Politics Reporter", "Senior Correspondent": a short line ending in a journalist's title.
fn is_role_line(p: &Para) -> bool {
    if p.words > 5 || p.raw.trim_end().ends_with('.') {
        return false;
    }
    let last = p.label().rsplit(' ').next().unwrap_or("");
    let singular = last.strip_suffix('s').unwrap_or(last);
    page::JOURNALIST_ROLES.contains(&last) || page::JOURNALIST_ROLES.contains(&singular)
}

/// "Jane Doe is a reporter for …", "She covers politics …" at the foot of an article: a name
/// (or pronoun) and a journalist's title in the first sentence.
fn is_author_bio(p: &Para) -> bool {
    let first_sentence = p.folded.split(". ").next().unwrap_or("");
    let words: Vec<&str> = p.raw.split_whitespace().take(5).collect();
    let name_len = words.iter().take(4).take_while(|w| is_name_word(w)).count();
    if name_len == 0 || name_len > 3 {
        return false;
    }
    let after_name: Vec<&str> = first_sentence.split(' ').skip(name_len).take(3).collect();
    let verb_ok = matches!(
        after_name.as_slice(),
        ["is", "a" | "an" | "the", ..]
            | ["was", "a" | "an" | "the", ..]
            | ["covers", ..]
            | ["has", "covered", ..]
            | ["joined", ..]
            | ["writes", ..]
    );
    let role = first_sentence
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| {
            page::JOURNALIST_ROLES.contains(&w)
                || w.strip_suffix('s')
                    .is_some_and(|s| page::JOURNALIST_ROLES.contains(&s))
        });
    verb_ok && role && !p.raw.contains(['“', '"'])
}

/// A caption: starts with a credit ("Photo: …") or ends with one in brackets
/// ("(Jane Doe/Agency via Agency)").
fn is_caption(p: &Para) -> bool {
    let f = p.folded.as_str();
    if page::CREDIT_PREFIXES.iter().any(|c| f.starts_with(c)) {
        return true;
    }
    let raw = p.raw.trim_end();
    if ends_with_agency_credit(raw) {
        return true;
    }
    let Some(open) = raw.strip_suffix(')').and_then(|r| r.rfind('(')) else {
        return false;
    };
    let inside = &raw[open + 1..raw.len() - 1];
    let inside_folded = inside.to_lowercase();
    let slash_credit = inside.split_once('/').is_some_and(|(a, b)| {
        a.split_whitespace().all(is_name_word)
            && b.trim().starts_with(char::is_uppercase)
            && !a.trim().is_empty()
    });
    let prefixed = page::CREDIT_PREFIXES
        .iter()
        .any(|c| inside_folded.starts_with(c));
    // "(EPA Photo)", "(AFP photos)"
    let agency_photo = inside.split_whitespace().count() <= 4
        && (inside_folded.ends_with(" photo") || inside_folded.ends_with(" photos"));
    slash_credit || prefixed || agency_photo
}

/// "… Picture taken December 11, 2017. AGENCY/Jane Doe": a caption's last words are a credit,
/// an agency and a name joined by a slash, after the last sentence.
fn ends_with_agency_credit(raw: &str) -> bool {
    let tail = raw.rsplit(". ").next().unwrap_or(raw);
    if raw.len() == tail.len() || tail.ends_with('.') || tail.split_whitespace().count() > 6 {
        return false;
    }
    tail.split_once('/').is_some_and(|(agency, name)| {
        let agency = agency.split_whitespace().last().unwrap_or("");
        agency.chars().next().is_some_and(char::is_uppercase)
            && name.split_whitespace().all(is_name_word)
            && !name.trim().is_empty()
    })
}

/// A line that is only a photo credit: "Ron Galella/WireImage", "Jane Doe/AFP via Agency".
fn is_credit_line(p: &Para) -> bool {
    let raw = p.raw.trim();
    if p.words > 8 || raw.ends_with(['.', '!', '?', ':']) {
        return false;
    }
    let names = |part: &str| {
        let words: Vec<&str> = part.split_whitespace().filter(|w| *w != "via").collect();
        !words.is_empty()
            && words
                .iter()
                .all(|w| is_name_word(w) || w.chars().all(|c| c.is_uppercase()))
    };
    raw.split_once('/')
        .is_some_and(|(a, b)| names(a) && names(b))
}

/// A short line wholly in square brackets ("[Press Blog]"): a link or section marker.
fn is_bracketed_label(p: &Para) -> bool {
    let raw = p.raw.trim();
    raw.starts_with('[') && raw.ends_with(']') && p.words <= 6
}

/// "Reprinted with permission of …", near the top or the end of the page.
fn is_reprint_credit(p: &Para, index: usize, count: usize) -> bool {
    let f = p.folded.as_str();
    let Some(phrase) = page::REPRINT_PHRASES.iter().find(|ph| f.contains(*ph)) else {
        return false;
    };
    let at_edge = index < 3 || index + 5 >= count;
    p.words <= 30 && (at_edge || phrase.contains("permission") || f.contains("rights reserved"))
}

/// "DPRK stands for …": one sentence explaining a short form.
fn is_explainer(p: &Para) -> bool {
    if p.sentences != 1 || p.words > 30 {
        return false;
    }
    let first = p.raw.split_whitespace().next().unwrap_or("");
    let acronym = (2..=8).contains(&first.chars().count())
        && first
            .chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit())
        && first.chars().any(char::is_uppercase);
    let rest = p.folded.split_once(' ').map_or("", |x| x.1);
    acronym && page::EXPLAINER_PHRASES.iter().any(|e| rest.starts_with(e))
}

/// A title line that repeats an earlier one word for word (a duplicated headline). Repeated
/// prose is left alone: it may be a pull quote or a real repetition.
fn mark_repeats(paras: &[Para], marks: &mut [Mark]) {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for (i, p) in paras.iter().enumerate() {
        if p.words < 3 || p.words > 40 {
            continue;
        }
        match seen.get(p.folded.as_str()) {
            Some(&first) if marks[i].is_none() && paras[first].is_title() => {
                marks[i] = mark(RepeatedHeadline, "repeats the headline");
            }
            Some(_) => {}
            None => {
                seen.insert(p.folded.as_str(), i);
            }
        }
    }
}

/// Whether a paragraph is a list item ("- …", "• …", "1. …").
fn is_list_item(raw: &str) -> bool {
    let t = raw.trim_start();
    t.starts_with(['-', '•', '*', '–', '·', '▪', '►', '◦'])
        || t.split_once(['.', ')']).is_some_and(|(n, _)| {
            !n.is_empty() && n.len() <= 2 && n.chars().all(|c| c.is_ascii_digit())
        })
}

/// A two-to-four-word line written like a person's name.
fn is_name_line(p: &Para) -> bool {
    let words: Vec<&str> = p.raw.split_whitespace().collect();
    (2..=4).contains(&words.len()) && words.iter().all(|w| is_name_word(w)) && !p.raw.ends_with('.')
}

fn kind_of(marks: &[Mark], i: usize) -> Option<BoilerplateKind> {
    marks.get(i).and_then(|m| m.as_ref()).map(|(k, _)| *k)
}

/// Characters an embedded post's text may have above its link line (a post's 280 characters,
/// the link and an ellipsis).
const POST_BUDGET: usize = 360;
/// A paragraph longer than this is no post's text: it bounds a post from above.
const POST_MAX: usize = 280;
/// Paragraphs of a post's text above its link line.
const POST_LINES: usize = 3;

/// Whether a line reads like the start of a social post: shouted in capitals, opened by an
/// emoji or symbol, or carrying a hashtag or @mention.
fn looks_like_post(p: &Para) -> bool {
    let raw = p.raw.trim();
    let letters = raw.chars().filter(|c| c.is_alphabetic()).count();
    let upper = raw.chars().filter(|c| c.is_uppercase()).count();
    let shouted = p.words >= 3 && letters > 0 && upper * 10 >= letters * 8;
    let symbol_first = raw
        .chars()
        .next()
        .is_some_and(|c| !c.is_alphanumeric() && !c.is_ascii_punctuation() && !c.is_whitespace());
    let tagged = raw.split_whitespace().any(|w| {
        (w.starts_with('#') || w.starts_with('@'))
            && w.chars().nth(1).is_some_and(char::is_alphanumeric)
    });
    shouted || symbol_first || tagged
}

/// The text of an embedded post: the few short paragraphs above a post-link line that a
/// signature line closes. The topmost must read like a post's opening and sit under a clear
/// boundary (long prose, a line ending in a colon, other boilerplate); otherwise only the link
/// and signature lines are marked.
fn mark_post_text(paras: &[Para], marks: &mut [Mark]) {
    let chars = |p: &Para| p.raw.chars().count();
    for link in 0..paras.len() {
        let signed = matches!(kind_of(marks, link + 1), Some(SocialEmbed))
            && is_post_signature(&paras[link + 1]);
        if !signed || !is_embed_link(&paras[link]) || is_post_signature(&paras[link]) {
            continue;
        }
        let mut budget = chars(&paras[link]);
        let mut top = link;
        while top > 0 && link - top < POST_LINES && marks[top - 1].is_none() {
            let size = chars(&paras[top - 1]);
            if size > POST_MAX || budget + size > POST_BUDGET || paras[top - 1].raw.ends_with(':') {
                break;
            }
            budget += size;
            top -= 1;
        }
        let boundary = |t: usize| {
            t > 0
                && (marks[t - 1].is_some()
                    || chars(&paras[t - 1]) > POST_MAX
                    || paras[t - 1].raw.ends_with(':'))
        };
        if let Some(first) = (top..link).find(|&t| looks_like_post(&paras[t]) && boundary(t)) {
            for m in &mut marks[first..link] {
                *m = mark(SocialEmbed, "text of an embedded social-media post");
            }
        }
    }
}

/// Pass 2: what a paragraph is next to.
fn in_context(paras: &[Para], marks: &mut [Mark]) {
    let n = paras.len();
    mark_post_text(paras, marks);
    // Items under a recap heading; the title after a teaser label.
    for i in 0..n {
        match kind_of(marks, i) {
            Some(RecapList)
                if marks[i]
                    .as_ref()
                    .is_some_and(|(_, r)| r.starts_with("heading")) =>
            {
                let heading = paras[i].raw.trim().to_string();
                for j in i + 1..n {
                    if !is_list_item(paras[j].raw) || marks[j].is_some() {
                        break;
                    }
                    marks[j] = mark(RecapList, format!("item of a recap list (\"{heading}\")"));
                }
            }
            Some(Teaser) if paras[i].words <= 4 => {
                if let Some(next) = paras.get(i + 1) {
                    if marks[i + 1].is_none() && next.is_title() {
                        marks[i + 1] = mark(Teaser, "headline of a teaser for another article");
                    }
                }
            }
            _ => {}
        }
    }
    // A name next to a byline, job title or bio.
    for i in 0..n {
        if marks[i].is_some() || !is_name_line(&paras[i]) {
            continue;
        }
        let near = (i.saturating_sub(2)..(i + 3).min(n))
            .filter(|&j| j != i)
            .any(|j| matches!(kind_of(marks, j), Some(Byline | AuthorBio)));
        if near {
            marks[i] = mark(Byline, "the author's name");
        }
    }
    // Before the article begins: one- or two-word lines are section and navigation labels.
    for i in 0..n {
        if marks[i].is_none() && paras[i].is_prose() {
            break;
        }
        let p = &paras[i];
        let bare = !p.raw.ends_with(['.', '!', '?', ':', '"', '”', '’', '\'']);
        if marks[i].is_none() && (1..=2).contains(&p.words) && bare {
            marks[i] = mark(
                SiteChrome,
                "a section or navigation label above the article",
            );
        }
    }
    // A title over an author, after the article has begun: a related-article card.
    let mut body_started = false;
    for i in 0..n {
        if marks[i].is_none() && paras[i].is_prose() {
            body_started = true;
            continue;
        }
        if !body_started || marks[i].is_some() || !paras[i].is_title() {
            continue;
        }
        let author_follows = (i + 1..(i + 3).min(n))
            .any(|j| matches!(kind_of(marks, j), Some(Byline)))
            && marks.get(i + 1).is_some_and(Option::is_some);
        if author_follows {
            marks[i] = mark(
                Teaser,
                "headline of a related article (a title over its author)",
            );
        }
    }
    // Paragraphs caught between navigation elements after the article has ended.
    let navigation = |k: Option<BoilerplateKind>| matches!(k, Some(SiteChrome | Teaser));
    let mut all_after_marked = true;
    for i in (0..n).rev() {
        if marks[i].is_none()
            && all_after_marked
            && i > 0
            && i + 1 < n
            && navigation(kind_of(marks, i - 1))
            && navigation(kind_of(marks, i + 1))
        {
            marks[i] = mark(Teaser, "sits among page elements after the article's end");
        }
        all_after_marked &= marks[i].is_some();
    }
}

fn apply_overrides(
    model: &TextModel,
    regions: &mut Vec<BoilerplateRegion>,
    overrides: &[BoilerplateOverride],
) {
    for o in overrides {
        let Some(p) = model.paragraph_at(o.at) else {
            continue;
        };
        let span = model.paragraphs[p].span;
        regions.retain(|r| !r.span.overlaps(span));
        if o.is_boilerplate {
            regions.push(BoilerplateRegion {
                span,
                kind: BoilerplateKind::SiteChrome,
                reason: "marked by you as not part of the article".to_string(),
            });
        }
    }
    regions.sort_by_key(|r| r.span);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (paragraph text, kind) of every region.
    fn marked(text: &str) -> Vec<(&str, BoilerplateKind)> {
        let model = TextModel::new(text);
        detect(text, &model, &[])
            .into_iter()
            .map(|r| (r.span.slice(text), r.kind))
            .collect()
    }

    const BODY: &str = "The ministry said the talks had failed. Officials met again on Monday \
                        to discuss the matter, and no agreement was reached.";

    #[test]
    fn repeated_labels_and_developing_story_notes() {
        // tribalfootball.com, ITV News and The Irish Times, July 16, 2024.
        let text = format!(
            "{BODY}\n\nAdvertisement Advertisement\n\n{BODY}\n\nThis is a breaking news story \
             - more to follow.\n\nMore to follow...\n\nMore to follow in the coming weeks, the \
             ministry said.\n\nAdvertisement Advertisement Headline"
        );
        assert_eq!(
            marked(&text),
            [
                ("Advertisement Advertisement", SiteChrome),
                (
                    "This is a breaking news story - more to follow.",
                    SiteChrome
                ),
                ("More to follow...", SiteChrome)
            ]
        );
    }

    #[test]
    fn embedded_post_lines() {
        let text = format!(
            "{BODY}\nThe ministry spoke… pic.twitter.com/AbC123\n\
             — Some Outlet (@SomeOutlet) March 3, 2025\n{BODY}"
        );
        assert_eq!(
            marked(&text),
            [
                ("The ministry spoke… pic.twitter.com/AbC123", SocialEmbed),
                ("— Some Outlet (@SomeOutlet) March 3, 2025", SocialEmbed)
            ]
        );
    }

    #[test]
    fn chrome_counters_reading_time_and_repeated_headline() {
        let text = format!(
            "12 members on board\n\nNews Feed\n\nMinister resigns over 'botched' reform\n\n\
             4 min read\nMinister resigns over 'botched' reform\n{BODY}"
        );
        let got = marked(&text);
        assert_eq!(got[0].1, SiteChrome);
        assert_eq!(got[1].1, SiteChrome);
        assert_eq!(got[2], ("4 min read", SiteChrome));
        assert_eq!(
            got[3],
            ("Minister resigns over 'botched' reform", RepeatedHeadline)
        );
        assert_eq!(got.len(), 4);
    }

    #[test]
    fn teaser_label_and_its_headline() {
        let text = format!(
            "{BODY}\nREAD ALSO:\nFloods Displace Thousands In Coastal Province\n{BODY}\n\
             Related: Talks collapse in Geneva\n{BODY}"
        );
        let got = marked(&text);
        assert_eq!(got.len(), 3);
        assert!(got.iter().all(|(_, k)| *k == Teaser));
    }

    #[test]
    fn author_block_and_related_card_at_the_foot() {
        let text = format!(
            "{BODY}\n{BODY}\nPresident hails summit as 'turning point,' but critics doubt it\n\
             Avatar\nJane Doe\n\nEurope Correspondent\n\nJane Doe is a correspondent for the \
             paper, covering the European Union. She studied in Paris.\n\nRead more\nVideo\n\n\
             The war has changed the city. Many residents have left since spring.\n\nShow More"
        );
        let got = marked(&text);
        let kinds: Vec<_> = got.iter().map(|(_, k)| *k).collect();
        assert_eq!(
            kinds,
            [Teaser, SiteChrome, Byline, Byline, AuthorBio, Teaser, Teaser, Teaser, SiteChrome]
        );
    }

    #[test]
    fn caption_recap_reprint_and_explainer() {
        let text = format!(
            "{BODY}\nA flag flies over the village on Friday. (Jane Doe/Agency via Photo \
             Service)\n{BODY}\nUN stands for the United Nations.\nKey Takeaways\n- The talks \
             failed.\n- A new round is planned.\nJohn Roe – Reprinted with permission of \
             Example Wire"
        );
        let kinds: Vec<_> = marked(&text).into_iter().map(|(_, k)| k).collect();
        assert_eq!(
            kinds,
            [
                Caption,
                Explainer,
                RecapList,
                RecapList,
                RecapList,
                ReprintCredit
            ]
        );
    }

    #[test]
    fn text_of_an_embedded_post_above_its_link() {
        let text = format!(
            "{BODY} {BODY} {BODY}\nBREAKING: MINISTER RESIGNS\nThe minister quit on Friday, \
             the agency said… pic.twitter.com/AbC123\n— Some Outlet (@SomeOutlet) March 3, \
             2025\n{BODY}\nSHORT LINE IN CAPITALS\nA post… pic.twitter.com/XyZ\n\
             — Other (@other) May 1, 2025"
        );
        let got = marked(&text);
        let texts: Vec<_> = got.iter().map(|(t, _)| *t).collect();
        assert_eq!(
            texts,
            [
                "BREAKING: MINISTER RESIGNS",
                "The minister quit on Friday, the agency said… pic.twitter.com/AbC123",
                "— Some Outlet (@SomeOutlet) March 3, 2025",
                "A post… pic.twitter.com/XyZ",
                "— Other (@other) May 1, 2025"
            ]
        );
    }

    #[test]
    fn stamps_sources_and_agency_photo_captions() {
        let text = format!(
            "{BODY}\n10/03/2024 12:34 AM\nThe minister speaks in Brussels, 03 April 2025. \
             (EPA Photo)\n{BODY}\nSource: Example Wire"
        );
        let kinds: Vec<_> = marked(&text).into_iter().map(|(_, k)| k).collect();
        assert_eq!(kinds, [SiteChrome, Caption, ReprintCredit]);
    }

    #[test]
    fn credits_and_promotions() {
        // Wire and magazine furniture: a photo credit line, editing credits, a newsletter
        // promotion.
        let text = format!(
            "{BODY}\nRon Galella/WireImage\n{BODY}\nReporting by Jane Doe; Editing by John Roe\n\
             Sign up for our daily newsletter to get the latest news.\n{BODY}"
        );
        let kinds: Vec<_> = marked(&text).into_iter().map(|(_, k)| k).collect();
        assert_eq!(kinds, [Caption, Byline, SiteChrome]);
    }

    #[test]
    fn body_paragraphs_are_not_marked() {
        // Real body copy with names, numbers, lists and parentheses.
        let text = "North Korea has fired missiles toward the sea multiple times.\n\
                    25 people were injured in the blast, officials said.\n\
                    Kim Jong Un\n\
                    The agency (KCNA) said the test was a success.\n\
                    The Foreign Ministry spokesperson is a senior diplomat, officials said.\n\
                    - Russia denied the report.";
        assert_eq!(marked(text), []);
    }

    #[test]
    fn overrides_win() {
        let text = format!("{BODY}\nRead more\n{BODY}");
        let model = TextModel::new(&text);
        let at = text.find("Read more").unwrap();
        let cleared = detect(
            &text,
            &model,
            &[BoilerplateOverride {
                at,
                is_boilerplate: false,
            }],
        );
        assert!(cleared.is_empty());
        let marked = detect(
            &text,
            &model,
            &[BoilerplateOverride {
                at: 0,
                is_boilerplate: true,
            }],
        );
        assert_eq!(marked.len(), 2);
        assert_eq!(marked[0].span, model.paragraphs[0].span);
    }
}

//! Pass 2: what a paragraph is next to: a repeated headline, the text of an embedded post,
//! the headline after a teaser label, items under a recap heading, a name beside a byline, a
//! related-article card, and paragraphs caught between page elements after the article ends.
//!
//! This file reads the marks of pass 1 (`alone`); it does not apply the user's overrides
//! (`boilerplate`).

use super::alone::{is_embed_link, is_name_word, is_post_signature};
use super::region::{mark, Mark, Para};
use crate::report::BoilerplateKind::{self, *};
use std::collections::HashMap;

/// A title line that repeats an earlier one word for word (a duplicated headline). Repeated
/// prose is left alone: it may be a pull quote or a real repetition.
pub(super) fn mark_repeats(paras: &[Para], marks: &mut [Mark]) {
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
pub(super) fn in_context(paras: &[Para], marks: &mut [Mark]) {
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

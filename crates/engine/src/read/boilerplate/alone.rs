//! Pass 1: what a paragraph is on its own: embedded-post lines, page labels, reading times,
//! counters and appeals, notes, datelines and timestamps, bylines and job titles, author bios,
//! captions and credits, reprint credits and explainers.
//!
//! Each rule reads one paragraph's shape and the word lists of `lexicon::page`; none looks at
//! the paragraphs around it (`context`).

use super::region::{mark, Mark, Para};
use crate::lexicon::calendar::MONTHS;
use crate::lexicon::page;
use crate::report::BoilerplateKind::*;

/// Pass 1: what a paragraph is by itself.
pub(super) fn on_its_own(p: &Para, index: usize, count: usize) -> Mark {
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
    if is_support_note(p) {
        return mark(SiteChrome, "a note pointing readers to a support line");
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
    if is_market_quote(p) {
        return mark(SiteChrome, "a share-price or market-data line");
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
    // "(Reporting by …; Editing by …)": wire credits often sit in brackets.
    let unbracketed = f.trim_start_matches(['(', '[']);
    if p.words <= 30
        && page::CREDIT_LINE_PREFIXES
            .iter()
            .any(|c| unbracketed.starts_with(c))
    {
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

pub(super) fn is_embed_link(p: &Para) -> bool {
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
pub(super) fn is_post_signature(p: &Para) -> bool {
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

/// Words a support note may have.
const MAX_SUPPORT_NOTE_WORDS: usize = 60;

/// "If you, or someone you know, have been affected by any issues raised in this article,
/// support and information is available at …": the site's note after a story on a painful
/// subject, not the story.
fn is_support_note(p: &Para) -> bool {
    let f = p.folded.as_str();
    p.words <= MAX_SUPPORT_NOTE_WORDS
        && page::SUPPORT_NOTE_OPENINGS.iter().any(|o| f.starts_with(o))
        && f.split(|c: char| !c.is_alphanumeric())
            .any(|w| page::SUPPORT_NOTE_WORDS.contains(&w))
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

/// "BA THE BOEING CO. 169.90 -1.97 -1.15%", "(-0.20%)", "Dow Jones +0.45%": a short line of a
/// quote box that holds a signed percentage change. Prose writes "fell 1.2%" or "up 0.5 per
/// cent", never a sign before the figure, so a signed percentage in a line of a dozen words or
/// fewer with no sentence ending is a price ticker.
fn is_market_quote(p: &Para) -> bool {
    let raw = p.raw.trim();
    if p.words > 12 || raw.ends_with(['.', '!', '?', '"', '”']) && !raw.ends_with("%.") {
        return false;
    }
    raw.split_whitespace().any(is_signed_percentage)
}

/// "-1.15%", "+0.5%", "(−0.20%)", "−3%".
fn is_signed_percentage(token: &str) -> bool {
    let t = token.trim_matches(|c| c == '(' || c == ')');
    let Some(number) = t
        .strip_suffix('%')
        .and_then(|n| n.strip_prefix(['-', '+', '−']))
    else {
        return false;
    };
    number.chars().next().is_some_and(|c| c.is_ascii_digit())
        && number
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
}

/// Whether a word is written like a name: a capital, then letters (hyphens, apostrophes).
pub(super) fn is_name_word(w: &str) -> bool {
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
    // "• Web editor": an item of the article's own list.
    if p.words > 5 || p.raw.trim_end().ends_with('.') || p.raw.trim_start().starts_with('•') {
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

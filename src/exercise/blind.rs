//! Blind reading: sources shown as "Source A", "Source B"…, with each outlet's name and its
//! self-references masked in every text, so that brands do not sway judgement until the
//! teacher reveals them.
//!
//! What is masked, for each source name that is not already a neutral label ("Source B",
//! "Article 2"):
//! - the whole name, wherever it stands as words in any text ("the Kyiv Independent" →
//!   "the [Source C]"), case aside, with spaces, hyphens or underscores between its words;
//! - when the whole name appears nowhere, each of its words that stands only in that source's
//!   own text and is never written in lower case there ("Yonhap" of "Yonhap Reprint"): an
//!   outlet refers to itself by part of its name ("(Yonhap)", "told DailyNoah");
//! - any address-like token that holds the name's words run together ("kyivindependent.com");
//! - the words the teacher adds to the hide list.
//!
//! Masking happens before the comparison, so everything derived from the texts (quote cards,
//! tables, evidence) is masked too. It never reads meaning into the texts beyond this, and it
//! cannot know an outlet by a name its source was not given: the teacher sees the masked texts
//! and adds words to hide.

/// The neutral label of source `index`: "Source A" … "Source Z", "Source AA" ….
pub fn label(index: usize) -> String {
    format!("Source {}", letters(index))
}

/// `index` as spreadsheet-style column letters: 0 → "A", 25 → "Z", 26 → "AA".
pub fn letters(index: usize) -> String {
    let mut n = index + 1;
    let mut out = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        out.push(char::from(b'A' + rem as u8));
        n = (n - 1) / 26;
    }
    out.iter().rev().collect()
}

/// One thing to mask: the words that make it up, and the label that replaces it.
struct Term {
    words: Vec<String>,
    label: String,
}

/// `texts` with every source's name (see the module docs) and every `also_hide` word replaced
/// by the bracketed label of the source it names ("[Source B]"; "[hidden]" for the teacher's
/// words). `names[i]` is the name of `texts[i]`.
pub fn mask(texts: &[&str], names: &[&str], also_hide: &[String]) -> Vec<String> {
    let terms = terms(texts, names, also_hide);
    let needles = address_needles(names, &terms);
    texts
        .iter()
        .map(|text| replace_matches(text, &terms, &needles))
        .collect()
}

/// The terms to mask in every text.
fn terms(texts: &[&str], names: &[&str], also_hide: &[String]) -> Vec<Term> {
    let mut terms = Vec::new();
    for (index, name) in names.iter().enumerate() {
        let words = name_words(name);
        if is_neutral(&words) {
            continue;
        }
        let label = format!("[{}]", label(index));
        let whole_appears = texts.iter().any(|t| find(t, &words, 0).is_some());
        if whole_appears || words.len() == 1 {
            terms.push(Term { words, label });
            continue;
        }
        for word in &words {
            if is_self_reference(word, index, texts) {
                terms.push(Term {
                    words: vec![word.clone()],
                    label: label.clone(),
                });
            }
        }
    }
    for hidden in also_hide {
        let words = name_words(hidden);
        if !words.is_empty() {
            terms.push(Term {
                words,
                label: "[hidden]".to_string(),
            });
        }
    }
    // Longer terms first, so "Kyiv Independent" wins over a teacher's "Kyiv".
    terms.sort_by_key(|t| std::cmp::Reverse(t.words.iter().map(String::len).sum::<usize>()));
    terms
}

/// What marks an address or handle as an outlet's ("kyivindependent.com", "@DailyNoahNews"),
/// in lower case, with the label that replaces it: each name's words run together, and each
/// single word masked as a self-reference, when long enough to be distinctive.
fn address_needles(names: &[&str], terms: &[Term]) -> Vec<(String, String)> {
    let mut needles: Vec<(String, String)> = names
        .iter()
        .enumerate()
        .filter_map(|(index, name)| {
            let words = name_words(name);
            let glued: String = words.concat().to_lowercase();
            (!is_neutral(&words) && glued.chars().count() >= 6)
                .then(|| (glued, format!("[{}]", label(index))))
        })
        .collect();
    needles.extend(
        terms
            .iter()
            .filter(|t| t.words.len() == 1 && t.words[0].chars().count() >= 5)
            .filter(|t| t.label != "[hidden]")
            .map(|t| (t.words[0].to_lowercase(), t.label.clone())),
    );
    needles
}

/// The words of a name: runs of letters and digits.
fn name_words(name: &str) -> Vec<String> {
    name.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// Names that are already neutral: "Source B", "Article 2", "Text 3", "Untitled".
fn is_neutral(words: &[String]) -> bool {
    let Some(first) = words.first().map(|w| w.to_lowercase()) else {
        return true;
    };
    let generic = [
        "source", "article", "text", "untitled", "pasted", "document",
    ];
    generic.contains(&first.as_str())
        && words[1..]
            .iter()
            .all(|w| w.len() <= 3 || w.chars().all(|c| c.is_ascii_digit()))
}

/// Whether `word` of source `index`'s name is how that source refers to itself: it stands in
/// that source's text, never in lower case there, and in no other source's text.
fn is_self_reference(word: &str, index: usize, texts: &[&str]) -> bool {
    if word.chars().count() < 3 || word.chars().all(|c| c.is_ascii_digit()) {
        return false;
    }
    let term = [word.to_string()];
    let own = texts.get(index).copied().unwrap_or_default();
    let mut found = false;
    let mut from = 0;
    while let Some((start, end)) = find(own, &term, from) {
        if own[start..].chars().next().is_some_and(char::is_lowercase) {
            return false;
        }
        found = true;
        from = end;
    }
    found
        && texts
            .iter()
            .enumerate()
            .all(|(i, text)| i == index || find(text, &term, 0).is_none())
}

/// `text` with every match of `terms` and every address-like token holding a needle
/// replaced by its label.
fn replace_matches(text: &str, terms: &[Term], needles: &[(String, String)]) -> String {
    let mut hits: Vec<(usize, usize, &str)> = Vec::new();
    for term in terms {
        let mut from = 0;
        while let Some((start, end)) = find(text, &term.words, from) {
            hits.push((start, end, &term.label));
            from = end;
        }
    }
    for (start, end) in tokens(text) {
        let token = text[start..end].to_lowercase();
        if let Some((_, label)) = needles.iter().find(|(n, _)| token.contains(n.as_str())) {
            hits.push((start, end, label));
        }
    }
    hits.sort_by_key(|&(start, end, _)| (start, std::cmp::Reverse(end)));
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (start, end, label) in hits {
        if start < at {
            continue;
        }
        out.push_str(&text[at..start]);
        out.push_str(label);
        at = end;
    }
    out.push_str(&text[at..]);
    out
}

/// Runs of non-space characters that look like addresses or handles (hold `.`, `/` or `@`).
fn tokens(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut pos = 0;
    std::iter::from_fn(move || loop {
        let rest = &text[pos..];
        let skip = rest.len() - rest.trim_start().len();
        pos += skip;
        if pos >= text.len() {
            return None;
        }
        let len = text[pos..]
            .find(char::is_whitespace)
            .unwrap_or(text.len() - pos);
        let (start, end) = (pos, pos + len);
        pos = end;
        let token = &text[start..end];
        if token.contains(['.', '/', '@']) {
            return Some((start, end));
        }
    })
}

/// The first match of `words` in `text` at or after byte `from`: the words in order, case
/// aside, each standing alone (no letter or digit touching it), separated by spaces, hyphens
/// or underscores.
fn find(text: &str, words: &[String], from: usize) -> Option<(usize, usize)> {
    let first = words.first()?.chars().next()?;
    let mut pos = from;
    while pos < text.len() {
        let rest = &text[pos..];
        let offset = rest.find(|c: char| same_letter(c, first))?;
        let start = pos + offset;
        let starts_word = text[..start]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        if starts_word {
            if let Some(end) = match_words(text, start, words) {
                return Some((start, end));
            }
        }
        pos = start + text[start..].chars().next().map_or(1, char::len_utf8);
    }
    None
}

/// Where `words` matched from `start` end, if they do.
fn match_words(text: &str, start: usize, words: &[String]) -> Option<usize> {
    let mut pos = start;
    for (i, word) in words.iter().enumerate() {
        if i > 0 {
            let rest = &text[pos..];
            let gap = rest.len() - rest.trim_start_matches([' ', '-', '_', '\u{a0}']).len();
            if gap == 0 {
                return None;
            }
            pos += gap;
        }
        let mut chars = text[pos..].char_indices();
        for w in word.chars() {
            let (_, c) = chars.next()?;
            if !same_letter(c, w) {
                return None;
            }
            pos += c.len_utf8();
        }
    }
    let ends_word = text[pos..]
        .chars()
        .next()
        .is_none_or(|c| !c.is_alphanumeric());
    ends_word.then_some(pos)
}

/// Whether two characters are the same letter, case aside.
fn same_letter(a: char, b: char) -> bool {
    a == b || a.to_lowercase().eq(b.to_lowercase())
}

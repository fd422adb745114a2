//! Links between mentions of one actor written differently: acronyms and their spelled-out
//! names, transliterations of one person's name, and short forms ("the North", "Putin").

use crate::report::{ActorKind, MentionForm};
use std::collections::{BTreeMap, BTreeSet};

use crate::hash::{self, FastMap, FastSet};

use super::mention::Mention;
use crate::lexicon::phrase_words::NAME_CONNECTORS;

/// Merges persons whose names differ by one letter in one word ("Zelensky" / "Zelenskyy",
/// "Jo Chol Su" / "Jo Chol-soo"), other words equal: transliterations of one name. The key
/// seen first (in source order) wins.
pub(super) fn merge_spellings(raw: &mut [Vec<Mention>]) {
    let mut keys: Vec<String> = Vec::new();
    for m in raw.iter().flatten() {
        if m.kind == ActorKind::Person && !keys.contains(&m.key) {
            keys.push(m.key.clone());
        }
    }
    // Two names one letter apart share their first or their last word.
    let mut by_first: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (k, key) in keys.iter().enumerate() {
        let words: Vec<&str> = key.split(' ').collect();
        let first = words.first().copied().unwrap_or("");
        let last = words.last().copied().unwrap_or("");
        by_first.entry(format!("<{first}")).or_default().push(k);
        by_first.entry(format!(">{last}")).or_default().push(k);
    }
    let mut target: FastMap<String, String> = hash::map();
    for list in by_first.values() {
        for (x, &a) in list.iter().enumerate() {
            for &b in &list[x + 1..] {
                if keys[a] == keys[b]
                    || target.contains_key(&keys[b])
                    || target.contains_key(&keys[a])
                    || !one_letter_apart(&keys[a], &keys[b])
                {
                    continue;
                }
                let root = target
                    .get(&keys[a])
                    .cloned()
                    .unwrap_or_else(|| keys[a].clone());
                target.insert(keys[b].clone(), root);
            }
        }
    }
    for m in raw.iter_mut().flatten() {
        if let Some(root) = target.get(&m.key) {
            m.key = root.clone();
        }
    }
}

/// Same number of words, all equal but one, and that one within one edit.
fn one_letter_apart(a: &str, b: &str) -> bool {
    let (wa, wb): (Vec<&str>, Vec<&str>) = (a.split(' ').collect(), b.split(' ').collect());
    if wa.len() != wb.len() || wa.len() < 2 {
        return false;
    }
    let differing: Vec<(&str, &str)> = wa
        .iter()
        .zip(&wb)
        .filter(|(x, y)| x != y)
        .map(|(x, y)| (*x, *y))
        .collect();
    matches!(differing[..], [(x, y)] if within_one_edit(x, y))
}

fn within_one_edit(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if long.len() - short.len() > 1 || short.len() < 2 {
        return false;
    }
    let prefix = short.iter().zip(&long).take_while(|(x, y)| x == y).count();
    if short.len() == long.len() {
        short[prefix + 1..] == long[prefix + 1..]
    } else {
        short[prefix..] == long[prefix + 1..]
    }
}

/// A person's key with hyphenated given names split ("jo chol-su" → "jo chol su") and
/// middle initials dropped ("donald j trump" → "donald trump"): one person either way.
pub(super) fn person_key(key: &str) -> String {
    let words: Vec<&str> = key.split([' ', '-']).filter(|w| !w.is_empty()).collect();
    let last = words.len().saturating_sub(1);
    words
        .iter()
        .enumerate()
        .filter(|&(k, w)| k == 0 || k == last || w.chars().count() > 1)
        .map(|(_, w)| *w)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The initials of a multi-word name, connectors skipped: "north atlantic treaty
/// organization" → "nato".
fn initials(key: &str) -> Option<String> {
    let words: Vec<&str> = key
        .split(' ')
        .filter(|w| !NAME_CONNECTORS.contains(w) && *w != "and")
        .collect();
    (words.len() >= 2).then(|| {
        words
            .iter()
            .filter_map(|w| w.chars().next())
            .collect::<String>()
    })
}

/// Links acronyms to the one multi-word name (in any source) whose initials they are.
pub(super) fn link_acronyms(raw: &mut [Vec<Mention>]) {
    let mut by_initials: BTreeMap<String, FastSet<String>> = BTreeMap::new();
    for m in raw.iter().flatten() {
        if m.form != MentionForm::Name {
            continue;
        }
        let name = m
            .key
            .trim_start_matches("name:")
            .trim_start_matches("place:");
        let full = if m.key.starts_with("place:") {
            continue;
        } else {
            name
        };
        if let Some(init) = initials(full) {
            by_initials.entry(init).or_default().insert(m.key.clone());
        }
    }
    let mut kinds: FastMap<String, ActorKind> = hash::map();
    for m in raw.iter().flatten() {
        kinds.entry(m.key.clone()).or_insert(m.kind);
    }
    for m in raw.iter_mut().flatten() {
        if m.form != MentionForm::Acronym || !m.key.starts_with("name:") {
            continue;
        }
        let acronym = m.key.trim_start_matches("name:");
        if let Some(keys) = by_initials.get(acronym) {
            if keys.len() == 1 {
                if let Some(k) = keys.iter().next() {
                    m.key = k.clone();
                    m.kind = kinds.get(k).copied().unwrap_or(m.kind);
                }
            }
        }
    }
}

/// Links single-word names to a longer name: "the North" to the country whose name starts
/// with it, "Putin" to the one person whose first or last name it is; the same source is
/// tried first, then all sources.
pub(super) fn link_short_names(raw: &mut [Vec<Mention>]) {
    let all = person_words(raw.iter().flatten());
    let mut country_first_words: BTreeMap<String, FastSet<String>> = BTreeMap::new();
    for m in raw.iter().flatten() {
        if m.kind == ActorKind::Country && m.form == MentionForm::Name {
            let words: Vec<&str> = m.variant.split(' ').collect();
            if let [first, _, ..] = words[..] {
                country_first_words
                    .entry(first.to_string())
                    .or_default()
                    .insert(m.key.clone());
            }
        }
    }
    for mentions in raw.iter_mut() {
        let local = person_words(mentions.iter());
        for m in mentions.iter_mut() {
            if m.form != MentionForm::Name || m.tokens.len() != 1 || m.kind == ActorKind::Country {
                continue;
            }
            let word = m.variant.clone();
            if let Some(keys) = country_first_words.get(&word) {
                if keys.len() == 1 && m.key.starts_with("name:") {
                    if let Some(k) = keys.iter().next() {
                        m.key = k.clone();
                        m.kind = ActorKind::Country;
                        m.form = MentionForm::ShortName;
                        continue;
                    }
                }
            }
            let unique = |map: &FastMap<String, BTreeSet<String>>| {
                map.get(&word)
                    .filter(|keys| keys.len() == 1)
                    .and_then(|keys| keys.iter().next().cloned())
            };
            if let Some(k) = unique(&local).or_else(|| unique(&all)) {
                m.key = k;
                m.kind = ActorKind::Person;
                m.form = MentionForm::ShortName;
            }
        }
    }
}

/// For each first or last word of a person's multi-word name, the keys of those persons.
fn person_words<'a>(
    mentions: impl Iterator<Item = &'a Mention>,
) -> FastMap<String, BTreeSet<String>> {
    let mut map: FastMap<String, BTreeSet<String>> = hash::map();
    for m in mentions.filter(|m| m.kind == ActorKind::Person) {
        let words: Vec<&str> = m.key.trim_start_matches("name:").split(' ').collect();
        // The family name: last in "Vladimir Putin", and, for names of three or more words
        // such as "Kim Jong Un", possibly first.
        if let [first, .., last] = words[..] {
            map.entry(last.to_string())
                .or_default()
                .insert(m.key.clone());
            if words.len() >= 3 {
                map.entry(first.to_string())
                    .or_default()
                    .insert(m.key.clone());
            }
        }
    }
    map
}

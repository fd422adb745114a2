//! Speakers across a comparison's quote records: a quotation with no attribution of its own
//! takes the speaker its group agrees on, and every speaker gets an id that one person keeps
//! in every source.
//!
//! This file reads finished quote and group records; it finds no speakers in text (`read`).

use crate::hash::{self, FastMap};
use crate::report::{AttributionBasis, QuoteGroupRecord, QuoteRecord};

/// Bases that come from the quotation's own text (or the passage it continues).
fn own_basis(basis: Option<AttributionBasis>) -> bool {
    matches!(
        basis,
        Some(
            AttributionBasis::Verb
                | AttributionBasis::AccordingTo
                | AttributionBasis::Signature
                | AttributionBasis::LeadIn
                | AttributionBasis::Inherited
        )
    )
}

/// A person's key: the surname of a name ("Rishi Sunak", "Mr Sunak" → "sunak"), else the
/// words in lower case without a leading article ("the Charlton family" → "charlton family").
pub(super) fn person_key(speaker: &str) -> String {
    let bare = speaker
        .trim()
        .trim_end_matches("'s")
        .trim_end_matches("’s")
        .trim_end_matches(['.', ',']);
    let words: Vec<&str> = bare.split_whitespace().collect();
    match words.last() {
        Some(last) if last.chars().next().is_some_and(char::is_uppercase) => last.to_lowercase(),
        _ => words
            .iter()
            .skip_while(|w| matches!(w.to_lowercase().as_str(), "the" | "a" | "an"))
            .map(|w| w.to_lowercase())
            .collect::<Vec<_>>()
            .join(" "),
    }
}

/// Whether a speaker names someone ("Mr Justice Goss", "NATO"), not only describes them
/// ("the judge", "he").
fn names_someone(speaker: &str) -> bool {
    speaker.split_whitespace().enumerate().any(|(i, w)| {
        w.chars().next().is_some_and(char::is_uppercase)
            && (i > 0
                || !matches!(
                    w.to_lowercase().as_str(),
                    "the" | "a" | "an" | "he" | "she" | "they" | "it"
                ))
    })
}

/// Members of a group without a speaker take the one the members with their own attribution
/// agree on (one person, by [`person_key`]), marked [`AttributionBasis::Group`]. A quotation
/// never takes a speaker across a group whose members disagree.
pub(super) fn from_groups(quotes: &mut [QuoteRecord], groups: &[QuoteGroupRecord]) {
    let at: FastMap<&str, usize> = {
        let mut m = hash::map();
        for (i, q) in quotes.iter().enumerate() {
            m.insert(q.id.as_str(), i);
        }
        m
    };
    let mut fill: Vec<(usize, String)> = Vec::new();
    for g in groups {
        let members: Vec<usize> = g
            .members
            .iter()
            .filter_map(|id| at.get(id.as_str()).copied())
            .collect();
        let own: Vec<&str> = members
            .iter()
            .filter(|&&m| own_basis(quotes[m].attribution_basis))
            .filter_map(|&m| quotes[m].speaker.as_deref())
            .filter(|s| names_someone(s))
            .collect();
        let Some(first) = own.first() else { continue };
        let key = person_key(first);
        if own.iter().any(|s| person_key(s) != key) {
            continue;
        }
        // The fullest way the members name that person.
        let name = own
            .iter()
            .max_by_key(|s| (s.split_whitespace().count(), std::cmp::Reverse(s.len())))
            .map_or(*first, |s| *s)
            .to_string();
        for &m in &members {
            if quotes[m].speaker.is_none() {
                fill.push((m, name.clone()));
            }
        }
    }
    for (m, name) in fill {
        quotes[m].speaker = Some(name);
        quotes[m].attribution_basis = Some(AttributionBasis::Group);
    }
}

/// Gives every quotation with a speaker its person's id (`p1`, `p2`, … in report order).
pub(super) fn assign_ids(quotes: &mut [QuoteRecord]) {
    let mut ids: FastMap<String, String> = hash::map();
    for q in quotes.iter_mut() {
        let Some(speaker) = q.speaker.as_deref() else {
            continue;
        };
        let key = person_key(speaker);
        let next = ids.len() + 1;
        let id = ids.entry(key).or_insert_with(|| format!("p{next}"));
        q.speaker_id = Some(id.clone());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_person_has_one_key_however_named() {
        assert_eq!(person_key("Rishi Sunak"), person_key("Mr Sunak"));
        assert_eq!(person_key("PRINCE William"), person_key("William"));
        assert_eq!(person_key("the Charlton family"), "charlton family");
        assert_ne!(person_key("Keir Starmer"), person_key("Rishi Sunak"));
    }
}

//! Speakers across a comparison's quote records: a quotation with no attribution of its own
//! takes the speaker its group agrees on, and every speaker gets an id that one person keeps
//! in every source.
//!
//! This file reads finished quote and group records; it finds no speakers in text (`read`).

use crate::hash::{self, FastMap};
use crate::lexicon::people::NICKNAMES;
use crate::report::{ActorKind, AttributionBasis, NamedActor, QuoteGroupRecord, QuoteRecord};

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
            if quotes[m].speaker.is_none() && !named_otherwise_nearby(quotes, m, &key) {
                fill.push((m, name.clone()));
            }
        }
    }
    for (m, name) in fill {
        quotes[m].speaker = Some(name);
        quotes[m].attribution_basis = Some(AttributionBasis::Group);
    }
}

/// Quotes of one source looked at on each side of a quote for a speaker of their own.
const NEARBY_QUOTES: usize = 6;

/// Whether quote `m`'s own article credits a different person with its own attribution in
/// the paragraph of `m` or the one before, and credits the person keyed `key` nowhere near:
/// then the group's speaker, copied from other outlets, is not to be given to `m` (its
/// article may quote someone else in the same words).
fn named_otherwise_nearby(quotes: &[QuoteRecord], m: usize, key: &str) -> bool {
    let q = &quotes[m];
    let lo = m.saturating_sub(NEARBY_QUOTES);
    let hi = quotes.len().min(m + NEARBY_QUOTES + 1);
    let own_speakers = || {
        quotes[lo..hi]
            .iter()
            .filter(|o| o.source == q.source && own_basis(o.attribution_basis))
            .filter_map(|o| Some((o, o.speaker.as_deref()?)))
            .filter(|(_, s)| names_someone(s))
    };
    let credits_key = own_speakers().any(|(_, s)| person_key(s) == key);
    let other_nearby = own_speakers().any(|(o, s)| {
        person_key(s) != key && o.paragraph <= q.paragraph && o.paragraph + 1 >= q.paragraph
    });
    other_nearby && !credits_key
}

/// Gives every quotation with a speaker its person's id (`p1`, `p2`, … in report order): one
/// id per actor of the naming table (`framing::naming`, which links "Mr Sunak" to "Rishi
/// Sunak" within and across sources), so one person keeps an id in every outlet and two
/// people who share a surname get two. A speaker the table does not know is keyed by its
/// surname ([`person_key`]), or by its whole name when the table holds two people of that
/// surname.
pub(super) fn assign_ids(quotes: &mut [QuoteRecord], naming: &[NamedActor]) {
    let people = TableNames::new(naming);
    let mut ids: FastMap<String, String> = hash::map();
    for q in quotes.iter_mut() {
        let Some(speaker) = q.speaker.as_deref() else {
            continue;
        };
        let key = people.key_of(speaker, q.source);
        let next = ids.len() + 1;
        let id = ids.entry(key).or_insert_with(|| format!("p{next}"));
        q.speaker_id = Some(id.clone());
    }
}

/// The naming table's variants, normalised, with their actor and the sources they occur in.
struct TableNames<'a> {
    variants: Vec<(String, &'a str, Vec<usize>)>,
    /// Surnames (last words) of the table's people, with how many people bear each.
    surnames: FastMap<String, usize>,
}

impl<'a> TableNames<'a> {
    fn new(naming: &'a [NamedActor]) -> Self {
        let mut variants = Vec::new();
        let mut surnames: FastMap<String, usize> = hash::map();
        for actor in naming {
            for v in &actor.variants {
                let text = normalise(&v.text);
                let text = text.strip_prefix("the ").unwrap_or(&text).to_string();
                if text.chars().count() < 2 {
                    continue;
                }
                let sources = v.occurrences.iter().map(|o| o.source).collect();
                variants.push((text, actor.key.as_str(), sources));
            }
        }
        // "Dave Calhoun" and "David Calhoun": one person under two keys.
        let mut person: FastMap<(String, String), &str> = hash::map();
        let mut same: FastMap<&str, &str> = hash::map();
        for actor in naming.iter().filter(|a| a.kind == ActorKind::Person) {
            let words: Vec<&str> = actor.key.trim_start_matches("name:").split(' ').collect();
            let [first, .., last] = words[..] else {
                continue;
            };
            let formal = NICKNAMES
                .iter()
                .find(|(nick, _)| *nick == first)
                .map_or(first, |(_, formal)| *formal);
            let canonical = *person
                .entry((formal.to_string(), last.to_string()))
                .or_insert(actor.key.as_str());
            if canonical == actor.key {
                *surnames.entry(last.to_string()).or_default() += 1;
            }
            same.insert(actor.key.as_str(), canonical);
        }
        for (_, key, _) in variants.iter_mut() {
            if let Some(canonical) = same.get(key) {
                *key = canonical;
            }
        }
        TableNames { variants, surnames }
    }

    /// The actor a speaker names: the longest variant the speaker ends with ("Prime Minister
    /// Rishi Sunak" ends with "Rishi Sunak"; "the North's foreign ministry" names no actor),
    /// one seen in the quotation's own source first; `None` when two actors tie.
    fn actor(&self, speaker: &str, source: usize) -> Option<&'a str> {
        let s = normalise(speaker);
        let s = s.strip_prefix("the ").unwrap_or(&s);
        let mut best: Option<((usize, bool), &'a str)> = None;
        let mut tied = false;
        for (text, key, sources) in &self.variants {
            let ends = s == text
                || s.strip_suffix(text.as_str())
                    .is_some_and(|before| before.ends_with(' '));
            if !ends {
                continue;
            }
            let rank = (text.len(), sources.contains(&source));
            match best {
                Some((r, k)) if r == rank && k != *key => tied = true,
                Some((r, _)) if r >= rank => {}
                _ => {
                    best = Some((rank, key));
                    tied = false;
                }
            }
        }
        best.filter(|_| !tied).map(|(_, k)| k)
    }

    /// The key of a speaker's person.
    fn key_of(&self, speaker: &str, source: usize) -> String {
        if let Some(actor) = self.actor(speaker, source) {
            return format!("actor:{actor}");
        }
        let surname = person_key(speaker);
        if self.surnames.get(&surname).is_some_and(|&n| n > 1) {
            let s = normalise(speaker);
            return format!("name:{}", s.strip_prefix("the ").unwrap_or(&s));
        }
        format!("name:{surname}")
    }
}

/// Lower case, curly apostrophes straight, a possessive ending and outer punctuation dropped,
/// single spaces.
fn normalise(name: &str) -> String {
    let lower = name.to_lowercase().replace('’', "'");
    let bare = lower
        .trim()
        .trim_end_matches("'s")
        .trim_end_matches(['.', ',']);
    bare.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{MentionForm, NameVariant, Occurrence};

    fn member(source: usize, paragraph: usize, speaker: Option<&str>) -> QuoteRecord {
        let mut q = quote(source, speaker.unwrap_or(""));
        q.id = format!("s{source}p{paragraph}");
        q.paragraph = paragraph;
        q.speaker = speaker.map(str::to_string);
        q.attribution_basis = speaker.map(|_| AttributionBasis::Verb);
        q
    }

    #[test]
    fn a_group_speaker_is_not_copied_where_the_article_credits_someone_else_nearby() {
        let mut quotes = vec![
            member(0, 3, Some("Dana Reyes")),
            member(1, 2, Some("Tom Vance")),
            member(1, 3, None),
            member(2, 5, None),
        ];
        let groups = [QuoteGroupRecord {
            members: vec!["s0p3".into(), "s1p3".into(), "s2p5".into()],
            ..serde_json::from_value(serde_json::json!({
                "id": "g1", "members": [], "sources": [], "reference": "s0p3",
            }))
            .unwrap()
        }];
        from_groups(&mut quotes, &groups);
        // Source 1 credits Tom Vance in the paragraph before: its quote keeps no speaker.
        assert_eq!(quotes[2].speaker, None);
        // Source 2 credits no one nearby: the group's speaker fills the gap.
        assert_eq!(quotes[3].speaker.as_deref(), Some("Dana Reyes"));
    }

    #[test]
    fn one_person_has_one_key_however_named() {
        assert_eq!(person_key("Rishi Sunak"), person_key("Mr Sunak"));
        assert_eq!(person_key("PRINCE William"), person_key("William"));
        assert_eq!(person_key("the Charlton family"), "charlton family");
        assert_ne!(person_key("Keir Starmer"), person_key("Rishi Sunak"));
    }

    fn actor(key: &str, names: &[(&str, usize)]) -> NamedActor {
        NamedActor {
            key: key.into(),
            label: names[0].0.into(),
            kind: ActorKind::Person,
            mentions_by_source: vec![],
            variants: names
                .iter()
                .map(|&(text, source)| NameVariant {
                    text: text.into(),
                    form: MentionForm::Name,
                    counts: vec![],
                    occurrences: vec![Occurrence {
                        source,
                        start: 0,
                        end: 0,
                    }],
                })
                .collect(),
        }
    }

    fn quote(source: usize, speaker: &str) -> QuoteRecord {
        serde_json::from_value(serde_json::json!({
            "id": format!("s{source}q"), "source": source, "start": 0, "end": 0, "text": "",
            "kind": "full", "speaker": speaker, "verb": null, "verb_lemma": null,
            "in_boilerplate": false,
        }))
        .unwrap()
    }

    fn ids(naming: &[NamedActor], speakers: &[(usize, &str)]) -> Vec<String> {
        let mut quotes: Vec<QuoteRecord> = speakers.iter().map(|&(s, n)| quote(s, n)).collect();
        assign_ids(&mut quotes, naming);
        quotes.into_iter().map(|q| q.speaker_id.unwrap()).collect()
    }

    #[test]
    fn two_people_who_share_a_surname_have_two_ids() {
        // The naming table links each outlet's "Miliband" to the brother that outlet names.
        let naming = [
            actor("name:ed miliband", &[("Ed Miliband", 0), ("Miliband", 0)]),
            actor(
                "name:david miliband",
                &[("David Miliband", 1), ("Miliband", 1)],
            ),
        ];
        let got = ids(
            &naming,
            &[
                (0, "Ed Miliband"),
                (1, "David Miliband"),
                (0, "Mr Miliband"),
                (1, "Miliband"),
                (1, "Former Foreign Secretary David Miliband"),
            ],
        );
        assert_eq!(got, ["p1", "p2", "p1", "p2", "p2"]);
        // Without the table, the whole names tell the brothers apart too.
        let got = ids(&naming, &[(0, "Ed Miliband"), (0, "David Miliband")]);
        assert_ne!(got[0], got[1]);
    }

    #[test]
    fn one_person_named_two_ways_in_two_outlets_has_one_id() {
        let naming = [actor(
            "name:rishi sunak",
            &[("Rishi Sunak", 0), ("Sunak", 1), ("Mr Sunak", 1)],
        )];
        let got = ids(
            &naming,
            &[
                (0, "Prime Minister Rishi Sunak"),
                (1, "Mr Sunak"),
                (1, "Keir Starmer"),
            ],
        );
        assert_eq!(got, ["p1", "p1", "p2"]);
        // Boeing coverage, March 2024: "Dave Calhoun" and "David Calhoun" are one person.
        let naming = [
            actor("name:dave calhoun", &[("Dave Calhoun", 0)]),
            actor("name:david calhoun", &[("David Calhoun", 1)]),
        ];
        let got = ids(&naming, &[(0, "CEO Dave Calhoun"), (1, "David Calhoun")]);
        assert_eq!(got, ["p1", "p1"]);
    }
}

//! Whether two quotations can be from the same speaker, judged from how each source names it.
//!
//! A speaker becomes a *signature*: the actors from the framing naming table whose names it
//! contains ("A spokesperson of the North's foreign ministry" → North Korea, Foreign Ministry;
//! "Pyongyang" → North Korea), plus proper names the table does not know. Generic speakers
//! ("the official", "the statement") have an empty signature, which says nothing either way.
//! This is evidence for grouping short fragments, not a coreference system.

use crate::hash::{self, FastMap};
use crate::report::NamedActor;
use std::collections::BTreeSet;

use crate::lexicon::function_words::is_function_word;
use crate::lexicon::people::{GENERIC_PEOPLE, NAME_TITLES, ROLE_NOUNS};

/// The identities a speaker's name points to: names of people (an actor of the naming table
/// or a proper name) and *affiliations* — an actor named next to a role ("Boeing CEO", "the
/// leader of the Scottish National Party", "NATO leaders") or a place, which says whom the
/// speaker speaks for, not who they are. Affiliations are kept with the prefix [`OF`].
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Signature(BTreeSet<String>);

/// Prefix of an affiliation in a [`Signature`].
const OF: &str = "of:";

/// What two signatures say about a shared speaker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Agreement {
    /// They share an actor or a name.
    Same,
    /// Both name someone, and nobody in common.
    Different,
    /// At least one names nobody in particular.
    Unknown,
}

/// The agreements of a list's signatures, looked up by position: each pair of distinct
/// signatures is judged once (the quotations of a comparison share a few speakers).
pub struct Agreements<'a> {
    /// Each position's signature, as an index into `distinct`.
    of: Vec<u32>,
    distinct: Vec<&'a Signature>,
    known: FastMap<(u32, u32), Agreement>,
}

impl<'a> Agreements<'a> {
    pub fn new(signatures: impl Iterator<Item = &'a Signature>) -> Self {
        let mut index: FastMap<&Signature, u32> = hash::map();
        let mut distinct: Vec<&Signature> = Vec::new();
        let of = signatures
            .map(|s| {
                *index.entry(s).or_insert_with(|| {
                    distinct.push(s);
                    (distinct.len() - 1) as u32
                })
            })
            .collect();
        Agreements {
            of,
            distinct,
            known: hash::map(),
        }
    }

    /// [`Signature::agreement`] of the signatures at `i` and `j`.
    pub fn of(&mut self, i: usize, j: usize) -> Agreement {
        let (a, b) = (self.of[i], self.of[j]);
        let distinct = &self.distinct;
        *self
            .known
            .entry((a, b))
            .or_insert_with(|| distinct[a as usize].agreement(distinct[b as usize]))
    }
}

impl Signature {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn extend(&mut self, other: &Signature) {
        self.0.extend(other.0.iter().cloned());
    }

    fn names(&self) -> impl Iterator<Item = &str> {
        self.0
            .iter()
            .filter(|k| !k.starts_with(OF))
            .map(String::as_str)
    }

    fn affiliations(&self) -> impl Iterator<Item = &str> {
        self.0.iter().filter_map(|k| k.strip_prefix(OF))
    }

    /// Same when they share a name (one person written fully or in part: "Keir" and "Keir
    /// Starmer", "Dave Calhoun" and "David Calhoun") or an affiliation; Different when both
    /// name people and none is shared, or when neither names a person and their affiliations
    /// differ; otherwise Unknown: a person named on one side and only an organisation on
    /// the other may well be the organisation's leader or spokesperson.
    pub fn agreement(&self, other: &Signature) -> Agreement {
        if self.is_empty() || other.is_empty() {
            return Agreement::Unknown;
        }
        let shared_name = self
            .names()
            .any(|a| other.names().any(|b| one_person(a, b)));
        let shared_affiliation = self.0.iter().any(|k| {
            let bare = k.strip_prefix(OF).unwrap_or(k);
            other.0.contains(bare) || other.0.contains(&format!("{OF}{bare}"))
        });
        if shared_name || shared_affiliation {
            return Agreement::Same;
        }
        let named = |s: &Signature| s.names().next().is_some();
        let affiliated = |s: &Signature| s.affiliations().next().is_some();
        let people = named(self) && named(other);
        let bodies = !named(self) && !named(other) && affiliated(self) && affiliated(other);
        if people || bodies {
            Agreement::Different
        } else {
            Agreement::Unknown
        }
    }
}

/// Whether two name keys can be one person: equal, the same last word ("name:dave calhoun",
/// "name:david calhoun"), or a one-word name that is a word of the other ("name:keir",
/// "name:keir starmer").
fn one_person(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let bare = |k: &str| k.split_once(':').map_or(k, |(_, n)| n).to_string();
    let (a, b) = (bare(a), bare(b));
    let wa: Vec<&str> = a.split_whitespace().collect();
    let wb: Vec<&str> = b.split_whitespace().collect();
    let (Some(la), Some(lb)) = (wa.last(), wb.last()) else {
        return false;
    };
    la == lb || (wa.len() == 1 && wb.contains(la)) || (wb.len() == 1 && wa.contains(lb))
}

/// Whether a lowercase word is a role or an office ("ceo", "leader", "spokesperson",
/// "leaders").
fn role_word(word: &str) -> bool {
    let singular = word.strip_suffix('s').unwrap_or(word);
    [word, singular]
        .iter()
        .any(|w| NAME_TITLES.contains(w) || ROLE_NOUNS.contains(w) || GENERIC_PEOPLE.contains(w))
}

/// Whether the variant at `at..end` of the lowercase speaker `rest` is named as an
/// affiliation: followed by a role word ("boeing ceo"), or after "ROLE of (the)" ("leader
/// of the scottish national party").
fn next_to_role(rest: &str, at: usize, end: usize) -> bool {
    let word = |s: &str| s.trim_matches(|c: char| !c.is_alphanumeric()).to_string();
    let after = rest[end..].split_whitespace().next().map(word);
    if after.is_some_and(|w| role_word(&w)) {
        return true;
    }
    let before: Vec<String> = rest[..at]
        .split_whitespace()
        .rev()
        .take(3)
        .map(word)
        .collect();
    let mut i = 0;
    if before.get(i).is_some_and(|w| w == "the") {
        i += 1;
    }
    before.get(i).is_some_and(|w| w == "of") && before.get(i + 1).is_some_and(|w| role_word(w))
}

/// Name variants of the naming table, lowercased, longest first, with their actor key.
pub struct SpeakerNames {
    variants: Vec<(String, String)>,
}

impl SpeakerNames {
    pub fn new(naming: &[NamedActor]) -> Self {
        let mut variants: Vec<(String, String)> = naming
            .iter()
            .flat_map(|actor| {
                actor
                    .variants
                    .iter()
                    .map(|v| (lower(v.text.trim_start_matches("the ")), actor.key.clone()))
            })
            .filter(|(v, _)| v.chars().count() > 1)
            .collect();
        variants.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.cmp(b)));
        variants.dedup();
        SpeakerNames { variants }
    }

    /// The signature of one or more ways of writing a speaker.
    pub fn signature<'a>(&self, names: impl IntoIterator<Item = &'a str>) -> Signature {
        let mut sig = BTreeSet::new();
        for name in names {
            let mut rest = lower(name);
            // "The Glasgow Southside MSP", "the Labour leader": a description, whose names
            // say whom the person speaks for or where, never who they are.
            let described = rest
                .split_whitespace()
                .next()
                .is_some_and(|w| matches!(w, "the" | "a" | "an"));
            for (variant, key) in &self.variants {
                if let Some(at) = find_word_bounded(&rest, variant) {
                    // A variant that is itself a role ("boeing ceo") names whom one speaks for.
                    let affiliation = described
                        || key.starts_with("place:")
                        || variant.split_whitespace().last().is_some_and(role_word)
                        || next_to_role(&rest, at, at + variant.len());
                    sig.insert(if affiliation {
                        format!("{OF}{key}")
                    } else {
                        key.clone()
                    });
                    rest.replace_range(at..at + variant.len(), &" ".repeat(variant.len()));
                }
            }
            let names = proper_names(name, &rest).into_iter();
            if described {
                sig.extend(names.map(|n| format!("{OF}{n}")));
            } else {
                sig.extend(names);
            }
        }
        Signature(sig)
    }
}

/// Capitalised words of `name` whose lowercase form survived in `rest` (not part of a known
/// actor), skipping a leading capital that only starts the phrase.
fn proper_names(name: &str, rest: &str) -> Vec<String> {
    let words: Vec<&str> = name
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .collect();
    let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let acronym = |w: &str| w.chars().count() > 1 && w.chars().all(|c| !c.is_lowercase());
    let rest_words: BTreeSet<&str> = rest
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .collect();
    words
        .iter()
        .enumerate()
        .filter(|&(i, w)| {
            let key = lower(w);
            capitalised(w)
                && !is_function_word(&key)
                && !role_word(&key)
                && rest_words.contains(key.as_str())
                && (i > 0 || acronym(w) || words.get(1).is_some_and(|n| capitalised(n)))
        })
        .map(|(_, w)| format!("name:{}", lower(w)))
        .collect()
}

fn lower(s: &str) -> String {
    s.chars()
        .flat_map(char::to_lowercase)
        .map(|c| if c == '’' { '\'' } else { c })
        .collect()
}

/// The byte position of `needle` in `hay` where it is neither preceded nor followed by a letter.
fn find_word_bounded(hay: &str, needle: &str) -> Option<usize> {
    if needle.is_empty() {
        return None;
    }
    let mut from = 0;
    while let Some(pos) = hay[from..].find(needle) {
        let at = from + pos;
        let end = at + needle.len();
        let before = hay[..at].chars().next_back();
        let after = hay[end..].chars().next();
        if !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric) {
            return Some(at);
        }
        from = at + hay[at..].chars().next().map_or(1, char::len_utf8);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{MentionForm, NameVariant};

    fn actor(key: &str, names: &[&str]) -> NamedActor {
        NamedActor {
            key: key.into(),
            label: names[0].into(),
            kind: crate::report::ActorKind::Country,
            mentions_by_source: vec![],
            variants: names
                .iter()
                .map(|n| NameVariant {
                    text: (*n).into(),
                    form: MentionForm::Name,
                    counts: vec![],
                    occurrences: vec![],
                })
                .collect(),
        }
    }

    #[test]
    fn aliases_from_the_naming_table_make_one_speaker() {
        let names = SpeakerNames::new(&[
            actor("place:KP", &["North Korea", "Pyongyang", "the North"]),
            actor("org:nato", &["NATO", "the alliance"]),
        ]);
        let ministry = names.signature(["A spokesperson of the North’s foreign ministry"]);
        assert_eq!(
            ministry.agreement(&names.signature(["Pyongyang"])),
            Agreement::Same
        );
        assert_eq!(
            ministry.agreement(&names.signature(["NATO leaders"])),
            Agreement::Different
        );
        assert_eq!(
            ministry.agreement(&names.signature(["the official"])),
            Agreement::Unknown
        );
    }

    #[test]
    fn unknown_proper_names_still_count() {
        let names = SpeakerNames::new(&[]);
        let miller = names.signature(["State Department spokesperson Matthew Miller"]);
        assert_eq!(
            miller.agreement(&names.signature(["Matthew Miller"])),
            Agreement::Same
        );
        assert_eq!(
            miller.agreement(&names.signature(["Vedant Patel"])),
            Agreement::Different
        );
        assert!(names.signature(["Officials"]).is_empty());
    }

    #[test]
    fn a_role_names_whom_one_speaks_for_and_a_partial_name_the_person() {
        let names = SpeakerNames::new(&[
            actor("name:keir starmer", &["Sir Keir Starmer", "Starmer"]),
            actor("name:keir", &["Keir"]),
            actor("name:snp", &["Scottish National Party"]),
            actor("name:nicola sturgeon", &["Nicola Sturgeon"]),
            actor("name:rishi sunak", &["Rishi Sunak"]),
        ]);
        let starmer = names.signature(["Labour leader Sir Keir Starmer"]);
        assert_eq!(
            starmer.agreement(&names.signature(["Keir"])),
            Agreement::Same
        );
        assert_eq!(
            starmer.agreement(&names.signature(["Rishi Sunak"])),
            Agreement::Different
        );
        let leader = names.signature(["The leader of the Scottish National Party"]);
        assert_eq!(
            leader.agreement(&names.signature(["Nicola Sturgeon"])),
            Agreement::Unknown
        );
        assert_eq!(
            names
                .signature(["Dave Calhoun"])
                .agreement(&names.signature(["David Calhoun"])),
            Agreement::Same
        );
    }
}

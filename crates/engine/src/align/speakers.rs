//! Whether two quotations can be from the same speaker, judged from how each source names it.
//!
//! A speaker becomes a *signature*: the actors from the framing naming table whose names it
//! contains ("A spokesperson of the North's foreign ministry" → North Korea, Foreign Ministry;
//! "Pyongyang" → North Korea), plus proper names the table does not know. Generic speakers
//! ("the official", "the statement") have an empty signature, which says nothing either way.
//! This is evidence for grouping short fragments, not a coreference system.

use crate::report::NamedActor;
use std::collections::BTreeSet;

use crate::lexicon::function_words::is_function_word;

/// The identities a speaker's name points to.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Signature(BTreeSet<String>);

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

impl Signature {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn extend(&mut self, other: &Signature) {
        self.0.extend(other.0.iter().cloned());
    }

    pub fn agreement(&self, other: &Signature) -> Agreement {
        if self.is_empty() || other.is_empty() {
            Agreement::Unknown
        } else if self.0.intersection(&other.0).next().is_some() {
            Agreement::Same
        } else {
            Agreement::Different
        }
    }
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
            for (variant, key) in &self.variants {
                if let Some(at) = find_word_bounded(&rest, variant) {
                    sig.insert(key.clone());
                    rest.replace_range(at..at + variant.len(), &" ".repeat(variant.len()));
                }
            }
            sig.extend(proper_names(name, &rest));
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
}

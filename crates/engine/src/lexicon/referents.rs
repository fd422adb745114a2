//! Referring nouns: the head nouns of descriptions that point back to an actor named earlier
//! ("this isolated nation", "the regime", "the alliance"), each with the kind of actor it can
//! point to.
//!
//! Written for Parallax (general English). Naming uses it for light coreference: a definite or
//! demonstrative description headed by one of these nouns is linked to the most salient actor
//! of that kind mentioned just before.

/// The kind of actor a referring noun can stand for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ReferentKind {
    /// A state or its government: "the country", "the regime".
    Country,
    /// An organisation: "the alliance", "the agency".
    Organisation,
}

const NOUNS: &[(&str, ReferentKind)] = &[
    ("nation", ReferentKind::Country),
    ("country", ReferentKind::Country),
    ("state", ReferentKind::Country),
    ("regime", ReferentKind::Country),
    ("government", ReferentKind::Country),
    ("kingdom", ReferentKind::Country),
    ("republic", ReferentKind::Country),
    ("dictatorship", ReferentKind::Country),
    ("monarchy", ReferentKind::Country),
    ("emirate", ReferentKind::Country),
    ("superpower", ReferentKind::Country),
    ("leadership", ReferentKind::Country),
    ("administration", ReferentKind::Country),
    ("alliance", ReferentKind::Organisation),
    ("bloc", ReferentKind::Organisation),
    ("organization", ReferentKind::Organisation),
    ("organisation", ReferentKind::Organisation),
    ("agency", ReferentKind::Organisation),
    ("coalition", ReferentKind::Organisation),
    ("union", ReferentKind::Organisation),
    ("company", ReferentKind::Organisation),
    ("firm", ReferentKind::Organisation),
    ("group", ReferentKind::Organisation),
    ("party", ReferentKind::Organisation),
    ("body", ReferentKind::Organisation),
    ("league", ReferentKind::Organisation),
    ("council", ReferentKind::Organisation),
];

/// Determiners that open a referring description ("the", "this", "that").
pub const DETERMINERS: &[&str] = &["the", "this", "that"];

/// The actor kind a singular referring noun stands for: `referent("nation")` is a country.
pub fn referent(lower: &str) -> Option<ReferentKind> {
    NOUNS.iter().find(|(n, _)| *n == lower).map(|&(_, k)| k)
}

/// Words that name organisations when they end a capitalised name ("… News Agency",
/// "… Foreign Ministry"), so the name is not taken for a person.
pub const ORGANISATION_HEADS: &[&str] = &[
    "agency",
    "ministry",
    "organization",
    "organisation",
    "alliance",
    "council",
    "union",
    "party",
    "company",
    "corporation",
    "corp",
    "inc",
    "ltd",
    "group",
    "bank",
    "court",
    "association",
    "committee",
    "commission",
    "department",
    "office",
    "army",
    "navy",
    "force",
    "forces",
    "command",
    "parliament",
    "assembly",
    "congress",
    "senate",
    "house",
    "news",
    "times",
    "post",
    "journal",
    "network",
    "institute",
    "university",
    "foundation",
    "fund",
    "program",
    "programme",
    "service",
    "authority",
    "board",
    "federation",
    "league",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn referring_nouns_have_kinds() {
        assert_eq!(referent("nation"), Some(ReferentKind::Country));
        assert_eq!(referent("alliance"), Some(ReferentKind::Organisation));
        assert_eq!(referent("village"), None);
    }
}

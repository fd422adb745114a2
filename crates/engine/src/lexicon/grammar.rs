//! Closed-class English words the clause readers use: determiners, pronouns, auxiliaries,
//! quantifiers, and the words that bound a subject phrase.
//!
//! Written for Parallax (general English grammar, no outside source). Lookup is by lowercase
//! form. Where one reader needs a list and another a part of it, the part is a view of the
//! same list (`split_at`), so each word is written once.

/// Determiners and possessive pronouns that open a noun phrase; "that" last.
pub const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "these", "those", "its", "his", "her", "their", "our", "my", "your",
    "whose", "no", "any", "each", "every", "such", "another", "some", "that",
];

/// [`DETERMINERS`] without "that", which also opens clauses ("said that …"): what the
/// attribution reader takes for the start of a noun phrase.
pub const UNAMBIGUOUS_DETERMINERS: &[&str] = DETERMINERS.split_at(DETERMINERS.len() - 1).0;

/// Personal pronouns: the subject forms first, then object forms and "one".
pub const PRONOUNS: &[&str] = &[
    "he", "she", "they", "we", "i", "you", "it", "him", "them", "one",
];

/// Pronouns that can be the subject of a verb ("he", "they", "it").
pub const SUBJECT_PRONOUNS: &[&str] = PRONOUNS.split_at(7).0;

/// Auxiliary verbs: "have", "do" and the modals, then the forms of "be".
const AUXILIARY_VERBS: &[&str] = &[
    "has", "have", "had", "will", "would", "could", "can", "may", "might", "must", "shall",
    "should", "did", "does", "do", "was", "were", "is", "are", "been", "be", "being", "am",
];

/// Auxiliaries in [`AUXILIARY_VERBS`] before the forms of "be".
const HAVE_DO_AND_MODALS: usize = 15;

/// "have", "do" and the modals: "has said", "will say", "did not say".
pub const AUX: &[&str] = AUXILIARY_VERBS.split_at(HAVE_DO_AND_MODALS).0;

/// The forms of "be": "was told", "is expected".
pub const BE: &[&str] = AUXILIARY_VERBS.split_at(HAVE_DO_AND_MODALS).1;

/// Words that open a clause's subject after a verb of saying: "said seven officers were hurt".
pub const QUANTIFIERS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several",
    "many", "most", "few", "all", "both", "none", "nobody", "everyone", "someone", "there",
];

/// Words that end a subject phrase on its left: clause openers and prepositions.
pub const CLAUSE_STOPS: &[&str] = &[
    "that",
    "which",
    "who",
    "whom",
    "when",
    "while",
    "as",
    "after",
    "before",
    "because",
    "since",
    "if",
    "although",
    "though",
    "whereas",
    "where",
    "whether",
    "unless",
    "until",
    "but",
    "or",
    "nor",
    "so",
    "yet",
    "than",
    "in",
    "on",
    "at",
    "with",
    "from",
    "to",
    "for",
    "by",
    "into",
    "onto",
    "over",
    "under",
    "about",
    "against",
    "during",
    "without",
    "within",
    "via",
    "per",
    "upon",
    "among",
    "between",
    "toward",
    "towards",
    "through",
    "across",
    "like",
    "unlike",
    "according",
    "including",
    "amid",
    "despite",
    "following",
    "then",
    "also",
    "not",
    "there",
    "here",
];

/// Words that may sit between a subject and its verb.
pub const BETWEEN_SUBJECT_AND_VERB: &[&str] = &[
    "also",
    "has",
    "have",
    "had",
    "will",
    "would",
    "could",
    "can",
    "may",
    "might",
    "must",
    "should",
    "did",
    "does",
    "again",
    "then",
    "later",
    "further",
    "already",
    "still",
    "now",
    "once",
    "just",
    "first",
    "today",
    "yesterday",
    "tonight",
    "too",
    "even",
    "never",
    "not",
    "earlier",
    "this",
    "last",
    "next",
    "week",
    "month",
    "year",
    "morning",
    "afternoon",
    "evening",
    "night",
    "on",
    "in",
    "late",
    "early",
    "long",
    "always",
    "often",
    "ever",
    "soon",
];

/// Words ending in "-ly" that are not adverbs ("family", "rally"): a subject's head, never a
/// word to skip between a subject and its verb.
pub const LY_NOUNS: &[&str] = &[
    "family",
    "rally",
    "ally",
    "assembly",
    "italy",
    "supply",
    "monopoly",
    "anomaly",
    "reply",
    "bully",
    "homily",
    "folly",
    "belly",
    "lily",
    "jelly",
    "emily",
    "kelly",
    "molly",
    "holly",
    "sally",
    "polly",
    "beverly",
    "kimberly",
    "ashley",
    "shelly",
    "nelly",
    "billy",
    "willy",
    "wally",
    "dolly",
    "tally",
    "july",
    "butterfly",
    "doily",
    "panoply",
    "apply",
    "holy",
    "only",
    "fly",
    "early",
    "daily",
    "weekly",
    "monthly",
    "yearly",
    "quarterly",
    "elderly",
];

/// Whether a lower-case word reads as an "-ly" adverb ("strongly", "reportedly").
pub fn is_ly_adverb(word: &str) -> bool {
    word.ends_with("ly") && word.len() > 4 && !LY_NOUNS.contains(&word)
}

/// Words between a comma and the participle it sets off ("…, also saying").
pub const BEFORE_PARTICIPLE: &[&str] =
    &["also", "again", "later", "then", "while", "before", "after"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn views_cut_the_list_where_their_words_start_and_end() {
        assert!(!UNAMBIGUOUS_DETERMINERS.contains(&"that"));
        assert_eq!(UNAMBIGUOUS_DETERMINERS.len(), DETERMINERS.len() - 1);
        assert_eq!(SUBJECT_PRONOUNS.last(), Some(&"it"));
        assert_eq!(AUX.last(), Some(&"do"));
        assert_eq!(
            BE,
            ["was", "were", "is", "are", "been", "be", "being", "am"]
        );
    }
}

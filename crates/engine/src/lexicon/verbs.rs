//! Reporting verbs: the verbs a writer uses to attribute speech, each with its lemma and the
//! stance it lends the quote (neutral "said", doubt-casting "claimed", combative "bristled").
//!
//! Written for Parallax; categories follow the usual newsroom style-guide advice on "said"
//! and its loaded alternatives. Lookup takes any inflected form (`claims`, `claimed`,
//! `claiming`) and is case-insensitive.

use crate::hash::FastMap;

impl VerbCategory {
    /// A short label for tables.
    pub fn label(self) -> &'static str {
        match self {
            VerbCategory::Neutral => "neutral",
            VerbCategory::Assertive => "assertive",
            VerbCategory::DoubtCasting => "doubt-casting",
            VerbCategory::Emotive => "emotive or combative",
            VerbCategory::Endorsing => "endorsing",
        }
    }
}

/// A reporting verb found in the lexicon.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReportingVerb {
    pub lemma: &'static str,
    pub category: VerbCategory,
}

use crate::report::VerbCategory;
use VerbCategory::*;

/// Regular verbs: lemma and category; inflections are derived.
const REGULAR: &[(&str, VerbCategory)] = &[
    ("add", Neutral),
    ("answer", Neutral),
    ("ask", Neutral),
    ("comment", Neutral),
    ("describe", Neutral),
    ("mention", Neutral),
    ("quote", Neutral),
    ("recall", Neutral),
    ("remember", Emotive),
    ("remark", Neutral),
    ("repeat", Neutral),
    ("reply", Neutral),
    ("report", Neutral),
    ("respond", Neutral),
    ("state", Neutral),
    ("cite", Neutral),
    ("announce", Neutral),
    ("express", Neutral),
    ("voice", Neutral),
    ("welcome", Neutral),
    ("hail", Emotive),
    ("praise", Emotive),
    ("commend", Emotive),
    ("reiterate", Assertive),
    ("affirm", Assertive),
    ("reaffirm", Assertive),
    ("argue", Assertive),
    ("assert", Assertive),
    ("call", Neutral),
    ("characterize", Neutral),
    ("characterise", Neutral),
    ("brand", Emotive),
    ("cast", Neutral),
    ("declare", Assertive),
    ("demand", Assertive),
    ("emphasize", Assertive),
    ("emphasise", Assertive),
    ("insist", Assertive),
    ("maintain", Assertive),
    ("pledge", Assertive),
    ("promise", Assertive),
    ("stress", Assertive),
    ("urge", Assertive),
    ("vow", Assertive),
    ("warn", Assertive),
    ("threaten", Assertive),
    ("underline", Assertive),
    ("underscore", Assertive),
    ("allege", DoubtCasting),
    ("claim", DoubtCasting),
    ("contend", DoubtCasting),
    ("purport", DoubtCasting),
    ("profess", DoubtCasting),
    ("assume", DoubtCasting),
    ("deny", DoubtCasting),
    ("bristle", Emotive),
    ("blast", Emotive),
    ("boast", Emotive),
    ("complain", Emotive),
    ("condemn", Emotive),
    ("denounce", Emotive),
    ("erupt", Emotive),
    ("fume", Emotive),
    ("gloat", Emotive),
    ("lament", Emotive),
    ("mock", Emotive),
    ("rage", Emotive),
    ("rant", Emotive),
    ("retort", Emotive),
    ("scoff", Emotive),
    ("scream", Emotive),
    ("shout", Emotive),
    ("slam", Emotive),
    ("snap", Emotive),
    ("sneer", Emotive),
    ("thunder", Emotive),
    ("unleash", Emotive),
    ("rail", Emotive),
    ("rebuke", Emotive),
    ("blame", Emotive),
    ("lambast", Emotive),
    ("lambaste", Emotive),
    ("acknowledge", Endorsing),
    ("admit", Endorsing),
    ("concede", Endorsing),
    ("confirm", Endorsing),
    ("explain", Endorsing),
    ("note", Endorsing),
    ("observe", Endorsing),
    ("point", Endorsing),
    ("reveal", Endorsing),
    ("clarify", Endorsing),
    ("disclose", Endorsing),
    ("establish", Endorsing),
    ("demonstrate", Endorsing),
    ("recount", Neutral),
    ("suggest", Neutral),
    ("predict", Neutral),
    ("estimate", Neutral),
    ("conclude", Neutral),
    ("accuse", Emotive),
    ("criticize", Emotive),
    ("criticise", Emotive),
    ("reject", Assertive),
    ("dismiss", Assertive),
    ("counter", Assertive),
    ("caution", Assertive),
    ("question", DoubtCasting),
    ("dispute", DoubtCasting),
    ("tweet", Neutral),
    ("post", Neutral),
    ("testify", Neutral),
    ("inform", Neutral),
    ("whisper", Neutral),
    ("joke", Neutral),
    ("exclaim", Emotive),
    ("hit", Emotive),
];

/// Irregular and multi-word forms: (form as written, lemma, category).
const IRREGULAR: &[(&str, &str, VerbCategory)] = &[
    ("say", "say", Neutral),
    ("says", "say", Neutral),
    ("said", "say", Neutral),
    ("saying", "say", Neutral),
    ("tell", "tell", Neutral),
    ("tells", "tell", Neutral),
    ("told", "tell", Neutral),
    ("telling", "tell", Neutral),
    ("write", "write", Neutral),
    ("writes", "write", Neutral),
    ("wrote", "write", Neutral),
    ("written", "write", Neutral),
    ("writing", "write", Neutral),
    ("speak", "speak", Neutral),
    ("speaks", "speak", Neutral),
    ("spoke", "speak", Neutral),
    ("read", "read", Neutral),
    ("reads", "read", Neutral),
    ("put", "put", Neutral),
    ("puts", "put", Neutral),
    ("according to", "according to", Neutral),
    ("fire back", "fire back", Emotive),
    ("fires back", "fire back", Emotive),
    ("fired back", "fire back", Emotive),
    ("firing back", "fire back", Emotive),
    ("dub", "dub", Emotive),
    ("dubs", "dub", Emotive),
    ("dubbed", "dub", Emotive),
    ("dubbing", "dub", Emotive),
    ("bid farewell", "bid farewell", Emotive),
    ("bids farewell", "bid farewell", Emotive),
    ("bidding farewell", "bid farewell", Emotive),
    ("lash out", "lash out", Emotive),
    ("lashes out", "lash out", Emotive),
    ("lashed out", "lash out", Emotive),
    ("lashing out", "lash out", Emotive),
    ("hit out", "hit out", Emotive),
    ("hits out", "hit out", Emotive),
    ("point out", "point out", Endorsing),
    ("points out", "point out", Endorsing),
    ("pointed out", "point out", Endorsing),
    ("pointing out", "point out", Endorsing),
    ("go on", "go on", Neutral),
    ("went on", "go on", Neutral),
    ("swear", "swear", Assertive),
    ("swore", "swear", Assertive),
    ("sworn", "swear", Assertive),
    ("shot back", "shoot back", Emotive),
    ("shoots back", "shoot back", Emotive),
    ("forecast", "forecast", Neutral),
    ("forecasts", "forecast", Neutral),
    ("think", "think", Neutral),
    ("thinks", "think", Neutral),
    ("thought", "think", Neutral),
    ("believe", "believe", Neutral),
    ("believes", "believe", Neutral),
    ("believed", "believe", Neutral),
];

/// Looks up a reporting verb in any inflected form ("claims", "bristled", "fired back").
/// Case-insensitive; typographic apostrophes are not expected inside verbs.
pub fn reporting_verb(form: &str) -> Option<ReportingVerb> {
    let form = form.trim();
    if form.is_empty() || form.len() > LONGEST_FORM {
        return None;
    }
    if form
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b == b' ' || b == b'-')
    {
        // Already lowercase: look it up as it is, without a copy.
        return forms().get(form).copied();
    }
    if form.is_ascii() {
        // ASCII ("Claimed", "SAID"): lowercased on the stack, without an allocation.
        let mut buf = [0u8; LONGEST_FORM];
        let lower = &mut buf[..form.len()];
        lower.copy_from_slice(form.as_bytes());
        lower.make_ascii_lowercase();
        return std::str::from_utf8(lower)
            .ok()
            .and_then(|l| forms().get(l).copied());
    }
    forms().get(form.to_lowercase().as_str()).copied()
}

/// [`reporting_verb`] of the two words `first` and `second` joined by one space ("fired
/// back"), without building the joined string on the heap.
pub fn reporting_verb_pair(first: &str, second: &str) -> Option<ReportingVerb> {
    if first.is_ascii() && !pair_starts().starts(first) {
        // Two words joined by one space (no other whitespace, none empty) form a two-word
        // entry only when the first word starts one ("fired back", "according to").
        let plain = |w: &str| {
            !w.is_empty()
                && if w.is_ascii() {
                    !w.bytes().any(|b| matches!(b, b'\t'..=b'\r' | b' '))
                } else {
                    !w.chars().any(char::is_whitespace)
                }
        };
        if plain(first) && plain(second) {
            return None;
        }
    }
    let mut buf = [0u8; 2 * LONGEST_FORM + 1];
    let len = first.len() + 1 + second.len();
    if len > buf.len() {
        // Longer than any form even after trimming a little whitespace: look it up the
        // plain way.
        return reporting_verb(&format!("{first} {second}"));
    }
    buf[..first.len()].copy_from_slice(first.as_bytes());
    buf[first.len()] = b' ';
    buf[first.len() + 1..len].copy_from_slice(second.as_bytes());
    std::str::from_utf8(&buf[..len])
        .ok()
        .and_then(reporting_verb)
}

/// No form in the lexicon is longer than this many bytes; longer words are not looked up.
const LONGEST_FORM: usize = 24;

/// Every form in the lexicon, built once: irregular forms first, so they win over a
/// regular inflection spelled the same way.
fn forms() -> &'static FastMap<String, ReportingVerb> {
    static FORMS: std::sync::OnceLock<FastMap<String, ReportingVerb>> = std::sync::OnceLock::new();
    FORMS.get_or_init(|| {
        let mut map = FastMap::default();
        for &(form, lemma, category) in IRREGULAR {
            map.entry(form.to_string())
                .or_insert(ReportingVerb { lemma, category });
        }
        for &(lemma, category) in REGULAR {
            for form in inflections(lemma) {
                map.entry(form).or_insert(ReportingVerb { lemma, category });
            }
        }
        map
    })
}

/// The first words of the lexicon's two-word forms ("fired" of "fired back"), with their
/// first two letters for a quick rejection.
struct PairStarts {
    words: Vec<&'static str>,
    prefixes: Vec<[u8; 2]>,
}

impl PairStarts {
    /// Whether the ASCII word `first` is, in any case, the first word of a two-word form.
    fn starts(&self, first: &str) -> bool {
        if let [a, b, ..] = first.as_bytes() {
            let prefix = [a.to_ascii_lowercase(), b.to_ascii_lowercase()];
            if !self.prefixes.contains(&prefix) {
                return false;
            }
        }
        self.words.iter().any(|s| s.eq_ignore_ascii_case(first))
    }
}

fn pair_starts() -> &'static PairStarts {
    static STARTS: std::sync::OnceLock<PairStarts> = std::sync::OnceLock::new();
    STARTS.get_or_init(|| {
        let mut words: Vec<&'static str> = forms()
            .keys()
            .filter_map(|form| form.split_once(' ').map(|(first, _)| first))
            .collect();
        words.sort_unstable();
        words.dedup();
        let mut prefixes: Vec<[u8; 2]> = words
            .iter()
            .filter_map(|w| match w.as_bytes() {
                [a, b, ..] => Some([*a, *b]),
                _ => None,
            })
            .collect();
        prefixes.sort_unstable();
        prefixes.dedup();
        PairStarts { words, prefixes }
    })
}

/// Base form, third person, past and present participle of a regular verb.
fn inflections(lemma: &str) -> impl Iterator<Item = String> + '_ {
    let doubled = doubles_final_consonant(lemma);
    let (stem_ed, stem_ing) = if let Some(stem) = lemma.strip_suffix('e') {
        (format!("{stem}ed"), format!("{stem}ing"))
    } else if let Some(stem) = lemma
        .strip_suffix('y')
        .filter(|s| !s.ends_with(['a', 'e', 'o', 'u']))
    {
        (format!("{stem}ied"), format!("{lemma}ing"))
    } else if doubled {
        let last = lemma.chars().last().unwrap_or_default();
        (format!("{lemma}{last}ed"), format!("{lemma}{last}ing"))
    } else {
        (format!("{lemma}ed"), format!("{lemma}ing"))
    };
    let third =
        if lemma.ends_with(['s', 'x', 'z']) || lemma.ends_with("sh") || lemma.ends_with("ch") {
            format!("{lemma}es")
        } else if let Some(stem) = lemma
            .strip_suffix('y')
            .filter(|s| !s.ends_with(['a', 'e', 'o', 'u']))
        {
            format!("{stem}ies")
        } else {
            format!("{lemma}s")
        };
    // "admit" → "admitted", "quip" → "quipped": whether a final consonant doubles depends on
    // stress, which spelling does not show, so a verb ending consonant-vowel-consonant gets
    // both spellings (the wrong one never occurs in text).
    let doubled_too = (!doubled && ends_consonant_vowel_consonant(lemma)).then(|| {
        let last = lemma.chars().last().unwrap_or_default();
        [format!("{lemma}{last}ed"), format!("{lemma}{last}ing")]
    });
    [lemma.to_string(), third, stem_ed, stem_ing]
        .into_iter()
        .chain(doubled_too.into_iter().flatten())
}

/// Whether `lemma` ends in a consonant (not w, x or y), one vowel and a consonant.
fn ends_consonant_vowel_consonant(lemma: &str) -> bool {
    let vowel = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u');
    let tail: Vec<char> = lemma.chars().rev().take(3).collect();
    matches!(tail.as_slice(), [c, v, b]
        if c.is_ascii_lowercase() && !vowel(*c) && !matches!(c, 'w' | 'x' | 'y')
            && vowel(*v) && b.is_ascii_lowercase() && !vowel(*b))
}

/// Short verbs ending consonant-vowel-consonant double it: slam → slammed, snap → snapping.
fn doubles_final_consonant(lemma: &str) -> bool {
    const SHORT_CVC: &[&str] = &["slam", "snap", "hit", "rebut", "scan", "plan", "stop"];
    SHORT_CVC.contains(&lemma)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lemma_and_category(form: &str) -> Option<(&'static str, VerbCategory)> {
        reporting_verb(form).map(|v| (v.lemma, v.category))
    }

    #[test]
    fn inflected_forms_find_their_lemma() {
        assert_eq!(lemma_and_category("said"), Some(("say", Neutral)));
        assert_eq!(lemma_and_category("Claimed"), Some(("claim", DoubtCasting)));
        assert_eq!(
            lemma_and_category("claiming"),
            Some(("claim", DoubtCasting))
        );
        assert_eq!(lemma_and_category("bristled"), Some(("bristle", Emotive)));
        assert_eq!(lemma_and_category("slammed"), Some(("slam", Emotive)));
        assert_eq!(lemma_and_category("unleashes"), Some(("unleash", Emotive)));
        assert_eq!(lemma_and_category("replied"), Some(("reply", Neutral)));
        // newsmakerslive.org, January 2023: "she admitted, “I didn’t expect to be …”".
        assert_eq!(lemma_and_category("admitted"), Some(("admit", Endorsing)));
        assert_eq!(lemma_and_category("admitting"), Some(("admit", Endorsing)));
        assert_eq!(
            lemma_and_category("reaffirmed"),
            Some(("reaffirm", Assertive))
        );
        assert_eq!(
            lemma_and_category("fired back"),
            Some(("fire back", Emotive))
        );
        assert_eq!(
            lemma_and_category("according to"),
            Some(("according to", Neutral))
        );
        assert_eq!(lemma_and_category("warned"), Some(("warn", Assertive)));
        assert_eq!(lemma_and_category("noted"), Some(("note", Endorsing)));
    }

    #[test]
    fn pairs_and_capitals_are_looked_up_like_joined_lowercase() {
        for (a, b) in [
            ("fired", "back"),
            ("Fired", "Back"),
            ("LASHED", "OUT"),
            ("according", "to"),
            ("said", "that"),
            ("", "said"),
            ("said", ""),
            ("très", "dit"),
            ("Point", "out"),
            ("went", "on"),
            ("said", " "),
            (" ", "said"),
            ("said", "out loud"),
            ("fired", "back "),
            ("a-very-long-word-beyond-any-form", "back"),
        ] {
            assert_eq!(
                reporting_verb_pair(a, b),
                reporting_verb(&format!("{a} {b}")),
                "{a} {b}"
            );
        }
        assert_eq!(reporting_verb("Claimed").map(|v| v.lemma), Some("claim"));
        assert_eq!(reporting_verb("SAID").map(|v| v.lemma), Some("say"));
    }

    #[test]
    fn ordinary_words_are_not_reporting_verbs() {
        assert_eq!(reporting_verb("table"), None);
        assert_eq!(reporting_verb("sayings"), None);
        assert_eq!(reporting_verb(""), None);
    }
}

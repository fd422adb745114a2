//! Verbs and nouns of speech, grouped by what may follow them in a report.
//!
//! Written for Parallax (general English usage in news copy). Verbs are lemmas as
//! `lexicon::verbs` gives them ("say", "point out"); nouns are lowercase.

/// Verbs of saying that take a clause ("said (that) …").
pub const SAYING: &[&str] = &[
    "say",
    "tell",
    "claim",
    "argue",
    "insist",
    "contend",
    "allege",
    "assert",
    "add",
    "believe",
    "think",
    "warn",
    "stress",
    "note",
    "suggest",
    "predict",
    "estimate",
    "declare",
    "announce",
    "acknowledge",
    "admit",
    "report",
    "confirm",
    "explain",
    "reveal",
    "maintain",
    "emphasize",
    "emphasise",
    "underline",
    "underscore",
    "write",
    "mention",
    "conclude",
    "concede",
    "state",
    "affirm",
    "recall",
    "complain",
    "boast",
    "reply",
    "deny",
    "point out",
    "caution",
    "testify",
    "inform",
    "tweet",
    "remark",
    "observe",
    "clarify",
    "disclose",
    "recount",
    "answer",
    "retort",
    "counter",
    "cite",
    "post",
];

/// Verbs of saying whose clause may follow without "that" ("said the talks failed"); the
/// others usually take an object there ("denied the allegations").
pub const BARE_CLAUSE: &[&str] = &[
    "say", "claim", "argue", "insist", "contend", "allege", "assert", "add", "believe", "think",
    "suggest", "predict", "declare", "maintain", "write", "conclude", "concede", "state", "affirm",
    "boast",
];

/// Verbs of promising that take an infinitive ("vowed to …").
pub const PROMISING: &[&str] = &[
    "vow", "pledge", "promise", "threaten", "swear", "urge", "demand",
];

/// Verbs of blaming that take "for"/"of" + "-ing" ("condemned X for fueling …").
pub const BLAMING: &[&str] = &[
    "condemn",
    "accuse",
    "criticize",
    "criticise",
    "blame",
    "slam",
    "denounce",
    "rebuke",
    "lambast",
    "lambaste",
    "blast",
    "hit out",
];

/// Nouns for what a speaker issues, whose announcement may precede the quoted text ("has left
/// a message to England fans", "released a statement").
pub const SPEECH_NOUNS: &[&str] = &[
    "statement",
    "message",
    "letter",
    "post",
    "tweet",
    "tribute",
    "remarks",
    "speech",
    "address",
    "note",
];

/// Nouns for a text someone issued, which never speak for themselves: "the statement added"
/// refers to whoever issued it, "Mr Sunak's announcement" to Mr Sunak, and "he" never stands
/// for one. [`SPEECH_NOUNS`] and a few more.
pub const DOCUMENT_NOUNS: &[&str] = &[
    "statement",
    "message",
    "letter",
    "post",
    "tweet",
    "tribute",
    "remarks",
    "speech",
    "address",
    "note",
    "announcement",
    "report",
    "comments",
    "words",
    "video",
    "decision",
    "declaration",
    "document",
    "memo",
    "memorandum",
    "email",
    "e-mail",
    "essay",
    "op-ed",
    "column",
    "blog",
    "filing",
    "testimony",
    "placard",
    "banner",
    "sign",
];

/// Things that bear written words but speak for no one: "a placard that read “…”", "a
/// banner reading “…”" quote the sign, not a person.
pub const SIGN_NOUNS: &[&str] = &[
    "placard",
    "placards",
    "banner",
    "banners",
    "sign",
    "signs",
    "poster",
    "posters",
    "plaque",
    "plaques",
    "billboard",
    "billboards",
    "t-shirt",
    "t-shirts",
    "shirt",
    "shirts",
    "slogan",
    "slogans",
    "graffiti",
    "sticker",
    "stickers",
    "flag",
    "flags",
    "caption",
    "inscription",
    "mural",
    "headline",
    "headlines",
];

/// Verbs a sign "says" its words with: "read", "reading", "said", "saying".
pub const SIGN_VERBS: &[&str] = &[
    "read",
    "reads",
    "reading",
    "said",
    "says",
    "saying",
    "declared",
    "declaring",
    "proclaimed",
    "proclaiming",
];

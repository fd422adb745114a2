//! Event words grouped by meaning, for claim matching: words that news prose uses for one
//! kind of act ("denounce", "reject", "rebuke", "slam": a denunciation), so that two outlets
//! that report the same act in other words still share a cue.
//!
//! Origin: written for this project from general English usage in news reports (no outlet,
//! person or event is named). A word may stand in more than one group; groups are broad on
//! purpose and only add a cue beside the word itself, they never replace it.

use std::sync::OnceLock;

use crate::hash::{self, FastMap};
use crate::word_forms::stem;

/// Each group: its name (the cue) and its words, as written (verbs and their nouns).
pub const GROUPS: &[(&str, &[&str])] = &[
    (
        "admit",
        &[
            "admit",
            "admitted",
            "admission",
            "acknowledge",
            "acknowledged",
            "acknowledging",
            "concede",
            "conceded",
            "confess",
            "confessed",
            "err",
            "erred",
            "mistake",
            "mistakes",
            "responsibility",
            "apologise",
            "apologize",
            "apology",
            "fault",
            "blame",
        ],
    ),
    (
        "denounce",
        &[
            "denounce",
            "denounced",
            "denounces",
            "condemn",
            "condemned",
            "condemns",
            "condemnation",
            "reject",
            "rejected",
            "rejects",
            "rebuke",
            "rebuked",
            "slam",
            "slammed",
            "slamming",
            "criticise",
            "criticised",
            "criticize",
            "criticized",
            "criticism",
            "blast",
            "blasted",
            "bristle",
            "bristled",
            "decry",
            "decried",
            "censure",
            "lambast",
            "lambasted",
            "castigate",
            "rebuff",
        ],
    ),
    (
        "warn",
        &[
            "warn",
            "warned",
            "warning",
            "threaten",
            "threatened",
            "threatens",
            "threat",
            "vow",
            "vowed",
            "pledge",
            "pledged",
            "promise",
            "promised",
            "counteraction",
            "deter",
            "retaliate",
            "retaliation",
        ],
    ),
    (
        "rule",
        &[
            "rule",
            "ruled",
            "ruling",
            "find",
            "found",
            "decide",
            "decided",
            "decision",
            "judge",
            "judgment",
            "judgement",
            "verdict",
            "order",
            "ordered",
            "convict",
            "convicted",
            "guilty",
        ],
    ),
    (
        "appeal",
        &["appeal", "appealed", "appeals", "challenge", "contest"],
    ),
    (
        "sentence",
        &[
            "sentence",
            "sentenced",
            "jail",
            "jailed",
            "imprison",
            "imprisoned",
            "imprisonment",
            "prison",
            "life",
        ],
    ),
    (
        "die",
        &[
            "die",
            "died",
            "dies",
            "death",
            "dead",
            "passed",
            "killed",
            "kill",
            "murder",
            "murdered",
            "murders",
            "murdering",
            "fatal",
        ],
    ),
    (
        "announce",
        &[
            "announce",
            "announced",
            "announcement",
            "reveal",
            "revealed",
            "confirm",
            "confirmed",
            "declare",
            "declared",
            "unveil",
            "unveiled",
            "disclose",
            "disclosed",
        ],
    ),
    (
        "leave",
        &[
            "resign",
            "resigned",
            "resignation",
            "quit",
            "quits",
            "step",
            "stepping",
            "leave",
            "leaving",
            "left",
            "depart",
            "departure",
            "exit",
            "farewell",
            "end",
            "ending",
        ],
    ),
    (
        "investigate",
        &[
            "investigate",
            "investigating",
            "investigation",
            "probe",
            "inquiry",
            "inquest",
            "review",
            "examine",
            "examining",
        ],
    ),
    (
        "injure",
        &[
            "injure", "injured", "injury", "injuries", "hurt", "wound", "wounded",
        ],
    ),
    (
        "halt",
        &[
            "ground",
            "grounded",
            "grounding",
            "suspend",
            "suspended",
            "halt",
            "halted",
        ],
    ),
    (
        "emotion",
        &[
            "emotional",
            "tearful",
            "tears",
            "cry",
            "cried",
            "choke",
            "choked",
            "shaken",
            "shook",
            "shake",
            "moved",
        ],
    ),
    (
        "agree",
        &[
            "sign",
            "signed",
            "pact",
            "agreement",
            "deal",
            "treaty",
            "accord",
            "partnership",
            "alliance",
        ],
    ),
    (
        "supply",
        &[
            "export",
            "exports",
            "supply",
            "supplied",
            "supplies",
            "transfer",
            "transfers",
            "provide",
            "provided",
            "providing",
            "send",
            "sent",
            "deliver",
            "delivered",
        ],
    ),
    (
        "support",
        &[
            "support",
            "aid",
            "help",
            "assist",
            "assistance",
            "fuel",
            "fuelling",
            "fueling",
            "enable",
            "enabler",
            "back",
            "backing",
        ],
    ),
    (
        "launch",
        &["launch", "launched", "fire", "test", "tested", "tests"],
    ),
    (
        "tribute",
        &[
            "tribute", "tributes", "honour", "honor", "mourn", "pay", "paid", "legend",
        ],
    ),
    (
        "win",
        &[
            "win", "won", "wins", "winning", "victory", "triumph", "beat", "defeat", "defeated",
            "clinch", "clinched", "title", "trophy",
        ],
    ),
    (
        "arrest",
        &[
            "arrest",
            "arrested",
            "detain",
            "detained",
            "detention",
            "custody",
            "charge",
            "charged",
            "indict",
            "indicted",
            "indictment",
        ],
    ),
    (
        "attack",
        &[
            "attack", "attacked", "strike", "struck", "bomb", "bombed", "bombing", "raid",
            "assault", "invade", "invaded", "invasion",
        ],
    ),
    (
        "ban",
        &[
            "ban",
            "banned",
            "bans",
            "block",
            "blocked",
            "prohibit",
            "prohibited",
            "outlaw",
            "outlawed",
            "bar",
            "barred",
            "forbid",
        ],
    ),
    ("spread", &["spread", "spreading", "swept", "sweep"]),
    (
        "sue",
        &[
            "sue",
            "sued",
            "lawsuit",
            "suit",
            "litigation",
            "complaint",
            "prosecute",
            "prosecuted",
            "prosecution",
        ],
    ),
];

fn table() -> &'static FastMap<String, u16> {
    static TABLE: OnceLock<FastMap<String, u16>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut map: FastMap<String, u16> = hash::map();
        for (g, (_, words)) in GROUPS.iter().enumerate() {
            for w in *words {
                map.entry(stem(w)).or_insert(g as u16);
            }
        }
        map
    })
}

/// The meaning group of a word by its stem, if it has one.
pub fn group_of(word_stem: &str) -> Option<&'static str> {
    table().get(word_stem).map(|&g| GROUPS[g as usize].0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_of_one_act_share_a_group() {
        assert_eq!(group_of(&stem("denounced")), Some("denounce"));
        assert_eq!(group_of(&stem("rebuke")), Some("denounce"));
        assert_eq!(group_of(&stem("erred")), Some("admit"));
        assert_eq!(group_of(&stem("detained")), Some("arrest"));
        assert_eq!(group_of(&stem("victory")), Some("win"));
        assert_eq!(group_of(&stem("swept")), Some("spread"));
        assert_eq!(group_of(&stem("spreading")), Some("spread"));
        assert_eq!(group_of(&stem("said")), None);
    }
}

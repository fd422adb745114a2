//! The verb table of one source: uses grouped by speaker key and lemma, with counts per
//! category and each use's words and sentence as byte offsets.
//!
//! This module only counts and groups; it does not find verbs nor speakers.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::scan::VerbUse;
use crate::framing::body::Body;
use crate::lexicon::verbs::VerbCategory;

/// Verbs of one source, grouped by speaker and lemma.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SourceVerbs {
    pub source: usize,
    /// Verb uses per category, in category order.
    pub by_category: Vec<CategoryCount>,
    /// One row per speaker and verb, most used first.
    pub rows: Vec<VerbRow>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CategoryCount {
    pub category: VerbCategory,
    pub count: usize,
}

/// One speaker's use of one verb in one source.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct VerbRow {
    /// The speaker as first written in this row; `None` when no speaker was found. Rows
    /// group speakers by actor, so "Pyongyang" and "North Korea" share a row.
    pub speaker: Option<String>,
    /// The actor the speaker names, when the naming table knows it ("North Korea").
    pub actor: Option<String>,
    pub lemma: String,
    pub category: VerbCategory,
    pub count: usize,
    pub uses: Vec<VerbOccurrence>,
}

/// One use: the verb's words and its sentence, as byte offsets.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct VerbOccurrence {
    /// The verb as written.
    pub verb: String,
    pub start: usize,
    pub end: usize,
    /// The speaker as written, if found.
    pub speaker_text: Option<String>,
    pub sentence_start: usize,
    pub sentence_end: usize,
}

/// Builds the table of one source. `label` turns a speaker key into what the table shows.
pub fn verb_table(
    source: usize,
    body: &Body,
    uses: &[VerbUse],
    label: &dyn Fn(&str) -> Option<String>,
) -> SourceVerbs {
    let mut rows: BTreeMap<(Option<String>, String), VerbRow> = BTreeMap::new();
    let mut by_category: BTreeMap<VerbCategory, usize> = BTreeMap::new();
    for u in uses {
        *by_category.entry(u.category).or_default() += 1;
        let speaker_text = u.speaker.as_ref().map(|s| body.slice(s.span).to_string());
        let actor = u.speaker.as_ref().and_then(|s| label(&s.key));
        let group = u.speaker.as_ref().map(|s| s.key.clone());
        let row = rows
            .entry((group, u.lemma.clone()))
            .or_insert_with(|| VerbRow {
                speaker: speaker_text.clone(),
                actor,
                lemma: u.lemma.clone(),
                category: u.category,
                count: 0,
                uses: Vec::new(),
            });
        row.count += 1;
        let sentence = body.sentences[u.sentence].span;
        row.uses.push(VerbOccurrence {
            verb: body.slice(u.span).to_string(),
            start: u.span.start,
            end: u.span.end,
            speaker_text,
            sentence_start: sentence.start,
            sentence_end: sentence.end,
        });
    }
    let mut rows: Vec<VerbRow> = rows.into_values().collect();
    rows.sort_by(|a, b| {
        b.count
            .cmp(&a.count)
            .then_with(|| a.uses[0].start.cmp(&b.uses[0].start))
    });
    SourceVerbs {
        source,
        by_category: by_category
            .into_iter()
            .map(|(category, count)| CategoryCount { category, count })
            .collect(),
        rows,
    }
}

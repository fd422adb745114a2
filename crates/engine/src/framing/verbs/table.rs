//! The verb table of one source: uses grouped by speaker key and lemma, with counts per
//! category and each use's words and sentence as byte offsets.
//!
//! This module only counts and groups; it does not find verbs nor speakers.

use crate::report::VerbCategory;
use std::collections::BTreeMap;

use super::scan::VerbUse;
use crate::framing::body::Body;

use crate::report::{CategoryCount, SourceVerbs, VerbOccurrence, VerbRow};

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

//! Claims (`framing.claims`): the facts only one source reports, per source, and the coverage
//! matrix of shared claims × sources.
//!
//! Unique facts show the sentence with what no other source gives marked, and the names and
//! numbers only that source mentions. The matrix marks each cell with text: "✓" and where the
//! claim first comes in the source, or "—"; each claim says what it was matched by and the
//! numbers and dates its sources give differently, and the help says in plain words that the
//! cues can be wrong. It does not align sentences itself.

use parallax_engine::report::{Claim, ClaimPlace, DetailKind, MatchCueKind};
use std::sync::Arc;

use leptos::prelude::*;

use super::open_by_default;
use super::widgets::{
    count_of, empty_cell, marked_text, shown, slice, source_count, source_th, Disclosure, Mark,
    ShowAll, TableScroll,
};
use crate::ui::results::grow_in_slices;
use crate::ui::state::Comparison;

/// Unique facts shown per source before "show all".
const FACTS_CAP: usize = 8;
/// Shared claims shown in the matrix before "show all".
const CLAIMS_CAP: usize = 15;
/// Matrix rows built per browser task.
const ROWS_PER_SLICE: usize = 3;

fn detail_class(kind: DetailKind) -> &'static str {
    match kind {
        DetailKind::Word => "fr-detail fr-detail-word",
        DetailKind::Number => "fr-detail fr-detail-number",
        DetailKind::Name => "fr-detail fr-detail-name",
    }
}

fn kind_label(kind: DetailKind) -> &'static str {
    match kind {
        DetailKind::Word => "word",
        DetailKind::Number => "number",
        DetailKind::Name => "name",
    }
}

/// Indices of the claims only `source` carries, in report order.
fn unique_claims(c: &Comparison, source: usize) -> Vec<usize> {
    c.report
        .framing
        .claims
        .claims
        .iter()
        .enumerate()
        .filter(|(_, claim)| claim.sources == [source])
        .map(|(i, _)| i)
        .collect()
}

#[component]
pub fn UniqueFactsPart(c: Arc<Comparison>) -> impl IntoView {
    let n = source_count(&c);
    let open = open_by_default(n);
    let blocks = (0..n)
        .map(|source| {
            let facts = unique_claims(&c, source);
            let summary = format!(
                "{}: {} only it reports",
                c.source_name(source),
                count_of(facts.len(), "fact", "facts")
            );
            let c = c.clone();
            view! {
                <Disclosure summary open testid="unique-facts-source">
                    {source_facts(c.clone(), source, facts.clone())}
                </Disclosure>
            }
        })
        .collect_view();
    view! {
        <section class="fr-part" aria-labelledby="fr-unique-h" data-testid="unique-facts">
            <h3 id="fr-unique-h">"Facts only one source reports"</h3>
            <p class="fr-help">
                "Sentences no other source matches, with the words, names and numbers no other "
                "source gives marked."
            </p>
            {if n < 2 {
                Some(view! { <p class="fr-none">"Compare two or more sources to see unique facts."</p> })
            } else {
                None
            }}
            {(n >= 2).then_some(blocks)}
        </section>
    }
}

/// One source's unique facts and its names and numbers no other source mentions.
fn source_facts(c: Arc<Comparison>, source: usize, facts: Vec<usize>) -> impl IntoView {
    let total = facts.len();
    let expanded = RwSignal::new(false);
    let list = {
        let c = c.clone();
        move || {
            facts
                .iter()
                .take(shown(expanded, total, FACTS_CAP))
                .filter_map(|&i| c.report.framing.claims.claims.get(i))
                .map(|claim| fact_item(&c, source, claim))
                .collect_view()
        }
    };
    let details = c
        .report
        .framing
        .claims
        .unique_details
        .iter()
        .find(|d| d.source == source)
        .filter(|d| !d.details.is_empty())
        .map(|d| {
            let chips = d
                .details
                .iter()
                .map(|cd| {
                    let times = (cd.count > 1).then(|| format!(" ×{}", cd.count));
                    view! {
                        <li>
                            <span class="fr-variant">{cd.detail.text.clone()}</span>
                            {times}
                            " "
                            <span class="fr-form">{kind_label(cd.detail.kind)}</span>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <p class="fr-subhead">"Names and numbers no other source mentions:"</p>
                <ul class="fr-chips" data-testid="unique-details">{chips}</ul>
            }
        });
    view! {
        <div class="fr-facts" data-source=source.to_string()>
            {(total == 0).then(|| view! { <p class="fr-none">"No fact found in this source alone."</p> })}
            <ul class="fr-sentences">{list}</ul>
            <ShowAll expanded total cap=FACTS_CAP noun="facts" />
            {details}
        </div>
    }
}

fn fact_item(c: &Comparison, source: usize, claim: &Claim) -> impl IntoView {
    let member = claim
        .members
        .get(claim.representative)
        .or_else(|| claim.members.first());
    let text = member.map(|m| {
        let marks = m
            .details
            .iter()
            .map(|d| Mark {
                start: d.start,
                end: d.end,
                class: detail_class(d.kind),
                label: None,
            })
            .collect();
        marked_text(c, source, m.start, m.end, marks)
    });
    let again = claim.members.len().saturating_sub(1);
    let again = (again > 0).then(|| {
        view! { <span class="fr-form">{format!(" (repeated in {})", count_of(again, "more sentence", "more sentences"))}</span> }
    });
    view! {
        <li data-testid="unique-fact" data-claim=claim.id.clone()>
            <q class="fr-sentence">{text}</q>
            {again}
        </li>
    }
}

#[component]
pub fn ClaimMatrixPart(c: Arc<Comparison>) -> impl IntoView {
    let n = source_count(&c);
    let shared: Vec<usize> = c
        .report
        .framing
        .claims
        .claims
        .iter()
        .enumerate()
        .filter(|(_, claim)| claim.sources.len() >= 2)
        .map(|(i, _)| i)
        .collect();
    let total = shared.len();
    let expanded = RwSignal::new(false);
    let heads = (0..n).map(|s| source_th(&c, s)).collect_view();
    // Rows are built a few per browser task: a row is a cell per source, and fifty sources'
    // rows laid out at once held the page for half a second.
    let built = RwSignal::new(0);
    Effect::new(move |_| grow_in_slices(built, shown(expanded, total, CLAIMS_CAP), ROWS_PER_SLICE));
    let body = {
        let c = c.clone();
        let row = move |k: usize| {
            shared
                .get(k)
                .and_then(|&i| c.report.framing.claims.claims.get(i))
                .map(|claim| claim_row(&c, claim, n))
        };
        view! {
            <For each=move || 0..shown(expanded, total, CLAIMS_CAP).min(built.get())
                key=|k: &usize| *k children=row />
        }
    };
    let table = (total > 0).then(move || {
        view! {
            <TableScroll label="Claims coverage: shared claims by source (scrolls sideways)">
                <table class="fr-table fr-matrix" data-testid="claim-matrix">
                    <caption>
                        "Shared claims and where each source reports them (✓ sentence N of "
                        "the body; — not reported)"
                    </caption>
                    <thead>
                        <tr>
                            <th scope="col">"Claim"</th>
                            {heads}
                        </tr>
                    </thead>
                    <tbody>{body}</tbody>
                </table>
            </TableScroll>
            <ShowAll expanded total cap=CLAIMS_CAP noun="shared claims" />
        }
    });
    view! {
        <section class="fr-part" aria-labelledby="fr-matrix-h" data-testid="framing-claims">
            <h3 id="fr-matrix-h">"Claims coverage"</h3>
            <p class="fr-help">
                "Facts two or more sources report, and how early each source gives them. "
                "Sentences are matched by meaning cues: the same people and places however "
                "named, event words of one meaning (\"denounced\", \"rejected\"), the same "
                "numbers and dates however written, and shared words. These cues are not "
                "understanding and can be wrong, so each claim shows what it was matched by, "
                "and where sources give different numbers or dates for it."
            </p>
            {(total == 0).then(|| view! { <p class="fr-none">"No claim is shared by two sources."</p> })}
            {table}
        </section>
    }
}

fn claim_row(c: &Comparison, claim: &Claim, sources: usize) -> impl IntoView {
    let member = claim
        .members
        .get(claim.representative)
        .or_else(|| claim.members.first());
    let text = member
        .map(|m| {
            let original = slice(c, m.source, m.start, m.end);
            if original.is_empty() {
                m.text.clone()
            } else {
                original.to_string()
            }
        })
        .unwrap_or_default();
    let cells = (0..sources)
        .map(|s| match claim.coverage.get(s).copied().flatten() {
            Some(place) => covered_cell(c, s, place).into_any(),
            None => empty_cell("not reported").into_any(),
        })
        .collect_view();
    let cues = member.filter(|m| !m.matched_by.is_empty()).map(|m| {
        let list: Vec<String> = m
            .matched_by
            .iter()
            .map(|cue| match cue.kind {
                MatchCueKind::Word => cue.text.clone(),
                kind => format!("{} ({})", cue.text, cue_label(kind)),
            })
            .collect();
        view! {
            <span class="fr-evidence" data-testid="claim-cues">
                {format!("Matched by: {}", list.join(", "))}
            </span>
        }
    });
    let conflict = (!claim.conflicting_details.is_empty()).then(|| {
        let list: Vec<String> = claim
            .conflicting_details
            .iter()
            .map(|d| format!("{}: {}", c.source_name(d.source), d.text))
            .collect();
        view! {
            <span class="fr-conflict" data-testid="claim-conflict">
                {format!("Sources differ on: {}", list.join(" · "))}
            </span>
        }
    });
    view! {
        <tr data-testid="claim-row" data-claim=claim.id.clone()>
            <th scope="row" class="fr-claim">{text}{cues}{conflict}</th>
            {cells}
        </tr>
    }
}

/// How a kind of matching cue is named in the table.
fn cue_label(kind: MatchCueKind) -> &'static str {
    match kind {
        MatchCueKind::Actor => "actor",
        MatchCueKind::Event => "event",
        MatchCueKind::Number => "number",
        MatchCueKind::Word => "word",
    }
}

fn covered_cell(c: &Comparison, source: usize, place: ClaimPlace) -> impl IntoView {
    let sentence = slice(c, source, place.start, place.end).to_string();
    view! {
        <td class="fr-covered" title=sentence>
            <span aria-hidden="true">"✓ "</span>
            <span class="visually-hidden">"reported, "</span>
            {format!("sentence {} of {}", place.sentence + 1, place.of)}
        </td>
    }
}

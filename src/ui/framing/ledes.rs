//! Ledes and emphasis (`framing.ledes`, `framing.emphasis`): each source's headline and first
//! sentences, with which other sources carry the same claim, and the shared claims one source
//! leads with while another buries or omits them.
//!
//! Placements are the report's (headline, lede, body, buried, omitted); this module only
//! writes them out.

use parallax_engine::report::{EmphasisRow, LedeSentence, Placement, SourceLede};
use std::collections::HashMap;
use std::sync::Arc;

use leptos::prelude::*;

use super::widgets::{shown, slice, source_count, source_th, ShowAll, TableScroll};
use crate::ui::state::Comparison;

/// Source cards shown before "show all".
const CARDS_CAP: usize = 6;
/// Emphasis rows shown before "show all".
const ROWS_CAP: usize = 10;

fn placement_text(p: Placement) -> &'static str {
    match p {
        Placement::Headline => "headline",
        Placement::Lede => "lede",
        Placement::Body => "body, first half",
        Placement::Buried => "buried, second half",
        Placement::Omitted => "omitted",
    }
}

fn placement_class(p: Placement) -> &'static str {
    match p {
        Placement::Headline | Placement::Lede => "fr-lead",
        Placement::Body => "fr-body",
        Placement::Buried => "fr-buried",
        Placement::Omitted => "fr-omitted",
    }
}

#[component]
pub fn LedesPart(c: Arc<Comparison>) -> impl IntoView {
    let total = c.report.framing.ledes.len();
    let expanded = RwSignal::new(false);
    let cards = {
        let c = c.clone();
        move || {
            let sources_of = claim_sources(&c);
            c.report
                .framing
                .ledes
                .iter()
                .take(shown(expanded, total, CARDS_CAP))
                .map(|l| lede_card(&c, l, &sources_of))
                .collect_view()
        }
    };
    view! {
        <section class="fr-part" aria-labelledby="fr-ledes-h" data-testid="framing-ledes">
            <h3 id="fr-ledes-h">"Headlines and ledes"</h3>
            <p class="fr-help">
                "What each source puts first. A headline is a guess: a short first paragraph "
                "standing alone."
            </p>
            <div class="fr-ledes">{cards}</div>
            <ShowAll expanded total cap=CARDS_CAP noun="sources" />
            {emphasis(&c)}
        </section>
    }
}

/// Each claim id with the sources that carry it.
fn claim_sources(c: &Comparison) -> HashMap<&str, &[usize]> {
    c.report
        .framing
        .claims
        .claims
        .iter()
        .map(|claim| (claim.id.as_str(), claim.sources.as_slice()))
        .collect()
}

fn lede_card(
    c: &Comparison,
    l: &SourceLede,
    sources_of: &HashMap<&str, &[usize]>,
) -> impl IntoView {
    let headline = match &l.headline {
        Some(h) => lede_line(c, l.source, h, "headline", sources_of).into_any(),
        None => view! { <p class="fr-none">"No headline found."</p> }.into_any(),
    };
    let lede = l
        .lede
        .iter()
        .map(|s| lede_line(c, l.source, s, "lede", sources_of))
        .collect_view();
    view! {
        <article class="fr-lede-card" data-testid="lede-card" data-source=l.source.to_string()>
            <h4>
                <span class="fr-num">{l.source + 1}</span>
                " "
                {c.source_name(l.source)}
            </h4>
            {headline}
            {lede}
        </article>
    }
}

/// One headline or lede sentence, and which other sources carry its claim.
fn lede_line(
    c: &Comparison,
    source: usize,
    s: &LedeSentence,
    role: &'static str,
    sources_of: &HashMap<&str, &[usize]>,
) -> impl IntoView {
    let others: Vec<usize> = s
        .shared_claims
        .iter()
        .filter_map(|id| sources_of.get(id.as_str()))
        .flat_map(|ss| ss.iter().copied())
        .filter(|&o| o != source)
        .fold(Vec::new(), |mut acc, o| {
            if !acc.contains(&o) {
                acc.push(o);
            }
            acc
        });
    let shared = if others.is_empty() {
        "no other source carries this".to_string()
    } else {
        let names: Vec<String> = others.iter().map(|&o| format!("{}", o + 1)).collect();
        format!("also in source {}", names.join(", "))
    };
    let class = if role == "headline" {
        "fr-headline"
    } else {
        "fr-lede-line"
    };
    view! {
        <p class=class>
            <span class="fr-tag fr-role">{role}</span>
            " "
            {sentence_text(c, source, s)}
            " "
            <span class="fr-form">{format!("({shared})")}</span>
        </p>
    }
}

/// The sentence as the source wrote it (the report's copy if the offsets do not fit).
fn sentence_text(c: &Comparison, source: usize, s: &LedeSentence) -> String {
    match slice(c, source, s.start, s.end) {
        "" => s.text.clone(),
        original => original.to_string(),
    }
}

/// Shared claims one source leads with while another buries or omits them.
fn emphasis(c: &Arc<Comparison>) -> impl IntoView {
    let total = c.report.framing.emphasis.len();
    if total == 0 {
        return view! {
            <p class="fr-none">"No shared claim is led with by one source and buried by another."</p>
        }
        .into_any();
    }
    let n = source_count(c);
    let expanded = RwSignal::new(false);
    let heads = (0..n).map(|s| source_th(c, s)).collect_view();
    let body = {
        let c = c.clone();
        move || {
            c.report
                .framing
                .emphasis
                .iter()
                .take(shown(expanded, total, ROWS_CAP))
                .map(|row| emphasis_row(row, n))
                .collect_view()
        }
    };
    view! {
        <TableScroll label="Emphasis: where each source places shared claims (scrolls sideways)">
            <table class="fr-table fr-emphasis" data-testid="emphasis-table">
                <caption>"Shared claims one source leads with and another buries or omits"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Claim"</th>
                        {heads}
                    </tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
        </TableScroll>
        <ShowAll expanded total cap=ROWS_CAP noun="claims" />
    }
    .into_any()
}

fn emphasis_row(row: &EmphasisRow, sources: usize) -> impl IntoView {
    let cells = (0..sources)
        .map(|s| match row.placements.get(s) {
            Some(&p) => view! { <td class=placement_class(p)>{placement_text(p)}</td> }.into_any(),
            None => view! { <td class="fr-empty">"—"</td> }.into_any(),
        })
        .collect_view();
    view! {
        <tr data-claim=row.claim.clone()>
            <th scope="row" class="fr-claim">{row.text.clone()}</th>
            {cells}
        </tr>
    }
}

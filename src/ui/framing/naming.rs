//! Naming: how each source refers to the same actor or event — "North Korea", "Pyongyang",
//! "this isolated nation" — as a table of actors × sources (`framing.naming`).
//!
//! Each cell lists the wordings that source uses, with counts and the kind of wording; a
//! wording no other source uses is tagged "only here". It does not find mentions.

use parallax_engine::report::{ActorKind, NamedActor};
use std::sync::Arc;

use leptos::prelude::*;

use super::widgets::{empty_cell, shown, source_count, source_th, ShowAll, TableScroll};
use crate::ui::state::Comparison;

/// Actor rows shown before "show all".
const ROWS_CAP: usize = 12;

fn kind_label(kind: ActorKind) -> &'static str {
    match kind {
        ActorKind::Country => "country",
        ActorKind::Organisation => "organisation",
        ActorKind::Person => "person",
        ActorKind::Event => "event",
        ActorKind::Other => "other",
    }
}

#[component]
pub fn NamingPart(c: Arc<Comparison>) -> impl IntoView {
    let n = source_count(&c);
    let total = c.report.framing.naming.len();
    let expanded = RwSignal::new(false);
    let heads = (0..n).map(|s| source_th(&c, s)).collect_view();
    let body = {
        let c = c.clone();
        move || {
            c.report
                .framing
                .naming
                .iter()
                .take(shown(expanded, total, ROWS_CAP))
                .map(|actor| actor_row(actor, n))
                .collect_view()
        }
    };
    let table = (total > 0).then(move || {
        view! {
            <TableScroll label="Naming: actors by source (scrolls sideways)">
                <table class="fr-table fr-naming" data-testid="naming-table">
                    <caption>"How each source names the same actors and events"</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Actor or event"</th>
                            {heads}
                        </tr>
                    </thead>
                    <tbody>{body}</tbody>
                </table>
            </TableScroll>
            <ShowAll expanded total cap=ROWS_CAP noun="actors" />
        }
    });
    view! {
        <section class="fr-part" aria-labelledby="fr-naming-h" data-testid="framing-naming">
            <h3 id="fr-naming-h">"Naming"</h3>
            <p class="fr-help">
                "The words each source uses for the same actor: a name, an acronym, a capital "
                "standing for a state, or a description that judges it."
            </p>
            {if total == 0 {
                Some(view! { <p class="fr-none">"No actor is named in two ways or by two sources."</p> })
            } else {
                None
            }}
            {table}
        </section>
    }
}

fn actor_row(actor: &NamedActor, sources: usize) -> impl IntoView {
    let cells = (0..sources)
        .map(|s| variants_cell(actor, s, sources).into_any())
        .collect_view();
    view! {
        <tr data-testid="naming-row">
            <th scope="row">
                {actor.label.clone()}
                <span class="fr-kind">{kind_label(actor.kind)}</span>
            </th>
            {cells}
        </tr>
    }
}

/// The wordings source `s` uses for `actor`, most used first.
fn variants_cell(actor: &NamedActor, s: usize, sources: usize) -> AnyView {
    let used: Vec<_> = actor
        .variants
        .iter()
        .filter(|v| v.counts.get(s).copied().unwrap_or(0) > 0)
        .collect();
    if used.is_empty() {
        return empty_cell("not named").into_any();
    }
    let items = used
        .into_iter()
        .map(|v| {
            let count = v.counts.get(s).copied().unwrap_or(0);
            let users = v.counts.iter().filter(|&&n| n > 0).count();
            let only = (sources > 1 && users == 1)
                .then(|| view! { <span class="fr-tag fr-only">"only here"</span> });
            view! {
                <li>
                    <span class="fr-variant">{v.text.clone()}</span>
                    " "
                    <span class="fr-times">{format!("×{count}")}</span>
                    " "
                    <span class="fr-form">{v.form.label()}</span>
                    {only}
                </li>
            }
        })
        .collect_view();
    view! { <td><ul class="fr-words">{items}</ul></td> }.into_any()
}

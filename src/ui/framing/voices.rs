//! Voices (`framing.voices`): how much of each source is quotation rather than the writer's
//! own words, and whose words it quotes, as shares of its quoted words.
//!
//! Percentages are always written out; the bars beside them are decoration. It does not count
//! words itself.

use parallax_engine::report::SpeakerShare;
use std::sync::Arc;

use leptos::prelude::*;

use super::open_by_default;
use super::widgets::{
    count_of, percent, share_bar, shown, source_count, source_row_th, Disclosure, ShowAll,
    TableScroll,
};
use crate::ui::state::Comparison;

/// Source rows shown before "show all".
const SOURCES_CAP: usize = 20;
/// Speaker rows shown per source before "show all".
const SPEAKERS_CAP: usize = 10;

#[component]
pub fn VoicesPart(c: Arc<Comparison>) -> impl IntoView {
    let open = open_by_default(source_count(&c));
    let per_source = c
        .report
        .framing
        .voices
        .iter()
        .map(|v| {
            let source = v.source;
            let summary = format!(
                "{}: {} quoted",
                c.source_name(source),
                count_of(v.speakers.len(), "speaker", "speakers")
            );
            let c = c.clone();
            view! { <Disclosure summary open>{speakers_table(c.clone(), source)}</Disclosure> }
        })
        .collect_view();
    view! {
        <section class="fr-part" aria-labelledby="fr-voices-h" data-testid="framing-voices">
            <h3 id="fr-voices-h">"Voices"</h3>
            <p class="fr-help">
                "How much of each article is quotation, and whose words fill it."
            </p>
            {overview(&c)}
            {per_source}
        </section>
    }
}

/// Sources: body words, quoted words, the writer's own, and the quoted share.
fn overview(c: &Arc<Comparison>) -> impl IntoView {
    let total = c.report.framing.voices.len();
    let expanded = RwSignal::new(false);
    let body = {
        let c = c.clone();
        move || {
            c.report
                .framing
                .voices
                .iter()
                .take(shown(expanded, total, SOURCES_CAP))
                .map(|v| {
                    view! {
                        <tr>
                            {source_row_th(&c, v.source)}
                            <td class="fr-n">{v.words}</td>
                            <td class="fr-n">{v.quoted_words}</td>
                            <td class="fr-n">{v.own_words}</td>
                            <td class="fr-share">
                                <span class="fr-pct">{percent(v.quoted_share)}</span>
                                {share_bar(v.quoted_share)}
                            </td>
                            <td class="fr-n">{v.speakers.len()}</td>
                        </tr>
                    }
                })
                .collect_view()
        }
    };
    view! {
        <TableScroll label="Quoted words against the writer's own (scrolls sideways)">
            <table class="fr-table fr-voices" data-testid="voices-overview">
                <caption>"Quoted words against the writer's own"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Source"</th>
                        <th scope="col">"Body words"</th>
                        <th scope="col">"Quoted"</th>
                        <th scope="col">"Writer's own"</th>
                        <th scope="col">"Quoted share"</th>
                        <th scope="col">"Speakers"</th>
                    </tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
        </TableScroll>
        <ShowAll expanded total cap=SOURCES_CAP noun="sources" />
    }
}

/// Whose words one source quotes, most quoted first.
fn speakers_table(c: Arc<Comparison>, source: usize) -> impl IntoView {
    let Some(v) = c.report.framing.voices.iter().find(|v| v.source == source) else {
        return ().into_any();
    };
    if v.speakers.is_empty() {
        return view! { <p class="fr-none">"No quotations in the body."</p> }.into_any();
    }
    let total = v.speakers.len();
    let expanded = RwSignal::new(false);
    let name = c.source_name(source);
    let body = {
        let c = c.clone();
        move || {
            c.report
                .framing
                .voices
                .iter()
                .find(|v| v.source == source)
                .map(|v| {
                    v.speakers
                        .iter()
                        .take(shown(expanded, total, SPEAKERS_CAP))
                        .map(speaker_row)
                        .collect_view()
                })
        }
    };
    view! {
        <TableScroll label=format!("Voices quoted in {name} (scrolls sideways)")>
            <table class="fr-table fr-speakers" data-testid="voices-table" data-source=source.to_string()>
                <caption>{format!("Whose words {name} quotes")}</caption>
                <thead>
                    <tr>
                        <th scope="col">"Speaker"</th>
                        <th scope="col">"Quoted words"</th>
                        <th scope="col">"Quotations"</th>
                        <th scope="col">"Share of quoted words"</th>
                    </tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
        </TableScroll>
        <ShowAll expanded total cap=SPEAKERS_CAP noun="speakers" />
    }
    .into_any()
}

fn speaker_row(s: &SpeakerShare) -> impl IntoView {
    let speaker = match &s.speaker {
        Some(name) => name.clone().into_any(),
        None => view! { <em>"no speaker found"</em> }.into_any(),
    };
    let actor = s
        .actor
        .as_ref()
        .filter(|a| {
            s.speaker
                .as_ref()
                .is_none_or(|n| !n.eq_ignore_ascii_case(a))
        })
        .map(|a| view! { <span class="fr-actor">{format!(" ({a})")}</span> });
    view! {
        <tr>
            <th scope="row">{speaker}{actor}</th>
            <td class="fr-n">{s.words}</td>
            <td class="fr-n">{s.quotes}</td>
            <td class="fr-share">
                <span class="fr-pct">{percent(s.share)}</span>
                {share_bar(s.share)}
            </td>
        </tr>
    }
}

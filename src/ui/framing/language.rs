//! Loaded and hedging language (`framing.language`): per source, the marked words by category
//! with their rate per 1,000 body words; the sentences where the writer judges in their own
//! voice, set apart from marked words in quoted or reported material.
//!
//! It shows the report's markers and rates; it does not look words up itself.

use parallax_engine::report::{MarkedSentence, Marker, MarkerCategory, SourceLanguage, Voice};
use std::sync::Arc;

use leptos::prelude::*;

use super::widgets::{
    count_of, marked_text, shown, source_row_th, Disclosure, Mark, ShowAll, TableScroll,
};
use crate::ui::state::Comparison;

/// The categories, in the order of the table's columns.
const CATEGORIES: [MarkerCategory; 5] = [
    MarkerCategory::Loaded,
    MarkerCategory::Dramatic,
    MarkerCategory::Intensifier,
    MarkerCategory::Hedge,
    MarkerCategory::Distancing,
];

/// Source rows shown before "show all".
const SOURCES_CAP: usize = 20;
/// Judgement sentences shown before "show all".
const JUDGEMENTS_CAP: usize = 10;
/// Distinct words listed in one cell before "and N more".
const WORDS_PER_CELL: usize = 8;

fn class_of(category: MarkerCategory) -> &'static str {
    match category {
        MarkerCategory::Loaded => "fr-lang-loaded",
        MarkerCategory::Dramatic => "fr-lang-dramatic",
        MarkerCategory::Intensifier => "fr-lang-intensifier",
        MarkerCategory::Hedge => "fr-lang-hedge",
        MarkerCategory::Distancing => "fr-lang-distancing",
    }
}

fn voice_label(voice: Voice) -> &'static str {
    match voice {
        Voice::Own => "writer's own words",
        Voice::Reported => "reported",
        Voice::Quoted => "quoted",
    }
}

#[component]
pub fn LanguagePart(c: Arc<Comparison>) -> impl IntoView {
    let others = c
        .report
        .framing
        .language
        .iter()
        .filter(|l| l.sentences.iter().any(|s| !s.judgement))
        .map(|l| {
            let source = l.source;
            let count = l.sentences.iter().filter(|s| !s.judgement).count();
            let summary = format!(
                "{}: {} with marked words in quoted, reported or plain material",
                c.source_name(source),
                count_of(count, "sentence", "sentences")
            );
            let c = c.clone();
            view! { <Disclosure summary>{other_sentences(c.clone(), source)}</Disclosure> }
        })
        .collect_view();
    view! {
        <section class="fr-part" aria-labelledby="fr-language-h" data-testid="framing-language">
            <h3 id="fr-language-h">"Loaded and hedging words"</h3>
            <p class="fr-help">
                "Loaded words judge (regime, propaganda), dramatising ones heighten (fierce), "
                "intensifiers turn up (strongly), hedges soften (largely), distancing words keep "
                "a claim at arm's length (reportedly). Rates are per 1,000 body words; “own” counts "
                "the writer's words, outside quotations and reported speech."
            </p>
            {rates_table(&c)}
            {judgements(&c)}
            {others}
        </section>
    }
}

/// Sources × categories: rate per 1,000 words, counts, and the words.
fn rates_table(c: &Arc<Comparison>) -> impl IntoView {
    let total = c.report.framing.language.len();
    let expanded = RwSignal::new(false);
    let heads = CATEGORIES
        .iter()
        .map(|cat| view! { <th scope="col" class=class_of(*cat)>{cat.label()}</th> })
        .collect_view();
    let body = {
        let c = c.clone();
        move || {
            c.report
                .framing
                .language
                .iter()
                .take(shown(expanded, total, SOURCES_CAP))
                .map(|l| rates_row(&c, l))
                .collect_view()
        }
    };
    view! {
        <TableScroll label="Marked words per source (scrolls sideways)">
            <table class="fr-table fr-rates" data-testid="language-rates">
                <caption>"Marked words per source, per 1,000 body words"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Source"</th>
                        <th scope="col">"Body words"</th>
                        {heads}
                    </tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
        </TableScroll>
        <ShowAll expanded total cap=SOURCES_CAP noun="sources" />
    }
}

fn rates_row(c: &Comparison, l: &SourceLanguage) -> impl IntoView {
    let cells = CATEGORIES
        .iter()
        .map(|&cat| rate_cell(l, cat))
        .collect_view();
    view! {
        <tr>
            {source_row_th(c, l.source)}
            <td class="fr-n">{l.words}</td>
            {cells}
        </tr>
    }
}

fn rate_cell(l: &SourceLanguage, category: MarkerCategory) -> impl IntoView {
    let rate = l.rates.iter().find(|r| r.category == category);
    let (per_1000, count, own) = rate.map_or((0.0, 0, 0), |r| (r.per_1000_words, r.count, r.own));
    let mut words: Vec<(String, usize, Voice)> = Vec::new();
    for m in l.markers.iter().filter(|m| m.category == category) {
        let key = m.text.to_lowercase();
        match words.iter_mut().find(|(w, _, _)| w.to_lowercase() == key) {
            Some((_, n, _)) => *n += 1,
            None => words.push((m.text.clone(), 1, m.voice)),
        }
    }
    let more = words.len().saturating_sub(WORDS_PER_CELL);
    let list = words
        .into_iter()
        .take(WORDS_PER_CELL)
        .map(|(w, n, voice)| {
            let times = (n > 1).then(|| format!(" ×{n}"));
            view! {
                <li>
                    <span class="fr-variant">{w}</span>
                    {times}
                    " "
                    <span class="fr-form">{voice_label(voice)}</span>
                </li>
            }
        })
        .collect_view();
    let detail = (count > 0).then(|| format!("{count} ({own} own)"));
    view! {
        <td data-category=category.label()>
            <span class="fr-count">{format!("{per_1000:.1}")}</span>
            " "
            <span class="fr-form">{detail}</span>
            <ul class="fr-words">{list}</ul>
            {(more > 0).then(|| view! { <span class="fr-more">{format!("and {more} more")}</span> })}
        </td>
    }
}

/// The marks for a sentence's markers, each labelled with its category.
fn marks(markers: &[Marker], s: &MarkedSentence) -> Vec<Mark> {
    s.markers
        .iter()
        .filter_map(|&i| markers.get(i))
        .map(|m| Mark {
            start: m.start,
            end: m.end,
            class: class_of(m.category),
            label: Some(m.category.label().to_string()),
        })
        .collect()
}

/// Every sentence, across sources, where the writer judges in their own voice.
fn judgements(c: &Arc<Comparison>) -> impl IntoView {
    let all: Vec<(usize, usize)> = c
        .report
        .framing
        .language
        .iter()
        .enumerate()
        .flat_map(|(li, l)| {
            l.sentences
                .iter()
                .enumerate()
                .filter(|(_, s)| s.judgement)
                .map(move |(si, _)| (li, si))
        })
        .collect();
    let total = all.len();
    if total == 0 {
        return view! {
            <p class="fr-none" data-testid="judgements">
                "No sentence where a writer judges in their own voice was found."
            </p>
        }
        .into_any();
    }
    let expanded = RwSignal::new(false);
    let body = {
        let c = c.clone();
        move || {
            all.iter()
                .take(shown(expanded, total, JUDGEMENTS_CAP))
                .filter_map(|&(li, si)| {
                    let l = c.report.framing.language.get(li)?;
                    let s = l.sentences.get(si)?;
                    let text = marked_text(&c, l.source, s.start, s.end, marks(&l.markers, s));
                    Some(view! {
                        <tr data-testid="judgement" data-source=l.source.to_string()>
                            {source_row_th(&c, l.source)}
                            <td><q class="fr-sentence">{text}</q></td>
                        </tr>
                    })
                })
                .collect_view()
        }
    };
    view! {
        <TableScroll label="The writers' own judgements (scrolls sideways)">
            <table class="fr-table fr-judgements" data-testid="judgements">
                <caption>
                    "The writer's own judgement: loaded or dramatising words outside any "
                    "quotation or reported speech"
                </caption>
                <thead>
                    <tr>
                        <th scope="col">"Source"</th>
                        <th scope="col">"Sentence, marked words labelled"</th>
                    </tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
        </TableScroll>
        <ShowAll expanded total cap=JUDGEMENTS_CAP noun="judgements" />
    }
    .into_any()
}

/// A source's marked sentences that are not the writer's judgement, with whose words they are.
fn other_sentences(c: Arc<Comparison>, source: usize) -> impl IntoView {
    let Some(l) = c
        .report
        .framing
        .language
        .iter()
        .find(|l| l.source == source)
    else {
        return ().into_any();
    };
    let items = l
        .sentences
        .iter()
        .filter(|s| !s.judgement)
        .map(|s| {
            let text = marked_text(&c, source, s.start, s.end, marks(&l.markers, s));
            view! {
                <li>
                    <span class="fr-tag fr-voice">{voice_label(s.voice)}</span>
                    " "
                    <q class="fr-sentence">{text}</q>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="fr-sentences" data-testid="reported-marked">{items}</ul> }.into_any()
}

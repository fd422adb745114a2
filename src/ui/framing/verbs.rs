//! Attribution verbs: which verbs each source uses to introduce what people say, grouped into
//! the report's categories (`framing.verbs`).
//!
//! A category × source table gives the overview (which outlet "bristled" where another
//! "said"); per source, a table by category and speaker gives counts and each verb's sentence.
//! Non-neutral categories carry their name as text, never colour alone. It does not find verbs.

use parallax_engine::report::{SourceVerbs, VerbCategory, VerbRow};
use std::sync::Arc;

use leptos::prelude::*;

use super::open_by_default;
use super::widgets::{
    count_of, marked_text, shown, source_count, source_th, Disclosure, Mark, ShowAll, TableScroll,
};
use crate::ui::state::Comparison;

/// Categories in the order shown: those that colour a quotation first, plain speech last.
const ORDER: [VerbCategory; 5] = [
    VerbCategory::Emotive,
    VerbCategory::DoubtCasting,
    VerbCategory::Endorsing,
    VerbCategory::Assertive,
    VerbCategory::Neutral,
];

/// Verb forms listed in one overview cell before "and N more".
const FORMS_PER_CELL: usize = 10;
/// Speaker rows shown per source before "show all".
const ROWS_CAP: usize = 20;
/// Sentences listed under one speaker row; the rest are counted. A row of a long article can
/// hold thousands of uses, and each sentence is several elements.
const SENTENCES_CAP: usize = 25;

/// A class naming the category, for styles.
fn class_of(category: VerbCategory) -> &'static str {
    match category {
        VerbCategory::Neutral => "fr-cat-neutral",
        VerbCategory::Assertive => "fr-cat-assertive",
        VerbCategory::DoubtCasting => "fr-cat-doubt",
        VerbCategory::Emotive => "fr-cat-emotive",
        VerbCategory::Endorsing => "fr-cat-endorsing",
    }
}

fn rank(category: VerbCategory) -> usize {
    ORDER
        .iter()
        .position(|c| *c == category)
        .unwrap_or(ORDER.len())
}

/// The category's name as a visible tag; neutral verbs get none.
fn tag(category: VerbCategory) -> Option<impl IntoView> {
    (category != VerbCategory::Neutral).then(|| {
        view! { <span class=format!("fr-tag {}", class_of(category))>{category.label()}</span> }
    })
}

#[component]
pub fn VerbsPart(c: Arc<Comparison>) -> impl IntoView {
    let open = open_by_default(source_count(&c));
    let per_source = c
        .report
        .framing
        .verbs
        .iter()
        .map(|sv| {
            let source = sv.source;
            let uses: usize = sv.by_category.iter().map(|b| b.count).sum();
            let summary = format!(
                "{}: {} by speaker",
                c.source_name(source),
                count_of(uses, "verb use", "verb uses")
            );
            let c = c.clone();
            view! {
                <Disclosure summary open>{source_table(c.clone(), source)}</Disclosure>
            }
        })
        .collect_view();
    view! {
        <section class="fr-part" aria-labelledby="fr-verbs-h" data-testid="framing-verbs">
            <h3 id="fr-verbs-h">"Attribution verbs"</h3>
            <p class="fr-help">
                "The verbs each source uses to introduce what someone says. A neutral verb "
                "(said, told) reports; a doubt-casting one (claimed) questions; an emotive or "
                "combative one (bristled, slammed) dramatises; an endorsing one (noted) lends "
                "credence."
            </p>
            {overview(&c)}
            {per_source}
        </section>
    }
}

/// Categories × sources: how many uses, and which verbs as written.
fn overview(c: &Comparison) -> impl IntoView {
    let n = source_count(c);
    let verbs = &c.report.framing.verbs;
    let rows = ORDER
        .iter()
        .map(|&category| {
            let cells = (0..n)
                .map(|s| category_cell(verbs.iter().find(|v| v.source == s), category))
                .collect_view();
            view! {
                <tr class=class_of(category)>
                    <th scope="row">{tag_or_plain(category)}</th>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    let heads = (0..n).map(|s| source_th(c, s)).collect_view();
    view! {
        <TableScroll label="Attribution verbs by category and source (scrolls sideways)">
            <table class="fr-table fr-verb-overview" data-testid="verb-overview">
                <caption>"Attribution verbs by category: uses, and the verbs as written"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Category"</th>
                        {heads}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </TableScroll>
    }
}

fn tag_or_plain(category: VerbCategory) -> AnyView {
    match tag(category) {
        Some(t) => t.into_any(),
        None => category.label().into_any(),
    }
}

/// One overview cell: the category's count in the source and its verb forms, most used first.
fn category_cell(sv: Option<&SourceVerbs>, category: VerbCategory) -> impl IntoView {
    let count = sv
        .and_then(|sv| sv.by_category.iter().find(|b| b.category == category))
        .map_or(0, |b| b.count);
    let forms = sv
        .map(|sv| verb_forms(&sv.rows, category))
        .unwrap_or_default();
    let more = forms.len().saturating_sub(FORMS_PER_CELL);
    let list = forms
        .into_iter()
        .take(FORMS_PER_CELL)
        .map(|(form, times)| {
            let times = (times > 1).then(|| format!(" ×{times}"));
            view! { <li><span class="fr-verb">{form}</span>{times}</li> }
        })
        .collect_view();
    view! {
        <td data-category=category.label()>
            <span class="fr-count">{count}</span>
            <ul class="fr-words">{list}</ul>
            {(more > 0).then(|| view! { <span class="fr-more">{format!("and {more} more")}</span> })}
        </td>
    }
}

/// The verbs of one category as written, with how often, in the order the rows give them.
fn verb_forms(rows: &[VerbRow], category: VerbCategory) -> Vec<(String, usize)> {
    let mut forms: Vec<(String, usize)> = Vec::new();
    for u in rows
        .iter()
        .filter(|r| r.category == category)
        .flat_map(|r| &r.uses)
    {
        let key = u.verb.to_lowercase();
        match forms.iter_mut().find(|(f, _)| f.to_lowercase() == key) {
            Some((_, n)) => *n += 1,
            None => forms.push((u.verb.clone(), 1)),
        }
    }
    forms
}

/// One source's verbs by category and speaker.
fn source_table(c: Arc<Comparison>, source: usize) -> impl IntoView {
    let Some(sv) = c.report.framing.verbs.iter().find(|v| v.source == source) else {
        return ().into_any();
    };
    if sv.rows.is_empty() {
        return view! { <p class="fr-none">"No attribution verbs found."</p> }.into_any();
    }
    let mut order: Vec<usize> = (0..sv.rows.len()).collect();
    order.sort_by_key(|&i| rank(sv.rows[i].category));
    let total = order.len();
    let expanded = RwSignal::new(false);
    let name = c.source_name(source);
    let body = {
        let c = c.clone();
        move || {
            let Some(sv) = c.report.framing.verbs.iter().find(|v| v.source == source) else {
                return Vec::new();
            };
            let mut views = Vec::new();
            let mut last = None;
            for &i in order.iter().take(shown(expanded, total, ROWS_CAP)) {
                let row = &sv.rows[i];
                if last != Some(row.category) {
                    last = Some(row.category);
                    views.push(group_row(sv, row.category).into_any());
                }
                views.push(speaker_row(&c, source, row).into_any());
            }
            views
        }
    };
    view! {
        <TableScroll label=format!("Attribution verbs in {name} (scrolls sideways)")>
            <table class="fr-table fr-verb-table" data-testid="verb-table" data-source=source.to_string()>
                <caption>{format!("Attribution verbs in {name}, by category and speaker")}</caption>
                <thead>
                    <tr>
                        <th scope="col">"Speaker"</th>
                        <th scope="col">"Verb"</th>
                        <th scope="col">"Uses"</th>
                        <th scope="col">"Where"</th>
                    </tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
        </TableScroll>
        <ShowAll expanded total cap=ROWS_CAP noun="speaker rows" />
    }
    .into_any()
}

/// The header row opening a category's rows.
fn group_row(sv: &SourceVerbs, category: VerbCategory) -> impl IntoView {
    let count = sv
        .by_category
        .iter()
        .find(|b| b.category == category)
        .map_or(0, |b| b.count);
    view! {
        <tr class=format!("fr-group {}", class_of(category))>
            <th scope="rowgroup" colspan="4">
                {tag_or_plain(category)}
                " · "
                {count_of(count, "use", "uses")}
            </th>
        </tr>
    }
}

/// One speaker and verb: who, the verb as written, how often, and each sentence.
fn speaker_row(c: &Arc<Comparison>, source: usize, row: &VerbRow) -> impl IntoView {
    let speaker = match &row.speaker {
        Some(s) => s.clone().into_any(),
        None => view! { <em>"no speaker found"</em> }.into_any(),
    };
    let actor = row
        .actor
        .as_ref()
        .filter(|a| {
            row.speaker
                .as_ref()
                .is_none_or(|s| !s.eq_ignore_ascii_case(a))
        })
        .map(|a| view! { <span class="fr-actor">{format!(" ({a})")}</span> });
    let mut forms: Vec<&str> = Vec::new();
    for u in &row.uses {
        if !forms.iter().any(|f| f.eq_ignore_ascii_case(&u.verb)) {
            forms.push(&u.verb);
        }
    }
    // Built when the row's sentences are opened, not before: most rows are never opened.
    let opened = RwSignal::new(false);
    let uses: Vec<(usize, usize, usize, usize)> = row
        .uses
        .iter()
        .take(SENTENCES_CAP)
        .map(|u| (u.start, u.end, u.sentence_start, u.sentence_end))
        .collect();
    let more = row.uses.len().saturating_sub(SENTENCES_CAP);
    let class = class_of(row.category);
    let comparison = c.clone();
    let sentences = move || {
        opened.get().then(|| {
            let list = uses
                .iter()
                .map(|&(start, end, sentence_start, sentence_end)| {
                    let mark = Mark {
                        start,
                        end,
                        class,
                        label: None,
                    };
                    let text =
                        marked_text(&comparison, source, sentence_start, sentence_end, vec![mark]);
                    view! { <li><q class="fr-sentence">{text}</q></li> }
                })
                .collect_view();
            let more = (more > 0).then(|| {
                view! { <li class="fr-more">{format!("and {} more", count_of(more, "sentence", "sentences"))}</li> }
            });
            view! { <ul class="fr-sentences">{list}{more}</ul> }
        })
    };
    view! {
        <tr class=class data-testid="verb-row">
            <td>{speaker}{actor}</td>
            <td>
                <span class="fr-verb">{forms.join(", ")}</span>
                " "
                {tag(row.category)}
            </td>
            <td class="fr-n">{row.count}</td>
            <td>
                <details class="fr-where"
                    on:toggle=move |ev| {
                        if event_target::<web_sys::Element>(&ev).has_attribute("open") {
                            opened.set(true);
                        }
                    }>
                    <summary>{count_of(row.uses.len(), "sentence", "sentences")}</summary>
                    {sentences}
                </details>
            </td>
        </tr>
    }
}

//! The overview: the sources compared, four headline figures, and the matrix of quote groups
//! × sources (who quoted what, and how much of the fullest version), most widely quoted first.
//!
//! Figures come straight from the report (`quote_groups`, `framing.claims`); nothing is
//! recomputed here. A row of the matrix leads to its quote card.

use leptos::prelude::*;

use super::{group_number, grow_in_slices, hue_class, Shared};
use crate::segments::{first_words, percent};
use parallax_engine::report::{CoverageRecord, QuoteGroupRecord, Report};

/// Rows of the matrix shown before "Show all".
const MATRIX_ROWS: usize = 40;
/// Words of the fullest version shown in a matrix row.
const ROW_WORDS: usize = 12;

/// The headline figures of a report.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Figures {
    shared_quotes: usize,
    single_source_quotes: usize,
    shared_claims: usize,
    unique_facts: usize,
}

impl Figures {
    fn of(report: &Report) -> Self {
        let (shared_quotes, single_source_quotes) =
            split_count(report.quote_groups.iter().map(|g| g.sources.len()));
        let (shared_claims, unique_facts) =
            split_count(report.framing.claims.claims.iter().map(|c| c.sources.len()));
        Figures {
            shared_quotes,
            single_source_quotes,
            shared_claims,
            unique_facts,
        }
    }
}

/// How many of the counts are at least two, and how many are exactly one.
fn split_count(source_counts: impl Iterator<Item = usize>) -> (usize, usize) {
    source_counts.fold((0, 0), |(many, one), n| match n {
        0 => (many, one),
        1 => (many, one + 1),
        _ => (many + 1, one),
    })
}

#[component]
pub(super) fn Overview(shared: Shared) -> impl IntoView {
    view! {
        <section id="results-overview" class="overview" aria-labelledby="results-overview-title">
            <h2 id="results-overview-title" tabindex="-1">"Overview"</h2>
            {sources_list(&shared)}
            {figures(Figures::of(shared.report()))}
            <QuoteMatrix shared />
        </section>
    }
}

fn sources_list(shared: &Shared) -> impl IntoView {
    let report = shared.report();
    let mut quotes = vec![0usize; report.sources.len()];
    for q in &report.quotes {
        if let Some(n) = quotes.get_mut(q.source) {
            *n += 1;
        }
    }
    let items = report
        .sources
        .iter()
        .zip(quotes)
        .enumerate()
        .map(|(i, (s, quotes))| {
            view! {
                <li class="result-source" data-testid="result-source">
                    <span class="source-number" aria-hidden="true">{i + 1}</span>
                    <span class="source-name">{s.name.clone()}</span>
                    <span class="source-figures">
                        {format!("{} words · {} quotations", s.words, quotes)}
                    </span>
                </li>
            }
        })
        .collect_view();
    view! {
        <h3 class="overview-sub">{format!("{} sources", report.sources.len())}</h3>
        <ol class="result-sources">{items}</ol>
    }
}

fn figures(f: Figures) -> impl IntoView {
    let figure = |value: usize, label: &'static str, testid: &'static str| {
        view! {
            <div class="figure" data-testid=testid>
                <dt>{label}</dt>
                <dd>{value}</dd>
            </div>
        }
    };
    view! {
        <dl class="headline-figures" data-testid="headline-figures">
            {figure(f.shared_quotes, "Shared quotes (in 2 or more sources)", "figure-shared-quotes")}
            {figure(f.single_source_quotes, "Quotes in one source only", "figure-single-quotes")}
            {figure(f.shared_claims, "Shared claims", "figure-shared-claims")}
            {figure(f.unique_facts, "Facts only one source gives", "figure-unique-facts")}
        </dl>
    }
}

/// The matrix of quote groups (rows, most widely quoted first, as the report lists them) ×
/// sources (columns).
#[component]
fn QuoteMatrix(shared: Shared) -> impl IntoView {
    // Rows on the page: the first MATRIX_ROWS, then (after "Show all") the rest in slices, so
    // a matrix of thousands of rows never blocks the page in one render.
    let shown = RwSignal::new(MATRIX_ROWS);
    let show_all = RwSignal::new(false);
    let total = shared.report().quote_groups.len();
    let source_count = shared.report().sources.len();
    let table_class = if source_count > 4 {
        "quote-matrix many"
    } else {
        "quote-matrix"
    };
    let heads = shared
        .report()
        .sources
        .iter()
        .enumerate()
        .map(|(i, s)| {
            view! {
                <th scope="col" class="source-col" title=s.name.clone()>
                    <span class="source-number" aria-hidden="true">{i + 1}</span>
                    " "
                    <abbr class="source-abbr" title=s.name.clone() aria-hidden="true">
                        {abbreviation(&s.name)}
                    </abbr>
                    <span class="visually-hidden">{s.name.clone()}</span>
                </th>
            }
        })
        .collect_view();
    let rows = {
        let shared = shared.clone();
        view! {
            <For each=move || 0..shown.get().min(total) key=|g: &usize| *g
                children=move |g| {
                    shared
                        .report()
                        .quote_groups
                        .get(g)
                        .map(|group| matrix_row(&shared, g, group))
                } />
        }
    };
    view! {
        <h3 class="overview-sub">"Who quoted what"</h3>
        <p class="hint matrix-legend">
            "Columns are the sources by number (see the list above; a column's heading shows a "
            "short form of the name). Each cell: the share of the fullest version that source "
            "quotes, and its words out of all."
        </p>
        <div class="table-wrap matrix-wrap" tabindex="0" role="region"
            aria-label="Quote groups by source">
            <table class=table_class data-testid="quote-matrix">
                <caption>
                    "Each row is one utterance; each cell says whether that source quotes it "
                    "and how much of the fullest version it gives. Choose a row to open its card."
                </caption>
                <colgroup>
                    <col class="quote-col" />
                    {(0..source_count).map(|_| view! { <col class="coverage-col" /> }).collect_view()}
                </colgroup>
                <thead>
                    <tr>
                        <th scope="col">"Quote and speaker"</th>
                        {heads}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        <Show when=move || { total > MATRIX_ROWS && !show_all.get() }>
            <button type="button" class="quiet" data-testid="matrix-show-all"
                on:click=move |_| {
                    show_all.set(true);
                    grow_in_slices(shown, total, MATRIX_ROWS);
                }>
                {format!("Show all {total} quote groups")}
            </button>
        </Show>
    }
}

fn matrix_row(shared: &Shared, g: usize, group: &QuoteGroupRecord) -> impl IntoView {
    let sources = shared.report().sources.len();
    let reference = shared.quote(&group.reference).map(|(_, q)| q);
    let (words, cut) = reference.map_or(("", false), |q| first_words(&q.text, ROW_WORDS));
    let label = format!("“{words}{}”", if cut { " …" } else { "" });
    let mut quotes_per_source = vec![0usize; sources];
    for (_, q) in group.members.iter().filter_map(|id| shared.quote(id)) {
        if let Some(n) = quotes_per_source.get_mut(q.source) {
            *n += 1;
        }
    }
    let mut coverage_of: Vec<Option<&CoverageRecord>> = vec![None; sources];
    for c in &group.coverage {
        if let Some(slot) = coverage_of.get_mut(c.source) {
            *slot = Some(c);
        }
    }
    let cells = coverage_of
        .into_iter()
        .zip(quotes_per_source)
        .enumerate()
        .map(|(s, (coverage, quotes))| {
            let label = abbreviation(&shared.source_name(s));
            coverage_cell(coverage, quotes, s + 1, label)
        })
        .collect_view();
    let speaker = group
        .speaker
        .clone()
        .unwrap_or_else(|| "not named".to_string());
    let open = {
        let shared = shared.clone();
        move || shared.open_card(g)
    };
    let open_by_button = open.clone();
    view! {
        <tr class="matrix-row" data-testid="matrix-row" data-group=group_number(g)
            on:click=move |_| open()>
            <th scope="row" class="matrix-quote">
                <button type="button" class="row-link"
                    on:click=move |ev| {
                        ev.stop_propagation();
                        open_by_button();
                    }>
                    <span class=format!("group-badge {}", hue_class(g))>{group_number(g)}</span>
                    <span class="visually-hidden">"Quote " {group_number(g)} ": "</span>
                    <span class="matrix-words">{label}</span>
                </button>
                <span class="matrix-speaker">{speaker}</span>
            </th>
            {cells}
        </tr>
    }
}

/// A short form of a source's name for a narrow column heading: the name itself when short,
/// else its first word, cut to ten letters.
pub(crate) fn abbreviation(name: &str) -> String {
    const LONGEST: usize = 12;
    let name = name.trim();
    if name.chars().count() <= LONGEST {
        return name.to_string();
    }
    let first = name
        .split(|c: char| c.is_whitespace() || c == '_' || c == '-' || c == '.')
        .find(|w| w.chars().any(char::is_alphabetic))
        .unwrap_or(name);
    let mut short: String = first.chars().take(10).collect();
    if short.chars().count() < name.chars().count() {
        short.push('…');
    }
    short
}

/// One cell: how much of the group's fullest version a source quotes (as a percentage, words
/// out of all, and a bar on screen), and in how many quotations when more than one. On a
/// phone the row becomes a list and each cell names its source.
fn coverage_cell(
    coverage: Option<&CoverageRecord>,
    quotes: usize,
    number: usize,
    label: String,
) -> impl IntoView {
    let source = view! {
        <span class="cell-source" aria-hidden="true">
            <span class="source-number">{number}</span>" "{label}
        </span>
    };
    let Some(coverage) = coverage else {
        return view! {
            <td class="coverage none">
                {source}
                <span aria-hidden="true">"—"</span>
                <span class="visually-hidden">"not quoted"</span>
            </td>
        }
        .into_any();
    };
    let width = format!("{:.1}%", coverage.fraction.clamp(0.0, 1.0) * 100.0);
    let times = (quotes > 1).then(|| format!(" · {quotes}×"));
    view! {
        <td class="coverage">
            {source}
            <span class="coverage-text">{percent(coverage.fraction)}{times}</span>
            <span class="coverage-words" aria-hidden="true">
                {format!("{}/{}", coverage.words_quoted, coverage.words_total)}
            </span>
            <span class="bar" aria-hidden="true">
                <span class="bar-fill" style:width=width></span>
            </span>
            <span class="visually-hidden">
                {format!(
                    " of the fullest version: {} of {} words, in {} quotation{}",
                    coverage.words_quoted,
                    coverage.words_total,
                    quotes,
                    if quotes == 1 { "" } else { "s" }
                )}
            </span>
        </td>
    }
    .into_any()
}

//! Key differences: the findings of `crate::findings`, first on the results page, each a
//! sentence with its evidence and a link to the card or table that shows it in full; minor
//! edits (same meaning) counted below them. Rendering only: the findings are computed once per
//! comparison in `Shared`, in a browser task after the results' first render ("Finding the key
//! differences…" shows until then).

use leptos::prelude::*;

use super::super::route::{self, Section, Target};
use super::{group_number, Shared};
use crate::findings::{Finding, KeyDifferences, Place};

#[component]
pub(super) fn KeyDifferencesView(shared: Shared) -> impl IntoView {
    let findings = shared.findings;
    let list = move || match findings.get() {
        None => view! {
            <p class="hint" data-testid="finding-key-differences">"Finding the key differences…"</p>
        }
        .into_any(),
        Some(found) => listed(&shared, &found).into_any(),
    };
    view! {
        <section id="key-differences" class="key-differences" data-testid="key-differences"
            aria-labelledby="key-differences-title">
            <h2 id="key-differences-title" tabindex="-1">"Key differences"</h2>
            <p class="hint">
                "What a reader would most want to know, most telling first. Each links to the "
                "card or table with the full evidence."
            </p>
            {list}
        </section>
    }
}

/// The findings, or a line saying there are none, and the count of minor edits.
fn listed(shared: &Shared, found: &KeyDifferences) -> impl IntoView {
    let items = found
        .findings
        .iter()
        .map(|f| finding(shared, f))
        .collect_view();
    let minor = found.minor.len();
    let minor_line = (minor > 0).then(|| {
        view! {
            <p class="minor-line" data-testid="minor-edits">
                <span class="minor-tag">"minor"</span>
                {format!(
                    " {minor} edit{} that change{} no meaning (capitals, punctuation, contractions, \
                     “a”/“the”) are marked “minor” on the cards and left out here.",
                    if minor == 1 { "" } else { "s" },
                    if minor == 1 { "s" } else { "" }
                )}
            </p>
        }
    });
    let empty = found.findings.is_empty().then(|| {
        view! {
            <p class="empty">
                "No telling differences found: the sources share no quote, or quote it alike."
            </p>
        }
    });
    view! {
        {empty}
        <ol class="findings">{items}</ol>
        {minor_line}
    }
}

fn finding(shared: &Shared, f: &Finding) -> impl IntoView {
    let evidence = f
        .evidence
        .iter()
        .filter(|e| !e.text.is_empty())
        .map(|e| {
            let who = e
                .source
                .map_or_else(|| "Fullest version".to_string(), |s| shared.source_name(s));
            view! {
                <li><span class="evidence-source">{who}": "</span>"“"{e.text.clone()}"”"</li>
            }
        })
        .collect_view();
    let ws = shared.ws;
    let (label, target) = match f.place {
        Place::Card(g) => (
            format!("Open quote card {}", group_number(g)),
            Target::Card(g),
        ),
        Place::Ledes => (
            "See the headlines and ledes".to_string(),
            Target::Section(Section::Framing),
        ),
        Place::Claims => (
            "See the shared facts".to_string(),
            Target::Section(Section::Framing),
        ),
    };
    view! {
        <li class="finding" data-testid="key-difference" data-kind=format!("{:?}", f.kind)>
            <p class="finding-sentence">
                <span class="finding-kind">{f.kind.label()}</span>
                " "
                {f.sentence.clone()}
            </p>
            <details class="finding-evidence">
                <summary>"Evidence"</summary>
                <ul>{evidence}</ul>
            </details>
            <button type="button" class="quiet finding-link" data-testid="finding-link"
                on:click=move |_| route::go(ws.target, target)>
                {label}
            </button>
        </li>
    }
}

//! The per-source summary of a comparison: what the engine read in each article (paragraphs,
//! sentences, words, quotations, boilerplate regions), straight from the report.
//!
//! It shows only the report's own figures; the quote and framing views are in `results`.

use leptos::prelude::*;

use super::state::{Comparison, Workspace};

#[component]
pub fn Summary(ws: Workspace) -> impl IntoView {
    let stale = move || {
        ws.comparison
            .with(|c| c.as_ref().is_some_and(|c| !c.is_of(&ws.input())))
    };
    move || {
        ws.comparison.get().map(|comparison| {
            view! {
                <section class="summary" aria-labelledby="summary-heading">
                    <h2 id="summary-heading" tabindex="-1">"What the engine read"</h2>
                    <Show when=stale>
                        <p class="stale" role="status">
                            "The articles have changed since this comparison: "
                            "press Compare again to update it."
                        </p>
                    </Show>
                    <div class="table-wrap" tabindex="0" role="region"
                        aria-label="Figures per source (scrolls sideways on small screens)">
                        {table(&comparison)}
                    </div>
                </section>
            }
        })
    }
}

fn table(comparison: &Comparison) -> impl IntoView {
    let report = &comparison.report;
    let rows = report
        .sources
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let quotes = report.quotes.iter().filter(|q| q.source == i).count();
            view! {
                <tr data-testid="summary-row">
                    <th scope="row">{s.name.clone()}</th>
                    <td>{s.paragraphs}</td>
                    <td>{s.sentences}</td>
                    <td>{s.words}</td>
                    <td>{quotes}</td>
                    <td>{s.boilerplate.len()}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table data-testid="source-summary">
            <caption>
                {format!("{} sources compared", report.sources.len())}
            </caption>
            <thead>
                <tr>
                    <th scope="col">"Source"</th>
                    <th scope="col">"Paragraphs"</th>
                    <th scope="col">"Sentences"</th>
                    <th scope="col">"Words"</th>
                    <th scope="col">"Quotations"</th>
                    <th scope="col">"Boilerplate regions"</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

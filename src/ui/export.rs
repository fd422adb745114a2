//! The "Export and share" section under the results: the report as a Markdown handout or as
//! JSON (the same report `parallax compare` prints), the quote groups as CSV, printing the page
//! as a handout (`style/print.css`), and the share link (`share`).
//!
//! Every file is made in the page (Blob, object URL, a temporary `<a download>`); nothing is
//! uploaded. The contents come from the engine's renderers (`engine::markdown`, `engine::csv`)
//! and serde; this module only names, types and hands out the files.

use leptos::prelude::*;

use super::dom::{hand_out, Download};
use super::one_file::SaveOneFile;
use super::share::ShareLink;
use super::state::{Comparison, NoticeKind, Workspace};
use parallax_engine::render::{csv, markdown};

/// The section heading's id, for in-page navigation.
pub const HEADING_ID: &str = "results-export";

fn markdown_file(comparison: &Comparison, title: &str, pinned: &[usize]) -> Download {
    Download {
        name: "parallax-handout.md",
        mime: "text/markdown;charset=utf-8",
        contents: markdown::render_handout(
            &comparison.report,
            &markdown::Handout {
                title: title.trim(),
                only_groups: (!pinned.is_empty()).then_some(pinned),
            },
        ),
    }
}

/// The first headline among the sources, as a starting title for the handout.
fn suggested_title(comparison: &Comparison) -> String {
    comparison
        .report
        .framing
        .ledes
        .iter()
        .find_map(|l| l.headline.as_ref().map(|h| h.text.trim().to_string()))
        .unwrap_or_default()
}

fn json_file(comparison: &Comparison) -> Result<Download, String> {
    let contents = serde_json::to_string_pretty(&comparison.report)
        .map_err(|e| format!("The report could not be written as JSON: {e}."))?;
    Ok(Download {
        name: "parallax-report.json",
        mime: "application/json;charset=utf-8",
        contents: contents + "\n",
    })
}

fn csv_file(comparison: &Comparison) -> Download {
    Download {
        name: "parallax-quote-groups.csv",
        mime: "text/csv;charset=utf-8",
        // A byte-order mark tells spreadsheet programs the file is UTF-8.
        contents: format!("\u{feff}{}", csv::quote_groups(&comparison.report)),
    }
}

/// Hands out the file `make` builds from the comparison shown, or says what went wrong.
fn export(ws: Workspace, make: impl Fn(&Comparison) -> Result<Download, String>) {
    let Some(comparison) = ws.comparison.get_untracked() else {
        return;
    };
    let result = make(&comparison).and_then(|file| {
        hand_out(&file).map_err(|e| {
            format!(
                "The browser did not start the download of {} ({}). Try again, or print the \
                 page instead.",
                file.name,
                e.as_string().unwrap_or_else(|| "no reason given".into())
            )
        })
    });
    if let Err(message) = result {
        ws.notify(NoticeKind::Error, message);
    }
}

fn print_page(ws: Workspace) {
    if window().print().is_err() {
        ws.notify(
            NoticeKind::Error,
            "This browser did not open its print dialog. Use its own Print command instead.",
        );
    }
}

#[component]
pub fn Export(ws: Workspace) -> impl IntoView {
    // A new comparison suggests its first headline as the title, unless one was typed.
    Effect::new(move |_| {
        if let Some(c) = ws.comparison.get() {
            if ws.handout_title.with_untracked(|t| t.trim().is_empty()) {
                ws.handout_title.set(suggested_title(&c));
            }
        }
    });
    let pinned_count = move || ws.pinned.with(Vec::len);
    move || {
        ws.comparison.with(Option::is_some).then(|| {
            view! {
                <section id="export" class="export" aria-labelledby=HEADING_ID>
                    <h2 id=HEADING_ID tabindex="-1">"Handout and share"</h2>
                    <p class="hint">
                        "Files are made in this browser from the comparison above; nothing is "
                        "uploaded. The handout (printed or Markdown) has the event's title, the key "
                        "differences, who quoted what and the quote cards, numbered as here."
                    </p>
                    <div class="handout-options">
                        <label for="handout-title-input">"Event title for the handout"</label>
                        <input id="handout-title-input" type="text" data-testid="handout-title-input"
                            placeholder="e.g. North Korea rejects NATO summit declaration"
                            prop:value=move || ws.handout_title.get()
                            on:input=move |ev| ws.handout_title.set(event_target_value(&ev)) />
                        <p class="hint" data-testid="pinned-status">
                            {move || match pinned_count() {
                                0 => "Cards in the handout: every shared quote, and the quotes of                                       one source as a list. Pin cards to choose.".to_string(),
                                n => format!("Cards in the handout: the {n} pinned."),
                            }}
                        </p>
                        <Show when=move || { pinned_count() > 0 }>
                            <button type="button" class="quiet" data-testid="unpin-all"
                                on:click=move |_| ws.pinned.set(Vec::new())>
                                "Unpin all"
                            </button>
                        </Show>
                    </div>
                    <div class="export-actions" role="group" aria-label="Downloads and printing">
                        <button type="button" data-testid="export-markdown"
                            on:click=move |_| {
                                let title = ws.handout_title.get_untracked();
                                let pinned = ws.pinned.get_untracked();
                                export(ws, move |c| Ok(markdown_file(c, &title, &pinned)))
                            }>
                            "Download handout (Markdown)"
                        </button>
                        <button type="button" data-testid="export-json"
                            on:click=move |_| export(ws, json_file)>
                            "Download report (JSON)"
                        </button>
                        <button type="button" data-testid="export-csv"
                            on:click=move |_| export(ws, |c| Ok(csv_file(c)))>
                            "Download quote groups (CSV)"
                        </button>
                        <button type="button" data-testid="export-print"
                            on:click=move |_| print_page(ws)>
                            "Print handout"
                        </button>
                    </div>
                    <ShareLink ws />
                    <SaveOneFile ws />
                </section>
            }
        })
    }
}

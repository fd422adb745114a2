//! Small pieces the framing tables share: the scrolling table wrapper, the "show all" toggle,
//! disclosures that render their contents only when opened, source headers, sentences with
//! marked words, and number formats.
//!
//! Nothing here knows what a verb or a claim is; the table modules decide what to show.

use leptos::html;
use leptos::prelude::*;

use crate::ui::state::Comparison;

/// How many sources the report covers.
pub fn source_count(c: &Comparison) -> usize {
    c.report.sources.len()
}

/// The original text of source `i` between two byte offsets, or "" when they do not fit.
pub fn slice(c: &Comparison, i: usize, start: usize, end: usize) -> &str {
    c.sources
        .get(i)
        .and_then(|s| s.text.get(start..end))
        .unwrap_or("")
}

/// A column header naming a source by number and name.
pub fn source_th(c: &Comparison, i: usize) -> impl IntoView {
    view! {
        <th scope="col" class="fr-source-col">
            <span class="fr-num">{i + 1}</span>
            " "
            {c.source_name(i)}
        </th>
    }
}

/// A row header naming a source by number and name.
pub fn source_row_th(c: &Comparison, i: usize) -> impl IntoView {
    view! {
        <th scope="row" class="fr-source-row">
            <span class="fr-num">{i + 1}</span>
            " "
            {c.source_name(i)}
        </th>
    }
}

/// An empty cell: a dash that reads as `meaning` to a screen reader.
pub fn empty_cell(meaning: &'static str) -> impl IntoView {
    view! {
        <td class="fr-empty">
            <span aria-hidden="true">"—"</span>
            <span class="visually-hidden">{meaning}</span>
        </td>
    }
}

/// A wide table's frame: scrolls sideways on small screens and can be scrolled by keyboard.
#[component]
pub fn TableScroll(#[prop(into)] label: String, children: Children) -> impl IntoView {
    view! {
        <div class="fr-scroll" tabindex="0" role="region" aria-label=label>
            {children()}
        </div>
    }
}

/// How many of `total` items to show: all of them when expanded, else at most `cap`.
pub fn shown(expanded: RwSignal<bool>, total: usize, cap: usize) -> usize {
    if expanded.get() {
        total
    } else {
        total.min(cap)
    }
}

/// A button switching a long list between its first `cap` items and all `total` of them;
/// nothing when the list is short.
#[component]
pub fn ShowAll(
    expanded: RwSignal<bool>,
    total: usize,
    cap: usize,
    #[prop(into)] noun: String,
) -> impl IntoView {
    (total > cap).then(move || {
        view! {
            <button type="button" class="fr-show-all quiet"
                aria-expanded=move || expanded.get().to_string()
                on:click=move |_| expanded.update(|e| *e = !*e)>
                {move || {
                    if expanded.get() {
                        format!("Show only the first {cap} {noun}")
                    } else {
                        format!("Show all {total} {noun}")
                    }
                }}
            </button>
        }
    })
}

/// A `<details>` whose contents are built only once it is opened (so 50 closed sources cost
/// little), and kept while it stays open.
#[component]
pub fn Disclosure(
    #[prop(into)] summary: String,
    #[prop(optional)] open: bool,
    #[prop(optional, into)] testid: Option<String>,
    children: ChildrenFn,
) -> impl IntoView {
    let is_open = RwSignal::new(open);
    let node = NodeRef::<html::Details>::new();
    view! {
        <details class="fr-disclosure" open=open node_ref=node data-testid=testid
            on:toggle=move |_| {
                // A `toggle` event comes a task after the change, maybe after this view is
                // gone (an open disclosure queues one as it is made): hence `try_`.
                if let Some(d) = node.try_get_untracked().flatten() {
                    is_open.try_set(d.open());
                }
            }>
            <summary>{summary}</summary>
            <Show when=move || is_open.get()>{children()}</Show>
        </details>
    }
}

/// A span of one source's text to mark inside a sentence, with an optional text label shown
/// after it (so a mark never relies on colour).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mark {
    pub start: usize,
    pub end: usize,
    pub class: &'static str,
    pub label: Option<String>,
}

/// The text of source `i` between `start` and `end`, with `marks` (byte offsets into the same
/// text) wrapped in `<mark>`. Marks outside the range, on no character boundary, or
/// overlapping an earlier mark are left unmarked.
pub fn marked_text(
    c: &Comparison,
    i: usize,
    start: usize,
    end: usize,
    mut marks: Vec<Mark>,
) -> Vec<AnyView> {
    let text = c.sources.get(i).map(|s| s.text.as_str()).unwrap_or("");
    if text.get(start..end).is_none() {
        return Vec::new();
    }
    marks.sort_by_key(|m| (m.start, m.end));
    let mut pieces = Vec::new();
    let mut at = start;
    for m in marks {
        if m.start < at || m.end > end || m.start >= m.end {
            continue;
        }
        let (Some(before), Some(word)) = (text.get(at..m.start), text.get(m.start..m.end)) else {
            continue;
        };
        if !before.is_empty() {
            pieces.push(before.to_string().into_any());
        }
        let label = m
            .label
            .map(|l| view! { <span class="fr-mark-label">{l}</span> });
        pieces.push(view! { <mark class=m.class>{word.to_string()}</mark>{label} }.into_any());
        at = m.end;
    }
    if let Some(rest) = text.get(at..end) {
        if !rest.is_empty() {
            pieces.push(rest.to_string().into_any());
        }
    }
    pieces
}

/// A share (0–1) as a percentage: one decimal under 10 %, whole numbers above.
pub fn percent(share: f64) -> String {
    let p = (share * 100.0).clamp(0.0, 100.0);
    if p < 10.0 {
        format!("{p:.1}%")
    } else {
        format!("{p:.0}%")
    }
}

/// A horizontal bar for a share (0–1); decorative, the percentage is always given as text.
pub fn share_bar(share: f64) -> impl IntoView {
    let width = format!("{:.1}%", (share * 100.0).clamp(0.0, 100.0));
    view! {
        <span class="fr-bar" aria-hidden="true">
            <span class="fr-bar-fill" style:width=width></span>
        </span>
    }
}

/// "1 item" / "3 items".
pub fn count_of(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

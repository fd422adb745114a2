//! The workspace screen: the toolbar (add, open files, load example, clear, compare), the list of
//! article panels, and dropping files anywhere on the page.
//!
//! What each action does to the articles is decided in `state::Workspace`; this module wires
//! controls and browser events to it.

use leptos::ev;
use leptos::html;
use leptos::prelude::*;
use leptos::task::spawn_local;
use web_sys::{DragEvent, File};

use super::compare_run::{self, CompareProgress};
use super::dom::{focus_element, panel_at};
use super::examples;
use super::files::{files_in, read_all};
use super::route::{self, Section, Target};
use super::source_panel::{text_area_id, SourcePanel};
use super::state::{Panel, Workspace};

/// From this many panels on, panels are drawn compact (shorter text areas, more per row) so a
/// workspace of dozens or hundreds of articles stays easy to scan and scroll.
const COMPACT_FROM: usize = 7;

/// "2 panels, 1 with text": how many articles the workspace holds, for scanning long lists.
fn panel_count_text(panels: usize, with_text: usize) -> String {
    let panels = match panels {
        1 => "1 panel".to_string(),
        n => format!("{n} panels"),
    };
    format!("{panels}, {with_text} with text")
}

/// File types offered by the picker; anything else dropped is still checked by its content.
const ACCEPT: &str = ".txt,.text,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html";

/// Reads `files`, places them in panels and focuses the first one filled.
fn bring_in(ws: Workspace, files: Vec<File>, preferred: Option<u64>) {
    if files.is_empty() {
        return;
    }
    spawn_local(async move {
        let loaded = read_all(files).await;
        if let Some(first) = ws.place_files(loaded, preferred) {
            focus_element(&text_area_id(first));
        }
    });
}

/// Whether a drag carries files (not, say, selected text being moved between panels).
fn carries_files(event: &DragEvent) -> bool {
    event
        .data_transfer()
        .is_some_and(|dt| dt.types().includes(&"Files".into(), 0))
}

/// Drops anywhere on the page bring files in; `dragging` is set while files hover the page.
fn listen_for_drops(ws: Workspace, dragging: RwSignal<bool>) {
    let over = window_event_listener(ev::dragover, move |event: DragEvent| {
        if carries_files(&event) {
            event.prevent_default();
            if let Some(dt) = event.data_transfer() {
                dt.set_drop_effect("copy");
            }
            dragging.set(true);
        }
    });
    let leave = window_event_listener(ev::dragleave, move |event: DragEvent| {
        if event.related_target().is_none() {
            dragging.set(false);
        }
    });
    let drop = window_event_listener(ev::drop, move |event: DragEvent| {
        dragging.set(false);
        let files = event
            .data_transfer()
            .and_then(|dt| dt.files())
            .map(|list| files_in(&list))
            .unwrap_or_default();
        if !files.is_empty() {
            event.prevent_default();
            bring_in(ws, files, panel_at(&event));
        }
    });
    on_cleanup(move || {
        over.remove();
        leave.remove();
        drop.remove();
    });
}

#[component]
pub fn WorkspaceView(ws: Workspace) -> impl IntoView {
    let dragging = RwSignal::new(false);
    listen_for_drops(ws, dragging);
    let picker = NodeRef::<html::Input>::new();

    let add = move |_| {
        let id = ws.add_panel();
        focus_element(&text_area_id(id));
    };
    let open_files = move |_| {
        if let Some(input) = picker.get() {
            input.click();
        }
    };
    let picked = move |_| {
        if let Some(input) = picker.get() {
            let files = input.files().map(|l| files_in(&l)).unwrap_or_default();
            // Clear the picker so choosing the same file again still fires `change`.
            input.set_value("");
            bring_in(ws, files, None);
        }
    };
    let load_example = move |_| {
        ws.replace_all(
            examples::articles(),
            "Loaded the example in place of your articles.",
        )
    };
    let clear_all = move |_| ws.clear_all();
    let compare = move |_| {
        // Every limit is checked before any work starts, with a message saying what to do.
        if !ws.within_limits() {
            return;
        }
        compare_run::compare_then(ws, move || {
            // Results first: the articles fold into a bar and the page moves to the results.
            ws.editing.set(false);
            route::go(ws.target, Target::Section(Section::Key));
        });
    };
    let running = move || ws.running.with(Option::is_some);
    let panel_count = move || ws.panels.with(Vec::len);
    let compact = Memo::new(move |_| panel_count() >= COMPACT_FROM);
    let with_text = move || {
        ws.panels.with(|ps| {
            ps.iter()
                .filter(|p| p.text.with(|t| !t.trim().is_empty()))
                .count()
        })
    };

    let folded = move || !ws.editing.get() && ws.comparison.with(Option::is_some);
    let edit = move |_| {
        ws.editing.set(true);
        let first = ws.panels.with_untracked(|ps| ps.first().map(|p| p.id));
        match first {
            Some(id) => focus_element(&text_area_id(id)),
            None => focus_element("add-article"),
        }
    };
    let stale = move || {
        ws.comparison
            .with(|c| c.as_ref().is_some_and(|c| !c.is_of(&ws.input())))
    };
    view! {
        <Show when=folded>
            <div class="workspace-bar" data-testid="workspace-bar" role="group"
                aria-label="The articles compared">
                <span class="workspace-bar-count">
                    {move || match with_text() {
                        1 => "1 article".to_string(),
                        n => format!("{n} articles"),
                    }}
                    {move || if stale() { " · changed since compared" } else { " · compared" }}
                </span>
                <button type="button" data-testid="edit-articles" on:click=edit>
                    "Edit articles"
                </button>
            </div>
        </Show>
        <section class="workspace" class:dragging=move || dragging.get()
            hidden=folded aria-labelledby="workspace-heading">
            <div class="workspace-head">
                <h2 id="workspace-heading" tabindex="-1">"Articles"</h2>
                <p class="panel-count" data-testid="panel-count">
                    {move || panel_count_text(panel_count(), with_text())}
                </p>
                <p class="hint">
                    "Paste each article into its own panel, or drop .txt, .md or .html files "
                    "anywhere on the page. Everything stays in this browser."
                </p>
            </div>
            <div class="toolbar">
                <button type="button" id="add-article" data-testid="add-article" on:click=add>
                    "Add article"
                </button>
                <button type="button" data-testid="open-files" on:click=open_files>
                    "Open files…"
                </button>
                <input node_ref=picker type="file" multiple accept=ACCEPT hidden
                    data-testid="file-input" aria-label="Article files to open"
                    on:change=picked />
                <button type="button" data-testid="load-example" on:click=load_example>
                    "Load example"
                </button>
                <button type="button" data-testid="clear-all" on:click=clear_all>
                    "Clear all"
                </button>
                <button type="button" class="primary" data-testid="compare" on:click=compare
                    disabled=running>
                    "Compare"
                </button>
            </div>
            <CompareProgress ws />
            <p class="drop-hint" aria-hidden="true">"Drop the files to add them as articles"</p>
            <Show when=move || panel_count() == 0>
                <p class="empty">"No articles. Use “Add article” or drop files here."</p>
            </Show>
            <div class="panels" class:compact=move || compact.get()>
                <For each=move || ws.panels.get() key=|p: &Panel| p.id
                    children=move |panel: Panel| view! { <SourcePanel panel ws /> } />
            </div>
        </section>
    }
}

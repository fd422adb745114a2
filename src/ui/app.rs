//! The app: restores the saved workspace (comparing it again if it was compared), keeps it
//! saved, opens the demo on `#demo` and shared articles on `#share=…`, and lays out the screens
//! (a skip link, the workspace, folded once compared, the results views, the engine's
//! figures, export, notices). Addresses of views and Back/Forward are in `route`.

use leptos::prelude::*;

use super::compare_run;
use super::dom::focus_element;
use super::examples;
use super::exercise::maker::ExerciseMaker;
use super::export::Export;
use super::framing::FramingPanel;
use super::one_file;
use super::results::Results;
use super::route::{self, Section, Target};
use super::share;
use super::source_panel::text_area_id;
use super::state::{NoticeKind, Workspace};
use super::storage;
use super::summary::Summary;
use super::worker;
use super::workspace::WorkspaceView;

#[component]
pub fn App() -> impl IntoView {
    let (ws, compared) = storage::restore();
    let address = route::parse(&route::current_fragment());
    if share::open_from_location(ws) {
        ws.editing.set(false);
    } else if address.base == "demo" {
        open_demo(ws);
    } else if open_embedded(ws) {
        ws.editing.set(false);
    } else if compared.is_some_and(|c| c == ws.sources_fingerprint_untracked()) {
        // The saved articles are the ones last compared: show the results again.
        ws.editing.set(false);
        compare_run::compare(ws);
    }
    // A link to a section or card: the results go there once they are on the page.
    ws.target.set(address.target);
    // Back, Forward, or a link followed on the open page.
    let moved = move || {
        if super::exercise::opens_student_view(&route::current_fragment()) {
            // The student view is its own page.
            let _ = window().location().reload();
            return;
        }
        let address = route::parse(&route::current_fragment());
        // A link's articles are compared a few tasks from now (`share`): its results come.
        let mut opening = false;
        if address.base.starts_with("share=") {
            opening = share::open_from_location(ws);
            if opening {
                ws.editing.set(false);
            }
        } else if address.base == "demo" && !demo_is_open(ws) {
            open_demo(ws);
        }
        if opening
            || ws.comparison.with_untracked(Option::is_some)
            || ws.running.with_untracked(Option::is_some)
        {
            ws.target.set(Some(
                address.target.unwrap_or(Target::Section(Section::Key)),
            ));
        }
    };
    let hash = window_event_listener_untyped("hashchange", move |_| moved());
    let pop = window_event_listener_untyped("popstate", move |_| moved());
    on_cleanup(move || {
        hash.remove();
        pop.remove();
    });
    storage::keep_saved(ws);
    // The worker, its word lists and the optimised engine code, ready before the first Compare.
    worker::warm_when_idle();
    let has_results = move || ws.comparison.with(Option::is_some);

    view! {
        <a class="skip-link" href="#key-differences" data-testid="skip-link"
            on:click=move |ev| {
                ev.prevent_default();
                if has_results() {
                    route::go(ws.target, Target::Section(Section::Key));
                } else {
                    focus_element("workspace-heading");
                }
            }>
            {move || if has_results() { "Skip to the results" } else { "Skip to the articles" }}
        </a>
        <header class="site-header" class:compact=has_results>
            <h1>"Parallax"</h1>
            <p class="tagline">"Compare how news articles quote and frame the same event."</p>
            <p class="how">
                <strong>"How it works: "</strong>
                "paste two or more articles about one event (or load the example) and press "
                "Compare. Parallax lines up the quotes they share, marks word by word what each "
                "outlet cut, added or changed, and compares how each one frames the story."
            </p>
        </header>
        <HandoutTitle ws />
        <main>
            <WorkspaceView ws />
            <Results ws />
            <FramingPanel ws />
            <Summary ws />
            <Export ws />
            <ExerciseMaker ws />
            <StatusArea ws />
        </main>
    }
}

/// The event's title at the top of the printed handout (only printed).
#[component]
fn HandoutTitle(ws: Workspace) -> impl IntoView {
    move || {
        let title = ws.handout_title.get();
        (!title.trim().is_empty()).then(|| {
            view! { <h1 class="handout-title" data-testid="handout-title">{title}</h1> }
        })
    }
}

/// Whether the workspace holds the example, compared (a Back to `#demo` need not reload it).
fn demo_is_open(ws: Workspace) -> bool {
    let example = examples::articles();
    untrack(|| ws.articles()) == example
        && (ws.comparison.with_untracked(Option::is_some)
            || ws.running.with_untracked(Option::is_some))
}

/// Opens the articles saved in this file (a one-file page saved with its workspace) and
/// compares them; returns whether it did. They replace the restored ones (Undo brings those
/// back) unless they are the same. A damaged or altered file changes nothing and says so.
fn open_embedded(ws: Workspace) -> bool {
    match one_file::embedded() {
        None => false,
        Some(Err(problem)) => {
            ws.notify(NoticeKind::Error, problem);
            false
        }
        Some(Ok(articles)) => {
            if untrack(|| ws.articles()) != articles {
                ws.replace_all(
                    articles,
                    "Opened the articles saved in this file in place of your articles.",
                );
            }
            compare_run::compare(ws)
        }
    }
}

/// Loads the example and compares it; the user's own articles can be brought back with Undo.
fn open_demo(ws: Workspace) {
    ws.replace_all(
        examples::articles(),
        "Opened the demo in place of your articles.",
    );
    ws.editing.set(false);
    compare_run::compare(ws);
}

/// Undoes the last destructive action and focuses the first article it brought back (the Undo
/// button itself goes away).
fn undo(ws: Workspace) {
    match ws.undo() {
        Some(panel) => focus_element(&text_area_id(panel)),
        None => focus_element("add-article"),
    }
}

/// Errors (announced at once), information and the undo offer, kept in view at the bottom.
#[component]
fn StatusArea(ws: Workspace) -> impl IntoView {
    let notices_of = move |kind: NoticeKind| {
        move || {
            ws.notices
                .get()
                .into_iter()
                .filter(|n| n.kind == kind)
                .map(|n| {
                    let id = n.id;
                    view! {
                        <p class="notice" data-testid="notice">
                            <span>{n.text}</span>
                            <button type="button" class="quiet" on:click=move |_| ws.dismiss(id)
                                aria-label="Dismiss this message">"Dismiss"</button>
                        </p>
                    }
                })
                .collect_view()
        }
    };
    let undo_offer = move || {
        ws.undo.get().map(|entry| {
            view! {
                <p class="undo-offer" data-testid="undo-offer">
                    <span>{entry.label}</span>
                    <button type="button" data-testid="undo" on:click=move |_| undo(ws)>
                        "Undo"
                    </button>
                    <button type="button" class="quiet" on:click=move |_| ws.undo.set(None)
                        aria-label="Dismiss the undo offer">"Dismiss"</button>
                </p>
            }
        })
    };
    view! {
        <div class="status-area">
            <div class="errors" role="alert" aria-live="assertive" data-testid="errors">
                {notices_of(NoticeKind::Error)}
            </div>
            <storage::SaveConflict ws />
            <div class="infos" role="status" aria-live="polite">
                {notices_of(NoticeKind::Info)}
                {undo_offer}
            </div>
        </div>
    }
}

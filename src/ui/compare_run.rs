//! Running a comparison without freezing the page, and showing how far it has got.
//!
//! The engine's stages ([`Comparing`]: read each article, frame, align) run one per browser
//! task: between two stages the run yields to the browser (a `MessageChannel` message, which
//! unlike `setTimeout` is not slowed down in background tabs), so the page repaints the
//! progress line and handles input. A newer run, or replacing the articles, makes a running one
//! stop at its next yield. The stages and their results are the engine's; this module only
//! schedules them.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use super::state::{Comparison, Running, Workspace};
use crate::engine::{Comparing, Progress, Source, Stage};

/// Compares `sources` in slices as the current run of `ws`, then calls `done`.
pub fn start(ws: Workspace, sources: Vec<Source>, done: impl FnOnce() + 'static) {
    let first = Comparing::new(&sources).stage();
    let run = ws.begin_run(&sources, first);
    spawn_local(async move {
        let Some(report) = run_in_slices(ws, run, &sources).await else {
            return;
        };
        if ws.finish_run(run, Comparison { sources, report }) {
            done();
        }
    });
}

/// Runs every stage, yielding before each; `None` once `run` is no longer current.
async fn run_in_slices(
    ws: Workspace,
    run: u64,
    sources: &[Source],
) -> Option<crate::engine::Report> {
    let mut comparing = Comparing::new(sources);
    loop {
        ws.run_reached(run, comparing.stage());
        yield_to_browser().await;
        if !ws.is_current_run(run) {
            return None;
        }
        match comparing.step() {
            Progress::Working(next) => comparing = next,
            Progress::Done(report) => return Some(report),
        }
    }
}

/// Resolves in a new browser task, after the page has had a chance to paint and handle input.
async fn yield_to_browser() {
    // Held until the message arrives, so the channel cannot be collected while it is in flight.
    let channel = web_sys::MessageChannel::new().ok();
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        let posted = channel.as_ref().is_some_and(|c| {
            c.port1().set_onmessage(Some(&resolve));
            c.port2().post_message(&JsValue::NULL).is_ok()
        });
        // Without a MessageChannel (never in a current browser) a timer does the same, slower.
        let scheduled = posted
            || web_sys::window()
                .and_then(|w| w.set_timeout_with_callback(&resolve).ok())
                .is_some();
        if !scheduled {
            let _ = resolve.call0(&JsValue::NULL);
        }
    });
    let _ = JsFuture::from(promise).await;
    drop(channel);
}

/// Steps done and steps in all for the progress bar: one step per article, then framing and
/// alignment one step each.
fn steps(stage: Stage, articles: usize) -> (usize, usize) {
    let done = match stage {
        Stage::Reading { index, .. } => index,
        Stage::Framing => articles,
        Stage::Aligning => articles + 1,
    };
    (done, articles + 2)
}

/// What the progress line says for `stage`.
fn describe(stage: Stage) -> String {
    match stage {
        Stage::Reading { index, total } => format!("Reading article {} of {total}…", index + 1),
        Stage::Framing => "Comparing how the articles frame the event…".to_string(),
        Stage::Aligning => "Aligning the quotes across articles…".to_string(),
    }
}

/// The progress line and bar while a comparison runs (empty otherwise). The live region stays
/// in the page so screen readers announce each change.
#[component]
pub fn CompareProgress(ws: Workspace) -> impl IntoView {
    let line = move || {
        ws.running.get().map(
            |Running {
                 stage, articles, ..
             }| {
                let (value, max) = steps(stage, articles);
                view! {
                    <span class="progress-label">{describe(stage)}</span>
                    <progress max=max value=value aria-label="Comparison progress">
                        {format!("{value} of {max} steps")}
                    </progress>
                }
            },
        )
    };
    view! {
        <div class="compare-progress" role="status" aria-live="polite" data-testid="progress">
            {line}
        </div>
    }
}

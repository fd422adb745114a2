//! Running a comparison without freezing the page, and showing how far it has got.
//!
//! A run goes to the engine's Web Worker ([`super::worker`]), off the page's thread: the
//! worker reports the stage before each of the engine's steps ([`Comparing`]: read each
//! article, the framing across articles and per article, then grouping and aligning the quotes
//! a share at a time) and hands back the report. Where workers do not work, the same steps run
//! in the page, one per browser task: between two steps the run yields to the browser until a
//! new task (`dom::next_task`), so the page repaints the progress line and handles input.
//! Either way a newer run, or replacing the articles, ends the older one: its results are never
//! shown. The steps and their results are the engine's; this module only schedules them.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::dom::next_task;
use super::state::{Comparison, Input, NoticeKind, Running, Workspace};
use super::worker;
use parallax_engine::AlignStep;
use parallax_engine::FramingStep;
use parallax_engine::{Comparing, Progress, Stage};

/// Starts the engine over the articles with text (see [`compare_then`]). Returns whether a
/// comparison was started.
pub fn compare(ws: Workspace) -> bool {
    compare_then(ws, || {})
}

/// Starts the engine over the articles with text, in slices that keep the page responsive,
/// replacing any comparison still running; `done` runs once the result is in
/// `Workspace::comparison`. With no text, says so and returns `false`.
pub fn compare_then(ws: Workspace, done: impl FnOnce() + 'static) -> bool {
    let input = ws.input_untracked();
    if input.sources.is_empty() {
        ws.notify(
            NoticeKind::Info,
            "Nothing to compare yet: paste or drop at least one article.",
        );
        return false;
    }
    // Every way in (Compare, a reload, a link, a saved file) is held to the same limits.
    if !ws.within_limits() {
        return false;
    }
    start(ws, input, done);
    true
}

/// The comparison of `input`: its original is one of its sources by construction
/// ([`Workspace::input`]), so the engine's check never refuses it; if it did, the sources are
/// still compared, without an original.
fn comparing(input: &Input) -> Comparing<'_> {
    Comparing::with_original(&input.sources, input.original)
        .unwrap_or_else(|_| Comparing::new(&input.sources))
}

/// Compares `input` as the current run of `ws` (in the worker if it can), then calls `done`.
fn start(ws: Workspace, input: Input, done: impl FnOnce() + 'static) {
    let first = comparing(&input);
    let run = ws.begin_run(&input, first.stage(), first.progress());
    drop(first);
    worker::compare(ws, run, input, Box::new(done), in_page);
}

/// Compares `input` in slices in the page as run `run` of `ws`, then calls `done`.
fn in_page(ws: Workspace, run: u64, input: Input, done: Box<dyn FnOnce()>) {
    spawn_local(async move {
        let Some(report) = run_in_slices(ws, run, &input).await else {
            return;
        };
        let sources = input.sources;
        if ws.finish_run(run, Comparison { sources, report }) {
            done();
        }
    });
}

/// Runs every stage, yielding before each; `None` once `run` is no longer current.
async fn run_in_slices(ws: Workspace, run: u64, input: &Input) -> Option<parallax_engine::Report> {
    let mut comparing = comparing(input);
    loop {
        ws.run_reached(run, comparing.stage(), comparing.progress());
        next_task().await;
        if !ws.is_current_run(run) {
            return None;
        }
        match comparing.step() {
            Progress::Working(next) => comparing = next,
            Progress::Done(report) => return Some(report),
        }
    }
}

/// The phase of the comparison `stage` is in, announced to screen readers: it changes three
/// times a run, not at every step.
fn phase(stage: Stage) -> &'static str {
    match stage {
        Stage::Reading { .. } => "Reading the articles…",
        Stage::Framing(_) => "Comparing how the articles frame the event…",
        Stage::Aligning(_) => "Aligning the quotes across articles…",
    }
}

/// What the progress line shows for `stage`.
pub(super) fn describe(stage: Stage) -> String {
    match stage {
        Stage::Reading { index, total } => format!("Reading article {} of {total}…", index + 1),
        Stage::Framing(FramingStep::Naming) => "Finding who is named, and how…".to_string(),
        Stage::Framing(FramingStep::Claims) => "Matching claims across the articles…".to_string(),
        Stage::Framing(FramingStep::Source { index, total }) => {
            format!("Reading the framing of article {} of {total}…", index + 1)
        }
        Stage::Aligning(AlignStep::Grouping) => "Grouping the quotes by utterance…".to_string(),
        Stage::Aligning(AlignStep::Aligning { .. }) => {
            "Aligning the quotes word by word…".to_string()
        }
        Stage::Aligning(AlignStep::Paraphrasing) => {
            "Looking for quotes paraphrased elsewhere…".to_string()
        }
    }
}

/// The progress line and bar while a comparison runs (empty otherwise). The live region stays
/// in the page so screen readers announce each change.
#[component]
pub fn CompareProgress(ws: Workspace) -> impl IntoView {
    let running = move || ws.running.get();
    // Only the phase goes to the live region; the detail and the bar are for the eye (the bar
    // can still be read on demand).
    let announced = Memo::new(move |_| ws.running.with(|r| r.map(|r| phase(r.stage))));
    let line = move || {
        running().map(
            |Running {
                 stage,
                 progress: (done, total),
                 ..
             }| {
                view! {
                    <span class="progress-label" aria-hidden="true">{describe(stage)}</span>
                    <progress max=total value=done aria-label="Comparison progress">
                        {format!("{done} of {total} steps")}
                    </progress>
                }
            },
        )
    };
    view! {
        <div class="compare-progress" data-testid="progress">
            <span class="visually-hidden" role="status" aria-live="polite">
                {move || announced.get()}
            </span>
            {line}
        </div>
    }
}

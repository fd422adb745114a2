//! The in-browser benchmark, opened with `#bench`: times the engine in WebAssembly on the
//! bundled example set and on the generated set of 50 articles × 1,500 words sharing 20 quotes
//! (the same inputs as `parallax bench`, from [`crate::corpus`]). The figures are shown on the
//! page; `tests/browser` reads them into its artifacts. Nothing here is part of the workspace.

use std::time::Duration;

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::compare_run::describe;
use super::warm::{self, now};
use crate::corpus::{self, Shape};
use parallax_engine::AlignStep;
use parallax_engine::FramingStep;
use parallax_engine::{compare, Comparing, Progress, Source, Stage};

/// The set timed right after the app's idle warm-up, the size of a usual first comparison (a
/// few articles): generated, so the warm-up (which compares the bundled example) never saw it.
const UNSEEN: Shape = Shape {
    articles: 4,
    words_per_article: 1_000,
    shared_quotes: 5,
};
/// Runs per case; the fastest and the mean are shown.
const RUNS: usize = 5;
/// How long the engine runs untimed before the timed runs. Browsers first run WebAssembly
/// through a quick baseline compiler and swap in optimised code for hot functions a little
/// later; the first comparison is timed on its own.
const WARM_UP_MS: f64 = 1500.0;

/// Fastest and mean milliseconds of comparing `sources` `RUNS` times.
fn time(sources: &[Source]) -> (f64, f64) {
    let mut best = f64::MAX;
    let mut total = 0.0;
    for _ in 0..RUNS {
        let start = now();
        let report = compare(sources);
        let took = now() - start;
        drop(report);
        best = best.min(took);
        total += took;
    }
    (best, total / RUNS as f64)
}

/// Compares `sources` untimed for [`WARM_UP_MS`].
fn warm_up_for(sources: &[Source]) {
    let start = now();
    while now() - start < WARM_UP_MS {
        drop(compare(sources));
    }
}

/// Resolves after `delay` (a browser timer).
async fn sleep(delay: Duration) {
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        let scheduled = web_sys::window().is_some_and(|w| {
            w.set_timeout_with_callback_and_timeout_and_arguments_0(
                &resolve,
                delay.as_millis() as i32,
            )
            .is_ok()
        });
        if !scheduled {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Each step of comparing `sources` step by step, as the app does, with its milliseconds.
fn timed_steps(sources: &[Source]) -> Vec<(Stage, f64)> {
    let mut steps = Vec::new();
    let mut comparing = Comparing::new(sources);
    loop {
        let stage = comparing.stage();
        let start = now();
        let next = comparing.step();
        steps.push((stage, now() - start));
        match next {
            Progress::Working(more) => comparing = more,
            Progress::Done(_) => return steps,
        }
    }
}

/// The longest single step (the page can paint only between steps) and what it was.
fn longest(steps: &[(Stage, f64)]) -> (f64, String) {
    steps
        .iter()
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .map_or((0.0, String::new()), |&(stage, ms)| (ms, describe(stage)))
}

/// A step's kind, without which article or share it is.
fn step_kind(stage: Stage) -> String {
    match stage {
        Stage::Reading { .. } => "reading".to_string(),
        Stage::Framing(FramingStep::Source { .. }) => "per-article framing".to_string(),
        Stage::Framing(step) => format!("{step:?}").to_lowercase(),
        Stage::Aligning(AlignStep::Aligning { .. }) => "aligning groups".to_string(),
        Stage::Aligning(step) => format!("{step:?}").to_lowercase(),
    }
}

/// Milliseconds by kind of step, largest first: "reading 12.0 ms, claims 8.1 ms, …".
fn breakdown(steps: &[(Stage, f64)]) -> String {
    let mut kinds: Vec<(String, f64)> = Vec::new();
    for &(stage, ms) in steps {
        let kind = step_kind(stage);
        match kinds.iter_mut().find(|(k, _)| *k == kind) {
            Some((_, total)) => *total += ms,
            None => kinds.push((kind, ms)),
        }
    }
    kinds.sort_by(|a, b| b.1.total_cmp(&a.1));
    kinds
        .iter()
        .map(|(kind, ms)| format!("{kind} {ms:.1} ms"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn words(sources: &[Source]) -> usize {
    sources
        .iter()
        .map(|s| s.text.split_whitespace().count())
        .sum()
}

#[component]
pub fn BenchPage() -> impl IntoView {
    let rows = RwSignal::new(Vec::<String>::new());
    let done = RwSignal::new(false);
    // Let the page paint "Running…" first, then time each case in its own task.
    spawn_local(async move {
        sleep(Duration::from_millis(50)).await;
        // The app's idle warm-up, timed: its first pass is the cold engine.
        let passes = warm::warm_up().await;
        let cold = passes.first().copied().unwrap_or(0.0);
        let passes_ms = passes
            .iter()
            .map(|ms| format!("{ms:.1}"))
            .collect::<Vec<_>>()
            .join(", ");
        // A set the warm-up never saw: its first comparison against its fastest later one.
        let unseen = corpus::generate(UNSEEN);
        let start = now();
        drop(compare(&unseen));
        let first = now() - start;
        let (later, _) = time(&unseen);
        rows.update(|r| {
            r.push(format!(
                "First comparison after the page loaded (example set, cold: word lists built, baseline-compiled code): {cold:.1} ms"
            ));
            r.push(format!(
                "First comparison after the idle warm-up ({passes_ms} ms; {} generated articles it never saw): {first:.1} ms, {:.2}× their fastest later comparison ({later:.1} ms)",
                UNSEEN.articles,
                first / later.max(f64::MIN_POSITIVE),
            ));
        });
        sleep(Duration::from_millis(10)).await;
        let example = corpus::example();
        warm_up_for(&example);
        let (best, mean) = time(&example);
        let example_steps = breakdown(&timed_steps(&example));
        rows.update(|r| {
            r.push(format!(
                "Example set (3 articles, {} words): fastest {best:.1} ms, mean {mean:.1} ms",
                words(&example)
            ));
            r.push(format!("Example set, where the time goes: {example_steps}"));
        });
        sleep(Duration::from_millis(10)).await;
        let target = corpus::generate(Shape::TARGET);
        let (best, mean) = time(&target);
        let steps = timed_steps(&target);
        let (step, what) = longest(&steps);
        let target_steps = breakdown(&steps);
        rows.update(|r| {
            r.push(format!(
                "50 articles × 1,500 words ({} words, 20 shared quotes): fastest {best:.1} ms, mean {mean:.1} ms",
                words(&target)
            ));
            r.push(format!(
                "Longest step of that comparison in the app (the page paints between steps): {step:.1} ms, {what}"
            ));
            r.push(format!("50 articles, where the time goes: {target_steps}"));
        });
        done.set(true);
    });
    view! {
        <section class="bench" aria-labelledby="bench-title">
            <h2 id="bench-title">"Benchmark (WebAssembly, this browser)"</h2>
            <p>
                {format!(
                    "Each case is compared {RUNS} times, after {:.1} s of untimed runs that let \
                     the browser optimise the code.",
                    WARM_UP_MS / 1000.0,
                )}
            </p>
            <ul data-testid="bench-result">
                {move || rows.get().into_iter().map(|r| view! { <li>{r}</li> }).collect_view()}
            </ul>
            <p role="status" data-testid="bench-status">
                {move || if done.get() { "Done." } else { "Running…" }}
            </p>
            <p><a href="./">"Back to Parallax"</a></p>
        </section>
    }
}

//! The engine's side of the Web Worker: the same WebAssembly module as the page, instantiated
//! in the worker (see [`super::worker`]), where `main` finds no `window` and calls [`serve`]
//! instead of mounting the app. It runs each [`Job`] to the end, posting an
//! [`Update::Reached`] before every step and the report after the last. A newer run does not
//! interrupt it: the page terminates the worker instead. The report goes in parts
//! ([`crate::report_parts`]), each its own message. A warm-up job (sent once the page is
//! idle after loading) compares the bundled example and answers [`Update::Warm`].

use parallax_engine::{Comparing, Progress};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

use super::warm;
use super::worker_wire::{Job, Update};
use crate::report_parts::{self, PART_BYTES};

/// Whether this code runs in a worker rather than a page.
pub fn in_worker() -> bool {
    js_sys::global().dyn_ref::<web_sys::Window>().is_none()
        && js_sys::global()
            .dyn_ref::<DedicatedWorkerGlobalScope>()
            .is_some()
}

/// Answers the page's jobs for as long as the worker lives.
pub fn serve() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let poster = scope.clone();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        let Some(text) = event.data().as_string() else {
            return;
        };
        // Only the page posts here, and only jobs; anything else is ignored.
        if let Ok(job) = serde_json::from_str::<Job>(&text) {
            run(&poster, &job);
        }
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The handler lives as long as the worker.
    on_message.forget();
}

fn run(scope: &DedicatedWorkerGlobalScope, job: &Job) {
    if job.warm {
        warm(&job.sources);
        post(scope, &Update::Warm);
        return;
    }
    // The page sends an original among the sources; one that is not is compared without.
    let mut comparing = Comparing::with_original(&job.sources, job.original)
        .unwrap_or_else(|_| Comparing::new(&job.sources));
    loop {
        let (done, total) = comparing.progress();
        post(
            scope,
            &Update::Reached {
                run: job.run,
                stage: comparing.stage().into(),
                done,
                total,
            },
        );
        match comparing.step() {
            Progress::Working(next) => comparing = next,
            Progress::Done(report) => {
                let run = job.run;
                report_parts::split(report, PART_BYTES, |part| {
                    post(scope, &Update::Part { run, part })
                });
                return;
            }
        }
    }
}

/// Compares `sources` until a pass is no faster than the one before (the optimised code is
/// in), at most [`warm::MAX_PASSES`] times, as the page's own warm-up does, and drops the
/// reports.
fn warm(sources: &[parallax_engine::Source]) {
    let mut last = None;
    for _ in 0..warm::MAX_PASSES {
        let start = js_sys::Date::now();
        drop(parallax_engine::compare(sources));
        let took = js_sys::Date::now() - start;
        if !warm::still_improving(last, took) {
            break;
        }
        last = Some(took);
    }
}

/// Posts `update` to the page; the length of the message sent.
fn post(scope: &DedicatedWorkerGlobalScope, update: &Update) -> usize {
    // A report is plain data (strings, numbers, lists): serialising it cannot fail.
    let Ok(text) = serde_json::to_string(update) else {
        return 0;
    };
    let _ = scope.post_message(&JsValue::from_str(&text));
    text.len()
}

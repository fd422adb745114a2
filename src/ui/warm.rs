//! Warming the page's own engine while the browser is idle, so the first comparison after the
//! page loads is about as fast as later ones. Comparisons normally run in the Web Worker, which
//! warms itself ([`super::worker::warm_when_idle`]); the page's engine is warmed where there is
//! no worker (runs go to the page) and by `#bench`, which times the page's engine.
//!
//! A cold engine is slow twice over: its word lists (reporting verbs, function words, places,
//! loaded and hedging words, event meanings) are built on first use, and the browser first
//! runs WebAssembly through a quick baseline compiler, swapping in optimised code only for
//! functions that have run for a while. Comparing the bundled example once or a few times does
//! both. Each step of each pass ([`Comparing::step`]) runs in its own idle callback, so typing
//! or a click in the meantime waits for one step at most; passes stop once one is no faster
//! than the one before (the optimised code is in).

use std::time::Duration;

use leptos::task::spawn_local;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use crate::corpus;
use parallax_engine::{Comparing, Progress};

/// At most this many passes over the example (the worker's warm-up too). A run posted while
/// the worker warms up waits for it: the example takes some 100–300 ms a pass cold, 10–30 ms
/// warm.
pub(super) const MAX_PASSES: usize = 6;
/// A pass that is not at least this much faster than the one before ends the warm-up.
const STILL_IMPROVING: f64 = 0.85;
/// Where the browser has no idle callbacks, each step waits this long instead.
const NO_IDLE_DELAY: Duration = Duration::from_millis(30);

/// Milliseconds since the page started, from `performance.now()`.
pub fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// Starts the warm-up in the background (see the module's description).
pub fn when_idle() {
    spawn_local(async {
        warm_up().await;
    });
}

/// Compares the bundled example, one step per idle callback, until a pass is no faster than
/// the one before (or [`MAX_PASSES`]). Returns the engine's milliseconds of each pass.
pub async fn warm_up() -> Vec<f64> {
    let sources = corpus::example();
    let mut passes: Vec<f64> = Vec::new();
    while passes.len() < MAX_PASSES {
        let mut took = 0.0;
        let mut comparing = Comparing::new(&sources);
        loop {
            idle().await;
            let start = now();
            let next = comparing.step();
            took += now() - start;
            match next {
                Progress::Working(more) => comparing = more,
                Progress::Done(report) => {
                    drop(report);
                    break;
                }
            }
        }
        let improving = still_improving(passes.last().copied(), took);
        passes.push(took);
        if !improving {
            break;
        }
    }
    passes
}

/// Whether a warm-up pass that took `took` ms is still worth another: it is the first, or
/// clearly faster than the one before (`last`), so the optimised code is not all in yet.
pub(super) fn still_improving(last: Option<f64>, took: f64) -> bool {
    last.is_none_or(|last| took < last * STILL_IMPROVING)
}

/// Resolves in an idle callback (`requestIdleCallback`), or after a short timer where the
/// browser has none.
pub(super) async fn idle() {
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        let Some(window) = web_sys::window() else {
            let _ = resolve.call0(&JsValue::NULL);
            return;
        };
        let scheduled = window.request_idle_callback(&resolve).is_ok()
            || window
                .set_timeout_with_callback_and_timeout_and_arguments_0(
                    &resolve,
                    NO_IDLE_DELAY.as_millis() as i32,
                )
                .is_ok();
        if !scheduled {
            let _ = resolve.call0(&JsValue::NULL);
        }
    });
    let _ = JsFuture::from(promise).await;
}

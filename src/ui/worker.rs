//! Running comparisons in a Web Worker, so the page stays responsive however long the engine
//! takes (see [`super::worker_scope`] for the worker's side).
//!
//! The worker is made from the page's own bundle, never from a separate file, so it works
//! wherever the page does (a host, a sub-path, the one-file build opened from disk, offline):
//! its script is the page's JavaScript glue (the file the page loaded, or in the one-file
//! build the copy inlined in the page) made a classic script, with three lines appended, as a
//! `Blob` URL (a module worker from a `Blob` is refused in a page opened from disk); the
//! page then posts it the already compiled `WebAssembly.Module` (`wasm_bindgen::module()`), and
//! the worker instantiates it. The glue is the build's own code, never user text.
//!
//! Once the page is idle after loading, the worker is made and warmed on the bundled example
//! ([`warm_when_idle`]), so the first comparison does not pay for making it nor for a cold engine.
//!
//! One worker serves the page. A run posts its job and the worker answers with progress before
//! every step and the report at the end, in parts that the page decodes one task each and puts
//! back together ([`crate::report_parts`]); a newer run while one is computing terminates the busy
//! worker and starts a fresh one (the engine cannot be interrupted mid-step), and messages of
//! any run that is no longer current are ignored. If the worker cannot be made or never starts
//! (no `Worker`, a browser that refuses workers from a `Blob`), runs fall back to the
//! page (`compare_run`'s slices) for the rest of the visit.

use std::cell::RefCell;

use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use leptos::prelude::Update as _;
use leptos::task::spawn_local;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, BlobPropertyBag, MessageEvent, Url, Worker, WorkerOptions, WorkerType};

use super::one_file;
use super::state::{Comparison, Input, NoticeKind, Workspace};
use super::warm;
use super::worker_wire::{Job, Update};
use crate::corpus;
use crate::report_parts::Assembly;
use parallax_engine::{Report, Stage};

#[wasm_bindgen]
extern "C" {
    /// The URL of the JavaScript glue this module was loaded by (`import.meta.url`).
    #[wasm_bindgen(thread_local_v2, js_namespace = ["import", "meta"], js_name = url)]
    static GLUE_URL: String;
}

/// Appended to the glue: the first message is the compiled module; instantiating it runs
/// `main`, which (finding no `window`) installs the job handler for every later message.
const BOOTSTRAP: &str = "\n;self.onmessage = (event) => {\n  self.onmessage = null;\n  \
                         initSync({ module: event.data });\n};\n";

/// What a run does when it cannot use a worker: the in-page run, in slices.
pub type Fallback = fn(Workspace, u64, Input, Box<dyn FnOnce()>);

/// A run the worker is computing.
struct Pending {
    run: u64,
    ws: Workspace,
    input: Input,
    done: Box<dyn FnOnce()>,
    fallback: Fallback,
    /// The parts of the report received so far.
    parts: Assembly,
}

/// The page's worker and what it is doing.
struct Engine {
    worker: Worker,
    /// Counts workers made, so events of a terminated one are told apart.
    generation: u64,
    /// Whether this worker has said anything yet (it has started).
    started: bool,
    pending: Option<Box<Pending>>,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::Event)>,
}

impl Drop for Engine {
    /// Stops the worker and unhooks its handlers before they are freed, so nothing it had
    /// already sent can reach them.
    fn drop(&mut self) {
        self.worker.set_onmessage(None);
        self.worker.set_onerror(None);
        self.worker.terminate();
    }
}

enum State {
    /// No worker made yet.
    Untried,
    /// The worker's script (a `Blob` URL), once made.
    Ready {
        script: String,
        engine: Option<Box<Engine>>,
    },
    /// Workers do not work here: runs go in the page.
    Unavailable,
}

thread_local! {
    static STATE: RefCell<State> = const { RefCell::new(State::Untried) };
    static GENERATION: RefCell<u64> = const { RefCell::new(0) };
}

/// Whether this page can have workers at all (the `Worker` constructor exists).
fn workers_exist() -> bool {
    js_sys::Reflect::has(&js_sys::global(), &JsValue::from_str("Worker")).unwrap_or(false)
}

/// Compares `input` as run `run` of `ws` in the worker, then calls `done` (once the result
/// is in `ws.comparison`); where workers do not work, `fallback` runs it in the page.
pub fn compare(ws: Workspace, run: u64, input: Input, done: Box<dyn FnOnce()>, fallback: Fallback) {
    let unavailable =
        !workers_exist() || STATE.with_borrow(|state| matches!(state, State::Unavailable));
    if unavailable {
        fallback(ws, run, input, done);
        return;
    }
    spawn_local(async move {
        if !ready().await {
            fallback(ws, run, input, done);
            return;
        }
        if !ws.is_current_run(run) {
            return;
        }
        let job = Box::new(Pending {
            run,
            ws,
            input,
            done,
            fallback,
            parts: Assembly::default(),
        });
        if let Err(job) = post(job) {
            STATE.set(State::Unavailable);
            (job.fallback)(job.ws, job.run, job.input, job.done);
        }
    });
}

/// Once the page is idle after loading, starts the worker and has it compare the bundled
/// example (a warm-up job), so the first comparison a person asks for finds the worker made,
/// its word lists built and its code optimised. Where workers do not work, the page's own
/// engine is warmed instead ([`warm::when_idle`]), since runs go there.
pub fn warm_when_idle() {
    if !workers_exist() {
        warm::when_idle();
        return;
    }
    spawn_local(async {
        warm::idle().await;
        if !(ready().await && post_warm_up()) {
            warm::when_idle();
        }
    });
}

/// Makes the worker, if there is none yet, and posts it the warm-up job; false if it cannot.
fn post_warm_up() -> bool {
    let Ok(message) = serde_json::to_string(&Job {
        run: 0,
        sources: corpus::example(),
        original: None,
        warm: true,
    }) else {
        return false;
    };
    STATE.with_borrow_mut(|state| {
        let State::Ready { script, engine } = state else {
            return false;
        };
        // A run already went to a worker: it is warm by now, or busy and warming itself.
        engine.is_some() || send(engine, script, &message).is_some()
    })
}

/// Makes the worker's script once; false if it cannot be made here.
async fn ready() -> bool {
    if STATE.with_borrow(|state| matches!(state, State::Ready { .. })) {
        return true;
    }
    let Some(glue) = glue_source().await else {
        STATE.set(State::Unavailable);
        return false;
    };
    let Some(script) = script_url(&glue) else {
        STATE.set(State::Unavailable);
        return false;
    };
    STATE.with_borrow_mut(|state| {
        if !matches!(state, State::Ready { .. }) {
            *state = State::Ready {
                script,
                engine: None,
            };
        }
    });
    true
}

/// The page's JavaScript glue: inlined in the one-file build, else the file it was loaded from.
async fn glue_source() -> Option<String> {
    if let Some(encoded) = one_file::inlined(one_file::GLUE_ID) {
        let bytes = STANDARD.decode(encoded.trim()).ok()?;
        return String::from_utf8(bytes).ok();
    }
    let url = GLUE_URL.with(String::clone);
    let response: web_sys::Response = JsFuture::from(web_sys::window()?.fetch_with_str(&url))
        .await
        .ok()?
        .dyn_into()
        .ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}

/// The glue (an ES module) as a classic script: browsers refuse module workers from a `Blob`
/// in a page opened from disk, while classic ones work everywhere. The glue's only module
/// syntax is `export` before declarations, one `export { … }` list and `import.meta.url`
/// (read only on the page, never in the worker); anything else (an `import`) gives `None`, and
/// runs stay in the page.
fn classic_script(glue: &str) -> Option<String> {
    let mut script = String::with_capacity(glue.len() + BOOTSTRAP.len());
    for line in glue.lines() {
        if line.starts_with("import ") || line.starts_with("import{") {
            return None;
        }
        if line.starts_with("export {") || line.starts_with("export{") {
            continue;
        }
        let line = line.strip_prefix("export ").unwrap_or(line);
        script.push_str(&line.replace("import.meta.url", "self.location.href"));
        script.push('\n');
    }
    if script.contains("import.meta") || script.contains("\nexport ") {
        return None;
    }
    script.push_str(BOOTSTRAP);
    Some(script)
}

/// A `Blob` URL holding the glue as a classic script and the bootstrap.
fn script_url(glue: &str) -> Option<String> {
    let parts = js_sys::Array::of1(&JsValue::from_str(&classic_script(glue)?));
    let options = BlobPropertyBag::new();
    options.set_type("text/javascript");
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    Url::create_object_url_with_blob(&blob).ok()
}

/// Hands `job` to the worker, making one (or replacing a busy one) first.
fn post(job: Box<Pending>) -> Result<(), Box<Pending>> {
    let message = serde_json::to_string(&Job {
        run: job.run,
        sources: job.input.sources.clone(),
        original: job.input.original,
        warm: false,
    });
    let Ok(message) = message else {
        return Err(job);
    };
    STATE.with_borrow_mut(|state| {
        let State::Ready { script, engine } = state else {
            return Err(job);
        };
        // A busy worker cannot be interrupted: its run was replaced, so it goes.
        if engine.as_ref().is_some_and(|e| e.pending.is_some()) {
            drop(engine.take());
        }
        let Some(current) = send(engine, script, &message) else {
            return Err(job);
        };
        current.pending = Some(job);
        Ok(())
    })
}

/// Posts `message` to the page's worker, making one from `script` first if there is none;
/// the worker it went to, or `None` if none could be made or it refused the message.
fn send<'e>(
    engine: &'e mut Option<Box<Engine>>,
    script: &str,
    message: &str,
) -> Option<&'e mut Engine> {
    if engine.is_none() {
        *engine = Some(spawn(script)?);
    }
    let current = engine.as_mut()?;
    current
        .worker
        .post_message(&JsValue::from_str(message))
        .ok()?;
    Some(current)
}

/// A new worker from `script`, given the compiled module.
fn spawn(script: &str) -> Option<Box<Engine>> {
    let options = WorkerOptions::new();
    options.set_type(WorkerType::Classic);
    let worker = Worker::new_with_options(script, &options).ok()?;
    let generation = GENERATION.with_borrow_mut(|g| {
        *g += 1;
        *g
    });
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        if let Some(text) = event.data().as_string() {
            received(generation, &text);
        }
    });
    let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
        // The page handles it: it must not also reach the console as an uncaught error.
        event.prevent_default();
        failed(generation);
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    worker.post_message(&wasm_bindgen::module()).ok()?;
    Some(Box::new(Engine {
        worker,
        generation,
        started: false,
        pending: None,
        _on_message: on_message,
        _on_error: on_error,
    }))
}

/// Runs `f` on the current worker if it is the one of `generation`.
fn with_engine<T>(generation: u64, f: impl FnOnce(&mut Engine) -> T) -> Option<T> {
    STATE.with_borrow_mut(|state| match state {
        State::Ready {
            engine: Some(engine),
            ..
        } if engine.generation == generation => Some(f(engine)),
        _ => None,
    })
}

/// What a message from the worker means for the page.
enum Outcome {
    Reached(Workspace, u64, Stage, (usize, usize)),
    Done(Box<Pending>, Report),
}

/// A message from the worker of `generation`.
fn received(generation: u64, text: &str) {
    let Ok(update) = serde_json::from_str::<Update>(text) else {
        return;
    };
    let outcome = with_engine(generation, |engine| {
        engine.started = true;
        let current = |run: u64| engine.pending.as_ref().is_some_and(|p| p.run == run);
        match update {
            Update::Reached {
                run,
                stage,
                done,
                total,
            } if current(run) => {
                let ws = engine.pending.as_ref()?.ws;
                Some(Outcome::Reached(ws, run, stage.stage()?, (done, total)))
            }
            Update::Part { run, part } if current(run) => {
                let report = engine.pending.as_mut()?.parts.add(part)?;
                Some(Outcome::Done(engine.pending.take()?, report))
            }
            // The warm-up is over: nothing to show (it only marked the worker as started).
            Update::Warm => None,
            _ => None,
        }
    })
    .flatten();
    // The workspace is updated outside the borrow: its effects may start another run.
    match outcome {
        Some(Outcome::Reached(ws, run, stage, progress)) => ws.run_reached(run, stage, progress),
        Some(Outcome::Done(job, report)) => {
            let Pending {
                run,
                ws,
                input,
                done,
                ..
            } = *job;
            let sources = input.sources;
            // The results are shown in a task of their own: decoding a large report takes a
            // good part of a frame's budget already, and the page draws a frame in between.
            leptos::prelude::set_timeout(
                move || {
                    if ws.finish_run(run, Comparison { sources, report }) {
                        done();
                    }
                },
                std::time::Duration::ZERO,
            );
        }
        None => {}
    }
}

/// The worker of `generation` failed: it never started (workers do not work here; the run
/// goes to the page, and so do later ones) or the engine failed in it (the run is reported).
fn failed(generation: u64) {
    let outcome = STATE.with_borrow_mut(|state| {
        let State::Ready { engine, .. } = state else {
            return None;
        };
        if engine.as_ref().is_none_or(|e| e.generation != generation) {
            return None;
        }
        let mut old = engine.take()?;
        let started = old.started;
        let pending = old.pending.take();
        drop(old);
        if !started {
            *state = State::Unavailable;
        }
        Some((started, pending))
    });
    match outcome {
        Some((false, Some(job))) => (job.fallback)(job.ws, job.run, job.input, job.done),
        Some((true, Some(job))) if job.ws.is_current_run(job.run) => {
            let run = job.run;
            job.ws.running.update(|r| {
                if r.is_some_and(|r| r.run == run) {
                    *r = None;
                }
            });
            job.ws.notify(
                NoticeKind::Error,
                "The comparison stopped with an internal error. Your articles are unchanged; \
                 try again, or remove the article added last.",
            );
        }
        _ => {}
    }
}

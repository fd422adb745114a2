//! Long lists built a slice at a time: a list shown in full would hold the page for as long as
//! building and laying out all of it takes (fifty reading columns, hundreds of quote cards).
//!
//! A list registers how many of its items are shown (a signal it renders from), how many there
//! are and how many to add at a time ([`grow_in_slices`]). Every growing list waits in one
//! queue and takes its turn: one slice per browser task, the lists in turn, and a new task
//! (`dom::next_task`) between slices, so the page draws and answers input between any two,
//! however many lists grow at once. (Each list used to run its own chain of timers: with fifty
//! columns growing, dozens of slices ran back to back before the browser drew a frame.)
//!
//! It knows nothing of what the lists hold; a list whose view is gone (its signal disposed)
//! leaves the queue at its next turn.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::dom::next_task;

/// One list growing towards its length.
struct Growing {
    shown: RwSignal<usize>,
    total: usize,
    step: usize,
}

impl Growing {
    /// Adds one slice; whether the list has more to add (and its view is still there).
    fn grow(&self) -> bool {
        let (total, step) = (self.total, self.step.max(1));
        let grew = self.shown.try_update(|n| {
            let before = *n;
            *n = (*n + step).min(total);
            *n > before
        });
        grew == Some(true) && self.shown.try_get_untracked().is_some_and(|n| n < total)
    }
}

thread_local! {
    static QUEUE: RefCell<VecDeque<Growing>> = const { RefCell::new(VecDeque::new()) };
    static PUMPING: Cell<bool> = const { Cell::new(false) };
}

/// Grows `shown` towards `total`, `step` at a time, one slice per turn in the page's queue of
/// growing lists (see the module's documentation). Stops when the list is complete or its view
/// is gone.
pub(crate) fn grow_in_slices(shown: RwSignal<usize>, total: usize, step: usize) {
    if shown.get_untracked() >= total {
        return;
    }
    QUEUE.with_borrow_mut(|queue| queue.push_back(Growing { shown, total, step }));
    if !PUMPING.replace(true) {
        spawn_local(pump());
    }
}

/// Takes the lists' turns until none is left growing, one slice per browser task.
async fn pump() {
    loop {
        next_task().await;
        let Some(list) = QUEUE.with_borrow_mut(VecDeque::pop_front) else {
            PUMPING.set(false);
            return;
        };
        if list.grow() {
            QUEUE.with_borrow_mut(|queue| queue.push_back(list));
        }
    }
}

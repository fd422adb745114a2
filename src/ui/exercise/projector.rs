//! Projector mode: one question at a time, in large type, with its evidence, for the teacher
//! to model the first question in front of the class. Arrow keys, Page Up/Down, Space, j/k
//! step; Escape closes and gives focus back to the button that opened it.

use leptos::ev;
use leptos::prelude::*;

use crate::exercise::Question;
use crate::ui::dom::focus_element;

#[component]
pub fn Projector(
    questions: StoredValue<Vec<Question>>,
    open: RwSignal<Option<usize>>,
    name: Callback<usize, String>,
) -> impl IntoView {
    let count = questions.with_value(Vec::len);
    let step = move |by: i32| {
        open.update(|at| {
            if let Some(i) = at {
                let next = (*i as i64 + i64::from(by)).clamp(0, count.saturating_sub(1) as i64);
                *i = next as usize;
            }
        });
    };
    let close = move || {
        open.set(None);
        focus_element("projector-opener");
    };
    let keys = window_event_listener(ev::keydown, move |event| {
        if open.get_untracked().is_none() {
            return;
        }
        if event.key() == "Escape" {
            event.prevent_default();
            close();
        } else if let Some(by) = step_key(&event) {
            event.prevent_default();
            step(by);
        }
    });
    on_cleanup(move || keys.remove());
    // Focus moves into the dialog when it opens.
    Effect::new(move |was_open: Option<bool>| {
        let is_open = open.with(Option::is_some);
        if is_open && was_open != Some(true) {
            focus_element("projector-heading");
        }
        is_open
    });
    move || {
        open.get().and_then(|i| questions.with_value(|qs| qs.get(i).cloned())).map(|q| {
            let at = open.get_untracked().unwrap_or(0);
            view! {
                <div class="projector" role="dialog" aria-modal="true"
                    aria-labelledby="projector-heading" data-testid="projector">
                    <p class="projector-step" data-testid="projector-step">
                        {format!("Question {} of {count}", at + 1)}
                    </p>
                    <h2 id="projector-heading" tabindex="-1">{q.kind.label()}</h2>
                    <p class="projector-prompt">{q.prompt.clone()}</p>
                    <ul class="projector-evidence">
                        {q.evidence.iter().map(|e| {
                            let source = e.source;
                            view! { <li><span class="evidence-source">{name.run(source)}": "</span>
                                <q>{e.text.clone()}</q></li> }
                        }).collect_view()}
                    </ul>
                    <div class="projector-controls" role="group" aria-label="Projector controls">
                        <button type="button" data-testid="projector-prev"
                            disabled=move || at == 0 on:click=move |_| step(-1)>"← Previous"</button>
                        <button type="button" data-testid="projector-next"
                            disabled=move || at + 1 >= count on:click=move |_| step(1)>"Next →"</button>
                        <button type="button" data-testid="projector-close"
                            on:click=move |_| close()>"Close (Esc)"</button>
                    </div>
                </div>
            }
        })
    }
}

/// The step a key takes in projector mode: forward, back, or none.
fn step_key(event: &ev::KeyboardEvent) -> Option<i32> {
    match event.key().as_str() {
        "ArrowRight" | "ArrowDown" | "PageDown" | " " | "j" | "n" => Some(1),
        "ArrowLeft" | "ArrowUp" | "PageUp" | "k" | "p" => Some(-1),
        _ => None,
    }
}

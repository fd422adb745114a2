//! The student view: what a `#exercise=…` link or `#demo-exercise` opens. The questions
//! (the worksheet) beside the articles as the exercise shows them (masked when blind), answers
//! typed and saved in this browser, factual answers checked against the key with the evidence
//! highlighted in the articles, the reveal of the outlets' names, projector mode, printing the
//! worksheet or the answer key, and downloading the answers as a document.
//!
//! The link is untrusted: `exercise::link::decode` checks and sanitises it, and every text is
//! set as text. Nothing is sent anywhere.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::projector::Projector;
use super::store;
use crate::exercise::check::{check, Feedback, Verdict};
use crate::exercise::link::{self, Lesson};
use crate::exercise::{blind, handin, make, marked_pieces, Key, Length, Question};
use crate::share_link::SharedArticle;
use crate::ui::dom::{focus_element, hand_out, Download};
use crate::ui::examples;
use crate::ui::one_file;

/// The fragment that opens the exercise made from the bundled example.
pub const DEMO_FRAGMENT: &str = "demo-exercise";
/// The fragment that opens the exercise made from the classroom starter.
pub const STARTER_FRAGMENT: &str = "starter-exercise";

/// An opened exercise: the lesson, the texts as students see them, and the key its answers are
/// saved under.
struct Opened {
    lesson: Lesson,
    texts: Vec<String>,
    id: u64,
}

impl Opened {
    fn new(lesson: Lesson) -> Opened {
        let texts = lesson.shown_texts();
        let json = serde_json::to_string(&lesson.exercise).unwrap_or_default();
        let id = store::checksum(
            std::iter::once(json.as_str()).chain(lesson.articles.iter().map(|a| a.text.as_str())),
        );
        Opened { lesson, texts, id }
    }
}

/// The exercise this file holds or the page's address names, or why it cannot be opened.
fn open_from_location() -> Result<Opened, String> {
    if let Some(payload) = one_file::embedded_exercise() {
        return link::decode(&payload).map(Opened::new).map_err(|e| {
            format!(
                "The exercise saved in this file could not be opened: the file is damaged or \
                 was changed. ({e})"
            )
        });
    }
    let hash = window().location().hash().unwrap_or_default();
    let fragment = hash.strip_prefix('#').unwrap_or(&hash);
    let bundled = match fragment {
        DEMO_FRAGMENT => Some(examples::articles()),
        STARTER_FRAGMENT => Some(examples::starter()),
        _ => None,
    };
    if let Some(bundled) = bundled {
        let articles: Vec<SharedArticle> = bundled
            .into_iter()
            .map(|a| SharedArticle::new(a.name, a.text))
            .collect();
        let exercise = make(&articles, Length::Lesson, true, &[]);
        return Ok(Opened::new(Lesson { articles, exercise }));
    }
    let payload = link::payload_in_fragment(fragment).unwrap_or_default();
    link::decode(payload)
        .map(Opened::new)
        .map_err(|e| e.to_string().replace("share link", "exercise link"))
}

/// The student page, mounted instead of the workspace.
#[component]
pub fn StudentPage() -> impl IntoView {
    // Another link followed on this page: open it afresh.
    let moved = window_event_listener_untyped("hashchange", move |_| {
        let _ = window().location().reload();
    });
    on_cleanup(move || moved.remove());
    match open_from_location() {
        Ok(opened) => view! { <LessonView opened /> }.into_any(),
        Err(message) => view! {
            <main class="exercise-page">
                <h1>"Parallax exercise"</h1>
                <p class="notice" role="alert" data-testid="exercise-error">{message}</p>
                <p><a href="./">"Open Parallax"</a></p>
            </main>
        }
        .into_any(),
    }
}

/// The page's reactive state.
#[derive(Clone, Copy)]
struct View {
    questions: StoredValue<Vec<Question>>,
    texts: StoredValue<Vec<String>>,
    names: StoredValue<Vec<String>>,
    answers: RwSignal<Vec<String>>,
    feedback: RwSignal<Vec<Option<Feedback>>>,
    revealed: RwSignal<bool>,
    /// The question whose evidence is highlighted in the articles.
    active: RwSignal<Option<usize>>,
    /// The question shown in projector mode, when it is open.
    projector: RwSignal<Option<usize>>,
    print_key: RwSignal<bool>,
    show_key: RwSignal<bool>,
    status: RwSignal<String>,
}

impl View {
    /// How source `i` is named: its label, and its outlet's name once revealed.
    fn source_name(self, i: usize) -> String {
        let label = blind::label(i);
        match (
            self.revealed.get(),
            self.names.with_value(|n| n.get(i).cloned()),
        ) {
            (true, Some(name)) if !name.trim().is_empty() => format!("{label} — {name}"),
            _ => label,
        }
    }
}

#[component]
fn LessonView(opened: Opened) -> impl IntoView {
    let Opened { lesson, texts, id } = opened;
    let exercise = lesson.exercise;
    let count = exercise.questions.len();
    let mut saved = store::load_answers(id);
    saved.resize(count, String::new());
    let view_state = View {
        questions: StoredValue::new(exercise.questions.clone()),
        texts: StoredValue::new(texts),
        names: StoredValue::new(lesson.articles.iter().map(|a| a.name.clone()).collect()),
        answers: RwSignal::new(saved),
        feedback: RwSignal::new(vec![None; count]),
        revealed: RwSignal::new(!exercise.blind),
        active: RwSignal::new(None),
        projector: RwSignal::new(None),
        print_key: RwSignal::new(false),
        show_key: RwSignal::new(false),
        status: RwSignal::new(String::new()),
    };
    let v = view_state;
    // Answers are saved as they are typed.
    Effect::new(move |_| {
        let answers = v.answers.get();
        if let Err(problem) = store::save_answers(id, &answers) {
            v.status
                .set(format!("Your answers could not be saved: {problem}."));
        }
    });
    let title = exercise.title.clone();
    let heading = title.clone();
    let length = exercise.length.label();
    let blind_exercise = exercise.blind;
    let key_title = title.clone();
    let print = move |key: bool| {
        v.print_key.set(key);
        request_animation_frame(move || {
            if window().print().is_err() {
                v.status.set(
                    "This browser did not open its print dialog; use its own Print command.".into(),
                );
            }
        });
    };
    let download = move |_| {
        let names = v.revealed.get_untracked().then(|| v.names.get_value());
        let exercise = crate::exercise::Exercise {
            questions: v.questions.get_value(),
            ..crate::exercise::Exercise {
                title: title.clone(),
                ..Default::default()
            }
        };
        let contents = handin::document(&exercise, &v.answers.get_untracked(), names.as_deref());
        let file = Download {
            name: "parallax-answers.html",
            mime: "text/html;charset=utf-8",
            contents,
        };
        match hand_out(&file) {
            Ok(()) => v
                .status
                .set("Your answers were downloaded as parallax-answers.html.".into()),
            Err(_) => v
                .status
                .set("The browser did not start the download. Print the worksheet instead.".into()),
        }
    };
    view! {
        <main class="exercise-page" class:print-key=move || v.print_key.get()
            data-testid="exercise-page">
            <header class="exercise-header">
                <p class="exercise-brand">"Parallax exercise"</p>
                <h1 data-testid="exercise-title">{heading}</h1>
                <p class="hint">{format!("{length} · {count} questions. Your answers stay in this browser.")}</p>
                <div class="exercise-toolbar" role="group" aria-label="Exercise tools">
                    <Show when=move || blind_exercise>
                        <button type="button" data-testid="reveal-sources"
                            aria-pressed=move || v.revealed.get().to_string()
                            on:click=move |_| v.revealed.update(|r| *r = !*r)>
                            {move || if v.revealed.get() { "Hide the outlets’ names" } else { "Reveal the outlets’ names" }}
                        </button>
                    </Show>
                    <button type="button" id="projector-opener" data-testid="projector-open"
                        on:click=move |_| v.projector.set(Some(0))>"Projector mode"</button>
                    <button type="button" data-testid="print-worksheet"
                        on:click=move |_| print(false)>"Print worksheet"</button>
                    <button type="button" data-testid="print-key"
                        on:click=move |_| print(true)>"Print answer key"</button>
                    <button type="button" data-testid="download-answers" on:click=download>
                        "Download my answers"
                    </button>
                    <button type="button" class="quiet" data-testid="show-key"
                        aria-pressed=move || v.show_key.get().to_string()
                        on:click=move |_| v.show_key.update(|s| *s = !*s)>
                        {move || if v.show_key.get() { "Hide the answer key" } else { "Show the answer key (teacher)" }}
                    </button>
                    <a href="./" class="quiet-link">"Open Parallax"</a>
                </div>
                <p class="hint" role="status" aria-live="polite" data-testid="exercise-status">
                    {move || v.status.get()}
                </p>
                <SourcesLegend v />
            </header>
            <div class="exercise-layout">
                <Worksheet v />
                <Articles v />
            </div>
            <AnswerKey v title=key_title />
            <Projector questions=v.questions open=v.projector
                name=Callback::new(move |i| v.source_name(i)) />
        </main>
    }
}

/// The sources, by label, with the outlets' names once revealed.
#[component]
fn SourcesLegend(v: View) -> impl IntoView {
    let count = v.texts.with_value(Vec::len);
    view! {
        <section class="sources-legend" aria-label="Sources">
            <h2 class="visually-hidden">"Sources"</h2>
            <ul data-testid="sources-legend">
                {(0..count)
                    .map(|i| view! { <li><a href=format!("#exercise-article-{i}")
                        on:click=move |ev| { ev.prevent_default(); focus_element(&format!("exercise-article-{i}")); }>
                        {move || v.source_name(i)}</a></li> })
                    .collect_view()}
            </ul>
        </section>
    }
}

/// The questions, each with its evidence, an answer box and, when factual, a check.
#[component]
fn Worksheet(v: View) -> impl IntoView {
    let questions = v.questions.get_value();
    view! {
        <section class="worksheet" data-testid="worksheet" aria-labelledby="worksheet-heading">
            <h2 id="worksheet-heading">"Questions"</h2>
            <p class="print-only">"Name: ______________________   Date: __________"</p>
            <ol class="exercise-questions">
                {questions
                    .into_iter()
                    .enumerate()
                    .map(|(i, q)| view! { <QuestionItem v i q /> })
                    .collect_view()}
            </ol>
        </section>
    }
}

#[component]
fn QuestionItem(v: View, i: usize, q: Question) -> impl IntoView {
    let answer_id = format!("exercise-answer-{i}");
    let expect = match &q.key {
        Key::Factual { expect, .. } => Some(expect.clone()),
        Key::Open { .. } => None,
    };
    let evidence = q.evidence.clone();
    let has_evidence = !evidence.is_empty();
    let on_check = {
        let expect = expect.clone();
        move |_| {
            let Some(expect) = expect.as_ref() else {
                return;
            };
            let answer = v.answers.with(|a| a.get(i).cloned().unwrap_or_default());
            let result = check(&answer, expect);
            v.feedback.update(|f| {
                if let Some(slot) = f.get_mut(i) {
                    *slot = Some(result);
                }
            });
            v.active.set(Some(i));
        }
    };
    view! {
        <li class="exercise-question" data-testid="exercise-question"
            class:active=move || v.active.get() == Some(i)>
            <h3><span class="question-number">{format!("Question {}", i + 1)}</span>
                " · " {q.kind.label()}</h3>
            <p class="prompt" data-testid="exercise-prompt">{q.prompt.clone()}</p>
            {has_evidence.then(|| view! {
                <ul class="evidence" aria-label="Evidence">
                    {evidence.into_iter().map(|e| {
                        let source = e.source;
                        view! {
                            <li>
                                <span class="evidence-source">{move || v.source_name(source)}": "</span>
                                <q>{e.text.clone()}</q>
                            </li>
                        }
                    }).collect_view()}
                </ul>
                <button type="button" class="quiet screen-only" data-testid="show-evidence"
                    aria-pressed=move || (v.active.get() == Some(i)).to_string()
                    on:click=move |_| {
                        v.active.set(Some(i));
                        scroll_to_first_mark();
                    }>
                    "Highlight in the articles"
                </button>
            })}
            <label for=answer_id.clone() class="answer-label">"Your answer"</label>
            <textarea id=answer_id class="screen-only" data-testid="exercise-answer" rows="4"
                prop:value=move || v.answers.with(|a| a.get(i).cloned().unwrap_or_default())
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    v.answers.update(|a| if let Some(slot) = a.get_mut(i) { *slot = text; });
                }></textarea>
            <div class="print-answer print-only">
                {move || v.answers.with(|a| a.get(i).cloned().unwrap_or_default())}
            </div>
            {expect.is_some().then(|| view! {
                <button type="button" class="screen-only" data-testid="exercise-check"
                    on:click=on_check.clone()>"Check my answer"</button>
            })}
            <p class="feedback" role="status" aria-live="polite">
                {move || v.feedback.with(|f| f.get(i).cloned().flatten()).map(|f| {
                    let symbol = match f.verdict {
                        Verdict::Complete => "✓ ",
                        Verdict::Partial => "◐ ",
                        Verdict::NotYet | Verdict::Empty => "✗ ",
                    };
                    view! { <span data-testid="exercise-feedback"
                        class=format!("verdict-{:?}", f.verdict).to_lowercase()>
                        {symbol}{f.message()}
                        " (Checked by words, not meaning: read the highlighted evidence.)"
                    </span> }
                })}
            </p>
        </li>
    }
}

/// Scrolls the first highlighted passage into view, once it is on the page.
fn scroll_to_first_mark() {
    request_animation_frame(|| {
        if let Some(mark) = document()
            .query_selector(".exercise-articles mark")
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            mark.scroll_into_view();
        }
    });
}

/// The articles as the exercise shows them, with the active question's evidence marked.
#[component]
fn Articles(v: View) -> impl IntoView {
    let count = v.texts.with_value(Vec::len);
    view! {
        <section class="exercise-articles" aria-label="The articles">
            {(0..count).map(|i| {
                let heading = format!("exercise-article-heading-{i}");
                let labelled_by = heading.clone();
                view! {
                    <article id=format!("exercise-article-{i}") tabindex="-1"
                        aria-labelledby=labelled_by data-testid="exercise-article">
                        <h2 id=heading>{move || v.source_name(i)}</h2>
                        <div class="article-text">{move || article_text(v, i)}</div>
                    </article>
                }
            }).collect_view()}
        </section>
    }
}

/// Source `i`'s text, with the active question's evidence in it marked.
fn article_text(v: View, i: usize) -> impl IntoView {
    let marks: Vec<(usize, usize)> = v.active.get().map_or_else(Vec::new, |q| {
        v.questions.with_value(|qs| {
            qs.get(q).map_or_else(Vec::new, |q| {
                q.evidence
                    .iter()
                    .filter(|e| e.source == i)
                    .map(|e| (e.start, e.end))
                    .collect()
            })
        })
    });
    v.texts.with_value(|texts| {
        let text = texts.get(i).map(String::as_str).unwrap_or_default();
        marked_pieces(text, &marks)
            .into_iter()
            .map(|(piece, marked)| {
                let piece = piece.to_string();
                if marked {
                    view! { <mark class="evidence-mark" data-testid="evidence-mark">{piece}</mark> }
                        .into_any()
                } else {
                    piece.into_any()
                }
            })
            .collect_view()
    })
}

/// The answer key: shown on screen when the teacher asks, printed on its own.
#[component]
fn AnswerKey(v: View, title: String) -> impl IntoView {
    let questions = v.questions.get_value();
    view! {
        <section class="answer-key" class:shown=move || v.show_key.get() data-testid="answer-key"
            aria-labelledby="answer-key-heading">
            <h2 id="answer-key-heading">{format!("Answer key: {title}")}</h2>
            <ol>
                {questions.into_iter().enumerate().map(|(i, q)| {
                    let body = match q.key {
                        Key::Factual { answer, expect } => view! {
                            <p><strong>"Answer. "</strong>{answer}</p>
                            <p>"A correct answer names: "
                                {expect.iter().map(|e| e.label.clone()).collect::<Vec<_>>().join("; ")}
                            </p>
                        }.into_any(),
                        Key::Open { model, rubric } => view! {
                            {(!model.trim().is_empty()).then(|| view! {
                                <p><strong>"Model answer. "</strong>{model.clone()}</p>
                            })}
                            <ul class="rubric">
                                {rubric.into_iter().map(|r| view! { <li>"☐ "{r}</li> }).collect_view()}
                            </ul>
                        }.into_any(),
                    };
                    view! {
                        <li>
                            <h3>{format!("Question {} · {}", i + 1, q.kind.label())}</h3>
                            <p class="prompt">{q.prompt}</p>
                            {body}
                        </li>
                    }
                }).collect_view()}
            </ol>
        </section>
    }
}

//! Making an exercise, under the results: Parallax proposes questions from the compared
//! articles (masked when the exercise is blind); the teacher keeps, edits, reorders or removes
//! them, adds their own, picks the lesson's length, and gets the student link. The draft is
//! saved in this browser with a checksum of the articles it was made from, so it survives a
//! reload and never meets other articles.

use leptos::prelude::*;

use super::store::{self, Draft};
use crate::exercise::{self, link, Exercise, Key, Length, Question, QuestionKind};
use crate::share_link::{SharedArticle, MAX_LINK_CHARS};
use crate::ui::one_file;
use crate::ui::state::{NoticeKind, Workspace};

/// One question on the teacher's list. The prompt has its own signal, so typing in one
/// question never rebuilds the list.
#[derive(Clone, Copy)]
struct Row {
    id: u64,
    prompt: RwSignal<String>,
    question: StoredValue<Question>,
}

/// The draft being edited.
#[derive(Clone, Copy)]
struct Maker {
    rows: RwSignal<Vec<Row>>,
    title: RwSignal<String>,
    length: RwSignal<Length>,
    blind: RwSignal<bool>,
    also_hide: RwSignal<String>,
    /// Checksum of the articles the questions were proposed from; `None` before the first.
    made_from: RwSignal<Option<u64>>,
    next_id: StoredValue<u64>,
    link: RwSignal<Option<String>>,
    /// What saving the exercise as one file did.
    file_status: RwSignal<String>,
}

impl Maker {
    fn new() -> Maker {
        Maker {
            rows: RwSignal::new(Vec::new()),
            title: RwSignal::new(String::new()),
            length: RwSignal::new(Length::Lesson),
            blind: RwSignal::new(true),
            also_hide: RwSignal::new(String::new()),
            made_from: RwSignal::new(None),
            next_id: StoredValue::new(0),
            link: RwSignal::new(None),
            file_status: RwSignal::new(String::new()),
        }
    }

    fn row(self, question: Question) -> Row {
        let id = self.next_id.get_value();
        self.next_id.set_value(id + 1);
        Row {
            id,
            prompt: RwSignal::new(question.prompt.clone()),
            question: StoredValue::new(question),
        }
    }

    /// Fills the maker from a saved draft.
    fn restore(self, draft: Draft) {
        let e = draft.exercise;
        self.title.set(e.title);
        self.length.set(e.length);
        self.blind.set(e.blind);
        self.also_hide.set(e.also_hide.join(", "));
        let rows = e.questions.into_iter().map(|q| self.row(q)).collect();
        self.rows.set(rows);
        self.made_from.set(Some(draft.articles));
    }

    /// The words to hide, as typed (comma or line separated).
    fn hidden_words(self) -> Vec<String> {
        self.also_hide.with_untracked(|h| {
            h.split([',', '\n'])
                .map(str::trim)
                .filter(|w| !w.is_empty())
                .map(str::to_string)
                .collect()
        })
    }

    /// The exercise as it stands.
    fn exercise(self) -> Exercise {
        Exercise {
            title: self.title.get_untracked(),
            length: self.length.get_untracked(),
            blind: self.blind.get_untracked(),
            also_hide: self.hidden_words(),
            questions: self
                .rows
                .get_untracked()
                .into_iter()
                .map(|r| Question {
                    prompt: r.prompt.get_untracked(),
                    ..r.question.get_value()
                })
                .collect(),
        }
    }

    /// Proposes the questions again from `articles`, keeping the teacher's own questions.
    fn propose(self, articles: &[SharedArticle]) {
        let made = exercise::make(
            articles,
            self.length.get_untracked(),
            self.blind.get_untracked(),
            &self.hidden_words(),
        );
        let own: Vec<Row> = self
            .rows
            .get_untracked()
            .into_iter()
            .filter(|r| r.question.with_value(|q| q.kind == QuestionKind::Own))
            .collect();
        if self.title.with_untracked(|t| t.trim().is_empty()) {
            self.title.set(made.title.clone());
        }
        let mut rows: Vec<Row> = made.questions.into_iter().map(|q| self.row(q)).collect();
        rows.extend(own);
        self.rows.set(rows);
        self.made_from.set(Some(checksum(articles)));
        self.link.set(None);
    }

    fn move_row(self, id: u64, by: isize) {
        self.rows.update(|rows| {
            if let Some(at) = rows.iter().position(|r| r.id == id) {
                let to = at as isize + by;
                if (0..rows.len() as isize).contains(&to) {
                    rows.swap(at, to as usize);
                }
            }
        });
        self.link.set(None);
    }
}

/// A checksum of the articles' names and texts.
fn checksum(articles: &[SharedArticle]) -> u64 {
    store::checksum(
        articles
            .iter()
            .flat_map(|a| [a.name.as_str(), a.text.as_str()]),
    )
}

/// The compared articles, as an exercise link carries them (with the one compared as the
/// original, if one was, marked).
fn compared_articles(ws: Workspace) -> Option<Vec<SharedArticle>> {
    ws.comparison.with_untracked(|c| {
        c.as_ref().map(|c| {
            let original = c.report.original;
            c.sources
                .iter()
                .enumerate()
                .map(|(i, s)| {
                    SharedArticle::new(s.name.clone(), s.text.clone()).marked(original == Some(i))
                })
                .collect()
        })
    })
}

#[component]
pub fn ExerciseMaker(ws: Workspace) -> impl IntoView {
    let m = Maker::new();
    if let Some(draft) = store::load_draft() {
        m.restore(draft);
    }
    // The draft is saved whenever it changes.
    Effect::new(move |_| {
        m.rows
            .with(|rows| rows.iter().for_each(|r| r.prompt.track()));
        m.title.track();
        m.length.track();
        m.blind.track();
        m.also_hide.track();
        let Some(articles) = m.made_from.get() else {
            return;
        };
        let draft = Draft {
            articles,
            exercise: m.exercise(),
        };
        if let Err(problem) = store::save_draft(&draft) {
            ws.notify(
                NoticeKind::Error,
                format!("The exercise could not be saved: {problem}."),
            );
        }
    });
    let current = move || {
        ws.comparison
            .with(|c| c.as_ref().map(|c| c.sources.len()))
            .and_then(|_| compared_articles(ws).map(|a| checksum(&a)))
    };
    let fits = move || m.made_from.get().is_some() && m.made_from.get() == current();
    let stale = move || m.made_from.get().is_some() && !fits();
    let propose = move || {
        if let Some(articles) = compared_articles(ws) {
            m.propose(&articles);
        }
    };
    let save_file = move |_| {
        let Some(articles) = compared_articles(ws) else {
            return;
        };
        let payload = link::encode(&articles, &m.exercise());
        m.file_status.set("Saving…".to_string());
        leptos::task::spawn_local(async move {
            let result = one_file::one_file_with_exercise(&payload)
                .await
                .and_then(|html| {
                    one_file::download(html, one_file::EXERCISE_FILE_NAME).map_err(|_| {
                        "The browser did not start the download. Try again.".to_string()
                    })
                });
            match result {
                Ok(()) => m.file_status.try_set(format!(
                    "Saved {}: students open it by double-click, offline, and see the exercise.",
                    one_file::EXERCISE_FILE_NAME
                )),
                Err(problem) => {
                    m.file_status.try_set(String::new());
                    ws.notify(NoticeKind::Error, problem);
                    None
                }
            };
        });
    };
    let make_link = move |_| {
        let Some(articles) = compared_articles(ws) else {
            return;
        };
        let page = window().location().href().unwrap_or_default();
        m.link
            .set(Some(link::link(&page, &articles, &m.exercise())));
    };
    move || {
        ws.comparison.with(Option::is_some).then(|| view! {
            <section id="exercise-maker" class="exercise-maker" aria-labelledby="exercise-maker-heading">
                <h2 id="exercise-maker-heading" tabindex="-1">"Classroom exercise"</h2>
                <p class="hint">
                    "Turn these articles into a worksheet: Parallax proposes questions with the "
                    "evidence they point to and an answer key; keep, edit, reorder or add your own. "
                    "Blind sources are shown as Source A, B, C with the outlets’ names masked until "
                    "you reveal them. Students answer in their browser; nothing is uploaded."
                </p>
                <div class="exercise-settings">
                    <fieldset>
                        <legend>"Lesson length"</legend>
                        {Length::ALL.into_iter().map(|l| view! {
                            <label>
                                <input type="radio" name="exercise-length"
                                    data-testid=format!("exercise-length-{}", l.key())
                                    prop:checked=move || m.length.get() == l
                                    on:change=move |_| m.length.set(l) />
                                {l.label()}
                            </label>
                        }).collect_view()}
                    </fieldset>
                    <label class="check">
                        <input type="checkbox" data-testid="exercise-blind"
                            prop:checked=move || m.blind.get()
                            on:change=move |ev| {
                                m.blind.set(event_target_checked(&ev));
                                if m.made_from.get_untracked().is_some() { propose(); }
                            } />
                        "Blind: hide the outlets’ names"
                    </label>
                    <label for="exercise-hide">"Also hide these words (comma separated)"</label>
                    <input id="exercise-hide" type="text" data-testid="exercise-hide"
                        placeholder="e.g. a reporter’s name"
                        prop:value=move || m.also_hide.get()
                        on:change=move |ev| {
                            m.also_hide.set(event_target_value(&ev));
                            if m.made_from.get_untracked().is_some() { propose(); }
                        } />
                    <p class="hint">"Changing what is hidden proposes the questions again; your own questions are kept."</p>
                </div>
                <Show when=stale>
                    <p class="notice" data-testid="exercise-stale">
                        "This exercise was made from other articles. Propose questions for these to replace it."
                    </p>
                </Show>
                <button type="button" data-testid="make-exercise" on:click=move |_| propose()>
                    {move || if m.made_from.get().is_some() { "Propose questions again" } else { "Make an exercise from these articles" }}
                </button>
                <Show when=move || m.made_from.get().is_some()>
                    <label for="exercise-title-input">"Worksheet title"</label>
                    <input id="exercise-title-input" type="text" data-testid="exercise-title-input"
                        prop:value=move || m.title.get()
                        on:input=move |ev| m.title.set(event_target_value(&ev)) />
                    <QuestionList m />
                    <AddQuestion m />
                    <div class="exercise-actions" role="group" aria-label="Student link">
                        <button type="button" data-testid="make-student-link" on:click=make_link>
                            "Make the student link"
                        </button>
                        <button type="button" data-testid="save-exercise-file" on:click=save_file>
                            "Save as one file for students"
                        </button>
                        <button type="button" class="quiet" data-testid="discard-exercise"
                            on:click=move |_| {
                                m.rows.set(Vec::new());
                                m.made_from.set(None);
                                m.link.set(None);
                                m.title.set(String::new());
                                store::clear_draft();
                            }>
                            "Discard this exercise"
                        </button>
                    </div>
                    <p class="hint" role="status" data-testid="save-exercise-file-status">
                        {move || m.file_status.get()}
                    </p>
                    <StudentLink m ws />
                </Show>
            </section>
        })
    }
}

/// The questions, each editable, movable and removable.
#[component]
fn QuestionList(m: Maker) -> impl IntoView {
    let position = move |id: u64| m.rows.with(|rows| rows.iter().position(|r| r.id == id));
    view! {
        <ol class="maker-questions" data-testid="maker-questions">
            <For each=move || m.rows.get() key=|row| row.id let:row>
                {
                    let id = row.id;
                    let number = move || position(id).map_or(0, |p| p + 1);
                    let (kind, key) = row.question.with_value(|q| (q.kind.label(), key_summary(q)));
                    let prompt_id = format!("maker-prompt-{id}");
                    view! {
                        <li class="maker-question" data-testid="maker-question">
                            <label for=prompt_id.clone()>{move || format!("Question {} · {kind}", number())}</label>
                            <textarea id=prompt_id data-testid="maker-prompt" rows="3"
                                prop:value=move || row.prompt.get()
                                on:input=move |ev| { row.prompt.set(event_target_value(&ev)); m.link.set(None); }></textarea>
                            <p class="hint key-summary">{key}</p>
                            <div class="maker-row-actions" role="group"
                                aria-label=move || format!("Question {}", number())>
                                <button type="button" class="quiet" data-testid="maker-up"
                                    aria-label=move || format!("Move question {} up", number())
                                    on:click=move |_| m.move_row(id, -1)>"↑ Up"</button>
                                <button type="button" class="quiet" data-testid="maker-down"
                                    aria-label=move || format!("Move question {} down", number())
                                    on:click=move |_| m.move_row(id, 1)>"↓ Down"</button>
                                <button type="button" class="quiet" data-testid="maker-remove"
                                    aria-label=move || format!("Remove question {}", number())
                                    on:click=move |_| { m.rows.update(|r| r.retain(|x| x.id != id)); m.link.set(None); }>
                                    "Remove"</button>
                            </div>
                        </li>
                    }
                }
            </For>
        </ol>
    }
}

/// What the key of a question says, in short, for the teacher's list.
fn key_summary(q: &Question) -> String {
    match &q.key {
        Key::Factual { answer, .. } => format!("Key: {}", clip(answer, 40)),
        Key::Open { model, .. } if !model.trim().is_empty() => {
            format!("Model answer: {}", clip(model, 40))
        }
        Key::Open { .. } => "Open question: no model answer.".to_string(),
    }
}

fn clip(text: &str, words: usize) -> String {
    let all: Vec<&str> = text.split_whitespace().collect();
    match all.len() > words {
        true => format!("{}…", all[..words].join(" ")),
        false => all.join(" "),
    }
}

/// The teacher's own question.
#[component]
fn AddQuestion(m: Maker) -> impl IntoView {
    let text = RwSignal::new(String::new());
    let model = RwSignal::new(String::new());
    let add = move |_| {
        let prompt = text.get_untracked();
        if prompt.trim().is_empty() {
            return;
        }
        let row = m.row(Question::own(prompt.trim(), model.get_untracked().trim()));
        m.rows.update(|rows| rows.push(row));
        text.set(String::new());
        model.set(String::new());
        m.link.set(None);
    };
    view! {
        <div class="add-question">
            <label for="new-question">"Add your own question"</label>
            <textarea id="new-question" data-testid="new-question" rows="2"
                prop:value=move || text.get() on:input=move |ev| text.set(event_target_value(&ev))></textarea>
            <label for="new-question-model">"Its model answer (optional, for the key)"</label>
            <textarea id="new-question-model" data-testid="new-question-model" rows="2"
                prop:value=move || model.get() on:input=move |ev| model.set(event_target_value(&ev))></textarea>
            <button type="button" data-testid="add-question" on:click=add>"Add question"</button>
        </div>
    }
}

/// The student link once made: open it, copy it, and how long it is.
#[component]
fn StudentLink(m: Maker, ws: Workspace) -> impl IntoView {
    let copy = move |_| {
        let Some(url) = m.link.get_untracked() else {
            return;
        };
        let clipboard = window().navigator().clipboard();
        let promise = clipboard.write_text(&url);
        leptos::task::spawn_local(async move {
            match wasm_bindgen_futures::JsFuture::from(promise).await {
                Ok(_) => ws.notify(NoticeKind::Info, "The student link was copied."),
                Err(_) => ws.notify(
                    NoticeKind::Error,
                    "The browser did not allow copying. Select the link and copy it yourself.",
                ),
            }
        });
    };
    move || {
        m.link.get().map(|url| {
            let chars = url.chars().count();
            let long = chars > MAX_LINK_CHARS;
            let from_disk = url.starts_with("file:");
            view! {
                <div class="student-link" data-testid="student-link-box">
                    <label for="student-link-text">"Student link"</label>
                    <input id="student-link-text" type="text" readonly prop:value=url.clone()
                        data-testid="student-link-text" />
                    <a href=url.clone() target="_blank" rel="noopener" data-testid="student-link">
                        "Open the student view"</a>
                    <button type="button" data-testid="copy-student-link" on:click=copy>"Copy link"</button>
                    <p class="hint">"The student view has the buttons to print the worksheet and, \
                        separately, the answer key; its projector mode steps through the questions."</p>
                    {long.then(|| view! { <p class="notice">{format!(
                        "This link is {chars} characters long; chat apps and mail may cut it. \
                         Use fewer or shorter articles, or share the page as one file.")}</p> })}
                    {from_disk.then(|| view! { <p class="notice">
                        "This page was opened from a file, so the link only works on a computer \
                         with the same file. Open Parallax from its web address to make a link \
                         students can use anywhere."</p> })}
                </div>
            }
        })
    }
}

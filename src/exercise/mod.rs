//! Classroom exercises: questions a teacher builds from one comparison, that students answer
//! blind in the page, with an answer key built from the same report.
//!
//! - [`propose`] reads a [`Report`](parallax_engine::Report) and proposes questions of every
//!   [`QuestionKind`] the report has evidence for, each with the words it rests on and a key;
//! - [`blind`] hides the outlets: sources become "Source A", "Source B"…, and their names and
//!   self-references in the texts are masked before the comparison runs;
//! - [`check`] compares a student's answer with a factual key and says what it names and what
//!   it misses;
//! - [`link`] packs an exercise with its articles into a `#exercise=…` link and unpacks one,
//!   treating it as untrusted input;
//! - [`worksheet`] writes the worksheet and the answer key as Markdown, and [`handin`] a
//!   student's answers as an HTML document.
//!
//! Wording stays neutral: questions and keys point at evidence, never give a verdict on an
//! outlet. Pure and deterministic, no web dependencies; the page's exercise screens live in
//! `ui::exercise`. Tested natively in `tests/it/exercise.rs`.

pub mod blind;
pub mod check;
pub mod handin;
pub mod link;
mod propose;
pub mod worksheet;

pub use propose::propose;

use serde::{Deserialize, Serialize};

/// The longest prompt, key or model answer kept from an exercise link or an edit.
pub const MAX_FIELD_CHARS: usize = 4_000;
/// The most questions one exercise holds.
pub const MAX_QUESTIONS: usize = 40;

/// How long the lesson is meant to take; it decides how many questions are proposed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Length {
    /// About 20 minutes: the core questions.
    Short,
    /// About 45 minutes: one class period.
    #[default]
    Lesson,
    /// About 90 minutes: a double period, every question the report supports.
    Long,
}

impl Length {
    /// Every length, shortest first.
    pub const ALL: [Length; 3] = [Length::Short, Length::Lesson, Length::Long];

    /// The lesson's length in minutes.
    pub fn minutes(self) -> u32 {
        match self {
            Length::Short => 20,
            Length::Lesson => 45,
            Length::Long => 90,
        }
    }

    /// What the teacher sees in the length picker.
    pub fn label(self) -> &'static str {
        match self {
            Length::Short => "About 20 minutes",
            Length::Lesson => "About 45 minutes",
            Length::Long => "About 90 minutes",
        }
    }

    /// A stable name, for storage and the page's controls.
    pub fn key(self) -> &'static str {
        match self {
            Length::Short => "short",
            Length::Lesson => "lesson",
            Length::Long => "long",
        }
    }

    /// The length named `key`, if any.
    pub fn from_key(key: &str) -> Option<Length> {
        Length::ALL.into_iter().find(|l| l.key() == key)
    }
}

/// What a question asks students to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuestionKind {
    /// Which words of a statement every source keeps, and which one source leaves out.
    Locate,
    /// Whether a shorter quote changes what the speaker meant.
    QuoteInContext,
    /// What different attribution verbs suggest.
    AttributionVerb,
    /// How each source names an actor.
    Naming,
    /// A hedge or distancing word, and whether another source confirms the claim.
    Hedges,
    /// What a reader of one source would not learn.
    OnlyOneSource,
    /// What each article says first.
    Lead,
    /// Who is quoted, and whose view is missing.
    Voices,
    /// Which outlet wrote a source, guessed before the reveal.
    BlindPredict,
    /// Bias or news judgement, with two lines cited: the exit ticket.
    Synthesis,
    /// A question the teacher wrote.
    Own,
}

impl QuestionKind {
    /// A short label shown above the question.
    pub fn label(self) -> &'static str {
        match self {
            QuestionKind::Locate => "Locate",
            QuestionKind::QuoteInContext => "Quote in context",
            QuestionKind::AttributionVerb => "Attribution verbs",
            QuestionKind::Naming => "Naming",
            QuestionKind::Hedges => "Hedges and loaded words",
            QuestionKind::OnlyOneSource => "Facts only one source gives",
            QuestionKind::Lead => "The lead",
            QuestionKind::Voices => "Voices",
            QuestionKind::BlindPredict => "Predict, then reveal",
            QuestionKind::Synthesis => "Exit ticket",
            QuestionKind::Own => "Your question",
        }
    }
}

/// Words of one source that a question points at.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    /// The source's index.
    pub source: usize,
    /// Byte offset where the words start in the (masked) text the exercise compares.
    pub start: usize,
    /// Byte offset where they end.
    pub end: usize,
    /// The words, as the text gives them.
    pub text: String,
}

/// One thing a correct factual answer names, and the words that count as naming it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Expected {
    /// How the key shows it: "Source B", "“grave concern”".
    pub label: String,
    /// Any one of these, found in an answer (case, punctuation and plurals aside), counts.
    pub accept: Vec<String>,
}

/// How an answer is judged.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Key {
    /// A question with a right answer the report shows: checked in the page.
    Factual {
        /// The answer in full, for the key.
        answer: String,
        /// What a correct answer names.
        expect: Vec<Expected>,
    },
    /// A question of judgement: a model answer and what a good answer does.
    Open {
        /// One good answer.
        model: String,
        /// What a good answer does, a point each.
        rubric: Vec<String>,
    },
}

/// One question of an exercise.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Question {
    /// What it asks students to do.
    pub kind: QuestionKind,
    /// The question as students read it.
    pub prompt: String,
    /// How an answer is judged.
    pub key: Key,
    /// The words the question points at.
    pub evidence: Vec<Evidence>,
}

impl Question {
    /// A question the teacher writes: open, with their own model answer (possibly empty).
    pub fn own(prompt: impl Into<String>, model: impl Into<String>) -> Question {
        Question {
            kind: QuestionKind::Own,
            prompt: prompt.into(),
            key: Key::Open {
                model: model.into(),
                rubric: Vec::new(),
            },
            evidence: Vec::new(),
        }
    }

    /// Whether the page can check an answer to it.
    pub fn is_factual(&self) -> bool {
        matches!(self.key, Key::Factual { .. })
    }
}

/// An exercise: its questions, how long it should take, and whether the outlets are hidden.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Exercise {
    /// The title on the worksheet.
    pub title: String,
    /// The lesson's length.
    pub length: Length,
    /// Whether sources are shown as "Source A", "Source B"… with their names masked.
    pub blind: bool,
    /// Words the teacher asked to mask besides the outlets' names.
    #[serde(default)]
    pub also_hide: Vec<String>,
    /// The questions, in the order students answer them.
    pub questions: Vec<Question>,
}

impl Exercise {
    /// Drops what an exercise from an untrusted link or an edit may not hold: questions past
    /// [`MAX_QUESTIONS`], fields past [`MAX_FIELD_CHARS`], evidence pointing outside
    /// `texts` or at words that are not there.
    pub fn sanitised(mut self, texts: &[&str]) -> Exercise {
        self.title = clip(&self.title);
        self.questions.truncate(MAX_QUESTIONS);
        self.also_hide.truncate(MAX_QUESTIONS);
        for word in &mut self.also_hide {
            *word = clip(word);
        }
        for question in &mut self.questions {
            question.prompt = clip(&question.prompt);
            question.evidence.retain(|e| evidence_holds(e, texts));
            match &mut question.key {
                Key::Factual { answer, expect } => {
                    *answer = clip(answer);
                    expect.truncate(MAX_QUESTIONS);
                    for item in expect.iter_mut() {
                        item.label = clip(&item.label);
                        item.accept.truncate(MAX_QUESTIONS);
                        item.accept.iter_mut().for_each(|a| *a = clip(a));
                    }
                }
                Key::Open { model, rubric } => {
                    *model = clip(model);
                    rubric.truncate(MAX_QUESTIONS);
                    rubric.iter_mut().for_each(|r| *r = clip(r));
                }
            }
        }
        self
    }
}

/// Whether `evidence` names words that are really at its offsets.
fn evidence_holds(evidence: &Evidence, texts: &[&str]) -> bool {
    texts
        .get(evidence.source)
        .and_then(|text| text.get(evidence.start..evidence.end))
        .is_some_and(|words| words == evidence.text)
}

/// `text` cut to [`MAX_FIELD_CHARS`] characters.
fn clip(text: &str) -> String {
    match text.char_indices().nth(MAX_FIELD_CHARS) {
        Some((cut, _)) => text[..cut].to_string(),
        None => text.to_string(),
    }
}

/// `text` cut into pieces at `marks` (byte ranges, in any order, possibly overlapping or off
/// character boundaries, which are skipped): each piece with whether it is marked. The pieces
/// joined give `text` back.
pub fn marked_pieces<'a>(text: &'a str, marks: &[(usize, usize)]) -> Vec<(&'a str, bool)> {
    let mut marks: Vec<(usize, usize)> = marks
        .iter()
        .copied()
        .filter(|&(s, e)| s < e && text.get(s..e).is_some())
        .collect();
    marks.sort_unstable();
    let mut pieces = Vec::new();
    let mut at = 0;
    for (start, end) in marks {
        if end <= at {
            continue;
        }
        let start = start.max(at);
        if start > at {
            pieces.push((&text[at..start], false));
        }
        pieces.push((&text[start..end], true));
        at = end;
    }
    if at < text.len() {
        pieces.push((&text[at..], false));
    }
    pieces
}

/// Makes an exercise from `articles` (their names are the outlets'): masks them when `blind`,
/// compares the texts as shown (against the article marked as the original, if one is), and
/// proposes the questions of a lesson of `length`. The
/// evidence points into [`link::shown_texts`] of the same articles and settings.
pub fn make(
    articles: &[crate::share_link::SharedArticle],
    length: Length,
    blind: bool,
    also_hide: &[String],
) -> Exercise {
    let settings = Exercise {
        blind,
        also_hide: also_hide.to_vec(),
        ..Exercise::default()
    };
    let shown = link::shown_texts(articles, &settings);
    let sources: Vec<parallax_engine::Source> = shown
        .iter()
        .enumerate()
        .map(|(i, text)| parallax_engine::Source::new(blind::label(i), text.clone()))
        .collect();
    // The article marked as the original (a transcript, a press release): each outlet's version
    // is then read against its passage, as the quote cards show it.
    let report = articles
        .iter()
        .position(|a| a.original)
        .and_then(|i| parallax_engine::compare_with_original(&sources, i).ok())
        .unwrap_or_else(|| parallax_engine::compare(&sources));
    let texts: Vec<&str> = shown.iter().map(String::as_str).collect();
    Exercise {
        also_hide: also_hide.to_vec(),
        ..propose(&report, &texts, length, blind)
    }
}

//! Checking a student's answer against a factual key: which of the things the key lists the
//! answer names, in any case, with any punctuation, singular or plural.
//!
//! It reads words, not meaning: an answer that names the right words in a wrong sentence still
//! counts, and one that paraphrases them does not. The page says so, and shows the evidence, so
//! the check is a pointer for the student, never a grade.

use super::Expected;

/// How far an answer matches its key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Nothing written yet.
    Empty,
    /// Names none of what the key lists.
    NotYet,
    /// Names some of it.
    Partial,
    /// Names all of it.
    Complete,
}

/// What a check found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Feedback {
    /// The verdict.
    pub verdict: Verdict,
    /// Labels of the key's items the answer names.
    pub found: Vec<String>,
    /// How many of the key's items it does not name.
    pub missing: usize,
}

impl Feedback {
    /// The feedback in one plain sentence.
    pub fn message(&self) -> String {
        let found = self.found.join(", ");
        match self.verdict {
            Verdict::Empty => "Write an answer first, then check it.".to_string(),
            Verdict::NotYet => "Your answer does not yet name what the evidence shows. \
                                Look again at the highlighted words."
                .to_string(),
            Verdict::Partial => format!(
                "Your answer names {found}. The key lists {} more — look again at the \
                 highlighted words.",
                things(self.missing)
            ),
            Verdict::Complete => format!("Your answer names everything the key lists: {found}."),
        }
    }
}

/// "1 thing", "2 things".
fn things(n: usize) -> String {
    if n == 1 {
        "1 thing".to_string()
    } else {
        format!("{n} things")
    }
}

/// Checks `answer` against the items of a factual key.
pub fn check(answer: &str, expect: &[Expected]) -> Feedback {
    let words = folded_words(answer);
    if words.is_empty() {
        return Feedback {
            verdict: Verdict::Empty,
            found: Vec::new(),
            missing: expect.len(),
        };
    }
    let found: Vec<String> = expect
        .iter()
        .filter(|item| item.accept.iter().any(|a| contains_run(&words, a)))
        .map(|item| item.label.clone())
        .collect();
    let missing = expect.len() - found.len();
    let verdict = match (found.len(), missing) {
        (0, _) => Verdict::NotYet,
        (_, 0) => Verdict::Complete,
        _ => Verdict::Partial,
    };
    Feedback {
        verdict,
        found,
        missing,
    }
}

/// Whether `words` holds the words of `phrase` as one run.
fn contains_run(words: &[String], phrase: &str) -> bool {
    let wanted = folded_words(phrase);
    !wanted.is_empty() && words.windows(wanted.len()).any(|w| w == wanted.as_slice())
}

/// The words of `text` in lower case, with a plural or possessive `s` taken off.
pub(crate) fn folded_words(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .map(|w| w.trim_matches(['\'', '’']))
        .filter(|w| !w.is_empty())
        .map(fold)
        .collect()
}

fn fold(word: &str) -> String {
    let lower = word.to_lowercase();
    let lower = lower
        .strip_suffix("'s")
        .or_else(|| lower.strip_suffix("’s"))
        .unwrap_or(&lower)
        .to_string();
    if lower.chars().count() > 3 && lower.ends_with('s') && !lower.ends_with("ss") {
        lower[..lower.len() - 1].to_string()
    } else {
        lower
    }
}

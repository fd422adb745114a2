//! Proposing an exercise from a report: a question of each kind the report has evidence for,
//! filled in with that evidence, with a key.
//!
//! Each kind has one proposer, which returns its candidates best first: the quote questions
//! ([`quotes`]), the framing questions ([`framing`]) and the open questions of judgement
//! ([`open`]). The lesson's [`Length`] decides how many are kept: the core five for a short
//! lesson, one of each kind for a class period, up to two of each for a double period. Sources
//! are always named by their neutral labels ("Source B"); the page shows the outlets' names
//! next to them once they are revealed.

mod framing;
mod open;
mod quotes;

use parallax_engine::report::{QuoteGroupRecord, QuoteRecord, Report};

use super::{blind, Evidence, Exercise, Length, Question, QuestionKind};

/// The order questions are asked in, which is also the order of a lesson: first what each
/// article says, then its quotes, then its wording, then judgement.
const LESSON_ORDER: [QuestionKind; 10] = [
    QuestionKind::Lead,
    QuestionKind::Locate,
    QuestionKind::QuoteInContext,
    QuestionKind::AttributionVerb,
    QuestionKind::Naming,
    QuestionKind::Hedges,
    QuestionKind::OnlyOneSource,
    QuestionKind::Voices,
    QuestionKind::BlindPredict,
    QuestionKind::Synthesis,
];

/// The kinds a short lesson keeps.
const SHORT: [QuestionKind; 5] = [
    QuestionKind::Locate,
    QuestionKind::QuoteInContext,
    QuestionKind::AttributionVerb,
    QuestionKind::OnlyOneSource,
    QuestionKind::Synthesis,
];

/// The questions a lesson of `length` on `report` should start from. `texts` are the texts
/// the report was made from (masked, for a blind exercise), which the evidence points into.
pub fn propose(report: &Report, texts: &[&str], length: Length, blind: bool) -> Exercise {
    let facts = Facts { report, texts };
    let per_kind = if length == Length::Long { 2 } else { 1 };
    let mut questions = Vec::new();
    for kind in LESSON_ORDER {
        if length == Length::Short && !SHORT.contains(&kind) {
            continue;
        }
        if kind == QuestionKind::BlindPredict && !blind {
            continue;
        }
        questions.extend(
            candidates(&facts, kind)
                .into_iter()
                .take(per_kind)
                .map(|q| Question {
                    evidence: distinct(q.evidence),
                    ..q
                }),
        );
    }
    Exercise {
        title: title(report, texts),
        length,
        blind,
        also_hide: Vec::new(),
        questions,
    }
}

/// The candidates of one kind, best first.
fn candidates(facts: &Facts, kind: QuestionKind) -> Vec<Question> {
    match kind {
        QuestionKind::Lead => framing::lead(facts),
        QuestionKind::Locate => quotes::locate(facts),
        QuestionKind::QuoteInContext => quotes::in_context(facts),
        QuestionKind::AttributionVerb => quotes::attribution_verbs(facts),
        QuestionKind::Naming => framing::naming(facts),
        QuestionKind::Hedges => framing::hedges(facts),
        QuestionKind::OnlyOneSource => framing::only_one_source(facts),
        QuestionKind::Voices => framing::voices(facts),
        QuestionKind::BlindPredict => open::blind_predict(facts),
        QuestionKind::Synthesis => open::synthesis(facts),
        QuestionKind::Own => Vec::new(),
    }
}

/// "Comparing 3 articles: <the first headline>", preferring one of five words or more: a
/// pasted page's first line can be a short label ("Watch live", "Opinion") the engine reads
/// as its headline.
fn title(report: &Report, texts: &[&str]) -> String {
    let headlines: Vec<&str> = report
        .framing
        .ledes
        .iter()
        .filter_map(|l| l.headline.as_ref().map(|h| h.text.as_str()))
        .collect();
    let headline = headlines
        .iter()
        .find(|h| h.split_whitespace().count() >= 5)
        .or(headlines.first())
        .map(|h| h.to_string());
    let n = texts.len();
    match headline {
        Some(h) => format!("Comparing {n} articles: {}", clip_words(&h, 14)),
        None => format!("Comparing {n} articles"),
    }
}

/// What the proposers read: the report and the texts its offsets point into.
struct Facts<'a> {
    report: &'a Report,
    texts: &'a [&'a str],
}

impl Facts<'_> {
    /// The neutral label of a source.
    fn label(&self, source: usize) -> String {
        blind::label(source)
    }

    /// Evidence for `source`'s bytes `start..end`, when they are whole characters of its text.
    fn evidence(&self, source: usize, start: usize, end: usize) -> Option<Evidence> {
        let text = self.texts.get(source)?.get(start..end)?;
        (!text.trim().is_empty()).then(|| Evidence {
            source,
            start,
            end,
            text: text.to_string(),
        })
    }

    /// The quote record with `id`.
    fn quote(&self, id: &str) -> Option<&QuoteRecord> {
        self.report.quotes.iter().find(|q| q.id == id)
    }

    /// The groups quoted by two sources or more, outside boilerplate, most sources first, then
    /// longest reference.
    fn shared_groups(&self) -> Vec<&QuoteGroupRecord> {
        let mut groups: Vec<&QuoteGroupRecord> = self
            .report
            .quote_groups
            .iter()
            .filter(|g| g.sources.len() >= 2)
            .filter(|g| self.quote(&g.reference).is_some_and(|q| !q.in_boilerplate))
            .collect();
        groups.sort_by_key(|g| {
            let words = self
                .quote(&g.reference)
                .map_or(0, |q| q.text.split_whitespace().count());
            (std::cmp::Reverse(g.sources.len()), std::cmp::Reverse(words))
        });
        groups
    }

    /// Who a group's words are by, for a prompt: "the statement by a ministry spokesperson",
    /// or "this statement".
    fn statement_of(&self, group: &QuoteGroupRecord) -> String {
        match group.speaker.as_deref().map(str::trim) {
            Some(s) if !s.is_empty() => {
                format!("the statement by {}", lower_article(&clip_words(s, 8)))
            }
            _ => "this statement".to_string(),
        }
    }
}

/// `name` with a leading capitalised article in lower case: "A spokesperson" → "a spokesperson".
fn lower_article(name: &str) -> String {
    for article in ["A ", "An ", "The ", "This "] {
        if let Some(rest) = name.strip_prefix(article) {
            return format!("{}{rest}", article.to_lowercase());
        }
    }
    name.to_string()
}

/// `evidence` with repeated words of one source kept once, in order.
fn distinct(evidence: Vec<Evidence>) -> Vec<Evidence> {
    let mut seen = Vec::new();
    evidence
        .into_iter()
        .filter(|e| {
            let key = (e.source, e.text.clone());
            let new = !seen.contains(&key);
            seen.push(key);
            new
        })
        .collect()
}

/// The first `n` words of `text`, with "…" when it had more.
fn clip_words(text: &str, n: usize) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() <= n {
        words.join(" ")
    } else {
        format!("{}…", words[..n].join(" "))
    }
}

/// `text` in curly quotes, clipped to `n` words.
fn quoted(text: &str, n: usize) -> String {
    format!("“{}”", clip_words(text, n))
}

/// Windows of three words of `text` (or the whole, when shorter): each is an answer that
/// names the passage.
fn word_windows(text: &str) -> Vec<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() <= 3 {
        return vec![words.join(" ")];
    }
    words.windows(3).take(40).map(|w| w.join(" ")).collect()
}

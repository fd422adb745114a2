//! The open questions of judgement: guessing the outlet before the reveal, and the exit ticket
//! (bias or news judgement, with two lines cited). Their keys are model answers built from the
//! evidence the report gives (the writers' own marked words, their judging sentences) and a
//! rubric; the page never checks them.

use parallax_engine::report::{MarkedSentence, MarkerCategory, SourceLanguage, Voice};

use super::{quoted, Facts};
use crate::exercise::{Key, Question, QuestionKind};

/// The writer's own loaded and dramatic words of a source, in text order.
fn own_marked(language: &SourceLanguage) -> Vec<&str> {
    language
        .markers
        .iter()
        .filter(|m| m.voice == Voice::Own)
        .filter(|m| {
            matches!(
                m.category,
                MarkerCategory::Loaded | MarkerCategory::Dramatic
            )
        })
        .map(|m| m.text.as_str())
        .filter(|t| !t.contains("[Source"))
        .collect()
}

/// The sources' languages, the one with the most own marked words first.
fn by_marked_words<'a>(f: &Facts<'a>) -> Vec<&'a SourceLanguage> {
    let mut languages: Vec<&SourceLanguage> = f.report.framing.language.iter().collect();
    languages.sort_by_key(|l| (std::cmp::Reverse(own_marked(l).len()), l.source));
    languages
}

/// "Which outlet do you think wrote Source X, and why?", for the sources with the most
/// telling wording first.
pub(super) fn blind_predict(f: &Facts) -> Vec<Question> {
    by_marked_words(f)
        .into_iter()
        .map(|language| {
            let label = f.label(language.source);
            let marked = own_marked(language);
            let wording = if marked.is_empty() {
                "its wording, which uses few judging words of its own".to_string()
            } else {
                let words: Vec<String> = marked.iter().take(4).map(|w| quoted(w, 4)).collect();
                format!("its own words {}", words.join(", "))
            };
            Question {
                kind: QuestionKind::BlindPredict,
                prompt: format!(
                    "Before the names are revealed: which outlet do you think wrote {label}, and \
                     why? Name two features of the text behind your guess. After the reveal: \
                     did knowing the outlet change how you read it?"
                ),
                key: Key::Open {
                    model: format!(
                        "Features of {label} to look at: {wording}; whom it quotes; what it \
                         leads with; what it leaves out. A guess is a hypothesis to test, not a \
                         verdict on the outlet."
                    ),
                    rubric: vec![
                        "Makes a guess and names two features of the text behind it.".to_string(),
                        "After the reveal, says whether the view changed, and why.".to_string(),
                    ],
                },
                evidence: Vec::new(),
            }
        })
        .collect()
}

/// "Is the difference between Source A and Source C bias or a different news judgement? Cite
/// two lines.", for the pair whose own wording differs most.
pub(super) fn synthesis(f: &Facts) -> Vec<Question> {
    let languages = by_marked_words(f);
    let (Some(most), Some(least)) = (languages.first(), languages.last()) else {
        return Vec::new();
    };
    if most.source == least.source {
        return Vec::new();
    }
    let (a, b) = (f.label(most.source), f.label(least.source));
    let judging = first_judging(most);
    // The other source's opening: what it chose to say first, in its own words.
    let plain = f
        .report
        .framing
        .ledes
        .iter()
        .find(|l| l.source == least.source)
        .and_then(|l| l.lede.first().or(l.headline.as_ref()));
    let mut evidence = Vec::new();
    evidence.extend(judging.and_then(|s| f.evidence(most.source, s.start, s.end)));
    evidence.extend(plain.and_then(|s| f.evidence(least.source, s.start, s.end)));
    let lines = match (judging, plain) {
        (Some(j), Some(p)) => format!(
            "{a} writes {}; {b} opens with {}. ",
            quoted(&j.text, 30),
            quoted(&p.text, 30)
        ),
        _ => String::new(),
    };
    vec![Question {
        kind: QuestionKind::Synthesis,
        prompt: format!(
            "Exit ticket: is the difference between {a} and {b} bias, or a different news \
             judgement? Cite two lines, one from each."
        ),
        key: Key::Open {
            model: format!(
                "{lines}Words that judge (loaded or dramatic words in the writer’s own voice) are \
                 framing; choosing which facts to report or to lead with is news judgement. A \
                 good answer says which of the two the cited lines show."
            ),
            rubric: vec![
                "Cites two lines, with the source of each.".to_string(),
                "Separates word choice (framing) from the choice of facts (news judgement)."
                    .to_string(),
                "Reaches a conclusion the cited lines support.".to_string(),
            ],
        },
        evidence,
    }]
}

/// The first sentence where a source's writer judges in their own words.
fn first_judging(language: &SourceLanguage) -> Option<&MarkedSentence> {
    language
        .sentences
        .iter()
        .find(|s| s.judgement && s.voice == Voice::Own)
        .or_else(|| language.sentences.iter().find(|s| s.judgement))
}

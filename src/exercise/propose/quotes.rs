//! The quote questions: which words of a shared statement every source keeps and which one
//! leaves out, whether a shorter quote changes the meaning, and what different attribution
//! verbs suggest. Each reads the report's quote groups: their coverage (which words of the
//! fullest version each source quotes) and their members' attribution verbs.

use parallax_engine::report::{OriginalReference, QuoteGroupRecord, VerbCategory};
use parallax_engine::{words, Span};

use super::{quoted, word_windows, Facts};
use crate::exercise::{Evidence, Expected, Key, Question, QuestionKind};

/// A source quoting at most this share of the fullest version counts as cutting it.
const CUT_FRACTION: f64 = 0.75;

/// "Which words appear in every article? Which did Source X leave out?", for each shared group
/// whose sources have words in common.
pub(super) fn locate(f: &Facts) -> Vec<Question> {
    f.shared_groups()
        .into_iter()
        .filter_map(|g| locate_one(f, g))
        .collect()
}

fn locate_one(f: &Facts, group: &QuoteGroupRecord) -> Option<Question> {
    let reference = basis(f, group)?;
    let text = f.texts.get(reference.source)?;
    let words = reference_words(text, reference.start, reference.end);
    let kept_by_all: Vec<bool> = words
        .iter()
        .map(|w| group.sources.iter().all(|&s| kept(group, s, *w)))
        .collect();
    let common = longest_run(&words, &kept_by_all, true)?;
    let cut = most_cut_source(group, reference.source)?;
    let kept_by_cut: Vec<bool> = words.iter().map(|w| kept(group, cut.0, *w)).collect();
    let left_out = longest_run(&words, &kept_by_cut, false)?;
    let common_text = &text[common.start..common.end];
    let left_out_text = &text[left_out.start..left_out.end];
    let label = f.label(cut.0);
    let mut evidence: Vec<Evidence> = f
        .evidence(reference.source, reference.start, reference.end)
        .into_iter()
        .collect();
    evidence.extend(member_evidence(f, group, cut.0));
    Some(Question {
        kind: QuestionKind::Locate,
        prompt: format!(
            "Which words of {} appear in every article that quotes it? Which words did {label} \
             leave out?",
            f.statement_of(group)
        ),
        key: Key::Factual {
            answer: format!(
                "In every article: {}. {label} leaves out {} (it quotes {} of the {} words).",
                quoted(common_text, 30),
                quoted(left_out_text, 30),
                cut.1,
                words.len()
            ),
            expect: vec![
                Expected {
                    label: quoted(common_text, 8),
                    accept: word_windows(common_text),
                },
                Expected {
                    label: quoted(left_out_text, 8),
                    accept: word_windows(left_out_text),
                },
            ],
        },
        evidence,
    })
}

/// "Does Source X's shorter quote change what was meant?", for each shared group one source
/// quotes only a part of.
pub(super) fn in_context(f: &Facts) -> Vec<Question> {
    f.shared_groups()
        .into_iter()
        .filter_map(|g| in_context_one(f, g))
        .collect()
}

fn in_context_one(f: &Facts, group: &QuoteGroupRecord) -> Option<Question> {
    let reference = basis(f, group)?;
    let text = f.texts.get(reference.source)?;
    let cut = group
        .coverage
        .iter()
        .filter(|c| c.source != reference.source && c.words_quoted > 0)
        .filter(|c| c.fraction <= CUT_FRACTION)
        .min_by(|a, b| a.fraction.total_cmp(&b.fraction))?;
    let words = reference_words(text, reference.start, reference.end);
    let kept_flags: Vec<bool> = words.iter().map(|w| kept(group, cut.source, *w)).collect();
    let left_out = longest_run(&words, &kept_flags, false)?;
    let kept_text: Vec<String> = cut.ranges.iter().map(|r| r.text.clone()).collect();
    let (full, short) = (f.label(reference.source), f.label(cut.source));
    let mut evidence: Vec<Evidence> = f
        .evidence(reference.source, reference.start, reference.end)
        .into_iter()
        .collect();
    evidence.extend(member_evidence(f, group, cut.source));
    Some(Question {
        kind: QuestionKind::QuoteInContext,
        prompt: format!(
            "Read {} in full in {full}. {short} quotes only part of it. Does {short}’s shorter \
             quote change what was meant? Point to the words it leaves out.",
            f.statement_of(group)
        ),
        key: Key::Open {
            model: format!(
                "{short} quotes {} of the {} words: {}. It leaves out {}. Whether that changes \
                 the meaning depends on what the missing words do: a condition, a reason, a \
                 target or a qualification changes it; repetition or detail only shortens it.",
                cut.words_quoted,
                cut.words_total,
                quoted(&kept_text.join(" … "), 30),
                quoted(&text[left_out.start..left_out.end], 30)
            ),
            rubric: vec![
                format!("Quotes the words {short} keeps."),
                "Names words it leaves out.".to_string(),
                "Says whether the cut changes the meaning, and why.".to_string(),
            ],
        },
        evidence,
    })
}

/// "Source A writes 'said', Source C writes 'bristled'. What does each suggest?", for each
/// shared group whose sources introduce it with verbs of different kinds.
pub(super) fn attribution_verbs(f: &Facts) -> Vec<Question> {
    let mut found: Vec<(u8, Question)> = f
        .shared_groups()
        .into_iter()
        .filter_map(|g| verbs_one(f, g))
        .collect();
    // The most colouring verb first; the sort is stable, so ties keep the groups' order.
    found.sort_by_key(|(weight, _)| std::cmp::Reverse(*weight));
    found.into_iter().map(|(_, q)| q).collect()
}

/// One source's attribution of a group's words: its verb as written, where, and its kind.
struct Attribution {
    source: usize,
    verb: String,
    lemma: String,
    span: (usize, usize),
    category: VerbCategory,
}

fn verbs_one(f: &Facts, group: &QuoteGroupRecord) -> Option<(u8, Question)> {
    let all = attributions(f, group);
    let marked = all
        .iter()
        .filter(|a| a.category != VerbCategory::Neutral)
        .max_by_key(|a| (category_weight(a.category), std::cmp::Reverse(a.span.0)))?;
    let other_source = all.iter().filter(|a| a.source != marked.source);
    let plain = other_source
        .clone()
        .filter(|a| a.category == VerbCategory::Neutral)
        .min_by_key(|a| (a.lemma != "say", a.source, a.span.0))
        .or_else(|| {
            other_source
                .filter(|a| category_weight(a.category) < category_weight(marked.category))
                .min_by_key(|a| (category_weight(a.category), a.source, a.span.0))
        })?;
    let (p, m) = (f.label(plain.source), f.label(marked.source));
    let mut evidence: Vec<Evidence> = Vec::new();
    evidence.extend(f.evidence(plain.source, plain.span.0, plain.span.1));
    evidence.extend(f.evidence(marked.source, marked.span.0, marked.span.1));
    let question = Question {
        kind: QuestionKind::AttributionVerb,
        prompt: format!(
            "{p} writes “{}” and {m} writes “{}” to introduce {}. What does each verb suggest? \
             Rewrite {m}’s sentence with a neutral verb.",
            plain.verb,
            marked.verb,
            f.statement_of(group)
        ),
        key: Key::Open {
            model: format!(
                "“{}” {} “{}” {} A neutral version keeps the facts and reports the words with \
                 a plain verb such as “said” or “stated”.",
                plain.verb,
                explain(plain.category),
                marked.verb,
                explain(marked.category)
            ),
            rubric: vec![
                "Says what each verb adds beyond reporting the words.".to_string(),
                "Rewrites the sentence with a neutral verb (said, told, stated).".to_string(),
            ],
        },
        evidence,
    };
    Some((category_weight(marked.category), question))
}

/// Every attribution verb the group's members use, outside boilerplate.
fn attributions(f: &Facts, group: &QuoteGroupRecord) -> Vec<Attribution> {
    group
        .members
        .iter()
        .filter_map(|id| f.quote(id))
        .filter(|q| !q.in_boilerplate)
        .filter_map(|q| {
            Some(Attribution {
                source: q.source,
                verb: q.verb.clone()?,
                lemma: q.verb_lemma.clone().unwrap_or_default(),
                span: (q.verb_start?, q.verb_end?),
                category: q.verb_category?,
            })
        })
        .collect()
}

/// Which marked verbs make the better question: those that colour the words most.
fn category_weight(category: VerbCategory) -> u8 {
    match category {
        VerbCategory::Emotive => 4,
        VerbCategory::DoubtCasting => 3,
        VerbCategory::Endorsing => 2,
        VerbCategory::Assertive => 1,
        VerbCategory::Neutral => 0,
    }
}

/// What a verb of `category` does, as the end of a sentence starting with the verb.
fn explain(category: VerbCategory) -> &'static str {
    match category {
        VerbCategory::Neutral => "only reports that the words were said.",
        VerbCategory::Assertive => "presents the words as firm or formal.",
        VerbCategory::DoubtCasting => "casts doubt on whether the words are true.",
        VerbCategory::Emotive => "tells the reader how the speaker felt or how to judge them.",
        VerbCategory::Endorsing => "presents the words as true or as an explanation.",
    }
}

/// Where a group's words are read from: the passage of the original the group was traced
/// to, when it was (the coverage ranges are then ranges of that passage), otherwise the
/// group's reference quotation.
struct Basis {
    source: usize,
    start: usize,
    end: usize,
}

fn basis(f: &Facts, group: &QuoteGroupRecord) -> Option<Basis> {
    if let Some(passage) = group.original.as_ref().and_then(OriginalReference::passage) {
        return Some(Basis {
            source: passage.source,
            start: passage.start,
            end: passage.end,
        });
    }
    let quote = f.quote(&group.reference)?;
    Some(Basis {
        source: quote.source,
        start: quote.start,
        end: quote.end,
    })
}

/// The word spans of the reference quote at `start..end` of `text`.
fn reference_words(text: &str, start: usize, end: usize) -> Vec<Span> {
    if text.get(start..end).is_none() {
        return Vec::new();
    }
    words(text, Span::new(start, end)).collect()
}

/// Whether `source` quotes the reference word at `word` (its coverage holds it).
fn kept(group: &QuoteGroupRecord, source: usize, word: Span) -> bool {
    group
        .coverage
        .iter()
        .filter(|c| c.source == source)
        .flat_map(|c| c.ranges.iter())
        .any(|r| r.start <= word.start && word.end <= r.end)
}

/// The source other than the reference's that quotes the fewest words, with that count.
fn most_cut_source(group: &QuoteGroupRecord, reference_source: usize) -> Option<(usize, usize)> {
    group
        .coverage
        .iter()
        .filter(|c| c.source != reference_source)
        .min_by(|a, b| a.fraction.total_cmp(&b.fraction))
        .filter(|c| c.words_quoted < c.words_total)
        .map(|c| (c.source, c.words_quoted))
}

/// The longest run of consecutive `words` whose flag is `wanted`, as one span.
fn longest_run(words: &[Span], flags: &[bool], wanted: bool) -> Option<Span> {
    let mut best: Option<(usize, usize)> = None;
    let mut start = None;
    for i in 0..=words.len() {
        let inside = flags.get(i).is_some_and(|&f| f == wanted);
        match (inside, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                if best.is_none_or(|(bs, be)| i - s > be - bs) {
                    best = Some((s, i));
                }
                start = None;
            }
            _ => {}
        }
    }
    best.map(|(s, e)| Span::new(words[s].start, words[e - 1].end))
}

/// Evidence for every quotation of `source` in the group.
fn member_evidence(f: &Facts, group: &QuoteGroupRecord, source: usize) -> Vec<Evidence> {
    group
        .members
        .iter()
        .filter_map(|id| f.quote(id))
        .filter(|q| q.source == source)
        .filter_map(|q| f.evidence(q.source, q.start, q.end))
        .collect()
}

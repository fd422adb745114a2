//! The framing questions: what each article says first, how each names an actor, a hedge or
//! distancing word and whether another source confirms its claim, what a reader of one source
//! would not learn, and who is quoted where. Each reads one framing table of the report.

use parallax_engine::report::{Claim, MarkerCategory, MentionForm, Voice};

use super::{clip_words, quoted, word_windows, Facts};
use crate::exercise::{Evidence, Expected, Key, Question, QuestionKind};

/// "What does each article say first? Write one lead all of them could share."
pub(super) fn lead(f: &Facts) -> Vec<Question> {
    let ledes = &f.report.framing.ledes;
    let firsts: Vec<(usize, &str, Evidence)> = ledes
        .iter()
        .filter_map(|l| {
            let first = l.lede.first().or(l.headline.as_ref())?;
            let evidence = f.evidence(l.source, first.start, first.end)?;
            Some((l.source, first.text.as_str(), evidence))
        })
        .collect();
    if firsts.len() < 2 {
        return Vec::new();
    }
    let listing: Vec<String> = firsts
        .iter()
        .map(|(s, text, _)| format!("{} leads with {}.", f.label(*s), quoted(text, 25)))
        .collect();
    let shared = most_shared_lede_claim(f).map_or_else(
        || {
            "No fact leads every article; a shared lead keeps to what all of them report."
                .to_string()
        },
        |(claim, n)| {
            let text = &claim.members[claim.representative.min(claim.members.len() - 1)].text;
            format!(
                "{n} of the {} leads report the same fact, so a shared lead could start from \
                 it: {}.",
                firsts.len(),
                quoted(text, 30)
            )
        },
    );
    vec![Question {
        kind: QuestionKind::Lead,
        prompt: "What does each article say first? Write one lead all of them could share."
            .to_string(),
        key: Key::Open {
            model: format!("{} {shared}", listing.join(" ")),
            rubric: vec![
                "Names what each article reports first.".to_string(),
                "The shared lead uses only facts every article gives.".to_string(),
                "The shared lead uses neutral words (said, not slammed).".to_string(),
            ],
        },
        evidence: firsts.into_iter().map(|(_, _, e)| e).collect(),
    }]
}

/// The claim most ledes share, with how many ledes carry it (two at least).
fn most_shared_lede_claim<'a>(f: &Facts<'a>) -> Option<(&'a Claim, usize)> {
    let claims = &f.report.framing.claims.claims;
    claims
        .iter()
        .filter(|c| !c.members.is_empty())
        .map(|c| {
            let n = f
                .report
                .framing
                .ledes
                .iter()
                .filter(|l| l.lede.iter().any(|s| s.shared_claims.contains(&c.id)))
                .count();
            (c, n)
        })
        .filter(|&(_, n)| n >= 2)
        .max_by_key(|&(c, n)| (n, std::cmp::Reverse(c.id.clone())))
}

/// "How does each source name this actor? Is it the writer's word or a quoted person's?", for
/// each actor the sources name differently.
pub(super) fn naming(f: &Facts) -> Vec<Question> {
    let mut scored: Vec<(usize, Question)> = f
        .report
        .framing
        .naming
        .iter()
        .filter_map(|actor| {
            let mentioning = actor.mentions_by_source.iter().filter(|&&n| n > 0).count();
            if mentioning < 2 || actor.label.contains("[Source") {
                return None;
            }
            // Variants some sources use and others, which also name the actor, do not.
            // Descriptions first ("this isolated nation"), then the forms fewest sources use.
            let users = |v: &parallax_engine::report::NameVariant| {
                v.counts.iter().filter(|&&n| n > 0).count()
            };
            let mut distinctive: Vec<_> = actor
                .variants
                .iter()
                .filter(|v| !v.text.contains("[Source"))
                .filter(|v| users(v) > 0 && users(v) < mentioning)
                .collect::<Vec<_>>();
            // A short form of a longer name ("Ortiz" of "Dana Ortiz") says nothing about
            // framing: only forms that are not part of another count.
            let all: Vec<String> = actor
                .variants
                .iter()
                .map(|v| v.text.to_lowercase())
                .collect();
            distinctive.retain(|v| {
                let me = v.text.to_lowercase();
                !all.iter().any(|other| {
                    *other != me && (other.contains(&me) || me.contains(other.as_str()))
                })
            });
            if distinctive.is_empty() {
                return None;
            }
            distinctive.sort_by_key(|v| (v.form != MentionForm::Description, users(v)));
            distinctive.truncate(3);
            if distinctive.is_empty() {
                return None;
            }
            let listing: Vec<String> = (0..actor.mentions_by_source.len())
                .filter(|&s| actor.mentions_by_source[s] > 0)
                .map(|s| {
                    let names: Vec<String> = actor
                        .variants
                        .iter()
                        .filter(|v| v.counts.get(s).is_some_and(|&n| n > 0))
                        .map(|v| format!("{} ({})", quoted(&v.text, 8), v.counts[s]))
                        .collect();
                    format!("{}: {}.", f.label(s), names.join(", "))
                })
                .collect();
            let voices: Vec<String> = distinctive
                .iter()
                .filter_map(|v| {
                    let o = v.occurrences.first()?;
                    let whose = if inside_quote(f, o.source, o.start, o.end) {
                        "inside a quotation"
                    } else {
                        "the writer’s own words"
                    };
                    Some(format!(
                        "{} in {} is {whose}.",
                        quoted(&v.text, 8),
                        f.label(o.source)
                    ))
                })
                .collect();
            let evidence = distinctive
                .iter()
                .filter_map(|v| v.occurrences.first())
                .filter_map(|o| f.evidence(o.source, o.start, o.end))
                .collect();
            let describes = distinctive
                .iter()
                .filter(|v| v.form == MentionForm::Description)
                .count();
            let score =
                distinctive.len() * 2 + describes * 3 + usize::from(actor.variants.len() > 3);
            Some((
                score,
                Question {
                    kind: QuestionKind::Naming,
                    prompt: format!(
                        "How does each source name {}? For each name, is it the writer’s word \
                         or a quoted person’s?",
                        actor.label
                    ),
                    key: Key::Factual {
                        answer: format!("{} {}", listing.join(" "), voices.join(" ")),
                        expect: distinctive
                            .iter()
                            .map(|v| Expected {
                                label: quoted(&v.text, 8),
                                accept: name_forms(&v.text),
                            })
                            .collect(),
                    },
                    evidence,
                },
            ))
        })
        .collect();
    scored.sort_by_key(|(score, _)| std::cmp::Reverse(*score));
    scored.into_iter().map(|(_, q)| q).collect()
}

/// "Find 'reportedly' in Source C. Does another source confirm the claim?", for the writer's
/// own distancing words and hedges, distancing first.
pub(super) fn hedges(f: &Facts) -> Vec<Question> {
    let mut found = Vec::new();
    for wanted in [MarkerCategory::Distancing, MarkerCategory::Hedge] {
        for language in &f.report.framing.language {
            for marker in &language.markers {
                if marker.category != wanted || marker.voice != Voice::Own {
                    continue;
                }
                let Some(sentence) = language
                    .sentences
                    .iter()
                    .find(|s| s.start <= marker.start && marker.end <= s.end)
                else {
                    continue;
                };
                if let Some(q) = hedge_question(f, language.source, marker, sentence) {
                    found.push(q);
                }
            }
        }
    }
    found
}

fn hedge_question(
    f: &Facts,
    source: usize,
    marker: &parallax_engine::report::Marker,
    sentence: &parallax_engine::report::MarkedSentence,
) -> Option<Question> {
    let label = f.label(source);
    let confirming: Vec<(usize, String)> = f
        .report
        .framing
        .claims
        .claims
        .iter()
        .filter(|c| {
            c.members
                .iter()
                .any(|m| m.source == source && m.start < sentence.end && sentence.start < m.end)
        })
        .flat_map(|c| c.members.iter())
        .filter(|m| m.source != source)
        .map(|m| (m.source, m.text.clone()))
        .collect();
    let mut evidence: Vec<Evidence> = f
        .evidence(source, sentence.start, sentence.end)
        .into_iter()
        .collect();
    let mut expect = vec![Expected {
        label: quoted(&marker.text, 6),
        accept: vec![marker.text.clone()],
    }];
    let answer = match confirming.first() {
        Some((other, text)) => {
            expect.push(Expected {
                label: f.label(*other),
                accept: vec![f.label(*other)],
            });
            evidence.extend(
                f.report
                    .framing
                    .claims
                    .claims
                    .iter()
                    .flat_map(|c| c.members.iter())
                    .filter(|m| m.source == *other && m.text == *text)
                    .take(1)
                    .filter_map(|m| f.evidence(m.source, m.start, m.end)),
            );
            format!(
                "{label}: {}. {} reports the same fact: {}.",
                quoted(&sentence.text, 40),
                f.label(*other),
                quoted(text, 40)
            )
        }
        None => {
            expect.push(Expected {
                label: "the claim it qualifies".to_string(),
                accept: word_windows(&sentence.text.replace(marker.text.as_str(), " ")),
            });
            format!(
                "{label}: {}. No other source states this fact in words Parallax could match; \
                 check by reading.",
                quoted(&sentence.text, 40)
            )
        }
    };
    Some(Question {
        kind: QuestionKind::Hedges,
        prompt: format!(
            "Find “{}” in {label}. Which claim does it soften or keep at a distance? Does another \
             source report the same claim, and how?",
            clip_words(&marker.text, 6)
        ),
        key: Key::Factual { answer, expect },
        evidence,
    })
}

/// "What would a reader of Source X not learn?", for each source, the one that misses most
/// first.
pub(super) fn only_one_source(f: &Facts) -> Vec<Question> {
    let claims = &f.report.framing.claims.claims;
    let singles: Vec<&Claim> = claims
        .iter()
        .filter(|c| c.sources.len() == 1 && !c.members.is_empty())
        .filter(|c| !c.members[0].text.contains("[Source"))
        .collect();
    let sources = f.texts.len();
    let mut questions: Vec<(usize, Question)> = (0..sources)
        .filter_map(|reader| {
            let mut others: Vec<&Claim> = singles
                .iter()
                .copied()
                .filter(|c| c.sources[0] != reader)
                .collect();
            // Facts with names and numbers first: they are the ones a reader can check.
            others.sort_by_key(|c| {
                let m = &c.members[0];
                let specific = m
                    .details
                    .iter()
                    .filter(|d| !matches!(d.kind, parallax_engine::report::DetailKind::Word))
                    .count();
                (std::cmp::Reverse(specific), c.sources[0], m.start)
            });
            let picked = pick_from_different_sources(&others, 2);
            if picked.is_empty() {
                return None;
            }
            let missed = others.len();
            Some((missed, missed_question(f, reader, &picked)))
        })
        .collect();
    questions.sort_by_key(|(missed, _)| std::cmp::Reverse(*missed));
    questions.into_iter().map(|(_, q)| q).collect()
}

/// Up to `n` claims, from different sources when there are.
fn pick_from_different_sources<'a>(claims: &[&'a Claim], n: usize) -> Vec<&'a Claim> {
    let mut picked: Vec<&Claim> = Vec::new();
    for c in claims {
        if picked.len() < n && picked.iter().all(|p| p.sources[0] != c.sources[0]) {
            picked.push(c);
        }
    }
    for c in claims {
        if picked.len() < n && !picked.iter().any(|p| p.id == c.id) {
            picked.push(c);
        }
    }
    picked
}

fn missed_question(f: &Facts, reader: usize, picked: &[&Claim]) -> Question {
    let label = f.label(reader);
    let lines: Vec<String> = picked
        .iter()
        .map(|c| {
            format!(
                "{}: {}",
                f.label(c.sources[0]),
                quoted(&c.members[0].text, 30)
            )
        })
        .collect();
    Question {
        kind: QuestionKind::OnlyOneSource,
        prompt: format!(
            "What would a reader of {label} not learn? Name two facts that another source \
             reports and {label} does not, and say which source reports each."
        ),
        key: Key::Factual {
            answer: format!("For example — {}.", lines.join("; ")),
            expect: picked
                .iter()
                .map(|c| {
                    let m = &c.members[0];
                    let mut accept: Vec<String> =
                        m.details.iter().map(|d| d.text.clone()).collect();
                    accept.extend(word_windows(&m.text));
                    Expected {
                        label: format!("{} ({})", quoted(&m.text, 8), f.label(c.sources[0])),
                        accept,
                    }
                })
                .collect(),
        },
        evidence: picked
            .iter()
            .filter_map(|c| {
                let m = &c.members[0];
                f.evidence(m.source, m.start, m.end)
            })
            .collect(),
    }
}

/// "Who is quoted in each article? Whose view is missing?"
pub(super) fn voices(f: &Facts) -> Vec<Question> {
    let voices = &f.report.framing.voices;
    let named = |s: &parallax_engine::report::SpeakerShare| {
        s.speaker
            .as_deref()
            .filter(|name| !name.contains("[Source") && name.chars().any(char::is_uppercase))
            .map(str::to_string)
    };
    let listing: Vec<String> = voices
        .iter()
        .map(|v| {
            let names: Vec<String> = v.speakers.iter().filter_map(named).take(6).collect();
            match names.is_empty() {
                true => format!("{}: no one by name.", f.label(v.source)),
                false => format!("{}: {}.", f.label(v.source), names.join(", ")),
            }
        })
        .collect();
    if listing.len() < 2 {
        return Vec::new();
    }
    // Speakers only one source quotes: a view the others leave out. A speaker is known across
    // sources by the report's speaker id, then by the actor, then by name.
    let key_of = |source: usize, share: &parallax_engine::report::SpeakerShare| {
        let id = share.spans.iter().find_map(|sp| {
            f.report
                .quotes
                .iter()
                .find(|q| q.source == source && q.start <= sp.start && sp.end <= q.end)
                .and_then(|q| q.speaker_id.clone())
        });
        id.or_else(|| share.actor.clone())
            .unwrap_or_else(|| without_article(share.speaker.as_deref().unwrap_or_default()))
            .to_lowercase()
    };
    let mut only: Vec<(String, usize, Evidence)> = Vec::new();
    for v in voices {
        for s in &v.speakers {
            let Some(name) = named(s) else { continue };
            let key = key_of(v.source, s);
            let elsewhere = voices.iter().any(|o| {
                o.source != v.source && o.speakers.iter().any(|x| key_of(o.source, x) == key)
            });
            let first = s.spans.first();
            let evidence = first.and_then(|sp| f.evidence(v.source, sp.start, sp.end));
            if let (false, Some(evidence)) = (elsewhere, evidence) {
                only.push((name, v.source, evidence));
            }
        }
    }
    only.truncate(3);
    let key = if only.is_empty() {
        Key::Open {
            model: listing.join(" "),
            rubric: vec![
                "Lists who each article quotes.".to_string(),
                "Names a view none of them gives, and says why it matters.".to_string(),
            ],
        }
    } else {
        Key::Factual {
            answer: format!(
                "{} Quoted by one source only: {}.",
                listing.join(" "),
                only.iter()
                    .map(|(n, s, _)| format!("{n} ({})", f.label(*s)))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            expect: only
                .iter()
                .map(|(name, s, _)| Expected {
                    label: format!("{name} ({})", f.label(*s)),
                    accept: name_forms(name),
                })
                .collect(),
        }
    };
    vec![Question {
        kind: QuestionKind::Voices,
        prompt: "Who is quoted in each article? Whose view does each article leave out?"
            .to_string(),
        key,
        evidence: only.into_iter().map(|(_, _, e)| e).collect(),
    }]
}

/// A name as written and, when that leaves two words or more, without its article; for a
/// person's name of several capitalised words, also the last (a surname).
fn name_forms(name: &str) -> Vec<String> {
    let mut forms = vec![name.to_string()];
    let bare = without_article(name);
    if bare != name && bare.split_whitespace().count() >= 2 {
        forms.push(bare.clone());
    }
    let words: Vec<&str> = bare.split_whitespace().collect();
    let capitalised = words
        .iter()
        .all(|w| w.chars().next().is_some_and(char::is_uppercase));
    if let (true, Some(last)) = (words.len() >= 2 && capitalised, words.last()) {
        let last = last.trim_matches(|c: char| !c.is_alphanumeric());
        if last.chars().count() >= 4 {
            forms.push(last.to_string());
        }
    }
    forms
}

/// A name without a leading "the", "this", "a" or "an".
fn without_article(text: &str) -> String {
    let lower = text.to_lowercase();
    for article in ["the ", "this ", "that ", "a ", "an "] {
        if lower.starts_with(article) {
            return text[article.len()..].to_string();
        }
    }
    text.to_string()
}

/// Whether `source`'s bytes `start..end` lie inside one of its quotations.
fn inside_quote(f: &Facts, source: usize, start: usize, end: usize) -> bool {
    f.report
        .quotes
        .iter()
        .any(|q| q.source == source && q.start <= start && end <= q.end)
}

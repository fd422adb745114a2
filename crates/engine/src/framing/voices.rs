//! Voices: whose words each source quotes and how much — the share of quoted words by
//! speaker, and quoted words against the writer's own.
//!
//! A quotation's speaker is the one the reading stage attributed, else the speaker of the
//! attribution verb in the same sentence that reports it (see `verbs`), else none
//! ("unattributed"). Words are counted in the body only (boilerplate excluded); a quotation
//! inside another counts once.

use std::collections::BTreeMap;

use super::body::Body;
use super::naming::SourceMentions;
use super::verbs::{attribution_key, VerbUse};
use crate::read::article::Article;
use crate::report::{QuotedSpan, SourceVoices, SpeakerShare};
use crate::span::Span;

/// Counts the voices of one source. `label` turns a speaker key into what the table shows.
pub fn analyse(
    source: usize,
    body: &Body,
    article: &Article,
    mentions: &SourceMentions,
    verbs: &[VerbUse],
    label: &dyn Fn(&str) -> Option<String>,
) -> SourceVoices {
    let mut rows: BTreeMap<Option<String>, SpeakerShare> = BTreeMap::new();
    let mut quoted_words = 0;
    for (k, q) in article.quotes.iter().enumerate() {
        if q.in_boilerplate || q.parent.is_some_and(|p| p != k) {
            continue;
        }
        let tokens = tokens_in(body, q.span);
        if tokens.is_empty() {
            continue;
        }
        let words = tokens.len();
        quoted_words += words;
        let (key, shown) = speaker_of(body, mentions, verbs, q, &tokens);
        let actor = key.as_deref().and_then(label);
        let row = rows.entry(key).or_insert_with(|| SpeakerShare {
            speaker: shown,
            actor,
            words: 0,
            quotes: 0,
            share: 0.0,
            spans: Vec::new(),
        });
        row.words += words;
        row.quotes += 1;
        row.spans.push(QuotedSpan {
            start: q.span.start,
            end: q.span.end,
        });
    }
    let words = body.word_count();
    let mut speakers: Vec<SpeakerShare> = rows
        .into_values()
        .map(|mut r| {
            r.share = ratio(r.words, quoted_words);
            r
        })
        .collect();
    speakers.sort_by(|a, b| {
        b.words
            .cmp(&a.words)
            .then_with(|| a.spans[0].start.cmp(&b.spans[0].start))
    });
    SourceVoices {
        source,
        words,
        quoted_words,
        own_words: words.saturating_sub(quoted_words),
        quoted_share: ratio(quoted_words, words),
        speakers,
    }
}

fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        (part as f64 / whole as f64 * 1000.0).round() / 1000.0
    }
}

/// Indices of the body tokens inside `span`.
fn tokens_in(body: &Body, span: Span) -> Vec<usize> {
    let start = body.tokens.partition_point(|t| t.span.start < span.start);
    (start..body.tokens.len())
        .take_while(|&k| body.tokens[k].span.end <= span.end)
        .collect()
}

/// The grouping key and shown name of a quotation's speaker.
fn speaker_of(
    body: &Body,
    mentions: &SourceMentions,
    verbs: &[VerbUse],
    q: &crate::read::quotes::Quotation,
    tokens: &[usize],
) -> (Option<String>, Option<String>) {
    if let Some(a) = &q.attribution {
        let key = attribution_key(body, mentions, a);
        return (Some(key), Some(a.best_speaker().to_string()));
    }
    let sentence = body.tokens[tokens[0]].sentence;
    let paragraph = body.sentences[sentence].paragraph;
    let with_speaker = |v: &&VerbUse| v.speaker.is_some();
    let reporting = verbs
        .iter()
        .filter(with_speaker)
        .filter(|v| v.sentence == sentence);
    let covering = reporting.clone().find(|v| {
        v.reports
            .as_ref()
            .is_some_and(|r| tokens.iter().any(|t| r.contains(t)))
    });
    // Else the closest attribution in the same paragraph ("“…,” Jo said. “…”"), else, for a
    // paragraph that is all quotation, the last speaker of the paragraph before.
    let in_paragraph = || {
        verbs
            .iter()
            .filter(with_speaker)
            .filter(|v| body.sentences[v.sentence].paragraph == paragraph)
            .min_by_key(|v| v.tokens.start.abs_diff(tokens[0]))
    };
    let before = || {
        let opens = body.sentences[..sentence]
            .iter()
            .rev()
            .take_while(|s| s.paragraph == paragraph)
            .count()
            == 0;
        opens
            .then(|| {
                verbs
                    .iter()
                    .filter(with_speaker)
                    .filter(|v| body.sentences[v.sentence].paragraph + 1 == paragraph)
                    .max_by_key(|v| (v.lemma != "according to", v.tokens.start))
            })
            .flatten()
    };
    let in_sentence = || reporting.min_by_key(|v| v.tokens.start.abs_diff(tokens[0]));
    let chosen = covering
        .or_else(in_sentence)
        .or_else(in_paragraph)
        .or_else(before);
    match chosen.and_then(|v| v.speaker.as_ref()) {
        Some(s) => (Some(s.key.clone()), Some(body.slice(s.span).to_string())),
        None => (None, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::framing::naming::find_mentions;
    use crate::framing::verbs::find_verbs;

    #[test]
    fn quoted_words_are_shared_out_by_speaker() {
        // Yonhap, November 2023, and a reply in the words of Japan's foreign ministry.
        let text = "\"The G7, the remnant of the Cold War, should be dismantled immediately,\" Jo said. Foreign Minister Yoko Kamikawa called the remark \"regrettable.\" Japan said nothing more.";
        let article = Article::read(text, &[]);
        let body = Body::new(text, &article);
        let mentions = find_mentions(std::slice::from_ref(&body));
        let verbs = find_verbs(&body, &article, &mentions[0]);
        let v = analyse(0, &body, &article, &mentions[0], &verbs, &|_| None);
        assert_eq!(v.quoted_words, 13);
        assert_eq!(v.own_words, v.words - 13);
        let rows: Vec<(&str, usize)> = v
            .speakers
            .iter()
            .map(|s| (s.speaker.as_deref().unwrap_or(""), s.words))
            .collect();
        assert_eq!(rows.len(), 2, "{rows:?}");
        assert_eq!(rows[0], ("Jo", 12));
        assert!(
            rows[1].0.ends_with("Yoko Kamikawa") && rows[1].1 == 1,
            "{rows:?}"
        );
        assert!((v.speakers[0].share - 12.0 / 13.0).abs() < 0.001);
    }

    #[test]
    fn a_speaker_with_a_title_is_one_voice() {
        // The New York Times, July 14, 2024: "President Biden", "he" and "Mr. Biden".
        let text = "President Biden said the nation needed to “lower the temperature in our politics.” “We cannot, we must not, go down this road in America,” he said. “We debate and disagree,” Mr. Biden said.";
        let article = Article::read(text, &[]);
        let body = Body::new(text, &article);
        let mentions = find_mentions(std::slice::from_ref(&body));
        let verbs = find_verbs(&body, &article, &mentions[0]);
        let v = analyse(0, &body, &article, &mentions[0], &verbs, &|_| None);
        let rows: Vec<(&str, usize)> = v
            .speakers
            .iter()
            .map(|s| (s.speaker.as_deref().unwrap_or(""), s.quotes))
            .collect();
        assert_eq!(rows, [("President Biden", 3)]);
    }
}

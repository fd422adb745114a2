//! "Quoted here, paraphrased there": words outside quote marks in one source that follow a
//! quotation of another source closely.
//!
//! Each quotation with at least four distinct content words is looked up, through an index of
//! word stems, in the body sentences of every source that does not quote the same utterance;
//! only words outside quote marks count. A sentence is a paraphrase when it holds at least
//! three of the quotation's content words and at least 60 % of them. This is word overlap
//! with light stemming: a paraphrase in other words ("backing Moscow's invasion") is missed.

use std::collections::{BTreeMap, HashMap};

use super::words::{fold, Word};
use crate::engine::article::Article;
use crate::engine::span::Span;
use crate::engine::text;

/// Share of the quotation's content words a paraphrase must hold.
const MIN_SHARE: f64 = 0.6;
const MIN_SHARED: usize = 3;
const MIN_QUOTE_WORDS: usize = 4;

/// A quotation to look for, with its group and the sources that quote that group.
pub struct Wanted<'a> {
    pub quote: usize,
    pub source: usize,
    pub words: &'a [Word],
    pub group: usize,
    pub quoted_in: &'a [usize],
}

/// One paraphrase found.
#[derive(Clone, Debug, PartialEq)]
pub struct Found {
    pub quote: usize,
    pub group: usize,
    pub source: usize,
    pub span: Span,
    pub similarity: f64,
    /// Index of the sentence in the paraphrasing source.
    pub sentence: usize,
}

/// A body word outside quotations.
struct OwnWord {
    span: Span,
    sentence: usize,
    stem: String,
}

/// The writer's own words of one source, indexed by stem.
struct SourceWords {
    words: Vec<OwnWord>,
    by_stem: HashMap<String, Vec<usize>>,
}

impl SourceWords {
    fn new(text: &str, article: &Article) -> Self {
        let quoted: Vec<Span> = article.quotes.iter().map(|q| q.outer()).collect();
        let boiler: Vec<Span> = article.boilerplate.iter().map(|b| b.span).collect();
        let mut words = Vec::new();
        for (n, sentence) in article.model.sentences.iter().enumerate() {
            if boiler.iter().any(|b| b.contains(sentence.span)) {
                continue;
            }
            for span in text::words(text, sentence.span) {
                if quoted.iter().any(|q| q.overlaps(span)) {
                    continue;
                }
                let key = fold(span.slice(text));
                if !is_content(&key) {
                    continue;
                }
                words.push(OwnWord {
                    span,
                    sentence: n,
                    stem: stem(&key).to_string(),
                });
            }
        }
        let mut by_stem: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, w) in words.iter().enumerate() {
            by_stem.entry(w.stem.clone()).or_default().push(i);
        }
        SourceWords { words, by_stem }
    }
}

fn is_content(key: &str) -> bool {
    key.chars().count() > 2 && !crate::engine::lexicon::function_words::is_function_word(key)
}

/// A light stem: common English inflections off, possessives off.
fn stem(key: &str) -> &str {
    let key = key.strip_suffix("'s").unwrap_or(key);
    for suffix in ["ing", "ed", "es", "s"] {
        if let Some(s) = key.strip_suffix(suffix) {
            if s.chars().count() >= 4 {
                return s;
            }
        }
    }
    key
}

/// Every paraphrase of the `wanted` quotations in the sources.
pub fn find(texts: &[&str], articles: &[Article], wanted: &[Wanted]) -> Vec<Found> {
    let sources: Vec<SourceWords> = texts
        .iter()
        .zip(articles)
        .map(|(t, a)| SourceWords::new(t, a))
        .collect();
    // One index over all sources: stem → (source, word index).
    let mut index: HashMap<&str, Vec<(usize, usize)>> = HashMap::new();
    for (s, own) in sources.iter().enumerate() {
        for (stem, list) in &own.by_stem {
            index
                .entry(stem.as_str())
                .or_default()
                .extend(list.iter().map(|&i| (s, i)));
        }
    }
    // Best per (group, source, sentence), so one sentence is not reported once per member.
    let mut best: BTreeMap<(usize, usize, usize), Found> = BTreeMap::new();
    for w in wanted {
        if w.quoted_in.len() >= sources.len() {
            continue;
        }
        let mut stems: Vec<&str> = w
            .words
            .iter()
            .filter(|x| is_content(&x.key))
            .map(|x| stem(&x.key))
            .collect();
        stems.sort_unstable();
        stems.dedup();
        if stems.len() < MIN_QUOTE_WORDS {
            continue;
        }
        for found in matches(&sources, &index, &stems, w) {
            let key = (w.group, found.source, found.sentence);
            match best.get(&key) {
                Some(b) if b.similarity >= found.similarity => {}
                _ => {
                    best.insert(key, found);
                }
            }
        }
    }
    best.into_values().collect()
}

/// The sentences, in sources that do not quote `w`'s group, that hold enough of `stems`.
fn matches(
    sources: &[SourceWords],
    index: &HashMap<&str, Vec<(usize, usize)>>,
    stems: &[&str],
    w: &Wanted,
) -> Vec<Found> {
    // Per (source, sentence): which of the quote's stems it holds, and where.
    let mut hits: BTreeMap<(usize, usize), Vec<(usize, usize)>> = BTreeMap::new();
    for (k, stem) in stems.iter().enumerate() {
        for &(s, i) in index.get(*stem).map_or(&[][..], Vec::as_slice) {
            if s == w.source || w.quoted_in.contains(&s) {
                continue;
            }
            hits.entry((s, sources[s].words[i].sentence))
                .or_default()
                .push((k, i));
        }
    }
    hits.into_iter()
        .filter_map(|((source, sentence), mut list)| {
            let own = &sources[source];
            list.sort_unstable_by_key(|&(_, i)| i);
            let mut distinct: Vec<usize> = list.iter().map(|&(k, _)| k).collect();
            distinct.sort_unstable();
            distinct.dedup();
            let share = distinct.len() as f64 / stems.len() as f64;
            if distinct.len() < MIN_SHARED || share < MIN_SHARE {
                return None;
            }
            let first = own.words[list.first()?.1].span.start;
            let last = own.words[list.last()?.1].span.end;
            Some(Found {
                quote: w.quote,
                group: w.group,
                source,
                span: Span::new(first, last),
                similarity: share,
                sentence,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::align::words::words_of;

    #[test]
    fn a_quotation_paraphrased_in_another_source() {
        // Whatfinger News quotes the NATO declaration; the Kyiv Independent says it in its
        // own voice (July 2024).
        let quoting = "The declaration slammed North Korea for “fuelling Russia’s war of aggression against Ukraine” last week.";
        let own = "NATO condemned North Korea for fueling Russia's full-scale war against Ukraine by providing Moscow with military aid.";
        let texts = [quoting, own];
        let articles: Vec<Article> = texts.iter().map(|t| Article::read(t, &[])).collect();
        let q = &articles[0].quotes[0];
        let words = words_of(quoting, q.span);
        let wanted = [Wanted {
            quote: 0,
            source: 0,
            words: &words,
            group: 0,
            quoted_in: &[0],
        }];
        let found = find(&texts, &articles, &wanted);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].source, 1);
        assert_eq!(
            found[0].span.slice(own),
            "fueling Russia's full-scale war against Ukraine"
        );
    }

    #[test]
    fn a_sentence_sharing_two_words_is_not_a_paraphrase() {
        let quoting = "He called it “a confrontational program that incites a new Cold War”.";
        let other = "Analysts said the program marks a new phase.";
        let texts = [quoting, other];
        let articles: Vec<Article> = texts.iter().map(|t| Article::read(t, &[])).collect();
        let words = words_of(quoting, articles[0].quotes[0].span);
        let wanted = [Wanted {
            quote: 0,
            source: 0,
            words: &words,
            group: 0,
            quoted_in: &[0],
        }];
        assert!(find(&texts, &articles, &wanted).is_empty());
    }
}

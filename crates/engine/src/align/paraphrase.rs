//! "Quoted here, paraphrased there": words outside quote marks in one source that follow a
//! quotation of another source closely.
//!
//! Each quotation with at least four distinct content words is looked up, through an index of
//! word stems, in the body sentences of every source that does not quote the same utterance;
//! only words outside quote marks count. A sentence is a paraphrase when it holds at least
//! three of the quotation's content words and at least 60 % of them. This is word overlap
//! with light stemming: a paraphrase in other words ("backing Moscow's invasion") is missed.
//!
//! Cost: each source's own words are read once (quote spans looked up by binary search). A
//! sentence holding at least `m` of a quotation's `k` stems holds at least one of any `k - m + 1`
//! of them, so candidate sentences come only from the postings of the quotation's `k - m + 1`
//! rarest stems, and each candidate is then checked against its own words.

use std::collections::BTreeMap;
use std::ops::Range;

use super::neighbours;
use super::words::{comparison_key_into, Word};
use crate::hash::FastMap;
use crate::read::article::Article;
use crate::span::Span;
use crate::text;
use crate::word_forms;

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
    /// Id of the word's stem in the [`Stems`] of all sources.
    stem: u32,
}

/// Stems of every source's own words, numbered in order of first use.
#[derive(Default)]
struct Stems {
    ids: FastMap<String, u32>,
    /// Each id's [`neighbours::word_hash`].
    hashes: Vec<u64>,
}

impl Stems {
    fn intern(&mut self, stem: &str) -> u32 {
        if let Some(&id) = self.ids.get(stem) {
            return id;
        }
        let id = self.ids.len() as u32;
        self.ids.insert(stem.to_string(), id);
        self.hashes.push(neighbours::word_hash(stem));
        id
    }

    fn get(&self, stem: &str) -> Option<u32> {
        self.ids.get(stem).copied()
    }
}

/// The writer's own words of one source, in text order.
struct SourceWords {
    words: Vec<OwnWord>,
    /// For each sentence of the text model, the range of `words` inside it.
    by_sentence: Vec<Range<usize>>,
}

impl SourceWords {
    fn new(text: &str, article: &Article, stems: &mut Stems) -> Self {
        let quoted = merged(article.quotes.iter().map(|q| q.outer()).collect());
        let boiler: Vec<Span> = article.boilerplate.iter().map(|b| b.span).collect();
        let mut words = Vec::new();
        let mut by_sentence = Vec::with_capacity(article.model.sentences.len());
        let mut key = String::new();
        for (n, sentence) in article.model.sentences.iter().enumerate() {
            let first = words.len();
            if !boiler.iter().any(|b| b.contains(sentence.span)) {
                for span in text::words(text, sentence.span) {
                    if overlaps_any(&quoted, span) {
                        continue;
                    }
                    comparison_key_into(span.slice(text), &mut key);
                    if !is_content(span.slice(text), &key) {
                        continue;
                    }
                    words.push(OwnWord {
                        span,
                        sentence: n,
                        stem: stems.intern(&stem(&key)),
                    });
                }
            }
            by_sentence.push(first..words.len());
        }
        SourceWords { words, by_sentence }
    }
}

/// Non-empty spans sorted and merged where they overlap or touch.
fn merged(mut spans: Vec<Span>) -> Vec<Span> {
    spans.retain(|s| !s.is_empty());
    spans.sort();
    let mut out: Vec<Span> = Vec::with_capacity(spans.len());
    for s in spans {
        match out.last_mut() {
            Some(last) if s.start <= last.end => last.end = last.end.max(s.end),
            _ => out.push(s),
        }
    }
    out
}

/// Whether `span` shares a byte with one of the sorted, disjoint, non-empty `spans`.
fn overlaps_any(spans: &[Span], span: Span) -> bool {
    let i = spans.partition_point(|s| s.end <= span.start);
    spans.get(i).is_some_and(|s| s.overlaps(span))
}

/// Whether the word `raw` (comparison key `key`) carries content: three letters or more, not a
/// function word (doubled letters included: "will", "well", "all").
fn is_content(raw: &str, key: &str) -> bool {
    key.chars().count() > 2 && !super::words::is_function(raw, key)
}

/// The stem of a comparison key: a possessive off, then the engine's one stemmer
/// ([`word_forms::stem`]), as a body word's stem is taken from its base.
fn stem(key: &str) -> String {
    word_forms::stem(key.strip_suffix("'s").unwrap_or(key))
}

/// Every paraphrase of the `wanted` quotations in the sources.
pub fn find(texts: &[&str], articles: &[Article], wanted: &[Wanted]) -> Vec<Found> {
    let mut ids = Stems::default();
    let sources: Vec<SourceWords> = texts
        .iter()
        .zip(articles)
        .map(|(t, a)| SourceWords::new(t, a, &mut ids))
        .collect();
    // One index over all sources: stem id → the (source, sentence) pairs that use it, once each.
    let mut index: Vec<Vec<(usize, usize)>> = vec![Vec::new(); ids.ids.len()];
    for (s, own) in sources.iter().enumerate() {
        for w in &own.words {
            let list = &mut index[w.stem as usize];
            if list.last() != Some(&(s, w.sentence)) {
                list.push((s, w.sentence));
            }
        }
    }
    let near = Neighbourhood::new(&sources, &ids, &mut index);
    // Best per (group, source, sentence), so one sentence is not reported once per member.
    let mut best: BTreeMap<(usize, usize, usize), Found> = BTreeMap::new();
    for w in wanted {
        if w.quoted_in.len() >= sources.len() {
            continue;
        }
        let mut stems: Vec<String> = w
            .words
            .iter()
            .filter(|x| x.content && x.key.chars().count() > 2)
            .map(|x| stem(&x.key))
            .collect();
        stems.sort_unstable();
        stems.dedup();
        if stems.len() < MIN_QUOTE_WORDS {
            continue;
        }
        let stems: Vec<&str> = stems.iter().map(String::as_str).collect();
        let wanted_stems = WantedStems::new(&stems, &ids, &index);
        for found in matches(&sources, &index, &near, &wanted_stems, w) {
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

/// The bound on the search ([`neighbours`]): a stem's postings of up to
/// [`neighbours::WALKED_WHOLE`] sentences are all candidates; a longer list (a stem most
/// sentences of a low-vocabulary text use) is sorted by the sentences' rarest stems, and a
/// quotation meets only the [`neighbours::NEIGHBOURS`] sentences nearest its own rarest stems.
struct Neighbourhood {
    /// Each source's sentences' keys.
    keys: Vec<Vec<neighbours::Key>>,
    /// Each stem's (posting count, hash).
    rarity: Vec<(u32, u64)>,
}

impl Neighbourhood {
    /// The keys, with every long list of `index` sorted by them.
    fn new(sources: &[SourceWords], stems: &Stems, index: &mut [Vec<(usize, usize)>]) -> Self {
        let rarity: Vec<(u32, u64)> = index
            .iter()
            .zip(&stems.hashes)
            .map(|(list, &h)| (list.len() as u32, h))
            .collect();
        let keys: Vec<Vec<neighbours::Key>> = sources
            .iter()
            .map(|own| {
                own.by_sentence
                    .iter()
                    .map(|r| {
                        neighbours::key_of(
                            own.words[r.clone()].iter().map(|w| rarity[w.stem as usize]),
                        )
                    })
                    .collect()
            })
            .collect();
        for list in index.iter_mut() {
            if list.len() > neighbours::WALKED_WHOLE {
                list.sort_unstable_by_key(|&(s, n)| (keys[s][n], s, n));
            }
        }
        Neighbourhood { keys, rarity }
    }

    /// The candidates `list` gives a quotation whose key is `key`.
    fn candidates<'l>(
        &self,
        list: &'l [(usize, usize)],
        key: neighbours::Key,
    ) -> &'l [(usize, usize)] {
        let at = if list.len() > neighbours::WALKED_WHOLE {
            list.partition_point(|&(s, n)| self.keys[s][n] < key)
        } else {
            0
        };
        &list[neighbours::window(list.len(), at)]
    }
}

/// A quotation's distinct stems as the search needs them.
struct WantedStems {
    /// How many distinct stems the quotation has.
    count: usize,
    /// Ids of those stems that some source uses, sorted.
    ids: Vec<u32>,
    /// Fewest distinct stems a paraphrase must hold.
    needed: usize,
    /// The rarest `count - needed + 1` stems: every paraphrase holds one of them.
    probe: Vec<u32>,
}

impl WantedStems {
    fn new(stems: &[&str], known: &Stems, index: &[Vec<(usize, usize)>]) -> Self {
        let count = stems.len();
        let needed = (MIN_SHARED..=count)
            .find(|&d| d as f64 / count as f64 >= MIN_SHARE)
            .unwrap_or(count + 1);
        let mut ids: Vec<u32> = stems.iter().filter_map(|s| known.get(s)).collect();
        ids.sort_unstable();
        // Stems no source uses have empty postings: they are the rarest of all.
        let unused = count - ids.len();
        let mut by_rarity = ids.clone();
        by_rarity.sort_by_key(|&id| (index[id as usize].len(), id));
        let probe_len = (count + 1).saturating_sub(needed).saturating_sub(unused);
        by_rarity.truncate(probe_len);
        WantedStems {
            count,
            ids,
            needed,
            probe: by_rarity,
        }
    }
}

/// The sentences, in sources that do not quote `w`'s group, that hold enough of its stems.
fn matches(
    sources: &[SourceWords],
    index: &[Vec<(usize, usize)>],
    near: &Neighbourhood,
    stems: &WantedStems,
    w: &Wanted,
) -> Vec<Found> {
    if stems.needed > stems.ids.len() {
        return Vec::new();
    }
    let key = neighbours::key_of(stems.ids.iter().map(|&id| near.rarity[id as usize]));
    let mut candidates: Vec<(usize, usize)> = stems
        .probe
        .iter()
        .flat_map(|&id| near.candidates(&index[id as usize], key).iter().copied())
        .filter(|&(s, _)| s != w.source && !w.quoted_in.contains(&s))
        .collect();
    candidates.sort_unstable();
    candidates.dedup();
    candidates
        .into_iter()
        .filter_map(|(source, sentence)| {
            let own = &sources[source];
            let range = own.by_sentence.get(sentence)?.clone();
            // The sentence's words that carry one of the stems, in text order.
            let hits: Vec<&OwnWord> = own.words[range]
                .iter()
                .filter(|x| stems.ids.binary_search(&x.stem).is_ok())
                .collect();
            let mut distinct: Vec<u32> = hits.iter().map(|x| x.stem).collect();
            distinct.sort_unstable();
            distinct.dedup();
            let share = distinct.len() as f64 / stems.count as f64;
            if distinct.len() < MIN_SHARED || share < MIN_SHARE {
                return None;
            }
            let first = hits.first()?.span.start;
            let last = hits.last()?.span.end;
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
    use crate::align::words::words_of;

    #[test]
    fn function_words_with_doubled_letters_carry_no_content() {
        // Their comparison keys fold the doubled letter ("wil", "wel", "al").
        for raw in ["will", "well", "all", "Will"] {
            let key = crate::align::words::comparison_key(raw);
            assert!(!is_content(raw, &key), "{raw} ({key})");
        }
        for raw in ["wall", "spread", "harbour"] {
            let key = crate::align::words::comparison_key(raw);
            assert!(is_content(raw, &key), "{raw} ({key})");
        }
    }

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

//! Article sets for benchmarks: the bundled example set, and generated sets of many long
//! articles that share quotations (cut, edited and attributed differently), for measuring how
//! the engine scales. Deterministic: the same parameters always give the same texts.
//!
//! Shared by the CLI's `parallax bench` and the browser's benchmark, so both measure the same
//! input. Generated text is word salad with real structure (paragraphs, sentences, quote marks,
//! attributions); it is for timing only, never shown as analysis.

use parallax_engine::Source;

/// The three example articles of `examples/nato-dprk-2024`, bundled.
pub fn example() -> Vec<Source> {
    vec![
        Source::new(
            "01_dailynoah-whatfinger.txt",
            include_str!("../examples/nato-dprk-2024/01_dailynoah-whatfinger.txt"),
        ),
        Source::new(
            "02_yonhap-reprint.txt",
            include_str!("../examples/nato-dprk-2024/02_yonhap-reprint.txt"),
        ),
        Source::new(
            "03_kyiv-independent.txt",
            include_str!("../examples/nato-dprk-2024/03_kyiv-independent.txt"),
        ),
    ]
}

/// What to generate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shape {
    pub articles: usize,
    pub words_per_article: usize,
    pub shared_quotes: usize,
}

impl Shape {
    /// The scale target: 50 articles × 1,500 words sharing 20 quotes.
    pub const TARGET: Shape = Shape {
        articles: 50,
        words_per_article: 1_500,
        shared_quotes: 20,
    };
}

/// A small deterministic generator (64-bit linear congruential, top bits).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const SYLLABLES: [&str; 16] = [
    "ka", "lo", "mi", "ren", "tas", "vo", "pel", "dri", "sun", "mar", "ti", "gos", "ne", "bal",
    "cor", "fi",
];
const FUNCTION: [&str; 10] = [
    "the", "of", "and", "to", "in", "a", "that", "for", "on", "with",
];
const VERBS: [&str; 6] = [
    "said",
    "claimed",
    "warned",
    "told reporters",
    "insisted",
    "noted",
];

/// A vocabulary of `n` made-up content words.
fn vocabulary(n: usize, rng: &mut Rng) -> Vec<String> {
    (0..n)
        .map(|_| {
            (0..2 + rng.below(2))
                .map(|_| SYLLABLES[rng.below(SYLLABLES.len())])
                .collect()
        })
        .collect()
}

fn phrase(words: usize, vocab: &[String], rng: &mut Rng) -> Vec<String> {
    (0..words)
        .map(|_| {
            if rng.below(3) == 0 {
                FUNCTION[rng.below(FUNCTION.len())].to_string()
            } else {
                vocab[rng.below(vocab.len())].clone()
            }
        })
        .collect()
}

/// Generates a set of articles of the given shape.
pub fn generate(shape: Shape) -> Vec<Source> {
    let mut rng = Rng(0x0005_eed0_f9a7_a11a);
    let vocab = vocabulary(3_000, &mut rng);
    let speakers: Vec<String> = (0..shape.shared_quotes.max(1))
        .map(|_| {
            let mut name = vocab[rng.below(vocab.len())].clone();
            if let Some(first) = name.get_mut(0..1) {
                first.make_ascii_uppercase();
            }
            format!("Minister {name}")
        })
        .collect();
    let quotes: Vec<Vec<String>> = (0..shape.shared_quotes)
        .map(|_| phrase(18 + rng.below(20), &vocab, &mut rng))
        .collect();
    (0..shape.articles)
        .map(|a| {
            let text = article(
                shape.words_per_article,
                &quotes,
                &speakers,
                &vocab,
                &mut rng,
            );
            Source::new(format!("generated-{:03}.txt", a + 1), text)
        })
        .collect()
}

/// One article: paragraphs of sentences, with about half the shared quotes, each cut or
/// edited, in full quotes and fragments.
fn article(
    words: usize,
    quotes: &[Vec<String>],
    speakers: &[String],
    vocab: &[String],
    rng: &mut Rng,
) -> String {
    let mut out = String::new();
    let mut written = 0;
    let mut paragraph = 0;
    while written < words {
        let sentence_words = 8 + rng.below(18);
        let mut sentence = phrase(sentence_words, vocab, rng).join(" ");
        if let Some(first) = sentence.get_mut(0..1) {
            first.make_ascii_uppercase();
        }
        if !quotes.is_empty() && rng.below(4) == 0 {
            let q = rng.below(quotes.len());
            let (text, n) = quoted(&quotes[q], rng);
            let verb = VERBS[rng.below(VERBS.len())];
            sentence = format!("“{text},” {} {verb}. {sentence}", speakers[q]);
            written += n;
        }
        out.push_str(&sentence);
        out.push('.');
        written += sentence_words;
        paragraph += 1;
        out.push_str(if paragraph % 4 == 0 { "\n\n" } else { " " });
    }
    out
}

/// A version of a shared quote: cut at either end, sometimes with a word dropped or added.
fn quoted(words: &[String], rng: &mut Rng) -> (String, usize) {
    let start = rng.below(words.len() / 3 + 1);
    let end = words.len() - rng.below(words.len() / 3 + 1);
    let mut version: Vec<&str> = words[start..end.max(start + 1)]
        .iter()
        .map(String::as_str)
        .collect();
    match rng.below(4) {
        0 if version.len() > 4 => {
            let at = rng.below(version.len());
            version.remove(at);
        }
        1 => {
            let at = rng.below(version.len());
            version.insert(at, "(sic)");
        }
        _ => {}
    }
    let n = version.len();
    (version.join(" "), n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generation_is_deterministic_and_the_right_size() {
        let shape = Shape {
            articles: 3,
            words_per_article: 400,
            shared_quotes: 5,
        };
        let a = generate(shape);
        assert_eq!(a, generate(shape));
        assert_eq!(a.len(), 3);
        for s in &a {
            let words = s.text.split_whitespace().count();
            assert!((400..700).contains(&words), "{words}");
        }
    }

    #[test]
    fn generated_articles_share_quotes() {
        let report = parallax_engine::compare(&generate(Shape {
            articles: 4,
            words_per_article: 600,
            shared_quotes: 4,
        }));
        assert!(report.quote_groups.iter().any(|g| g.sources.len() > 1));
    }
}

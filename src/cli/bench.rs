//! `parallax bench`: how long the engine takes on the example set, on the generated set of
//! 50 articles × 1,500 words sharing 20 quotes, on growing sets (to show the growth rate), on
//! a 5 MB article and on 100,000 unmatched quote marks. Timings are wall-clock, single thread,
//! in a release build; the browser's figures come from the app's own benchmark.

use std::fmt::Write;
use std::time::{Duration, Instant};

use crate::corpus::{self, Shape};
use crate::engine::article::Article;
use crate::engine::{compare, Source};

/// Times `f` over `runs` runs (at least one) and returns the fastest and the mean.
fn time(runs: usize, mut f: impl FnMut()) -> (Duration, Duration) {
    let runs = runs.max(1);
    let mut best = Duration::MAX;
    let mut total = Duration::ZERO;
    for _ in 0..runs {
        let start = Instant::now();
        f();
        let took = start.elapsed();
        best = best.min(took);
        total += took;
    }
    (best, total / runs as u32)
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn words(sources: &[Source]) -> usize {
    sources
        .iter()
        .map(|s| s.text.split_whitespace().count())
        .sum()
}

/// Runs every benchmark and returns the table to print. `runs` scales the repetitions.
pub fn run(runs: usize) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "| case | words | fastest ms | mean ms |");
    let _ = writeln!(out, "|---|---|---|---|");
    let mut row = |name: &str, words: usize, (best, mean): (Duration, Duration)| {
        let _ = writeln!(
            out,
            "| {name} | {words} | {:.2} | {:.2} |",
            ms(best),
            ms(mean)
        );
    };
    let example = corpus::example();
    row(
        "example set (3 articles), compare",
        words(&example),
        time(runs * 20, || {
            compare(&example);
        }),
    );
    let target = corpus::generate(Shape::TARGET);
    row(
        "50 articles × 1,500 words, 20 shared quotes",
        words(&target),
        time(runs, || {
            compare(&target);
        }),
    );
    row(
        "50 articles × 1,500 words, reading only",
        words(&target),
        time(runs, || {
            for s in &target {
                Article::read(&s.text, &s.overrides);
            }
        }),
    );
    let read: Vec<Article> = target
        .iter()
        .map(|s| Article::read(&s.text, &s.overrides))
        .collect();
    let texts: Vec<&str> = target.iter().map(|s| s.text.as_str()).collect();
    row(
        "50 articles × 1,500 words, framing only",
        words(&target),
        time(runs, || {
            crate::engine::framing::analyse(&texts, &read);
        }),
    );
    let report = compare(&target);
    let names: Vec<&str> = target.iter().map(|s| s.name.as_str()).collect();
    let inputs = crate::engine::align::Inputs {
        texts: &texts,
        names: &names,
        articles: &read,
    };
    row(
        "50 articles × 1,500 words, alignment only",
        words(&target),
        time(runs, || {
            crate::engine::align::align(&inputs, &report.quotes, &report.framing.naming);
        }),
    );
    for articles in [10, 20, 40, 80] {
        let set = corpus::generate(Shape {
            articles,
            ..Shape::TARGET
        });
        row(
            &format!("growth: {articles} articles × 1,500 words"),
            words(&set),
            time(runs, || {
                compare(&set);
            }),
        );
    }
    let long = long_article(5 * 1024 * 1024);
    row(
        "one 5 MB article, read",
        long.split_whitespace().count(),
        time(1, || {
            Article::read(&long, &[]);
        }),
    );
    let marks = unmatched_marks(100_000);
    row(
        "100,000 unmatched quote marks, read",
        marks.split_whitespace().count(),
        time(1, || {
            Article::read(&marks, &[]);
        }),
    );
    out
}

/// Generated paragraphs with quotations, repeated to `bytes`.
fn long_article(bytes: usize) -> String {
    let set = corpus::generate(Shape {
        articles: 4,
        ..Shape::TARGET
    });
    let mut text = String::with_capacity(bytes + 20_000);
    'fill: loop {
        for s in &set {
            text.push_str(&s.text);
            text.push_str("\n\n");
            if text.len() >= bytes {
                break 'fill;
            }
        }
    }
    text
}

/// Words and opening quote marks that never close, in paragraphs.
fn unmatched_marks(n: usize) -> String {
    let mut text = String::with_capacity(n * 12);
    for i in 0..n {
        text.push_str(["“word ", "\"word ", "‘word ", "«word "][i % 4]);
        if i % 50 == 49 {
            text.push_str("\n\n");
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inputs_have_the_size_they_claim() {
        assert!(long_article(100_000).len() >= 100_000);
        let marks = unmatched_marks(1_000);
        assert_eq!(marks.matches("word").count(), 1_000);
    }
}

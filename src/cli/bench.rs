//! `parallax bench`: how long the engine takes on the example set, on the generated set of
//! 50 articles × 1,500 words sharing 20 quotes, on growing sets (to show the growth rate), on
//! a 5 MB article, on 100,000 unmatched quote marks, and on articles of many similar
//! quotations of a small vocabulary (the worst case for grouping: every quotation shares
//! words and shingles with every other), a quotation every 1,000 bytes at growing sizes and
//! one every 110 bytes at 3.5 MB. Timings are wall-clock, single thread,
//! in a release build; the browser's figures come from the app's own benchmark.

use std::fmt::Write;
use std::time::{Duration, Instant};

use crate::corpus::{self, Shape};
use parallax_engine::{compare, AlignStep, Comparing, Progress, Source, Stage};

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

/// Reads the first of `sources`: the first step of a comparison.
fn read_first(sources: &[Source]) {
    let _ = Comparing::new(sources).step();
}

/// The best and mean time of each phase of a comparison of `sources` (reading, framing,
/// alignment), from its steps timed one by one over `runs` comparisons.
fn phase_times(runs: usize, sources: &[Source]) -> [(Duration, Duration); 3] {
    let runs = runs.max(1);
    let mut best = [Duration::MAX; 3];
    let mut total = [Duration::ZERO; 3];
    for _ in 0..runs {
        let mut took = [Duration::ZERO; 3];
        let mut comparing = Comparing::new(sources);
        loop {
            let phase = match comparing.stage() {
                Stage::Reading { .. } => 0,
                Stage::Framing(_) => 1,
                Stage::Aligning(_) => 2,
            };
            let start = Instant::now();
            let next = comparing.step();
            took[phase] += start.elapsed();
            match next {
                Progress::Working(more) => comparing = more,
                Progress::Done(_) => break,
            }
        }
        for p in 0..3 {
            best[p] = best[p].min(took[p]);
            total[p] += took[p];
        }
    }
    std::array::from_fn(|p| (best[p], total[p] / runs as u32))
}

/// The time of the grouping step alone (words, speaker signatures and utterance groups) in a
/// comparison of `sources`, and of the whole comparison.
fn grouping_time(sources: &[Source]) -> (Duration, Duration) {
    let mut grouping = Duration::ZERO;
    let start = Instant::now();
    let mut comparing = Comparing::new(sources);
    loop {
        let grouping_step = matches!(comparing.stage(), Stage::Aligning(AlignStep::Grouping));
        let step_start = Instant::now();
        let next = comparing.step();
        if grouping_step {
            grouping += step_start.elapsed();
        }
        match next {
            Progress::Working(more) => comparing = more,
            Progress::Done(_) => break,
        }
    }
    (grouping, start.elapsed())
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

/// Two copies of a 3.5 MB article of similar quotations must compare within this (issue 15).
const LARGE_QUOTED_TARGET_MS: f64 = 5_000.0;
/// The example set must compare within this (issue 5).
const EXAMPLE_TARGET_MS: f64 = 5.0;
/// The 50-article set must compare within 300 ms in WebAssembly. In Chromium it runs about 1.5
/// times slower than this native build (measured with the app's `#bench` page), so natively
/// it should take at most this; the browser's own figure is the one that counts.
const TARGET_SET_NATIVE_MS: f64 = 200.0;
/// Largest growth exponent accepted as "near-linear" for one long input read at two sizes.
const NEAR_LINEAR_EXPONENT: f64 = 1.15;

/// One row of the table: what was timed, its size, its times and the target, if it has one.
struct Row {
    case: String,
    words: usize,
    best: Duration,
    mean: Duration,
    target: Target,
}

enum Target {
    None,
    /// The fastest run must take less than this many milliseconds.
    Below(f64, &'static str),
    /// Reading the input at half and full size must grow by at most this exponent.
    NearLinear {
        exponent: f64,
    },
}

impl Row {
    fn line(&self) -> String {
        let (target, status) = match &self.target {
            Target::None => (String::new(), ""),
            Target::Below(limit, note) => (
                format!("< {limit:.0}{note}"),
                verdict(ms(self.best) < *limit),
            ),
            Target::NearLinear { exponent } => (
                format!("near-linear (exponent {exponent:.2} ≤ {NEAR_LINEAR_EXPONENT})"),
                verdict(*exponent <= NEAR_LINEAR_EXPONENT),
            ),
        };
        format!(
            "| {} | {} | {:.2} | {:.2} | {target} | {status} |",
            self.case,
            self.words,
            ms(self.best),
            ms(self.mean)
        )
    }
}

fn verdict(met: bool) -> &'static str {
    if met {
        "met"
    } else {
        "**MISSED**"
    }
}

/// The exponent `k` in `time ∝ size^k` between two measurements.
fn exponent((size_a, time_a): (f64, f64), (size_b, time_b): (f64, f64)) -> f64 {
    (time_b / time_a).ln() / (size_b / size_a).ln()
}

/// The least-squares slope of log time against log size: the growth exponent.
fn fitted_exponent(points: &[(f64, f64)]) -> f64 {
    let logs: Vec<(f64, f64)> = points.iter().map(|&(s, t)| (s.ln(), t.ln())).collect();
    let n = logs.len() as f64;
    let (mx, my) = logs
        .iter()
        .fold((0.0, 0.0), |(x, y), &(a, b)| (x + a / n, y + b / n));
    let (sxy, sxx) = logs.iter().fold((0.0, 0.0), |(sxy, sxx), &(a, b)| {
        (sxy + (a - mx) * (b - my), sxx + (a - mx) * (a - mx))
    });
    sxy / sxx
}

/// Runs every benchmark and returns the table to print, with the targets of issues 4 and 5
/// and a line for each growth measurement. `runs` scales the repetitions. A target is judged
/// on the fastest run (the least disturbed by other work on the machine).
pub fn run(runs: usize) -> String {
    let mut rows: Vec<Row> = Vec::new();
    let mut row = |case: String, words: usize, (best, mean): (Duration, Duration), target| {
        rows.push(Row {
            case,
            words,
            best,
            mean,
            target,
        });
    };
    let example = corpus::example();
    row(
        "example set (3 articles), compare".into(),
        words(&example),
        time(runs * 20, || {
            compare(&example);
        }),
        Target::Below(EXAMPLE_TARGET_MS, ""),
    );
    let target = corpus::generate(Shape::TARGET);
    row(
        "50 articles × 1,500 words, 20 shared quotes".into(),
        words(&target),
        time(runs, || {
            compare(&target);
        }),
        Target::Below(TARGET_SET_NATIVE_MS, " (300 in wasm)"),
    );
    let phases = phase_times(runs, &target);
    for (name, timed) in ["reading", "framing", "alignment"].into_iter().zip(phases) {
        row(
            format!("50 articles × 1,500 words, {name} only"),
            words(&target),
            timed,
            Target::None,
        );
    }
    let mut growth: Vec<(f64, f64)> = Vec::new();
    for articles in [10, 20, 40, 80] {
        let set = corpus::generate(Shape {
            articles,
            ..Shape::TARGET
        });
        let timed = time(runs, || {
            compare(&set);
        });
        growth.push((words(&set) as f64, ms(timed.0)));
        row(
            format!("growth: {articles} articles × 1,500 words"),
            words(&set),
            timed,
            Target::None,
        );
    }
    // The near-linear rows compare two single timings, so each is the fastest of `runs`: one
    // run each read a noisy machine's pauses as growth.
    let long = [Source::new("long", long_article(5 * 1024 * 1024))];
    let half = [Source::new("half", long_article(5 * 1024 * 1024 / 2))];
    let (long_time, half_time) = (
        time(runs, || {
            read_first(&long);
        }),
        time(runs, || {
            read_first(&half);
        }),
    );
    row(
        "one 5 MB article, read".into(),
        long[0].text.split_whitespace().count(),
        long_time,
        Target::NearLinear {
            exponent: exponent(
                (half[0].text.len() as f64, ms(half_time.0)),
                (long[0].text.len() as f64, ms(long_time.0)),
            ),
        },
    );
    let marks = [Source::new("marks", unmatched_marks(100_000))];
    let half_marks = [Source::new("half", unmatched_marks(50_000))];
    let (marks_time, half_marks_time) = (
        time(runs, || {
            read_first(&marks);
        }),
        time(runs, || {
            read_first(&half_marks);
        }),
    );
    row(
        "100,000 unmatched quote marks, read".into(),
        marks[0].text.split_whitespace().count(),
        marks_time,
        Target::NearLinear {
            exponent: exponent(
                (half_marks[0].text.len() as f64, ms(half_marks_time.0)),
                (marks[0].text.len() as f64, ms(marks_time.0)),
            ),
        },
    );
    // Many similar quotations: one article, two different ones, two copies of one (a
    // quotation every 1,000 bytes, the sizes the growth of grouping is fitted over), and two
    // copies of one that is nothing but short paragraphs of quotations (one every 110 bytes).
    let quoted = |bytes: usize, seed: u64| quoted_article(bytes, bytes / 1000, seed);
    let dense = quoted_article(3_500_000, 3_500_000 / 110, 6);
    let cases = [
        (
            "one 250 KB article, 250 similar quotations",
            vec![quoted(250_000, 1)],
            Target::None,
            true,
        ),
        (
            "two different 500 KB articles, 500 similar quotations each",
            vec![quoted(500_000, 2), quoted(500_000, 3)],
            Target::None,
            true,
        ),
        (
            "two copies of a 1 MB article, 1,000 similar quotations",
            vec![quoted(1_000_000, 4), quoted(1_000_000, 4)],
            Target::None,
            true,
        ),
        (
            "two copies of a 3.5 MB article, 3,500 similar quotations",
            vec![quoted(3_500_000, 5), quoted(3_500_000, 5)],
            Target::Below(LARGE_QUOTED_TARGET_MS, ""),
            true,
        ),
        (
            "two copies of a 3.5 MB article, 31,818 similar quotations",
            vec![dense.clone(), dense],
            Target::Below(LARGE_QUOTED_TARGET_MS, ""),
            false,
        ),
    ];
    let mut grouping_growth: Vec<(f64, f64)> = Vec::new();
    // The growth of grouping is fitted over the cases of one density (the last field).
    for (case, texts, target, in_growth) in cases {
        let sources: Vec<Source> = texts
            .into_iter()
            .enumerate()
            .map(|(i, t)| Source::new(format!("quoted-{i}"), t))
            .collect();
        let quotations = sources
            .iter()
            .map(|s| s.text.matches('“').count())
            .sum::<usize>();
        let (mut grouping, mut whole) = (Duration::MAX, Duration::MAX);
        let (mut grouping_total, mut whole_total) = (Duration::ZERO, Duration::ZERO);
        for _ in 0..runs.max(1) {
            let (g, w) = grouping_time(&sources);
            (grouping, whole) = (grouping.min(g), whole.min(w));
            grouping_total += g;
            whole_total += w;
        }
        let n = runs.max(1) as u32;
        if in_growth {
            grouping_growth.push((quotations as f64, ms(grouping).max(1e-3)));
        }
        row(
            format!("{case}, compare"),
            words(&sources),
            (whole, whole_total / n),
            target,
        );
        row(
            format!("{case}, grouping only"),
            words(&sources),
            (grouping, grouping_total / n),
            Target::None,
        );
    }
    row(
        "similar quotations: growth of grouping with the quotations".into(),
        0,
        (Duration::ZERO, Duration::ZERO),
        Target::NearLinear {
            exponent: fitted_exponent(&grouping_growth),
        },
    );
    render(&rows, &growth)
}

/// An article of `bytes` bytes holding `quotations` paragraphs, each a quotation of 2 to 40
/// words drawn from a vocabulary of twenty, with a short attribution and a sentence of the
/// writer's own in words as few: the worst case for grouping and the paraphrase search, as
/// every quotation shares words and runs of words with most others. `seed` makes articles
/// differ.
pub fn quoted_article(bytes: usize, quotations: usize, seed: u64) -> String {
    const VOCABULARY: [&str; 20] = [
        "we", "will", "never", "give", "up", "the", "fight", "for", "our", "people", "and",
        "future", "of", "this", "country", "is", "safe", "now", "change", "time",
    ];
    const SPEAKERS: [&str; 4] = [
        "the minister said",
        "Smith said",
        "a spokesman said",
        "he added",
    ];
    const OWN: [&str; 4] = [
        "The people of the country met in the town hall.",
        "The future of the town was the question of the day.",
        "Then the minister left the hall for the night.",
        "Smith spoke of the fight for the country again.",
    ];
    const LENGTHS: [usize; 8] = [2, 3, 4, 5, 8, 12, 20, 40];
    let mut state = seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1;
    let mut next = |below: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % below as u64) as usize
    };
    let per_paragraph = bytes / quotations.max(1);
    let mut text = String::with_capacity(bytes + 1_000);
    for _ in 0..quotations.max(1) {
        let start = text.len();
        let length = LENGTHS[next(LENGTHS.len())];
        let words: Vec<&str> = (0..length)
            .map(|_| VOCABULARY[next(VOCABULARY.len())])
            .collect();
        let quote = words.join(" ");
        let mut first = quote.chars();
        let capital: String = first
            .next()
            .map(|c| c.to_ascii_uppercase())
            .into_iter()
            .chain(first)
            .collect();
        let _ = write!(text, "“{capital},” {}. ", SPEAKERS[next(SPEAKERS.len())]);
        while text.len() - start + 60 < per_paragraph {
            text.push_str(OWN[next(OWN.len())]);
            text.push(' ');
        }
        text.push_str("\n\n");
    }
    text
}

/// The table, then the growth exponent of the growing sets against n·log n over the same sizes.
fn render(rows: &[Row], growth: &[(f64, f64)]) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "| case | words | fastest ms | mean ms | target ms | |");
    let _ = writeln!(out, "|---|---|---|---|---|---|");
    for r in rows {
        let _ = writeln!(out, "{}", r.line());
    }
    if let (Some(&first), Some(&last)) = (growth.first(), growth.last()) {
        let measured = fitted_exponent(growth);
        // The exponent n·log n itself shows between the smallest and the largest size.
        let n_log_n = exponent(
            (first.0, first.0 * first.0.ln()),
            (last.0, last.0 * last.0.ln()),
        );
        let _ = writeln!(
            out,
            "\nGrowth exponent of compare over the growing sets (least squares of log time on log \
             words): {measured:.2}; n·log n over these sizes is {n_log_n:.2}; target: no faster \
             than n·log n — {}.",
            verdict(measured <= n_log_n)
        );
    }
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
    fn exponents_of_known_growth() {
        assert!((exponent((10.0, 3.0), (20.0, 6.0)) - 1.0).abs() < 1e-9);
        assert!((exponent((10.0, 3.0), (20.0, 12.0)) - 2.0).abs() < 1e-9);
        let quadratic: Vec<(f64, f64)> = [1.0, 2.0, 4.0, 8.0].iter().map(|&n| (n, n * n)).collect();
        assert!((fitted_exponent(&quadratic) - 2.0).abs() < 1e-9);
    }

    #[test]
    fn rows_flag_missed_targets() {
        let row = |best_ms: u64, target| Row {
            case: "case".into(),
            words: 1,
            best: Duration::from_millis(best_ms),
            mean: Duration::from_millis(best_ms),
            target,
        };
        assert!(row(4, Target::Below(5.0, ""))
            .line()
            .ends_with("| < 5 | met |"));
        assert!(row(6, Target::Below(5.0, "")).line().contains("MISSED"));
        assert!(row(1, Target::NearLinear { exponent: 1.6 })
            .line()
            .contains("MISSED"));
        assert!(row(1, Target::None).line().ends_with("|  |  |"));
    }

    #[test]
    fn inputs_have_the_size_they_claim() {
        assert!(long_article(100_000).len() >= 100_000);
        let quoted = quoted_article(100_000, 100, 1);
        assert_eq!(quoted.matches('“').count(), 100);
        assert!(
            (90_000..110_000).contains(&quoted.len()),
            "{}",
            quoted.len()
        );
        assert_ne!(quoted, quoted_article(100_000, 100, 2));
        let marks = unmatched_marks(1_000);
        assert_eq!(marks.matches("word").count(), 1_000);
    }
}

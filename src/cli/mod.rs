//! The `parallax` command-line tool: a thin shell over the engine.
//!
//! Reads files (or stdin), runs [`parallax_engine::compare`], prints the report (JSON,
//! Markdown, or its quote groups as CSV); `parallax bench` times the engine. Input problems
//! are reported as one line naming the file, with a non-zero exit status.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

mod bench;
mod json;

use clap::{Parser, Subcommand, ValueEnum};

use crate::corpus::{self, Shape};
use crate::exercise::{self, worksheet, Length};
use crate::share_link::SharedArticle;
use parallax_engine::input::{self, Fidelity};
use parallax_engine::render::{csv, markdown};
use parallax_engine::{compare, compare_with_original, Source};

#[derive(Parser, Debug)]
#[command(
    name = "parallax",
    version,
    about = "Compare how news articles quote and frame the same event"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Compare articles and print the report on stdout.
    Compare {
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Json)]
        format: Format,
        /// The original statement the articles quote (a transcript, a press release): each
        /// quote is then compared with the original's words. Compared as one of the sources;
        /// it may also be listed among the files.
        #[arg(long, value_name = "FILE")]
        original: Option<PathBuf>,
        /// Article files (.txt, .md, .html); `-` reads one article from stdin.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Time the engine on the example set, on 50 generated articles sharing 20 quotes, on
    /// growing sets, on a 5 MB article and on 100,000 unmatched quote marks (build with
    /// `--release`).
    Bench {
        /// Repetitions of each timed case (the example set runs twenty times as often).
        #[arg(long, default_value_t = 5)]
        runs: usize,
    },
    /// Propose a classroom exercise from articles: the worksheet and the answer key as
    /// Markdown (or the exercise as JSON). Blind by default: sources are "Source A", "Source B"…
    /// and the outlets' names (taken from the file names) are masked in the texts.
    Exercise {
        /// About how long the lesson is.
        #[arg(long, value_enum, default_value_t = LessonLength::Lesson)]
        length: LessonLength,
        /// Show the outlets' names instead of masking them.
        #[arg(long)]
        named: bool,
        /// Print the exercise as JSON instead of the worksheet and key.
        #[arg(long)]
        json: bool,
        /// The original statement the articles quote (a transcript, a press release): the
        /// quote questions then read each outlet's version against the original's words.
        /// Part of the exercise as one of the sources; it may also be listed among the files.
        #[arg(long, value_name = "FILE")]
        original: Option<PathBuf>,
        /// Article files (.txt, .md, .html); `-` reads one article from stdin.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Print the article text Parallax reads from a file (HTML reduced to its text), as the
    /// report's offsets see it.
    Text {
        /// An article file (.txt, .md, .html); `-` reads stdin.
        file: PathBuf,
    },
    /// Write a generated benchmark set as text files into a directory (to compare them with
    /// `compare`, for instance to check that a speed-up keeps every report byte for byte).
    #[command(hide = true)]
    Corpus {
        /// Directory to write `generated-NNN.txt` into (created if missing).
        dir: PathBuf,
        #[arg(long, default_value_t = Shape::TARGET.articles)]
        articles: usize,
        #[arg(long, default_value_t = Shape::TARGET.words_per_article)]
        words: usize,
        #[arg(long, default_value_t = Shape::TARGET.shared_quotes)]
        quotes: usize,
        /// Instead of the generated set, write two copies of the bench's article of similar
        /// quotations of this many bytes (`quoted-0.txt`, `quoted-1.txt`).
        #[arg(long, value_name = "BYTES")]
        quoted: Option<usize>,
        /// With `--quoted`: one quotation every this many bytes (the bench's dense case: 110).
        #[arg(long, default_value_t = 1000)]
        quote_every: usize,
        /// With `--quoted`: the seed that makes articles differ (the bench's dense case: 6).
        #[arg(long, default_value_t = 6)]
        seed: u64,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Format {
    /// The report as JSON (see docs/report.md).
    Json,
    /// A readable comparison for a handout.
    Markdown,
    /// The quote groups, one row per quotation, for a spreadsheet.
    Csv,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum LessonLength {
    /// About 20 minutes.
    Short,
    /// About 45 minutes.
    Lesson,
    /// About 90 minutes.
    Long,
}

impl From<LessonLength> for Length {
    fn from(length: LessonLength) -> Length {
        match length {
            LessonLength::Short => Length::Short,
            LessonLength::Lesson => Length::Lesson,
            LessonLength::Long => Length::Long,
        }
    }
}

/// Runs the tool; returns the process exit status.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("parallax: {message}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> Result<(), String> {
    match cli.command {
        Command::Compare {
            format,
            original,
            files,
        } => {
            let (files, original) = with_original(files, original.as_ref())?;
            let mut sources = files
                .iter()
                .map(read_source)
                .collect::<Result<Vec<_>, _>>()?;
            // The JSON report names each source by the path given, for tools to match files;
            // the handout and the spreadsheet name them as the page does ("Kyiv Independent").
            if format != Format::Json {
                for source in &mut sources {
                    source.name = input::name_from_file(&source.name);
                }
            }
            let report = match original {
                Some(index) => compare_with_original(&sources, index).map_err(|e| e.to_string())?,
                None => compare(&sources),
            };
            let mut stdout = std::io::BufWriter::new(std::io::stdout().lock());
            let written = match format {
                // Streamed, so a large report is never held twice (as records and as text).
                Format::Json => json::write_pretty(&mut stdout, &report),
                Format::Markdown => writeln!(stdout, "{}", markdown::render(&report)),
                Format::Csv => write!(stdout, "{}", csv::quote_groups(&report)),
            };
            written
                .and_then(|()| stdout.flush())
                .map_err(|e| format!("cannot write the report: {e}"))
        }
        Command::Exercise {
            length,
            named,
            json,
            original,
            files,
        } => {
            let (files, original) = with_original(files, original.as_ref())?;
            let sources = files
                .iter()
                .map(read_source)
                .collect::<Result<Vec<_>, _>>()?;
            print_exercise(&sources, original, length.into(), !named, json)
        }
        Command::Text { file } => {
            let source = read_source(&file)?;
            let mut stdout = std::io::stdout().lock();
            writeln!(stdout, "{}", source.text).map_err(|e| format!("cannot write the text: {e}"))
        }
        Command::Bench { runs } => {
            if cfg!(debug_assertions) {
                eprintln!("parallax: timing a debug build; use `cargo run --release -- bench`");
            }
            print!("{}", bench::run(runs));
            Ok(())
        }
        Command::Corpus {
            dir,
            articles,
            words,
            quotes,
            quoted,
            quote_every,
            seed,
        } => match quoted {
            Some(bytes) => {
                let text = bench::quoted_article(bytes, bytes / quote_every.max(1), seed);
                write_files(
                    &dir,
                    (0..2).map(|i| (format!("quoted-{i}.txt"), text.as_str())),
                )
            }
            None => write_corpus(
                &dir,
                Shape {
                    articles,
                    words_per_article: words,
                    shared_quotes: quotes,
                },
            ),
        },
    }
}

/// The files to compare and the index of the original among them: the original's place in
/// `files` when it is listed there (the same path, or the same file by another path), else it
/// is compared first, before the files.
fn with_original(
    files: Vec<PathBuf>,
    original: Option<&PathBuf>,
) -> Result<(Vec<PathBuf>, Option<usize>), String> {
    let Some(original) = original else {
        return Ok((files, None));
    };
    let is_stdin = |p: &Path| p.as_os_str() == "-";
    if !is_stdin(original) && !original.is_file() {
        return Err(format!(
            "{}: cannot read the original: no such file (give the transcript or press release \
             the articles quote, after --original)",
            original.display()
        ));
    }
    let same_file = |p: &PathBuf| {
        p == original
            || (!is_stdin(p)
                && !is_stdin(original)
                && matches!(
                    (std::fs::canonicalize(p), std::fs::canonicalize(original)),
                    (Ok(a), Ok(b)) if a == b
                ))
    };
    if let Some(index) = files.iter().position(same_file) {
        return Ok((files, Some(index)));
    }
    let mut all = Vec::with_capacity(files.len() + 1);
    all.push(original.clone());
    all.extend(files);
    Ok((all, Some(0)))
}

/// Writes each generated source of `shape` to `dir/<its name>`.
fn write_corpus(dir: &Path, shape: Shape) -> Result<(), String> {
    let sources = corpus::generate(shape);
    write_files(
        dir,
        sources.iter().map(|s| (s.name.clone(), s.text.as_str())),
    )
}

/// Writes each (name, text) to `dir/<name>`, creating `dir` if missing.
fn write_files<'a>(
    dir: &Path,
    files: impl Iterator<Item = (String, &'a str)>,
) -> Result<(), String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: cannot create: {e}", dir.display()))?;
    for (name, text) in files {
        let path = dir.join(name);
        std::fs::write(&path, text)
            .map_err(|e| format!("{}: cannot write: {e}", path.display()))?;
    }
    Ok(())
}

/// Reads one article (text or HTML, see [`input::decode`]); the source's name is the path
/// exactly as given.
fn read_source(path: &PathBuf) -> Result<Source, String> {
    let name = path.display().to_string();
    let bytes = if name == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .read_to_end(&mut buf)
            .map_err(|e| format!("-: cannot read stdin: {e}"))?;
        buf
    } else {
        std::fs::read(path).map_err(|e| format!("{name}: cannot read: {e}"))?
    };
    // Offsets in the report must be offsets into the file: plain text is kept byte for byte.
    let decoded =
        input::decode(&name, &bytes, Fidelity::FileOffsets).map_err(|e| format!("{name}: {e}"))?;
    Ok(Source::new(name, decoded.text))
}

/// Proposes an exercise from `sources` (masked when `blind`) and prints it.
fn print_exercise(
    sources: &[Source],
    original: Option<usize>,
    length: Length,
    blind: bool,
    json: bool,
) -> Result<(), String> {
    let names: Vec<String> = sources
        .iter()
        .map(|s| input::name_from_file(&s.name))
        .collect();
    let articles: Vec<SharedArticle> = sources
        .iter()
        .zip(&names)
        .enumerate()
        .map(|(i, (s, name))| {
            SharedArticle::new(name.clone(), s.text.clone()).marked(original == Some(i))
        })
        .collect();
    let exercise = exercise::make(&articles, length, blind, &[]);
    let mut stdout = std::io::stdout().lock();
    let written = if json {
        serde_json::to_writer_pretty(&mut stdout, &exercise)
            .map_err(std::io::Error::from)
            .and_then(|()| writeln!(stdout))
    } else {
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        let shown_names = if blind {
            worksheet::Names::Hidden
        } else {
            worksheet::Names::Shown(&names)
        };
        writeln!(
            stdout,
            "{}\n---\n\n{}",
            worksheet::worksheet(&exercise, sources.len(), &shown_names),
            worksheet::key(&exercise)
        )
    };
    written.map_err(|e| format!("cannot write the exercise: {e}"))
}

//! The `parallax` command-line tool: a thin shell over the engine.
//!
//! Reads files (or stdin), runs [`parallax_engine::compare`], prints the report (JSON,
//! Markdown, or its quote groups as CSV); `parallax bench` times the engine. Input problems
//! are reported as one line naming the file, with a non-zero exit status.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

mod bench;

use clap::{Parser, Subcommand, ValueEnum};

use crate::corpus::{self, Shape};
use parallax_engine::input::{self, Fidelity};
use parallax_engine::render::{csv, markdown};
use parallax_engine::{compare, Source};

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
        Command::Compare { format, files } => {
            let sources = files
                .iter()
                .map(read_source)
                .collect::<Result<Vec<_>, _>>()?;
            let report = compare(&sources);
            let mut stdout = std::io::BufWriter::new(std::io::stdout().lock());
            let written = match format {
                // Streamed, so a large report is never held twice (as records and as text).
                Format::Json => serde_json::to_writer_pretty(&mut stdout, &report)
                    .map_err(std::io::Error::from)
                    .and_then(|()| writeln!(stdout)),
                Format::Markdown => writeln!(stdout, "{}", markdown::render(&report)),
                Format::Csv => write!(stdout, "{}", csv::quote_groups(&report)),
            };
            written
                .and_then(|()| stdout.flush())
                .map_err(|e| format!("cannot write the report: {e}"))
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
        } => write_corpus(
            &dir,
            Shape {
                articles,
                words_per_article: words,
                shared_quotes: quotes,
            },
        ),
    }
}

/// Writes each generated source of `shape` to `dir/<its name>`.
fn write_corpus(dir: &Path, shape: Shape) -> Result<(), String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: cannot create: {e}", dir.display()))?;
    for source in corpus::generate(shape) {
        let path = dir.join(&source.name);
        std::fs::write(&path, &source.text)
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

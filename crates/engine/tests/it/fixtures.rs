//! Shared fixtures: the example set and the real-coverage events, read from the repository
//! (`examples/` and `tests/data/` at the workspace root), and the Python scorers.

use std::path::{Path, PathBuf};
use std::process::Command;

use parallax_engine::Source;

/// The workspace root (the engine crate is `crates/engine/`).
pub fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Where the saved web pages are (Mozilla Readability's test pages: third-party data, kept
/// out of this repository, in the `shared/` folder beside the checkout):
/// `$PARALLAX_PAGES_DIR`, else `../shared/pages` next to the repository. `None` when neither
/// exists: the page tests then say so and check nothing (`scripts/test.sh` also looks beside
/// the checkout a clone was made from, and says loudly when there is none).
pub fn pages_dir() -> Option<PathBuf> {
    let dir = std::env::var_os("PARALLAX_PAGES_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo().join("../shared/pages"));
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!(
            "the saved web pages are not at {}: set PARALLAX_PAGES_DIR (see tests/data/README.md)",
            dir.display()
        );
        None
    }
}

/// The bundled example set's folder.
pub fn example_dir() -> PathBuf {
    repo().join("examples/nato-dprk-2024")
}

/// A real-coverage event's folder in `tests/data/`.
pub fn event_dir(event: &str) -> PathBuf {
    repo().join("tests/data").join(event)
}

/// Every `.txt` file of `dir` in name order, each a source named by its file name.
pub fn sources_in(dir: &Path) -> Vec<Source> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().to_string();
            let text = std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{name}: {e}"));
            Source::new(name, text)
        })
        .collect()
}

/// The example set's three articles.
pub fn example() -> Vec<Source> {
    sources_in(&example_dir())
}

/// The articles of event `event` in `tests/data/`.
pub fn event(event: &str) -> Vec<Source> {
    sources_in(&event_dir(event))
}

/// The events in `tests/data/` that carry a `gold.json`, in name order.
pub fn events_with_gold() -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(repo().join("tests/data"))
        .expect("tests/data")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("gold.json").is_file())
        .collect();
    dirs.sort();
    dirs
}

/// A `python3` command, or a failed test that says what is missing: a scoring test never passes
/// by skipping.
pub fn python3() -> Command {
    let found = Command::new("python3").arg("--version").output();
    assert!(
        found.is_ok_and(|o| o.status.success()),
        "python3 is needed to score reports against gold (tests/score.py); install it \
         (Debian: apt-get install python3) and run the tests again"
    );
    Command::new("python3")
}

//! The `parallax` binary as a user runs it: `compare --format json` (and `csv`) on files and stdin, and
//! one-line errors naming the file for input it cannot use.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn parallax() -> Command {
    Command::new(env!("CARGO_BIN_EXE_parallax"))
}

fn example(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples/nato-dprk-2024")
        .join(name)
}

/// A scratch file unique to this test run.
fn scratch(name: &str, bytes: &[u8]) -> PathBuf {
    let path = std::env::temp_dir().join(format!("parallax-cli-{}-{name}", std::process::id()));
    std::fs::write(&path, bytes).expect("write scratch file");
    path
}

fn json(output: &Output) -> serde_json::Value {
    assert!(
        output.status.success(),
        "parallax failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("stdout is JSON")
}

/// Asserts a failure with exactly one line on stderr that names `file`.
fn assert_one_line_error(output: &Output, file: &str) {
    assert!(!output.status.success(), "expected a non-zero exit");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(stderr.trim_end().lines().count(), 1, "stderr: {stderr:?}");
    assert!(
        stderr.contains(file),
        "stderr {stderr:?} does not name {file}"
    );
    assert!(output.stdout.is_empty(), "no report on failure");
}

#[test]
fn prints_quote_groups_as_csv() {
    let output = parallax()
        .args(["compare", "--format", "csv"])
        .arg(example("01_dailynoah-whatfinger.txt"))
        .arg(example("02_yonhap-reprint.txt"))
        .arg(example("03_kyiv-independent.txt"))
        .output()
        .expect("run parallax");
    assert!(output.status.success());
    let csv = String::from_utf8(output.stdout).expect("UTF-8");
    let mut lines = csv.split("\r\n");
    assert_eq!(
        lines.next(),
        Some(parallax_engine::render::csv::COLUMNS.join(",").as_str())
    );
    assert!(csv.ends_with("\r\n"), "rows end in CRLF");
    assert!(csv.lines().count() > 10, "one row per quotation: {csv}");
    assert!(csv.contains(",bristled,emotive,"), "{csv}");
}

#[test]
fn compares_the_example_files() {
    let files = [
        "01_dailynoah-whatfinger.txt",
        "02_yonhap-reprint.txt",
        "03_kyiv-independent.txt",
    ];
    let output = parallax()
        .args(["compare", "--format", "json"])
        .args(files.iter().map(|f| example(f)))
        .output()
        .expect("run parallax");
    let report = json(&output);
    let sources = report["sources"].as_array().expect("sources");
    assert_eq!(sources.len(), 3);
    assert_eq!(
        sources[1]["name"].as_str(),
        Some(example(files[1]).display().to_string().as_str())
    );
    let quotes = report["quotes"].as_array().expect("quotes");
    assert!(quotes.len() >= 30, "only {} quotes", quotes.len());
    for q in quotes {
        assert!(q["speaker"].is_string(), "no speaker for {q}");
        let source = q["source"].as_u64().unwrap() as usize;
        let text = std::fs::read(example(files[source])).unwrap();
        let (start, end) = (q["start"].as_u64().unwrap(), q["end"].as_u64().unwrap());
        assert_eq!(
            &text[start as usize..end as usize],
            q["text"].as_str().unwrap().as_bytes()
        );
    }
    let verbs: Vec<&str> = quotes.iter().filter_map(|q| q["verb"].as_str()).collect();
    for verb in ["bristled", "claimed", "warned", "said"] {
        assert!(verbs.contains(&verb), "{verb} missing from {verbs:?}");
    }
    assert!(!report["indirect"].as_array().expect("indirect").is_empty());
}

#[test]
fn reads_stdin_as_dash() {
    let mut child = parallax()
        .args(["compare", "--format", "json", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run parallax");
    child
        .stdin
        .take()
        .unwrap()
        .write_all("“We will not back down,” the minister said.\n".as_bytes())
        .unwrap();
    let report = json(&child.wait_with_output().unwrap());
    assert_eq!(report["sources"][0]["name"], "-");
    assert_eq!(report["quotes"][0]["text"], "We will not back down,");
    assert_eq!(report["quotes"][0]["speaker"], "the minister");
    assert_eq!(report["quotes"][0]["verb"], "said");
}

#[test]
fn missing_file_is_one_line_naming_it() {
    let output = parallax()
        .args(["compare", "--format", "json", "no-such-article.txt"])
        .output()
        .unwrap();
    assert_one_line_error(&output, "no-such-article.txt");
}

#[test]
fn binary_file_is_one_line_naming_it() {
    let path = scratch(
        "binary.txt",
        b"\x7fELF\x02\x01\x01\x00\x00\x00\x00binary\x00\x00",
    );
    let output = parallax()
        .args(["compare", "--format", "json"])
        .arg(example("02_yonhap-reprint.txt"))
        .arg(&path)
        .output()
        .unwrap();
    let _ = std::fs::remove_file(&path);
    assert_one_line_error(&output, &path.display().to_string());
}

#[test]
fn non_utf8_file_is_one_line_naming_it() {
    // Latin-1 "café" and a curly quote from Windows-1252.
    let path = scratch("latin1.txt", b"Le caf\xe9 a dit \x93non\x94.\n");
    let output = parallax()
        .args(["compare", "--format", "json"])
        .arg(&path)
        .output()
        .unwrap();
    let _ = std::fs::remove_file(&path);
    assert_one_line_error(&output, &path.display().to_string());
}

#[test]
fn a_directory_is_one_line_naming_it() {
    let dir = std::env::temp_dir();
    let output = parallax()
        .args(["compare", "--format", "json"])
        .arg(&dir)
        .output()
        .unwrap();
    assert_one_line_error(&output, &dir.display().to_string());
}

#[test]
fn text_prints_what_the_engine_reads_from_html() {
    let page = scratch(
        "text.html",
        b"<html><head><title>T</title><script>var x = 1;</script></head>\
          <body><p>First paragraph.</p><p>Second &amp; last.</p></body></html>",
    );
    let output = parallax()
        .arg("text")
        .arg(&page)
        .output()
        .expect("run parallax");
    assert!(output.status.success());
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(text.contains("First paragraph.\n"), "{text}");
    assert!(text.contains("Second & last."), "{text}");
    assert!(!text.contains("var x"), "{text}");
}

#[test]
fn the_markdown_handout_names_sources_as_the_page_does() {
    let output = parallax()
        .args(["compare", "--format", "markdown"])
        .arg(example("01_dailynoah-whatfinger.txt"))
        .arg(example("03_kyiv-independent.txt"))
        .output()
        .expect("run parallax");
    assert!(output.status.success());
    let markdown = String::from_utf8(output.stdout).expect("UTF-8");
    assert!(markdown.contains("Kyiv Independent"), "{markdown}");
    assert!(!markdown.contains("examples/nato"), "a path in the handout");
}

#[test]
fn exercise_prints_a_blind_worksheet_and_a_separate_key() {
    let output = parallax()
        .args(["exercise", "--length", "short"])
        .arg(example("01_dailynoah-whatfinger.txt"))
        .arg(example("02_yonhap-reprint.txt"))
        .arg(example("03_kyiv-independent.txt"))
        .output()
        .expect("run parallax");
    assert!(output.status.success());
    let text = String::from_utf8(output.stdout).expect("UTF-8");
    let (worksheet, key) = text
        .split_once("# Answer key")
        .expect("a key after the worksheet");
    assert!(worksheet.contains("## 1. "), "{worksheet}");
    assert!(key.contains("A good answer") || key.contains("A correct answer names"));
    for outlet in ["Yonhap", "Kyiv Independent", "DailyNoah", "Whatfinger"] {
        assert!(!text.contains(outlet), "{outlet} in a blind exercise");
    }
}

fn original_set(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/original")
        .join(name)
}

#[test]
fn compare_with_an_original_traces_each_quote_to_its_words() {
    let transcript = original_set("transcript.txt");
    let articles = [
        original_set("harbour-gazette.txt"),
        original_set("coast-herald.txt"),
    ];
    // Listed among the files or not, the original is one source, compared where it is listed.
    for listed in [false, true] {
        let mut command = parallax();
        command.arg("compare").arg("--original").arg(&transcript);
        if listed {
            command.arg(&articles[0]).arg(&transcript).arg(&articles[1]);
        } else {
            command.args(&articles);
        }
        let report = json(&command.output().unwrap());
        let original = if listed { 1 } else { 0 };
        assert_eq!(report["original"], original);
        assert_eq!(report["sources"].as_array().unwrap().len(), 3);
        let name = report["sources"][original]["name"].as_str().unwrap();
        assert!(name.ends_with("transcript.txt"), "{name}");
        let groups = report["quote_groups"].as_array().unwrap();
        assert!(!groups.is_empty());
        for g in groups {
            assert_eq!(g["original"]["basis"], "passage", "{g}");
            assert_eq!(g["original"]["source"], original);
        }
    }
    // Without --original the report has no such field.
    let plain = json(&parallax().arg("compare").args(&articles).output().unwrap());
    assert!(plain.get("original").is_none());
    assert!(plain["quote_groups"][0].get("original").is_none());
}

#[test]
fn an_original_that_cannot_be_read_is_one_line_naming_it() {
    let missing = std::env::temp_dir().join("parallax-cli-no-such-original.txt");
    let output = parallax()
        .arg("compare")
        .arg("--original")
        .arg(&missing)
        .arg(original_set("coast-herald.txt"))
        .output()
        .unwrap();
    assert_one_line_error(&output, "parallax-cli-no-such-original.txt");
    assert!(String::from_utf8_lossy(&output.stderr).contains("--original"));
}

#[test]
fn an_exercise_with_an_original_reads_the_quotes_against_it() {
    let output = parallax()
        .args([
            "exercise",
            "--named",
            "--json",
            "--length",
            "long",
            "--original",
        ])
        .arg(original_set("transcript.txt"))
        .arg(original_set("coast-herald.txt"))
        .arg(original_set("harbour-gazette.txt"))
        .output()
        .expect("run parallax");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let exercise: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    // The original, not among the listed files, is compared first: source 0.
    let locate: Vec<&serde_json::Value> = exercise["questions"]
        .as_array()
        .expect("questions")
        .iter()
        .filter(|q| q["kind"] == "locate")
        .collect();
    assert!(!locate.is_empty(), "{exercise:#}");
    for q in locate {
        let sources: Vec<u64> = q["evidence"]
            .as_array()
            .expect("evidence")
            .iter()
            .filter_map(|e| e["source"].as_u64())
            .collect();
        assert!(
            sources.contains(&0),
            "the transcript's passage is evidence: {q:#}"
        );
    }
}

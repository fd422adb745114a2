//! The acceptance check of reading and alignment: the CLI's report on the example set, scored by
//! `tests/score.py` against `gold.json`, must reach extraction precision and recall and grouping
//! F1 of 0.95.

use std::path::Path;
use std::process::Command;

#[test]
fn example_set_extraction_scores_at_least_095() {
    if Command::new("python3").arg("--version").output().is_err() {
        eprintln!("SKIPPED: python3 is not installed, so tests/score.py cannot run");
        return;
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = root.join("examples/nato-dprk-2024");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("example directory")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    assert_eq!(files.len(), 3);
    let output = Command::new(env!("CARGO_BIN_EXE_parallax"))
        .args(["compare", "--format", "json"])
        .args(&files)
        .output()
        .expect("run parallax");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let report = std::env::temp_dir().join(format!("parallax-example-{}.json", std::process::id()));
    std::fs::write(&report, &output.stdout).expect("write report");
    let scored = Command::new("python3")
        .arg(root.join("tests/score.py"))
        .arg(&dir)
        .arg(&report)
        .args([
            "--min-p",
            "0.95",
            "--min-r",
            "0.95",
            "--min-f1",
            "0.95",
            "--verbose",
        ])
        .output()
        .expect("run score.py");
    let _ = std::fs::remove_file(&report);
    let out = String::from_utf8_lossy(&scored.stdout);
    assert!(
        scored.status.success(),
        "score.py failed:\n{out}\n{}",
        String::from_utf8_lossy(&scored.stderr)
    );
    assert!(
        out.contains("extraction P="),
        "unexpected scorer output: {out}"
    );
}

//! The alignment as a whole: the same result however its steps are sliced.

use super::*;

/// The alignment done in any number of steps gives the same groups and paraphrases.
#[test]
fn aligning_in_parts_changes_nothing() {
    use crate::read::article::Article;
    use crate::{compare, Source};
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/nato-dprk-2024");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("the example set")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let sources: Vec<Source> = files
        .iter()
        .map(|p| Source::new(p.display().to_string(), std::fs::read_to_string(p).unwrap()))
        .collect();
    let report = compare(&sources);
    let articles: Vec<Article> = sources
        .iter()
        .map(|s| Article::read(&s.text, &s.overrides))
        .collect();
    let texts: Vec<&str> = sources.iter().map(|s| s.text.as_str()).collect();
    let names: Vec<&str> = sources.iter().map(|s| s.name.as_str()).collect();
    let inputs = Inputs {
        texts: &texts,
        names: &names,
        articles: &articles,
        original: None,
    };
    let naming = &report.framing.naming;
    for parts in [1, 2, 7, 1000] {
        let aligned = Aligner::new(parts).finish(&inputs, naming);
        assert_eq!(aligned.groups, report.quote_groups, "{parts} parts");
        assert_eq!(aligned.paraphrases, report.paraphrases, "{parts} parts");
    }
}

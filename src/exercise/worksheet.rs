//! An exercise as Markdown, for the command line and for files a teacher keeps: the worksheet
//! students fill in (questions, the evidence they point at, room to answer) and, separately,
//! the answer key (answers, what a correct answer names, model answers and rubrics).
//!
//! Every piece of article text, name or prompt is escaped
//! ([`parallax_engine::render::escape::escape`]), so nothing in an article or an exercise link
//! can become a link, an image or markup in a Markdown viewer. The page prints its own
//! worksheet from the same exercise; this module is what leaves it as a file.

use parallax_engine::render::escape::escape;

use super::{blind, Exercise, Key};

/// How the sources are named: by their neutral labels only, or with their names beside them.
pub enum Names<'a> {
    /// "Source A", "Source B"… (a blind worksheet).
    Hidden,
    /// "Source A — <name>" in the list of sources.
    Shown(&'a [&'a str]),
}

/// The list of sources, one line each.
fn sources(count: usize, names: &Names) -> String {
    (0..count)
        .map(|i| match names {
            Names::Shown(n) => format!(
                "- {} — {}\n",
                blind::label(i),
                escape(n.get(i).copied().unwrap_or_default())
            ),
            Names::Hidden => format!("- {}\n", blind::label(i)),
        })
        .collect()
}

/// The worksheet: title, sources, then each question with its evidence and an answer line.
pub fn worksheet(exercise: &Exercise, source_count: usize, names: &Names) -> String {
    let mut out = format!(
        "# {}\n\n{} · {} questions\n\nName: ____________________   Date: __________\n\n\
         ## Sources\n\n{}\n",
        escape(&exercise.title),
        exercise.length.label(),
        exercise.questions.len(),
        sources(source_count, names)
    );
    for (i, q) in exercise.questions.iter().enumerate() {
        out.push_str(&format!(
            "## {}. {}\n\n{}\n\n",
            i + 1,
            q.kind.label(),
            escape(&q.prompt)
        ));
        for e in &q.evidence {
            out.push_str(&format!(
                "> {}: “{}”\n>\n",
                blind::label(e.source),
                escape(&e.text)
            ));
        }
        out.push_str(
            "\nAnswer:\n\n______________________________________________\n\n\
                      ______________________________________________\n\n",
        );
    }
    out
}

/// The answer key: each question's answer, what a correct answer names, or its model answer
/// and rubric.
pub fn key(exercise: &Exercise) -> String {
    let mut out = format!("# Answer key: {}\n\n", escape(&exercise.title));
    for (i, q) in exercise.questions.iter().enumerate() {
        out.push_str(&format!(
            "## {}. {}\n\n{}\n\n",
            i + 1,
            q.kind.label(),
            escape(&q.prompt)
        ));
        match &q.key {
            Key::Factual { answer, expect } => {
                out.push_str(&format!("**Answer.** {}\n\n", escape(answer)));
                if !expect.is_empty() {
                    out.push_str("A correct answer names:\n\n");
                    for item in expect {
                        out.push_str(&format!("- {}\n", escape(&item.label)));
                    }
                    out.push('\n');
                }
            }
            Key::Open { model, rubric } => {
                if !model.trim().is_empty() {
                    out.push_str(&format!("**Model answer.** {}\n\n", escape(model)));
                }
                if !rubric.is_empty() {
                    out.push_str("A good answer:\n\n");
                    for point in rubric {
                        out.push_str(&format!("- [ ] {}\n", escape(point)));
                    }
                    out.push('\n');
                }
            }
        }
    }
    out
}

//! A student's answers as a small HTML document: what "Download my answers" hands in. Word,
//! Google Docs and LibreOffice open it as a document; a browser shows it as a page.
//!
//! Every piece of text (title, prompts, answers, names) is HTML-escaped, so an answer or an
//! exercise link can never put markup or script into the file. The document loads nothing.

use super::{blind, Exercise};

/// The hand-in document for `answers` to `exercise`; `names` are the outlets' names when they
/// have been revealed.
pub fn document(exercise: &Exercise, answers: &[String], names: Option<&[String]>) -> String {
    let mut body = format!(
        "<h1>{}</h1>\n<p>Name: ______________________ &nbsp; Date: __________</p>\n",
        escape(&exercise.title)
    );
    if let Some(names) = names {
        body.push_str("<ul>\n");
        for (i, name) in names.iter().enumerate() {
            body.push_str(&format!(
                "<li>{} — {}</li>\n",
                escape(&blind::label(i)),
                escape(name)
            ));
        }
        body.push_str("</ul>\n");
    }
    for (i, question) in exercise.questions.iter().enumerate() {
        let answer = answers.get(i).map(String::as_str).unwrap_or_default();
        let answer = match answer.trim() {
            "" => "<em>(no answer)</em>".to_string(),
            text => escape(text).replace('\n', "<br>\n"),
        };
        body.push_str(&format!(
            "<h2>{}. {}</h2>\n<p>{}</p>\n<p><strong>Answer:</strong> {answer}</p>\n",
            i + 1,
            escape(question.kind.label()),
            escape(&question.prompt)
        ));
    }
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <title>{}</title>\n</head>\n<body>\n{body}</body>\n</html>\n",
        escape(&exercise.title)
    )
}

/// `text` with the five characters HTML reads as markup replaced by entities.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

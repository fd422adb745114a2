//! Classroom exercises (`parallax::exercise`): blind masking, the questions proposed from the
//! example and from made-up sets, answer checks, and exercise links from hostile input.

use parallax::corpus;
use parallax::exercise::blind::{label, letters, mask};
use parallax::exercise::check::{check, Verdict};
use parallax::exercise::link::{self, Lesson};
use parallax::exercise::{make, propose, Evidence, Exercise, Expected, Key, Length, QuestionKind};
use parallax::share_link::{DecodeError, SharedArticle};
use parallax_engine::input::name_from_file;
use parallax_engine::{compare, Source};
use proptest::prelude::*;

/// The example's articles as the page names them ("Kyiv Independent"), masked for a blind
/// exercise, and the exercise proposed from their comparison.
fn blind_example(length: Length) -> (Vec<String>, Exercise) {
    let sources = corpus::example();
    let names: Vec<String> = sources.iter().map(|s| name_from_file(&s.name)).collect();
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    let texts: Vec<&str> = sources.iter().map(|s| s.text.as_str()).collect();
    let masked = mask(&texts, &names, &[]);
    let exercise = exercise_for(&masked, length, true);
    (masked, exercise)
}

fn exercise_for(texts: &[String], length: Length, blind: bool) -> Exercise {
    let sources: Vec<Source> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| Source::new(label(i), t.clone()))
        .collect();
    let report = compare(&sources);
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    propose(&report, &refs, length, blind)
}

/// Every piece of text an exercise shows: title, prompts, keys and evidence.
fn all_text(exercise: &Exercise) -> String {
    let mut out = vec![exercise.title.clone()];
    for q in &exercise.questions {
        out.push(q.prompt.clone());
        match &q.key {
            Key::Factual { answer, expect } => {
                out.push(answer.clone());
                out.extend(expect.iter().map(|e| e.label.clone()));
            }
            Key::Open { model, rubric } => {
                out.push(model.clone());
                out.extend(rubric.iter().cloned());
            }
        }
        out.extend(q.evidence.iter().map(|e| e.text.clone()));
    }
    out.join("\n")
}

const OUTLETS: [&str; 4] = ["dailynoah", "whatfinger", "yonhap", "kyiv independent"];

#[test]
fn labels_run_from_a_to_z_and_on_to_aa() {
    assert_eq!(label(0), "Source A");
    assert_eq!(letters(25), "Z");
    assert_eq!(letters(26), "AA");
    assert_eq!(letters(27), "AB");
    assert_eq!(letters(701), "ZZ");
    assert_eq!(letters(702), "AAA");
}

#[test]
fn blind_example_masks_every_outlet_name_but_keeps_the_city() {
    let (masked, _) = blind_example(Length::Lesson);
    let all = masked.join("\n").to_lowercase();
    for outlet in OUTLETS {
        assert!(!all.contains(outlet), "{outlet} left in the masked texts");
    }
    assert!(masked[1].contains("[Source B]"), "Yonhap's self-reference");
    assert!(
        masked[2].contains("the [Source C]"),
        "{}",
        &masked[2][..400]
    );
    // "Kyiv" alone is a city, not the outlet: the whole name appears, so only it is masked.
    assert!(masked[2].contains("Based in Kyiv"));
}

#[test]
fn masking_finds_self_references_addresses_and_the_teachers_words() {
    let texts = [
        "The minister told the Daily Planet on Monday. More at dailyplanet.com/story.",
        "A daily briefing followed, the Planet's rival said. Ask Jo Bloggs.",
    ];
    let masked = mask(
        &texts,
        &["Daily Planet", "Article 2"],
        &["Jo Bloggs".to_string()],
    );
    assert_eq!(
        masked[0],
        "The minister told the [Source A] on Monday. More at [Source A]"
    );
    // "daily" in lower case and a neutral name are left alone; the teacher's words are hidden.
    assert_eq!(
        masked[1],
        "A daily briefing followed, the Planet's rival said. Ask [hidden]."
    );
}

#[test]
fn a_name_given_in_parts_masks_the_parts_only_its_own_text_uses() {
    let texts = [
        "(Wirenet) Officials said talks in Geneva will resume. WIRENET could not confirm.",
        "Officials said talks will resume next week in Geneva.",
    ];
    let masked = mask(&texts, &["Wirenet Reprint", "Geneva Times"], &[]);
    assert_eq!(
        masked[0],
        "([Source A]) Officials said talks in Geneva will resume. [Source A] could not confirm."
    );
    // "Geneva" stands in another source's text as the city: not a self-reference.
    assert_eq!(masked[1], texts[1]);
}

#[test]
fn the_example_lesson_has_a_question_of_each_kind_without_naming_an_outlet() {
    let (masked, exercise) = blind_example(Length::Lesson);
    assert!(exercise.blind);
    assert!(exercise.questions.len() >= 8, "{:#?}", exercise.questions);
    let kinds: std::collections::BTreeSet<QuestionKind> =
        exercise.questions.iter().map(|q| q.kind).collect();
    assert!(kinds.len() >= 8, "{kinds:?}");
    let text = all_text(&exercise).to_lowercase();
    for outlet in OUTLETS {
        assert!(!text.contains(outlet), "{outlet} in:\n{text}");
    }
    for q in &exercise.questions {
        for e in &q.evidence {
            assert_eq!(masked[e.source].get(e.start..e.end), Some(e.text.as_str()));
        }
        if let Key::Factual { expect, .. } = &q.key {
            assert!(!expect.is_empty(), "{q:#?}");
            assert!(expect.iter().all(|e| !e.accept.is_empty()), "{q:#?}");
        }
    }
    let factual = exercise.questions.iter().filter(|q| q.is_factual()).count();
    assert!(factual >= 3, "{factual} factual questions");
}

#[test]
fn the_locate_question_names_words_every_article_keeps() {
    let (masked, exercise) = blind_example(Length::Lesson);
    let locate = exercise
        .questions
        .iter()
        .find(|q| q.kind == QuestionKind::Locate)
        .expect("a locate question");
    let Key::Factual { answer, expect } = &locate.key else {
        panic!("locate is factual")
    };
    // The statement three outlets quote, one of them only two of its 43 words.
    assert!(answer.contains("“strategic counteraction”"), "{answer}");
    for text in &masked {
        assert!(text.contains("strategic counteraction"));
    }
    let feedback = check("All three keep Strategic Counteraction.", expect);
    assert_eq!(feedback.found.len(), 1, "{feedback:?}");
}

#[test]
fn the_key_of_every_factual_question_passes_its_own_check() {
    let (_, exercise) = blind_example(Length::Long);
    for q in exercise.questions.iter() {
        if let Key::Factual { answer: _, expect } = &q.key {
            let perfect: Vec<String> = expect.iter().map(|e| e.accept[0].clone()).collect();
            let feedback = check(&perfect.join("; "), expect);
            assert_eq!(feedback.verdict, Verdict::Complete, "{q:#?}");
        }
    }
}

#[test]
fn lengths_choose_how_many_questions() {
    let (_, short) = blind_example(Length::Short);
    let (_, lesson) = blind_example(Length::Lesson);
    let (_, long) = blind_example(Length::Long);
    assert!(short.questions.len() <= 5 && !short.questions.is_empty());
    assert!(short.questions.len() < lesson.questions.len());
    assert!(lesson.questions.len() < long.questions.len());
}

#[test]
fn an_exercise_that_is_not_blind_has_no_guessing_question() {
    let texts: Vec<String> = corpus::example().into_iter().map(|s| s.text).collect();
    let exercise = exercise_for(&texts, Length::Long, false);
    assert!(exercise
        .questions
        .iter()
        .all(|q| q.kind != QuestionKind::BlindPredict));
}

#[test]
fn checking_answers_reads_words_not_case_or_plurals() {
    let expect = vec![
        Expected {
            label: "“grave concern”".into(),
            accept: vec!["grave concern".into()],
        },
        Expected {
            label: "Source B".into(),
            accept: vec!["Source B".into()],
        },
    ];
    assert_eq!(check("   ", &expect).verdict, Verdict::Empty);
    assert_eq!(check("no idea", &expect).verdict, Verdict::NotYet);
    let partial = check("They voiced GRAVE concerns.", &expect);
    assert_eq!(partial.verdict, Verdict::Partial);
    assert!(partial.message().contains("1 thing more") || partial.message().contains("1 thing"));
    let full = check("source b: “Grave concern”", &expect);
    assert_eq!(full.verdict, Verdict::Complete, "{full:?}");
}

fn articles() -> Vec<SharedArticle> {
    corpus::example()
        .into_iter()
        .map(|s| SharedArticle::new(name_from_file(&s.name), s.text))
        .collect()
}

#[test]
fn an_exercise_link_round_trips_and_shows_masked_texts() {
    let articles = articles();
    let (masked, exercise) = blind_example(Length::Lesson);
    let url = link::link("https://example.org/app/#demo", &articles, &exercise);
    let fragment = url.split_once('#').unwrap().1;
    let payload = link::payload_in_fragment(fragment).unwrap();
    let lesson: Lesson = link::decode(payload).unwrap();
    assert_eq!(lesson.articles, articles);
    assert_eq!(lesson.exercise, exercise);
    assert_eq!(lesson.shown_texts(), masked);
}

#[test]
fn a_hostile_exercise_link_loses_what_it_may_not_hold() {
    let articles = vec![SharedArticle::new("A", "Short text here.")];
    let mut exercise = Exercise {
        title: "x".repeat(10_000),
        blind: false,
        ..Exercise::default()
    };
    let mut q = parallax::exercise::Question::own("Why?", "Because.");
    q.evidence = vec![
        Evidence {
            source: 0,
            start: 0,
            end: 5,
            text: "Short".into(),
        },
        Evidence {
            source: 0,
            start: 0,
            end: 5,
            text: "<img>".into(),
        },
        Evidence {
            source: 7,
            start: 0,
            end: 5,
            text: "Short".into(),
        },
        Evidence {
            source: 0,
            start: 1,
            end: 99,
            text: "hort".into(),
        },
    ];
    exercise.questions = vec![q; 100];
    let payload = link::encode(&articles, &exercise);
    let lesson = link::decode(&payload).unwrap();
    assert_eq!(lesson.exercise.title.chars().count(), 4_000);
    assert_eq!(lesson.exercise.questions.len(), 40);
    assert_eq!(lesson.exercise.questions[0].evidence.len(), 1);
    assert_eq!(link::decode("1.AAAA"), Err(DecodeError::Damaged));
    let workspace_only = parallax::share_link::encode(&articles);
    assert_eq!(
        link::decode(&workspace_only),
        Err(DecodeError::NotWorkspace)
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn masking_and_proposing_never_panic(
        a in "\\PC{0,300}",
        b in "[A-Za-z“”\"' .,\u{5d0}-\u{5ea}\u{301}😀-]{0,300}",
        name in "\\PC{0,20}",
    ) {
        let texts = [a.as_str(), b.as_str()];
        let masked = mask(&texts, &[name.as_str(), "Kyiv Independent"], std::slice::from_ref(&name));
        prop_assert_eq!(masked.len(), 2);
        let exercise = exercise_for(&masked, Length::Long, true);
        let refs: Vec<&str> = masked.iter().map(String::as_str).collect();
        for q in &exercise.questions {
            for e in &q.evidence {
                prop_assert_eq!(refs[e.source].get(e.start..e.end), Some(e.text.as_str()));
            }
        }
    }
}

#[test]
fn handed_in_answers_carry_no_markup() {
    let exercise = Exercise {
        title: "<script>alert(1)</script>".into(),
        questions: vec![parallax::exercise::Question::own("Why <b>?", "")],
        ..Exercise::default()
    };
    let html = parallax::exercise::handin::document(
        &exercise,
        &["<img src=x onerror=alert(2)>\nline two".to_string()],
        Some(&["A & B".to_string()]),
    );
    assert!(!html.contains("<script>") && !html.contains("<img") && !html.contains("<b>"));
    assert!(html.contains("&lt;img src=x onerror=alert(2)&gt;<br>\nline two"));
    assert!(html.contains("Source A — A &amp; B"));
}

#[test]
fn marked_pieces_give_the_text_back() {
    use parallax::exercise::marked_pieces;
    let text = "Kyiv – “grave concern” 😀 here";
    let quote = text.find('“').unwrap();
    let close = text.find('”').unwrap() + '”'.len_utf8();
    let emoji = text.find('😀').unwrap();
    // Overlapping, out of range and inside a character: the last two are skipped.
    let marks = [
        (quote + 3, quote + 8),
        (quote, close),
        (100, 200),
        (emoji + 1, emoji + 2),
    ];
    let pieces = marked_pieces(text, &marks);
    let joined: String = pieces.iter().map(|(t, _)| *t).collect();
    assert_eq!(joined, text);
    let marked: Vec<&str> = pieces.iter().filter(|p| p.1).map(|p| p.0).collect();
    assert_eq!(marked, vec!["“grave concern”"]);
}

/// With a transcript marked as the original, the quote questions read the outlets' versions
/// against the transcript's passage: "every article keeps" and "left out" are words of the
/// transcript, and its passage is part of the evidence.
#[test]
fn an_exercise_against_a_marked_original_reads_the_original_passage() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/original");
    let read = |file: &str| std::fs::read_to_string(format!("{dir}/{file}")).expect(file);
    let transcript = read("transcript.txt");
    let articles = vec![
        SharedArticle::new("Coast Herald", read("coast-herald.txt")),
        SharedArticle::new("Harbour Gazette", read("harbour-gazette.txt")),
        SharedArticle::new("Transcript", transcript.clone()).marked(true),
    ];
    let exercise = make(&articles, Length::Long, false, &[]);
    let locate: Vec<_> = exercise
        .questions
        .iter()
        .filter(|q| q.kind == QuestionKind::Locate)
        .collect();
    assert!(!locate.is_empty(), "a Locate question: {exercise:#?}");
    for q in &locate {
        assert!(
            q.evidence.iter().any(|e| e.source == 2),
            "the transcript's passage is evidence: {q:#?}"
        );
        let Key::Factual { expect, .. } = &q.key else {
            panic!("Locate is factual")
        };
        for e in expect {
            let words = e.label.trim_matches(|c: char| !c.is_alphanumeric());
            let first = words.split_whitespace().next().unwrap_or_default();
            assert!(
                transcript.contains(first),
                "{:?} read from the transcript",
                e.label
            );
        }
    }
    // Without the mark the same articles give questions read against the fullest version.
    let unmarked: Vec<SharedArticle> = articles.iter().cloned().map(|a| a.marked(false)).collect();
    let plain = make(&unmarked, Length::Long, false, &[]);
    assert!(plain
        .questions
        .iter()
        .filter(|q| q.kind == QuestionKind::Locate)
        .all(|q| q.evidence.iter().all(|e| e.source != 2)));
}

/// A short label the engine reads as a page's headline ("Opinion Daily Herald") does not title the
/// exercise when another article has a real headline.
#[test]
fn the_title_prefers_a_headline_of_five_words_or_more() {
    let texts = vec![
        "Opinion Daily Herald\n\nThe council voted on Monday to raise bus fares by ten percent, the mayor \
         said. “We had no other choice,” she said."
            .to_string(),
        "Council raises bus fares by ten percent after a long debate\n\nThe council voted on \
         Monday to raise fares. “We had no other choice,” the mayor said."
            .to_string(),
    ];
    let exercise = exercise_for(&texts, Length::Short, false);
    assert!(
        exercise.title.contains("Council raises bus fares"),
        "{}",
        exercise.title
    );
}

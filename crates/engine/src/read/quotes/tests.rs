//! Tests of quotation extraction: marks, pairing, nesting, multi-paragraph quotes and kinds.

use super::*;
use crate::report::QuoteKind;

#[test]
fn a_paragraph_whose_opening_mark_was_misplaced() {
    // foreigndesknews.com, July 2024: the opening mark of the quote ended up at the end of
    // the paragraph before.
    let text = "Social media has played a significant role in escalating tensions as Election \
                Day approaches.\"\nThere is no place in America for this kind of violence \
                — for any violence, ever. Period. No exceptions,\" Biden asserted. \"We \
                cannot allow this violence to be normalized.\"";
    let got = quotes(text);
    let spans: Vec<&str> = got.iter().map(|q| q.span.slice(text)).collect();
    assert_eq!(
        spans,
        [
            "There is no place in America for this kind of violence — for any violence, \
             ever. Period. No exceptions,",
            "We cannot allow this violence to be normalized."
        ]
    );
    assert!(got[0].open_mark.is_empty());
    assert_eq!(got[0].kind, QuoteKind::Full);
}

#[test]
fn a_closing_mark_without_an_attribution_stays_a_stray_mark() {
    // The same page: a stray mark at the end of a paragraph, and one before plain prose.
    let text = "Social media has played a significant role as Election Day approaches.\"\n\
                The suspected shooter was killed,\" before Secret Service agents secured \
                Trump.";
    assert!(quotes(text).is_empty());
}

#[test]
fn two_single_quoted_fragments_in_one_sentence() {
    // extra.ie, August 2023: the first fragment ends in "actions’", which reads like a plural
    // possessive, but a new quote opens before any other closing mark.
    let text = "The most prolific child serial killer in modern British history was told by \
                judge Mr Justice Goss there was a ‘malevolence bordering on sadism in your \
                actions’ for which ‘you have no remorse’.";
    let spans: Vec<&str> = quotes(text).iter().map(|q| q.span.slice(text)).collect();
    assert_eq!(
        spans,
        [
            "malevolence bordering on sadism in your actions",
            "you have no remorse"
        ]
    );
    // A plural possessive inside one quote stays an apostrophe.
    let text = "He called it ‘the workers’ paradise they promised’ in a speech.";
    let spans: Vec<&str> = quotes(text).iter().map(|q| q.span.slice(text)).collect();
    assert_eq!(spans, ["the workers’ paradise they promised"]);
}

fn quotes(text: &str) -> Vec<Quotation> {
    extract(text, &TextModel::new(text))
}

fn top_texts(text: &str) -> Vec<&str> {
    quotes(text)
        .iter()
        .filter(|q| q.parent.is_none())
        .map(|q| q.span.slice(text))
        .collect()
}

#[test]
fn curly_and_straight_doubles() {
    // AP, July 2024; Kyiv Independent style with straight marks.
    let text = "North Korea called it “illegal.” Pyongyang rejected the document, calling \
                it \"illegal\" and claiming that the \"U.S. and NATO pose the most serious \
                threat.\"";
    assert_eq!(
        top_texts(text),
        [
            "illegal.",
            "illegal",
            "U.S. and NATO pose the most serious threat."
        ]
    );
}

#[test]
fn single_quotes_are_told_from_apostrophes() {
    // Headline style with single quotes, possessives and elisions around them.
    let text = "NATO condemns Pyongyang’s arms transfers, expressing ‘grave concern’ about \
                the two countries’ ties. North Korea's 'tougher strategic counteraction' \
                won't stop rock 'n' roll, the '90s or states' rights.";
    assert_eq!(
        top_texts(text),
        ["grave concern", "tougher strategic counteraction"]
    );
}

#[test]
fn plural_possessive_inside_a_single_quote() {
    let text = "Critics mocked the plan as ‘the workers’ paradise’ of old.";
    assert_eq!(top_texts(text), ["the workers’ paradise"]);
}

#[test]
fn nested_quote_is_recorded_on_its_parent() {
    // Yonhap, July 13, 2024.
    let text = "“The DPRK Foreign Ministry most strongly denounces and rejects the \
                ‘declaration,’ an illegal document,” the spokesperson said.";
    let found = quotes(text);
    assert_eq!(found.len(), 2);
    assert_eq!(found[0].parent, None);
    assert_eq!(found[1].span.slice(text), "declaration,");
    assert_eq!(found[1].parent, Some(0));
    assert_eq!(found[1].kind, QuoteKind::Scare);
    assert!(found[0].span.contains(found[1].outer()));
    assert_eq!(found[0].kind, QuoteKind::Full);
}

#[test]
fn multi_paragraph_quote_reopens_each_paragraph() {
    // The newspaper convention: no closing mark until the last paragraph.
    let text = "He said: “We will not back down. We have made our position clear.\n\n\
                “We expect the other side to honour the agreement,” he added.\n\
                Later that day he left.";
    let found = quotes(text);
    assert_eq!(found.len(), 1);
    let q = &found[0];
    assert!(q.span.slice(text).starts_with("We will not back down."));
    assert!(q.span.slice(text).ends_with("honour the agreement,"));
    assert_eq!(q.reopen_marks.len(), 1);
    assert_eq!(q.kind, QuoteKind::Full);
}

#[test]
fn a_statement_whose_closing_mark_never_comes_is_one_quote() {
    // tribalfootball.com, 16 July 2024: each paragraph of the statement opens with a mark
    // and none closes; the writer's next paragraph ends it.
    let text = "The 53-year-old has left a message to England fans.\n\n\
                “As a proud Englishman, it has been the honour of my life to play for \
                England and to manage England.\n\n\
                “But it’s time for change, and for a new chapter.\n\n\
                “Thank you, England – for everything.\n\n\
                It is unclear who will step up as the next England manager";
    let found = quotes(text);
    assert_eq!(found.len(), 1);
    let q = &found[0];
    let words = q.span.slice(text);
    assert!(words.starts_with("As a proud Englishman"), "{words:?}");
    assert!(words.ends_with("for everything."), "{words:?}");
    assert_eq!(q.close_mark, None);
    assert_eq!(q.reopen_marks.len(), 2);
    assert_eq!(q.kind, QuoteKind::Full);
}

#[test]
fn a_fragment_with_an_editorial_insertion_is_quoted_speech() {
    // Yahoo News UK, January 2023.
    let text = "She reaffirmed that it was \"ultimately [her] decision\" and that she only \
                sought advice from a small number of people.";
    assert_eq!(quotes(text)[0].kind, QuoteKind::Partial);
}

#[test]
fn a_sentence_of_speech_left_open_at_the_end_of_its_paragraph_is_kept() {
    // newstarget.com, January 2023: the second quotation's closing mark was lost.
    let text = "\"I know what this job takes. And I know that I no longer have enough in \
                the tank to do it justice,\" she continued. \"I am leaving because with such \
                a privileged job comes a big responsibility. The responsibility to know when \
                you are the right person to lead -- and also when you're not.\n";
    let texts = top_texts(text);
    assert_eq!(texts.len(), 2, "{texts:?}");
    assert!(texts[1].starts_with("I am leaving because"), "{texts:?}");
    assert!(texts[1].ends_with("when you're not."), "{texts:?}");
}

#[test]
fn unbalanced_marks_stay_in_their_paragraph() {
    let text = "He called it “outrageous and walked off.\n\nThe next day “nothing changed.\n\
                “An unclosed paragraph quote\nA normal paragraph with “a quote” in it.";
    let found = quotes(text);
    let texts: Vec<_> = found.iter().map(|q| q.span.slice(text)).collect();
    assert_eq!(texts, ["An unclosed paragraph quote", "a quote"]);
    assert_eq!(found[0].close_mark, None);
    let model = TextModel::new(text);
    for q in &found {
        let p = model.paragraph_at(q.span.start).unwrap();
        assert!(model.paragraphs[p].span.contains(q.span));
    }
}

#[test]
fn guillemets_and_german_marks() {
    let text = "Le ministre a dénoncé « une provocation » hier. Er sagte: „Das ist \
                ‚unerhört‘ und falsch.“ Han sa »nej«.";
    let found = quotes(text);
    let texts: Vec<_> = found.iter().map(|q| q.span.slice(text)).collect();
    assert_eq!(
        texts,
        [
            "une provocation",
            "Das ist ‚unerhört‘ und falsch.",
            "unerhört",
            "nej"
        ]
    );
    assert_eq!(found[2].parent, Some(1));
}

#[test]
fn kinds_full_partial_scare() {
    let text = "“We will respond,” the ministry said. The ministry said it would take \
                “strong measures against the aggressors.” The so-called “peace plan” stalled.";
    let found = quotes(text);
    let kinds: Vec<_> = found.iter().map(|q| q.kind).collect();
    assert_eq!(
        kinds,
        [QuoteKind::Full, QuoteKind::Partial, QuoteKind::Scare]
    );
}

#[test]
fn empty_and_punctuation_only_quotes_are_skipped() {
    assert!(quotes("\"\" and “ ” and '.' ").is_empty());
}

#[test]
fn many_unmatched_marks_stay_bounded() {
    let mut text = String::new();
    for i in 0..20_000 {
        text.push_str(["“a ", "” b ", "\" c", "' d ", "‘x\n"][i % 5]);
    }
    let model = TextModel::new(&text);
    for q in extract(&text, &model) {
        let p = model.paragraph_at(q.span.start).unwrap();
        assert!(model.paragraphs[p].span.contains(q.span));
    }
}

#[test]
fn a_new_quote_opened_after_a_full_stop_ends_the_one_left_open() {
    // The Glasgow Times, February 2023: neither quote of the paragraph was closed, and the
    // second opens with the mark of the first after a full stop; marks of one family do not
    // nest, so the first ended there.
    let text = "\"When it comes to navigating choppy waters ... I have plenty of experience \
                to draw on. \"If this were a question of resilience I wouldn't be standing here.";
    let spans: Vec<&str> = quotes(text).iter().map(|q| q.span.slice(text)).collect();
    assert_eq!(
        spans,
        [
            "When it comes to navigating choppy waters ... I have plenty of experience to \
             draw on.",
            "If this were a question of resilience I wouldn't be standing here."
        ]
    );
}

#[test]
fn a_single_mark_before_a_number_opens_a_quote_that_closes_later() {
    // Metro, May 2024: a closing-shaped mark opens a quote that starts with a number; an
    // elided year with no closing mark after it ("the ’90s") stays no quote.
    let text = "He cited ‘crumbling’ public services and issues blamed on ’14 years under \
                the Tories’.";
    let spans: Vec<&str> = quotes(text).iter().map(|q| q.span.slice(text)).collect();
    assert_eq!(spans, ["crumbling", "14 years under the Tories"]);
    assert!(quotes("Music of the ’90s was louder.").is_empty());
    let inside = "‘Songs of the ’90s were louder,’ she said.";
    let spans: Vec<&str> = quotes(inside)
        .iter()
        .map(|q| q.span.slice(inside))
        .collect();
    assert_eq!(spans, ["Songs of the ’90s were louder,"]);
}

#[test]
fn a_footnote_number_after_the_closing_mark_keeps_the_quote() {
    // A statement reprinted with its footnote numbers: `"…available."1`.
    let text = "The agency said: \"Further details will be made available.\"1 It gave no date.";
    let spans: Vec<&str> = quotes(text).iter().map(|q| q.span.slice(text)).collect();
    assert_eq!(spans, ["Further details will be made available."]);
}

#[test]
fn a_mark_left_open_after_a_reporting_verb_and_a_comma_runs_to_the_paragraph_end() {
    // A page cut before the closing mark: `He added, "We …` to the end of the paragraph.
    let text = "The minister spoke for an hour. He added, \"We will not give up on the \
                people of this town.\nThe meeting ended at noon.";
    let spans: Vec<&str> = quotes(text).iter().map(|q| q.span.slice(text)).collect();
    assert_eq!(spans, ["We will not give up on the people of this town."]);
}

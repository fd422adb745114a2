//! Tests of speaker reading on invented sentences, from the context around a quote:
//! participle openers, things that are no person behind "he said", acronyms, roles after a
//! quote, participles after a stretch of time, "this is what she said", passive agents, a
//! quote left open by a stray mark, and the name a lone pronoun falls back on.

use super::tests::{read, speakers};

#[test]
fn a_participle_opening_a_sentence_is_never_a_name() {
    let text = "Dana Reyes spoke at the harbour.\n\nLikening the scheme to just a ‘sham’, she \
                turned on what she described as ‘false hope’, calling it the ‘great curse of \
                this town.’\n\n“We will not pay,” she said.";
    let got = read(text);
    assert!(got.iter().all(|(w, _, _, _)| w != "Likening"), "{got:?}");
    assert!(speakers(text).iter().all(|s| s == "Dana Reyes"), "{got:?}");
}

#[test]
fn he_said_never_stands_for_a_disease_or_a_thing() {
    let text = "Health chief Tom Vance spoke on Monday.\n\nBlight has since reached the \
                valley, and the spread of Blight worries farmers.\n\n“We must act now,” he said.";
    let got = speakers(text);
    assert!(got.len() == 1 && got[0].ends_with("Tom Vance"), "{got:?}");
}

#[test]
fn a_role_after_a_quote_with_stated_speaks() {
    let text = "Bank chief Tom Vance spoke on Monday.\n\n“Prices will rise,” the bank chief \
                stated.\n\n“We are ready,” he said.";
    let got = speakers(text);
    assert!(
        got.len() == 2 && got.iter().all(|s| s.ends_with("Tom Vance")),
        "{got:?}"
    );
}

#[test]
fn an_acronym_in_capitals_is_no_function_word() {
    let text = "Agency head Tom Vance spoke on Monday.\n\n“Prices will rise,” the WHO chief \
                stated.\n\n“We are ready,” he said.";
    let got = speakers(text);
    assert!(
        got.len() == 2 && got[0].contains("WHO chief") && got[1] == got[0],
        "{got:?}"
    );
}

#[test]
fn he_reaches_back_over_sentences_that_name_no_one() {
    let text = "Dana Reyes was calm, although mayor Tom Vance had called her plan \
                ‘reckless’.\n\nThe harbour was quiet. Photo Agency\n\nYet the ‘old hand’ held \
                firm on the budget.\n\nLikening the row to just a ‘storm’, she turned on her \
                critics.\n\n“We will not pay,” she said.";
    let got = speakers(text);
    assert_eq!(
        got.last().map(String::as_str),
        Some("Dana Reyes"),
        "{got:?}"
    );
}

#[test]
fn a_colon_after_a_verb_of_no_speech_gives_the_subject() {
    let text = "Dana Reyes spoke at the harbour.\n\nShe spent a full minute repeating the \
                line: “I will not go!”";
    assert_eq!(speakers(text), ["Dana Reyes"]);
    let text = "Dana Reyes spoke at the harbour.\n\nTalking to the crowd on Friday, amid \
                reports that she would quit, Reyes spent a full minute repeating the line: \
                “I will not go!”";
    let got = speakers(text);
    assert!(got.len() == 1 && got[0].ends_with("Reyes"), "{got:?}");
}

#[test]
fn this_is_what_she_said_after_a_quote_gives_her() {
    let text = "Dana Reyes spoke at the harbour.\n\n“I will not go, I will not go”, this is \
                what she announced on Friday, to cheers.";
    assert_eq!(speakers(text), ["Dana Reyes"]);
}

#[test]
fn a_passive_label_by_an_agent_credits_the_agent() {
    let text = "The new strain has been labelled “the worst yet” by one expert.";
    assert_eq!(speakers(text), ["one expert"]);
}

#[test]
fn a_quote_broken_by_a_stray_opening_mark_is_the_speaker_s_after_it() {
    let text = "Dana Reyes spoke at the harbour.\n\n“The advice given to me by the board and \
                that of the [harbour trust]“Owners around the bay, who met yesterday, are \
                agreed,” Reyes said in a post.";
    let got = speakers(text);
    assert!(
        !got.is_empty() && got.iter().all(|s| s == "Dana Reyes"),
        "{got:?}"
    );
}

#[test]
fn an_unresolved_she_takes_the_name_before_her_in_her_sentence() {
    let text = "Tom Vance spoke first. “I asked nicely,” he said.\n\nHe said he asked Dana \
                Reyes if he could sing and she said “Fine”.";
    let got = speakers(text);
    assert_eq!(got, ["Tom Vance", "Dana Reyes"]);
}

#[test]
fn a_name_inside_a_quotation_or_a_nationality_is_no_antecedent() {
    let text = "“I thank every Spanish farmer and Dana Reyes,” he told them.";
    let got = speakers(text);
    assert!(
        got.iter()
            .all(|s| !s.contains("Reyes") && !s.contains("Spanish")),
        "{got:?}"
    );
}

#[test]
fn the_acronym_and_a_role_is_the_person_named_after_the_acronym() {
    let text = "WHO Director General Tom Vance spoke on Monday.\n\n“Prices will rise,” the \
                WHO chief stated.";
    assert_eq!(speakers(text), ["WHO Director General Tom Vance"]);
}

#[test]
fn a_title_with_for_and_a_place_is_part_of_the_subject() {
    let text = "WHO Regional Director for Africa Dana Reyes said fresh repairs are underway.\n\n\
                “We are ready,” she said.";
    assert_eq!(
        speakers(text),
        ["WHO Regional Director for Africa Dana Reyes"]
    );
}

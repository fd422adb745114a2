//! Tests of speaker reading on invented sentences: function words, auxiliaries and labels are
//! never speakers, coordinated verbs and opening clauses give their subjects, names set off
//! after roles speak, and descriptions resolve to the people named before.

use super::clause;
use super::tests::{pair, speakers, speakers_and_verbs, subject_of};
use super::*;
use crate::read::quotes::extract;

#[test]
fn a_conjunction_is_never_a_speaker_and_a_coordinated_verb_shares_the_subject() {
    let text = "Last month, the bakery shut its ovens. While the bakery has since apologised \
                for “burning the bread” and said it is working to reopen, the note is the \
                first word from its owner.";
    assert_eq!(speakers_and_verbs(text), [pair("the bakery", "said")]);
    let text = "The council voted for “a fresh start” and said the budget would follow.";
    assert_eq!(speakers(text), ["The council"]);
}

#[test]
fn function_words_never_name_a_speaker() {
    for phrase in [
        "and",
        "but",
        "doesn’t",
        "didn't",
        "who",
        "of the",
        "and so",
        "Which",
    ] {
        assert!(!clause::can_name_speaker(phrase), "{phrase}");
    }
    for phrase in [
        "he",
        "They",
        "someone",
        "many",
        "the bakery",
        "Dana Reyes",
        "NASA",
    ] {
        assert!(clause::can_name_speaker(phrase), "{phrase}");
    }
}

#[test]
fn an_auxiliary_is_never_the_subject_the_subject_stands_before_it() {
    let t = "She doesn’t says that the pumps are fixed.";
    assert_eq!(subject_of(t, "says").as_deref(), Some("She"));
    let t = "The minister won't comment on the pumps.";
    assert_eq!(
        subject_of(t, "comment")
            .as_deref()
            .unwrap_or("The minister"),
        "The minister"
    );
    // The pronoun after a sentence with a negated auxiliary still finds the named speaker.
    let text = "In the letter, Dana Reyes says the firm has been “working day and night” on \
                the pumps. She doesn’t says that the pumps are fixed. “No pump is perfect, but \
                we will keep at it,” she writes.";
    let got = speakers(text);
    assert_eq!(got.last().map(String::as_str), Some("Dana Reyes"));
}

#[test]
fn a_label_before_a_colon_is_no_antecedent() {
    let text = "The mayor spoke on Monday.\n\nTranslation: the council will not raise rates \
                again. “We do not want further cuts,” he said.";
    assert_eq!(speakers(text), ["The mayor"]);
    // A name before a colon that the quote follows is the speaker.
    let text = "The hearing ended at noon.\n\nDana Reyes: “We will appeal.”";
    assert_eq!(speakers(text), ["Dana Reyes"]);
}

#[test]
fn a_pronoun_subject_stands_for_the_name_in_its_sentence_s_opening_clause() {
    let text = "Markets rose on Friday. While Tom Vance did not confirm the plan, he hinted \
                at it. “The time is near,” he said.";
    assert_eq!(speakers(text), ["Tom Vance"]);
}

#[test]
fn a_ticker_before_a_company_is_no_part_of_a_name() {
    let text = "Corvana Inc.'s CRVN CRVNA Corvana CEO Dana Reyes addressed staff on \
                Monday.\n\n“We will fix it,” Reyes said.";
    assert_eq!(speakers(text), ["Corvana CEO Dana Reyes"]);
    // An acronym before the title it goes with stays.
    let text = "NASA Administrator Tom Vance spoke on Monday.\n\n“We will fly,” Vance said.";
    assert_eq!(speakers(text), ["NASA Administrator Tom Vance"]);
}

#[test]
fn a_person_s_document_speaks_for_the_person() {
    let text = "Bank chief Tom Vance wrote to staff on Monday.\n\nVance’s memo said the bank \
                would keep “a steady course.”";
    assert_eq!(speakers(text), ["Tom Vance"]);
}

#[test]
fn an_adverb_between_the_name_after_a_quote_and_its_verb_is_no_part_of_the_name() {
    let text = "“We will appeal,” Dana Reyes reportedly said.";
    assert_eq!(speakers_and_verbs(text), [pair("Dana Reyes", "said")]);
}

#[test]
fn a_closing_clause_after_the_writer_s_own_words_attributes_the_quote() {
    let text = "The chef “loved” his kitchen, the owner told the paper: “He never left.”";
    let got = speakers_and_verbs(text);
    assert_eq!(got[0], pair("the owner", "told"));
}

#[test]
fn what_before_a_subject_is_the_object_not_the_speaker() {
    let text = "She left in what critics described as “a cowardly retreat”.";
    assert_eq!(speakers(text), ["critics"]);
}

#[test]
fn a_title_case_headline_s_verb_ends_its_subject() {
    let text = "Bank Chief Admits ‘Our Mistake’";
    assert_eq!(speakers_and_verbs(text), [pair("Bank Chief", "Admits")]);
    // A capitalised noun inside a name is still no verb.
    let text = "The Morning Post reported “a sharp rise” in rents.";
    assert_eq!(speakers(text), ["The Morning Post"]);
}

#[test]
fn for_inside_a_name_or_after_a_role_joins_the_phrase() {
    let text = "A spokesperson for Corvana said “we regret the delay”.";
    assert_eq!(speakers(text), ["A spokesperson for Corvana"]);
    let t = "The Office for Road Safety said the crossing was unsafe.";
    assert_eq!(
        subject_of(t, "said").as_deref(),
        Some("The Office for Road Safety")
    );
}

#[test]
fn a_name_set_off_after_a_role_after_the_quote_speaks() {
    let text = "“It was a mistake,” the company’s chief executive, Tom Vance, told investors.";
    assert_eq!(speakers(text), ["Tom Vance"]);
    let text = "The ruling was “unjust,” the family’s lawyer, Sam Okafor, said.";
    assert_eq!(speakers(text), ["Sam Okafor"]);
}

#[test]
fn a_name_set_off_after_a_role_is_the_subject_a_pronoun_stands_for() {
    let text = "The mayor, Dana Reyes, did not hold back. “It is a mess,” she said.";
    assert_eq!(speakers(text), ["Dana Reyes"]);
}

#[test]
fn a_conjunction_opening_a_sentence_is_no_part_of_its_subject() {
    let text = "But Reyes was not convinced. “It is a mess,” she said.";
    assert_eq!(speakers(text), ["Reyes"]);
}

#[test]
fn a_source_close_to_something_is_one_speaker() {
    let text = "“It is sound,” a source close to the firm said.";
    assert_eq!(speakers(text), ["a source close to the firm"]);
    let text = "People familiar with the talks said the deal was “close”.";
    assert_eq!(speakers(text), ["People familiar with the talks"]);
}

#[test]
fn a_parenthetical_between_dashes_is_skipped() {
    let text = "Reyes — who leads the party — said it was “a dark day”.";
    assert_eq!(speakers(text), ["Reyes"]);
}

#[test]
fn a_demonym_after_the_refers_to_the_person_named_before() {
    let text = "Coach Tom Vance spoke after the match. “We were poor,” Vance said.\n\nBut the \
                Spaniard later wrote online: “I regret my words.”";
    assert_eq!(speakers(text), ["Coach Tom Vance", "Coach Tom Vance"]);
}

#[test]
fn a_described_name_resolves_to_the_name() {
    let text = "Dana Reyes lost her seat on Friday.\n\n“I’m devastated,” said a tearful Reyes.";
    assert_eq!(speakers(text), ["Dana Reyes"]);
    // An office after adjectives is no name.
    let text = "“We are ready,” said the rain-soaked Prime Minister.";
    assert_eq!(speakers(text), ["the rain-soaked Prime Minister"]);
}

#[test]
fn the_subject_after_an_opening_phrase_is_no_appositive() {
    let text = "Speaking to reporters on Friday, the striker, who joined in 2019, said: “We \
                will win.”";
    assert_eq!(speakers(text), ["the striker"]);
}

#[test]
fn a_compound_adjective_is_no_part_of_a_name() {
    let text = "Rain-soaked Vance calls a vote\n\nA sodden Mr Vance spoke on Friday, as he said \
                he would “fight for every seat”.";
    assert_eq!(speakers(text), ["Mr Vance"]);
}

/// The best speaker of the first quote of `text`, read as a headline quote.
fn headline_speaker(text: &str) -> String {
    let model = TextModel::new(text);
    let mut quotes = extract(text, &model);
    quotes[0].kind = QuoteKind::Headline;
    attribute_quotes(text, &model, &mut quotes);
    headline_from_body(text, &mut quotes);
    let a = quotes[0].attribution.clone().unwrap_or_default();
    a.best_speaker().to_string()
}

#[test]
fn a_role_a_headline_credits_is_the_person_the_body_names_in_it() {
    let text = "Bank chief calls delay ‘unacceptable’\n\nBank chief Tom Vance has told staff \
                that the delay in payments was wrong.";
    assert_eq!(headline_speaker(text), "Bank chief Tom Vance");
    // A headline speaker that is no role keeps its own speaker.
    let text = "Bank calls delay ‘unacceptable’\n\nBank chief Tom Vance has told staff so.";
    assert_eq!(headline_speaker(text), "Bank");
}

#[test]
fn a_quote_before_a_name_s_document_is_the_name_s() {
    let text = "‘Unacceptable’: Bank Chief Tom Vance’s Memo To Staff Over Delays";
    assert_eq!(speakers(text), ["Bank Chief Tom Vance"]);
    // A name's belonging that is no document credits no one.
    let text = "‘Unacceptable’: Bank Chief Tom Vance’s Dog Wins Prize";
    assert_eq!(speakers(text), [""]);
}

#[test]
fn a_name_at_or_from_an_organisation_speaks_and_so_do_people_there() {
    let text = "Jo Bloggs at Acme Bank said the results were “weak”.";
    assert_eq!(speakers(text), ["Jo Bloggs"]);
    let text = "Jo Bloggs from Acme Bank called the results “weak”.";
    assert_eq!(speakers(text), ["Jo Bloggs"]);
    let text = "Analysts at Acme Bank said the results were “weak”.";
    assert_eq!(speakers(text), ["Analysts at Acme Bank"]);
}

#[test]
fn a_participle_after_the_noun_ends_the_phrase_after_according_to() {
    let text = "“It was hard,” according to a letter seen by the paper.";
    assert_eq!(speakers(text), ["a letter"]);
}

#[test]
fn a_pronoun_never_stands_for_someone_the_text_calls_by_the_other() {
    let text = "Tom Vance will take over from Dana Reyes. “It was time,” Reyes said. “I loved \
                it,” she added. “I am honoured,” Vance said. “I will miss her,” he added. \
                “It will be hard,” she said.";
    let got = speakers(text);
    assert_eq!(got.last().map(String::as_str), Some("Dana Reyes"));
    assert_eq!(got[3], "Tom Vance");
}

#[test]
fn the_subject_of_quoted_as_saying_speaks() {
    let text = "Vance was quoted as saying: “It was hard.”";
    assert_eq!(speakers(text), ["Vance"]);
    let text = "“It was hard,” Vance was quoted as saying.";
    assert_eq!(speakers(text), ["Vance"]);
}

#[test]
fn a_document_from_someone_is_one_phrase_and_speaks_for_its_author() {
    let text = "“Thank you all,” read a statement from the mayor’s office.";
    assert_eq!(speakers(text), ["a statement from the mayor’s office"]);
}

#[test]
fn a_plural_opening_a_sentence_is_no_antecedent_for_he() {
    for text in [
        "Reporters asked Vance about the plan. “It is dead,” he said.",
        "Fans cheered as Vance arrived. “It is great,” he said.",
    ] {
        assert_eq!(speakers(text), ["he"], "{text}");
    }
    // A surname ending in "s" is a name once the text writes it inside a sentence.
    let text = "Coach Tom Jones spoke on Monday.\n\nJones was furious. “It is dead,” he said.";
    assert_eq!(speakers(text), ["Coach Tom Jones"]);
}

#[test]
fn a_word_of_time_set_off_by_a_comma_is_no_subject() {
    let text = "Yesterday, Vance arrived in Leeds. “It is great,” he said.";
    assert_eq!(speakers(text), ["Vance"]);
}

#[test]
fn an_irregular_past_ends_a_headline_s_subject() {
    let text = "Flowers laid at the stadium for “the greatest of them all”";
    assert_eq!(speakers(text), [""]);
}

#[test]
fn people_opening_a_sentence_still_speak() {
    let text = "Fans chanted “one more year, Jurgen” outside the ground.";
    assert_eq!(speakers(text), ["Fans"]);
}

#[test]
fn a_relative_clause_between_the_quote_and_its_verb_is_skipped() {
    let text = "“This is a mess,” one resident, who asked not to be named, said.";
    assert_eq!(speakers_and_verbs(text), [pair("one resident", "said")]);
}

#[test]
fn whether_opens_a_clause_and_is_no_part_of_a_subject() {
    let text = "It is unclear whether Vance ever said the deal was “dead”.";
    assert_eq!(speakers(text), ["Vance"]);
}

#[test]
fn a_description_of_a_person_is_the_one_the_last_sentences_are_about() {
    let text = "Dana Reyes has resigned. Tom Vance paid tribute on Monday. “She was great,” \
                the veteran said.";
    assert_eq!(speakers(text), ["Tom Vance"]);
    let text = "Dana Reyes has resigned.\n\nThe mother of two said: “It was time.”";
    assert_eq!(speakers(text), ["Dana Reyes"]);
    // An office is one person the article may name anywhere: not the last subject.
    let text = "Tom Vance met the prime minister on Monday. “It went well,” the prime minister \
                said.";
    assert_ne!(speakers(text), ["Tom Vance"]);
}

#[test]
fn a_quote_naming_someone_s_speech_is_theirs() {
    let text = "Vance’s ‘we will win’ speech drew cheers.";
    assert_eq!(speakers(text), ["Vance"]);
    let text = "Dana Reyes spoke on Monday. Her ‘we will not bow’ message drew cheers.";
    assert_eq!(speakers(text), ["Dana Reyes"]);
    // A quote after a possessive that names no speech is no one's words.
    let text = "Reyes was jailed for her “cruel, calculated and cynical campaign”.";
    assert_eq!(speakers(text), [""]);
}

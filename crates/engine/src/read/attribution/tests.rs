//! Tests of the attribution reader: verbs, subjects, resolution, lead-ins and passages.

use super::*;
use crate::read::quotes::extract;

/// (speaker as written, resolved speaker, verb, participle) of each top-level quote.
pub(super) fn read(text: &str) -> Vec<(String, Option<String>, String, Option<String>)> {
    let model = TextModel::new(text);
    let mut quotes = extract(text, &model);
    attribute_quotes(text, &model, &mut quotes);
    lead_in(text, &model, &mut quotes);
    inherit(&model, &mut quotes);
    let index = QuoteIndex::new(&quotes);
    let mut items: Vec<Attributed> = quotes
        .iter_mut()
        .filter_map(|q| {
            let at = q.span.start;
            q.attribution
                .as_mut()
                .map(|a| Attributed { at, attribution: a })
        })
        .collect();
    resolve(text, &model, &index, &mut items);
    quotes
        .iter()
        .filter(|q| q.parent.is_none())
        .map(|q| {
            let a = q.attribution.clone().unwrap_or_default();
            (a.speaker, a.resolved_speaker, a.verb, a.participle)
        })
        .collect()
}

#[test]
fn a_pronoun_can_stand_for_the_subject_of_the_first_sentence() {
    // AP (kstp.com), July 16, 2024.
    let text = "Gareth Southgate has announced he will step down as England manager after \
                eight years in charge. Southgate led England to the final of Euro 2024 – \
                losing 2-1 to Spain on Sunday. “As a proud Englishman, it has been the honour \
                of my life to play for England and to manage England,” he said.";
    let got = read(text);
    assert_eq!(got[0].0, "he");
    assert_eq!(got[0].1.as_deref(), Some("Gareth Southgate"));
}

#[test]
fn a_participle_belongs_to_the_coordinated_clause_before_it() {
    // The New York Times, July 14, 2024.
    let text = "Republicans said the convention would proceed as planned, and Mr. Trump \
                flew to Milwaukee on Sunday afternoon, vowing to remain “defiant in the face \
                of wickedness.”";
    let got = read(text);
    assert_eq!(got[0].0, "Mr. Trump");
    assert_eq!(got[0].2, "vowing");
    assert_eq!(got[0].3, None);
    // Without a coordinated clause the participle still shares the main verb's subject.
    let text = "North Korea bristled Saturday at the declaration, casting it as an “illegal” \
                document.";
    let got = read(text);
    assert_eq!(
        (got[0].0.as_str(), got[0].2.as_str()),
        ("North Korea", "bristled")
    );
    assert_eq!(got[0].3.as_deref(), Some("casting"));
}

#[test]
fn a_pronoun_takes_the_titled_name_before_its_verb() {
    // newsmakerslive.org, January 2023.
    let text = "Ms Ardern resigns at just 42 after becoming leader just over five years \
                ago. During her press conference she admitted, “I didn’t expect to be prime \
                minister”.";
    let got = read(text);
    assert_eq!(got[0].0, "she");
    assert_eq!(got[0].1.as_deref(), Some("Ms Ardern"));
}

#[test]
fn a_fuller_mention_never_runs_into_the_next_paragraph() {
    // Yahoo News UK, January 2023: the headline ends "… prime minister of New Zealand";
    // the next paragraph opens with "New Zealand leader Jacinda Ardern".
    let text = "'Not enough in the tank': Jacinda Ardern resigns as prime minister of New \
                Zealand\nNew Zealand leader Jacinda Ardern has announced she will step down.\n\
                Making the shock announcement at a caucus meeting on Thursday, the prime \
                minister said she gave herself time over summer.";
    let article = crate::read::article::Article::read(text, &[]);
    let said = article
        .indirect
        .iter()
        .find(|i| i.attribution.verb == "said")
        .expect("the prime minister said …");
    assert_eq!(said.attribution.speaker, "the prime minister");
    let resolved = said.attribution.best_speaker();
    assert!(!resolved.contains('\n'), "{resolved:?}");
    // The fuller mention keeps its own words: "prime minister", not "minister".
    assert_eq!(resolved, "prime minister of New Zealand");
}

#[test]
fn a_paragraph_of_quotation_after_its_announcement() {
    // tribalfootball.com, July 16, 2024: no reporting verb anywhere near the statement.
    let text = "Gareth Southgate has stepped down as England boss after nearly eight years \
                in charge.\n\nAdvertisement Advertisement\n\nThe 53-year-old, who managed \
                over 100 games in charge of the national team has left a message to England \
                fans.\n\n“As a proud Englishman, it has been the honour of my life to play for \
                England and to manage England.\n\n“Thank you, England – for everything.";
    let got = read(text);
    // One statement over two paragraphs, its closing mark never printed.
    assert_eq!(got.len(), 1);
    for (speaker, resolved, verb, _) in &got {
        assert_eq!(speaker, "The 53-year-old");
        assert_eq!(resolved.as_deref(), Some("Gareth Southgate"));
        assert_eq!(verb, "");
    }
    // A paragraph that announces nothing lends no speaker.
    let text = "The 53-year-old managed over 100 games in charge of the national team.\n\n\
                “As a proud Englishman, it has been the honour of my life.";
    assert_eq!(read(text)[0].0, "");
}

#[test]
fn a_long_passage_keeps_its_speaker_to_the_end() {
    // A statement quoted paragraph by paragraph (as ITV and tribalfootball.com printed
    // Gareth Southgate's, July 2024): each paragraph continues the one before.
    let text = "“It has meant everything to me,” the manager said.\n\n“I joined the FA in \
                2011.”\n\n“I have had the privilege of leading a large group of players.”\n\n\
                “We have the best fans in the world.”\n\n“Thank you, England – for \
                everything.”";
    let got = read(text);
    assert_eq!(got.len(), 5);
    assert!(got.iter().all(|(s, ..)| s == "the manager"), "{got:?}");
}

#[test]
fn an_adverb_between_the_auxiliary_and_the_verb() {
    // AP, July 14, 2024 (with a quote for the verb to report).
    let text = "The president has long emphasized that “violence has never been the answer.”";
    assert_eq!(read(text)[0].0, "The president");
}

pub(super) fn speakers_and_verbs(text: &str) -> Vec<(String, String)> {
    read(text).into_iter().map(|(s, _, v, _)| (s, v)).collect()
}

pub(super) fn pair(s: &str, v: &str) -> (String, String) {
    (s.to_string(), v.to_string())
}

#[test]
fn main_verb_carries_the_stance_and_the_participle_is_kept() {
    // Yonhap / AP, July 13, 2024.
    let text = "According to a report, North Korea bristled Saturday at this week's NATO \
                summit declaration that condemned its weapons exports to Russia, casting it \
                as an “illegal” document and warning of strong “strategic counteraction.”";
    let got = read(text);
    assert_eq!(got[0].0, "North Korea");
    assert_eq!(got[0].2, "bristled");
    assert_eq!(got[0].3.as_deref(), Some("casting"));
    assert_eq!(got[1].2, "bristled");
    assert_eq!(got[1].3.as_deref(), Some("warning"));
}

#[test]
fn coordinated_verb_shares_the_subject() {
    let text = "North Korea on Saturday denounced a NATO summit declaration that condemned \
                its weapons exports to Russia, calling it “illegal” and warned of strong \
                “strategic counteraction.”";
    assert_eq!(
        speakers_and_verbs(text),
        [
            pair("North Korea", "denounced"),
            pair("North Korea", "warned")
        ]
    );
}

#[test]
fn trailing_attribution_after_the_quote() {
    // Kyiv Independent, July 13, 2024; Reuters style inversion.
    let text = "\"Any transfer of ballistic missiles by Iran to Russia would represent a \
                substantial escalation,\" the declaration read. \"We will not yield,\" said \
                Foreign Minister Choe Son Hui. “We are ready,” Kim Yo Jong, the leader's \
                sister, said in a statement.";
    assert_eq!(
        speakers_and_verbs(text),
        [
            pair("the declaration", "read"),
            pair("Foreign Minister Choe Son Hui", "said"),
            pair("Kim Yo Jong", "said")
        ]
    );
}

#[test]
fn parenthetical_between_subject_and_verb_is_skipped() {
    let text = "The ministry spokesperson, cited by KCNA, claimed the declaration “incites \
                new Cold War,” and demands “a new force.”";
    let got = speakers_and_verbs(text);
    assert_eq!(got[0], pair("The ministry spokesperson", "claimed"));
    assert_eq!(got[1].0, "The ministry spokesperson");
}

#[test]
fn sentence_subject_when_no_verb_is_a_reporting_verb() {
    let text = "In Washington this week, NATO members issued a joint declaration on \
                “fuelling Russia's war of aggression” in Europe.";
    let got = read(text);
    assert_eq!(got[0].0, "NATO members");
    assert_eq!(got[0].2, "");
}

#[test]
fn adverbial_quote_and_pronoun_resolution_in_the_sentence() {
    // Yonhap, July 13, 2024.
    let text = "On Wednesday, NATO leaders released the declaration, in which they \
                “strongly” condemned the North's arms exports and voiced “great concern.”";
    let got = read(text);
    assert_eq!(got[0].0, "they");
    assert_eq!(got[0].1.as_deref(), Some("NATO leaders"));
    assert_eq!(got[0].2, "condemned");
    assert_eq!(got[1].0, "they");
    assert_eq!(got[1].1.as_deref(), Some("NATO leaders"));
    assert_eq!(got[1].2, "voiced");
}

#[test]
fn he_and_the_official_resolve_to_the_fuller_mention() {
    let text = "A spokesperson of the North's foreign ministry issued the statement.\n\
                “We will respond,” the spokesperson said.\n\
                “We will never overlook the threat,” the official said.\n\
                “It is illegal,” he added.";
    let got = read(text);
    let full = Some("A spokesperson of the North's foreign ministry".to_string());
    assert_eq!(got[0].1, full);
    assert_eq!(got[1].1, full);
    assert_eq!(got[2].1, full);
}

#[test]
fn surname_resolves_to_the_full_name() {
    // AP, June 2024.
    let text = "North Korean leader Kim Jong Un met Vladimir Putin on Wednesday.\n\
                “This is a new era,” Kim said.";
    let got = read(text);
    assert_eq!(got[0].0, "Kim");
    assert_eq!(got[0].1.as_deref(), Some("Kim Jong Un"));
}

#[test]
fn according_to_and_continued_quotes() {
    let text = "“The talks failed,” according to the ministry statement.\n\
                “We regret it deeply.”";
    let got = read(text);
    assert_eq!(got[0].0, "the ministry statement");
    assert_eq!(got[0].2, "according to");
    assert_eq!(got[1].0, "the ministry statement");
}

#[test]
fn headline_verb() {
    let text = "North Korea threatens NATO with 'tougher strategic counteraction' over \
                summit declaration";
    assert_eq!(speakers_and_verbs(text), [pair("North Korea", "threatens")]);
}

#[test]
fn a_pronoun_is_a_whole_subject_and_a_thing_does_not_stand_for_one() {
    // The Week and i24NEWS on Zelensky's address to Congress, December 2022.
    let text = "\"Your money is not charity,\" Zelensky said. This battle against tyranny \
                \"cannot be frozen or postponed,\" he added. He drew a comparison, noting: \
                “Ukraine holds its lines and will never surrender.”";
    let got = read(text);
    assert_eq!(got[1].0, "he");
    assert_ne!(got[1].1.as_deref(), Some("This battle against tyranny"));
    assert_eq!(got[2].0, "He");
    assert_eq!(got[2].2, "noting");
}

/// The best speaker (resolved, else as written) of each top-level quote.
pub(super) fn speakers(text: &str) -> Vec<String> {
    read(text)
        .into_iter()
        .map(|(written, resolved, _, _)| resolved.unwrap_or(written))
        .collect()
}

#[test]
fn a_long_appositive_may_stand_between_the_name_after_a_quote_and_its_verb() {
    // Reuters (tnp.straitstimes.com), 21 October 2023.
    let text = "LONDON – England World Cup winner Geoff Hurst led the tributes.\n\nHurst, who \
                hit a hat-trick in the 1966 final, described him as a “great colleague and \
                friend”.\n\n“Very sad news today,” the 81-year-old, the only surviving member \
                of Alf Ramsey’s heroes, wrote on X.";
    let got = speakers(text);
    assert_eq!(got, ["Geoff Hurst", "Geoff Hurst"]);
}

#[test]
fn a_passive_with_its_agent_credits_the_agent() {
    // extra.ie, 21 August 2023.
    let text = "The most prolific child serial killer in modern British history was told by \
                judge Mr Justice Goss there was a ‘malevolence bordering on sadism in your \
                actions’ for which ‘you have no remorse’.";
    assert_eq!(read(text)[0].0, "judge Mr Justice Goss");
}

#[test]
fn a_quote_after_a_possessive_is_not_the_subject_s_own_words() {
    // todayheadline.co, 21 August 2023.
    let text = "Lucy Letby will spend the rest of her life in jail after being sentenced to a \
                rare whole life order for her “cruel, calculated and cynical campaign of child \
                murder”.";
    assert_eq!(read(text)[0].0, "");
}

#[test]
fn a_participle_after_a_dash_or_by_shares_the_main_subject() {
    // The Sun (sportlife.news), 21 October 2023; nehandaradio.com, 26 January 2024.
    let text = "The Prince of Wales, 41, also paid tribute to the hero – dubbing him a “true \
                great”.";
    assert_eq!(read(text)[0].0, "The Prince of Wales");
    let text = "Jürgen Klopp has stunned Liverpool supporters by announcing that he is to leave \
                the club at the end of the season attributing the shock decision to him \
                “running out of energy”.";
    assert_eq!(read(text)[0].0, "Jürgen Klopp");
}

#[test]
fn a_statement_on_behalf_of_someone_is_theirs_and_so_is_the_statement_after() {
    // hellorayo.co.uk, 21 October 2023.
    let text = "A statement on behalf of the Charlton family said: \"It is with great sadness \
                that we share the news.\"\nThe statement added: \"His family would like to pass \
                on their thanks.\"";
    assert_eq!(
        speakers(text),
        ["the Charlton family", "the Charlton family"]
    );
}

#[test]
fn they_stands_for_a_family_and_he_never_for_an_organisation() {
    // The Sun (sportlife.news), 21 October 2023.
    let text = "Sir Bobby’s heartbroken family shared a statement to let the nation know the \
                tragic news.\nThey wrote: “It is with great sadness that we share the news.”";
    assert_eq!(speakers(text), ["Sir Bobby’s heartbroken family"]);
    // PA (careappointments.com), 22 May 2024.
    let text = "Rishi Sunak fired the starting gun for a July 4 General Election.\n\nMr Sunak’s \
                announcement came after the Office for National Statistics said inflation \
                slowed to 2.3% in April.\n\nHe said that inflation was now “back to normal”.";
    assert_eq!(speakers(text), ["Rishi Sunak"]);
}

#[test]
fn a_name_before_an_office_is_no_surname() {
    // CNN (goldberglawma.com), 9 January 2024.
    let text = "Boeing CEO David Calhoun said it.\n\nA company source told CNN that Boeing \
                believes “the mistake in question” was introduced in the supply chain.";
    assert_eq!(speakers(text), ["Boeing"]);
}

#[test]
fn an_office_refers_to_the_person_named_with_it() {
    // The Sun (sportlife.news), 21 October 2023.
    let text = "PRINCE William hailed Sir Bobby Charlton a “legend and gentleman”.\nThe Prince \
                of Wales, 41, also paid tribute to the hero – dubbing him a “true great”.";
    assert_eq!(speakers(text)[1], "PRINCE William");
}

#[test]
fn a_role_subject_stands_for_a_pronoun_and_resolves_to_the_name() {
    // extra.ie, 21 August 2023.
    let text = "Lucy Letby was told by judge Mr Justice Goss there was a ‘malevolence’.\n\
                The 33-year-old was convicted by a jury of murdering seven babies.\n\
                The judge handed her a whole-life order at Manchester Crown Court on Monday.\n\
                Addressing the nurse, he said: ‘You acted in a way that was completely contrary \
                to the normal human instincts.’";
    assert!(
        speakers(text)[1].ends_with("Mr Justice Goss"),
        "{:?}",
        speakers(text)
    );
}

#[test]
fn the_one_quoted_as_saying_speaks_not_the_one_quoting() {
    // KCNA via Yonhap (November 2023); a campaign rally report (2024).
    let got = speakers_and_verbs(
        "“The G7 should be dissolved immediately,” the state news agency KCNA quoted Jo as saying.",
    );
    assert_eq!(got[0], pair("Jo", "quoted"));
    let got = speakers_and_verbs(
        "At the rally, the former president depicted Harris as saying “we will ban fracking.”",
    );
    assert_eq!(got[0].0, "Harris", "{got:?}");
}

#[test]
fn a_name_set_off_after_a_role_is_the_speaker() {
    // A ministry statement as wire reports give it (2024).
    let got = speakers_and_verbs(
        "A spokesperson for the ministry, Jane Holt, said: “The report is wrong.”",
    );
    assert_eq!(got[0], pair("Jane Holt", "said"));
    // A name after a name is an appositive of that name: the first stays the subject.
    let got = speakers_and_verbs("Tom Vance, Prime Minister, said: “We will win.”");
    assert_eq!(got[0], pair("Tom Vance", "said"));
}

#[test]
fn a_role_for_a_body_speaks_not_the_body() {
    // Court and company reports as wire services write them (2024).
    let got = speakers_and_verbs("“We will appeal the ruling,” a lawyer for Acme Corp said.");
    assert_eq!(got[0], pair("a lawyer for Acme Corp", "said"));
    let got = speakers_and_verbs("“We will appeal,” a spokesman for the firm said.");
    assert_eq!(got[0], pair("a spokesman for the firm", "said"));
}

// Subjects found by the shared clause reader (tests of the former `framing/clauses.rs`).

/// The speaker as written of the reporting verb `verb` ([`sentence_verbs`]), else the
/// subject of the sentence holding it ([`subject_of_sentence`]).
pub(super) fn subject_of(text: &str, verb: &str) -> Option<String> {
    let model = TextModel::new(text);
    let quotes = extract(text, &model);
    if let Some(v) = sentence_verbs(text, &model, &quotes)
        .into_iter()
        .find(|v| v.attribution.verb == verb)
    {
        return v
            .attribution
            .speaker_span
            .map(|s| s.slice(text).to_string());
    }
    let at = text.find(verb)?;
    let sentence = model
        .sentences
        .iter()
        .find(|s| s.span.contains_offset(at))?;
    subject_of_sentence(text, sentence.span).map(|s| s.slice(text).to_string())
}

#[test]
fn subjects_are_found_over_appositives_auxiliaries_and_relatives() {
    // Sentences from Yonhap and Whatfinger News reports (July 2024).
    let t =
        "The ministry spokesperson, cited by KCNA, claimed the declaration incites a new Cold War.";
    assert_eq!(
        subject_of(t, "claimed").as_deref(),
        Some("The ministry spokesperson")
    );
    let t = "North Korea has unleashed a fierce rebuke against a NATO declaration.";
    assert_eq!(subject_of(t, "unleashed").as_deref(), Some("North Korea"));
    let t = "The declaration that was issued Wednesday stressed that exports violate resolutions.";
    assert_eq!(
        subject_of(t, "stressed").as_deref(),
        Some("The declaration")
    );
    let t = "State-run Korean Central News Agency (KCNA) reported that the ministry objected.";
    assert_eq!(
        subject_of(t, "reported").as_deref(),
        // The shared reader keeps an acronym in brackets with its name (naming's alias).
        Some("State-run Korean Central News Agency (KCNA)")
    );
    let t = "A spokesperson of the North’s foreign ministry issued the statement.";
    assert_eq!(
        subject_of(t, "issued").as_deref(),
        Some("A spokesperson of the North’s foreign ministry")
    );
}

#[test]
fn a_word_between_the_auxiliary_and_the_verb_is_no_subject() {
    // AP, 14 July 2024.
    let t = "The president has long emphasized the importance of national unity, but his message has taken on a new weight.";
    assert_eq!(
        subject_of(t, "emphasized").as_deref(),
        Some("The president")
    );
}

#[test]
fn the_object_of_a_preposition_is_not_part_of_the_subject() {
    // Yahoo News UK, January 2023.
    let t = "Ms Ardern came under fire from critics who accused her government of unnecessarily locking down the islands.";
    assert_eq!(subject_of(t, "accused").as_deref(), Some("critics"));
}

#[test]
fn no_subject_is_better_than_a_wrong_one() {
    // The subject of "said" after a quote is the phrase after it, never words before the quote.
    let t = "\"We will respond,\" said the official.";
    assert_eq!(subject_of(t, "said").as_deref(), Some("the official"));
    let t = "\"We will respond.\"";
    assert_eq!(subject_of(t, "respond"), None);
}

/// The attribution of each top-level quote (None for a quote with none).
pub(super) fn attributions(text: &str) -> Vec<Option<Attribution>> {
    let model = TextModel::new(text);
    let mut quotes = extract(text, &model);
    attribute_quotes(text, &model, &mut quotes);
    quotes
        .iter()
        .filter(|q| q.parent.is_none())
        .map(|q| q.attribution.clone())
        .collect()
}

#[test]
fn a_name_and_verb_after_the_body_of_the_quote_s_sentence_attribute_it() {
    let text = "The verdict was a ‘crucial’ test for the industry, Dana Reyes told the paper.";
    assert_eq!(speakers_and_verbs(text), [pair("Dana Reyes", "told")]);
    let text = "The deal is “a disaster” for farmers, the union’s leader said.";
    assert_eq!(
        speakers_and_verbs(text),
        [pair("the union’s leader", "said")]
    );
}

#[test]
fn a_sign_or_a_banner_is_not_a_speaker() {
    for text in [
        "Protesters outside the court held a placard that read “Justice for the babies”.",
        "Fans unfurled a banner reading “Thank you Jurgen” before kick-off.",
        "“Thank you Jurgen,” read one banner at Anfield.",
    ] {
        let got = attributions(text);
        assert_eq!(got.len(), 1, "{text}");
        assert_eq!(got[0], None, "{text}: a sign says it, no person");
    }
}

#[test]
fn a_coordinated_subject_speaks_as_a_whole() {
    let text = "The senator and her husband said “we are grateful for the support”.";
    assert_eq!(
        speakers_and_verbs(text),
        [pair("The senator and her husband", "said")]
    );
}

#[test]
fn a_participle_of_speech_after_another_verb_takes_its_subject() {
    let text = "Tom Vance made the remarks at a rally, also saying “we will win this fight”.";
    assert_eq!(speakers(text), ["Tom Vance"]);
}

#[test]
fn credits_and_the_writers_asides_are_not_reporting_verbs() {
    let text = "The council approved the plan on Monday. It should be noted that the vote was \
                close. It is worth noting that two members were absent. Reporting by Jane \
                Doe; Editing by John Roe. Additional reporting by Ann Smith.";
    let model = TextModel::new(text);
    let quotes = extract(text, &model);
    let verbs: Vec<String> = verbs::sentence_verbs(text, &model, &quotes)
        .into_iter()
        .map(|v| v.attribution.verb)
        .collect();
    assert!(verbs.is_empty(), "{verbs:?}");
}

#[test]
fn a_past_participle_opening_a_sentence_is_no_speaker() {
    // dailyguidenetwork.com, November 28, 2024.
    let text = "Asked about those marks, Guardiola said: “Yeah, my finger. Here,” as he \
                performed a rapid downward motion along his nose. “My nail.”\n\n\
                Then he added with a smile: “I want to harm myself.”";
    let got = read(text);
    let last = got.last().unwrap();
    assert_eq!(last.0, "he");
    assert_eq!(last.1.as_deref(), Some("Guardiola"));
}

#[test]
fn a_reporting_verb_after_and_shares_the_subject_of_the_sentence() {
    // BBC Sport, November 27, 2024.
    let text = "Asked by reporters during his news conference about a mark on his nose, \
                Guardiola made a scratching motion and said: “With my finger, my nail.”";
    let got = read(text);
    assert_eq!(got[0].0, "Guardiola");
    assert_eq!(got[0].2, "said");
}

#[test]
fn a_pronoun_stands_for_a_surname_earlier_in_its_sentence() {
    // Reuters (asiaone.com), November 28, 2024.
    let text = "Guardiola was asked in the post-match press conference how he got a cut on \
                his nose, and he replied: \"With my finger, my nail. I want to harm myself.\"";
    let got = read(text);
    assert_eq!(got[0].0, "he");
    assert_eq!(got[0].1.as_deref(), Some("Guardiola"));
}

#[test]
fn a_dateline_is_not_the_subject_a_pronoun_stands_for() {
    // Reuters (asiaone.com), November 28, 2024: the next sentence's "he" is Guardiola, not
    // the city of the dateline.
    let text = "MANCHESTER, England — Manchester City manager Pep Guardiola made a joke after a \
                3-3 draw with Feyenoord at Etihad Stadium.\n\n\
                Asked how he got a cut on his nose, he replied: \"With my finger, my nail.\"";
    let got = read(text);
    assert_eq!(got[0].0, "he");
    assert_eq!(
        got[0].1.as_deref(),
        Some("Manchester City manager Pep Guardiola")
    );
}

#[test]
fn an_acronym_is_not_extended_by_the_noun_it_modifies() {
    // audacy.com, August 24, 2024: "NASA Starliner crew" in the headline names no "NASA
    // Starliner".
    let text = "NASA Starliner crew will stay in space until February, returning on SpaceX \
                shuttle\n\nOn Saturday, NASA announced that the crew would stay. “The decision \
                is a result of a commitment to safety,” NASA said.";
    let got = read(text);
    assert_eq!(got[0].0, "NASA");
    assert_ne!(got[0].1.as_deref(), Some("NASA Starliner"));
    // A title in capitals opening a tabloid's paragraph is no acronym (The Sun, October 2023).
    let text = "PRINCE William led the tributes on Saturday.\n\n“He was a true great,” the \
                Prince of Wales wrote.";
    let got = read(text);
    assert_eq!(got[0].1.as_deref(), Some("PRINCE William"));
}

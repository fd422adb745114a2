use super::*;
use crate::framing::naming::find_mentions;
use crate::report::VerbCategory;

fn verbs(text: &str) -> Vec<(String, VerbCategory, Option<String>)> {
    let article = Article::read(text, &[]);
    let body = Body::new(text, &article);
    let mentions = find_mentions(std::slice::from_ref(&body));
    find_verbs(&body, &article, &mentions[0])
        .into_iter()
        .map(|u| {
            (
                body.slice(u.span).to_string(),
                u.category,
                u.speaker.map(|s| body.slice(s.span).to_string()),
            )
        })
        .collect()
}

#[test]
fn verbs_with_their_speakers_from_real_sentences() {
    // Yonhap, November 2023.
    let v = verbs("Jo Chol-su, director general of the department, said he \"resolutely\" rejects the joint statement. He also lashed out at Japan, calling Tokyo a \"troublemaker.\"");
    assert!(
        v.contains(&(
            "said".into(),
            VerbCategory::Neutral,
            Some("Jo Chol-su".into())
        )),
        "{v:?}"
    );
    assert!(
        v.contains(&(
            "lashed out".into(),
            VerbCategory::Emotive,
            Some("He".into())
        )),
        "{v:?}"
    );
    // The Washington Post via Talking Biz News, 2024.
    let v = verbs("At a press briefing Wednesday, Foreign Ministry spokeswoman Maria Zakharova claimed without evidence that the adviser was a spy.");
    assert!(
        v.iter().any(|(verb, c, s)| verb == "claimed"
            && *c == VerbCategory::DoubtCasting
            && s.as_deref() == Some("Foreign Ministry spokeswoman Maria Zakharova")),
        "{v:?}"
    );
}

#[test]
fn speakers_over_adverbs_coordinated_clauses_and_participles() {
    // AP, The New York Times and foreigndesknews.com, 14 July 2024.
    let v = verbs("The president has long emphasized the importance of national unity, but his message has taken on a new weight.");
    assert!(
        v.iter()
            .any(|(verb, _, s)| verb == "emphasized" && s.as_deref() == Some("The president")),
        "{v:?}"
    );
    let v = verbs("Republicans said the convention would proceed as planned, and Mr. Trump flew to Milwaukee on Sunday afternoon, vowing to remain “defiant in the face of wickedness.”");
    assert!(
        v.iter()
            .any(|(verb, _, s)| verb == "vowing" && s.as_deref() == Some("Mr. Trump")),
        "{v:?}"
    );
    let v = verbs("“Disagreement is inevitable in American democracy,” Biden stated, emphasizing that political differences should never escalate into violence.");
    assert!(
        v.iter()
            .any(|(verb, _, s)| verb == "emphasizing" && s.as_deref() == Some("Biden")),
        "{v:?}"
    );
}

#[test]
fn nouns_and_adjectives_are_not_verbs() {
    let v = verbs("Reuters denied the claims. The alleged plot was a report by the agency.");
    assert!(v.iter().all(|(verb, _, _)| verb == "denied"), "{v:?}");
}

#[test]
fn inverted_and_quoted_as_saying_attributions_name_the_speaker() {
    // Talking Biz News (August 2024) and vietnam.vn (November 2023).
    let v = verbs("Reuters has denied a claim from Russia that its staffer was a spy, reports Francesca Ebel of The Washington Post.");
    assert!(
        v.contains(&(
            "reports".into(),
            VerbCategory::Neutral,
            Some("Francesca Ebel of The Washington Post".into())
        )),
        "{v:?}"
    );
    assert!(!v.iter().any(|(verb, _, _)| verb == "claim"), "{v:?}");
    let v = verbs("\"The G7 should be dissolved immediately,\" the state news agency KCNA quoted Jo as saying.");
    assert!(
        v.iter()
            .any(|(verb, _, s)| verb == "quoted" && s.as_deref() == Some("Jo")),
        "{v:?}"
    );
}

#[test]
fn a_first_pronoun_takes_the_named_subject_of_its_sentence() {
    // newsmakerslive.org, January 2023.
    let text = "Jacinda Ardern has choked back tears as she announced her resignation as New Zealand Prime Minister in an emotional press conference.";
    let article = Article::read(text, &[]);
    let body = Body::new(text, &article);
    let mentions = find_mentions(std::slice::from_ref(&body));
    let uses = find_verbs(&body, &article, &mentions[0]);
    let announced = uses
        .iter()
        .find(|u| u.lemma == "announce")
        .expect("announced");
    let key = announced.speaker.as_ref().map(|s| s.key.as_str());
    assert_eq!(key, Some("name:jacinda ardern"));
}

#[test]
fn a_view_seen_by_someone_is_theirs() {
    // Kyiv Independent (July 2024).
    let text = "North Korea has fired its missiles toward the sea multiple times, seen by South Korea as a provocation.";
    let article = Article::read(text, &[]);
    let body = Body::new(text, &article);
    let mentions = find_mentions(std::slice::from_ref(&body));
    let uses = find_verbs(&body, &article, &mentions[0]);
    let seen = uses
        .iter()
        .find(|u| u.lemma == "see as")
        .expect("seen by … as");
    assert_eq!(
        seen.speaker.as_ref().map(|s| body.slice(s.span)),
        Some("South Korea")
    );
    let reported = seen.reports.clone().expect("what South Korea sees");
    let words: Vec<&str> = reported.map(|k| body.tokens[k].lower()).collect();
    assert_eq!(words, ["a", "provocation"]);
}

#[test]
fn a_verb_row_speaker_is_the_quote_card_speaker() {
    // The New York Times, July 14, 2024: the pronoun is resolved once, by the reading stage,
    // and the verb table takes that person.
    let text = "President Biden addressed the nation on Sunday. “We cannot, we must not, go down this road in America,” he said.";
    let article = Article::read(text, &[]);
    let body = Body::new(text, &article);
    let mentions = find_mentions(std::slice::from_ref(&body));
    let uses = find_verbs(&body, &article, &mentions[0]);
    let said = uses.iter().find(|u| u.lemma == "say").expect("said");
    let card = article.quotes[0].attribution.as_ref().expect("attributed");
    assert_eq!(card.best_speaker(), "President Biden");
    assert_eq!(
        said.speaker.as_ref().map(|s| s.key.clone()),
        Some(attribution_key(&body, &mentions[0], card))
    );
}

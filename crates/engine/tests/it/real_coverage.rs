//! The whole comparison on real coverage of events beyond the example set: several outlets
//! quoting one speech or statement (texts and their URLs in `tests/data/`, see its README).
//! The assertions are what a journalist would check by hand: every quotation found with its
//! words, the right speaker and verb, one group per utterance (and different utterances apart),
//! boilerplate marked and body left alone.

use parallax_engine::report::{BoilerplateKind, QuoteKind};
use std::collections::BTreeSet;

use parallax_engine::report::{QuoteRecord, Report};
use parallax_engine::{compare, Source};

use crate::fixtures::event as sources;

/// The quote of `source` whose text starts with `start`.
fn quote<'a>(report: &'a Report, source: usize, start: &str) -> &'a QuoteRecord {
    report
        .quotes
        .iter()
        .find(|q| q.source == source && q.text.starts_with(start))
        .unwrap_or_else(|| panic!("source {source} has no quote starting {start:?}"))
}

/// The index of the group holding `q`.
fn group_of(report: &Report, q: &QuoteRecord) -> usize {
    report
        .quote_groups
        .iter()
        .position(|g| g.members.contains(&q.id))
        .expect("every quote is in a group")
}

fn group_sources(report: &Report, g: usize) -> BTreeSet<usize> {
    report.quote_groups[g].sources.iter().copied().collect()
}

/// (kind, paragraph text) of each boilerplate region of `source`.
fn boilerplate<'a>(
    report: &Report,
    sources: &'a [Source],
    source: usize,
) -> Vec<(BoilerplateKind, &'a str)> {
    report.sources[source]
        .boilerplate
        .iter()
        .map(|b| (b.kind, &sources[source].text[b.start..b.end]))
        .collect()
}

#[test]
fn biden_address_quoted_by_four_outlets() {
    let s = sources("biden-oval-office-2024");
    let r = compare(&s);
    let (ap, nyt, fdn, guardian) = (0, 1, 2, 3);

    // The same utterance, quoted (and cut or transcribed differently) by several outlets.
    let cannot = group_of(&r, quote(&r, ap, "We cannot, we must not go down"));
    assert_eq!(
        cannot,
        group_of(&r, quote(&r, nyt, "We cannot, we must not, go down"))
    );
    assert_eq!(group_sources(&r, cannot), BTreeSet::from([ap, nyt]));

    let temperature = group_of(&r, quote(&r, nyt, "lower the temperature in our politics"));
    assert_eq!(
        group_sources(&r, temperature),
        BTreeSet::from([nyt, fdn, guardian])
    );

    // The New York Times splits a sentence around "he said"; both halves join the version the
    // Daily Guardian quotes whole.
    let power = group_of(&r, quote(&r, guardian, "the power to change America"));
    assert_eq!(
        power,
        group_of(&r, quote(&r, nyt, "The power to change America,"))
    );
    assert_eq!(power, group_of(&r, quote(&r, nyt, "should always rest")));
    let debate = group_of(&r, quote(&r, guardian, "We debate and disagree"));
    assert_eq!(
        debate,
        group_of(&r, quote(&r, nyt, "We debate and disagree,"))
    );
    assert_eq!(
        debate,
        group_of(&r, quote(&r, nyt, "We compare and contrast"))
    );

    // Two transcripts of one passage.
    assert_eq!(
        group_of(
            &r,
            quote(&r, fdn, "While we may disagree, we are not enemies")
        ),
        group_of(
            &r,
            quote(&r, guardian, "when we disagree, we are not enemies")
        )
    );
    assert_eq!(
        group_of(
            &r,
            quote(&r, fdn, "Disagreement is inevitable in American democracy")
        ),
        group_of(
            &r,
            quote(
                &r,
                guardian,
                "Disagreement is inevitable and American democracy"
            )
        )
    );

    // foreigndesknews misplaced the opening mark (at the end of the paragraph before); the
    // quote is still found, attributed, and grouped with the Times' version.
    let no_place = quote(
        &r,
        fdn,
        "There is no place in America for this kind of violence",
    );
    assert!(
        no_place.text.ends_with("No exceptions,"),
        "{:?}",
        no_place.text
    );
    assert_eq!(no_place.verb.as_deref(), Some("asserted"));
    let no_place = group_of(&r, no_place);
    assert_eq!(
        no_place,
        group_of(&r, quote(&r, nyt, "There is no place in America"))
    );
    assert_eq!(
        no_place,
        group_of(&r, quote(&r, fdn, "We cannot allow this violence"))
    );

    // Different utterances stay apart.
    for (source, start) in [
        (ap, "A former president was shot"),
        (ap, "Yes, we have deeply felt"),
        (fdn, "end this uncivil war"),
        (fdn, "We stand for an America"),
        (guardian, "there is an added burden"),
        (nyt, "defiant in the face of wickedness"),
    ] {
        let g = group_of(&r, quote(&r, source, start));
        assert_eq!(r.quote_groups[g].members.len(), 1, "{start}");
    }
    assert_ne!(cannot, no_place);
    assert_ne!(power, debate);

    // Speakers: every quotation is Biden's except Trump's vow, whose participle follows the
    // clause "and Mr. Trump flew …", not the sentence's first subject ("Republicans said").
    let trump = quote(&r, nyt, "defiant in the face of wickedness");
    assert_eq!(trump.speaker.as_deref(), Some("Mr. Trump"));
    assert_eq!(trump.verb.as_deref(), Some("vowing"));
    for q in r.quotes.iter().filter(|q| q.id != trump.id) {
        let speaker = q.speaker.as_deref().unwrap_or("");
        assert!(
            speaker.contains("Biden"),
            "{}: {speaker:?} for {:?}",
            q.id,
            q.text
        );
    }
    // Each outlet's verbs, as written.
    let verbs = |source: usize| -> BTreeSet<&str> {
        r.quotes
            .iter()
            .filter(|q| q.source == source)
            .filter_map(|q| q.verb.as_deref())
            .collect()
    };
    assert_eq!(verbs(ap), BTreeSet::from(["said"]));
    assert!(verbs(fdn).is_superset(&BTreeSet::from(["stated", "asserted", "urged", "said"])));
    assert!(verbs(guardian).is_superset(&BTreeSet::from([
        "stressed",
        "stated",
        "emphasized",
        "underscored",
        "urged"
    ])));

    // The verbs table agrees with the quotes: every verb has a speaker, Biden, Trump or the
    // Republicans ("The president has long emphasized" is not "long"'s; "…, emphasizing"
    // after "Biden stated" is Biden's), and the Times' "vowing" is Mr. Trump's.
    for table in &r.framing.verbs {
        for row in &table.rows {
            let actor = row.actor.as_deref().unwrap_or("");
            assert!(
                actor.contains("Biden")
                    || actor.contains("Trump")
                    || matches!(
                        row.speaker.as_deref(),
                        Some("The president" | "Republicans")
                    ),
                "{}: {:?} {}",
                table.source,
                row.speaker,
                row.lemma
            );
        }
    }
    assert!(r.framing.verbs[nyt]
        .rows
        .iter()
        .any(|row| row.lemma == "vow" && row.speaker.as_deref() == Some("Mr. Trump")));

    // Naming: "Donald J. Trump" (the Times) and "Donald Trump" (the others) are one person,
    // and foreigndesknews' dateline "WASHINGTON, D.C. -" is no mention of the United States.
    let trump = r
        .framing
        .naming
        .iter()
        .find(|a| {
            a.variants
                .iter()
                .any(|v| v.text == "President Donald Trump")
        })
        .expect("Trump in the naming table");
    assert!(trump
        .variants
        .iter()
        .any(|v| v.text == "President Donald J. Trump" && v.counts[nyt] == 1));
    assert!(r
        .framing
        .naming
        .iter()
        .flat_map(|a| &a.variants)
        .all(|v| !v.text.starts_with("D.C") && !v.text.ends_with(" J")));

    // Reported speech: "the existential threat he believes Trump poses" is his belief.
    let belief = r
        .indirect
        .iter()
        .find(|i| i.source == ap && i.text.starts_with("Trump poses"))
        .expect("reported belief");
    assert_eq!(belief.speaker_as_written.as_deref(), Some("he"));

    // No boilerplate in these excerpts: the question headline and the dateline are body.
    for source in 0..s.len() {
        assert!(boilerplate(&r, &s, source).is_empty(), "{source}");
    }
}

#[test]
fn southgate_statement_quoted_by_four_outlets() {
    let s = sources("southgate-2024");
    let r = compare(&s);
    let (irish, ap, itv, tribal) = (0, 1, 2, 3);

    // tribalfootball.com prints the whole statement, each paragraph opening with a mark and
    // none closing (the typographic convention for long quotes, its last mark lost): one
    // quotation per paragraph, seven, after "The 53-year-old … has left a message to England
    // fans" with no reporting verb, so all his.
    let statement = quote(&r, tribal, "As a proud Englishman");
    let paragraphs: Vec<&QuoteRecord> = r.quotes.iter().filter(|q| q.source == tribal).collect();
    assert_eq!(paragraphs.len(), 7);
    assert!(paragraphs[6]
        .text
        .ends_with("Thank you, England – for everything."));
    for p in &paragraphs {
        assert_eq!(p.speaker.as_deref(), Some("Gareth Southgate"), "{}", p.text);
    }
    // Each paragraph is an utterance: every outlet's excerpts, whole sentences or fragments
    // ("proud Englishman", "honour", "new chapter"), join the group of the paragraph they
    // come from.
    let g = group_of(&r, statement);
    let statement_groups: BTreeSet<usize> = paragraphs.iter().map(|p| group_of(&r, p)).collect();
    assert_eq!(
        group_sources(&r, g),
        BTreeSet::from([irish, ap, itv, tribal])
    );
    for (source, start) in [
        (ap, "As a proud Englishman"),
        (ap, "But it’s time for change"),
        (irish, "As a proud Englishman"),
        (irish, "new chapter"),
        (itv, "proud Englishman"),
        (itv, "honour"),
        (itv, "time for change, and for a new chapter"),
        (itv, "supported by some brilliant people"),
        (itv, "I have had the privilege"),
    ] {
        assert!(
            statement_groups.contains(&group_of(&r, quote(&r, source, start))),
            "{start}"
        );
    }

    // ITV's last passage runs over three paragraphs in straight quotes (a mark reopening
    // each), with a nested ‘team behind the team’; each paragraph takes Southgate from the
    // paragraph before. Its first paragraph is the statement's; its second, which the other
    // outlet left out, is its own utterance.
    let passage = quote(&r, itv, "The squad we took to Germany");
    let thanks = quote(&r, itv, "My special thanks go to the backroom staff");
    let fans = quote(&r, itv, "We have the best fans in the world");
    for p in [passage, thanks, fans] {
        assert_eq!(p.speaker.as_deref(), Some("Gareth Southgate"), "{}", p.text);
    }
    assert!(fans.text.ends_with("Thank you, England – for everything."));
    assert!([passage, thanks, fans]
        .iter()
        .flat_map(|p| &p.nested)
        .any(|n| n.text == "team behind the team"));
    let squad = quote(&r, tribal, "The squad we took to Germany");
    assert_eq!(group_of(&r, squad), group_of(&r, passage));
    assert!(!statement_groups.contains(&group_of(&r, thanks)));

    // AP: "he said" stands for the subject of the story's first sentence.
    assert_eq!(
        quote(&r, ap, "As a proud Englishman").speaker.as_deref(),
        Some("Gareth Southgate")
    );
    assert_eq!(
        quote(&r, irish, "As a proud Englishman").speaker.as_deref(),
        Some("Gareth Southgate")
    );
    let announced = r
        .indirect
        .iter()
        .find(|i| i.source == itv)
        .expect("ITV's first sentence reports the FA's announcement");
    assert_eq!(
        announced.speaker.as_deref(),
        Some("the Football Association")
    );
    assert_eq!(announced.verb.as_deref(), Some("announced"));

    // Headlines as a reader sees them: the title lines, not the one-sentence ledes that open
    // The Irish Times and ITV (ordinary prose with a full stop).
    let headline = |source: usize| {
        r.framing.ledes[source]
            .headline
            .as_ref()
            .map(|h| h.text.as_str())
    };
    assert_eq!(headline(irish), None);
    assert_eq!(headline(itv), None);
    assert_eq!(
        r.framing.ledes[itv].lede[0].text,
        "Gareth Southgate is to leave his role as England manager, the Football Association has announced."
    );
    assert_eq!(
        headline(tribal),
        Some("Southgate sends emotional message to fans after shock resignation")
    );
    assert_eq!(quote(&r, irish, "new chapter").kind, QuoteKind::Partial);

    // Page furniture is marked; every other paragraph is body.
    assert_eq!(
        boilerplate(&r, &s, irish),
        [
            (
                BoilerplateKind::Caption,
                "Gareth Southgate has stepped down as England manager after their Euro 2024 final defeat by Spain. Photograph: Bradley Collyer/PA Wire"
            ),
            (BoilerplateKind::Teaser, "READ MORE"),
            (BoilerplateKind::SiteChrome, "More to follow..."),
        ]
    );
    assert!(boilerplate(&r, &s, ap).is_empty());
    assert_eq!(
        boilerplate(&r, &s, itv),
        [(
            BoilerplateKind::SiteChrome,
            "This is a breaking news story - more to follow."
        )]
    );
    assert_eq!(
        boilerplate(&r, &s, tribal),
        [(BoilerplateKind::SiteChrome, "Advertisement Advertisement")]
    );
}

#[test]
fn ardern_resignation_quoted_by_five_outlets() {
    let s = sources("ardern-resignation-2023");
    let r = compare(&s);
    let (newsmakers, bernama, yahoo, bengal, newstarget) = (0, 1, 2, 3, 4);

    // newsmakerslive.org prints five paragraphs of the speech in the long-quote convention: a
    // mark opening each paragraph, one closing mark at the end: one quotation per paragraph.
    let speech = quote(&r, newsmakers, "I am human. Politicians are human.");
    let last = quote(&r, newsmakers, "Having reflected over summer");
    assert!(last.text.ends_with("It’s that simple."), "{:?}", last.text);

    // The passages every outlet took from the speech are versions of its paragraphs, quoted
    // whole, cut, re-punctuated ("--" for "–") or retold ("privileged role" / "privileged
    // job"): each joins the group of the paragraph it comes from.
    let speech_groups: BTreeSet<usize> = r
        .quotes
        .iter()
        .filter(|q| q.source == newsmakers && q.start >= speech.start && q.start <= last.start)
        .map(|q| group_of(&r, q))
        .collect();
    assert_eq!(
        group_sources(
            &r,
            group_of(&r, quote(&r, newsmakers, "I am leaving because"))
        ),
        BTreeSet::from([newsmakers, bernama, yahoo, bengal, newstarget])
    );
    for (source, start) in [
        (bernama, "I know what this job takes, and I know"),
        (
            bernama,
            "I am human. Politicians are human. We give all that we can",
        ),
        (bernama, "I am leaving because with such a privileged role"),
        (
            yahoo,
            "I am leaving because with such a privileged role, comes",
        ),
        (yahoo, "For me it's time"),
        (bengal, "I’m leaving because with such a privileged role"),
        (newstarget, "I know what this job takes. And I know"),
        (newstarget, "Once I realized that I didn't"),
        (
            newstarget,
            "I am leaving because with such a privileged job",
        ),
    ] {
        assert!(
            speech_groups.contains(&group_of(&r, quote(&r, source, start))),
            "{start}"
        );
    }
    // newstarget's last quotation lost its closing mark at the end of its paragraph; it is
    // still the whole sentence.
    assert!(quote(&r, newstarget, "I am leaving because")
        .text
        .ends_with("and also when you're not."));

    // Other utterances stay apart: Yahoo's "for another four years" answer shares only
    // "enough in the tank" with the speech (its headline's five quoted words do not chain
    // them), and what she said about being unable to find the energy is its own group, in two
    // outlets.
    let four_years = group_of(&r, quote(&r, yahoo, "I just don't have enough in the tank"));
    assert!(!speech_groups.contains(&four_years));
    assert_eq!(r.quote_groups[four_years].members.len(), 1);
    let unable = group_of(&r, quote(&r, newstarget, "I have not been able to do that"));
    assert_eq!(
        group_sources(&r, unable),
        BTreeSet::from([newsmakers, newstarget])
    );
    assert!(!speech_groups.contains(&unable));

    // Speakers: every attributed quotation is Ardern's, named as a name ("she admitted" after
    // "Ms Ardern resigns at just 42 …" is Ms Ardern, not "Ms Ardern resigns").
    for q in r.quotes.iter().filter(|q| q.kind != QuoteKind::Headline) {
        if let Some(speaker) = q.speaker.as_deref() {
            assert!(speaker.ends_with("Ardern"), "{speaker:?} for {:?}", q.text);
        }
    }
    // Yahoo's "ultimately [her] decision" carries an editor's brackets: her words, not a
    // scare quote.
    let decision = quote(&r, yahoo, "ultimately [her] decision");
    assert_eq!(decision.kind, QuoteKind::Partial);
    // The speaker is the person's fullest name; the outlet's wording is kept as written.
    assert_eq!(decision.speaker.as_deref(), Some("Jacinda Ardern"));

    // Verbs as written: newsmakerslive's "admitted", newstarget's doubt-casting "claiming".
    assert_eq!(
        quote(&r, newsmakers, "I didn’t expect").verb.as_deref(),
        Some("admitted")
    );
    assert_eq!(
        quote(&r, newstarget, "enough left in the tank")
            .verb
            .as_deref(),
        Some("claiming")
    );

    // Reported speech: no verb of saying used without a clause, no speaker running over a
    // paragraph break.
    for i in &r.indirect {
        assert_ne!(i.verb.as_deref(), Some("conclude"), "{:?}", i.text);
        assert!(
            !i.speaker.as_deref().unwrap_or("").contains('\n'),
            "{:?}",
            i.speaker
        );
    }

    // The Times of Bengal misspells her name in its headline; the naming table still has
    // one Ardern, named in every source.
    let ardern = r
        .framing
        .naming
        .iter()
        .find(|a| a.label.contains("Ardern"))
        .expect("Ardern in the naming table");
    assert!(ardern
        .variants
        .iter()
        .any(|v| v.text.ends_with("Jacinda Arden")));
    assert!(ardern.mentions_by_source.iter().all(|&n| n > 0));
}

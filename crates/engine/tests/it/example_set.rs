//! The example set read as its `gold.json` notes describe it: boilerplate marked (and body
//! left alone), every quote with a speaker and the verbs the articles use.

use parallax_engine::report::BoilerplateKind;
use parallax_engine::{compare, Report, Source};

const FILES: [&str; 3] = [
    "01_dailynoah-whatfinger.txt",
    "02_yonhap-reprint.txt",
    "03_kyiv-independent.txt",
];

fn example() -> (Vec<Source>, Report) {
    let dir = crate::fixtures::example_dir();
    let sources: Vec<Source> = FILES
        .iter()
        .map(|f| {
            Source::new(
                *f,
                std::fs::read_to_string(dir.join(f)).expect("example file"),
            )
        })
        .collect();
    let report = compare(&sources);
    (sources, report)
}

/// Issue 4: the boilerplate `gold.json` lists is marked, and no paragraph of the body is. Each
/// region is given by its kind and the start of its paragraph; any other marked paragraph (a
/// body paragraph) fails the test, as does a listed one left unmarked.
#[test]
fn the_gold_boilerplate_is_marked_and_no_body_paragraph_is() {
    use BoilerplateKind::*;
    let (sources, report) = example();
    let expected: [&[(BoilerplateKind, &str)]; 3] = [
        &[
            // Two embedded posts: their text lines, the pic.twitter.com line, the signature.
            (
                SocialEmbed,
                "THREATENING COUNTERACTION, NORTH KOREA CONDEMNS",
            ),
            (SocialEmbed, "Criticising its arms transfers to Russia"),
            (
                SocialEmbed,
                "NATO was accused by a spokesman for the… pic.twitter.com/",
            ),
            (SocialEmbed, "— DailyNoah.com (@DailyNoahNews)"),
            (SocialEmbed, "🇰🇵 NORTH KOREA CONDEMNS NATO DECLARATION"),
            (
                SocialEmbed,
                "North Korea condemned the NATO summit declaration criticizing",
            ),
            (
                SocialEmbed,
                "The North’s foreign ministry… pic.twitter.com/",
            ),
            (SocialEmbed, "— Royal FM 94.3 Kigali (@RoyalFMRwanda)"),
            (RecapList, "Major Points"),
            (RecapList, "- North Korea condemned a NATO declaration"),
            (RecapList, "- The North Korean foreign ministry claimed"),
            (RecapList, "- NATO members accused North Korea"),
            (RecapList, "- Both Pyongyang and Moscow denied"),
            (RecapList, "- Tensions between the Koreas"),
            (ReprintCredit, "RM Tomi – Reprinted with permission"),
        ],
        &[
            (Teaser, "READ ALSO:"),
            (Teaser, "Nigeria: Collapsed School Building"),
            (Explainer, "DPRK stands for"),
        ],
        &[
            (SiteChrome, "0 members on board"),
            (SiteChrome, "25,000 people chose to be part of"),
            (SiteChrome, "News Feed"),
            (SiteChrome, "2 min read"),
            (RepeatedHeadline, "North Korea threatens NATO with"),
            (Caption, "A North Korean flag flies above"),
            (Teaser, "Zelensky calls NATO summit"),
            (SiteChrome, "Avatar"),
            (Byline, "Kateryna Denisova"),
            (Byline, "Politics Reporter"),
            (AuthorBio, "Kateryna Denisova is the reporter"),
            (Teaser, "Read more"),
            (SiteChrome, "News Feed"),
            (Teaser, "Video"),
            (Teaser, "Russia failed to break Ukraine’s army"),
            (SiteChrome, "Show More"),
        ],
    ];
    for (i, want) in expected.iter().enumerate() {
        let got: Vec<(BoilerplateKind, &str)> = report.sources[i]
            .boilerplate
            .iter()
            .map(|b| (b.kind, &sources[i].text[b.start..b.end]))
            .collect();
        assert_eq!(got.len(), want.len(), "{}: {got:#?}", FILES[i]);
        for ((kind, text), (want_kind, prefix)) in got.iter().zip(want.iter()) {
            assert_eq!(kind, want_kind, "{text}");
            assert!(
                text.starts_with(prefix),
                "{text:?} marked, {prefix:?} expected"
            );
        }
    }
    // The Kyiv Independent's title stays body the first time; only its repeat is marked.
    let title = "North Korea threatens NATO with 'tougher strategic counteraction'";
    let first = sources[2].text.find(title).unwrap();
    assert!(report.sources[2]
        .boilerplate
        .iter()
        .all(|b| !(b.start..b.end).contains(&first)));
}

/// Issue 4: every quotation has a speaker, and "bristled", "claimed", "warned" and "said" are
/// the verbs of the quotes where the articles use them.
#[test]
fn every_quote_has_a_speaker_and_the_verbs_the_articles_use() {
    let (_, report) = example();
    for q in &report.quotes {
        assert!(q.speaker.is_some(), "no speaker for {} {:?}", q.id, q.text);
    }
    let verb_of = |source: usize, start: &str| -> Vec<&str> {
        report
            .quotes
            .iter()
            .filter(|q| q.source == source && q.text.starts_with(start))
            .filter_map(|q| q.verb.as_deref())
            .collect()
    };
    // Yonhap: "North Korea bristled … casting it as an “illegal” document and warning of
    // strong “strategic counteraction.”" (the second of its two "illegal" quotes).
    assert_eq!(verb_of(1, "illegal"), ["denounced", "bristled"]);
    assert_eq!(
        verb_of(1, "strategic counteraction"),
        ["warned", "bristled"]
    );
    assert_eq!(verb_of(1, "new force and mode"), ["warned"]);
    assert_eq!(
        verb_of(1, "The DPRK Foreign Ministry most strongly"),
        ["said"]
    );
    assert_eq!(verb_of(1, "The Democratic People’s Republic"), ["said"]);
    // "The ministry spokesperson, cited by KCNA, claimed the declaration “incites …”".
    assert_eq!(verb_of(0, "incites new Cold War"), ["claimed"]);
    // "“… (DPRK) will never overlook …,” the statement claimed."
    assert_eq!(verb_of(2, "The Democratic People's Republic"), ["claimed"]);
}

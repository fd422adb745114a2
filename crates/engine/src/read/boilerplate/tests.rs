//! Tests of boilerplate detection, pass by pass.

use super::*;
use BoilerplateKind::*;

/// (paragraph text, kind) of every region.
fn marked(text: &str) -> Vec<(&str, BoilerplateKind)> {
    let model = TextModel::new(text);
    detect(text, &model, &[])
        .into_iter()
        .map(|r| (r.span.slice(text), r.kind))
        .collect()
}

const BODY: &str = "The ministry said the talks had failed. Officials met again on Monday \
                    to discuss the matter, and no agreement was reached.";

#[test]
fn repeated_labels_and_developing_story_notes() {
    // tribalfootball.com, ITV News and The Irish Times, July 16, 2024.
    let text = format!(
        "{BODY}\n\nAdvertisement Advertisement\n\n{BODY}\n\nThis is a breaking news story \
         - more to follow.\n\nMore to follow...\n\nMore to follow in the coming weeks, the \
         ministry said.\n\nAdvertisement Advertisement Headline"
    );
    assert_eq!(
        marked(&text),
        [
            ("Advertisement Advertisement", SiteChrome),
            (
                "This is a breaking news story - more to follow.",
                SiteChrome
            ),
            ("More to follow...", SiteChrome)
        ]
    );
}

#[test]
fn embedded_post_lines() {
    let text = format!(
        "{BODY}\nThe ministry spoke… pic.twitter.com/AbC123\n\
         — Some Outlet (@SomeOutlet) March 3, 2025\n{BODY}"
    );
    assert_eq!(
        marked(&text),
        [
            ("The ministry spoke… pic.twitter.com/AbC123", SocialEmbed),
            ("— Some Outlet (@SomeOutlet) March 3, 2025", SocialEmbed)
        ]
    );
}

#[test]
fn chrome_counters_reading_time_and_repeated_headline() {
    let text = format!(
        "12 members on board\n\nNews Feed\n\nMinister resigns over 'botched' reform\n\n\
         4 min read\nMinister resigns over 'botched' reform\n{BODY}"
    );
    let got = marked(&text);
    assert_eq!(got[0].1, SiteChrome);
    assert_eq!(got[1].1, SiteChrome);
    assert_eq!(got[2], ("4 min read", SiteChrome));
    assert_eq!(
        got[3],
        ("Minister resigns over 'botched' reform", RepeatedHeadline)
    );
    assert_eq!(got.len(), 4);
}

#[test]
fn teaser_label_and_its_headline() {
    let text = format!(
        "{BODY}\nREAD ALSO:\nFloods Displace Thousands In Coastal Province\n{BODY}\n\
         Related: Talks collapse in Geneva\n{BODY}"
    );
    let got = marked(&text);
    assert_eq!(got.len(), 3);
    assert!(got.iter().all(|(_, k)| *k == Teaser));
}

#[test]
fn author_block_and_related_card_at_the_foot() {
    let text = format!(
        "{BODY}\n{BODY}\nPresident hails summit as 'turning point,' but critics doubt it\n\
         Avatar\nJane Doe\n\nEurope Correspondent\n\nJane Doe is a correspondent for the \
         paper, covering the European Union. She studied in Paris.\n\nRead more\nVideo\n\n\
         The war has changed the city. Many residents have left since spring.\n\nShow More"
    );
    let got = marked(&text);
    let kinds: Vec<_> = got.iter().map(|(_, k)| *k).collect();
    assert_eq!(
        kinds,
        [Teaser, SiteChrome, Byline, Byline, AuthorBio, Teaser, Teaser, Teaser, SiteChrome]
    );
}

#[test]
fn caption_recap_reprint_and_explainer() {
    let text = format!(
        "{BODY}\nA flag flies over the village on Friday. (Jane Doe/Agency via Photo \
         Service)\n{BODY}\nUN stands for the United Nations.\nKey Takeaways\n- The talks \
         failed.\n- A new round is planned.\nJohn Roe – Reprinted with permission of \
         Example Wire"
    );
    let kinds: Vec<_> = marked(&text).into_iter().map(|(_, k)| k).collect();
    assert_eq!(
        kinds,
        [
            Caption,
            Explainer,
            RecapList,
            RecapList,
            RecapList,
            ReprintCredit
        ]
    );
}

#[test]
fn text_of_an_embedded_post_above_its_link() {
    let text = format!(
        "{BODY} {BODY} {BODY}\nBREAKING: MINISTER RESIGNS\nThe minister quit on Friday, \
         the agency said… pic.twitter.com/AbC123\n— Some Outlet (@SomeOutlet) March 3, \
         2025\n{BODY}\nSHORT LINE IN CAPITALS\nA post… pic.twitter.com/XyZ\n\
         — Other (@other) May 1, 2025"
    );
    let got = marked(&text);
    let texts: Vec<_> = got.iter().map(|(t, _)| *t).collect();
    assert_eq!(
        texts,
        [
            "BREAKING: MINISTER RESIGNS",
            "The minister quit on Friday, the agency said… pic.twitter.com/AbC123",
            "— Some Outlet (@SomeOutlet) March 3, 2025",
            "A post… pic.twitter.com/XyZ",
            "— Other (@other) May 1, 2025"
        ]
    );
}

#[test]
fn stamps_sources_and_agency_photo_captions() {
    let text = format!(
        "{BODY}\n10/03/2024 12:34 AM\nThe minister speaks in Brussels, 03 April 2025. \
         (EPA Photo)\n{BODY}\nSource: Example Wire"
    );
    let kinds: Vec<_> = marked(&text).into_iter().map(|(_, k)| k).collect();
    assert_eq!(kinds, [SiteChrome, Caption, ReprintCredit]);
}

#[test]
fn credits_and_promotions() {
    // Wire and magazine furniture: a photo credit line, editing credits, a newsletter
    // promotion.
    let text = format!(
        "{BODY}\nRon Galella/WireImage\n{BODY}\nReporting by Jane Doe; Editing by John Roe\n\
         Sign up for our daily newsletter to get the latest news.\n{BODY}"
    );
    let kinds: Vec<_> = marked(&text).into_iter().map(|(_, k)| k).collect();
    assert_eq!(kinds, [Caption, Byline, SiteChrome]);
}

#[test]
fn body_paragraphs_are_not_marked() {
    // Real body copy with names, numbers, lists and parentheses.
    let text = "North Korea has fired missiles toward the sea multiple times.\n\
                25 people were injured in the blast, officials said.\n\
                Kim Jong Un\n\
                The agency (KCNA) said the test was a success.\n\
                The Foreign Ministry spokesperson is a senior diplomat, officials said.\n\
                - Russia denied the report.";
    assert_eq!(marked(text), []);
}

#[test]
fn overrides_win() {
    let text = format!("{BODY}\nRead more\n{BODY}");
    let model = TextModel::new(&text);
    let at = text.find("Read more").unwrap();
    let cleared = detect(
        &text,
        &model,
        &[BoilerplateOverride {
            at,
            is_boilerplate: false,
        }],
    );
    assert!(cleared.is_empty());
    let marked = detect(
        &text,
        &model,
        &[BoilerplateOverride {
            at: 0,
            is_boilerplate: true,
        }],
    );
    assert_eq!(marked.len(), 2);
    assert_eq!(marked[0].span, model.paragraphs[0].span);
}

#[test]
fn furniture_of_real_pages() {
    let text = format!(
        "{BODY}\n\n(Reporting by Jane Doe; Editing by John Roe)\n\nOrder Reprints | Today's \
         Paper | Subscribe\n\nA version of this article appears in print on March 3, Section \
         A, Page 22.\n\nWe use cookies to improve your experience on our site.\n\nAlready a \
         subscriber? Log in here.\n\nCities are changing fast. Keep up with the Daily \
         newsletter.\n\n{BODY}"
    );
    assert_eq!(
        marked(&text),
        [
            ("(Reporting by Jane Doe; Editing by John Roe)", Byline),
            ("Order Reprints | Today's Paper | Subscribe", SiteChrome),
            (
                "A version of this article appears in print on March 3, Section A, Page 22.",
                ReprintCredit
            ),
            (
                "We use cookies to improve your experience on our site.",
                SiteChrome
            ),
            ("Already a subscriber? Log in here.", SiteChrome),
            (
                "Cities are changing fast. Keep up with the Daily newsletter.",
                SiteChrome
            ),
        ]
    );
}

#[test]
fn lists_of_other_stories() {
    // A run of headlines after the article, and the headlines under a "Most read" label.
    let text = format!(
        "{BODY}\n\nParty may have been the trigger for the rampage\n\nMinister backs \
         completion of controversial pipeline\n\nNobel laureates send open letter to \
         president\n\n{BODY}\n\nMost read\n\nStorm leaves thousands without power\n\n{BODY}"
    );
    let kinds: Vec<BoilerplateKind> = marked(&text).into_iter().map(|(_, k)| k).collect();
    assert_eq!(kinds, [Teaser, Teaser, Teaser, Teaser, Teaser]);
    // Two title lines in a row (a subheading and a short line) are not a list; nor are
    // bulleted points.
    let text = format!(
        "{BODY}\n\nWhat happens next\n\nThe vote is due in the spring\n\n{BODY}\n\n- Raise \
         taxes on the largest firms\n\n- Cut the waiting lists for surgery\n\n- Build more \
         homes in the north\n\n{BODY}\n\nIn the interview the minister also said:\n\nThe \
         country must stay in the trade bloc to keep its influence\n\nThe deal will pass \
         the parliament before the summer\n\nThe talks need a political solution\n\n{BODY}"
    );
    assert_eq!(marked(&text), []);
}

#[test]
fn a_sentence_about_a_newsletter_is_no_prompt() {
    let text = format!(
        "{BODY}\n\nThe newsletter, which two million readers subscribe to, closed in May.\n\n\
         Sign up for our newsletter\n\n{BODY}"
    );
    assert_eq!(marked(&text), [("Sign up for our newsletter", SiteChrome)]);
}

#[test]
fn a_note_pointing_to_a_support_line() {
    // BBC Sport (bbcworldnewstoday.com), November 27, 2024.
    let text = format!(
        "{BODY}\nIf you, or someone you know, have been affected by any issues raised in this \
         article, support and information is available at BBC Action Line.\n{BODY}\n\
         If you or someone you know wanted to attend, the club said, tickets were free.\n{BODY}"
    );
    let kinds: Vec<_> = marked(&text).into_iter().map(|(_, k)| k).collect();
    assert_eq!(kinds, [SiteChrome]);
}

#[test]
fn market_data_lines_and_an_in_this_article_label() {
    // A finance site's quote box and its "In This Article:" label around a story (CNN as
    // reprinted by Yahoo, and Fox Business, January 2024); prose about a share price stays.
    let text = format!(
        "{BODY}\n\nIn This Article:\n\n{BODY}\n\nTicker Security Last Change Change %\n\n\
         BA THE BOEING CO. 169.90 -1.97 -1.15%\n\n(-0.20%)\n\n{BODY}\n\nThe company's shares \
         fell 1.15% on Monday, and analysts said the fall could go on.\n\nIts stock is down -3% \
         this year, the ministry said."
    );
    assert_eq!(
        marked(&text),
        [
            ("In This Article:", SiteChrome),
            ("BA THE BOEING CO. 169.90 -1.97 -1.15%", SiteChrome),
            ("(-0.20%)", SiteChrome)
        ]
    );
}

//! The reading stage on short excerpts of real published text beyond the example set (each
//! test names its source). One test per hard case: quote marks and apostrophes, nesting,
//! multi-paragraph quotes, guillemets and German marks, unbalanced marks, sentence splitting,
//! attribution and speaker resolution, reported speech and boilerplate.

use crate::read::article::Article;
use crate::report::{BoilerplateKind, QuoteKind};

/// (quoted words, speaker as written, resolved speaker, verb) of each top-level quote.
fn quotes(text: &str) -> Vec<(String, String, Option<String>, String)> {
    let article = Article::read(text, &[]);
    article
        .quotes
        .iter()
        .filter(|q| q.parent.is_none())
        .map(|q| {
            let a = q.attribution.clone().unwrap_or_default();
            (
                q.span.slice(text).to_string(),
                a.speaker,
                a.resolved_speaker,
                a.verb,
            )
        })
        .collect()
}

fn texts(text: &str) -> Vec<String> {
    quotes(text).into_iter().map(|q| q.0).collect()
}

#[test]
fn decades_and_possessives_inside_double_quotes() {
    // 92zew.net, 2014; deangoodman.com, 1993.
    let text = "He told the crowd, “Kiss was never a critics’ band, kiss was a people band.” \
                Creedence Clearwater Revival, another defunct holdover from the ’60s, was also \
                honored. Van Morrison didn’t show up.";
    assert_eq!(
        texts(text),
        ["Kiss was never a critics’ band, kiss was a people band."]
    );
}

#[test]
fn an_unclosed_quote_does_not_swallow_the_next_paragraph() {
    // ABC News Radio, April 2013: the closing mark is missing in the original.
    let text = "He remarked, \"When I didn't get in with the original sort of interest...I \
                didn't think it would happen until I died or something, or never. 'Cause why \
                would I?\n\nBooker T. Jones was asked to share his favorite memory. He recalled \
                co-writing King's signature song, \"Born Under a Bad Sign\": \"The minute we \
                started the first four bars of it, that just thrilled me.\"";
    let got = quotes(text);
    // The quote left open after "remarked," runs to the end of its own paragraph only.
    assert_eq!(got.len(), 3);
    assert!(got[0].0.starts_with("When I didn't get in"));
    assert!(got[0].0.ends_with("'Cause why would I?"));
    assert_eq!(got[1].0, "Born Under a Bad Sign");
    assert_eq!(
        got[2].0,
        "The minute we started the first four bars of it, that just thrilled me."
    );
    // "He" is the person named in the sentence before.
    assert_eq!(got[2].2.as_deref(), Some("Booker T. Jones"));
    assert_eq!(got[2].3, "recalled");
    let article = Article::read(text, &[]);
    assert_eq!(article.quotes[1].kind, QuoteKind::Scare); // a song title
}

#[test]
fn inverted_attribution_after_the_quote() {
    // Rock and Roll Hall of Fame, 1991 ceremony.
    let text = "\"I think music will often articulate in the best way the feelings of the \
                general public, and I personally don't remember hearing a prowar song,\" \
                remarked Bob Krasnow to the hushed audience.";
    let got = quotes(text);
    assert_eq!(got[0].1, "Bob Krasnow");
    assert_eq!(got[0].3, "remarked");
}

#[test]
fn question_inside_the_quote_and_a_pronoun() {
    // The New York Times, Public Editor, 2015.
    let text = "The reader said he would like to be able to distinguish between “what people \
                say” with “sayings people buy.”\n\n“Would it not make sense for The Times to \
                follow this standard, too?” he asked.";
    let got = quotes(text);
    assert_eq!(got.len(), 3);
    assert_eq!(got[0].1, "The reader");
    assert_eq!(got[2].1, "he");
    assert_eq!(got[2].2.as_deref(), Some("The reader"));
    assert_eq!(got[2].3, "asked");
    let article = Article::read(text, &[]);
    assert_eq!(article.model.sentences.len(), 2);
}

#[test]
fn nested_single_quotes_with_a_mixed_closing_mark() {
    // jessicamcweeney.wordpress.com, 2015: the inner quote closes with a straight mark.
    let text = "A reader who wrote to the Times wanted to “be able to distinguish between \
                ‘what people say’ with ‘sayings people buy,'” according to the post.";
    let article = Article::read(text, &[]);
    let top: Vec<_> = article
        .quotes
        .iter()
        .filter(|q| q.parent.is_none())
        .collect();
    assert_eq!(top.len(), 1);
    let nested: Vec<_> = article
        .quotes
        .iter()
        .filter(|q| q.parent.is_some())
        .map(|q| q.span.slice(text))
        .collect();
    assert_eq!(nested, ["what people say", "sayings people buy,"]);
}

#[test]
fn quotes_continuing_a_speaker_and_a_topic_label() {
    // The Daily Caller, 2017: a transcript of a gaggle.
    let text = "“I have said since day one that we would have some sort of gathering,” Spicer \
                said when asked why. “The president spoke today.”\n\nOn using anonymous \
                sourcing: “There is a big difference between making serious allegations and \
                reporters saying, ‘Well, we have five sources that are unnamed.’ At least make \
                somebody go on the record.”";
    let got = quotes(text);
    assert_eq!(got.len(), 3);
    assert!(got.iter().all(|q| q.1 == "Spicer"), "{got:?}");
}

#[test]
fn multi_paragraph_quotation() {
    // W. J. Cocker, Hand-book of Punctuation (quoting Hugo): marks open each paragraph and
    // close only at the end.
    let text = "“The children woke. The little girl was the first to open her eyes.\n\
                “The waking of children is like the unclosing of flowers.\n\
                “A ray of morning fell across her crib; it would have been difficult to decide \
                which was the rosiest, Georgette’s foot or Aurora.”—Hugo.";
    // Read as one quotation, then kept as one per paragraph, each with the speaker.
    let whole = crate::read::quotes::extract(text, &crate::text::TextModel::new(text));
    assert_eq!(whole.len(), 1);
    assert_eq!(whole[0].reopen_marks.len(), 2);
    let article = Article::read(text, &[]);
    assert_eq!(article.quotes.len(), 3);
    let q = &article.quotes;
    assert_eq!(
        q[0].span.slice(text),
        "The children woke. The little girl was the first to open her eyes."
    );
    assert_eq!(
        q[1].span.slice(text),
        "The waking of children is like the unclosing of flowers."
    );
    assert!(q[2]
        .span
        .slice(text)
        .ends_with("Georgette’s foot or Aurora."));
    assert!(q[0].close_mark.is_none() && q[2].close_mark.is_some());
    assert!(q
        .iter()
        .all(|q| q.attribution.as_ref().unwrap().speaker == "Hugo"));
}

#[test]
fn guillemets_with_spaces_and_german_marks() {
    // Le Monde diplomatique, 1980; Lingolia (Flaubert); Kölner Stadt-Anzeiger, 2015.
    let text = "l’ayatollah Chariat Madari est un « libéral » qui, avec les « musulmans de \
                gauche », s’élève avec « véhémence ».\n« Pourquoi ne m’as-tu rien dit ? » \
                demanda-t-elle.\n„Die Festlegung kann so oder ganz anders ausfallen. Das ist \
                immer so bei mir.“(Bayerns Ministerpräsident Horst Seehofer.)\nDas bekannte \
                „Wir schaffen das“ und mehr.";
    assert_eq!(
        texts(text),
        [
            "libéral",
            "musulmans de gauche",
            "véhémence",
            "Pourquoi ne m’as-tu rien dit ?",
            "Die Festlegung kann so oder ganz anders ausfallen. Das ist immer so bei mir.",
            "Wir schaffen das"
        ]
    );
}

#[test]
fn inverted_verb_and_a_passage_continued_by_the_same_speaker() {
    // speakingwriting.com, "News Writing" (an early newswriting manual), on reporting a speech.
    let text = "\"Shall we continue to listen to a wandering voice as imbecile as our \
                condition?\" said the speaker. \"When this voice recently was removed from the \
                counsels of our government, we thought we had got rid of it forever.\"\n\
                Mr. Eastbrook said, amid applause, that to say the nation is too big to fight \
                in self-defense is absurd.";
    let got = quotes(text);
    assert_eq!(got[0].1, "the speaker");
    assert_eq!(got[0].3, "said");
    assert_eq!(got[1].1, "the speaker");
    let article = Article::read(text, &[]);
    let reported = &article.indirect[0];
    assert_eq!(reported.attribution.speaker, "Mr. Eastbrook");
    assert_eq!(
        reported.span.slice(text),
        "to say the nation is too big to fight in self-defense is absurd"
    );
}

#[test]
fn page_furniture_of_a_news_site() {
    // The Daily Caller, 2017 (section label, contributor line, font control, photo credit);
    // 92zew.net, 2014 (caption credit).
    let text = "Politics\n\nWhat Spicer Said In The Briefing\n\nKaitlan Collins Contributor\n\
                Font Size:\n\nSean Spicer selected a limited number of reporters to attend an \
                informal briefing at the White House on Friday. Others were not allowed in.\n\n\
                (Photo: BRENDAN SMIALOWSKI/AFP/Getty Images)\n\n\
                Peter Gabriel, Rock n Roll Hall of Fame (Charles Sykes/Invision/AP)\n\n\
                The press secretary said it was his decision to expand the pool.";
    let article = Article::read(text, &[]);
    let kinds: Vec<(&str, BoilerplateKind)> = article
        .boilerplate
        .iter()
        .map(|r| (r.span.slice(text), r.kind))
        .collect();
    assert_eq!(
        kinds,
        [
            ("Politics", BoilerplateKind::SiteChrome),
            ("Kaitlan Collins Contributor", BoilerplateKind::Byline),
            ("Font Size:", BoilerplateKind::SiteChrome),
            (
                "(Photo: BRENDAN SMIALOWSKI/AFP/Getty Images)",
                BoilerplateKind::Caption
            ),
            (
                "Peter Gabriel, Rock n Roll Hall of Fame (Charles Sykes/Invision/AP)",
                BoilerplateKind::Caption
            ),
        ]
    );
}

#[test]
fn wire_statement_page() {
    // Reuters, January 7, 2018: date line, staff byline, reading time, a statement signed after
    // a double hyphen, an agency photo credit and a bracketed section link.
    let text = "Statement from the Editor-in-Chief\nJanuary 7, 2018 / 10:49 PM / Updated a day \
                ago\n\nReuters Staff\n\n1 Min Read\n\n“It is now nearly a month since the two \
                journalists were arrested. We again call for their immediate release.” -- \
                Stephen J. Adler, President and Editor-In-Chief, Reuters\n\nThe journalists \
                pose for a picture at the office in Yangon, Myanmar December 11, 2017. Picture \
                taken December 11, 2017. REUTERS/Antoni Slodkowski\n\n[Reuters Press Blog]";
    let article = Article::read(text, &[]);
    let kinds: Vec<BoilerplateKind> = article.boilerplate.iter().map(|r| r.kind).collect();
    assert_eq!(
        kinds,
        [
            BoilerplateKind::SiteChrome,
            BoilerplateKind::Byline,
            BoilerplateKind::SiteChrome,
            BoilerplateKind::Caption,
            BoilerplateKind::SiteChrome
        ]
    );
    let got = quotes(text);
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].1, "Stephen J. Adler");
}

#[test]
fn embedded_post_with_a_short_link() {
    // timelinedaily.com, November 2023.
    let text = "The accusation was in the form of a question.\n\
                Scoop: What were the photographers doing inside Israel on October 7? \
                https://t.co/KcdXMd4DYF\n\
                — HonestReporting (@HonestReporting) November 8, 2023\n\
                The statement clarified that the agency “did not have any prior relationship” \
                with the two photographers.";
    let article = Article::read(text, &[]);
    let kinds: Vec<BoilerplateKind> = article.boilerplate.iter().map(|r| r.kind).collect();
    assert_eq!(
        kinds,
        [BoilerplateKind::SocialEmbed, BoilerplateKind::SocialEmbed]
    );
    // The quoted words continue the clause of "the agency", whose words they are.
    let got = quotes(text);
    assert_eq!(got[0].1, "the agency");
    assert_eq!(got[0].3, "clarified");
}

#[test]
fn speaker_behind_a_chain_of_appositives_and_a_doubled_caption() {
    // AP blog, May 2015.
    let text = "Karen Kaiser testifies on Capitol Hill in Washington, Wednesday, May 6, 2015. \
                (AP Photo/Evan Vucci)\n\n\
                Karen Kaiser testifies on Capitol Hill in Washington, Wednesday, May 6, 2015. \
                (AP Photo/Evan Vucci)\n\n\
                Kaiser, who spoke on behalf of AP and The Sunshine in Government Initiative \
                (SGI), a coalition of media associations promoting open government, said the \
                legislation would “result in a more informed citizenry and a more transparent \
                and accountable government.”";
    let article = Article::read(text, &[]);
    assert_eq!(article.boilerplate.len(), 2);
    assert!(article
        .boilerplate
        .iter()
        .all(|r| r.kind == BoilerplateKind::Caption));
    let got = quotes(text);
    assert_eq!(got[0].1, "Kaiser");
    assert_eq!(got[0].2.as_deref(), Some("Karen Kaiser"));
    assert_eq!(got[0].3, "said");
}

#[test]
fn british_style_attribution() {
    // BBC News, 2023 (Hurricane wrecks in Ukraine; the EU ammunition deal; the Greek train crash).
    let text = "\"It is very rare to find this aircraft in Ukraine,\" says Oleks Shtan, a former \
                airline pilot who is leading the excavation. \"It's very important for our \
                aviation history.\"\n\n\
                \"The Hurricane was a strong, easy to fly machine,\" Mr Shtan says.\n\n\
                Meanwhile, Russia's own new year offensive \"may be nearing culmination\", the \
                ISW added.\n\n\
                In a Facebook message, Greek Prime Minister Kyriakos Mitsotakis said that \"in \
                the Greece of 2023 two trains cannot run on the same line and no-one notice\".\n\n\
                But the railway workers' union blamed successive governments' \"disrespect\" \
                towards Greek railways for leading to this \"tragic result\".";
    let got = quotes(text);
    let rows: Vec<(&str, &str, Option<&str>, &str)> = got
        .iter()
        .map(|(q, s, r, v)| (q.as_str(), s.as_str(), r.as_deref(), v.as_str()))
        .collect();
    assert_eq!(rows[0].1, "Oleks Shtan");
    assert_eq!(rows[0].3, "says");
    assert_eq!(rows[1].1, "Oleks Shtan"); // the passage continues
    assert_eq!(rows[2].1, "Mr Shtan");
    assert_eq!(rows[2].2, Some("Oleks Shtan"));
    assert_eq!(rows[3].0, "may be nearing culmination");
    assert_eq!(rows[3].1, "the ISW");
    assert_eq!(rows[3].3, "added");
    assert_eq!(rows[4].1, "Greek Prime Minister Kyriakos Mitsotakis");
    assert_eq!(rows[5].0, "disrespect");
    assert_eq!(rows[5].1, "the railway workers' union");
    assert_eq!(rows[5].3, "blamed");
    assert_eq!(rows[6].0, "tragic result");
    assert_eq!(rows.len(), 7);
}

#[test]
fn straight_quotes_continued_over_paragraphs_and_teaser_cards() {
    // The Jerusalem Post, October 2024: a quote reopened at the next paragraph, then a list
    // of related headlines, each over a staff byline and a time stamp.
    let text = "Jerusalem Post\nbreaking news\n\nHamas refused to take part in ceasefire \
                negotiations for several weeks, US State Department says\n\n\
                By JERUSALEM POST STAFF\n\n\
                The Hamas terrorist organization has refused to take part in negotiations for the \
                past several weeks, US State Department spokesperson Matthew Miller said on \
                Tuesday.\n\n\
                \"Hamas has been unwilling to come to the table to engage the past several \
                weeks,\" Miller said. \"So yes, it’s true that we have not been able to advance \
                these ceasefire talks. It’s because the terrorist organization has refused to \
                come to the table.\n\n\
                \"So if Iran wants to use the breakdown of ceasefire talks as an excuse, it \
                needs to point to the terrorist group that it controls,\" he continued. \"It’s \
                Hamas that has been responsible in recent weeks for the breakdown of those \
                talks.\"\n\n\
                Funeral of Hezbollah leader Hassan Nasrallah to be held on Friday\n\
                By JERUSALEM POST STAFF\n10/03/2024 12:34 AM\n\
                Gulf Cooperation Council calls for Gaza, Lebanon deescalation\n\
                By REUTERS\n10/02/2024 11:42 PM";
    let article = Article::read(text, &[]);
    let top: Vec<_> = article
        .quotes
        .iter()
        .filter(|q| q.parent.is_none())
        .collect();
    // The quote continued over two paragraphs is one quotation per paragraph.
    assert_eq!(
        top.len(),
        4,
        "{:?}",
        top.iter().map(|q| q.span.slice(text)).collect::<Vec<_>>()
    );
    assert!(top[1].span.slice(text).starts_with("So yes, it’s true"));
    assert!(top[1].span.slice(text).ends_with("come to the table."));
    assert!(top[2].span.slice(text).starts_with("So if Iran"));
    assert!(top[2].span.slice(text).ends_with("that it controls,"));
    for q in &top {
        let a = q.attribution.as_ref().expect("attributed");
        assert!(
            a.best_speaker().contains("Miller"),
            "{} → {:?}",
            q.span.slice(text),
            a
        );
    }
    let marked: Vec<&str> = article
        .boilerplate
        .iter()
        .map(|r| r.span.slice(text))
        .collect();
    assert_eq!(
        marked,
        [
            "Jerusalem Post",
            "breaking news",
            "By JERUSALEM POST STAFF",
            "Funeral of Hezbollah leader Hassan Nasrallah to be held on Friday",
            "By JERUSALEM POST STAFF",
            "10/03/2024 12:34 AM",
            "Gulf Cooperation Council calls for Gaza, Lebanon deescalation",
            "By REUTERS",
            "10/02/2024 11:42 PM"
        ]
    );
}

#[test]
fn a_headline_quote_takes_the_speaker_the_body_gives_its_words() {
    // The Hill (au.news.yahoo.com), August 24, 2024: the headline credits the agency, the
    // body its administrator.
    let text =
        "NASA says Boeing Starliner crew will return in February: ‘Our core value is safety’\n\n\
                NASA confirmed Saturday that the Boeing Starliner crew would remain on the \
                International Space Station until February, emphasizing that the decision was \
                based on safety concerns.\n\n\
                “The decision to keep Butch and Suni aboard the International Space Station and \
                bring the Boeing Starliner home uncrewed is a result of a commitment to safety,” \
                Nelson said, adding that “Our core value is safety, and it is our North Star.”";
    let article = Article::read(text, &[]);
    let headline = article
        .quotes
        .iter()
        .find(|q| q.kind == QuoteKind::Headline)
        .expect("the headline quote");
    let a = headline.attribution.clone().unwrap_or_default();
    assert_eq!(a.speaker, "NASA");
    assert_eq!(a.best_speaker(), "Nelson");
    assert_eq!(a.verb, "says");
}

//! Tests of utterance grouping (`group.rs`).

use super::*;
use crate::align::words::{sentence_starts, words_of};
use crate::span::Span;
use crate::text::TextModel;

fn ws(text: &str) -> Vec<Word> {
    words_of(text, Span::new(0, text.len()))
}

/// Groups texts by the mechanism of `group.rs`, with the given speaker signatures, as text lists.
fn groups_of(texts: &[(&str, Signature)]) -> Vec<Vec<String>> {
    let words: Vec<Vec<Word>> = texts.iter().map(|(t, _)| ws(t)).collect();
    let starts: Vec<Vec<usize>> = texts.iter().zip(&words).map(starts_of).collect();
    let items: Vec<Item> = texts
        .iter()
        .zip(&words)
        .enumerate()
        .map(|(n, ((t, s), w))| Item {
            words: w,
            signature: s,
            sort_key: t,
            source: n,
            quotation: n,
            paragraph: 0,
            sentence: 0,
            sentences: &starts[n],
        })
        .collect();
    group(&items)
        .into_iter()
        .map(|g| g.into_iter().map(|i| texts[i].0.to_string()).collect())
        .collect()
}

/// Where the sentences of a quotation's text after its first start, as word indices.
fn starts_of<T>((text, words): (&(&str, T), &Vec<Word>)) -> Vec<usize> {
    sentence_starts(words, &TextModel::new(text.0))
}

/// The words of each text, and where its sentences after the first start.
fn read(texts: &[&str]) -> (Vec<Vec<Word>>, Vec<Vec<usize>>) {
    let words: Vec<Vec<Word>> = texts.iter().map(|t| ws(t)).collect();
    let starts = texts
        .iter()
        .zip(&words)
        .map(|(t, w)| sentence_starts(w, &TextModel::new(t)))
        .collect();
    (words, starts)
}

/// One item per text (its words in `words`, where its sentences start in `starts`), each
/// its own quotation, credited and placed by `at(n)`: the speaker's signature, then the
/// source, paragraph and sentence it is in.
fn placed<'a>(
    texts: &[&'a str],
    (words, starts): (&'a [Vec<Word>], &'a [Vec<usize>]),
    at: impl Fn(usize) -> (&'a Signature, usize, usize, usize),
) -> Vec<Item<'a>> {
    (0..texts.len())
        .map(|n| {
            let (signature, source, paragraph, sentence) = at(n);
            Item {
                words: &words[n],
                signature,
                sort_key: texts[n],
                source,
                quotation: n,
                paragraph,
                sentence,
                sentences: &starts[n],
            }
        })
        .collect()
}

fn none() -> Signature {
    Signature::default()
}

#[test]
fn fit_counts_words_in_order_and_the_longest_run() {
    let f = fit(
        &ws("a new force and mode of counteraction."),
        &ws("new force and mode of counteraction to foil the U.S. attempt"),
    );
    assert_eq!(f, Fit { matched: 6, run: 6 });
}

#[test]
fn versions_with_small_edits_and_cuts_are_one_utterance() {
    // Yonhap and the Kyiv Independent quoting one KCNA statement, July 2024.
    let g = groups_of(&[
        ("The Democratic People’s Republic of Korea will never overlook or avoid the looming grave threat but thoroughly deter the aggression and war threat with stronger level of strategic counteraction and defend peace and security in the region and the rest of the world,", none()),
        ("The Democratic People's Republic of Korea (DPRK) will never overlook or avoid the looming grave threat but thoroughly deter the aggression and war threat with stronger level of strategic counteraction.", none()),
        ("fuelling Russia’s war of aggression against Ukraine", none()),
    ]);
    assert_eq!(g.len(), 2);
    assert_eq!(g[0].len(), 2);
}

#[test]
fn long_excerpts_that_overlap_in_part_are_one_utterance() {
    // ITV and tribalfootball.com quoting Gareth Southgate's statement, 16 July 2024: each
    // holds sentences the other leaves out.
    let g = groups_of(&[
        ("The squad we took to Germany is full of exciting young talent and they can win the trophy we all dream of. My special thanks go to the backroom staff who have provided the players and me with unstinting support over the last eight years. Their hard work and commitment inspired me every day. I look forward to watching and celebrating as the players go on to create more special memories.", none()),
        ("I joined the FA in 2011, determined to improve English football. I have had the privilege of leading a large group of players in 102 games. The squad we took to Germany is full of exciting young talent and they can win the trophy we all dream of. We have the best fans in the world.", none()),
    ]);
    assert_eq!(g.len(), 1, "{g:?}");
}

#[test]
fn a_short_headline_quote_does_not_chain_two_statements() {
    // Yahoo News UK and newsmakerslive.org, January 2023: the headline's five words sit
    // in both of Jacinda Ardern's sentences, which are different utterances.
    let g = groups_of(&[
        ("I know what this job takes. And I know that I no longer have enough in the tank to do it justice.", none()),
        ("Not enough in the tank", none()),
        ("I just don't have enough in the tank for another four years. Have I given all I have to put us in the best possible position? I have. And I know that hand on heart.", none()),
    ]);
    assert_eq!(g.len(), 2, "{g:?}");
}

#[test]
fn a_phrase_with_one_word_skipped_inside_beats_one_cut_at_an_end() {
    // The Sun and a family statement, October 2023: "passed away peacefully" is the
    // statement's "passed peacefully", not another tribute's "has passed away".
    let g = groups_of(&[
        ("Very sad news today, one of the true greats Sir Bobby Charlton has passed away", none()),
        ("It is with great sadness that we share the news that Sir Bobby passed peacefully in the early hours of Saturday morning", none()),
        ("passed away peacefully", none()),
    ]);
    assert_eq!(g.len(), 2, "{g:?}");
    assert!(
        g.iter()
            .any(|m| m.len() == 2 && m[1] == "passed away peacefully"),
        "{g:?}"
    );
}

#[test]
fn phrases_sharing_one_word_stay_apart() {
    let g = groups_of(&[
        ("great concern", none()),
        ("grave concern", none()),
        ("profound concern", none()),
        ("great concern", none()),
    ]);
    assert_eq!(g.len(), 3, "{g:?}");
}

#[test]
fn a_fragment_joins_the_passage_it_comes_from() {
    let g = groups_of(&[
        ("will never overlook the grave threat but deter the aggression with stronger level of strategic counteraction", none()),
        ("tougher strategic counteraction", none()),
        ("strategic counteraction.", none()),
        ("Strategic Counteraction", none()),
    ]);
    assert_eq!(g.len(), 1, "{g:?}");
}

#[test]
fn a_one_word_fragment_needs_the_same_speaker() {
    let ministry = |k: &str| {
        let names = super::super::speakers::SpeakerNames::new(&[]);
        names.signature([k])
    };
    let g = groups_of(&[
        (
            "The Foreign Ministry most strongly denounces the declaration, an illegal document",
            ministry("Foreign Ministry Spokesperson Kim"),
        ),
        ("illegal", ministry("Spokesperson Kim")),
        ("strongly", ministry("NATO Leaders")),
        ("illegal", none()),
    ]);
    assert_eq!(g.len(), 3, "{g:?}");
    assert_eq!(g[0].len(), 2, "{g:?}");
}

#[test]
fn consecutive_excerpts_that_overlap_at_their_ends_are_one_utterance() {
    // The Sun and Reuters quoting one post, October 2023: one excerpt ends where the
    // other begins, with eleven words in common ("&" is "and").
    let g = groups_of(&[
        ("Very sad news today 1 of the true Greats Sir Bobby Charlton has passed away. We will never forget him & nor will all of football", none()),
        ("We will never forget him and nor will all of football. He will be sorely missed by all of the country beyond sport alone.", none()),
    ]);
    assert_eq!(g.len(), 1, "{g:?}");
}

#[test]
fn a_fragment_needs_more_than_a_function_word_and_one_content_word() {
    // Sky News, May 2024: "time for change" is not the "opportunity for change" of a
    // longer quote; "head and heart" is "in my head and in my heart".
    let g = groups_of(&[
        ("no matter what else is said and done, that opportunity for change is what this election is about", none()),
        ("time for change", none()),
        ("In my head and in my heart I know that time is now.", none()),
        ("head and heart", none()),
    ]);
    assert_eq!(g.len(), 3, "{g:?}");
    assert!(
        g.iter().any(|m| m.len() == 2 && m[1] == "head and heart"),
        "{g:?}"
    );
}

#[test]
fn a_reordered_phrase_joins_when_the_speakers_agree() {
    // AOL and the Daily Beast, January 2024.
    let names = super::super::speakers::SpeakerNames::new(&[]);
    let ceo = names.signature(["Boeing CEO Dave Calhoun"]);
    let g = groups_of(&[
        (
            "Moments like this shake them to the bone, just like it shook me,",
            ceo.clone(),
        ),
        ("shook me to the bone.", ceo.clone()),
        ("shook me to the bone.", none()),
    ]);
    assert_eq!(g.len(), 2, "{g:?}");
    assert_eq!(g[0].len(), 2, "{g:?}");
}

#[test]
fn a_quotation_holding_two_that_one_source_quotes_apart_does_not_join_them() {
    // Today Headline and Extra.ie, August 2023: one page quotes two sentences of the
    // sentencing remarks apart, another runs them together in one quotation.
    let texts = [
        "The babies you harmed were born prematurely and some were at risk of not surviving",
        "Malevolence bordering on sadism",
        "By their nature and number such murders by a neonatal nurse entrusted to care for them is a case of very exceptional circumstances.",
        "The babies you harmed were born prematurely and some were at risk of not surviving… By their nature and number such murders by a neonatal nurse entrusted to care for them is a case of very exceptional circumstances.",
    ];
    let (words, starts) = read(&texts);
    let sig = none();
    let items = placed(&texts, (&words, &starts), |n| {
        (&sig, usize::from(n == 3), n, n)
    });
    let g = group(&items);
    assert_eq!(g, vec![vec![0, 3], vec![1], vec![2]]);
}

#[test]
fn two_named_people_sharing_a_formula_stay_apart() {
    // Invented: two leaders' condolences share a stock phrase, not an utterance.
    let names = super::super::speakers::SpeakerNames::new(&[]);
    let g = groups_of(&[
        (
            "Our hearts go out to the families and we offer the full support of the nation",
            names.signature(["President Anna Berg"]),
        ),
        (
            "Our hearts go out to the families of the victims tonight",
            names.signature(["Prime Minister Tom Hale"]),
        ),
    ]);
    assert_eq!(g.len(), 2, "{g:?}");
}

#[test]
fn a_reordered_version_joins_when_the_speakers_agree() {
    // Invented: a translation that puts the clauses the other way round.
    let names = super::super::speakers::SpeakerNames::new(&[]);
    let berg = names.signature(["President Anna Berg"]);
    let texts = [
        "To all who grieve tonight, we send our deepest sympathy and our prayers",
        "We send our deepest sympathy and prayers to all who grieve tonight",
    ];
    let g = groups_of(&[(texts[0], berg.clone()), (texts[1], berg.clone())]);
    assert_eq!(g.len(), 1, "{g:?}");
    let g = groups_of(&[(texts[0], berg), (texts[1], none())]);
    assert_eq!(g.len(), 2, "{g:?}");
}

#[test]
fn fragment_keys_survive_editing() {
    // Invented: a word inserted inside a two-word phrase, a repetition, a plural, and
    // left-over phrases that differ only by an article.
    let g = groups_of(&[
        (
            "It was a rigged, shameful process from the very start",
            none(),
        ),
        ("rigged process", none()),
        ("We will never give up on the people of this town", none()),
        ("never, never, never give up", none()),
        (
            "They ignored every warning we gave them about the storm",
            none(),
        ),
        ("ignoring every warning", none()),
        ("a shame", none()),
        ("shame", none()),
    ]);
    assert_eq!(g.len(), 4, "{g:?}");
}

#[test]
fn an_ambiguous_fragment_joins_the_group_of_its_own_sentence() {
    // Invented: "our values" fits a written statement (larger group) and spoken remarks; the
    // other fragment of its sentence ("stand together and keep") joined the remarks.
    let texts = [
        "We will defend our values and we will stand together as one nation",
        "We will defend our values and we will stand together as one nation",
        "We will defend our values and we will stand together as one nation",
        "Tonight I say to you that we must stand together and keep our values",
        "stand together and keep",
        "our values",
    ];
    let (words, starts) = read(&texts);
    let sig = none();
    let place = [
        (0, 0, 0),
        (1, 0, 0),
        (2, 0, 0),
        (3, 0, 0),
        (4, 5, 9),
        (4, 5, 9),
    ];
    let items = placed(&texts, (&words, &starts), |n| {
        (&sig, place[n].0, place[n].1, place[n].2)
    });
    let g = group(&items);
    assert_eq!(g, vec![vec![0, 1, 2], vec![3, 4, 5]]);
}

#[test]
fn a_left_over_fragment_joins_one_that_holds_its_content_when_one_speaker_says_both() {
    // Sky News, May 2024: a headline's "time for change" and the body's "It is time for
    // change." with no passage to join.
    let names = super::super::speakers::SpeakerNames::new(&[]);
    let leader = names.signature(["Sir Keir Starmer"]);
    let g = groups_of(&[
        ("time for change", leader.clone()),
        ("It is time for change.", leader.clone()),
        ("It is time for change.", names.signature(["Rishi Sunak"])),
        ("time for change", none()),
    ]);
    assert_eq!(g.len(), 2, "{g:?}");
    assert_eq!(g[0].len(), 3, "{g:?}");
}

#[test]
fn excerpts_of_one_statement_in_a_row_are_not_quoted_apart() {
    // Invented: one page quotes a mayor's statement in three excerpts in a row, another
    // prints the three as one quotation; the first and the third share no run of words, but
    // what stands between them is the statement's own middle excerpt, not another utterance.
    // With an unrelated quotation between them instead, the page quotes two things apart.
    let statement = [
        "We will rebuild every school that the river destroyed this spring",
        "families who lost their homes will be housed by the end of the year",
        "the old town hall will stay open as a shelter for as long as it is needed",
    ];
    let whole = "We will rebuild every school that the river destroyed this spring, and families who lost their homes will be housed by the end of the year. Until then the old town hall will stay open as a shelter for as long as it is needed.";
    let unrelated = "Our opponents have never once visited the flooded streets of the east side";
    let run = |middle: &str| {
        let texts = [statement[0], middle, statement[2], whole];
        let (words, starts) = read(&texts);
        let sig = none();
        let items = placed(&texts, (&words, &starts), |n| {
            (&sig, usize::from(n == 3), n, n)
        });
        group(&items)
    };
    assert_eq!(run(statement[1]), vec![vec![0, 1, 2, 3]]);
    assert_eq!(run(unrelated), vec![vec![0, 3], vec![1], vec![2]]);
}

#[test]
fn a_short_remark_transcribed_in_other_words_joins_when_its_speaker_says_both() {
    // Invented: a remark of few content words, printed by two pages in different words and
    // order; no run of three words is shared. It joins only for the same speaker, and only
    // where its content words sit close together.
    let names = super::super::speakers::SpeakerNames::new(&[]);
    let coach = names.signature(["Coach Lena Ortiz"]);
    let said = "My hand, the dog bit it. Then I went straight home to rest.";
    let retold = "Yes, it was the dog that bit my hand,";
    let g = groups_of(&[(said, coach.clone()), (retold, coach.clone())]);
    assert_eq!(g.len(), 1, "{g:?}");
    let g = groups_of(&[(said, coach.clone()), (retold, none())]);
    assert_eq!(g.len(), 2, "{g:?}");
    let g = groups_of(&[
        (said, coach.clone()),
        (retold, names.signature(["Mayor Tom Hale"])),
    ]);
    assert_eq!(g.len(), 2, "{g:?}");
    let scattered = "The dog slept all day while my brother hurt his hand and bit his nails";
    let g = groups_of(&[(scattered, coach.clone()), (retold, coach)]);
    assert_eq!(g.len(), 2, "{g:?}");
}

#[test]
fn a_left_over_fragment_joins_the_group_of_its_paragraph_when_it_shares_a_phrase() {
    // Invented: a page prints a spoken remark in two pieces around a gesture ("“Well, my
    // hand. There,” she said, pointing. “The dog bit.”"); the second piece joins the remark
    // by its words, the first only by its paragraph, its speaker and the phrase "my hand".
    let names = super::super::speakers::SpeakerNames::new(&[]);
    let coach = names.signature(["Coach Lena Ortiz"]);
    let other = names.signature(["Mayor Tom Hale"]);
    let texts = [
        "The dog bit my hand and then it ran off into the park",
        "Well, my hand. There,",
        "the dog bit",
    ];
    let (words, starts) = read(&texts);
    let run = |first: (usize, &Signature)| {
        let place = [(0, 0, 0), (1, first.0, first.0), (1, 2, 3)];
        let items = placed(&texts, (&words, &starts), |n| {
            (
                if n == 1 { first.1 } else { &coach },
                place[n].0,
                place[n].1,
                place[n].2,
            )
        });
        group(&items)
    };
    assert_eq!(run((2, &coach)), vec![vec![0, 1, 2]]);
    assert_eq!(run((5, &coach)), vec![vec![0, 2], vec![1]]);
    assert_eq!(run((2, &other)), vec![vec![0, 2], vec![1]]);
}

#[test]
fn a_misprinted_long_word_is_the_word() {
    // Invented: a headline's fragment with one letter wrong in a long word joins the passage;
    // short words one letter apart stay different words.
    let g = groups_of(&[
        (
            "The way the council treated the families was completely unacceptable to us",
            none(),
        ),
        ("completely unacceptible", none()),
        ("great concern", none()),
        ("grave concern", none()),
    ]);
    assert_eq!(g.len(), 3, "{g:?}");
    assert_eq!(g[0].len(), 2, "{g:?}");
}

#[test]
fn a_left_over_fragment_needs_most_of_its_content_in_the_shared_phrase() {
    // Invented: a page runs two remarks of one speech into one reporting sentence (she said
    // the “old guard” were “trying to stop me”); "trying to stop me" shares only "trying to"
    // with the passage that holds "old guard", so it stays out of that group.
    let names = super::super::speakers::SpeakerNames::new(&[]);
    let coach = names.signature(["Coach Lena Ortiz"]);
    let texts = [
        "They are trying to paint it as something else, but the old guard never liked change",
        "old guard",
        "trying to stop me",
    ];
    let (words, starts) = read(&texts);
    let items = placed(&texts, (&words, &starts), |n| {
        (&coach, usize::from(n > 0), 0, 0)
    });
    assert_eq!(group(&items), vec![vec![0, 1], vec![2]]);
}

#[test]
fn two_translations_of_one_short_sentence_are_one_utterance_for_one_speaker() {
    // Invented: two outlets translate one refusal differently; no run of three words is
    // shared, but the content word and the negation are, and so is the speaker.
    let names = super::super::speakers::SpeakerNames::new(&[]);
    let coach = names.signature(["Coach Lena Ortiz"]);
    let other = names.signature(["Mayor Tom Hale"]);
    let refusal = "I will not quit, I will not quit";
    let translated = "I am not going to quit, I am not going to quit";
    let g = groups_of(&[(refusal, coach.clone()), (translated, coach.clone())]);
    assert_eq!(g.len(), 1, "{g:?}");
    // The opposite polarity, or another speaker, is another utterance.
    let g = groups_of(&[
        (refusal, coach.clone()),
        ("I am going to quit, I am going to quit", coach.clone()),
    ]);
    assert_eq!(g.len(), 2, "{g:?}");
    let g = groups_of(&[(refusal, coach), (translated, other)]);
    assert_eq!(g.len(), 2, "{g:?}");
}

#[test]
fn one_speakers_versions_that_share_a_compound_in_a_long_run_are_one_utterance() {
    // Invented: two translations of one complaint share "a public humiliation is" and
    // differ after it; one speaker says both. A stock opening shares no two content words
    // in a row, and other speakers need the usual evidence.
    let names = super::super::speakers::SpeakerNames::new(&[]);
    let coach = names.signature(["Coach Lena Ortiz"]);
    let first = "A public humiliation is taking place here.";
    let second = "A public humiliation is being staged";
    let g = groups_of(&[(first, coach.clone()), (second, coach.clone())]);
    assert_eq!(g.len(), 1, "{g:?}");
    let g = groups_of(&[(first, coach.clone()), (second, none())]);
    assert_eq!(g.len(), 2, "{g:?}");
    let g = groups_of(&[
        ("I want to thank the fans for everything", coach.clone()),
        ("I want to thank the staff", coach),
    ]);
    assert_eq!(g.len(), 2, "{g:?}");
}

#[test]
fn equal_left_over_words_of_two_named_people_stay_apart() {
    // Invented: two ministers each call the affair "outrageous" in different outlets; a
    // stock word alone never joins two people who differ.
    let names = super::super::speakers::SpeakerNames::new(&[]);
    let first = names.signature(["Finance Minister Ana Ruiz"]);
    let second = names.signature(["Labour Minister Jon Vidal"]);
    let g = groups_of(&[("outrageous", first.clone()), ("outrageous.", second)]);
    assert_eq!(g.len(), 2, "{g:?}");
    let g = groups_of(&[("outrageous", first.clone()), ("outrageous.", first)]);
    assert_eq!(g.len(), 1, "{g:?}");
}

#[test]
fn one_source_that_prints_two_restatements_apart_keeps_them_apart() {
    // Invented: one page quotes the refusal, another remark, then the refusal in other
    // words: it says they are two things said, so they do not join by their content words.
    let names = super::super::speakers::SpeakerNames::new(&[]);
    let coach = names.signature(["Coach Lena Ortiz"]);
    let texts = [
        "I will not quit, I will not quit",
        "The board will meet again next week to decide",
        "I am not going to quit, I am not going to quit",
    ];
    let (words, starts) = read(&texts);
    let items = placed(&texts, (&words, &starts), |n| (&coach, 0, n, n));
    assert_eq!(group(&items).len(), 3);
}

#[test]
fn one_speakers_sentence_reworded_to_the_same_ending_is_one_utterance() {
    // Invented: two outlets render one sentence of a minister's briefing, the list of
    // subjects reworded and reordered, the last words kept; they share no run of three words.
    // A sentence of the same topic that ends otherwise, or another speaker, stays apart.
    let names = super::super::speakers::SpeakerNames::new(&[]);
    let minister = names.signature(["Minister Ada Quist"]);
    let other = names.signature(["Mayor Tom Hale"]);
    let first = "The rise of a new strain of flu, its fast spread in the north, and the reports of cases in several coastal towns are deeply alarming,";
    let second = "cases reported in coastal towns that had none before, and the chance of wider spread to the south is deeply alarming";
    let g = groups_of(&[(first, minister.clone()), (second, minister.clone())]);
    assert_eq!(g.len(), 1, "{g:?}");
    let g = groups_of(&[(first, minister.clone()), (second, other)]);
    assert_eq!(g.len(), 2, "{g:?}");
    let g = groups_of(&[(first, minister.clone()), (second, none())]);
    assert_eq!(g.len(), 2, "{g:?}");
    let topic = "cases reported in coastal towns that had none before, and the chance of wider spread to the south, are why we act today";
    let g = groups_of(&[(first, minister.clone()), (topic, minister.clone())]);
    assert_eq!(g.len(), 2, "{g:?}");
    // The same ending and a word or two more are what two remarks on one subject share.
    let remark = "the new plan is deeply alarming";
    let g = groups_of(&[(first, minister.clone()), (remark, minister)]);
    assert_eq!(g.len(), 2, "{g:?}");
}

#[test]
fn one_sentence_of_a_longer_passage_joins_its_version_elsewhere() {
    // Invented: one page runs a question after another sentence, another page prints the
    // question with a different sentence after it; as wholes neither holds most of the
    // other's content words, the question alone is one. Another speaker stays apart.
    let names = super::super::speakers::SpeakerNames::new(&[]);
    let coach = names.signature(["Coach Lena Ortiz"]);
    let other = names.signature(["Mayor Tom Hale"]);
    let first =
        "I ask you: what is it I have done? A friendly hug is enough to get me out of here?";
    let second = "Is a friendly hug enough to get me out of here? I will fight to the end.";
    let g = groups_of(&[(first, coach.clone()), (second, coach.clone())]);
    assert_eq!(g.len(), 1, "{g:?}");
    let g = groups_of(&[(first, coach.clone()), (second, other)]);
    assert_eq!(g.len(), 2, "{g:?}");
    // The same words run on, each one sentence, give no sentence of their own to compare.
    let run_on =
        "I ask you what is it I have done and a friendly hug is enough to get me out of here";
    let other_run_on = "Is a friendly hug enough to get me out of here and I will fight to the end";
    let g = groups_of(&[(run_on, coach.clone()), (other_run_on, coach)]);
    assert_eq!(g.len(), 2, "{g:?}");
}

#[test]
fn one_speakers_excerpts_that_meet_in_content_words_are_one_utterance() {
    // Invented: one page quotes a judge's sentence to its end, another quotes from its last
    // four words on; they meet in content words alone. Another speaker, or a meeting in a
    // phrase of function words, stays apart.
    let names = super::super::speakers::SpeakerNames::new(&[]);
    let judge = names.signature(["Judge Ada Quist"]);
    let other = names.signature(["Mayor Tom Hale"]);
    let first = "This was a long and careful scheme of fraud aimed at the oldest savers, knowing your letters were causing lasting financial damage. You showed no regret.";
    let second = "causing lasting financial damage and would cause untold distress";
    let g = groups_of(&[(first, judge.clone()), (second, judge.clone())]);
    assert_eq!(g.len(), 1, "{g:?}");
    let g = groups_of(&[(first, judge.clone()), (second, other)]);
    assert_eq!(g.len(), 2, "{g:?}");
    let g = groups_of(&[
        (
            "The club has told the players that it will be there for them",
            judge.clone(),
        ),
        (
            "it will be there for them whatever the board decides next",
            judge,
        ),
    ]);
    assert_eq!(g.len(), 2, "{g:?}");
}

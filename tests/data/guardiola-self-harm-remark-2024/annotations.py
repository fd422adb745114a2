# Gold annotations for guardiola-self-harm-remark-2024; build with: python3 scripts/gold/build_gold.py tests/data/guardiola-self-harm-remark-2024
EVENT = "Pep Guardiola's 'I want to harm myself' remark after Manchester City 3-3 Feyenoord, and his statement on X the next day (26-27 November 2024)"
FILES = {
    "01": "01_bbc-bbcworldnewstoday.txt",
    "02": "02_dailymail-london24news.txt",
    "03": "03_reuters-asiaone.txt",
    "04": "04_dailyguidenetwork.txt",
    "05": "05_pa-the42.txt",
}
SPEAKERS = {
    "pep": dict(speaker="Pep Guardiola",
                keys=["pep guardiola", "guardiola", "pep", "the manchester city boss", "manchester city boss",
                      "the man city boss", "man city boss", "manchester city manager", "the 53-year-old",
                      "the spaniard", "his official account", "statement"],
                reject=["gundogan", "feyenoord", "reporters", "samaritans", "bbc", "reuters"]),
    "gundogan": dict(speaker="Ilkay Gundogan",
                     keys=["ilkay gundogan", "gundogan", "midfielder", "midfield veteran"],
                     reject=["guardiola", "pep"]),
}
GROUPS = [
    # --- the press-conference answer about the cut on his nose (26 November)
    ("g_nail", "pep", "With my finger, my nail.", [
        ("01", "With my finger, my nail."),
        ("02", "Yes, it’s from my nail on my finger,"),  # the Daily Mail's transcription of the same answer
        ("02", "I cut myself with my fingernail (during the game)."),  # opened, never closed
        ("04", "Yeah, my finger. Here,"),
        ("04", "My nail."),
    ]),
    ("g_harm", "pep", "I want to harm myself.", [
        ("01", "I want to harm myself"),
        ("02", "I want to harm myself"),
        ("03", "With my finger, my nail. I want to harm myself."),  # the whole answer as one quotation
        ("04", "I want to harm myself."),
        ("05", "I want to harm myself."),
    ]),
    # --- the statement on X (27 November), one quotation over several paragraphs in 02, 04, 05
    ("g_caught", "pep", "I was caught off guard with a question at the end of a press conference last night about a scratch ...", [
        ("01", "I was caught off guard with a question at the end of a press conference last night about a scratch which had appeared on my face and explained that a sharp fingernail had accidentally caused this,"),
        ("02", "I was caught off guard with a question at the end of a press conference last night about a scratch which had appeared on my face and explained that a sharp fingernail had accidentally caused this,"),
        ("03", "I was caught off guard with a question at the end of a press conference last night about a scratch which had appeared on my face and explained that a sharp fingernail had accidentally caused this,"),
        ("04", "I was caught off guard with a question at the end of a press conference last night about a scratch which had appeared on my face and explained that a sharp fingernail had accidentally caused this,"),
        ("05", "I was caught off guard with a question at the end of a press conference last night about a scratch which had appeared on my face and explained that a sharp fingernail had accidentally caused this."),
    ]),
    ("g_answer", "pep", "My answer was in no way intended to make light of the very serious issue of self harm.", [
        ("01", "to make light", 0),
        ("01", "My answer was in no way intended to make light of the very serious issue of self-harm."),
        ("02", "in no way intended", 0),
        ("02", "My answer was in no way intended to make light of the very serious issue of self harm."),  # opened, the excerpt ends
        ("03", "very serious issue of self harm", 0),
        # 03 runs this sentence and the next paragraph (g_know) into one quotation
        ("03", "My answer was in no way intended to make light of the very serious issue of self harm. I know that many people struggle with mental health issues every day, and I would like to take this moment to highlight one of the ways in people can seek help, by calling the Samaritans hotline on 116 123 or emailing jo@samaritans.org."),
        ("04", "My answer was in no way intended to make light of the very serious issue of self harm."),
        ("05", "My answer was in no way intended to make light of the very serious issue of self harm."),
    ]),
    ("g_know", "pep", "I know that many people struggle with mental health issues every day ... the Samaritans hotline", [
        ("01", "many people struggle with mental health issues every day"),
        ("01", "highlight one of the ways people can seek help"),
        ("04", "I know that many people struggle with mental health issues every day, and I would like to take this moment to highlight one of the ways in which people can seek help, by calling the Samaritans hotline on 116 123 or emailing jo@samaritans.org."),
        ("05", "I know that many people struggle with mental health issues every day, and I would like to take this moment to highlight one of the ways in people can seek help, by calling the Samaritans hotline on 116 123 or emailing jo@samaritans.org."),
    ]),
    # --- another speaker in 05
    ("g_title_race", "gundogan", "To stay in the title race, probably yes ... 11 points would be a huge gap", [
        ("05", "To stay in the title race, probably yes, (it’s a game City can’t afford to lose), because 11 points would be a huge gap,"),
    ]),
]
RELATED_GROUPS = [["g_nail", "g_harm"], ["g_caught", "g_answer", "g_know"]]
EXTRA = {
    "negative_pairs_note": "Two utterances a day apart: the press-conference answer (g_nail, g_harm) and the statement on X (g_caught, g_answer, g_know), which shares 'harm' and 'self harm' with the answer; merging g_harm with g_answer is a precision error. g_nail and g_harm are consecutive words of one answer that 03 prints as one quotation (related); the three paragraphs of the statement are printed as one quotation by 05 and 04 and run together by 03 (related). 02's 'Yes, it's from my nail on my finger' is its own transcription of the words the others give as 'With my finger, my nail' (same utterance, few shared words). Gundogan's words are another speaker's.",
    "quote_structure": "02 (Daily Mail) uses single curly marks throughout, with apostrophes inside quotations (it’s), opens a second sentence that it never closes (‘I cut myself ... (during the game).) and ends the excerpt inside a quotation printed over several paragraphs; 04 and 05 print the statement over several paragraphs (an opening mark at each paragraph, one closing mark); 03 uses straight marks and runs two paragraphs of the statement into one; 01 quotes fragments of the statement in reported speech ('is aware \"many people ...\"').",
    "indirect": [
        {"file": "05_pa-the42.txt", "text": "Guardiola replied that he had caused it with a fingernail", "paraphrases_group": "g_nail"},
        {"file": "02_dailymail-london24news.txt", "text": "Guardiola commented that he wanted to harm himself after watching his side’s capitulation", "paraphrases_group": "g_harm"},
        {"file": "05_pa-the42.txt", "text": "Midfielder Ilkay Gundogan has said that defeat to Liverpool on Sunday could end Premier League title hopes", "paraphrases_group": "g_title_race"},
    ],
    "unique_facts": {
        "01_bbc-bbcworldnewstoday.txt": ["scratch marks seen during the post-match interview with Amazon Prime", "City 15th in the Champions League table, eight points behind Liverpool", "no win since beating Southampton 1-0 on 26 October"],
        "02_dailymail-london24news.txt": ["he smiled and left at the conclusion of his press conference", "some fans expressed concern"],
        "03_reuters-asiaone.txt": ["Singapore helplines"],
        "04_dailyguidenetwork.txt": ["worst run of his managerial career", "no team had lost a three-goal lead as late as the 75th minute (Opta)", "4-0 home loss to Tottenham"],
        "05_pa-the42.txt": ["Gvardiol blunder gifted the first goal to Hadj Moussa", "Gundogan: defeat at Liverpool could end title hopes"],
    },
    "boilerplate": {
        "02_dailymail-london24news.txt": ["podcast teaser bullet ('LISTEN NOW')", "two photo captions"],
        "03_reuters-asiaone.txt": ["'Award Banner'", "photo caption and credit", "publication line", "helpline list"],
        "05_pa-the42.txt": ["'Advertisement'", "photo caption"],
    },
    "truncation": "Each file is the stored page excerpt; the last, cut paragraph of 02 and 05 and two cut teaser lines after the end of 01 were left out.",
}

CLAIMS = [
    ("c1", "Guardiola said he did not intend to make light of self-harm", [
        ("01", "Manchester City manager Pep Guardiola says he did not intend “to make light” of self-harm when he answered a question about scratches on his face."),
        ("01", "“My answer was in no way intended to make light of the very serious issue of self-harm.”"),
        ("02", "The Man City boss said he did not mean to make light of self harm with his remark"),
        ("02", "Pep Guardiola has apologised for a comment referencing self harm in his post match press conference following Manchester City’s draw against Feyenoord."),
        ("02", "Guardiola has now taken to social media to issue a statement, insisting he did not mean to make light of self-harm."),
        ("02", "‘My answer was in no way intended to make light of the very serious issue of self harm."),
        ("03", "Manchester City boss Pep Guardiola clarifies comments after self-harm remark"),
        ("03", "MANCHESTER, England — Manchester City manager Pep Guardiola said he did not intend to make light of the \"very serious issue of self harm\" with a joke he made after a Nov 26 3-3 draw with Feyenoord at Etihad Stadium."),
        ("03", "\"My answer was in no way intended to make light of the very serious issue of self harm."),
        ("04", "Manchester City boss, Pep Guardiola, clarified a comment he made that suggested he wanted to hurt himself after his side threw away a three-goal lead against Feyenoord in the Champions League on Tuesday."),
        ("04", "“My answer was in no way intended to make light of the very serious issue of self harm."),
        ("05", "PEP GUARDIOLA HAS insisted he did not intend to make light of issues of self-harm after comments about a cut on his nose on Tuesday night."),
        ("05", "“My answer was in no way intended to make light of the very serious issue of self harm."),
    ]),
    ("c2", "he was asked at the post-match news conference about a cut on his nose / scratches on his head", [
        ("01", "City blew a 3-0 lead to draw 3-3 with Feyenoord in the Champions League on Tuesday and Guardiola was later seen with several scratch marks on his forehead during his post-match interview with broadcaster Amazon Prime."),
        ("01", "Asked by reporters during his news conference about a mark on his nose, Guardiola made a scratching motion and said: “With my finger, my nail.”"),
        ("02", "The Man City boss was questioned in the press conference about a cut on his nose, while scratches were also visible on his head."),
        ("03", "Guardiola was asked in the post-match press conference how he got a cut on his nose, and he replied: \"With my finger, my nail. I want to harm myself.\""),
        ("04", "Guardiola sat down at a news conference after the 3-3 draw with Feyenoord with a cut on his nose as well as some scratches across the top of his bald head."),
        ("05", "The Manchester City boss was spotted with the scratch during the match and was asked about it during his post-match press conference after the 3-3 Champions League draw against Feyenoord."),
    ]),
    ("c3", "he said he had caused it with his finger / fingernail", [
        ("01", "Asked by reporters during his news conference about a mark on his nose, Guardiola made a scratching motion and said: “With my finger, my nail.”"),
        ("02", "‘Yes, it’s from my nail on my finger,’ Guardiola replied."),
        ("02", "‘I cut myself with my fingernail (during the game)."),
        ("03", "Guardiola was asked in the post-match press conference how he got a cut on his nose, and he replied: \"With my finger, my nail. I want to harm myself.\""),
        ("04", "Asked about those marks, Guardiola said: “Yeah, my finger. Here,” as he performed a rapid downward motion along his nose."),
        ("04", "“My nail.”"),
        ("05", "Guardiola replied that he had caused it with a fingernail, adding apparently as a joke: “I want to harm myself.”"),
    ]),
    ("c4", "he added 'I want to harm myself'", [
        ("01", "The 53-year-old then said “I want to harm myself” before laughing and leaving the news conference."),
        ("02", "Guardiola then added ‘I want to harm myself’, before smiling to reporters and leaving at the conclusion of his press conference."),
        ("03", "Guardiola was asked in the post-match press conference how he got a cut on his nose, and he replied: \"With my finger, my nail. I want to harm myself.\""),
        ("04", "Then he added with a smile: “I want to harm myself.”"),
        ("05", "Guardiola replied that he had caused it with a fingernail, adding apparently as a joke: “I want to harm myself.”"),
    ]),
    ("c5", "City drew 3-3 with Feyenoord after leading 3-0", [
        ("01", "City blew a 3-0 lead to draw 3-3 with Feyenoord in the Champions League on Tuesday and Guardiola was later seen with several scratch marks on his forehead during his post-match interview with broadcaster Amazon Prime."),
        ("03", "MANCHESTER, England — Manchester City manager Pep Guardiola said he did not intend to make light of the \"very serious issue of self harm\" with a joke he made after a Nov 26 3-3 draw with Feyenoord at Etihad Stadium."),
        ("04", "Manchester City boss, Pep Guardiola, clarified a comment he made that suggested he wanted to hurt himself after his side threw away a three-goal lead against Feyenoord in the Champions League on Tuesday."),
        ("05", "City’s losing run ended at the Etihad but they conceded three times in the final 15 minutes on another disappointing night and Guardiola held his head in his hands in the dugout after a Josko Gvardiol blunder gifted the first Feyenoord goal to Anis Hadj Moussa."),
    ]),
    ("c6", "he posted a statement on X the next day (caught off guard by the question)", [
        ("01", "“I was caught off guard with a question at the end of a press conference last night about a scratch which had appeared on my face and explained that a sharp fingernail had accidentally caused this,” said a statement posted on Guardiola’s behalf by his official account on X and Instagram."),
        ("02", "Guardiola has taken to social media to address his remark in a press conference"),
        ("02", "Guardiola has now taken to social media to issue a statement, insisting he did not mean to make light of self-harm."),
        ("02", "The 53-year-old admitted he had been caught off guard by the question at the end of the press conference."),
        ("02", "‘I was caught off guard with a question at the end of a press conference last night about a scratch which had appeared on my face and explained that a sharp fingernail had accidentally caused this,’ Guardiola wrote."),
        ("03", "The 53-year-old took to social media on Nov 27 to explain his answer."),
        ("03", "\"I was caught off guard with a question at the end of a press conference last night about a scratch which had appeared on my face and explained that a sharp fingernail had accidentally caused this,\" he posted on X."),
        ("04", "On Wednesday, Guardiola walked back those comments in a post on X."),
        ("04", "“I was caught off guard with a question at the end of a press conference last night about a scratch which had appeared on my face and explained that a sharp fingernail had accidentally caused this,” he said."),
        ("05", "But the Spaniard took to the social media site X to clarify his response on Wednesday morning, saying: “I was caught off guard with a question at the end of a press conference last night about a scratch which had appeared on my face and explained that a sharp fingernail had accidentally caused this."),
    ]),
    ("c7", "the statement pointed to the Samaritans for people struggling with mental health", [
        ("01", "The statement added that Guardiola is aware “many people struggle with mental health issues every day” and referenced the Samaritans charity to “highlight one of the ways people can seek help”."),
        ("03", "I know that many people struggle with mental health issues every day, and I would like to take this moment to highlight one of the ways in people can seek help, by calling the Samaritans hotline on 116 123 or emailing jo@samaritans.org.\""),
        ("04", "“I know that many people struggle with mental health issues every day, and I would like to take this moment to highlight one of the ways in which people can seek help, by calling the Samaritans hotline on 116 123 or emailing jo@samaritans.org.”"),
        ("05", "“I know that many people struggle with mental health issues every day, and I would like to take this moment to highlight one of the ways in people can seek help, by calling the Samaritans hotline on 116 123 or emailing jo@samaritans.org.”"),
    ]),
    ("c8", "the draw ended a run of five straight defeats", [
        ("01", "The draw against Feyenoord at Etihad Stadium ended City’s five-game losing run."),
        ("04", "Guardiola is enduring the worst run of his managerial career, with City having lost five straight games in all competitions for the first time before the implosion against Feyenoord."),
        ("05", "City’s losing run ended at the Etihad but they conceded three times in the final 15 minutes on another disappointing night and Guardiola held his head in his hands in the dugout after a Josko Gvardiol blunder gifted the first Feyenoord goal to Anis Hadj Moussa."),
    ]),
    ("c9", "City play Liverpool (away) on Sunday", [
        ("01", "Guardiola’s side are 15th in the Champions League’s 36-team table and second in the Premier League, eight points behind leaders Liverpool, who they face at Anfield on Sunday."),
        ("04", "Their next game is a trip to Premier League leaders Liverpool on Sunday."),
        ("05", "Midfielder Ilkay Gundogan has said that defeat to Liverpool on Sunday could end Premier League title hopes for a City side reeling from another crushing result."),
    ]),
    ("c10", "Liverpool lead City by eight points in the Premier League", [
        ("01", "Guardiola’s side are 15th in the Champions League’s 36-team table and second in the Premier League, eight points behind leaders Liverpool, who they face at Anfield on Sunday."),
        ("05", "Liverpool will go into that game flying high with an eight-point lead over champions City at the top of the Premier League."),
    ]),
]
UNIQUE = [
    ("01", "However, the club have not won since beating Southampton 1-0 on 26 October.", "no win since beating Southampton on 26 October"),
    ("02", "The remark had prompted some fans to express concern due to the reference to self-harm.", "fans expressed concern"),
    ("04", "No team in the Champions League had ever lost a three-goal lead as late as the 75th minute and failed to win the game, according to stats supplier Opta.", "first three-goal lead lost so late (Opta)"),
    ("04", "The situation could yet get worse for City, who were humiliated in a 4-0 home loss to Tottenham on Saturday.", "4-0 home loss to Tottenham"),
    ("05", "“To stay in the title race, probably yes, (it’s a game City can’t afford to lose), because 11 points would be a huge gap,” said midfield veteran Gundogan.", "Gundogan: 11 points would be a huge gap"),
]
EXCLUDED = [
    ("01", "If you, or someone you know, have been affected by any issues raised in this article, support and information is available at BBC Action Line.", "helpline note"),
    ("02", "- Liverpool correspondent LEWIS STEELE tells all on bombshell chat with Mo Salah – LISTEN NOW to It’s All Kicking Off! New episodes every Monday and Thursday", "podcast teaser"),
    ("02", "Pep Guardiola was left with a number of cuts and marks after Man City’s draw with Feyenoord", "photo caption"),
    ("02", "Guardiola commented that he wanted to harm himself after watching his side’s capitulation", "photo caption"),
    ("02", "Guardiola has clarified his comment, stating he ‘in no way intended’ to make light of the issue", "photo caption"),
    ("03", "Award Banner", "page furniture"),
    ("03", "Manchester City manager Pep Guardiola in a post-match interview (left) after their Champions League match against Feyenoord.", "photo caption"),
    ("03", "PHOTO: Reuters file, X/CentreGoals", "photo credit"),
    ("03", "PUBLISHED ONNovember 28, 2024 1:58 AM", "publication line"),
    ("03", "SINGAPORE HELPLINES", "helpline list"),
    ("03", "  • Samaritans of Singapore: 1800-221-4444\n  • Singapore Association for Mental Health: 1800-283-7019\n  • Care Corner Counselling Centre (Mandarin): 1800-353-5800\n  • Institute of Mental Health's Mental Health Helpline: 6389-2222\n  • Silver Ribbon: 6386-1928", "helpline list"),
    ("04", "Pep Guardiola", 0, "photo caption"),
    ("05", "Advertisement", "page furniture"),
    ("05", "Ilkay Gundogan in action against Feyenoord. Alamy Stock Photo Alamy Stock Photo", "photo caption"),
]
CLAIMS_NOTES = "Members are whole sentences (headlines, bullets and each sentence of a quotation count). A sentence may state two shared facts (01's first-half sentence: the 3-0 lead blown, c5, and the scratches, c2). c1 (the clarification) and c6 (the statement on X) are separate facts: that he did not mean to make light of self-harm, and that he posted a statement saying he was caught off guard. 02's photo captions restate c2/c4/c1 and are excluded."

# Gold annotations for rubiales-refuses-to-resign-2023; build with: python3 scripts/gold/build_gold.py tests/data/rubiales-refuses-to-resign-2023
EVENT = "Spanish football federation president Luis Rubiales refuses to resign over his kiss of Jenni Hermoso, RFEF extraordinary assembly (25 August 2023)"
FILES = {
    "01": "01_bbc.txt",
    "02": "02_theolivepress.txt",
    "03": "03_arise.txt",
    "04": "04_themessenger.txt",
    "05": "05_elnacional.txt",
}
SPEAKERS = {
    "rubiales": dict(speaker="Luis Rubiales",
                     keys=["luis rubiales", "rubiales", "spanish football federation chief", "federation president",
                           "spanish fa president", "rfef president"],
                     reject=["diaz", "díaz", "sanchez", "sánchez", "hermoso", "vilda"]),
    "sanchez": dict(speaker="Pedro Sánchez",
                    keys=["pedro sánchez", "pedro sanchez", "sánchez", "sanchez", "acting prime minister", "prime minister"],
                    reject=["rubiales"]),
    "diaz": dict(speaker="Yolanda Díaz",
                 keys=["yolanda diaz", "yolanda díaz", "diaz", "díaz", "labour minister"],
                 reject=["rubiales"]),
}
GROUPS = [
    ("r_resign", "rubiales", "No voy a dimitir (I am not going to resign), repeated", [
        ("01", "I will not resign, I will not resign,"),
        ("02", "I’m not going to resign!"),
        ("04", "No voy a dimitir, no voy a dimitir"),  # the Spanish original, then its translation in a second pair of marks
        ("04", "I am not going to resign, I am not going to resign"),
        ("05", "I'm not going to resign, I'm not going to resign"),
        ("02", "No voy a dimitir", OPT),  # an embedded post
    ]),
    ("r_peck", "rubiales", "A consensual peck is enough to get me out of here?", [
        # 02 and 03 print it with 'I will fight to/until the end' (and 03 with 'I won't resign') in one quotation
        ("02", "Is a consensual peck enough to get me out of here? I will fight to the end."),
        ("03", "Is a consensual peck going to take me out of here? I won’t resign. I will fight until the end,"),
        ("04", "I say: what is it I’ve done? A consensual peck is enough to get me out of here?"),  # with r_whatdone's words
    ]),
    ("r_whatdone", "rubiales", "I say: what is it I've done?", [
        ("02", "I say, what have I done?"),
    ]),
    ("r_law", "rubiales", "We're in a country where the law rules.", [
        ("04", "We’re in a country where the law rules,"),
    ]),
    ("r_assassination", "rubiales", "This is not about doing justice, a social assassination is being executed.", [
        ("01", "A social assassination is taking place here."),
        ("02", "social assassination.", OPT),  # a two-word fragment in single marks
        ("05", "this is not about obtaining justice, it is about social assassination"),
        ("05", "A social assassination is being executed", OPT),  # a sub-heading
        # the whole passage: its last sentence holds the group's words
        ("05", "Jenni said it was an anecdote. From the anecdote, from the fact of being without importance, all these pressures begin, it moves to the silence of the player and then to a statement that I really don't quite understand. This is not trying to achieve justice, that's false, a social assassination is being executed on me, they are trying to murder me"),
    ]),
    ("r_kill", "rubiales", "they are trying to kill me", [
        ("03", "trying to kill me"),
    ]),
    ("r_scourge", "rubiales", "... those who are paying homage to false feminism, which is a great scourge in this country.", [
        ("05", "Although they are trying to sell [the incident] as something else, there is no desire and there is no position of dominance. Even if is being presented as something else in much of the media, both those that are dominated by or paying homage to [current La Liga president] Mr Tebas, and those who are paying tribute to false feminism, which is a great scourge in this country,"),
        ("02", "false feminism"),  # two fragments of one sentence, in British single marks
        ("02", "great scourge of this country."),
        ("03", "false feminists.", OPT),  # the outlet's two-word rendering
        ("03", "false feminists", 1, OPT),
    ]),
    ("r_falsefem_justice", "rubiales", "False feminism does not look for justice or truth.", [
        ("02", "False feminism does not look for justice or truth,"),
    ]),
    ("r_consensual", "rubiales", "It was spontaneous, mutual, euphoric and consensual; that is the key to all the criticism.", [
        ("03", "spontaneous, mutual, euphoric and consensual"),
        ("05", "euphoric, spontaneous, mutual and consensual, that this is the key, this is the key to all the criticism"),
    ]),
    ("r_little_peck", "rubiales", "a little peck", [
        ("03", "little peck", 0, OPT),
        ("03", "a little peck", OPT),
        ("02", "peck", 0, OPT),  # one word in single marks
    ]),
    ("r_vilified", "rubiales", "I'm ready to be vilified to defend my ideals.", [
        ("01", "I'm ready to be vilified to defend my ideals,"),
    ]),
    ("r_family", "rubiales", "a family for more than a month", [
        ("05", "a family for more than a month"),
    ]),
    ("r_affectionate", "rubiales", "We had very affectionate moments in this gathering.", [
        ("05", "We had very affectionate moments in this gathering,"),
    ]),
    ("s_insufficient", "sanchez", "insufficient", [
        ("02", "insufficient", OPT),  # one word in single marks
        ("02", "inadequate", OPT),
        ("04", "not sufficient."),
    ]),
    ("s_unacceptable", "sanchez", "unacceptable", [
        ("04", "unacceptable.", OPT),  # one word
    ]),
    ("d_unacceptable", "diaz", "unacceptable", [
        ("03", "unacceptable", 0, OPT),  # one word: the same word as s_unacceptable, another speaker
    ]),
    ("d_office", "diaz", "The government must act and take urgent measures: impunity for macho actions is over. Rubiales cannot continue in office.", [
        ("03", "The government must act and take urgent measures: impunity for macho actions is over. Rubiales cannot continue in office,"),
    ]),
]
EXCLUDED_SPANS = [
    ("02", "huge ego", "the outlet's scare quote"),
    ("03", "Ok", "Hermoso's reply as Rubiales told it"),
]
RELATED_GROUPS = [["r_peck", "r_resign"], ["r_peck", "r_whatdone"], ["r_peck", "r_law"], ["r_assassination", "r_kill"],
                  ["r_scourge", "r_falsefem_justice"], ["r_assassination", "r_falsefem_justice"],
                  ["r_consensual", "r_little_peck"], ["r_family", "r_affectionate"], ["r_peck", "r_little_peck"]]
EXTRA = {
    "negative_pairs_note": "One speech in Spanish, quoted in English translations that differ ('I will not resign' / 'I'm not going to resign' / 'I am not going to resign' / 'I won't resign'; 'A social assassination is taking place here' / 'is being executed'; 'A consensual peck is enough to get me out of here?' / 'Is a consensual peck going to take me out of here?'), once beside the Spanish original (04: 'No voy a dimitir, no voy a dimitir' – 'I am not going to resign, …'), and in fragments in British single marks (02: 'false feminism', 'great scourge of this country.', 'social assassination.'). The same word 'unacceptable' is quoted from the prime minister (04) and from the labour minister (03): not one utterance. Díaz's post (03) names Rubiales inside the quotation ('Rubiales cannot continue in office'): her words are not his.",
    "quote_structure": "01, 04 (partly) and 05 use straight double marks, 02, 03 and 04 (partly) curly ones; 02 quotes the speaker's words and the prime minister's in single curly marks in its body; 02 ends with an embedded post ('?? \"No voy a dimitir\" pic.twitter.com/…'). 03 runs paragraphs without blank lines. 05 quotes a summary sentence in its first paragraph and the whole passage later, and has a quoted sub-heading.",
    "indirect": [
        {"file": "03_arise.txt", "text": "He said he asked Hermoso is he could give her “a little peck” and she said “Ok”", "paraphrases_group": "r_little_peck"},
        {"file": "02_theolivepress.txt", "text": "He also repeated several times that he was the victim of a ‘social assassination.’", "paraphrases_group": "r_assassination"},
        {"file": "04_themessenger.txt", "text": "he said that he needed to have done something in order to be removed", "paraphrases_group": "r_law"},
    ],
    "unique_facts": {
        "01_bbc.txt": ["ready to be vilified to defend my ideals", "the queen's 16-year-old daughter stood nearby"],
        "02_theolivepress.txt": ["a new contract offered to Jorge Vilda", "15 seconds repeating the phrase"],
        "03_arise.txt": ["a sport tribunal and the sexual violence law", "Díaz: impunity for macho actions is over", "Hermoso lifted him off the ground"],
        "04_themessenger.txt": ["Pedro Rocha was to replace him", "the crowd included his family, Vilda and de la Fuente"],
        "05_elnacional.txt": ["affectionate moments, a family for more than a month", "Jenni said it was an anecdote"],
    },
    "boilerplate": {
        "02_theolivepress.txt": ["photo caption credit 'Cordon Press'", "embedded post lines ('??? Rubiales suelta el bombazo:', '?? \"No voy a dimitir\" pic.twitter.com/…')"],
        "05_elnacional.txt": ["sub-heading"],
    },
    "truncation": "Each file is the stored page excerpt without headline (01 without the 'Last updated on …' line, 05 without the 'Read in Catalan' link line); the last, cut paragraph of 02, 03, 04 and 05 was left out.",
}

CLAIMS = [
    ("c1", "Rubiales refused to resign (said 'I will not resign') at the federation's extraordinary assembly on Friday", [
        ("01", "Luis Rubiales has refused to step down as president of the Spanish football federation following his behaviour at Sunday's Women's World Cup final."),
        ("01", "\"I will not resign, I will not resign,\" he told an extraordinary general assembly called by the RFEF."),
        ("02", "SPANISH Football Federation chief Luis Rubiales has channelled his inner Leo Dicaprio in The Wolf of Wall Street by dramatically refusing to resign."),
        ("02", "Speaking at an Extraordinary General Assembly of the Spanish FA in Madrid on Friday, amid reports that he would hand in his notice, Rubiales spent a full 15 seconds repeating the phrase: “I’m not going to resign!”"),
        ("03", "Luis Rubiales, has refused to resign as the president of the Spanish Football Federation after coming under fire for kissing Jenni Hermoso after Spain won the Women’s World Cup on Sunday, as he claims to be a victim of a witch hunt by “false feminists.”"),
        ("03", "I won’t resign."),
        ("04", "Luis Rubiales, president of Spanish football federation RFEF, refused to resign in a speech to the governing body on Friday."),
        ("04", "Instead of stepping down, he doubled down."),
        ("04", "In the speech, Rubiales repeatedly assured the crowd that \"No voy a dimitir, no voy a dimitir\" – \"I am not going to resign, I am not going to resign\" – while receiving applause from the audience."),
        ("05", "Luis Rubiales has changed his mind at the last minute and has not resigned as president of the Real Spanish Football Federation (RFEF)."),
        ("05", "\"I'm not going to resign, I'm not going to resign\", this is what he announced this Friday, repeating the wods emphatically several times, during the Extraordinary General Assembly called by the organization in Las Rozas, Madrid, where he gave explanations about the kiss he gave to footballer Jennifer Hermoso, which he maintains was \"euphoric, spontaneous, mutual and consensual, that this is the key, this is the key to all the criticism\"."),
    ]),
    ("c2", "he had been expected (reported) to step down at the meeting", [
        ("02", "Speaking at an Extraordinary General Assembly of the Spanish FA in Madrid on Friday, amid reports that he would hand in his notice, Rubiales spent a full 15 seconds repeating the phrase: “I’m not going to resign!”"),
        ("04", "An emergency meeting of the RFEF general assembly took place Friday at noon local time in Barcelona; local media had reported that Rubiales was going to step down at this meeting."),
        ("05", "Luis Rubiales has changed his mind at the last minute and has not resigned as president of the Real Spanish Football Federation (RFEF)."),
    ]),
    ("c3", "he said the kiss was spontaneous, mutual, euphoric and consensual", [
        ("03", "He described the kiss as a “little peck” that was “spontaneous, mutual, euphoric and consensual”."),
        ("05", "\"I'm not going to resign, I'm not going to resign\", this is what he announced this Friday, repeating the wods emphatically several times, during the Extraordinary General Assembly called by the organization in Las Rozas, Madrid, where he gave explanations about the kiss he gave to footballer Jennifer Hermoso, which he maintains was \"euphoric, spontaneous, mutual and consensual, that this is the key, this is the key to all the criticism\"."),
    ]),
    ("c4", "he asked whether a consensual peck is enough to remove him", [
        ("02", "“Is a consensual peck enough to get me out of here?"),
        ("03", "“Is a consensual peck going to take me out of here?"),
        ("04", "A consensual peck is enough to get me out of here?”"),
    ]),
    ("c5", "he blamed 'false feminism' ('false feminists')", [
        ("02", "Referring to the kiss as just a ‘peck’, he rounded on what he described as ‘false feminism’, calling it the ‘great scourge of this country.’"),
        ("02", "“False feminism does not look for justice or truth,” he said to applause from the federation suits in the audience."),
        ("03", "Luis Rubiales, has refused to resign as the president of the Spanish Football Federation after coming under fire for kissing Jenni Hermoso after Spain won the Women’s World Cup on Sunday, as he claims to be a victim of a witch hunt by “false feminists.”"),
        ("03", "Speaking at an RFEF emergency assembly on Friday, Rubiales complained that “false feminists” were “trying to kill me”."),
        ("05", "Even if is being presented as something else in much of the media, both those that are dominated by or paying homage to [current La Liga president] Mr Tebas, and those who are paying tribute to false feminism, which is a great scourge in this country,\" explained Rubiales."),
    ]),
    ("c6", "he called himself the victim of a 'social assassination' (they are trying to kill him)", [
        ("01", "\"A social assassination is taking place here.\""),
        ("02", "He also repeated several times that he was the victim of a ‘social assassination.’"),
        ("03", "Speaking at an RFEF emergency assembly on Friday, Rubiales complained that “false feminists” were “trying to kill me”."),
        ("05", "In addition, Rubiales stated that \"this is not about obtaining justice, it is about social assassination\"."),
        ("05", "\"A social assassination is being executed\""),
        ("05", "This is not trying to achieve justice, that's false, a social assassination is being executed on me, they are trying to murder me\", he said."),
    ]),
    ("c7", "he (apologised for having) grabbed his crotch in celebration, near Queen Letizia", [
        ("01", "He had earlier grabbed his crotch as he celebrated at the final whistle."),
        ("01", "He apologised on Friday for grabbing his crotch while celebrating in the VIP area of Stadium Australia, with Queen Letizia of Spain and her 16-year-old daughter stood nearby."),
        ("03", "Rubiales was also seen grabbing his crotch in celebration while standing next to Queen Letizia in a box at the stadium, for which he apologized on Friday."),
    ]),
    ("c8", "Fifa opened disciplinary proceedings against him (on Thursday)", [
        ("01", "Rubiales apologised for the kiss on Monday before Fifa, world football's governing body, opened disciplinary proceedings against him on Thursday."),
        ("02", "Rubiales was defiant despite the fact that acting Prime Minister Pedro Sanchez had described his apologies as ‘insufficient’ and ‘inadequate’ and Fifa had already begun proceedings against him."),
        ("04", "On Thursday, FIFA announced that it was opening disciplinary proceedings against Rubiales for his conduct."),
    ]),
    ("c9", "acting prime minister Pedro Sánchez called his apology insufficient", [
        ("02", "Rubiales was defiant despite the fact that acting Prime Minister Pedro Sanchez had described his apologies as ‘insufficient’ and ‘inadequate’ and Fifa had already begun proceedings against him."),
        ("04", "Sánchez said that he thought Rubiales’s apology, distributed via video message on Monday, was “not sufficient.”"),
    ]),
    ("c10", "he had apologised for the kiss on Monday", [
        ("01", "Rubiales apologised for the kiss on Monday before Fifa, world football's governing body, opened disciplinary proceedings against him on Thursday."),
        ("04", "Sánchez said that he thought Rubiales’s apology, distributed via video message on Monday, was “not sufficient.”"),
    ]),
    ("c11", "he kissed Jenni Hermoso (on the lips, without consent) at the medal ceremony after Sunday's World Cup final", [
        ("01", "Luis Rubiales has refused to step down as president of the Spanish football federation following his behaviour at Sunday's Women's World Cup final."),
        ("02", "He also once again downplayed the lip kiss he planted on Jenni Hermoso as she collected her World Cup winner’s medal after the final on Sunday."),
        ("02", "The infamous forced kiss five days ago that has set off a firestorm in Spanish football and society."),
        ("03", "Luis Rubiales, has refused to resign as the president of the Spanish Football Federation after coming under fire for kissing Jenni Hermoso after Spain won the Women’s World Cup on Sunday, as he claims to be a victim of a witch hunt by “false feminists.”"),
        ("03", "Criticism of Rubiales’s behaviour has built throughout the week of the incident which occurred while the players were being handed their medals after they beat England 1-0 in the World Cup final in Sydney, Australia, on Sunday."),
        ("03", "As players filed past, Rubiales grabbed Hermoso by the head and planted a kiss on her mouth."),
        ("04", "Calls for Rubiales' resignation were ignited after he kissed Spanish forward Jenni Hermoso on the lips without her consent during the trophy presentation after Spain's 1-0 win over England in Sunday's Women's World Cup final."),
        ("05", "Rubiales offered explanations about the controversy over his forced kiss to Hermoso at the medla ceremony following the Spanish women's World Cup victory."),
    ]),
    ("c12", "his speech drew applause from the audience", [
        ("02", "“False feminism does not look for justice or truth,” he said to applause from the federation suits in the audience."),
        ("03", "I will fight until the end,” Rubiales said, drawing applause from the audience."),
        ("04", "In the speech, Rubiales repeatedly assured the crowd that \"No voy a dimitir, no voy a dimitir\" – \"I am not going to resign, I am not going to resign\" – while receiving applause from the audience."),
    ]),
    ("c13", "he vowed to fight to the end", [
        ("02", "I will fight to the end.”"),
        ("03", "I will fight until the end,” Rubiales said, drawing applause from the audience."),
    ]),
]
UNIQUE = [
    ("01", "\"I'm ready to be vilified to defend my ideals,\" added Rubiales.", "ready to be vilified"),
    ("02", "Yet despite the writing on the wall, the ‘huge ego’ doubled down on his original defence and even offered unpopular women’s coach Jorge Vilda a new €500,000-a-year contract.", "a new contract for Vilda"),
    ("03", "The government has said it will take the incident before a sport tribunal where, if it can be proven the kiss was non-consensual, he could be tried under a sexual violence law introduced by the Socialists last year.", "a sport tribunal"),
    ("03", "His speech drew immediate condemnation from acting Labour Minister Yolanda Diaz, who described it as “unacceptable”.", "Díaz: unacceptable"),
    ("03", "Rubiales, 46, said in his speech that Hermoso was the one who initiated physical contact by lifting him off the ground by his hips.", "Hermoso initiated the contact"),
    ("04", "Reporters were initially briefed that Pedro Rocha would replace Rubiales as president.", "Pedro Rocha to replace him"),
    ("04", "The crowd at the assembly included his family, controversial Spanish head coach Jorge Vilda, men’s national team head coach Luis de la Fuente and the media.", "who was in the crowd"),
    ("05", "\"We had very affectionate moments in this gathering,\" he added.", "affectionate moments"),
]
EXCLUDED = [
    ("02", "Cordon Press", "photo credit"),
    ("02", "??? Rubiales suelta el bombazo:", "embedded post"),
    ("02", "?? \"No voy a dimitir\" pic.twitter.com/xLEghSDRvP — MARCA (@marca) August 25, 2023", "embedded post"),
]
CLAIMS_NOTES = "Members are whole sentences (each sentence of a quotation is a sentence, e.g. 03's 'I won’t resign.' and 02's 'I will fight to the end.”'). A sentence stating two shared facts is a member of both (01's first sentence in c1/c11; 02's 'Speaking at an Extraordinary General Assembly …' in c1/c2; 03's lede in c1/c5/c11; 04's 'In the speech, …' in c1/c12; 05's first quotation sentence in c1/c3 and its first sentence in c1/c2; 03's 'Speaking at an RFEF emergency assembly …' in c5/c6; 02's 'Rubiales was defiant …' in c8/c9; 01's 'Rubiales apologised for the kiss on Monday …' in c8/c10; 04's 'Sánchez said …' in c9/c10; 03's 'I will fight until the end,” …' in c12/c13)."

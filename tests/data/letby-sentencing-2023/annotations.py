# Gold annotations for letby-sentencing-2023; build with: python3 scripts/gold/build_gold.py tests/data/letby-sentencing-2023
EVENT = "Lucy Letby sentenced to a whole-life order; Mr Justice Goss's sentencing remarks (Manchester, 21 August 2023)"
FILES = {
    "01": "01_todayheadline.txt",
    "02": "02_guardian-webtimes.txt",
    "03": "03_boingboing.txt",
    "04": "04_heraldscotland.txt",
    "05": "05_extra-ie.txt",
}
SPEAKERS = {
    "goss": dict(speaker="Mr Justice Goss",
                 keys=["mr justice goss", "justice goss", "goss", "the judge", "judge"],
                 reject=["letby", "families", "family", "prosecution", "defence", "jury"]),
    "families": dict(speaker="the families of Letby's victims",
                     keys=["families", "family", "parents", "relatives"],
                     reject=["goss", "judge", "letby"]),
}
GROUPS = [
    ("q_contrary", "goss", "You acted in a way that was completely contrary to the normal human instincts of nurturing and caring for babies", [
        ("01", "You acted in a way that was completely contrary to the normal human instincts of nurturing and caring for babies and in gross breach of the trust that all citizens place in those who work in the medical and caring professions."),
        ("02", "acted in a way that was completely contrary to the normal human instincts of nurturing and caring for babies"),
        ("04", "You acted in a way that was completely contrary to the normal human instincts of nurturing and caring for babies and in gross breach of the trust that all citizens place in those who work in the medical and caring professions."),
        ("05", "You acted in a way that was completely contrary to the normal human instincts of nurturing and caring for babies and in gross breach of the trust that all citizens place in those who work in the medical and caring professions."),
    ]),
    ("q_harmed", "goss", "The babies you harmed were born prematurely ... intending to kill them", [
        ("01", "The babies you harmed were born prematurely and some were at risk of not surviving, but in each case you deliberately harmed them, intending to kill them."),
        ("04", "The babies you harmed were born prematurely and some were at risk of not surviving but in each case you deliberately harmed them, intending to kill them."),
        # 05 runs this sentence and the next two (q_campaign) into one quotation
        ("05", "The babies you harmed were born prematurely and some were at risk of not surviving but in each case you deliberately harmed them, intending to kill them… By their nature and number such murders and attempted murder by a neonatal nurse entrusted to care for them is a case of very exceptional circumstances. This was a cruel, calculated and cynical campaign of child murder."),
    ]),
    ("q_campaign", "goss", "This was a cruel, calculated and cynical campaign of child murder involving the smallest and most vulnerable of children", [
        ("01", "cruel, calculated and cynical campaign of child murder", 0),
        ("01", "By their nature and number, such murders and attempted murder by a neonatal nurse entrusted to care for them is a case of very exceptional circumstances. This was a cruel, calculated and cynical campaign of child murder."),
        ("02", "cruel, calculated and cynical campaign of child murder involving the smallest and most vulnerable of children"),
        ("02", "causing significant physical suffering and would cause untold mental suffering"),
        # 03 runs campaign, sadism, denial and remorse into one quotation
        ("03", "This was a cruel, calculated and cynical campaign of child murder involving the smallest and most vulnerable children, knowing your actions were causing significant physical suffering. There was a malevolence bordering on sadism in your actions. During the course of this trial you have coldly denied any responsibility for your wrongdoing. You have no remorse. There are no mitigating factors."),
        ("05", "cruel, calculated and cynical campaign", 0),
    ]),
    ("q_sadism", "goss", "There was a deep malevolence bordering on sadism in your actions", [
        ("01", "Malevolence bordering on sadism", OPT),  # sub-heading
        ("01", "There was a deep malevolence bordering on sadism in your actions."),
        ("02", "sadistic", OPT),  # the outlet's word in scare quotes
        ("02", "There was a deep malevolence bordering on sadism in your actions."),
        ("05", "malevolence bordering on sadism in your actions", 0),
        ("05", "There was a malevolence bordering on sadism in your actions. During the course of this trial you have coldly denied any responsibility for your wrongdoing. You have no remorse. There are no mitigating factors."),
    ]),
    ("q_denied", "goss", "During the course of this trial, you have coldly denied any responsibility for your wrongdoing", [
        ("01", "During the course of this trial, you have coldly denied any responsibility for your wrongdoing."),
    ]),
    ("q_remorse", "goss", "You have no remorse. There are no mitigating factors.", [
        ("01", "You have no remorse. There are no mitigating factors."),
        ("05", "you have no remorse"),
    ]),
    ("q_premeditation", "goss", "There was premeditation, calculation and cunning in your actions", [
        ("01", "premeditation, calculation and cunning in your actions"),
        ("03", "There was premeditation, calculation and cunning in your actions,"),
        ("04", "There was premeditation, calculation and cunning in your actions."),
    ]),
    ("q_rest_of_life", "goss", "You will spend the rest of your life in prison", [
        ("01", "You will spend the rest of your life in prison."),
        ("05", "You will spend the rest of your life in prison."),
    ]),
    ("q_lies", "goss", "one of many lies", [
        ("02", "one of many lies"),
    ]),
    ("q_intelligent", "goss", "There is no doubt that you are intelligent ... which enabled you to harm babies for some time", [
        ("02", "There is no doubt that you are intelligent and outwardly were a very conscientious, hardworking, knowledgable nurse – which enabled you to harm babies for some time."),
    ]),
    ("q_relished", "goss", "relished", [
        ("03", "relished", OPT),  # one word in scare quotes
    ]),
    ("q_handover", "goss", "Handover sheets relating to all but four of the babies were kept by you", [
        ("04", "Handover sheets relating to all but four of the babies were kept by you."),
    ]),
    ("q_morbid", "goss", "I am satisfied that you kept them as morbid records", [
        ("04", "I am satisfied that you kept them as morbid records."),
    ]),
    ("q_facebook", "goss", "You had a fascination with the babies and their families, searching for them on Facebook", [
        ("04", "You had a fascination with the babies and their families, searching for them on Facebook. A piece of paper with dense writing on it was found at your home. You wrote 'the world is better off without me' and 'I am evil I did this'."),
    ]),
    ("q_lives", "goss", "The lives of newborn babies were ended almost as soon as they began", [
        ("04", "The lives of newborn babies were ended almost as soon as they began and life-long harm has been done."),
    ]),
    ("q_wickedness", "families", "one final act of wickedness", [
        ("01", "one final act of wickedness"),
    ]),
]
# a scare-quoted word in a teaser. Letby's note ('the world is better off without me', 'I am evil I did this'),
# quoted inside the judge's words in 04, is left inside q_facebook (an excluded span there would break the
# scorer's paragraph rule for the engine's one span over the four paragraphs of that quotation).
EXCLUDED_SPANS = [
    ("04", "evil", 0, "scare-quoted word in a 'Read More' teaser"),
]
RELATED_GROUPS = [["q_harmed", "q_campaign"], ["q_campaign", "q_sadism", "q_denied", "q_remorse"]]
EXTRA = {
    "negative_pairs_note": "q_premeditation, q_campaign and q_sadism are different sentences of one speech, all 'There was ...' / 'in your actions'; merging them is a precision error except where related_groups allow (03 and 05 print several sentences as one quotation, put in the group of their first sentence).",
    "quote_structure": "04 prints one quotation over three paragraphs (curly open, straight open, curly close) and a second that runs past the excerpt's end; 01 prints a quotation over four paragraphs (an opening mark at each); 05 uses single curly marks throughout.",
    "indirect": [
        {"file": "01_todayheadline.txt", "text": "added that Letby had abused the trust of parents who expected her to be caring for their children", "paraphrases_group": None},
    ],
    "unique_facts": {
        "01_todayheadline.txt": ["the judge at times appeared emotional", "families called her absence 'one final act of wickedness'"],
        "02_guardian-webtimes.txt": ["one of only three women alive with a whole-life term", "how she attacked (air, insulin, nasogastric tube)", "'one of many lies'"],
        "03_boingboing.txt": ["trial lasted 10 months, reportedly the longest in English history", "attendance at sentencing may become compulsory"],
        "04_heraldscotland.txt": ["jury undecided on four more attempted murders", "what a whole life order means", "handover sheets kept as morbid records; Facebook searches; the handwritten note"],
        "05_extra-ie.txt": ["only the fourth woman in UK history to get a whole-life order"],
    },
    "boilerplate": {
        "01_todayheadline.txt": ["sub-heading ‘Malevolence bordering on sadism’"],
        "04_heraldscotland.txt": ["'Read More:' teaser line"],
    },
    "truncation": "Every file is the stored page excerpt; its last, cut paragraph was left out.",
}

CLAIMS = [
    ("c1", "Letby was given a whole-life order / will spend the rest of her life in prison", [
        ("01", "Lucy Letby will spend the rest of her life in jail after being sentenced to a rare whole life order for her “cruel, calculated and cynical campaign of child murder”."),
        ("01", "At Manchester Crown Court on Monday, Mr Justice Goss said there was “premeditation, calculation and cunning in your actions” as he handed down a whole life order."),
        ("01", "Sentencing her to a whole life order for each offence, he said: “You will spend the rest of your life in prison.”"),
        ("02", "Lucy Letby sentenced to whole-life jail term after murdering seven babies | Lucy Letby"),
        ("02", "The serial killer nurse Lucy Letby will never be released from prison after a judge sentenced her to a rare whole-life term for the “sadistic” murder of seven babies."),
        ("03", "Nurse who murdered 7 babies to spend rest of life in jail"),
        ("03", "Following her conviction last week, a judge in England imposed a whole-life sentence Monday for each count, making it vanishingly unlikely she will ever be released."),
        ("04", "Killer nurse Lucy Letby has been given a whole life sentence in prison after the murder of seven babies."),
        ("05", "Lucy Letby will spend the rest of her life in jail for her ‘cruel, calculated and cynical campaign’ of murder and attempted murder of babies at the hospital where she worked."),
        ("05", "The judge handed her a whole-life order at Manchester Crown Court on Monday, making her only the fourth woman in UK history to be told she will never be released from prison."),
        ("05", "Sentencing her to a whole-life order for each offence, he said: ‘You will spend the rest of your life in prison.’"),
    ]),
    ("c2", "she was convicted of murdering seven babies and trying to kill six more", [
        ("01", "Letby, 33, was convicted by a jury of murdering seven babies and trying to kill six more while working at the Countess of Chester Hospital neonatal unit between 2015 and 2016."),
        ("02", "The former neonatal nurse, the worst child serial killer in modern British history, was also convicted of attempting to murder six more babies at the Countess of Chester hospital."),
        ("03", "Lucy Letby, a neonatal nurse who murdered 7 newborn babies and tried to kill at least six more, will die in jail."),
        ("04", "She was also found guilty of seven charges of attempted murder against six babies, with the jury undecided on the attempted murder of four more babies."),
        ("05", "The 33-year-old was convicted by a jury of murdering seven babies and trying to kill six more while working in the Countess of Chester Hospital’s neonatal unit between 2015 and 2016."),
    ]),
    ("c3", "she refused to attend her sentencing", [
        ("01", "The country’s worst child killer will die in prison after she refused to attend her sentencing in what families described as “one final act of wickedness”."),
        ("03", "The trial lasted 10 months and was reportedly the longest in English history; her refusal to appear at her own sentencing, at which victims' families made statements, was a final controversy that may see it become compulsory for convicted murderers."),
        ("04", "The prosecution had asked for a whole life order for Miss Letby, who refused to appear in court of sentencing, and no mitigation was offered by the defence."),
        ("05", "Addressing the nurse, who refused to appear in court, he said: ‘You acted in a way that was completely contrary to the normal human instincts of nurturing and caring for babies and in gross breach of the trust that all citizens place in those who work in the medical and caring professions."),
    ]),
    ("c4", "she is the worst / most prolific child (serial) killer in modern British history", [
        ("01", "The country’s worst child killer will die in prison after she refused to attend her sentencing in what families described as “one final act of wickedness”."),
        ("02", "The former neonatal nurse, the worst child serial killer in modern British history, was also convicted of attempting to murder six more babies at the Countess of Chester hospital."),
        ("05", "The most prolific child serial killer in modern British history was told by judge Mr Justice Goss there was a ‘malevolence bordering on sadism in your actions’ for which ‘you have no remorse’."),
    ]),
    ("c5", "the judge spoke of a (deep) malevolence bordering on sadism", [
        ("01", "“There was a deep malevolence bordering on sadism in your actions."),
        ("02", "“There was a deep malevolence bordering on sadism in your actions.”"),
        ("03", "There was a malevolence bordering on sadism in your actions."),
        ("05", "The most prolific child serial killer in modern British history was told by judge Mr Justice Goss there was a ‘malevolence bordering on sadism in your actions’ for which ‘you have no remorse’."),
        ("05", "He added: ‘There was a malevolence bordering on sadism in your actions."),
    ]),
    ("c6", "Letby is 33", [
        ("01", "Letby, 33, was convicted by a jury of murdering seven babies and trying to kill six more while working at the Countess of Chester Hospital neonatal unit between 2015 and 2016."),
        ("02", "Letby, 33, is one of only three women alive to have been given such a jail term in the UK."),
        ("04", "The 33-year-old was found guilty of killing the infants by injecting them with air, overfeeding them, poisoning them with insulin or assaulting them with medical tools."),
        ("05", "The 33-year-old was convicted by a jury of murdering seven babies and trying to kill six more while working in the Countess of Chester Hospital’s neonatal unit between 2015 and 2016."),
    ]),
    ("c7", "sentenced at Manchester Crown Court on Monday", [
        ("01", "At Manchester Crown Court on Monday, Mr Justice Goss said there was “premeditation, calculation and cunning in your actions” as he handed down a whole life order."),
        ("02", "She was sentenced at Manchester crown court on Monday."),
        ("03", "Letby \"relished\" her work, Mr Justice Goss told Manchester Crown Court:"),
        ("05", "The judge handed her a whole-life order at Manchester Crown Court on Monday, making her only the fourth woman in UK history to be told she will never be released from prison."),
    ]),
    ("c8", "the judge: premeditation, calculation and cunning", [
        ("01", "At Manchester Crown Court on Monday, Mr Justice Goss said there was “premeditation, calculation and cunning in your actions” as he handed down a whole life order."),
        ("03", "\"There was premeditation, calculation and cunning in your actions,\" Goss said."),
        ("04", "\"There was premeditation, calculation and cunning in your actions.”"),
    ]),
    ("c9", "the judge: she acted contrary to the normal human instincts of nurturing and caring for babies", [
        ("01", "Addressing the nurse, he said: “You acted in a way that was completely contrary to the normal human instincts of nurturing and caring for babies and in gross breach of the trust that all citizens place in those who work in the medical and caring professions."),
        ("02", "The judge said she “acted in a way that was completely contrary to the normal human instincts of nurturing and caring for babies”."),
        ("04", "Sentencing Lucy Letby, Mr Justice Goss said: “You acted in a way that was completely contrary to the normal human instincts of nurturing and caring for babies and in gross breach of the trust that all citizens place in those who work in the medical and caring professions."),
        ("05", "Addressing the nurse, who refused to appear in court, he said: ‘You acted in a way that was completely contrary to the normal human instincts of nurturing and caring for babies and in gross breach of the trust that all citizens place in those who work in the medical and caring professions."),
    ]),
    ("c10", "the judge: no remorse, no mitigating factors", [
        ("01", "“You have no remorse."),
        ("01", "There are no mitigating factors.”"),
        ("03", "You have no remorse."),
        ("03", "There are no mitigating factors.\""),
        ("05", "You have no remorse."),
        ("05", "There are no mitigating factors.’"),
        ("05", "The most prolific child serial killer in modern British history was told by judge Mr Justice Goss there was a ‘malevolence bordering on sadism in your actions’ for which ‘you have no remorse’."),
    ]),
    ("c12", "the judge: the babies were born prematurely; she deliberately harmed them, intending to kill them", [
        ("01", "“The babies you harmed were born prematurely and some were at risk of not surviving, but in each case you deliberately harmed them, intending to kill them.”"),
        ("04", "“The babies you harmed were born prematurely and some were at risk of not surviving but in each case you deliberately harmed them, intending to kill them."),
        ("05", "‘The babies you harmed were born prematurely and some were at risk of not surviving but in each case you deliberately harmed them, intending to kill them…"),
    ]),
    ("c13", "the judge: by their nature and number, a case of very exceptional circumstances", [
        ("01", "He added: “By their nature and number, such murders and attempted murder by a neonatal nurse entrusted to care for them is a case of very exceptional circumstances."),
        ("05", "By their nature and number such murders and attempted murder by a neonatal nurse entrusted to care for them is a case of very exceptional circumstances."),
    ]),
    ("c14", "the judge: a cruel, calculated and cynical campaign of child murder", [
        ("01", "Lucy Letby will spend the rest of her life in jail after being sentenced to a rare whole life order for her “cruel, calculated and cynical campaign of child murder”."),
        ("01", "This was a cruel, calculated and cynical campaign of child murder."),
        ("02", "Sentencing Letby, Mr Justice Goss described her crimes as a “cruel, calculated and cynical campaign of child murder involving the smallest and most vulnerable of children”."),
        ("03", "\"This was a cruel, calculated and cynical campaign of child murder involving the smallest and most vulnerable children, knowing your actions were causing significant physical suffering."),
        ("05", "Lucy Letby will spend the rest of her life in jail for her ‘cruel, calculated and cynical campaign’ of murder and attempted murder of babies at the hospital where she worked."),
        ("05", "This was a cruel, calculated and cynical campaign of child murder.’"),
    ]),
    ("c15", "the judge: she coldly denied any responsibility during the trial", [
        ("01", "“During the course of this trial, you have coldly denied any responsibility for your wrongdoing."),
        ("03", "During the course of this trial you have coldly denied any responsibility for your wrongdoing."),
        ("05", "During the course of this trial you have coldly denied any responsibility for your wrongdoing."),
    ]),
    ("c16", "the judge: she knew she was causing significant physical suffering", [
        ("02", "Letby knew her actions were “causing significant physical suffering and would cause untold mental suffering”, the judge said."),
        ("03", "\"This was a cruel, calculated and cynical campaign of child murder involving the smallest and most vulnerable children, knowing your actions were causing significant physical suffering."),
    ]),
    ("c11", "how she killed: injecting air, insulin", [
        ("02", "She fatally injected seven babies with air, tried to kill two others by lacing their feeding bags with insulin and attempted to murder one by thrusting a nasogastric tube down his throat."),
        ("04", "The 33-year-old was found guilty of killing the infants by injecting them with air, overfeeding them, poisoning them with insulin or assaulting them with medical tools."),
    ]),
]
UNIQUE = [
    ("01", "Mr Justice Goss, who at times appeared emotional, added that Letby had abused the trust of parents who expected her to be caring for their children.", "the judge appeared emotional; Letby abused the parents' trust"),
    ("02", "Letby, 33, is one of only three women alive to have been given such a jail term in the UK.", "one of only three women alive with a whole-life term"),
    ("02", "Goss said her claims to have done her best in caring for babies was “one of many lies” she told throughout the trial.", "her claims were 'one of many lies'"),
    ("02", "The trial had heard how Letby often attacked the infants just moments after their parents or nurses had left their sides.", "she attacked just after parents or nurses left"),
    ("03", "The trial lasted 10 months and was reportedly the longest in English history; her refusal to appear at her own sentencing, at which victims' families made statements, was a final controversy that may see it become compulsory for convicted murderers.", "the trial lasted 10 months; attendance may become compulsory"),
    ("04", "She was also found guilty of seven charges of attempted murder against six babies, with the jury undecided on the attempted murder of four more babies.", "jury undecided on four more attempted murders"),
    ("04", "A whole life order is only applied in the most serious of circumstances, and means there is no possibility of release except for exceptional compassionate circumstances.", "what a whole life order means"),
    ("04", "\"I am satisfied that you kept them as morbid records.", "handover sheets kept as morbid records"),
    ("04", "A piece of paper with dense writing on it was found at your home.", "the handwritten note found at her home"),
    ("05", "The judge handed her a whole-life order at Manchester Crown Court on Monday, making her only the fourth woman in UK history to be told she will never be released from prison.", "only the fourth woman in UK history"),
]
EXCLUDED = [
    ("01", "‘Malevolence bordering on sadism’", "sub-heading"),
    ("04", "Read More: Families speak about 'evil' impact of Lucy Letby as serial killer dodges sentencing", "related-article teaser"),
]
CLAIMS_NOTES = "Members are whole sentences (a headline or a quoted paragraph counts as one); a sentence stating several shared facts is a member of each claim. Not joined: 02's 'one of only three women alive' and 05's 'only the fourth woman in UK history' (different counts, both unique). c11 joins 02's and 04's lists of methods (air, insulin) though the lists differ."

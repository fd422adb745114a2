# Gold annotations for who-mpox-emergency-2024; build with: python3 scripts/gold/build_gold.py tests/data/who-mpox-emergency-2024
EVENT = "WHO chief Tedros Adhanom Ghebreyesus declares the mpox upsurge in Africa a public health emergency of international concern (14 August 2024)"
FILES = {
    "01": "01_afp-tag24.txt",
    "02": "02_telegraph247.txt",
    "03": "03_allafrica.txt",
    "04": "04_bbc-vuink.txt",
    "05": "05_japantimes.txt",
}
SPEAKERS = {
    "tedros": dict(speaker="Tedros Adhanom Ghebreyesus",
                   keys=["tedros", "tedros adhanom ghebreyesus", "ghebreyesus", "who chief", "the who chief",
                         "who director-general", "who director general", "director-general", "director general",
                         "who director"],
                   reject=["moeti", "regional director"]),
    "moeti": dict(speaker="Matshidiso Moeti",
                  keys=["matshidiso moeti", "moeti", "who regional director for africa", "regional director"],
                  reject=["tedros", "ghebreyesus"]),
    "scientist": dict(speaker="an unnamed scientist", keys=[], reject=[]),
}
GROUPS = [
    ("t_pheic", "tedros", "Today, the Emergency Committee met and advised me that in its view, the situation constitutes a public health emergency of international concern. I have accepted that advice.", [
        ("01", "Today, the emergency committee met and advised me that in its view, the situation constitutes a public health emergency of international concern. I have accepted that advice,"),
    ]),
    ("t_worrying", "tedros", "The detection and rapid spread of a new clade of mpox in eastern DRC, its detection in neighbouring countries that had not previously reported mpox, and the potential for further spread within Africa and beyond is very worrying.", [
        ("03", "The emergence of a new clade of Mpox, its rapid spread in eastern DRC, and the reporting of cases in several neighboring countries are very worrying,"),
        ("04", "is very worrying"),  # a fragment: the sentence's last three words, its subject paraphrased outside the marks
        # the sentence's first clause paraphrased outside the marks, the rest quoted; straight opening, curly closing mark
        ("05", "its detection in neighboring countries that had not previously reported, and the potential for further spread within Africa and beyond is very worrying,"),
    ]),
    ("t_coordinated", "tedros", "On top of outbreaks of other mpox clades in DRC and other countries in Africa, it's clear that a coordinated international response is needed to stop these outbreaks and save lives.", [
        ("02", "Combined with other outbreaks of other mpox clades elsewhere in Africa, it is clear that a coordinated international response is essential to stop these outbreaks and save lives,"),
        ("03", "On top of outbreaks of other Mpox clade in DRC and other countries in Africa, it's clear that a coordinated international response is needed to stop these outbreaks and save lives,"),
    ]),
    ("t_concern", "tedros", "This is something that should concern us all.", [
        ("01", "This is something that should concern us all,"),
    ]),
    ("t_committed", "tedros", "WHO is committed in the days and weeks ahead to coordinate the global response ...", [
        ("01", "WHO is committed in the days and weeks ahead to coordinate the global response, working closely with each of the affected countries, and leveraging our on-the-ground presence, to prevent transmission, treat those infected, and save lives."),
    ]),
    ("t_emergence", "tedros", "The emergence last year and rapid spread of clade 1b in DRC ... is especially concerning, and one of the main reasons for my decision to convene this emergency committee.", [
        ("01", "The emergence last year and rapid spread of clade 1b in DRC, which appears to be spreading mainly through sexual networks, and its detection in countries neighboring DRC is especially concerning, and one of the main reasons for my decision to convene this emergency committee,"),
    ]),
    ("t_ninety", "tedros", "In the past month, about 90 cases of clade 1b have been reported in four countries neighbouring the DRC that have not reported mpox before: Burundi, Kenya, Rwanda and Uganda.", [
        ("01", "In the past month, about 90 cases of clade 1b have been reported in four countries neighboring the DRC that have not reported mpox before: Burundi, Kenya, Rwanda and Uganda."),
    ]),
    ("t_aligned", "tedros", "The advice given to me by the Emergency Committee and that of the Africa CDC ... are aligned.", [
        # as published: a stray opening mark inside the quotation ('[Africa CDC]“Health authorities')
        ("02", "The advice given to me by the Emergency Committee and that of the [Africa CDC]“Health authorities around the world, who yesterday declared a regional public health security emergency, are aligned,"),
    ]),
    ("m_scaling", "moeti", "With the growing spread of the virus, we're scaling up further through coordinated international action to support countries bring the outbreaks to an end.", [
        ("03", "With the growing spread of the virus, we're scaling up further through coordinated international action to support countries bring the outbreaks to an end,"),
    ]),
    ("s_dangerous", "scientist", "the most dangerous yet", [
        ("04", "the most dangerous yet", OPT),  # a short phrase attributed to 'one scientist'
    ]),
]
RELATED_GROUPS = [["t_worrying", "t_emergence"], ["t_pheic", "t_concern", "t_committed"], ["t_emergence", "t_ninety"],
                  ["t_coordinated", "m_scaling"]]
EXTRA = {
    "negative_pairs_note": "One press conference (and the opening of the emergency committee the same day) quoted in different cuts: the 'very worrying' sentence whole but reworded (03: 'The emergence of a new clade … are very worrying'), as its last three words only (04: 'said the potential for further spread within Africa and beyond \"is very worrying\"'), and from its second clause on (05, straight opening and curly closing mark); the 'coordinated international response' sentence in two renderings (02: 'Combined with … is essential', 03: 'On top of … is needed'). 01's 'The emergence last year and rapid spread of clade 1b … is especially concerning' is another sentence (the committee's opening), related to 03's rendering. WHO's regional director Matshidiso Moeti (03, wrongly 'he said') speaks of 'coordinated international action': her words are not Tedros's.",
    "quote_structure": "01, 03 and 04 use straight double marks, 02 curly ones; 05 opens with a straight mark and closes with a curly one. 02's X post has a stray opening mark inside it ('[Africa CDC]“Health authorities'). 01 prints two consecutive quotation paragraphs without attribution after 'he added'. 04 puts one phrase in curly marks attributed to 'one scientist'.",
    "indirect": [
        {"file": "02_telegraph247.txt", "text": "The possibility of further spread in Africa is a cause for concern, the WHO director said", "paraphrases_group": "t_worrying"},
        {"file": "03_allafrica.txt", "text": "The World Health Organization (WHO) has called for a coordinated international response to stop the outbreak of Mpox and save lives", "paraphrases_group": "t_coordinated"},
        {"file": "03_allafrica.txt", "text": "He noted an upsurge of Mpox in DRC and its detection in a growing number of countries in Africa, constitutes a public health emergency of international concern (PHEIC)", "paraphrases_group": "t_pheic"},
        {"file": "02_telegraph247.txt", "text": "Tedros said that around 90 cases of the clade 1b successor were reported last month in countries neighbouring the DRC that had not reported mpox cases before", "paraphrases_group": "t_ninety"},
        {"file": "02_telegraph247.txt", "text": "he said that last year in the Democratic Republic of Congo there was transmission of the clade 1b virus, caused mainly by sexual networks", "paraphrases_group": "t_emergence"},
    ],
    "unique_facts": {
        "01_afp-tag24.txt": ["this should concern us all", "WHO committed to coordinate the global response", "monkeypox first discovered in humans in 1970"],
        "02_telegraph247.txt": ["Tedros on X: the committee's and Africa CDC's advice are aligned", "mpox caused by different viruses called clades"],
        "03_allafrica.txt": ["vaccine donations and the interim Medical Countermeasures Network", "Moeti: scaling up through coordinated international action"],
        "04_bbc-vuink.txt": ["at least 450 deaths in the initial DRC outbreak", "how mpox is transmitted", "Clade 1 killed up to 10%", "'the most dangerous yet'"],
        "05_japantimes.txt": ["cases in Africa kept rising after the 2022 alert was lowered"],
    },
    "boilerplate": {
        "03_allafrica.txt": ["sub-heading 'Public Health Emergency of Continental Security'"],
    },
    "truncation": "Each file is the stored page excerpt, without headline; the last, cut paragraph of 02 and 03 was left out.",
}

CLAIMS = [
    ("c1", "WHO declared the mpox outbreak (surge) in Africa a public health emergency of international concern / global health emergency", [
        ("01", "Geneva, Switzerland - The World Health Organization on Wednesday declared the mpox surge in Africa was now a global public health emergency, sounding its highest possible alarm over the worsening situation."),
        ("01", "\"Today, the emergency committee met and advised me that in its view, the situation constitutes a public health emergency of international concern."),
        ("03", "WHO Emergency Committee declared Mpox a global public health emergency following an outbreak of the viral infection in the Democratic Republic of Congo."),
        ("03", "He noted an upsurge of Mpox in DRC and its detection in a growing number of countries in Africa, constitutes a public health emergency of international concern (PHEIC) under the 2005 International Health Regulations (IHR)."),
        ("04", "The World Health Organization (WHO) has declared the mpox outbreak in parts of Africa a public health emergency of international concern."),
        ("05", "The World Health Organization has declared a fast-spreading mpox outbreak in Africa a global health emergency as the agency seeks to contain the spread of the potentially deadly virus."),
    ]),
    ("c2", "the Africa CDC (the African Union's health watchdog) had declared its own public health emergency (on Tuesday)", [
        ("01", "The decision comes after the African Union's health watchdog declared its own public health emergency over the growing outbreak."),
        ("02", "On Tuesday, the Africa Centers for Disease Control and Prevention (CDC) declared the situation a public health emergency."),
        ("02", "“The advice given to me by the Emergency Committee and that of the [Africa CDC]“Health authorities around the world, who yesterday declared a regional public health security emergency, are aligned,” Tedros said in a post on social media platform X, formerly Twitter."),
    ]),
    ("c3", "more than 14,000 cases and 524 deaths reported this year, more than last year", [
        ("01", "Tedros said the more than 14,000 cases and 524 deaths reported so far this year in DR Congo have already exceeded last year's total."),
        ("02", "More than 14,000 cases of the virus and 524 deaths have already been reported this year, a significant increase in reported cases compared to 2023."),
    ]),
    ("c4", "a new clade, 1b, emerged in DRC last year, spreading (mainly through sexual networks)", [
        ("01", "\"The emergence last year and rapid spread of clade 1b in DRC, which appears to be spreading mainly through sexual networks, and its detection in countries neighboring DRC is especially concerning, and one of the main reasons for my decision to convene this emergency committee,\" he said in opening the emergency committee meeting."),
        ("02", "At Wednesday's meeting, he said that last year in the Democratic Republic of Congo there was transmission of the clade 1b virus, caused mainly by sexual networks."),
        ("03", "\"The emergence of a new clade of Mpox, its rapid spread in eastern DRC, and the reporting of cases in several neighboring countries are very worrying,\" the WHO chief stated."),
        ("04", "There was a change in the virus around September last year."),
        ("04", "Mutations led to an offshoot - called Clade 1b - that has since spread rapidly."),
        ("05", "The spread of the new strain of mpox in the Democratic Republic of Congo, \"its detection in neighboring countries that had not previously reported, and the potential for further spread within Africa and beyond is very worrying,” WHO Director-General Tedros Adhanom Ghebreyesus said in a briefing Wednesday."),
    ]),
    ("c5", "about 90 clade 1b cases in the past month in neighbouring countries that had not reported mpox before", [
        ("01", "\"In the past month, about 90 cases of clade 1b have been reported in four countries neighboring the DRC that have not reported mpox before: Burundi, Kenya, Rwanda and Uganda.\""),
        ("02", "Tedros said that around 90 cases of the clade 1b successor were reported last month in countries neighbouring the DRC that had not reported mpox cases before."),
    ]),
    ("c6", "Tedros: a coordinated international response is needed (essential) to stop the outbreaks and save lives", [
        ("02", "“Combined with other outbreaks of other mpox clades elsewhere in Africa, it is clear that a coordinated international response is essential to stop these outbreaks and save lives,” Tedros said."),
        ("03", "Nairobi — The World Health Organization (WHO) has called for a coordinated international response to stop the outbreak of Mpox and save lives."),
        ("03", "\"On top of outbreaks of other Mpox clade in DRC and other countries in Africa, it's clear that a coordinated international response is needed to stop these outbreaks and save lives,\" he said."),
    ]),
    ("c7", "mpox has spread from DRC to other (neighbouring) African countries", [
        ("01", "Mpox has swept through the Democratic Republic of Congo, where the virus formerly called monkeypox was first discovered in humans in 1970, and spread to other countries."),
        ("02", "Mpox cases have spread across many African countries, including the Democratic Republic of the Congo (DRC) and neighbouring Burundi, Kenya, Rwanda and Uganda."),
        ("03", "Mpox has since spread to neighboring countries in Africa."),
        ("04", "It has now spread across parts of central and east Africa, and scientists are concerned about how fast a new variant of the disease is spreading and its high fatality rate."),
    ]),
    ("c8", "Tedros: the (potential for) further spread in Africa and beyond is very worrying", [
        ("02", "The possibility of further spread in Africa is a cause for concern, the WHO director said."),
        ("03", "\"The emergence of a new clade of Mpox, its rapid spread in eastern DRC, and the reporting of cases in several neighboring countries are very worrying,\" the WHO chief stated."),
        ("04", "WHO chief Tedros Adhanom Ghebreyesus said the potential for further spread within Africa and beyond \"is very worrying\"."),
        ("05", "The spread of the new strain of mpox in the Democratic Republic of Congo, \"its detection in neighboring countries that had not previously reported, and the potential for further spread within Africa and beyond is very worrying,” WHO Director-General Tedros Adhanom Ghebreyesus said in a briefing Wednesday."),
    ]),
    ("c9", "an earlier mpox emergency was declared in 2022, over a milder strain (clade 2)", [
        ("02", "Clade 1 has been circulating in the Democratic Republic of the Congo for years, while clade 2 was responsible for the 2022 global outbreak that was declared an international public health emergency."),
        ("03", "WHO's PHEIC determination is the second in two years relating to Mpox caused by an Orthopoxvirus."),
        ("04", "A previous mpox public health emergency, declared in 2022, was caused by the relatively mild Clade 2."),
        ("05", "Tedros last called mpox a public health emergency of international concern in May 2022, when cases of a milder strain erupted globally."),
    ]),
    ("c10", "the new strain (clade 1 / 1b) is more deadly and spreads more easily", [
        ("02", "This clade is said to be more deadly and more easily transmitted from person to person."),
        ("04", "It has now spread across parts of central and east Africa, and scientists are concerned about how fast a new variant of the disease is spreading and its high fatality rate."),
        ("04", "However, this time it is the far more deadly Clade 1 - which has killed up to 10% of those getting sick in previous outbreaks - that is surging."),
    ]),
    ("c11", "the WHO convened its emergency committee (of experts) to advise Tedros", [
        ("01", "The WHO called a meeting of experts to study the outbreak and make a recommendation to the UN health agency's director-general Tedros Adhanom Ghebreyesus."),
        ("01", "\"Today, the emergency committee met and advised me that in its view, the situation constitutes a public health emergency of international concern."),
        ("02", "WHO Director-General Tedros Adhanom Ghebreyesus called the meeting last Wednesday to seek advice on whether outbreaks of mpox (formerly monkeypox) are of international concern."),
        ("03", "WHO Emergency Committee declared Mpox a global public health emergency following an outbreak of the viral infection in the Democratic Republic of Congo."),
    ]),
]
UNIQUE = [
    ("01", "\"This is something that should concern us all,\" he added.", "this should concern us all"),
    ("01", "\"WHO is committed in the days and weeks ahead to coordinate the global response, working closely with each of the affected countries, and leveraging our on-the-ground presence, to prevent transmission, treat those infected, and save lives.\"", "WHO will coordinate the global response"),
    ("02", "Tedros previously mentioned that mpox outbreaks occurred due to different viruses called clades.", "mpox caused by different clades"),
    ("03", "Ghebreyesus said WHO is working with countries and vaccine manufacturers on potential vaccine donations, and coordinating with partners through the interim Medical Countermeasures Network to facilitate equitable access to vaccines, therapeutics, diagnostics and other tools.", "vaccine donations"),
    ("03", "WHO Regional Director for Africa Matshidiso Moeti said significant efforts are underway in close collaboration with communities and governments, with the country teams working on the frontlines to help reinforce measures to curb Mpox.", "Moeti: efforts underway"),
    ("04", "The highly contagious disease - formerly known as monkeypox - has killed at least 450 people during an initial outbreak in the Democratic Republic of Congo.", "at least 450 deaths"),
    ("04", "Mpox is transmitted through close contact, such as sex, skin-to-skin contact and talking or breathing close to another person.", "how mpox is transmitted"),
    ("04", "This new variant has been labelled “the most dangerous yet” by one scientist.", "'the most dangerous yet'"),
    ("05", "When the WHO lowered its alert level a year later, cases in Africa continued to increase.", "cases kept rising after the 2022 alert was lowered"),
]
EXCLUDED = [
    ("03", "Public Health Emergency of Continental Security", "sub-heading"),
]
CLAIMS_NOTES = "Members are whole sentences (each sentence of a quotation is a sentence; 01's two-sentence quotation 'Today, … I have accepted that advice' gives its first sentence). A sentence stating two shared facts is a member of both (01's 'Today, the emergency committee met …' in c1/c11; 03's 'WHO Emergency Committee declared …' in c1/c11; 03's 'The emergence of a new clade … very worrying' and 05's quotation sentence in c4/c8; 04's 'It has now spread …' in c7/c10; 02's X post in c2)."

# Gold annotations for starliner-crew-decision-2024; build with: python3 scripts/gold/build_gold.py tests/data/starliner-crew-decision-2024
EVENT = "NASA decides the Starliner crew will return on a SpaceX Crew Dragon in February and Starliner uncrewed; Bill Nelson's and NASA officials' news conference (Houston, 24 August 2024)"
FILES = {
    "01": "01_audacy.txt",
    "02": "02_clickorlando.txt",
    "03": "03_thehill-yahoo.txt",
    "04": "04_upi-pressstory.txt",
    "05": "05_israelhayom.txt",
}
SPEAKERS = {
    "nelson": dict(speaker="Bill Nelson",
                   keys=["bill nelson", "nelson", "nasa administrator", "administrator"],
                   reject=["stich", "weigel", "free", "ortberg", "wilmore", "williams", "boeing"]),
    "stich": dict(speaker="Steve Stich",
                  keys=["steve stich", "stich", "program manager for nasa's commercial crew program"],
                  reject=["nelson", "weigel", "free"]),
    "weigel": dict(speaker="Dana Weigel",
                   keys=["dana weigel", "weigel", "manager of nasa's iss program"],
                   reject=["nelson", "stich", "free"]),
}
GROUPS = [
    ("n_decided", "nelson", "NASA has decided that Butch and Suni will return with Crew-9 next February, and that Starliner will return uncrewed", [
        # 02 prints the first three sentences of the opening remarks as one quotation
        ("02", "NASA has decided that Butch and Suni will return with Crew-9 next February and that Starliner will return uncrewed, and the specifics in the schedule will be discussed momentarily. I want you to know that Boeing has worked very hard with NASA to get the necessary data to make this decision. We want to further understand the root causes and understand the design improvements so that the Boeing Starliner will serve as an important part of our assured crew access to the ISS,"),
        ("04", "Butch and Suni will return with Crew-9 next February,"),
        ("05", "NASA has decided that Butch and Suni will return with [SpaceX's] Crew-9 next February, and that Starliner will return uncrewed,"),
    ]),
    ("n_boeing_worked", "nelson", "Boeing has worked very hard with NASA to get the necessary data to make this decision", [
        # 01 and 03 print this sentence and the next (n_root_causes) as one quotation
        ("01", "Boeing has worked very hard with NASA to get the necessary data to make this decision. We want to further understand the root causes and understand the design improvements so that the Boeing Starliner will serve as an important part of our assured crew access to the ISS,"),
        ("03", "Boeing has worked very hard with NASA to get the necessary data to make this decision, we want to further understand the root causes and understand the design improvements, so that the Boeing Starliner will serve as an important part of our assured crew access to the ISS,"),
    ]),
    ("n_root_causes", "nelson", "We want to further understand the root causes and understand the design improvements ...", [
        ("05", "We want to further understand the root causes and understand the design improvements so that the Boeing Starliner will serve as an important part of our assured crew access to the ISS."),
    ]),
    ("n_risky", "nelson", "Spaceflight is risky, even at its safest and even at its most routine", [
        ("02", "Spaceflight is risky"),  # headline only; the colon is inside the marks
    ]),
    ("n_commitment", "nelson", "The decision to keep Butch and Suni aboard the International Space Station and bring the Boeing Starliner home uncrewed is a result of a commitment to safety", [
        ("01", "The decision to keep Butch and Suni aboard the International Space Station and bring the Boeing Starliner home uncrewed is a result of a commitment to safety,"),
        ("03", "The decision to keep Butch and Suni aboard the International Space Station and bring the Boeing Starliner home uncrewed is a result of a commitment to safety,"),
    ]),
    ("n_north_star", "nelson", "Our core value is safety, and it is our North Star.", [
        ("01", "North Star"),
        ("03", "Our core value is safety", 0),  # headline
        ("03", "Our core value is safety, and it is our North Star."),
    ]),
    ("n_whole_discussion", "nelson", "This whole discussion, remember, is put in the context of we have had mistakes done in the past", [
        ("04", "This whole discussion, remember, is put in the context of we have had mistakes done in the past,"),
    ]),
    ("n_lost_shuttles", "nelson", "We lost two space shuttles as a result of there not being a culture in which information could come forward.", [
        ("04", "We lost two space shuttles as a result of there not being a culture in which information could come forward."),  # opened; the next paragraph was cut
    ]),
    ("s_uncertainty", "stich", "The bottom line relative to bringing Starliner back is there was just too much uncertainty in the prediction of the thrusters.", [
        ("05", "The bottom line relative to bringing Starliner back is … there was just too much uncertainty in the prediction of the thrusters."),
    ]),
    ("w_experiments", "weigel", "They've already done about 100 hours of work on 42 different experiments ...", [
        ("05", "They've already done about 100 hours of work on 42 different experiments, and they've helped us with some of the critical station maintenance that we've had on board."),
    ]),
]
EXCLUDED_SPANS = [
    ("05", "Suni", 2, "nickname in quote marks"),
    ("05", "Butch", 1, "nickname in quote marks"),
]
RELATED_GROUPS = [["n_decided", "n_boeing_worked", "n_root_causes"], ["n_commitment", "n_north_star"],
                  ["n_whole_discussion", "n_lost_shuttles"]]
EXTRA = {
    "negative_pairs_note": "One agency news conference, several NASA speakers (Nelson, Stich, Weigel) on one topic: Stich's 'too much uncertainty in the prediction of the thrusters' and Weigel's 'They've already done about 100 hours of work' are not Nelson's. Nelson's opening remarks are consecutive sentences that outlets cut at different boundaries: 02 prints n_decided, n_boeing_worked and n_root_causes as one quotation, 01 and 03 print n_boeing_worked with n_root_causes (put in the group of their first sentence, hence related). 'commitment to safety' (n_commitment) and 'Our core value is safety' (n_north_star) are adjacent sentences (related).",
    "quote_structure": "02 and 03 quote in their headlines with single curly marks (02's with the colon inside: ‘Spaceflight is risky:’); 04 splits a quotation with 'Nelson said.' and opens a second paragraph it never closes (the next was cut); 05 uses straight marks, an editor's bracket ([SpaceX's]) and an ellipsis inside quotations, and nicknames in quote marks ('Sunita \"Suni\" Williams').",
    "indirect": [
        {"file": "01_audacy.txt", "text": "Nelson added that safety is the space agency’s “North Star”", "paraphrases_group": "n_north_star"},
        {"file": "05_israelhayom.txt", "text": "He emphasized that Boeing has worked closely with NASA to provide necessary data for this decision", "paraphrases_group": "n_boeing_worked"},
        {"file": "04_upi-pressstory.txt", "text": "Nelson said he discussed the situation with new Boeing CEO Kelly Ortberg", "paraphrases_group": None},
    ],
    "unique_facts": {
        "01_audacy.txt": ["James Free: Boeing and NASA will continue to work together"],
        "02_clickorlando.txt": ["at least five helium leaks", "Program Control Board review and Agency Flight Readiness Review"],
        "03_thehill-yahoo.txt": ["another hit for Boeing after its airplanes' safety worries", "Crew-9 launches with two astronauts instead of four"],
        "04_upi-pressstory.txt": ["news conference at Johnson Space Center in Houston", "two space shuttles lost"],
        "05_israelhayom.txt": ["Stich: too much uncertainty in the thrusters", "Weigel: 100 hours of work on 42 experiments"],
    },
    "boilerplate": {
        "02_clickorlando.txt": ["'Skip to main content'", "'Clear icon'", "temperature '52º'", "standfirst"],
        "04_upi-pressstory.txt": ["photo caption with credit", "'Advertisement' run into the end of two paragraphs"],
    },
    "truncation": "Each file is the stored page excerpt; its last, cut paragraph was left out (in 01 and 02 a cut quotation, in 03 a cut opening mark; 04 ends with the paragraph before the cut one, inside an unclosed quotation).",
}

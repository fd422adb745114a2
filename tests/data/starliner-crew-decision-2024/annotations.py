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

CLAIMS = [
    ("c1", "the Starliner crew (Wilmore and Williams) will stay on the ISS until February and return on SpaceX's Crew Dragon", [
        ("01", "NASA Starliner crew will stay in space until February, returning on SpaceX shuttle"),
        ("01", "On Saturday, NASA announced that the Boeing Starliner crew will remain aboard the International Space Station until February, noting that the decision was made due to safety concerns."),
        ("01", "NASA Administrator Bill Nelson held a press conference on Saturday to share the news, noting that astronauts Butch Wilmore and Suni Williams, who docked at the ISS in June, will return next year via SpaceX’s Crew Dragon capsule."),
        ("01", "“The decision to keep Butch and Suni aboard the International Space Station and bring the Boeing Starliner home uncrewed is a result of a commitment to safety,” Nelson said."),
        ("02", "‘Spaceflight is risky:’ NASA decides Starliner astronauts will stay at space station until 2025"),
        ("02", "HOUSTON – NASA Administrator Bill Nelson announced during a news conference Saturday that astronauts Butch Wilmore and Suni Williams will remain at the International Space Station until February 2025."),
        ("02", "“NASA has decided that Butch and Suni will return with Crew-9 next February and that Starliner will return uncrewed, and the specifics in the schedule will be discussed momentarily."),
        ("03", "NASA says Boeing Starliner crew will return in February: ‘Our core value is safety’"),
        ("03", "NASA confirmed Saturday that the Boeing Starliner crew would remain on the International Space Station until February, emphasizing that the decision was based on safety concerns."),
        ("03", "Administrator Bill Nelson, in a press conference Saturday, said astronauts Butch Wilmore and Suni Williams, who have been docked on the International Space Station since June, will return to Earth next year on SpaceX’s Crew Dragon capsule."),
        ("03", "“The decision to keep Butch and Suni aboard the International Space Station and bring the Boeing Starliner home uncrewed is a result of a commitment to safety,” Nelson said, adding that “Our core value is safety, and it is our North Star.”"),
        ("04", "SpaceX will bring stranded Boeing Starliner crew home in February"),
        ("04", "Boeing Starliner crewmembers Butch Wilmore and Suni Williams, who have been stranded aboard the International Space Station since June, will remain there until February, NASA administrators announced Saturday."),
        ("04", "“Butch and Suni will return with Crew-9 next February,” he announced during a televised press conference at Johnson Space Center in Houston, adding that the glitchy Starliner capsule, which currently remains docked to the the ISS, will be returned to Earth unmanned."),
        ("05", "NASA has announced that two astronauts currently on an extended stay aboard the International Space Station (ISS) will return to Earth in February on a SpaceX Crew Dragon flight, rather than on the Boeing Starliner capsule that brought them to orbit."),
        ("05", "\"NASA has decided that Butch and Suni will return with [SpaceX's] Crew-9 next February, and that Starliner will return uncrewed,\" Nelson stated during a press conference."),
    ]),
    ("c2", "the decision was made for safety", [
        ("01", "On Saturday, NASA announced that the Boeing Starliner crew will remain aboard the International Space Station until February, noting that the decision was made due to safety concerns."),
        ("01", "“The decision to keep Butch and Suni aboard the International Space Station and bring the Boeing Starliner home uncrewed is a result of a commitment to safety,” Nelson said."),
        ("03", "NASA confirmed Saturday that the Boeing Starliner crew would remain on the International Space Station until February, emphasizing that the decision was based on safety concerns."),
        ("03", "“The decision to keep Butch and Suni aboard the International Space Station and bring the Boeing Starliner home uncrewed is a result of a commitment to safety,” Nelson said, adding that “Our core value is safety, and it is our North Star.”"),
        ("04", "In weighing whether to allow them to try to return to Earth aboard their malfunctioning Starliner craft or wait until the completion of the upcoming SpaceX Crew-9 Dragon mission in February, NASA Administrator Bill Nelson said the agency opted for the latter due to safety reasons."),
        ("04", "But in the end, he said, concerns over the safety of the astronauts proved insurmountable."),
    ]),
    ("c3", "Nelson: safety is NASA's core value, its North Star", [
        ("01", "Nelson added that safety is the space agency’s “North Star” and that they would do everything possible to ensure Williams and Wilmore return to Earth as safely as possible."),
        ("03", "NASA says Boeing Starliner crew will return in February: ‘Our core value is safety’"),
        ("03", "“The decision to keep Butch and Suni aboard the International Space Station and bring the Boeing Starliner home uncrewed is a result of a commitment to safety,” Nelson said, adding that “Our core value is safety, and it is our North Star.”"),
    ]),
    ("c4", "Nelson: Boeing worked very hard with NASA to get the data for the decision", [
        ("01", "“Boeing has worked very hard with NASA to get the necessary data to make this decision."),
        ("02", "I want you to know that Boeing has worked very hard with NASA to get the necessary data to make this decision."),
        ("03", "“Boeing has worked very hard with NASA to get the necessary data to make this decision, we want to further understand the root causes and understand the design improvements, so that the Boeing Starliner will serve as an important part of our assured crew access to the ISS,” he added."),
        ("04", "Nelson said he discussed the situation with new Boeing CEO Kelly Ortberg and praised the company for working closely with NASA in determining whether the Starliner capsule could be safely returned with the stranded astronauts aboard."),
        ("05", "He emphasized that Boeing has worked closely with NASA to provide necessary data for this decision, adding, \"We want to further understand the root causes and understand the design improvements so that the Boeing Starliner will serve as an important part of our assured crew access to the ISS.\""),
    ]),
    ("c5", "Nelson: NASA wants to understand the root causes so Starliner can serve for crew access to the ISS", [
        ("01", "We want to further understand the root causes and understand the design improvements so that the Boeing Starliner will serve as an important part of our assured crew access to the ISS,” Nelson said."),
        ("02", "We want to further understand the root causes and understand the design improvements so that the Boeing Starliner will serve as an important part of our assured crew access to the ISS,” Nelson said."),
        ("03", "“Boeing has worked very hard with NASA to get the necessary data to make this decision, we want to further understand the root causes and understand the design improvements, so that the Boeing Starliner will serve as an important part of our assured crew access to the ISS,” he added."),
        ("05", "He emphasized that Boeing has worked closely with NASA to provide necessary data for this decision, adding, \"We want to further understand the root causes and understand the design improvements so that the Boeing Starliner will serve as an important part of our assured crew access to the ISS.\""),
    ]),
    ("c6", "Starliner had thruster failures and helium leaks", [
        ("01", "The Starliner shuttle took off for the ISS on June 5 after numerous delays due to thruster failures and helium leaks."),
        ("02", "Multiple landing dates have since been called off as NASA and Boeing evaluate the capsule’s propulsion system; at least five instances of leaking helium have been noted, which is used to pressurize the propulsion system’s fuel lines."),
        ("03", "The crew was launched to the space station June 5, after multiple delayed attempts due to thruster failures and helium leaks."),
        ("05", "The change in plans is due to ongoing technical issues with the Boeing Starliner, including small leaks and thruster failures."),
        ("05", "However, their planned eight-day mission extended into months due to technical issues, including reaction control thrusters that failed during Starliner's first docking attempt."),
    ]),
    ("c7", "a mission of about a week (eight days) has become one of months (eight months)", [
        ("01", "What was meant to be an eight-day mission has since turned into a months-long trip aboard the ISS."),
        ("02", "Week-long test flight now to last more than 8 months"),
        ("02", "Wilmore and Williams launched from Florida to the International Space Station on June 5 for what was to be a week-long stay."),
        ("03", "An eight-day mission turned into a months-long adventure, as the astronauts completed testing on the spacecraft."),
        ("05", "However, their planned eight-day mission extended into months due to technical issues, including reaction control thrusters that failed during Starliner's first docking attempt."),
    ]),
    ("c8", "Starliner will return to Earth uncrewed (in September)", [
        ("01", "The Starliner capsule will return to Earth in September, unmanned, NASA shared."),
        ("01", "“The decision to keep Butch and Suni aboard the International Space Station and bring the Boeing Starliner home uncrewed is a result of a commitment to safety,” Nelson said."),
        ("02", "“NASA has decided that Butch and Suni will return with Crew-9 next February and that Starliner will return uncrewed, and the specifics in the schedule will be discussed momentarily."),
        ("03", "The Starliner capsule, which marked Boeing’s first crewed mission to space, will return to Earth unmanned in September, per the agency."),
        ("03", "“The decision to keep Butch and Suni aboard the International Space Station and bring the Boeing Starliner home uncrewed is a result of a commitment to safety,” Nelson said, adding that “Our core value is safety, and it is our North Star.”"),
        ("04", "“Butch and Suni will return with Crew-9 next February,” he announced during a televised press conference at Johnson Space Center in Houston, adding that the glitchy Starliner capsule, which currently remains docked to the the ISS, will be returned to Earth unmanned."),
        ("05", "\"NASA has decided that Butch and Suni will return with [SpaceX's] Crew-9 next February, and that Starliner will return uncrewed,\" Nelson stated during a press conference."),
    ]),
    ("c9", "Crew-9 launches in (late) September with two seats left free for the pair", [
        ("02", "The space agency sought to conduct a Program Control Board review and an Agency Flight Readiness Review before determining how Wilmore and Williams would return to Earth, either on the Boeing-built Starliner spacecraft that they rode up with or in two empty seats on the SpaceX Dragon capsule to be used in the upcoming Crew-9 mission, the latter set to launch in September and return as late as February 2025."),
        ("03", "SpaceX’s venture, which will ultimately bring back Wilmore and Williams, is supposed to launch in late September."),
        ("03", "Instead of four, two more astronauts will lift off for a six-month mission, therefore leaving two seats for Williams and Wilmore for a return flight in February."),
        ("04", "The Crew 9 mission, scheduled to launch in late September, will proceed with only two crew members rather than four, making room for Wilmore and Williams to return with it when its mission is finished in February."),
    ]),
    ("c10", "Nelson spoke with Boeing's new CEO Kelly Ortberg", [
        ("02", "Nelson said he had spoken with Kelly Ortberg, Boeing’s new CEO, whom he says expressed an intention to continue to work out Starliner’s issues once the capsule is safely back home."),
        ("04", "Nelson said he discussed the situation with new Boeing CEO Kelly Ortberg and praised the company for working closely with NASA in determining whether the Starliner capsule could be safely returned with the stranded astronauts aboard."),
    ]),
    ("c11", "the decision followed an agency-level (flight readiness) review", [
        ("02", "The space agency sought to conduct a Program Control Board review and an Agency Flight Readiness Review before determining how Wilmore and Williams would return to Earth, either on the Boeing-built Starliner spacecraft that they rode up with or in two empty seats on the SpaceX Dragon capsule to be used in the upcoming Crew-9 mission, the latter set to launch in September and return as late as February 2025."),
        ("05", "The decision comes after an agency-level review on Saturday, which included NASA Administrator Bill Nelson."),
    ]),
    ("c12", "the crew launched on 5 June", [
        ("01", "The Starliner shuttle took off for the ISS on June 5 after numerous delays due to thruster failures and helium leaks."),
        ("02", "Wilmore and Williams launched from Florida to the International Space Station on June 5 for what was to be a week-long stay."),
        ("03", "The crew was launched to the space station June 5, after multiple delayed attempts due to thruster failures and helium leaks."),
    ]),
]
UNIQUE = [
    ("01", "NASA’s associate administrator, James Free, added that Boeing and NASA will continue to work together and ensure that the Starliner shuttle is where it needs to be in order for NASA to utilize it.", "Free: Boeing and NASA will keep working together"),
    ("03", "NASA’s decision represents another hit for Boeing, adding to the safety worries the aerospace company has already experienced with its airplanes.", "another hit for Boeing after its airplanes"),
    ("04", "“This whole discussion, remember, is put in the context of we have had mistakes done in the past,” Nelson said.", "Nelson: mistakes in the past, two shuttles lost"),
    ("04", "“We lost two space shuttles as a result of there not being a culture in which information could come forward.", "Nelson: mistakes in the past, two shuttles lost"),
    ("05", "Steve Stich, program manager for NASA's commercial crew program, explained the rationale behind bringing Starliner back uncrewed: \"The bottom line relative to bringing Starliner back is … there was just too much uncertainty in the prediction of the thrusters.\"", "Stich: too much uncertainty in the thrusters"),
    ("05", "Dana Weigel, manager of NASA's ISS program, noted, \"They've already done about 100 hours of work on 42 different experiments, and they've helped us with some of the critical station maintenance that we've had on board.\"", "Weigel: 100 hours of work on 42 experiments"),
]
EXCLUDED = [
    ("02", "Skip to main content", "page furniture"),
    ("02", "Clear icon", "page furniture"),
    ("02", "52º", "weather widget"),
    ("04", "Stranded astronauts Butch Wilmore (L) and Suni Williams will remain on the International Space Station until February rather than attempt a return to Earth in their glitchy Boeing Starliner craft, NASA announced Saturday. File Photo by NASA/UPI | License Photo", "photo caption"),
    ("04", "Advertisement", 0, "advertisement run into a paragraph"),
    ("04", "Advertisement", 1, "advertisement run into a paragraph"),
]
CLAIMS_NOTES = "Members are whole sentences (headlines and each sentence of a quotation count); a sentence stating two shared facts is a member of both (c1 and c8 for the 'NASA has decided …' quotation; c4 and c5 for 03's and 05's run-together sentences; c6 and c7 for 05's 'eight-day mission extended … due to technical issues'; c1, c2 and c8 for 'The decision to keep Butch and Suni aboard the International Space Station and bring the Boeing Starliner home uncrewed …'). 05's 'on the ISS since June 6' (docking) is not the June 5 launch and is in no claim."

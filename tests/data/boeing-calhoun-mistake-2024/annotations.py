# Gold annotations for boeing-calhoun-mistake-2024; build with: python3 scripts/gold/build_gold.py tests/data/boeing-calhoun-mistake-2024
EVENT = "Boeing CEO Dave Calhoun tells staff Boeing is 'acknowledging our mistake' after the Alaska Airlines door-plug blowout (9 January 2024)"
FILES = {
    "01": "01_cbsnews.txt",
    "02": "02_foxbusiness.txt",
    "03": "03_aol.txt",
    "04": "04_cnn-goldberglaw.txt",
    "05": "05_dailybeast.txt",
}
SPEAKERS = {
    "calhoun": dict(speaker="Dave Calhoun",
                    keys=["dave calhoun", "david calhoun", "calhoun", "boeing ceo", "the ceo",
                          "boeing's ceo", "chief executive"],
                    reject=["spokesperson", "spokesman", "company source", "source", "cnn", "cbs news",
                            "faa", "federal aviation administration", "ntsb", "wall street journal", "bloomberg"]),
    "source": dict(speaker="a Boeing company source (to CNN)",
                   keys=["company source", "a company source", "source", "boeing"],
                   reject=["calhoun", "cnn", "wall street journal", "faa"]),
    "faa": dict(speaker="Federal Aviation Administration",
                keys=["faa", "federal aviation administration", "the agency", "regulator", "regulators"],
                reject=["calhoun", "boeing", "alaska airlines", "ntsb"]),
    "unknown": dict(speaker="(reported description, no speaker)", keys=[], reject=[]),
}
GROUPS = [
    ("q_mistake", "calhoun", "We're going to approach this, number one, acknowledging our mistake", [
        ("01", "acknowledging our mistake", 0),   # headline
        ("01", "acknowledging our mistake", 1),
        ("01", "We're going to approach this number one acknowledging our mistake,"),
        ("02", "We’re going to approach this, number one, acknowledging our mistake,"),
        ("03", "We’re going to approach this, number one, acknowledging our mistake,"),
        ("04", "mistake", 0, OPT),                 # headline, one scare-quoted word
        ("04", "mistake", 1, OPT),                 # one quoted word
        ("04", "We’re going to approach this number one acknowledging our mistake,"),
        ("05", "We are gonna approach this—number one—acknowledging our mistake,"),
        ("05", "Our Mistake", OPT),                # headline in the page's trailing teaser block
    ]),
    ("q_transparency", "calhoun", "We're going to approach it with 100% and complete transparency every step of the way", [
        ("01", "We're going to approach it with 100% and complete transparency every step of the way. We are going to work with the NTSB who is investigating the accident itself to find out what the cause is. We have a long experience with this group. They're as good as it gets."),
        ("02", "We’re going to approach it with 100% and complete transparency every step of the way."),
        ("03", "We’re going to approach it with 100% and complete transparency every step of the way."),
        ("04", "We’re going to approach it with 100% and complete transparency every step of the way. We are going to work with the NTSB who is investigating the accident itself to find out what the cause is."),
        ("05", "We’re going to approach it with 100 percent and complete transparency every step of the way. We are going to work with the [National Transportation Safety Board], who is investigating the accident itself, to find out what the cause is."),
    ]),
    ("q_picture", "calhoun", "all I could think about – I didn't know what happened to whoever was supposed to be in the seat next to that hole", [
        ("01", "When I got that picture, all I could think about – I didn't know what happened, so whoever was supposed to be in the seat next to that hole in the airplane,"),
        ("02", "all I could think about – I didn’t know what happened, to whoever was supposed to be in the seat next [to] that hole in the airplane."),
        ("03", "I didn’t know what happened to whoever was supposed to be in the seat next to that hole in the airplane,"),
    ]),
    ("q_kids", "calhoun", "I've got kids, I've got grandkids and so do you. This stuff matters. Every detail matters.", [
        ("01", "I've got kids, I've got grandkids and so do you. This stuff matters. Every detail matters."),
        ("02", "I’ve got kids, I’ve got grandkids and so do you. This stuff matters. Every detail matters."),
        ("03", "I got kids. I got grandkids, and so do you. This stuff matters. Everything matters."),
    ]),
    ("q_bone", "calhoun", "Moments like this shake them to the bone, just like it shook me", [
        ("03", "shook me to the bone."),
        ("05", "Moments like this shake them to the bone, just like it shook me,"),
    ]),
    ("q_confidence", "calhoun", "They have confidence in all of us—they do—and they will again.", [
        ("05", "They have confidence in all of us—they do—and they will again."),
    ]),
    ("q_prevented", "calhoun", "prevented, potentially, another accident", [
        ("01", "prevented, potentially, another accident."),
    ]),
    ("q_ensure", "calhoun", "ensure every next plane that moves into the sky is in fact safe", [
        ("03", "ensure every next plane that moves into the sky is in fact safe and that this event can never happen again."),
    ]),
    ("q_in_question", "source", "the mistake in question", [
        ("04", "the mistake in question"),
        ("05", "the mistake in question"),
    ]),
    ("q_faa", "faa", "every Boeing 737-9 Max with a plug door will remain grounded", [
        ("01", "every Boeing 737-9 Max with a plug door will remain grounded until the FAA finds each can safely return to operation."),
    ]),
    ("q_tears", "unknown", "fought back tears", [
        ("02", "fought back tears", 0, OPT),  # headline scare quote (the outlet's report of his manner)
    ]),
]
EXCLUDED_SPANS = [
    ("04", "safety meeting", "scare-quoted name of the meeting"),
]
EXTRA = {
    "negative_pairs_note": "q_mistake and q_transparency are consecutive sentences ('We're going to approach this ...' / 'We're going to approach it ...') that every outlet prints as two quotations; merging them is a precision error. q_in_question is a company source's phrase, not Calhoun's, although it shares 'mistake'.",
    "speaker_note": "01 attributes with 'Calhoun said in the meeting, a Boeing spokesperson confirmed to CBS News' (the spokesperson is not the speaker); 03 and 05 attribute the second quotation of a pair by 'he told employees' / 'he said'; 04 and 05 give 'the mistake in question' to 'a company source told CNN'.",
    "indirect": [
        {"file": "03_aol.txt", "text": "He pledged to work closely with the NTSB and Federal Aviation Administration", "paraphrases_group": "q_transparency"},
        {"file": "05_dailybeast.txt", "text": "the aviation giant had erred", "paraphrases_group": "q_mistake"},
    ],
    "unique_facts": {
        "01_cbsnews.txt": ["174 passengers and six crew, bound for Ontario", "Alaska's grounding 'prevented, potentially, another accident'", "FAA: planes stay grounded until each is found safe"],
        "02_foxbusiness.txt": ["Calhoun fought back tears / became emotional", "meeting at the Renton, Washington factory"],
        "03_aol.txt": ["town hall shared in part on Boeing's website", "pledge to work with the NTSB and FAA"],
        "04_cnn-goldberglaw.txt": ["Boeing's stock fell 8% Monday and 1.5% Tuesday", "177 people on board", "Calhoun praised the crew"],
        "05_dailybeast.txt": ["audio reviewed by The Wall Street Journal", "airlines' confidence will return"],
    },
    "boilerplate": {
        "01_cbsnews.txt": ["'Watch CBS News'", "video title lines"],
        "02_foxbusiness.txt": ["photo captions", "upper-case related-story teasers", "stock ticker"],
        "03_aol.txt": ["photo caption printed twice"],
        "04_cnn-goldberglaw.txt": ["'In This Article:'", "stock quote block"],
        "05_dailybeast.txt": ["trailing 'Read it at' line and repeated headline/teaser block with ‘Our Mistake’"],
    },
    "truncation": "Each file is the stored page excerpt; the last, cut paragraph (and in 03 a cut second photo caption) was left out.",
}

CLAIMS = [
    ("c1", "Calhoun acknowledged Boeing's mistake at a staff meeting on Tuesday ('we're going to approach this, number one, acknowledging our mistake')", [
        ("01", "Boeing CEO says company is \"acknowledging our mistake\" after Alaska Airlines door blowout"),
        ("01", "Dave Calhoun, president and CEO of aircraft manufacturing giant Boeing, admitted to employees in a meeting Tuesday that the company is \"acknowledging our mistake\" after the door plug of a 737 Max 9 blew out in midair during an Alaska Airlines flight last week, just minutes after the plane had taken off from Portland, Oregon."),
        ("03", "The cause of the incident remains under investigation by the National Transportation Safety Board, but Calhoun accepted responsibility on behalf of Boeing."),
        ("04", "Boeing CEO acknowledges ‘mistake’ related to terrifying Alaska Airlines flight"),
        ("04", "Boeing CEO David Calhoun acknowledged the company’s “mistake” in the wake of the Alaska Airlines incident at a staff-wide “safety meeting” Tuesday."),
        ("05", "Boeing CEO David Calhoun on Tuesday said the aviation giant had erred leading up to the Alaska Airlines incident last week, promising that company leadership is working with regulators to ensure the terrifying mid-air panel blowout won’t be repeated."),
        ("01", "\"We're going to approach this number one acknowledging our mistake,\" Calhoun said in the meeting, a Boeing spokesperson confirmed to CBS News."),
        ("02", "\"We’re going to approach this, number one, acknowledging our mistake,\" Calhoun said in the address."),
        ("03", "“We’re going to approach this, number one, acknowledging our mistake,” he told employees, noting that he was preaching to the choir."),
        ("04", "“We’re going to approach this number one acknowledging our mistake,” Calhoun told staff, according to a video of the meeting provided to CNN by Boeing."),
        ("05", "Speaking at a staff-wide safety meeting, Calhoun said, “We are gonna approach this—number one—acknowledging our mistake,” according to audio of the meeting reviewed by The Wall Street Journal."),
    ]),
    ("c3", "Calhoun: 100% and complete transparency every step of the way", [
        ("01", "\"We're going to approach it with 100% and complete transparency every step of the way."),
        ("02", "\"We’re going to approach it with 100% and complete transparency every step of the way.\""),
        ("03", "“We’re going to approach it with 100% and complete transparency every step of the way.”"),
        ("04", "“We’re going to approach it with 100% and complete transparency every step of the way."),
        ("05", "“We’re going to approach it with 100 percent and complete transparency every step of the way."),
    ]),
    ("c4", "Boeing will work with the NTSB, which is investigating", [
        ("01", "We are going to work with the NTSB who is investigating the accident itself to find out what the cause is."),
        ("03", "The cause of the incident remains under investigation by the National Transportation Safety Board, but Calhoun accepted responsibility on behalf of Boeing."),
        ("03", "He pledged to work closely with the NTSB and Federal Aviation Administration, who he said will help “ensure every next plane that moves into the sky is in fact safe and that this event can never happen again.”"),
        ("04", "We are going to work with the NTSB who is investigating the accident itself to find out what the cause is.”"),
        ("05", "We are going to work with the [National Transportation Safety Board], who is investigating the accident itself, to find out what the cause is.”"),
    ]),
    ("c5", "Calhoun: I've got kids, I've got grandkids and so do you", [
        ("01", "\"I've got kids, I've got grandkids and so do you."),
        ("02", "He added, \"I’ve got kids, I’ve got grandkids and so do you."),
        ("03", "“I got kids."),
        ("03", "I got grandkids, and so do you."),
    ]),
    ("c6", "Calhoun: this stuff matters; every detail matters", [
        ("01", "This stuff matters."),
        ("01", "Every detail matters.\""),
        ("02", "This stuff matters."),
        ("02", "Every detail matters.\""),
        ("03", "This stuff matters."),
        ("03", "Everything matters.”"),
    ]),
    ("c7", "Calhoun thought of whoever was supposed to sit next to the hole", [
        ("01", "\"When I got that picture, all I could think about – I didn't know what happened, so whoever was supposed to be in the seat next to that hole in the airplane,\" Calhoun reportedly told Boeing employees Tuesday."),
        ("02", "Calhoun said that when he saw an image of what occurred on that flight the Friday before, \"all I could think about – I didn’t know what happened, to whoever was supposed to be in the seat next [to] that hole in the airplane.\""),
        ("03", "“I didn’t know what happened to whoever was supposed to be in the seat next to that hole in the airplane,” Calhoun said during a town hall with Boeing employees that was shared, in part, on the company’s website."),
    ]),
    ("c8", "a door plug / panel of a 737 Max 9 blew out mid-air on an Alaska Airlines flight", [
        ("01", "Dave Calhoun, president and CEO of aircraft manufacturing giant Boeing, admitted to employees in a meeting Tuesday that the company is \"acknowledging our mistake\" after the door plug of a 737 Max 9 blew out in midair during an Alaska Airlines flight last week, just minutes after the plane had taken off from Portland, Oregon."),
        ("02", "Boeing President and CEO Dave Calhoun became emotional during an all-hands-on-deck meeting with staff this week after a plug door on a Boeing 737 Max 9 blew out during an Alaska Airlines flight."),
        ("02", "The company’s latest incident occurred when a plug door panel, which covers an extra emergency exit that is only operable on planes with the maximum capacity, blew out during an Alaska Airlines flight that was at 16,000 feet and climbing to cruising altitude after departing Portland, Oregon, for Ontario, California."),
        ("03", "Boeing CEO Dave Calhoun says Friday’s Alaska Airlines incident involving a Boeing 737 Max 9’s door separating from the plane mid-air “shook me to the bone.”"),
        ("04", "On Friday, an Alaska Airlines flight carrying 177 people made an emergency landing shortly following takeoff from Portland, Oregon, after part of the wall of a weeks-old 737 Max 9 aircraft detached and left a gaping hole in the side of the plane."),
        ("05", "Calhoun admitted that the incident, in which one of the aircraft’s door plugs detached at 16,000 feet, had left airlines spooked."),
    ]),
    ("c9", "the plane made an emergency landing back in Portland", [
        ("01", "The plane, carrying 174 passengers and six crew members and bound for Ontario, California, was forced to make an emergency landing back in Portland."),
        ("04", "On Friday, an Alaska Airlines flight carrying 177 people made an emergency landing shortly following takeoff from Portland, Oregon, after part of the wall of a weeks-old 737 Max 9 aircraft detached and left a gaping hole in the side of the plane."),
    ]),
    ("c10", "the FAA grounded 171 Boeing 737 Max 9 aircraft on Saturday", [
        ("01", "In response Saturday, the Federal Aviation Administration temporarily grounded 171 Boeing 737 Max 9 aircraft worldwide for safety inspections."),
        ("04", "On Saturday, the Federal Aviation Administration ordered most Boeing 737 Max 9 aircraft to be temporarily grounded as regulators and Boeing investigate the cause of the incident."),
        ("04", "The order applies to some 171 planes around the world."),
    ]),
    ("c11", "no one was seriously hurt", [
        ("01", "No one was seriously hurt in the incident Friday night aboard Alaska Airlines Flight 1282."),
        ("04", "Remarkably, no one was killed or seriously injured in Friday’s midflight accident, which was partially caught on horrifying video clips by fellow passengers."),
    ]),
    ("c12", "a company source told CNN the mistake was introduced in the manufacturing supply chain", [
        ("04", "A company source told CNN that Boeing believes “the mistake in question” was introduced in the aircraft’s manufacturing supply chain, however it is not immediately clear if Calhoun identified any specific error during the presentation."),
        ("05", "It was unclear whether Calhoun elaborated on the exact nature of the mistake in the meeting, but a company source told CNN that Boeing believes “the mistake in question” was introduced in the plane’s manufacturing supply chain."),
    ]),
    ("c13", "the blowout happened at 16,000 feet", [
        ("02", "The company’s latest incident occurred when a plug door panel, which covers an extra emergency exit that is only operable on planes with the maximum capacity, blew out during an Alaska Airlines flight that was at 16,000 feet and climbing to cruising altitude after departing Portland, Oregon, for Ontario, California."),
        ("05", "Calhoun admitted that the incident, in which one of the aircraft’s door plugs detached at 16,000 feet, had left airlines spooked."),
    ]),
    ("c14", "the incident shook Calhoun to the bone", [
        ("03", "Boeing CEO Dave Calhoun says Friday’s Alaska Airlines incident involving a Boeing 737 Max 9’s door separating from the plane mid-air “shook me to the bone.”"),
        ("05", "“Moments like this shake them to the bone, just like it shook me,” he said."),
    ]),
    ("c15", "the flight was bound from Portland, Oregon for Ontario, California", [
        ("01", "The plane, carrying 174 passengers and six crew members and bound for Ontario, California, was forced to make an emergency landing back in Portland."),
        ("02", "The company’s latest incident occurred when a plug door panel, which covers an extra emergency exit that is only operable on planes with the maximum capacity, blew out during an Alaska Airlines flight that was at 16,000 feet and climbing to cruising altitude after departing Portland, Oregon, for Ontario, California."),
    ]),
]
UNIQUE = [
    ("01", "Calhoun said Tuesday that Alaska Airlines' ability to quickly ground its fleet of Max 9s with door plugs \"prevented, potentially, another accident.\"", "Alaska's quick grounding prevented another accident"),
    ("01", "The FAA said Tuesday that \"every Boeing 737-9 Max with a plug door will remain grounded until the FAA finds each can safely return to operation.\"", "FAA: planes stay grounded until each is found safe"),
    ("02", "Boeing CEO 'fought back tears' addressing employees after Alaska Air incident", "Calhoun fought back tears"),
    ("02", "Calhoun fought back tears as he addressed the incident with employees at the 737 factory in Renton, Washington, on Tuesday.", "Calhoun fought back tears"),
    ("02", "CEO Dave Calhoun became emotional during all-hands meeting", "Calhoun fought back tears"),
    ("02", "Calhoun fought back tears as he addressed the incident with employees at the 737 factory in Renton, Washington, on Tuesday.", "at the Renton, Washington factory"),
    ("04", "Boeing’s stock has shed some 8% on Monday as investors grow concerned about more damage to its business.", "Boeing's stock fell 8% Monday"),
    ("04", "Calhoun in the meeting praised the crew of the Alaska Airlines flight for their handling of the situation, the meeting video showed.", "Calhoun praised the crew"),
    ("05", "“They have confidence in all of us—they do—and they will again.”", "airlines' confidence will return"),
]
EXCLUDED = [
    ("01", "Watch CBS News", "page furniture"),
    ("01", "Boeing CEO acknowledges mistake on Alaska 737", "video title"),
    ("01", "Boeing CEO acknowledges mistake on Alaska Airlines 737 01:49", "video title"),
    ("02", "Boeing CEO Dave Calhoun\n", "photo caption"),
    ("02", "Dave Calhoun, chief executive officer of Boeing Co., speaks during a panel session at the Qatar Economic Forum (QEF) in Doha, Qatar, on Tuesday, May 23, 2023.  (Getty Images  / Getty Images)", "photo caption"),
    ("02", "BOEING'S 737 MAX 9 AIRCRAFT: HERE'S WHAT TO KNOW", "teaser"),
    ("02", "Alaska Boeing 737 MAX 9", "photo caption"),
    ("02", "An Alaska Airlines Boeing 737 Max 9 plane sits at a gate at Seattle-Tacoma International Airport on Jan. 6, 2024, in Seattle, Washington. ((Photo by Stephen Brashear/Getty Images) / Getty Images)", "photo caption"),
    ("02", "Ticker Security Last Change Change %\nBA THE BOEING CO. 169.90 -1.97 -1.15%\n\nBoeing Co.", "stock ticker"),
    ("02", "FAA PROBING WHETHER BOEING FAILED TO ENSURE PLANES WERE SAFE TO OPERATE", "teaser"),
    ("03", "An Alaska Airlines Boeing 737 Max 9 aircraft awaits inspection outside the airline's hangar at Seattle-Tacoma International Airport on Jan. 10, 2024. On a Jan. 5 Alaska Airlines flight, a panel used to plug an area reserved for an exit door blew open midair, forcing it to return to Portland, Oregon.\nAn Alaska Airlines Boeing 737 Max 9 aircraft awaits inspection outside the airline's hangar at Seattle-Tacoma International Airport on Jan. 10, 2024. On a Jan. 5 Alaska Airlines flight, a panel used to plug an area reserved for an exit door blew open midair, forcing it to return to Portland, Oregon.", "photo caption, printed twice"),
    ("04", "In This Article:", "page furniture"),
    ("04", "NYSE - Delayed Quote USD\n205.82\n-\n(-0.20%)\nAt close: May 16 at 4:00:02 PM EDT", "stock quote"),
    ("05", "Read it at The Wall Street JournalTravel\nBoeing CEO Admits ‘Our Mistake’ After Alaska Airlines Flight Blowout\nMEA CULPA\nDavid Calhoun told staff that the company is working with regulators to ensure the Alaska Airlines incident won’t be repeated\nTrending Now", "trailing teaser block"),
]
CLAIMS_NOTES = "Members are whole sentences (headlines count). c1 joins the reports that he acknowledged a mistake with the sentences quoting 'acknowledging our mistake' (one fact). 03's 'shook me to the bone' and 05's 'shake them to the bone, just like it shook me' are joined (c14). Not joined: 01's 174 passengers and six crew vs 04's 177 people (the same count put differently, left as separate details). The photo caption in 03 (which states the blowout) is boilerplate."

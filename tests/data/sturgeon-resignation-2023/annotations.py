# Gold annotations for sturgeon-resignation-2023; build with: python3 scripts/gold/build_gold.py tests/data/sturgeon-resignation-2023
EVENT = "Nicola Sturgeon announces her resignation as Scotland's first minister, Bute House, 15 February 2023"
FILES = {
    "01": "01_bbc-olisa.txt",
    "02": "02_stylist.txt",
    "03": "03_glasgowtimes.txt",
    "04": "04_thetimes.txt",
}
SPEAKERS = {
    "sturgeon": dict(speaker="Nicola Sturgeon",
                     keys=["nicola sturgeon", "sturgeon", "ms sturgeon", "the first minister", "first minister",
                           "the scottish national party leader", "the leader of the scottish national party",
                           "the snp leader", "the glasgow southside msp"],
                     reject=["alex salmond", "salmond", "glasgow times", "bbc", "stylist"]),
}
S = "sturgeon"
GROUPS = [
    ("q_head_heart", S, "In my head and in my heart I know that time is now", [
        ("01", "in my head and in my heart"),
        ("01", "In my head and in my heart I know that time is now. That it is right for me, for my party and for the country."),
        ("02", "In my head and in my heart I know that time is now."),
        ("03", "In my head and in my heart I know that time is now."),
        ("04", "head and heart"),
        ("04", "In my head and in my heart I know that time is now, that it is right for me, for my party and for the country,"),
    ]),
    ("q_serving_well", S, "part of serving well would be to know, almost instinctively, when the time is right to make way for someone else", [
        ("01", "Since the very first moment in the job, I have believed that part of serving well would be to know, almost instinctively, when the time is right to make way for someone else."),
        ("02", "Since my very first moments in the job, I have believed the part of serving well would be to know, almost instinctively, when the time is right to make way for someone else,"),
        ("03", "Part of serving well would be to know, almost instinctively, when the time is right to go."),
        ("04", "part of serving well"),
    ]),
    ("q_courage", S, "And when that time came, to have the courage to do so", [
        ("01", "And when that time came, to have the courage to do so, even if to many across the country, and in my party, might feel it too soon."),
    ]),
    ("q_announcing", S, "today I am announcing my intention to step down as first minister and leader of my party", [
        ("01", "And so today I am announcing my intention to step down as first minister and leader of my party."),
        ("03", "My intention to step down as First Minister and leader of my party."),
    ]),
    ("q_privilege", S, "a privilege beyond measure", [
        ("01", "a privilege beyond measure"),
    ]),
    ("q_proud", S, "I'm proud to stand here as the first female and the longest-serving first minister", [
        ("03", "I'm proud to stand here as the first female and the longest-serving first minister."),
    ]),
    ("q_duty_love", S, "place of duty and love", [
        ("02", "place of duty and love"),
    ]),
    ("q_not_reaction", S, "this decision is not a reaction to short-term pressures", [
        # 02 prints this and the next two sentences (q_deeper, q_wrestling) as one quotation
        ("02", "While it will be tempting to see it as such, this decision is not a reaction to short-term pressures. This decision comes from a deeper and longer-term assessment. It might seem sudden, but I have been wrestling with it, albeit with oscillating levels of intensity, for some weeks."),
        ("03", "This decision is not a reaction to short-term pressures."),
    ]),
    ("q_deeper", S, "This decision comes from a deeper and longer-term assessment", [
        ("03", "deeper and longer-term"),
    ]),
    ("q_wrestling", S, "I have been wrestling with it ... for some weeks", [
        ("03", "wrestling", OPT),  # one quoted word
    ]),
    ("q_choppy", S, "When it comes to navigating choppy waters ... I have plenty of experience to draw on", [
        ("03", "When it comes to navigating choppy waters ... I have plenty of experience to draw on."),
    ]),
    ("q_resilience", S, "If this were a question of resilience I wouldn't be standing here", [
        ("03", "If this were a question of resilience I wouldn't be standing here."),  # opened mid-paragraph, never closed
    ]),
    ("q_two_questions", S, "Is carrying on right for me and is me carrying on right for the country", [
        ("03", "Trying to answer two questions: Is carrying on right for me and is me carrying on right for the country, my party and the independence cause"),
    ]),
    ("q_conclusion", S, "I've reached the difficult conclusion it's not.", [
        ("03", "I've reached the difficult conclusion it's not."),
    ]),
    ("q_tone", S, "tone and tenor", [
        ("03", "tone and tenor"),
    ]),
    ("q_fixed_opinions", S, "Fixed opinions people have about me are being used as barriers to reasoned debate", [
        ("03", "Fixed opinions people have about me are being used as barriers to reasoned debate."),
    ]),
    ("q_issues", S, "Issues that are controversial end up irrationally so", [
        ("03", "Issues that are controversial end up irrationally so, and presented through the prism of what I think and people think about me."),
    ]),
    ("q_not_leaving", S, "not leaving politics", [
        ("03", "not leaving politics"),
    ]),
    ("q_changed_country", S, "Scotland is a changed country since 2014", [
        ("03", "Scotland is a changed country since 2014, in so many ways for the better."),
    ]),
]
RELATED_GROUPS = [["q_not_reaction", "q_deeper", "q_wrestling"], ["q_head_heart", "q_serving_well"]]
EXTRA = {
    "negative_pairs_note": "One speaker, many sentences of one speech with shared words ('time', 'right', 'party', 'decision'): q_head_heart, q_serving_well, q_courage and q_announcing are consecutive sentences; q_not_reaction, q_deeper and q_wrestling are consecutive (02 prints them as one quotation, hence related). q_head_heart and q_serving_well are related because 01 and 02 print them next to each other and engines may cut across.",
    "quote_structure": "03 (Glasgow Times) prints its faults as published: a quotation that closes and reopens in mid-paragraph ('... draw on. \"If this were ...', never closed), quotations split over paragraphs with straight marks, and 'Glasgow Times:' image placeholders; 01 prints the speech over four paragraphs with an opening mark at each; 04 quotes 'head and heart' in its first sentence.",
    "speaker_note": "Every quotation is Sturgeon's; most are attributed with 'she said' / 'She added:' (pronoun attribution), 01 and 04 by role ('The Scottish National Party leader', 'The first minister').",
    "unique_facts": {
        "01_bbc-olisa.txt": ["longest-serving and first woman first minister", "'a privilege beyond measure'"],
        "02_stylist.txt": ["'a place of duty and love'", "wrestling with it 'albeit with oscillating levels of intensity'"],
        "03_glasgowtimes.txt": ["tone and tenor of political discourse", "not leaving politics; independence", "First Minister since 2014 after Alex Salmond"],
        "04_thetimes.txt": ["appeared to fight back tears", "Sturgeon is 52"],
    },
    "boilerplate": {"03_glasgowtimes.txt": ["'Glasgow Times:' image placeholder lines"]},
    "truncation": "Each file is the stored page excerpt; the last, cut paragraph of 03 and 04 was left out (04 keeps only its first three paragraphs).",
}

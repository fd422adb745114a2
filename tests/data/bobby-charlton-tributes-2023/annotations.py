# Gold annotations for bobby-charlton-tributes-2023; build with: python3 scripts/gold/build_gold.py tests/data/bobby-charlton-tributes-2023
EVENT = "Death of Sir Bobby Charlton: statements and tributes (21 October 2023)"
FILES = {
    "01": "01_flashscore.txt",
    "02": "02_reuters-tnp.txt",
    "03": "03_sun-sportlife.txt",
    "04": "04_hellorayo.txt",
}
OTHERS = ["hurst", "beckham", "rooney", "ten hag", "southgate", "william", "prince", "family", "manchester united", "the club"]
def sp(name, keys):
    return dict(speaker=name, keys=keys, reject=[r for r in OTHERS if not any(r in k or k in r for k in keys)])
SPEAKERS = {
    "hurst": sp("Sir Geoff Hurst", ["sir geoff hurst", "geoff hurst", "hurst", "sir geoff", "the 81-year-old"]),
    "united": sp("Manchester United", ["manchester united", "man united", "the club", "the premier league club",
                                       "club statement", "the red devils"]),
    "family": sp("the Charlton family", ["family", "the charlton family", "his family", "charlton family"]),
    "william": sp("Prince William", ["prince william", "william", "prince of wales", "the prince"]),
    "tenhag": sp("Erik ten Hag", ["erik ten hag", "ten hag"]),
    "beckham": sp("David Beckham", ["david beckham", "beckham"]),
    "rooney": sp("Wayne Rooney", ["wayne rooney", "rooney", "the former striker"]),
    "southgate": sp("Gareth Southgate", ["gareth southgate", "southgate"]),
    "unknown": dict(speaker="(not named in the texts)", keys=[], reject=[]),
}
GROUPS = [
    # Hurst's post on X: one short post cut four ways (sentences split differently by each outlet), one group
    ("q_hurst", "hurst", "Very sad news today, one of the true greats Sir Bobby Charlton has passed away. We will never forget him ... A great colleague and friend, he will be sorely missed", [
        ("01", "Very sad news today. We will never forget him and nor will all of football. A great colleague and friend."),
        ("01", "He will be sorely missed by all of the country beyond sport alone."),
        ("02", "great colleague and friend"),
        ("02", "Very sad news today, (one) of the true greats Sir Bobby Charlton has passed away,"),
        ("02", "We will never forget him and nor will all of football. He will be sorely missed by all of the country beyond sport alone."),
        ("03", "Very sad news today 1 of the true Greats Sir Bobby Charlton has passed away. We will never forget him & nor will all of football"),
        ("03", "A great colleague & friend he will be sorely missed by all of the country beyond sport alone. Condolences to his family & friends from Geoff and Judith."),
    ]),
    ("q_united_hero", "united", "Sir Bobby was a hero to millions, not just in Manchester, or the United Kingdom", [
        ("01", "Sir Bobby was a hero to millions, not just in Manchester, or the United Kingdom, but wherever football is played around the world."),
    ]),
    ("q_united_admired", "united", "He was admired as much for his sportsmanship and integrity ... a giant of the game", [
        ("01", "He was admired as much for his sportsmanship and integrity as he was for his outstanding qualities as a footballer; Sir Bobby will always be remembered as a giant of the game."),
    ]),
    ("q_united_mourning", "united", "Manchester United are in mourning following the passing of Sir Bobby Charlton", [
        ("04", "Manchester United are in mourning following the passing of Sir Bobby Charlton, one of the greatest and most beloved players in the history of our club,"),
    ]),
    ("q_family_sadness", "family", "It is with great sadness that we share the news that Sir Bobby passed peacefully", [
        ("03", "passed away peacefully"),
        ("03", "It is with great sadness that we share the news that Sir Bobby passed peacefully in the early hours of Saturday morning."),
        ("04", "It is with great sadness that we share the news that Sir Bobby passed peacefully in the early hours of Saturday morning. He was surrounded by his family."),
    ]),
    ("q_family_thanks", "family", "His family would like to pass on their thanks to everyone who has contributed to his care", [
        ("03", "He was surrounded by his family. His family would like to pass on their thanks to everyone who has contributed to his care and for the many people who have loved and supported him."),
        ("04", "His family would like to pass on their thanks to everyone who has contributed to his care and for the many people who have loved and supported him."),
    ]),
    ("q_family_privacy", "family", "We would request that the family's privacy be respected at this time.", [
        ("03", "We would request that the family’s privacy be respected at this time."),
        ("04", "We would request that the family's privacy be respected at this time."),
    ]),
    ("q_william_titles", "william", "Sir Bobby Charlton. First Division Champion. European Champion. World Champion. Gentleman. Legend.", [
        ("03", "legend and gentleman"),
        ("03", "Sir Bobby Charlton. First Division Champion. European Champion. World Champion. Gentleman. Legend."),
    ]),
    ("q_william_true_great", "william", "A true great who will be remembered forever. Thank you Sir Bobby.", [
        ("01", "Remembered forever"),  # headline
        ("03", "true great", 0),
        ("03", "A true great who will be remembered forever. Thank you Sir Bobby. W."),
    ]),
    ("q_tenhag_legend", "tenhag", "A legend, a giant passing away - his achievements are so immense and huge", [
        ("01", "A legend, a giant passing away - his achievements are so immense and huge. Global, not only England, what he achieved is incredible."),
    ]),
    ("q_tenhag_games", "tenhag", "All the games, his titles, his trophies ... an example for all of us", [
        ("01", "All the games, his titles, his trophies, the contribution he had with his goals. A big personality and an example for all of us - as a footballer and also in society and worldwide."),
    ]),
    ("q_beckham_began", "beckham", "It all began with Sir Bobby, the reason I had the opportunity to play for Manchester United", [
        ("01", "Sir Bobby was the reason I had the opportunity to play for Manchester United."),
        ("02", "It all began with Sir Bobby, the reason I had the opportunity to play for Manchester United,"),
    ]),
    ("q_beckham_owe", "beckham", "I owe everything to Sir Bobby.", [
        ("01", "I owe everything to Sir Bobby."),
    ]),
    ("q_beckham_grateful", "beckham", "I will be forever grateful to a man I was named after", [
        ("02", "I will be forever grateful to a man I was named after, someone I looked up to and was a hero to many around the world, not just in Manchester and our country where he won the World Cup in 1966."),
    ]),
    ("q_beckham_gentleman", "beckham", "A true gentleman, family man and truly a national hero", [
        ("02", "A true gentleman, family man and truly a national hero... Today isn’t just a sad day for Manchester United and England, it’s a sad day for football and everything that Sir Bobby represented."),
    ]),
    ("q_rooney_life", "rooney", "Winning the World Cup in '66 and the European Cup in '68 ... he's had a great life", [
        ("01", "Winning the World Cup in '66 and the European Cup in '68 after what he'd been through with the Munich disaster - he's had a great life."),
    ]),
    ("q_rooney_great", "rooney", "He's a great, an absolute legend of the game.", [
        ("01", "He's a great, an absolute legend of the game."),
    ]),
    ("q_rooney_loss", "rooney", "He's a huge loss to football and a huge loss to his family", [
        ("01", "He's a huge loss to football and a huge loss to his family, more importantly. He'll be greatly missed."),
    ]),
    ("q_rooney_shock", "rooney", "still in shock", [
        ("02", "still in shock"),
    ]),
    ("q_rooney_always", "rooney", "Sir Bobby was always great with me", [
        ("02", "Sir Bobby was always great with me. We had conversations not just about football but about life,"),
    ]),
    ("q_southgate", "southgate", "The privilege of meeting him on several occasions", [
        ("01", "The privilege of meeting him on several occasions allowed me to understand his personal pride and emotion in having represented England, and simply confirmed in my mind his standing as one of the gentlemen of the game."),
    ]),
    ("q_greatest_player", "unknown", "English football's greatest player", [
        ("04", "English football's greatest player"),  # headline; the speaker is not in the excerpt
    ]),
    ("q_gentleman_word", "unknown", "gentleman", [
        ("01", "gentleman", OPT),  # 'described by many as the game's "gentleman"': a scare-quoted word
    ]),
]
RELATED_GROUPS = [["q_family_sadness", "q_family_thanks"], ["q_william_titles", "q_william_true_great"],
                  ["q_united_hero", "q_united_admired"]]
EXTRA = {
    "negative_pairs_note": "Eight speakers paying tribute in similar words ('legend', 'gentleman', 'great', 'hero'): Rooney's 'He's a great, an absolute legend', Ten Hag's 'A legend, a giant', William's 'Gentleman. Legend.' and Beckham's 'A true gentleman' are different utterances of different people; merging them is a precision error. q_hurst is one short post on X that every outlet cuts at different sentence boundaries, so it is one group.",
    "quote_structure": "01 attributes by a name and a colon before each quotation ('Sir Geoff Hurst: \"...'), with quotations over several paragraphs and one never closed (Manchester United's); 02 uses a noun-phrase apposition ('the 81-year-old, the only surviving member of Alf Ramsey's heroes, wrote on X') and 'said the former striker'; 03 breaks quotations with 'Read more on football' / 'Most read in Football' lines; 04 mixes straight marks and a two-paragraph statement.",
    "unique_facts": {
        "01_flashscore.txt": ["Ten Hag's and Southgate's tributes", "Beckham: 'I owe everything to Sir Bobby'"],
        "02_reuters-tnp.txt": ["Hurst's hat-trick in the 1966 final", "Beckham's full name David Robert Joseph", "Rooney overtook Charlton as United's leading scorer; now Birmingham manager"],
        "03_sun-sportlife.txt": ["three-year battle with dementia", "William is FA president, posted on his and Kate's account"],
        "04_hellorayo.txt": ["floral tributes at Old Trafford", "758 matches, 249 goals; records overtaken by Giggs and Rooney", "born in Ashington 1937; brother Jack", "knighted in 1994"],
    },
    "boilerplate": {
        "02_reuters-tnp.txt": ["opening photo caption"],
        "03_sun-sportlife.txt": ["'Read more on football'", "'Most read in Football'"],
        "04_hellorayo.txt": ["standfirst and 'Last updated' line"],
    },
    "truncation": "Each file is the stored page excerpt; its last, cut paragraph was left out (01 therefore ends inside Southgate's unclosed quotation, and 04 before the rest of United's statement).",
}

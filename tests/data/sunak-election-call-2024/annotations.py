# Gold annotations for sunak-election-call-2024; build with: python3 scripts/gold/build_gold.py tests/data/sunak-election-call-2024
EVENT = "Rishi Sunak calls a general election for 4 July, and Keir Starmer's reply (22 May 2024)"
FILES = {
    "01": "01_sky-yahoo.txt",
    "02": "02_pa-careappointments.txt",
    "03": "03_metro-ru24.txt",
    "04": "04_sky-webnewsweekly.txt",
}
SPEAKERS = {
    "sunak": dict(speaker="Rishi Sunak",
                  keys=["rishi sunak", "sunak", "mr sunak", "the prime minister", "prime minister", "the pm"],
                  reject=["starmer", "keir", "labour leader", "labour", "king"]),
    "starmer": dict(speaker="Keir Starmer",
                    keys=["keir starmer", "sir keir starmer", "starmer", "sir keir", "keir",
                          "the labour leader", "labour leader"],
                    reject=["sunak", "prime minister", "the pm", "metro"]),
}
GROUPS = [
    # --- Sunak
    ("s_moment", "sunak", "Now is the moment for Britain to choose its future", [
        ("01", "now is the moment for Britain to choose its future", 0),  # headline
        ("01", "now is the moment for Britain to choose its future", 1),
        ("01", "Now is the moment for Britain to choose its future and to decide whether we want to build on the progress we have made or risk going back to square one. With no plan and no certainty."),
    ]),
    ("s_how_who", "sunak", "The question now is how and who do you trust to turn that foundation into a secure future", [
        ("01", "The question now is how and who do you trust to turn that foundation into a secure future for you, your family and our country?"),
    ]),
    ("s_king", "sunak", "The King has granted this request and we will have a general election on the 4th of July", [
        ("01", "The King has granted this request and we will have a general election on the 4th of July"),
        ("04", "The King has granted this request and we will have a general election on the 4th of July"),
    ]),
    ("s_proof", "sunak", "proof that the plan and priorities I set out are working", [
        ("01", "proof that the plan and priorities I set out are working"),
    ]),
    ("s_stability", "sunak", "this hard-earned economic stability was only ever meant to be the beginning", [
        ("01", "this hard-earned economic stability was only ever meant to be the beginning"),
    ]),
    ("s_future_hung", "sunak", "the future hung in the balance", [
        ("01", "the future hung in the balance"),
    ]),
    ("s_bedrock", "sunak", "the bedrock of any future success", [
        ("01", "the bedrock of any future success"),
    ]),
    ("s_uncertain", "sunak", "uncertain", [
        ("02", "uncertain", 0, OPT),  # one scare-quoted word
    ]),
    ("s_fight", "sunak", "fight for every vote", [
        ("02", "fight for every vote"),
    ]),
    ("s_dangerous", "sunak", "the world is more dangerous than it has been since the end of the Cold War", [
        ("02", "This election will take place at time when the world is more dangerous than it has been since the end of the Cold War."),
    ]),
    ("s_dominate", "sunak", "dominate the 21st century", [
        ("02", "dominate the 21st century"),
    ]),
    ("s_weaponised", "sunak", "being weaponised by hostile states to threaten the integrity of our borders", [
        ("02", "being weaponised by hostile states to threaten the integrity of our borders"),
    ]),
    ("s_uncertain_times", "sunak", "These uncertain times call for a clear plan and bold action", [
        ("02", "These uncertain times call for a clear plan and bold action to chart a course to a secure future,"),
    ]),
    ("s_choose_plan", "sunak", "You must choose in this election who has that plan.", [
        ("02", "You must choose in this election who has that plan."),
    ]),
    ("s_normal", "sunak", "back to normal", [
        ("02", "back to normal"),
    ]),
    ("s_pressure", "sunak", "the pressure on prices will ease and mortgage rates will come down", [
        ("02", "the pressure on prices will ease and mortgage rates will come down"),
    ]),
    ("s_easy_way", "sunak", "time and time again that he will take the easy way out and do anything to get power", [
        ("04", "time and time again that he will take the easy way out and do anything to get power"),
    ]),
    # --- Starmer
    ("k_stop_chaos", "starmer", "together we can stop the chaos, turn the page and start to rebuild Britain", [
        ("02", "Together we can stop the chaos, we can turn the page, we can start to rebuild Britain."),
        ("03", "stop the chaos", 0),  # headline
        ("03", "stop chaos and start to rebuild Britain"),
        ("03", "On the fourth of July, you have the choice, together we can stop the chaos, turn the page and start to rebuild Britain."),
    ]),
    ("k_moment", "starmer", "a moment the country needs and has been waiting for", [
        ("03", "Tonight, the Prime Minister has finally announced the next General Election, a moment the country needs and has been waiting for and where, by the force of our democracy, power returns to you."),
        ("04", "moment country has been waiting for"),  # headline
        ("04", "moment the country needs and has been waiting for"),
    ]),
    ("k_opportunity", "starmer", "It will feel like a long campaign ... that opportunity for change is what this election is about", [
        ("03", "A chance to change for the better your future, your community, your country. It will feel like a long campaign, I am sure of that, but no matter what else is said and done, that opportunity for change is what this election is about…"),
        ("04", "opportunity for change", 0),
        ("04", "It will feel like a long campaign… but no matter what else is said and done, that opportunity for change is what this election is about."),
    ]),
    ("k_look_around", "starmer", "Look around our country. The sewage in our rivers.", [
        ("03", "Look around our country. The sewage in our rivers. People waiting on trolleys in A&E. Crime virtually unpunished."),
    ]),
    ("k_mortgages", "starmer", "Mortgages and food prices – through the roof ... a direct result of the Tory chaos in Westminster", [
        ("03", "Mortgages and food prices – through the roof. It’s all – every bit of it – a direct result of the Tory chaos in Westminster."),
    ]),
    ("k_crumbling", "starmer", "crumbling", [
        ("03", "crumbling", OPT),  # one scare-quoted word
    ]),
    ("k_14_years", "starmer", "14 years under the Tories", [
        ("03", "14 years under the Tories"),  # opened with ’ in the original
    ]),
    ("k_time_for_change", "starmer", "It is time for change.", [
        ("04", "time for change", 0),  # headline
        ("04", "It is time for change."),
    ]),
    ("k_first_steps", "starmer", "first steps", [
        ("04", "first steps", OPT),  # name of a programme in scare quotes
    ]),
    ("k_changed_party", "starmer", "we have changed the Labour Party", [
        ("04", "we have changed the Labour Party"),
    ]),
    ("k_returned", "starmer", "returned it once more to the service of working people", [
        ("04", "returned it once more to the service of working people."),
    ]),
    ("k_humbly", "starmer", "All we ask now – humbly – is to do exactly the same for our country", [
        ("04", "All we ask now – humbly – is to do exactly the same for our country and return Britain to the service of working people."),
    ]),
]
EXTRA = {
    "negative_pairs_note": "Two speakers with overlapping vocabulary: Sunak's 'now is the moment for Britain to choose its future' and 'The question now is ...' vs Starmer's 'a moment the country needs'; Sunak's 'uncertain times' vs Starmer's 'time for change'. Merging across speakers is a precision error. k_returned and k_humbly share 'service of working people' but are different sentences.",
    "quote_structure": "03 (Metro) uses single curly marks throughout, prints Starmer's speech over five paragraphs (an opening mark at each), and opens '14 years under the Tories' with a right single mark (’14). 01 and 04 quote in their headlines with single marks. 04 splits a quotation with a teaser line.",
    "indirect": [
        {"file": "02_pa-careappointments.txt", "text": "saying Sir Keir Starmer could not be trusted to lead the country", "paraphrases_group": None},
        {"file": "01_sky-yahoo.txt", "text": "the prime minister said he had met with the King to request the dissolution of parliament", "paraphrases_group": None},
    ],
    "unique_facts": {
        "01_sky-yahoo.txt": ["'now is the moment ...' full sentence", "he served the country while 'the future hung in the balance'", "economic stability 'the bedrock of any future success'"],
        "02_pa-careappointments.txt": ["world more dangerous than since the Cold War; Putin, Middle East, China, migration", "July election earlier than expected", "CPI 3.2% in March", "interest rates are a matter for the Bank of England"],
        "03_metro-ru24.txt": ["sewage, trolleys in A&E, crime, mortgages", "six-week campaign"],
        "04_sky-webnewsweekly.txt": ["six 'first steps' reiterated", "'we have changed the Labour Party'", "Sunak: Starmer takes the easy way out"],
    },
    "boilerplate": {
        "01_sky-yahoo.txt": ["'Follow the latest politics news live' teaser"],
        "03_metro-ru24.txt": ["three-line newsletter sign-up block"],
        "04_sky-webnewsweekly.txt": ["'General election latest' teaser", "'More on Conservatives'", "video player lines"],
    },
    "truncation": "Each file is the stored page excerpt; its last, cut paragraph was left out.",
}

CLAIMS = [
    ("c1", "Sunak called a general election for 4 July", [
        ("01", "General election called for 4 July, as Rishi Sunak says 'now is the moment for Britain to choose its future'"),
        ("01", "Rishi Sunak has called a general election for 4 July, saying \"now is the moment for Britain to choose its future\"."),
        ("02", "Rain-soaked Sunak announces July 4 General Election as he takes aim at Starmer"),
        ("02", "Rishi Sunak fired the starting gun for a July 4 General Election, saying Sir Keir Starmer could not be trusted to lead the country through “uncertain” times."),
        ("03", "Sir Keir Starmer has given a speech after the announcement of a general election on July 4, promising to ‘stop chaos and start to rebuild Britain’."),
        ("03", "Starmer’s remarks came on the tail of Rishi Sunak’s earlier announcement of a July 4 general election."),
        ("04", "Sir Keir’s words came moments after Mr Sunak ended months of speculation about the timing of the general election and confirmed it would take place on 4 July."),
        ("03", "‘On the fourth of July, you have the choice, together we can stop the chaos, turn the page and start to rebuild Britain.’"),
        ("04", "Sir Keir Starmer has said the “opportunity for change” will define the general election on 4 July."),
        # The King-granted quotation states two facts: the dissolution (c4) and the 4 July date.
        ("01", "\"The King has granted this request and we will have a general election on the 4th of July\", Mr Sunak said."),
        ("04", "“The King has granted this request and we will have a general election on the 4th of July”, he said."),
    ]),
    ("c2", "Sunak spoke outside Downing Street in the (pouring) rain", [
        ("01", "In a statement outside Downing Street delivered in the pouring rain, the prime minister said he had met with the King to request the dissolution of parliament."),
        ("02", "A sodden Mr Sunak (pictured) had to battle both the rain and the sounds of New Labour anthem Things Can Only Get Better being blasted from beyond the Downing Street gates, as he said he would “fight for every vote” as he attempts to overturn a 20-point opinion poll deficit."),
        ("03", "Outside a rainy Downing Street this evening, the prime minister talked over a speaker loudly playing Labour’s 1997 election anthem Things Can Only Get Better to describe his priorities ahead of a six-week campaign."),
        ("04", "In a statement outside Downing Street in the pouring rain, the prime minister said he had met with the King to request the dissolution of parliament."),
    ]),
    ("c3", "Labour's anthem Things Can Only Get Better was played during his speech", [
        ("01", "Mr Sunak had to contend with the rain and New Labour anthem Things Can Only Get Better being played from beyond the gates to Downing Street as he delivered his speech."),
        ("02", "A sodden Mr Sunak (pictured) had to battle both the rain and the sounds of New Labour anthem Things Can Only Get Better being blasted from beyond the Downing Street gates, as he said he would “fight for every vote” as he attempts to overturn a 20-point opinion poll deficit."),
        ("03", "Outside a rainy Downing Street this evening, the prime minister talked over a speaker loudly playing Labour’s 1997 election anthem Things Can Only Get Better to describe his priorities ahead of a six-week campaign."),
    ]),
    ("c4", "he had asked the King to dissolve parliament, and the King granted it", [
        ("01", "In a statement outside Downing Street delivered in the pouring rain, the prime minister said he had met with the King to request the dissolution of parliament."),
        ("01", "\"The King has granted this request and we will have a general election on the 4th of July\", Mr Sunak said."),
        ("04", "In a statement outside Downing Street in the pouring rain, the prime minister said he had met with the King to request the dissolution of parliament."),
        ("04", "“The King has granted this request and we will have a general election on the 4th of July”, he said."),
    ]),
    ("c5", "Labour lead by about 20 points in the polls", [
        ("01", "The surprise move is a huge electoral gamble given Labour are ahead by about 20 points in the polls."),
        ("02", "A sodden Mr Sunak (pictured) had to battle both the rain and the sounds of New Labour anthem Things Can Only Get Better being blasted from beyond the Downing Street gates, as he said he would “fight for every vote” as he attempts to overturn a 20-point opinion poll deficit."),
    ]),
    ("c6", "inflation fell to 2.3% in April", [
        ("01", "It comes after official figures showed inflation had come down to 2.3% in April."),
        ("02", "Mr Sunak’s announcement came after the Office for National Statistics said Consumer Prices Index (CPI) inflation slowed to 2.3% in April, down from 3.2% in March."),
    ]),
    ("c7", "Starmer: together we can stop the chaos, turn the page, rebuild Britain", [
        ("02", "In response, Labour leader Sir Keir Starmer told voters: “Together we can stop the chaos, we can turn the page, we can start to rebuild Britain.”"),
        ("03", "Keir says Labour will ‘stop the chaos’ in speech after General Election date set"),
        ("03", "Sir Keir Starmer has given a speech after the announcement of a general election on July 4, promising to ‘stop chaos and start to rebuild Britain’."),
        ("03", "‘On the fourth of July, you have the choice, together we can stop the chaos, turn the page and start to rebuild Britain.’"),
    ]),
    ("c8", "Starmer: the election is a moment the country needs and has been waiting for", [
        ("03", "He said: ‘Tonight, the Prime Minister has finally announced the next General Election, a moment the country needs and has been waiting for and where, by the force of our democracy, power returns to you."),
        ("04", "Starmer says election is ‘moment country has been waiting for’ as he declares ‘time for change’"),
        ("04", "The Labour leader said Rishi Sunak’s announcement was the “moment the country needs and has been waiting for”."),
    ]),
    ("c9", "Starmer: that opportunity for change is what this election is about", [
        ("03", "It will feel like a long campaign, I am sure of that, but no matter what else is said and done, that opportunity for change is what this election is about…"),
        ("04", "Sir Keir Starmer has said the “opportunity for change” will define the general election on 4 July."),
        ("04", "Speaking in central London, Sir Keir reiterated the six “first steps” for government he outlined last week and added: “It will feel like a long campaign… but no matter what else is said and done, that opportunity for change is what this election is about.”"),
    ]),
    ("c10", "Sunak attacked Starmer as not to be trusted", [
        ("02", "Rishi Sunak fired the starting gun for a July 4 General Election, saying Sir Keir Starmer could not be trusted to lead the country through “uncertain” times."),
        ("04", "The prime minister took aim at Sir Keir – who, according to polls, is on course to succeed him in Downing Street – saying he has shown “time and time again that he will take the easy way out and do anything to get power”."),
    ]),
    ("c11", "Sunak put the economy and global security threats at the centre of his pitch", [
        ("01", "Putting the economy and global security threats at the centre of his pitch to voters, the prime minister started by harking back to his days as chancellor during the pandemic, saying he served the country while \"the future hung in the balance\"."),
        ("02", "The Prime Minister made the economy and combating the global security threats facing the UK the key elements of his pitch to the nation as he announced the election date."),
    ]),
]
UNIQUE = [
    ("01", "Mr Sunak said this is \"proof that the plan and priorities I set out are working\".", "falling inflation is proof the plan is working"),
    ("02", "A July election is earlier than many in Westminster had expected, with a contest in October or November widely thought to have been more likely.", "July is earlier than expected"),
    ("02", "Mr Sunak said: “This election will take place at time when the world is more dangerous than it has been since the end of the Cold War.”", "world more dangerous than since the Cold War"),
    ("02", "He said that inflation was now “back to normal”, meaning “the pressure on prices will ease and mortgage rates will come down” – although interest rates are actually a matter for the independent Bank of England.", "interest rates are for the Bank of England"),
    ("03", "‘Look around our country.", "Starmer: sewage, A&E trolleys, crime"),
    ("04", "He told the watching nation that over the last four years “we have changed the Labour Party” and “returned it once more to the service of working people.”", "Labour changed, returned to the service of working people"),
]
EXCLUDED = [
    ("01", "Follow the latest politics news live - general election confirmed", "teaser"),
    ("03", "Sign up for Metro's politics newsletter", "newsletter block"),
    ("03", "Not sure what's going on in the world of politics? Ask Alright, Gov?, Metro's brand new politics newsletter.", "newsletter block"),
    ("03", "Sign up here for regular updates from Westminster and beyond, exclusive interviews with big names, and easy-to-read breakdowns of how today's headlines will actually affect you.", "newsletter block"),
    ("04", "General election latest: Sunak announces 4 July vote", "teaser"),
    ("04", "More on Conservatives", "page furniture"),
    ("04", "Please use Chrome browser for a more accessible video player", "video player"),
    ("04", "PM announces election", "video title"),
]
CLAIMS_NOTES = "Members are whole sentences (headlines count). c2 and c3 share 02's and 03's rain-and-anthem sentences. Not joined: Sunak's 'now is the moment for Britain to choose its future' (01 only) and Starmer's 'a moment the country needs' (c8)."

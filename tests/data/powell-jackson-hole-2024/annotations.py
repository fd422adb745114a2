# Gold annotations for powell-jackson-hole-2024; build with: python3 scripts/gold/build_gold.py tests/data/powell-jackson-hole-2024
EVENT = "Fed chair Jerome Powell says 'the time has come for policy to adjust' in his Jackson Hole speech (23 August 2024)"
FILES = {
    "01": "01_thehill.txt",
    "02": "02_newser.txt",
    "03": "03_aa-bazaartimes.txt",
    "04": "04_reuters-financetom.txt",
    "05": "05_binance-square.txt",
}
SPEAKERS = {
    "powell": dict(speaker="Jerome Powell",
                   keys=["jerome powell", "powell", "fed chair", "fed chief", "federal reserve chair",
                         "federal reserve chairman", "the fed chief"],
                   reject=["detrick", "wall street journal", "cnbc", "reuters"]),
    "detrick": dict(speaker="Ryan Detrick",
                    keys=["ryan detrick", "detrick", "chief market strategist at carson group"],
                    reject=["powell"]),
}
GROUPS = [
    ("p_time", "powell", "The time has come for policy to adjust.", [
        ("01", "The time has come for policy to adjust,"),
        ("02", "The time has come for policy to adjust."),
        ("03", "time has come"),
        ("04", "time has come", 0),  # headline, straight single marks
        ("04", "the time has come"),
        # 05 prints a translation of this sentence and the next (p_direction) as one quotation
        ("05", "The time has come to adjust monetary policy. The direction is clear, and the timing and pace of rate cuts will depend on the data that are available, the evolution of expectations, and the balance of risks."),
    ]),
    ("p_direction", "powell", "The direction of travel is clear, and the timing and pace of rate cuts will depend on incoming data, the evolving outlook, and the balance of risks.", [
        ("01", "The direction of travel is clear, and the timing and pace of rate cuts will depend on incoming data, the evolving outlook, and the balance of risks,"),
        ("02", "The direction of travel is clear, and the timing and pace of rate cuts will depend on incoming data, the evolving outlook, and the balance of risks,"),
        ("03", "The direction of travel is clear, and the timing and pace of rate cuts will depend on incoming data, the evolving outlook, and the balance of risks,"),
    ]),
    ("p_risks", "powell", "Overall, the economy continues to grow at a solid pace. But the inflation and labor market data show an evolving situation. The upside risks to inflation have diminished. And the downside risks to employment have increased.", [
        ("03", "Overall, the economy continues to grow at a solid pace. But the inflation and labor market data show an evolving situation. The upside risks to inflation have diminished. And the downside risks to employment have increased,"),
        ("04", "the upside risks of inflation have\ndiminished."),  # 'of' for 'to', as published; a line break inside
    ]),
    ("p_welcome", "powell", "We do not seek or welcome further cooling in labor market conditions.", [
        ("02", "We do not seek or welcome further cooling in labor market conditions,"),
        ("04", "We do not see or welcome further weakening in labor market\nconditions,"),  # misquoted ('see', 'weakening'), a line break inside
    ]),
    ("p_everything", "powell", "We will do everything we can to support a strong labor market as we make further progress toward price stability.", [
        ("03", "We will do everything we can to support a strong labor market as we make further progress toward price stability,"),
    ]),
    ("p_dialing", "powell", "With an appropriate dialing back of policy restraint, there is good reason to think that the economy will get back to 2 percent inflation while maintaining a strong labor market.", [
        ("03", "With an appropriate dialing back of policy restraint, there is good reason to think that the economy will get back to 2 percent inflation while maintaining a strong labor market."),
    ]),
    ("p_cooled", "powell", "the labor market has cooled considerably from its formerly overheated state", [
        ("01", "labor market has cooled considerably from its formerly overheated state,"),
    ]),
    ("p_confident", "powell", "My confidence has grown that inflation is on a sustainable path back to 2 percent.", [
        ("05", "I have become more confident that inflation is on a steady path toward the 2% goal,"),  # a translation
    ]),
    ("d_wait", "detrick", "The long wait is over.", [
        ("04", "The long wait is over,"),
    ]),
    ("d_dovish_shift", "detrick", "This was the dovish shift that market participants have been waiting for.", [
        ("04", "This was the\ndovish shift that market participants have been waiting for."),
    ]),
    ("d_dovish_camp", "detrick", "The Fed is clearly turning to the dovish camp ...", [
        ("04", "The Fed is clearly turning to the dovish camp and Powell\nhas made it crystal clear that September will be the start of\nmultiple rate cuts coming the remainder of this year,"),
    ]),
    ("d_financials", "detrick", "Financials are at an all-time high, with a huge surge from regional banks.", [
        ("04", "Financials are at an all-time high, with a huge surge from\nregional banks,"),
    ]),
    ("d_calamity", "detrick", "One would think if a major calamity or a recession were on the horizon, regional banks and financials wouldn't be as strong as they've been.", [
        ("04", "One would think if a major\ncalamity or a recession were on the horizon, regional banks and\nfinancials wouldn't be a strong as they've been."),
    ]),
]
RELATED_GROUPS = [["p_time", "p_direction"], ["p_welcome", "p_everything"], ["d_wait", "d_dovish_shift"],
                  ["d_financials", "d_calamity"]]
EXTRA = {
    "negative_pairs_note": "One speech quoted in different cuts: whole sentences (01, 02, 03), a four-sentence run (03's 'Overall, …' holds the sentence 04 quotes as a misquoted fragment, one group), short fragments ('time has come', 03 and 04), a misquotation ('We do not see or welcome further weakening' for 'We do not seek or welcome further cooling', 04) and a translation back into English (05: 'The time has come to adjust monetary policy. The direction is clear, …', in p_time, related to p_direction; 'I have become more confident …'). A market strategist (Ryan Detrick, 04) speaks about Powell ('Powell has made it crystal clear …'): his quotations are not Powell's.",
    "quote_structure": "04 (Reuters via a portal) is hard-wrapped: a line break every 60 or so characters, inside sentences and quotations, and no blank line between paragraphs; its headline, in a bullet list of '*' lines, quotes with straight single marks ('time has come'). 01 and 03 use curly double marks, 02, 04 and 05 straight ones; 02 and 05 print several quotations in one paragraph.",
    "indirect": [
        {"file": "03_aa-bazaartimes.txt", "text": "adding that the Federal Open Market Committee (FOMC) does not seek or welcome further cooling in labor market conditions", "paraphrases_group": "p_welcome"},
        {"file": "03_aa-bazaartimes.txt", "text": "Powell said his confidence has grown that inflation is on a sustainable path back to 2%", "paraphrases_group": "p_confident"},
        {"file": "05_binance-square.txt", "text": "Federal Reserve Chairman Jerome Powell said it's time to cut the key interest rate", "paraphrases_group": "p_time"},
    ],
    "unique_facts": {
        "01_thehill.txt": ["unemployment 4.3% in July, up from 3.4%", "labor market cooled considerably", "traders: a quarter point, a third expect half a point", "a tone of finality and retrospection"],
        "02_newser.txt": ["Dow up more than 400 points", "inflation still above the 2% target"],
        "03_aa-bazaartimes.txt": ["we will do everything we can to support a strong labor market", "back to 2 percent inflation with appropriate dialing back"],
        "04_reuters-financetom.txt": ["Detrick: the long wait is over; financials at an all-time high", "small caps and regional banks outperformed", "the first cut in over four years", "Workday's revenue beat and buyback"],
    },
    "boilerplate": {
        "01_thehill.txt": ["'The Hill’s Tobias Burns has more here.'"],
        "02_newser.txt": ["'(More Federal Reserve stories.)'"],
        "03_aa-bazaartimes.txt": ["source line"],
        "04_reuters-financetom.txt": ["'*' bullet lines", "'(Updates to market close)'", "byline"],
    },
    "truncation": "Each file is the stored page excerpt (01 is a newsletter item without headline; 02 and 03 are printed without their headlines). 04's last, cut paragraph ('Next week, the data-dependent Fed …') was left out.",
}

CLAIMS = [
    ("c1", "Powell said the time has come to adjust policy / cut rates", [
        ("01", "“The time has come for policy to adjust,” Powell said in a Friday speech from Jackson Hole, Wyo. that looked back over the monetary response to the pandemic."),
        ("02", "The Fed chief gave a highly anticipated speech on Friday and delivered words Wall Street very much wanted to hear: \"The time has come for policy to adjust.\""),
        ("03", "In much-anticipated remarks, US Federal Reserve Chair Jerome Powell on Friday signaled a coming interest rate cut, saying the “time has come” for an adjustment in monetary policy."),
        ("04", "Fed's Powell says 'time has come' to cut interest rates"),
        ("04", "In highly anticipated comments before the Jackson Hole\nEconomic Symposium, Powell said \"the time has come\" to lower the\nFed funds target rate, and \"the upside risks of inflation have\ndiminished.\""),
        ("05", "Fed Chair: It's time to adjust monetary policy"),
        ("05", "Federal Reserve Chairman Jerome Powell said it's time to cut the key interest rate, confirming expectations that officials will start cutting borrowing costs next month and making clear their determination to prevent a further slowdown in the labor market."),
        ("05", "According to the text of his speech at the annual Federal Reserve Bank of Kansas City conference, held in Jackson Hole, Wyoming, Powell said: \"The time has come to adjust monetary policy."),
    ]),
    ("c2", "Powell: the direction is clear; timing and pace of cuts depend on data, outlook and risks", [
        ("01", "“The direction of travel is clear, and the timing and pace of rate cuts will depend on incoming data, the evolving outlook, and the balance of risks,” Powell said."),
        ("02", "\"The direction of travel is clear, and the timing and pace of rate cuts will depend on incoming data, the evolving outlook, and the balance of risks,\" he said."),
        ("03", "“The direction of travel is clear, and the timing and pace of rate cuts will depend on incoming data, the evolving outlook, and the balance of risks,” he told the annual Jackson Hole symposium in the US state of Wyoming."),
        ("05", "The direction is clear, and the timing and pace of rate cuts will depend on the data that are available, the evolution of expectations, and the balance of risks.\""),
    ]),
    ("c3", "Powell: the Fed does not want further cooling (weakening, slowdown) of the labor market", [
        ("02", "\"We do not seek or welcome further cooling in labor market conditions,\" he said, referring to the policy of raising rates to keep inflation in check."),
        ("03", "Powell said his confidence has grown that inflation is on a sustainable path back to 2%, adding that the Federal Open Market Committee (FOMC) does not seek or welcome further cooling in labor market conditions."),
        ("04", "\"We do not see or welcome further weakening in labor market\nconditions,\" Powell added in a speech that appeared to all but\nguarantee a rate cut at next month's policy meeting, which would\nbe the first such cut in over four years."),
        ("05", "Federal Reserve Chairman Jerome Powell said it's time to cut the key interest rate, confirming expectations that officials will start cutting borrowing costs next month and making clear their determination to prevent a further slowdown in the labor market."),
    ]),
    ("c4", "a rate cut is expected at the Fed's September meeting (next month)", [
        ("01", "A majority of interest rate traders expect a quarter percentage point rate cut when the Fed meets again in mid-September, according to the CME Fed Watch prediction algorithm, although around one-third think it could be as much as a half percentage point."),
        ("02", "Translation: The Federal Reserve plans to cut interest rates at its September meeting, reports the Wall Street Journal."),
        ("03", "In much-anticipated remarks, US Federal Reserve Chair Jerome Powell on Friday signaled a coming interest rate cut, saying the “time has come” for an adjustment in monetary policy."),
        ("04", "NEW YORK, Aug 23 (Reuters) - U.S. stocks rallied on\nFriday as dovish remarks from U.S. Federal Reserve Chair Jerome\nPowell solidified expectations that the central bank will cut\nits key policy rate in September."),
        ("04", "\"We do not see or welcome further weakening in labor market\nconditions,\" Powell added in a speech that appeared to all but\nguarantee a rate cut at next month's policy meeting, which would\nbe the first such cut in over four years."),
        ("05", "Federal Reserve Chairman Jerome Powell said it's time to cut the key interest rate, confirming expectations that officials will start cutting borrowing costs next month and making clear their determination to prevent a further slowdown in the labor market."),
    ]),
    ("c5", "stocks rose on Powell's remarks", [
        ("02", "The markets were happy nonetheless: The Dow was up more than 400 points as the Powell's words began circulating."),
        ("04", "NEW YORK, Aug 23 (Reuters) - U.S. stocks rallied on\nFriday as dovish remarks from U.S. Federal Reserve Chair Jerome\nPowell solidified expectations that the central bank will cut\nits key policy rate in September."),
        ("04", "All three major U.S. stock indexes jumped following the\nrelease of Powell's prepared remarks, with megacap growth stocks\nproviding the most muscle."),
    ]),
    ("c6", "Powell gave no indication of how much or how fast the Fed will cut", [
        ("02", "Powell did not, however, provide specifics on how much rates might be cut, notes CNBC."),
        ("05", "While these remarks brought some clarity to the situation in financial markets in the near term, they did not provide much indication of how the Fed will move after its September meeting."),
    ]),
    ("c7", "Powell: the upside risks to inflation have diminished (and downside risks to employment increased)", [
        ("03", "The upside risks to inflation have diminished."),
        ("03", "And the downside risks to employment have increased,” he explained."),
        ("04", "In highly anticipated comments before the Jackson Hole\nEconomic Symposium, Powell said \"the time has come\" to lower the\nFed funds target rate, and \"the upside risks of inflation have\ndiminished.\""),
    ]),
    ("c8", "Powell: his confidence has grown that inflation is on a path back to 2%", [
        ("03", "Powell said his confidence has grown that inflation is on a sustainable path back to 2%, adding that the Federal Open Market Committee (FOMC) does not seek or welcome further cooling in labor market conditions."),
        ("05", "Powell also pointed to recent progress in combating inflation, which has resumed its slowdown in recent months after pausing earlier this year, saying: \"I have become more confident that inflation is on a steady path toward the 2% goal,\" referring to the central bank's inflation target."),
    ]),
    ("c9", "Powell spoke on Friday at the (Kansas City Fed's annual) Jackson Hole symposium in Wyoming, a highly anticipated speech", [
        ("01", "“The time has come for policy to adjust,” Powell said in a Friday speech from Jackson Hole, Wyo. that looked back over the monetary response to the pandemic."),
        ("02", "The Fed chief gave a highly anticipated speech on Friday and delivered words Wall Street very much wanted to hear: \"The time has come for policy to adjust.\""),
        ("03", "“The direction of travel is clear, and the timing and pace of rate cuts will depend on incoming data, the evolving outlook, and the balance of risks,” he told the annual Jackson Hole symposium in the US state of Wyoming."),
        ("04", "In highly anticipated comments before the Jackson Hole\nEconomic Symposium, Powell said \"the time has come\" to lower the\nFed funds target rate, and \"the upside risks of inflation have\ndiminished.\""),
        ("05", "According to the text of his speech at the annual Federal Reserve Bank of Kansas City conference, held in Jackson Hole, Wyoming, Powell said: \"The time has come to adjust monetary policy."),
    ]),
]
UNIQUE = [
    ("01", "Powell noted weaker labor conditions, saying the “labor market has cooled considerably from its formerly overheated state,” though he qualified that unemployment is still low by historical standards.", "labor market cooled considerably"),
    ("01", "The unemployment rate rose to 4.3 percent in July, nearly a full percentage point above last year’s low of 3.4 percent.", "unemployment 4.3% in July"),
    ("01", "Powell’s Friday speech had a tone of finality and retrospection regarding the economic conditions of the post-pandemic years that have baffled many policymakers.", "a tone of finality"),
    ("02", "Inflation has been falling steadily for months, though it still remains above the Fed's target rate of 2%.", "inflation still above 2%"),
    ("03", "“We will do everything we can to support a strong labor market as we make further progress toward price stability,” he said.", "do everything to support a strong labor market"),
    ("03", "“With an appropriate dialing back of policy restraint, there is good reason to think that the economy will get back to 2 percent inflation while maintaining a strong labor market.”", "back to 2 percent inflation"),
    ("04", "\"The long wait is over,\" said Ryan Detrick, chief market\nstrategist at Carson Group in Omaha, Nebraska.", "Detrick: the long wait is over"),
    ("04", "Small caps and regional banks handily outperformed\nthe broader market.", "small caps and regional banks outperformed"),
    ("04", "\"Financials are at an all-time high, with a huge surge from\nregional banks,\" Detrick said.", "Detrick: financials at an all-time high"),
]
EXCLUDED = [
    ("01", "The Hill’s Tobias Burns has more here.", "link line"),
    ("02", "(More Federal Reserve stories.)", "link line"),
    ("03", "source: aa.com / prepared by Melisa Beğiç", "source line"),
    ("04", "(Updates to market close)", "page furniture"),
    ("04", "By Stephen Culp", "byline"),
    ("04", "Workday jumps after Q2 revenue beat, $1 bln share buyback\nplan", "teaser bullet of another story"),
]
CLAIMS_NOTES = "Members are whole sentences (headlines count; each sentence of a quotation is a sentence); 04 is hard-wrapped, its sentences run over line breaks. A sentence stating two shared facts is a member of both (c1/c9 for 01's and 02's 'time has come' sentences and 05's 'According to the text of his speech …'; c1/c3/c4 for 05's first sentence; c3/c4 for 04's 'We do not see …'; c1/c7/c9 for 04's 'In highly anticipated comments …'; c4/c5 for 04's lede; c2/c9 for 03's 'direction of travel' sentence; c3/c8 for 03's 'Powell said his confidence has grown …')."

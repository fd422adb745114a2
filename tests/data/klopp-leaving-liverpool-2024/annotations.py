# Gold annotations for klopp-leaving-liverpool-2024; build with: python3 scripts/gold/build_gold.py tests/data/klopp-leaving-liverpool-2024
EVENT = "Jurgen Klopp announces he will leave Liverpool at the end of the season (26 January 2024)"
FILES = {
    "01": "01_espn.txt",
    "02": "02_afp-monitor.txt",
    "03": "03_fourfourtwo.txt",
    "04": "04_nehandaradio.txt",
}
SPEAKERS = {
    "klopp": dict(speaker="Jurgen Klopp",
                  keys=["jurgen klopp", "jürgen klopp", "klopp", "the german", "the german boss",
                        "the liverpool manager", "liverpool manager", "the 56-year-old"],
                  reject=["brendan rodgers", "rodgers", "espn", "afp"]),
}
GROUPS = [
    ("q_leave", "klopp", "I will leave the club at the end of the season", [
        ("03", "I will leave the club at the end of the season,"),
    ]),
    ("q_shock", "klopp", "I can understand that it's a shock for a lot of people in this moment", [
        ("01", "I can understand that it's a shock for a lot of people in this moment, when you hear it for the first time, but obviously I can explain it -- or at least try to explain it,"),
        ("02", "I can understand that it’s a shock for a lot of people in this moment, when you hear it for the first time,"),
        ("03", "I can understand that it's a shock for a lot of people in this moment when you hear it for the first time, but obviously, I can explain it, or at least try to explain it."),
        ("04", "I can understand that it’s a shock for a lot of people in this moment, when you hear it for the first time, but obviously I can explain it – or at least try to explain it,"),
    ]),
    ("q_love", "klopp", "I love absolutely everything about this club ... it is the one I have to take", [
        ("01", "I love absolutely everything about this club, I love everything about the city, I love everything about our supporters, I love the team, I love the staff. I love everything. But that I still take this decision shows you that I am convinced it is the one I have to take."),
        ("02", "I have to take", 0),
        ("02", "I love absolutely everything about this club, I love everything about the city, I love everything about our supporters, I love the team, I love the staff. I love everything. But that I still take this decision shows you that I am convinced it is the one I have to take."),
        ("03", "I love absolutely everything about this club. I love everything about this city. I love everything about our supporters. I love the team. I love the staff. I love everything. That I still take this decision shows you that I'm convinced it's the one I have to take."),
        ("04", "I love absolutely everything about this club, I love everything about the city, I love everything about our supporters, I love the team, I love the staff. I love everything. But that I still take this decision shows you that I am convinced it is the one I have to take."),
    ]),
    ("q_energy", "klopp", "It is that I am, how can I say it, running out of energy", [
        ("01", "running out of energy.", 0),
        ("01", "It is that I am, how can I say it, running out of energy. I have no problem now, obviously, I knew it already for longer that I will have to announce it at one point, but I am absolutely fine now. I know that I cannot do the job again and again and again and again."),
        ("02", "running out of energy", 0),
        ("02", "It is that I am, how can I say it, running out of energy. I have no problem now, obviously, I knew it already for longer that I will have to announce it at one point, but I am absolutely fine now."),
        ("03", "running out of energy", 0),
        ("03", "It is that I am - how can I say this? Running out of energy. I have no problem now, obviously, I think I've known it already for longer that I will have to announce this at one point. I'm absolutely fine now, but I also know that I cannot do the job again and again and again and again."),
        ("03", "running out of energy", 1, OPT),  # photo caption
        ("04", "running out of energy", 0),
        ("04", "It is that I am, how can I say it, running out of energy. I have no problem now, obviously, I knew it already for longer that I will have to announce it at one point, but I am absolutely fine now. I know that I cannot do the job again and again and again and again."),
    ]),
    ("q_again", "klopp", "I know that I cannot do the job again and again and again and again", [
        ("02", "I know that I cannot do the job again and again and again and again."),
    ]),
    ("q_truth", "klopp", "the least I owe you is the truth -- and that is the truth", [
        ("01", "After the years we had together and after all the time we spent together and after all the things we went through together, the respect grew for you, the love grew for you and the least I owe you is the truth -- and that is the truth."),
        ("03", "And, after all the years we had together and all the time we spent together, and after all the things we went through together, the respect grew for you, the love grew for you, and the least thing I owe you is the truth. And that's the truth."),
        ("04", "After the years we had together and after all the time we spent together and after all the things we went through together, the respect grew for you, the love grew for you and the least I owe you is the truth – and that is the truth."),
    ]),
    ("q_november", "klopp", "I told the club already in November", [
        ("04", "I told the club already in November. I have to explain a little bit that maybe the job I do people see from the outside, I’m on the touchline and in training sessions and stuff like this, but the majority of all the things happen around these kind of things."),
    ]),
    ("q_season", "klopp", "That means a season starts and you plan pretty much the next season already", [
        ("04", "That means a season starts and you plan pretty much the next season already."),
    ]),
]
RELATED_GROUPS = [["q_energy", "q_again"]]
EXTRA = {
    "negative_pairs_note": "q_shock, q_love, q_energy and q_truth are consecutive paragraphs of one video statement, printed by every outlet with an opening mark at each paragraph; each paragraph is its own group. q_again is a sentence that 02 prints as its own paragraph and the others inside the q_energy paragraph (related).",
    "quote_structure": "01, 02 and 04 print the statement over several paragraphs, an opening mark at each and a closing mark only at the end; 02 mixes straight and curly marks; 03 interrupts the quotation with a photo caption.",
    "indirect": [
        {"file": "01_espn.txt", "text": "he said in a statement he was not sure he would be around to see them through", "paraphrases_group": None},
        {"file": "02_afp-monitor.txt", "text": "Klopp said it was vital for him to not leave on that sour note", "paraphrases_group": None},
    ],
    "unique_facts": {
        "01_espn.txt": ["he was not sure he would be around to see future plans through"],
        "02_afp-monitor.txt": ["Liverpool five points clear", "fifth in 2022/23, 5-2 by Real Madrid", "in contention for four trophies"],
        "03_fourfourtwo.txt": ["joined in October 2015 from Brendan Rodgers", "FA Cup, League Cup, Club World Cup won"],
        "04_nehandaradio.txt": ["overtook Arsenal after the festive break", "the job is mostly planning the next season"],
    },
    "boilerplate": {
        "01_espn.txt": ["'Open Extended Reactions'", "photo caption ending 'Getty'", "'- Stream on ESPN+' teaser"],
        "03_fourfourtwo.txt": ["two photo captions '(Image credit: ...)'"],
    },
    "truncation": "Each file is the stored page excerpt (no headline in the excerpt); the last, cut paragraph of 01, 02 and 04 was left out.",
}

CLAIMS = [
    ("c1", "Klopp will leave Liverpool at the end of the season", [
        ("01", "Jurgen Klopp has announced he will leave his position as Liverpool manager at the end of the season, saying he is \"running out of energy.\""),
        ("01", "But this will be his final campaign in charge of Liverpool, announcing on Friday he will depart at the end of the season."),
        ("02", "Liverpool manager Jurgen Klopp announced in a shock decision on Friday that he will leave the club at the end of the season because he was \"running out of energy\"."),
        ("03", "Liverpool manager Jurgen Klopp will step down at the end of the 2023/24 season, stating that he is \"running out of energy\"."),
        ("03", "\"I will leave the club at the end of the season,\" Klopp said."),
        ("04", "Jürgen Klopp has stunned Liverpool supporters by announcing that he is to leave the club at the end of the season attributing the shock decision to him “running out of energy”."),
    ]),
    ("c2", "he said he is running out of energy", [
        ("01", "Jurgen Klopp has announced he will leave his position as Liverpool manager at the end of the season, saying he is \"running out of energy.\""),
        ("01", "\"It is that I am, how can I say it, running out of energy."),
        ("02", "Liverpool manager Jurgen Klopp announced in a shock decision on Friday that he will leave the club at the end of the season because he was \"running out of energy\"."),
        ("02", "“It is that I am, how can I say it, running out of energy."),
        ("03", "Liverpool manager Jurgen Klopp will step down at the end of the 2023/24 season, stating that he is \"running out of energy\"."),
        ("03", "Running out of energy."),
        ("04", "Jürgen Klopp has stunned Liverpool supporters by announcing that he is to leave the club at the end of the season attributing the shock decision to him “running out of energy”."),
        ("04", "“It is that I am, how can I say it, running out of energy."),
    ]),
    ("c3", "he has been at Anfield since 2015", [
        ("01", "Klopp, 56, has brought huge success to Liverpool since arriving at Anfield in 2015, steering the club to the Premier League title in 2020 and Champions League in 2019."),
        ("02", "Klopp, who has returned Liverpool to one of European football's powerhouses since taking over at Anfield in 2015, said the decision to leave was one \"I have to take\"."),
        ("03", "Klopp joined Liverpool in October 2015, taking over from the departing Brendan Rodgers."),
        ("04", "The 56-year-old manager who has held the reins at Anfield since 2015 has defied expectations this season by taking his side to the top of the Premiership table, overtaking Arsenal after the festive break."),
    ]),
    ("c4", "he won the Premier League (2020) and the Champions League (2019)", [
        ("01", "Klopp, 56, has brought huge success to Liverpool since arriving at Anfield in 2015, steering the club to the Premier League title in 2020 and Champions League in 2019."),
        ("02", "The German led Liverpool to their first league title for 30 years in 2020 and to Champions League glory in 2019."),
        ("03", "In the preceding years, Liverpool have won a Premier League title, Champions League, an FA Cup, League Cup, Club World Cup and reached numerous other finals."),
    ]),
    ("c5", "Klopp is 56", [
        ("01", "Klopp, 56, has brought huge success to Liverpool since arriving at Anfield in 2015, steering the club to the Premier League title in 2020 and Champions League in 2019."),
        ("02", "Liverpool are five points clear at the top of the Premier League and the 56-year-old will be hoping to go out on a high by winning the title again."),
        ("04", "The 56-year-old manager who has held the reins at Anfield since 2015 has defied expectations this season by taking his side to the top of the Premiership table, overtaking Arsenal after the festive break."),
    ]),
    ("c6", "Liverpool are top of the Premier League", [
        ("02", "Liverpool are five points clear at the top of the Premier League and the 56-year-old will be hoping to go out on a high by winning the title again."),
        ("03", "Though Liverpool are currently top of the Premier League, the German boss admitted that he is content in his decision during an announcement video posted by the club on social media."),
        ("04", "The 56-year-old manager who has held the reins at Anfield since 2015 has defied expectations this season by taking his side to the top of the Premiership table, overtaking Arsenal after the festive break."),
    ]),
    ("c7", "he told the club in November", [
        ("01", "Klopp said he first started talking to the club about how he was feeling in November but as they started talking through future transfer plans and other ideas for the club, he said in a statement he was not sure he would be around to see them through."),
        ("02", "Klopp said he had taken the decision in November when discussions with the club about potential signings for next season began."),
        ("04", "Klopp revealed that he told the owners in November of his intention to leave."),
        ("04", "Klopp added: “I told the club already in November."),
    ]),
    ("c8", "he announced it in a video / interview released by the club", [
        ("01", "\"I can understand that it's a shock for a lot of people in this moment, when you hear it for the first time, but obviously I can explain it -- or at least try to explain it,\" Klopp said in a video statement released by Liverpool."),
        ("02", "\"I can understand that it’s a shock for a lot of people in this moment, when you hear it for the first time,\" Klopp said in an interview on Liverpool's website."),
        ("03", "Though Liverpool are currently top of the Premier League, the German boss admitted that he is content in his decision during an announcement video posted by the club on social media."),
    ]),
    ("c9", "Klopp: I can understand it's a shock", [
        ("01", "\"I can understand that it's a shock for a lot of people in this moment, when you hear it for the first time, but obviously I can explain it -- or at least try to explain it,\" Klopp said in a video statement released by Liverpool."),
        ("02", "\"I can understand that it’s a shock for a lot of people in this moment, when you hear it for the first time,\" Klopp said in an interview on Liverpool's website."),
        ("03", "\"I can understand that it's a shock for a lot of people in this moment when you hear it for the first time, but obviously, I can explain it, or at least try to explain it."),
        ("04", "“I can understand that it’s a shock for a lot of people in this moment, when you hear it for the first time, but obviously I can explain it – or at least try to explain it,” Klopp said."),
    ]),
    ("c10", "Klopp: I cannot do the job again and again", [
        ("01", "I know that I cannot do the job again and again and again and again."),
        ("02", "\"I know that I cannot do the job again and again and again and again.\""),
        ("03", "I'm absolutely fine now, but I also know that I cannot do the job again and again and again and again.\""),
        ("04", "I know that I cannot do the job again and again and again and again."),
    ]),
    ("c11", "Klopp: I am absolutely fine now / I knew for longer I would have to announce it", [
        ("01", "I have no problem now, obviously, I knew it already for longer that I will have to announce it at one point, but I am absolutely fine now."),
        ("02", "I have no problem now, obviously, I knew it already for longer that I will have to announce it at one point, but I am absolutely fine now."),
        ("03", "I have no problem now, obviously, I think I've known it already for longer that I will have to announce this at one point."),
        ("04", "I have no problem now, obviously, I knew it already for longer that I will have to announce it at one point, but I am absolutely fine now."),
    ]),
    ("c12", "Klopp: the least I owe you is the truth", [
        ("01", "\"After the years we had together and after all the time we spent together and after all the things we went through together, the respect grew for you, the love grew for you and the least I owe you is the truth -- and that is the truth.\""),
        ("03", "\"And, after all the years we had together and all the time we spent together, and after all the things we went through together, the respect grew for you, the love grew for you, and the least thing I owe you is the truth."),
        ("04", "“After the years we had together and after all the time we spent together and after all the things we went through together, the respect grew for you, the love grew for you and the least I owe you is the truth – and that is the truth.”"),
    ]),
    ("c13", "Klopp: I love absolutely everything about this club, the city, the supporters, the team, the staff", [
        ("01", "\"I love absolutely everything about this club, I love everything about the city, I love everything about our supporters, I love the team, I love the staff."),
        ("02", "“I love absolutely everything about this club, I love everything about the city, I love everything about our supporters, I love the team, I love the staff."),
        ("03", "\"I love absolutely everything about this club."),
        ("03", "I love everything about this city."),
        ("03", "I love everything about our supporters."),
        ("03", "I love the team."),
        ("03", "I love the staff."),
        ("04", "“I love absolutely everything about this club, I love everything about the city, I love everything about our supporters, I love the team, I love the staff."),
    ]),
    ("c14", "Klopp: the decision is the one I have to take", [
        ("01", "But that I still take this decision shows you that I am convinced it is the one I have to take."),
        ("02", "Klopp, who has returned Liverpool to one of European football's powerhouses since taking over at Anfield in 2015, said the decision to leave was one \"I have to take\"."),
        ("02", "But that I still take this decision shows you that I am convinced it is the one I have to take."),
        ("03", "That I still take this decision shows you that I'm convinced it's the one I have to take."),
        ("04", "But that I still take this decision shows you that I am convinced it is the one I have to take."),
    ]),
]
UNIQUE = [
    ("02", "They finished fifth in the Premier League and crashed out of the Champions League at the last 16 after being thrashed 5-2 by Real Madrid at Anfield.", "fifth in 2022/23; 5-2 by Real Madrid"),
    ("02", "But Klopp said it was vital for him to not leave on that sour note as a rejuvenated squad is in contention for four trophies in what remains of his reign.", "in contention for four trophies"),
    ("03", "Klopp joined Liverpool in October 2015, taking over from the departing Brendan Rodgers.", "took over from Brendan Rodgers"),
    ("04", "The 56-year-old manager who has held the reins at Anfield since 2015 has defied expectations this season by taking his side to the top of the Premiership table, overtaking Arsenal after the festive break.", "overtook Arsenal after the festive break"),
]
EXCLUDED = [
    ("01", "Open Extended Reactions", "page furniture"),
    ("01", "Jurgen Klopp has led Liverpool to multiple trophies, including the Premier League title in 2020 and Champions League in 2019. Getty", "photo caption"),
    ("01", "- Stream on ESPN+: LaLiga, Bundesliga, more (U.S.)", "teaser"),
    ("03", "Klopp lifted the 2019/20 Premier League title (Image credit: Getty Images)", "photo caption"),
    ("03", "Klopp admitted that he is \"running out of energy\" (Image credit: Bryn Lennon/Getty Images)", "photo caption"),
]
CLAIMS_NOTES = "Members are whole sentences; a quoted paragraph's sentences are sentences. Quoted sentences that several outlets print are shared claims (c9-c12). c4 joins 03's list of trophies with the 2020/2019 titles of 01 and 02."

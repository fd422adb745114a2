# Gold annotations for pichai-gemini-memo-2024; build with: python3 scripts/gold/build_gold.py tests/data/pichai-gemini-memo-2024
EVENT = "Google CEO Sundar Pichai's memo to staff calling Gemini's biased image and text responses 'completely unacceptable' (27 February 2024)"
FILES = {
    "01": "01_cnbc-risetotrade.txt",
    "02": "02_verge-vuink.txt",
    "03": "03_benzinga.txt",
    "04": "04_bi-forafreeamerica.txt",
    "05": "05_indiacom.txt",
}
SPEAKERS = {
    "pichai": dict(speaker="Sundar Pichai",
                   keys=["sundar pichai", "pichai", "sundar", "google ceo", "ceo", "alphabet's sundar pichai"],
                   reject=["musk", "semafor", "verge", "business insider", "raghavan", "gemini", "bi"]),
    "google": dict(speaker="Google",
                   keys=["google"],
                   reject=["pichai", "sundar", "ceo"]),
    "gemini": dict(speaker="Gemini (the chatbot)",
                   keys=["gemini", "the chatbot", "the bot"],
                   reject=["pichai", "musk", "google ceo"]),
}
GROUPS = [
    ("p_address", "pichai", "I want to address the recent issues with problematic text and image responses in the Gemini app (formerly Bard).", [
        ("01", "problematic", 0, OPT),  # a one-word fragment
        ("02", "problematic text and image responses in the Gemini app."),
        # 04 prints this sentence and the next (p_unacceptable) as one quotation
        ("04", "I want to address the recent issues with problematic text and image responses in the Gemini app (formerly Bard). I know that some of its responses have offended our users and shown bias — to be clear, that’s completely unacceptable and we got it wrong."),
    ]),
    ("p_unacceptable", "pichai", "I know that some of its responses have offended our users and shown bias – to be clear, that’s completely unacceptable and we got it wrong.", [
        ("01", "unacceptable", 0, OPT),  # headline, one word in single marks
        ("01", "have offended our users and shown bias."),
        ("01", "I know that some of its responses have offended our users and shown bias — to be clear, that’s completely unacceptable and we got it wrong,"),
        ("02", "offended our users and shown bias,"),
        ("03", "completely inacceptable"),  # misspelt in the quotation
        ("05", "Unacceptable,", OPT),  # headline, one word in straight single marks
        ("05", "I know that some of its responses have offended our users and shown bias – to be clear, that’s completely unacceptable and we got it wrong,"),
        ("05", "That’s completely unacceptable,"),
    ]),
    ("p_clock", "pichai", "Our teams have been working around the clock to address these issues.", [
        ("02", "been working around the clock"),
        ("03", "working around the clock"),
    ]),
    ("p_no_ai", "pichai", "No AI is perfect, especially at this emerging stage of the industry’s development, but we know the bar is high for us and we will keep at it for however long it takes.", [
        ("01", "No AI is perfect, especially at this emerging stage of the industry’s development, but we know the bar is high for us."),
        ("02", "No Al is perfect, especially at this emerging stage of the industry’s development, but we know the bar is high for us and we will keep at it for however long it takes,"),  # 'Al' (a lower-case L) as published
        ("03", "No AI is perfect, especially at this emerging stage of the industry's development, but we know the bar is high for us and we will keep at it for however long it takes."),  # a paragraph of its own, no attribution
    ]),
    ("p_sacrosanct", "pichai", "Our mission to organise the world’s information and make it universally accessible and useful is sacrosanct.", [
        ("03", "sacrosanct.", OPT),  # a one-word fragment
    ]),
    ("p_helpful", "pichai", "We’ve always sought to give users helpful, accurate, and unbiased information in our products.", [
        ("01", "We’ve always sought to give users helpful, accurate, and unbiased information in our products,"),
    ]),
    ("p_trust", "pichai", "That’s why people trust them. This has to be our approach for all our products, including our emerging AI products.", [
        ("01", "That’s why people trust them. This has to be our approach for all our products, including our emerging AI products."),
    ]),
    ("p_actions", "pichai", "We’ll be driving a clear set of actions, including structural changes, updated product guidelines, improved launch processes, robust evals and red-teaming, and technical recommendations.", [
        ("01", "improved launch processes."),
        ("04", "clear set of actions"),
    ]),
    ("p_changes", "pichai", "We are looking across all of this and will make the necessary changes.", [
        ("04", "make the necessary changes."),
    ]),
    ("g_missing_mark", "google", "missing the mark (Google's earlier apology)", [
        ("02", "missing the mark"),
    ]),
    ("gem_inappropriate", "gemini", "inaccurate and grossly inappropriate (Gemini's answer when Business Insider tested the prompt)", [
        ("04", "inaccurate and grossly inappropriate"),
    ]),
]
RELATED_GROUPS = [["p_address", "p_unacceptable"], ["p_helpful", "p_trust"]]
EXTRA = {
    "negative_pairs_note": "One written statement (a memo to staff) quoted in different cuts: whole sentences (01, 04, 05), clauses ('offended our users and shown bias', 'been working around the clock', 'clear set of actions') and single words ('problematic', 'unacceptable', 'sacrosanct', optional). 04 prints the memo's first two sentences as one quotation (in p_address, related to p_unacceptable). Google's earlier apology ('missing the mark', 02) and Gemini's own answer ('inaccurate and grossly inappropriate', 04) are not Pichai's.",
    "quote_structure": "01 quotes in its headline with single curly marks (‘unacceptable’) and 05 with straight single marks ('Unacceptable,'); 03 mixes straight and curly double marks, misspells a quoted word ('inacceptable') and prints a quoted sentence as a paragraph of its own without attribution; 02 prints 'No Al is perfect' (a lower-case L); 05 reprints part of the memo as plain text without quote marks (not quotations), with a missing space after a full stop ('wrong.Our').",
    "indirect": [
        {"file": "01_cnbc-risetotrade.txt", "text": "Pichai’s memo said the teams have been working around the clock to address the issues", "paraphrases_group": "p_clock"},
        {"file": "03_benzinga.txt", "text": "He assured that the company will be driving a clear set of actions, including structural changes, updated product guidelines, improved launch processes, and technical recommendations", "paraphrases_group": "p_actions"},
        {"file": "04_bi-forafreeamerica.txt", "text": "Google CEO Sundar Pichai says the company got it wrong", "paraphrases_group": "p_unacceptable"},
        {"file": "05_indiacom.txt", "text": "Google CEO Sundar said he takes full responsibility for the decisions that led us here.", "paraphrases_group": None},
    ],
    "unique_facts": {
        "01_cnbc-risetotrade.txt": ["helpful, accurate, and unbiased information; that's why people trust them"],
        "03_benzinga.txt": ["mission to organize the world's information remains sacrosanct"],
        "04_bi-forafreeamerica.txt": ["the Musk-or-Hitler example and BI's test of it", "critics: left-leaning workers' influence", "Google did not respond to BI"],
        "05_indiacom.txt": ["takes full responsibility", "substantial improvement on a wide range of prompts", "review what happened and fix it at scale"],
    },
    "boilerplate": {
        "01_cnbc-risetotrade.txt": ["'Technology'", "'In this article'", "photo caption and credit", "'Read the full text of the memo here:'"],
        "02_verge-vuink.txt": ["byline"],
    },
    "truncation": "Each file is the stored page excerpt. Left out: in 01 the memo's first, cut paragraph after 'Read the full text of the memo here:'; in 02 a cut image address before the byline; in 03 the last, cut paragraph; in 04 a cut reader comment after the article; in 05 a store date line and breadcrumb (' date 2024-02-29 Home') before the headline and the memo's last, cut paragraph.",
}

CLAIMS = [
    ("c1", "Pichai addressed the Gemini controversy in a memo to employees (Tuesday; the first time he addressed it)", [
        ("01", "Google CEO tells employees Gemini AI blunder ‘unacceptable’"),
        ("01", "In a memo Tuesday evening, Google CEO Sundar Pichai addressed the company’s artificial intelligence mistakes, which led to Google taking its Gemini image-generation feature offline for further testing."),
        ("02", "The historically inaccurate images and text generated by Google’s Gemini AI have “offended our users and shown bias,” CEO Sundar Pichai told employees in an internal memo obtained by The Verge."),
        ("02", "While Google has since apologized for “missing the mark” and said it’s working to re-enable image generation in the coming weeks, Tuesday’s memo is the first time the CEO has widely addressed the controversy."),
        ("03", "Alphabet Inc.'s GOOG GOOGL Google CEO Sundar Pichai addressed the recent uproar over the company’s Gemini AI chatbot, which has faced criticism for generating historically inaccurate images and text."),
        ("03", "What Happened: Acknowledging the issue for the first time since the Gemini controversy broke out last week, Pichai said that it is \"completely inacceptable\" in an internal memo reported by Semafor."),
        ("04", "In a memo sent to employees, which Business Insider obtained, Pichai acknowledged the recent controversy over Gemini."),
        ("05", "'Unacceptable,' Google CEO Sundar Pichai's Memo To Employees Over Recent Controversy On AI chatbot Gemini"),
        ("05", "Google CEO Sundar Pichai broke silence over recent controversy on its AI Chatbot Gemini’s image generation tool."),
    ]),
    ("c2", "Pichai: the responses offended users and showed bias; completely unacceptable; we got it wrong", [
        ("01", "Google CEO tells employees Gemini AI blunder ‘unacceptable’"),
        ("01", "Pichai called the issues “problematic” and said they “have offended our users and shown bias.”"),
        ("01", "“I know that some of its responses have offended our users and shown bias — to be clear, that’s completely unacceptable and we got it wrong,” Pichai said."),
        ("02", "The historically inaccurate images and text generated by Google’s Gemini AI have “offended our users and shown bias,” CEO Sundar Pichai told employees in an internal memo obtained by The Verge."),
        ("03", "What Happened: Acknowledging the issue for the first time since the Gemini controversy broke out last week, Pichai said that it is \"completely inacceptable\" in an internal memo reported by Semafor."),
        ("04", "Google CEO Sundar Pichai says the company got it wrong after its flagship AI system Gemini showed bias, which sparked backlash from some users."),
        ("04", "I know that some of its responses have offended our users and shown bias — to be clear, that’s completely unacceptable and we got it wrong.”"),
        ("05", "'Unacceptable,' Google CEO Sundar Pichai's Memo To Employees Over Recent Controversy On AI chatbot Gemini"),
        ("05", "“I know that some of its responses have offended our users and shown bias – to be clear, that’s completely unacceptable and we got it wrong,” Sundar Pichai said."),
        ("05", "“That’s completely unacceptable,” said Pichai in a memo that first appeared on Semafor."),
        ("05", "I know that some of its responses have offended our users and shown bias – to be clear, that’s completely unacceptable and we got it wrong."),
    ]),
    ("c3", "Semafor first reported the memo", [
        ("01", "The news was first reported by Semafor."),
        ("02", "In the memo, which was first reported by Semafor, Pichai says the company has “been working around the clock” to address “problematic text and image responses in the Gemini app.”"),
        ("03", "What Happened: Acknowledging the issue for the first time since the Gemini controversy broke out last week, Pichai said that it is \"completely inacceptable\" in an internal memo reported by Semafor."),
        ("04", "Semafor first reported on the story and published the memo in full."),
        ("05", "“That’s completely unacceptable,” said Pichai in a memo that first appeared on Semafor."),
        ("05", "Google CEO Sundar Pichai’s Letter As It Appeared On Semafor, Reported TOI"),
    ]),
    ("c4", "Pichai: teams have been working around the clock to address the issues", [
        ("01", "Pichai’s memo said the teams have been working around the clock to address the issues and that the company will instate a clear set of actions and structural changes, as well as “improved launch processes.”"),
        ("02", "In the memo, which was first reported by Semafor, Pichai says the company has “been working around the clock” to address “problematic text and image responses in the Gemini app.”"),
        ("03", "In the memo, Pichai stated that the company has been “working around the clock” to address the problematic responses in Gemini."),
        ("05", "Our teams have been working around the clock to address these issues."),
    ]),
    ("c5", "Pichai: no AI is perfect, but the bar is high for Google (and it will keep at it)", [
        ("01", "“No AI is perfect, especially at this emerging stage of the industry’s development, but we know the bar is high for us.”"),
        ("02", "“No Al is perfect, especially at this emerging stage of the industry’s development, but we know the bar is high for us and we will keep at it for however long it takes,” he writes."),
        ("03", "\"No AI is perfect, especially at this emerging stage of the industry's development, but we know the bar is high for us and we will keep at it for however long it takes.\""),
        ("05", "No AI is perfect, especially at this emerging stage of the industry’s development, but we know the bar is high for us and we will keep at it for however long it takes."),
    ]),
    ("c6", "Pichai: a clear set of actions (structural changes, updated product guidelines, improved launch processes, technical recommendations)", [
        ("01", "Pichai’s memo said the teams have been working around the clock to address the issues and that the company will instate a clear set of actions and structural changes, as well as “improved launch processes.”"),
        ("03", "He assured that the company will be driving a clear set of actions, including structural changes, updated product guidelines, improved launch processes, and technical recommendations to prevent such issues in the future."),
        ("04", "He said the company was driving a “clear set of actions” and would “make the necessary changes.”"),
        ("04", "These actions include structural changes, updated product guidelines, improved launch processes, and technical recommendations, Pichai added."),
    ]),
    ("c7", "Google paused (took offline) Gemini's image generation after historically inaccurate images", [
        ("01", "In a memo Tuesday evening, Google CEO Sundar Pichai addressed the company’s artificial intelligence mistakes, which led to Google taking its Gemini image-generation feature offline for further testing."),
        ("01", "Over the past week, users discovered historical inaccuracies that went viral online, and the company pulled the feature last week, saying it would relaunch it in the coming weeks."),
        ("02", "Last week, Google paused Gemini’s ability to generate images after it was widely discovered that the model generated racially diverse, Nazi-era German soldiers, US Founding Fathers who were non-white, and even inaccurately portrayed the races of Google’s own co-founders."),
        ("03", "This led to Google temporarily disabling the AI’s ability to generate images."),
        ("03", "Following this, Google halted Gemini AI’s image generation feature after it inaccurately represented historical figures."),
        ("04", "Google was forced to pause Gemini’s image-generating feature after users complained it was generating historically inaccurate images of people of color."),
    ]),
    ("c8", "Gemini generated racially diverse Nazi-era soldiers and US Founding Fathers and misrepresented Google's co-founders", [
        ("02", "Last week, Google paused Gemini’s ability to generate images after it was widely discovered that the model generated racially diverse, Nazi-era German soldiers, US Founding Fathers who were non-white, and even inaccurately portrayed the races of Google’s own co-founders."),
        ("03", "Gemini AI had been generating racially diverse images of Nazi-era German soldiers, and US Founding Fathers even misrepresented Google’s own co-founders."),
        ("03", "Why It Matters: The controversy began when Gemini AI was found to be generating irrelevant or inaccurate images, including those of Google’s co-founders Larry Page and Sergey Brin."),
    ]),
    ("c9", "Google said it would relaunch (re-enable) image generation in the coming weeks", [
        ("01", "Over the past week, users discovered historical inaccuracies that went viral online, and the company pulled the feature last week, saying it would relaunch it in the coming weeks."),
        ("02", "While Google has since apologized for “missing the mark” and said it’s working to re-enable image generation in the coming weeks, Tuesday’s memo is the first time the CEO has widely addressed the controversy."),
    ]),
    ("c10", "Pichai did not say the problem was fixed", [
        ("02", "He doesn’t says that Google has fixed the problem."),
        ("03", "However, he did not confirm that the problem had been completely resolved."),
    ]),
    ("c11", "Elon Musk criticised Google over Gemini", [
        ("03", "The issue drew criticism from tech billionaires like Elon Musk, who revealed that Google was taking immediate action to address the concerns of racial and gender bias in Gemini AI."),
        ("04", "Tesla CEO Elon Musk has been especially vocal during the backlash, heavily criticizing the tech giant and using the drama to promote his own chatbot, Grok."),
    ]),
    ("c12", "Gemini was formerly called Bard (renamed this month)", [
        ("01", "The news follows Google changing the name of its chatbot from Bard to Gemini earlier this month."),
        ("04", "He said in the memo: “I want to address the recent issues with problematic text and image responses in the Gemini app (formerly Bard)."),
        ("05", "I want to address the recent issues with problematic text and image responses in the Gemini app (formerly Bard)."),
    ]),
]
UNIQUE = [
    ("01", "“We’ve always sought to give users helpful, accurate, and unbiased information in our products,” Pichai wrote in the memo.", "helpful, accurate, unbiased information; why people trust them"),
    ("01", "“That’s why people trust them.", "helpful, accurate, unbiased information; why people trust them"),
    ("03", "Pichai also emphasized that Google’s mission to organize the world’s information and make it universally accessible and useful remains \"sacrosanct.\"", "mission sacrosanct"),
    ("04", "The chatbot also faced criticism for some of its written responses, including a widely shared example where the bot appeared to be unable to say if Elon Musk or Adolf Hitler was worse.", "the Musk-or-Hitler example"),
    ("04", "When BI tested the prompt a few days later, Gemini said it was “inaccurate and grossly inappropriate” to compare Musk with Hitler.", "the Musk-or-Hitler example"),
    ("04", "The controversy has caused some critics to claim that left-leaning workers have had a disproportionate influence on Google’s culture, which can, in turn, play a role in how AI models are built.", "critics: left-leaning workers' influence"),
    ("04", "Representatives for Google did not immediately respond to a request for comment from Business Insider, made outside normal working hours.", "Google did not respond"),
    ("05", "Google CEO Sundar said he takes full responsibility for the decisions that led us here.", "takes full responsibility"),
    ("05", "We’re already seeing a substantial improvement on a wide range of prompts.", "substantial improvement"),
    ("05", "And we’ll review what happened and make sure we fix it at scale.", "review and fix at scale"),
]
EXCLUDED = [
    ("01", "Technology", "page furniture"),
    ("01", "In this article", "page furniture"),
    ("01", "Google CEO Sundar Pichai speaks with Emily Chang during the APEC CEO Summit at Moscone Center West in San Francisco on Nov. 16, 2023.\nJustin Sullivan | Getty Images News | Getty Images", "photo caption"),
    ("01", "Read the full text of the memo here:", "link to the memo (cut)"),
    ("02", "By Alex Heath , a deputy editor and author of the Command Line newsletter. He’s covered the tech industry for over a decade at The Information and other outlets.", "byline"),
]
CLAIMS_NOTES = "Members are whole sentences (headlines count; each sentence of a quotation, and of 05's unquoted reprint of the memo, is a sentence: 05's 'wrong.Our teams' is two sentences). A sentence stating two shared facts is a member of both (c1/c2 for the headlines and the first sentences of 02 and 03; c4/c6 for 01's 'Pichai’s memo said …'; c7/c8 for 02's 'Last week, Google paused …'; c7/c9 for 01's 'Over the past week …')."

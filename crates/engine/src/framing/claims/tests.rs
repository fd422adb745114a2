use super::matching::*;
use super::terms::*;
use super::*;
use crate::framing::naming::find_mentions;
use crate::read::article::Article;
use crate::report::Claim;

fn analyse(texts: &[&str]) -> ClaimsAnalysis {
    let articles: Vec<Article> = texts.iter().map(|t| Article::read(t, &[])).collect();
    let bodies: Vec<Body> = texts
        .iter()
        .zip(&articles)
        .map(|(t, a)| Body::new(t, a))
        .collect();
    let mentions = find_mentions(&bodies);
    align(&bodies, &mentions)
}

#[test]
fn numbers_are_read_with_their_scale() {
    let text =
        "Moscow received around 5 million artillery shells, 25,000 rockets and a 32-member team.";
    let article = Article::read(text, &[]);
    let body = Body::new(text, &article);
    let end = body.tokens.len();
    let numbers: Vec<String> = (0..end)
        .filter_map(|i| number_at(&body, i, end).map(|(v, _)| v))
        .collect();
    assert!(numbers.contains(&"5000000".to_string()), "{numbers:?}");
    assert!(numbers.contains(&"25000".to_string()), "{numbers:?}");
    assert!(numbers.contains(&"32".to_string()), "{numbers:?}");
}

#[test]
fn a_number_in_words_is_its_value() {
    let text = "He died at ninety-seven, after a three-day stay and twenty visits.";
    let article = Article::read(text, &[]);
    let body = Body::new(text, &article);
    let end = body.tokens.len();
    let numbers: Vec<String> = (0..end)
        .filter_map(|i| number_at(&body, i, end).map(|(v, _)| v))
        .collect();
    assert_eq!(numbers, ["97", "3", "20"]);
}

#[test]
fn an_ordinal_in_digits_is_its_number() {
    let text = "The vote is on the 4th of July, not June 3rd.";
    let article = Article::read(text, &[]);
    let body = Body::new(text, &article);
    let end = body.tokens.len();
    let numbers: Vec<String> = (0..end)
        .filter_map(|i| number_at(&body, i, end).map(|(v, _)| v))
        .collect();
    assert_eq!(numbers, vec!["4".to_string(), "3".to_string()]);
}

#[test]
fn the_quick_test_keeps_every_number_word() {
    assert!(SMALL.iter().all(|(w, _)| could_be_small(w)));
}

/// `sources` sources whose first sentence repeats one fact (terms 0–4) and whose
/// `filler` other sentences use words of their own, as the scoring sees them.
fn repeated_fact(
    sources: usize,
    filler: usize,
) -> (Vec<SentenceTerms>, Vec<(usize, usize)>, Vec<Term>) {
    let mut kinds: Vec<Term> = (0..5).map(|t| Term::Word(format!("fact{t}"))).collect();
    let mut sentences = Vec::new();
    let mut ids = Vec::new();
    for s in 0..sources {
        for k in 0..=filler {
            let mut terms: Vec<u32> = if k == 0 { (0..5).collect() } else { Vec::new() };
            for _ in 0..3 {
                terms.push(kinds.len() as u32);
                kinds.push(Term::Word(format!("own{}", kinds.len())));
            }
            sentences.push(SentenceTerms {
                terms,
                carriers: Vec::new(),
            });
            ids.push((s, k));
        }
    }
    (sentences, ids, kinds)
}

#[test]
fn a_fact_in_many_sources_stays_one_claim_while_each_meets_a_bounded_number() {
    let sources = 150;
    let (sentences, ids, kinds) = repeated_fact(sources, 40);
    let flat: Vec<&SentenceTerms> = sentences.iter().collect();
    let n = flat.len();
    let mut df = vec![0u32; kinds.len()];
    for st in &flat {
        for &t in &st.terms {
            df[t as usize] += 1;
        }
    }
    // The fact's terms are indexed (in at most 2·√n sentences) and their lists are long.
    assert!(df[0] as f64 <= 2.0 * (n as f64).sqrt() && df[0] as usize > NEIGHBOURS + 1);
    let weight = idf_weights(&df, n);
    let norms = norms(&flat, &weight);
    let scored = scored_pairs(&flat, &ids, &kinds, &df, &weight, &norms);
    assert!(
        scored.len() <= sources * NEIGHBOURS && scored.len() < sources * (sources - 1) / 2,
        "{} pairs",
        scored.len()
    );
    // No chaining: each claim grows around a centre, so a fact whose sentences do not all meet
    // may be a few claims; every one of its sentences is in one, and no filler joins them.
    let groups = super::clusters::clusters(n, &scored, &ids, &vec![false; n], &|_, _| false);
    let holding: Vec<&Vec<usize>> = groups
        .iter()
        .map(|g| &g.members)
        .filter(|m| m.iter().any(|&k| ids[k].1 == 0))
        .collect();
    for k in (0..n).filter(|&k| ids[k].1 == 0) {
        assert!(holding.iter().any(|m| m.len() >= 2 && m.contains(&k)));
    }
    assert!(holding.iter().all(|m| m.iter().all(|&k| ids[k].1 == 0)));
    assert!(holding.len() <= 4, "{} claims", holding.len());
}

#[test]
fn the_neighbourhood_order_follows_the_words_not_the_source_order() {
    // Sentence k uses words k, k+1 and k+3 (of ten); the same sentences with the words
    // interned the other way round and the sentences given in reverse order.
    let words: Vec<String> = (0..10).map(|w| format!("word{w}")).collect();
    let sentence_words: Vec<[usize; 3]> = (0..7).map(|k| [k, k + 1, k + 3]).collect();
    let order_of = |reverse: bool| -> Vec<usize> {
        let id = |w: usize| if reverse { 9 - w } else { w } as u32;
        let mut kinds = vec![Term::Word(String::new()); 10];
        for (w, text) in words.iter().enumerate() {
            kinds[id(w) as usize] = Term::Word(text.clone());
        }
        let labels: Vec<usize> = if reverse {
            (0..7).rev().collect()
        } else {
            (0..7).collect()
        };
        let sentences: Vec<SentenceTerms> = labels
            .iter()
            .map(|&k| {
                let mut terms: Vec<u32> = sentence_words[k].iter().map(|&w| id(w)).collect();
                terms.sort_unstable();
                SentenceTerms {
                    terms,
                    carriers: Vec::new(),
                }
            })
            .collect();
        let flat: Vec<&SentenceTerms> = sentences.iter().collect();
        let mut df = vec![0u32; 10];
        for st in &flat {
            for &t in &st.terms {
                df[t as usize] += 1;
            }
        }
        let (order, _) = neighbourhood_order(&flat, &kinds, &df, &|t| df[t as usize] >= 2);
        order.into_iter().map(|k| labels[k]).collect()
    };
    assert_eq!(order_of(false), order_of(true));
}

#[test]
fn the_same_fact_in_other_words_is_one_claim() {
    // Yonhap and vietnam.vn on North Korea and the G7 (November 2023).
    let a = "North Korea on Tuesday denounced a joint statement issued by the Group of Seven foreign ministers that condemned Pyongyang's nuclear and missile programs. The official denounced the United States for pushing the Korean Peninsula to the brink of a nuclear war.";
    let b = "The G7 foreign ministers also called on Pyongyang to abandon its nuclear weapons. Jo Chol Su, a senior official, said he rejected the G7 statement that condemned North Korea's nuclear and missile programs. Japan released treated water into the Pacific Ocean.";
    let analysis = analyse(&[a, b]);
    let shared: Vec<&Claim> = analysis
        .report
        .claims
        .iter()
        .filter(|c| c.sources.len() == 2)
        .collect();
    assert!(
        shared.iter().any(|c| c
            .members
            .iter()
            .any(|m| m.text.contains("denounced a joint statement"))
            && c.members
                .iter()
                .any(|m| m.text.contains("rejected the G7 statement"))),
        "{shared:#?}"
    );
    let unique = &analysis
        .report
        .claims
        .iter()
        .filter(|c| c.sources == [1])
        .collect::<Vec<_>>();
    assert!(
        unique
            .iter()
            .any(|c| c.members[0].text.contains("Pacific Ocean")),
        "{unique:#?}"
    );
}

#[test]
fn a_two_fact_sentence_is_cut_into_clauses() {
    let text =
        "The ministry denounced the declaration that condemned its exports, calling it an illegal act.";
    let article = Article::read(text, &[]);
    let body = Body::new(text, &article);
    let s = &body.sentences[0];
    let cuts: Vec<&str> = super::units::clause_ranges(&body, s.tokens.clone())
        .iter()
        .map(|r| body.tokens[r.start].lower())
        .collect();
    assert_eq!(cuts, ["the", "that", "calling"]);
}

#[test]
fn a_long_quotation_in_a_long_sentence_is_compared_on_its_own_too() {
    let quoted = |text: &str| {
        let article = Article::read(text, &[]);
        let body = Body::new(text, &article);
        let s = &body.sentences[0];
        super::units::quoted_unit(&body, s.tokens.clone()).map(|r| {
            body.text[body.tokens[r.start].span.start..body.tokens[r.end - 1].span.end].to_string()
        })
    };
    assert_eq!(
        quoted("\"The harbour will stay closed to every ship until the storm has passed,\" the port director told reporters outside the harbour office on Tuesday.").as_deref(),
        Some("The harbour will stay closed to every ship until the storm has passed")
    );
    // The rest of the sentence is only the attribution, or the quotation is short: no unit.
    assert_eq!(
        quoted(
            "\"The harbour will stay closed to every ship until the storm has passed,\" she said."
        ),
        None
    );
    assert_eq!(
        quoted("The port director told reporters outside the harbour office on Tuesday that it was \"a hard call\"."),
        None
    );
}

#[test]
fn the_same_actor_doing_the_same_kind_of_act_is_one_claim() {
    let a = "North Korea rebuked the summit statement on Saturday morning. Farmers harvested rice early.";
    let b = "North Korea rejected the summit statement in strong terms. Bakers sold bread late.";
    let r = analyse(&[a, b]).report;
    let shared: Vec<&Claim> = r.claims.iter().filter(|c| c.sources.len() == 2).collect();
    assert_eq!(shared.len(), 1, "{shared:#?}");
    assert!(shared[0].members[0].text.contains("rebuked"));
}

#[test]
fn dates_meet_however_written() {
    let text = "The vote is on 4 July. It was on July 4th. It fell on the fourth of July.";
    let article = Article::read(text, &[]);
    let body = Body::new(text, &article);
    let mentions = find_mentions(std::slice::from_ref(&body));
    let mut interner = Interner::default();
    let terms = sentence_terms(&body, &mentions[0], &mut interner);
    let date = interner
        .kinds
        .iter()
        .position(|k| *k == Term::Number("7/4".to_string()))
        .expect("a date term") as u32;
    assert!(terms.iter().all(|st| st.has(date)), "{:?}", interner.kinds);
}

#[test]
fn a_shared_claim_shows_what_matched_and_the_values_its_sources_give_differently() {
    let a = "The committee questioned the minister for six hours on Tuesday about the missing funds. Farmers harvested rice early.";
    let b = "The committee questioned the minister over two afternoons about the missing funds. Bakers sold bread late.";
    let r = analyse(&[a, b]).report;
    let shared: Vec<&Claim> = r.claims.iter().filter(|c| c.sources.len() == 2).collect();
    assert_eq!(shared.len(), 1, "{shared:#?}");
    let claim = shared[0];
    let texts: Vec<(usize, &str)> = claim
        .conflicting_details
        .iter()
        .map(|d| (d.source, d.text.as_str()))
        .collect();
    assert_eq!(
        texts,
        [(0, "six hours"), (1, "two afternoons")],
        "{claim:#?}"
    );
    let cues: Vec<&str> = claim.members[0]
        .matched_by
        .iter()
        .map(|c| c.text.as_str())
        .collect();
    assert!(
        cues.contains(&"minister") && cues.contains(&"funds"),
        "{cues:?}"
    );
    // Only one source's claims say nothing of what they were matched by.
    assert!(r
        .claims
        .iter()
        .filter(|c| c.sources.len() == 1)
        .all(|c| c.members.iter().all(|m| m.matched_by.is_empty())));
}

#[test]
fn a_count_of_another_thing_is_no_conflict() {
    let a = "The committee questioned the minister for six hours about the 40 missing laptops.";
    let b = "The committee questioned the minister for six hours about the missing laptops of 3 schools.";
    let r = analyse(&[a, b]).report;
    let shared: Vec<&Claim> = r.claims.iter().filter(|c| c.sources.len() == 2).collect();
    assert_eq!(shared.len(), 1, "{shared:#?}");
    assert!(shared[0].conflicting_details.is_empty(), "{shared:#?}");
}

/// Whether some shared claim holds a member of source `x` containing `p` and one of source
/// `y` containing `q`.
fn joined(r: &crate::report::ClaimsReport, (x, p): (usize, &str), (y, q): (usize, &str)) -> bool {
    r.claims.iter().any(|c| {
        c.members
            .iter()
            .any(|m| m.source == x && m.text.contains(p))
            && c.members
                .iter()
                .any(|m| m.source == y && m.text.contains(q))
    })
}

#[test]
fn declarations_at_different_times_by_different_actors_are_different_facts() {
    let a = "The Ministry of Health on Wednesday declared the flu outbreak a national emergency. Farmers harvested rice early.";
    let b = "On Tuesday, the Regional Disease Board declared the flu outbreak a national emergency for its area. Bakers sold bread late.";
    let c = "A previous national emergency over a flu outbreak was declared in 2019. Sailors mended nets.";
    let r = analyse(&[a, b, c]).report;
    assert!(!joined(&r, (0, "Wednesday"), (1, "Tuesday")), "{r:#?}");
    assert!(!joined(&r, (0, "Wednesday"), (2, "2019")), "{r:#?}");
    assert!(!joined(&r, (1, "Tuesday"), (2, "2019")), "{r:#?}");
}

#[test]
fn the_same_actor_on_another_day_is_still_one_fact() {
    let a = "The Ministry of Health declared the flu outbreak a national emergency on Wednesday. Farmers harvested rice early.";
    let b = "The Ministry of Health declared the flu outbreak a national emergency on Thursday. Bakers sold bread late.";
    let r = analyse(&[a, b]).report;
    assert!(joined(&r, (0, "Wednesday"), (1, "Thursday")), "{r:#?}");
}

#[test]
fn a_refusal_is_closer_to_another_refusal_than_to_a_vow_of_the_same_kind() {
    let text =
        "The mayor refused to resign. She said she would not resign. I will fight to the end.";
    let article = Article::read(text, &[]);
    let body = Body::new(text, &article);
    let mentions = find_mentions(std::slice::from_ref(&body));
    let mut interner = Interner::default();
    let terms = sentence_terms(&body, &mentions[0], &mut interner);
    let denial = |st: &SentenceTerms| {
        st.terms
            .iter()
            .any(|&t| matches!(interner.kinds[t as usize], Term::Cue(_, true)))
    };
    assert!(
        denial(&terms[0]) && denial(&terms[1]),
        "{:?}",
        interner.kinds
    );
    assert!(!denial(&terms[2]), "{:?}", interner.kinds);
}

#[test]
fn a_vow_does_not_join_the_refusals() {
    let a = "The mayor refused to resign on Monday after the audit. Farmers harvested rice early.";
    let b = "The mayor has not resigned despite the audit. I will fight to the end. Bakers sold bread late.";
    let c = "The mayor said she would not resign over the audit. I will fight until the end, she said. Sailors mended nets.";
    let r = analyse(&[a, b, c]).report;
    assert!(joined(&r, (0, "refused"), (1, "not resigned")), "{r:#?}");
    assert!(!joined(&r, (0, "refused"), (1, "fight")), "{r:#?}");
    assert!(!joined(&r, (0, "refused"), (2, "fight")), "{r:#?}");
}

#[test]
fn a_spread_told_in_other_words_is_one_claim() {
    let a = "The blight has swept through the northern valley this spring. Bakers sold bread late.";
    let b = "Since then the blight spread across parts of the valley, growers said. Sailors mended nets.";
    let r = analyse(&[a, b]).report;
    assert!(joined(&r, (0, "swept"), (1, "spread")), "{r:#?}");
}

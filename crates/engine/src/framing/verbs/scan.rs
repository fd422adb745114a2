//! Finding attribution verbs in a body: each reporting verb used as a verb (not a noun nor an
//! adjective), the words of its speaker as written, what it reports, and the verbs the
//! reading stage attached to quotations.
//!
//! This module finds speakers' words but does not group them (see `speakers`), nor count
//! verbs per source (see `table`).

use crate::report::VerbCategory;
use std::ops::Range;

use crate::framing::body::{Body, Case};
use crate::framing::clauses::{self, DETERMINERS, PRONOUNS};
use crate::lexicon::function_words::is_function_word;
use crate::lexicon::verb_lemmas::{CONTENT_LEMMAS, SPEECH_LEMMAS};
use crate::lexicon::verbs::{reporting_verb, reporting_verb_pair};
use crate::read::article::Article;
use crate::span::Span;

/// One attribution verb in one source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VerbUse {
    /// Index into the body's sentences.
    pub sentence: usize,
    /// The verb's tokens (two for "fired back", "according to").
    pub tokens: Range<usize>,
    pub span: Span,
    pub lemma: String,
    pub category: VerbCategory,
    pub speaker: Option<Speaker>,
    /// Tokens whose content the verb attributes to its speaker, if any.
    pub reports: Option<Range<usize>>,
    /// The verb shares its subject with the verb before it ("claimed … and demands").
    pub coordinated: bool,
}

/// Who a verb attributes speech to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Speaker {
    /// The words as written ("the spokesperson", "He").
    pub span: Span,
    /// The name used to group speakers: the actor's key when the phrase names a known actor,
    /// else the phrase in lowercase without its determiner; a pronoun takes the speaker of
    /// the verb before it.
    pub key: String,
}
/// The verbs of every body sentence that a scan finds, each with its sentence, in text order;
/// a coordinated verb or a participle without a subject of its own takes the speaker of the
/// verb before it, else the sentence's main subject. Speakers have no key yet.
pub(super) fn scan(body: &Body) -> Vec<VerbUse> {
    let mut uses: Vec<VerbUse> = Vec::new();
    for (si, s) in body.sentences.iter().enumerate() {
        let range = s.tokens.clone();
        let has_quote = range.clone().any(|i| body.tokens[i].quoted)
            || body
                .slice(s.span)
                .chars()
                .any(|c| matches!(c, '"' | '“' | '”'));
        let first_use = uses.len();
        let mut i = range.start;
        while i < range.end {
            let found = view_at(body, range.clone(), i)
                .or_else(|| verb_at(body, range.clone(), i, has_quote));
            match found {
                Some(mut found) => {
                    i = found.tokens.end;
                    // "“…,” Biden stated, emphasizing that …": a participle with no subject
                    // of its own shares the speaker of the verb before it, like a coordinated
                    // verb.
                    let written = body.slice(found.span).to_lowercase();
                    let participle =
                        form_of(&written, &found.lemma, found.tokens.len()) == Form::Participle;
                    if (found.coordinated || participle) && found.speaker.is_none() {
                        found.speaker = uses[first_use..]
                            .iter()
                            .rev()
                            .find_map(|u| u.speaker.clone())
                            .or_else(|| {
                                clauses::main_subject(body, range.clone()).map(|r| Speaker {
                                    span: tokens_span(body, &r),
                                    key: String::new(),
                                })
                            });
                    }
                    uses.push(VerbUse {
                        sentence: si,
                        ..found
                    });
                }
                None => i += 1,
            }
        }
    }
    uses
}

/// A reporting verb used as a verb at token `i`, with its speaker and what it reports.
fn verb_at(body: &Body, sentence: Range<usize>, i: usize, has_quote: bool) -> Option<VerbUse> {
    let t = &body.tokens[i];
    if t.quoted || t.case == Case::Upper {
        return None;
    }
    let two = (i + 1 < sentence.end && plain(body.gap_before(i + 1)))
        .then(|| reporting_verb_pair(t.lower(), body.tokens[i + 1].lower()))
        .flatten();
    let (rv, len) = match two {
        Some(rv) => (rv, 2),
        None => (reporting_verb(t.lower())?, 1),
    };
    let lemma = rv.lemma;
    let tokens = i..i + len;
    let form = form_of(t.lower(), lemma, len);
    if lemma == "according to" {
        return according_to(body, sentence, tokens, rv.category);
    }
    if !used_as_verb(body, sentence.clone(), i, form) {
        return None;
    }
    let neutral = rv.category == VerbCategory::Neutral;
    let introduces = introduces_content(body, sentence.clone(), tokens.end);
    if neutral && !SPEECH_LEMMAS.contains(&lemma) && !has_quote && !introduces {
        return None;
    }
    let coordinated = form != Form::Participle && after_conjunction(body, sentence.clone(), i);
    let passive_by = clauses::is_passive(body, sentence.clone(), i)
        || (tokens.end < sentence.end && body.tokens[tokens.end].lower() == "by");
    let quoted_as_saying = (lemma == "quote")
        .then(|| quoted_as_saying(body, sentence.clone(), tokens.end))
        .flatten();
    let speaker_tokens = if quoted_as_saying.is_some() {
        quoted_as_saying
    } else if passive_by {
        clauses::agent_after(body, sentence.clone(), tokens.end)
    } else if form == Form::Participle
        && (i == sentence.start || after_comma_or_and(body, sentence.clone(), i))
    {
        clauses::main_subject(body, sentence.clone())
    } else if coordinated {
        None
    } else if let Some(np) = SPEECH_LEMMAS
        .contains(&lemma)
        .then(|| trailing_inverted(body, sentence.clone(), i, tokens.end))
        .flatten()
    {
        Some(np)
    } else {
        clauses::subject_before(body, sentence.clone(), i).or_else(|| {
            SPEECH_LEMMAS
                .contains(&lemma)
                .then(|| inverted_subject(body, sentence.clone(), i, tokens.end))
                .flatten()
        })
    };
    if speaker_tokens.is_none() && !coordinated && !introduces {
        return None;
    }
    let reports = reported_range(
        body,
        sentence.clone(),
        &tokens,
        speaker_tokens.as_ref(),
        lemma,
        introduces,
    );
    Some(VerbUse {
        sentence: 0,
        span: Span::new(
            body.tokens[i].span.start,
            body.tokens[tokens.end - 1].span.end,
        ),
        tokens,
        lemma: lemma.to_string(),
        category: rv.category,
        speaker: speaker_tokens.map(|r| Speaker {
            span: tokens_span(body, &r),
            key: String::new(),
        }),
        reports,
        coordinated,
    })
}

/// "…, reports Francesca Ebel of The Washington Post.": after a comma or a quotation, a
/// speech verb followed by a noun phrase that ends the sentence has its subject after it.
fn trailing_inverted(
    body: &Body,
    sentence: Range<usize>,
    verb: usize,
    after: usize,
) -> Option<Range<usize>> {
    let gap = body.gap_before(verb);
    let after_break = gap.contains(',') || gap.chars().any(|c| matches!(c, '"' | '”' | '’'));
    if !after_break || after >= sentence.end {
        return None;
    }
    let np = clauses::phrase_rightward(body, sentence.clone(), after)?;
    (np.end == sentence.end).then_some(np)
}

/// "KCNA quoted Mr. Jo as saying": the one quoted is the speaker, not the one quoting.
fn quoted_as_saying(body: &Body, sentence: Range<usize>, after: usize) -> Option<Range<usize>> {
    let np = clauses::phrase_rightward(body, sentence.clone(), after)?;
    let as_saying = np.end + 1 < sentence.end
        && body.tokens[np.end].lower() == "as"
        && body.tokens[np.end + 1].lower() == "saying";
    as_saying.then_some(np)
}

/// "rejects and “most strongly” condemns": the verb follows a conjunction, maybe over quoted
/// adverbs, so it shares the subject of the verb before.
fn after_conjunction(body: &Body, sentence: Range<usize>, i: usize) -> bool {
    let mut k = i;
    while k > sentence.start {
        let prev = &body.tokens[k - 1];
        if prev.quoted && (clauses::is_adverb(prev) || prev.lower() == "most") {
            k -= 1;
            continue;
        }
        let gap = body.gap_before(k);
        let quotes_only = gap
            .chars()
            .all(|c| c.is_whitespace() || matches!(c, '"' | '“' | '”' | '‘' | '’' | '\''));
        return quotes_only && matches!(prev.lower(), "and" | "but" | "or");
    }
    false
}

fn plain(gap: &str) -> bool {
    gap.chars().all(|c| c == ' ' || c == '\u{a0}')
}

/// "seen by South Korea as a provocation": a view attributed to the agent of a passive
/// verb of regarding; what follows "as" up to the end of the clause is reported.
fn view_at(body: &Body, sentence: Range<usize>, i: usize) -> Option<VerbUse> {
    const VIEWS: &[(&str, &str)] = &[
        ("seen", "see as"),
        ("viewed", "view as"),
        ("regarded", "regard as"),
        ("perceived", "perceive as"),
        ("considered", "consider as"),
        ("described", "describe as"),
        ("branded", "brand as"),
        ("labeled", "label as"),
        ("labelled", "label as"),
        ("characterized", "characterize as"),
        ("characterised", "characterise as"),
    ];
    let t = &body.tokens[i];
    let &(_, lemma) = VIEWS.iter().find(|(w, _)| *w == t.lower())?;
    if t.quoted || i + 2 >= sentence.end || body.tokens[i + 1].lower() != "by" {
        return None;
    }
    let agent = clauses::phrase_rightward(body, sentence.clone(), i + 2)?;
    if agent.end >= sentence.end || body.tokens[agent.end].lower() != "as" {
        return None;
    }
    let category = reporting_verb(t.lower()).map_or(VerbCategory::Neutral, |v| v.category);
    let from = agent.end + 1;
    Some(VerbUse {
        sentence: t.sentence,
        tokens: i..i + 1,
        span: t.span,
        lemma: lemma.to_string(),
        category,
        speaker: Some(Speaker {
            span: tokens_span(body, &agent),
            key: String::new(),
        }),
        reports: (from < sentence.end).then(|| from..clause_end(body, from, sentence.end)),
        coordinated: false,
    })
}

/// The end (exclusive) of the clause that starts at `from`: the next comma, semicolon,
/// colon or dash between words, or the sentence end.
fn clause_end(body: &Body, from: usize, end: usize) -> usize {
    (from + 1..end)
        .find(|&k| {
            !body.tokens[k].quoted
                && body
                    .gap_before(k)
                    .chars()
                    .any(|c| matches!(c, ',' | ';' | ':' | '—' | '–'))
        })
        .unwrap_or(end)
}

/// How a verb is inflected, as far as its spelling tells.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Form {
    /// "claim": also a noun or an infinitive.
    Base,
    /// "claims": also a plural noun.
    Third,
    /// "claimed", "said".
    Past,
    /// "claiming".
    Participle,
    /// "fired back", "according to".
    Phrase,
}

fn form_of(written: &str, lemma: &str, words: usize) -> Form {
    if words > 1 {
        Form::Phrase
    } else if written.ends_with("ing") {
        Form::Participle
    } else if written == lemma {
        Form::Base
    } else if written.ends_with('s') && !written.ends_with("ss") {
        Form::Third
    } else {
        Form::Past
    }
}

/// Whether the word at `i` is a verb here, not a noun ("the claims", "Russia's denials",
/// "a fierce rebuke"), an adjective ("the alleged attack") or part of a name ("United
/// States").
fn used_as_verb(body: &Body, sentence: Range<usize>, i: usize, form: Form) -> bool {
    let t = &body.tokens[i];
    let reliable = !body.sentences[t.sentence].unreliable_case;
    if i == sentence.start {
        return matches!(form, Form::Participle | Form::Past | Form::Phrase);
    }
    if t.case == Case::Capitalised && reliable {
        return false;
    }
    let prev = &body.tokens[i - 1];
    let gap = body.gap_before(i);
    if !gap.chars().all(char::is_whitespace) {
        return true;
    }
    let next_is_of = i + 1 < sentence.end && body.tokens[i + 1].lower() == "of";
    if matches!(form, Form::Base | Form::Third) && next_is_of {
        // "member states of the UN", "reports of transfers": nouns.
        return false;
    }
    if form == Form::Base && prev.lower() == "to" {
        // "a new strategy to counter …": a purpose, not an attribution.
        return false;
    }
    if DETERMINERS.contains(&prev.lower()) || prev.possessive {
        return false;
    }
    if is_function_word(prev.base()) {
        let subjectish = PRONOUNS.contains(&prev.lower())
            || matches!(
                prev.lower(),
                "who"
                    | "which"
                    | "that"
                    | "to"
                    | "and"
                    | "has"
                    | "have"
                    | "had"
                    | "was"
                    | "were"
                    | "is"
                    | "are"
                    | "be"
                    | "been"
                    | "also"
                    | "then"
                    | "again"
                    | "will"
                    | "would"
                    | "could"
                    | "may"
                    | "might"
                    | "did"
                    | "does"
                    | "do"
                    | "not"
                    | "never"
                    | "repeatedly"
                    | "later"
                    | "further"
                    | "by"
                    | "after"
                    | "before"
                    | "while"
                    | "without"
                    | "as"
                    | "but"
                    | "can"
                    | "should"
                    | "must"
                    | "earlier"
                    | "already"
            );
        return subjectish;
    }
    if prev.lower().ends_with('s') && reporting_verb(prev.lower()).is_some() {
        // "Reuters denies claim": the word after a verb is its object.
        return false;
    }
    if form == Form::Base {
        // "officials say", "China and Russia deny"; not "a fierce rebuke".
        let plural = prev.lower().ends_with('s') && !prev.lower().ends_with("ss");
        return plural || matches!(prev.case, Case::Capitalised | Case::Upper);
    }
    true
}

fn after_comma_or_and(body: &Body, sentence: Range<usize>, i: usize) -> bool {
    i > sentence.start
        && (body.gap_before(i).contains(',')
            || matches!(
                body.tokens[i - 1].lower(),
                "and" | "while" | "before" | "after" | "by"
            ))
}

/// Whether what follows the verb is reported content: "that", a colon or a quotation.
fn introduces_content(body: &Body, sentence: Range<usize>, after: usize) -> bool {
    if after >= sentence.end {
        return false;
    }
    let gap = body.gap_before(after);
    gap.contains(':')
        || gap.chars().any(|c| matches!(c, '"' | '“' | '‘' | '\''))
        || body.tokens[after].lower() == "that"
        || body.tokens[after].quoted
}

/// "said the spokesperson" after a quotation: the subject follows the verb.
fn inverted_subject(
    body: &Body,
    sentence: Range<usize>,
    verb: usize,
    after: usize,
) -> Option<Range<usize>> {
    let gap = body.gap_before(verb);
    let after_quote = gap
        .chars()
        .any(|c| matches!(c, '"' | '”' | '’' | '\'' | ','));
    (after_quote && after < sentence.end)
        .then(|| clauses::phrase_rightward(body, sentence, after))
        .flatten()
}

/// "according to the statement": the source after the phrase; the reported part is the rest
/// of the sentence on the other side.
fn according_to(
    body: &Body,
    sentence: Range<usize>,
    tokens: Range<usize>,
    category: VerbCategory,
) -> Option<VerbUse> {
    let speaker = clauses::phrase_rightward(body, sentence.clone(), tokens.end)?;
    let reports = if tokens.start == sentence.start {
        (speaker.end < sentence.end).then_some(speaker.end..sentence.end)
    } else {
        Some(sentence.start..tokens.start)
    };
    Some(VerbUse {
        sentence: 0,
        span: tokens_span(body, &tokens),
        tokens,
        lemma: "according to".to_string(),
        category,
        speaker: Some(Speaker {
            span: tokens_span(body, &speaker),
            key: String::new(),
        }),
        reports,
        coordinated: false,
    })
}

/// The tokens a verb attributes: what comes after a content verb, or, when the attribution
/// trails ("…, the spokesperson said."), everything before its speaker.
fn reported_range(
    body: &Body,
    sentence: Range<usize>,
    verb: &Range<usize>,
    speaker: Option<&Range<usize>>,
    lemma: &str,
    introduces: bool,
) -> Option<Range<usize>> {
    let at_end = verb.end >= sentence.end;
    let trailing = at_end
        || speaker.is_some_and(|s| s.start >= verb.end)
        || trailing_rest(body, verb.end, sentence.end);
    if trailing {
        let before = speaker.map_or(verb.start, |s| s.start.min(verb.start));
        return (before > sentence.start).then_some(sentence.start..before);
    }
    if introduces {
        return Some(verb.end..sentence.end);
    }
    if !CONTENT_LEMMAS.contains(&lemma) || verb.end >= sentence.end {
        return None;
    }
    let next = &body.tokens[verb.end];
    let preposition = is_function_word(next.base())
        && !DETERMINERS.contains(&next.lower())
        && !PRONOUNS.contains(&next.lower());
    if preposition {
        // "responded to reports …" reports nothing; "said in a statement that …" reports
        // what follows "that".
        let clause = clause_end(body, verb.end, sentence.end);
        return (verb.end..clause)
            .find(|&k| body.tokens[k].lower() == "that")
            .map(|k| k + 1..sentence.end)
            .filter(|r| !r.is_empty());
    }
    Some(verb.end..clause_end(body, verb.end, sentence.end))
}

/// Whether only an adverbial tail follows the verb ("said on Saturday", "said in a
/// statement carried by KCNA").
fn trailing_rest(body: &Body, from: usize, end: usize) -> bool {
    from < end
        && matches!(
            body.tokens[from].lower(),
            "in" | "on" | "at" | "during" | "late" | "earlier" | "later" | "today" | "yesterday"
        )
        && !(from..end).any(|k| body.tokens[k].lower() == "that")
}

/// Adds the verbs the reading stage attached to quotations, unless the scan found them. A
/// participle the scan also found, or a verb it found no speaker for, takes the reading
/// stage's speaker, which follows clauses and quotations further than the scan's main
/// subject ("Republicans said …, and Mr. Trump flew to Milwaukee, vowing to remain
/// “defiant …”" is Mr. Trump's vow; "“…,” Biden stated, emphasizing …" is Biden's).
pub(super) fn add_quote_attributions(body: &Body, article: &Article, uses: &mut Vec<VerbUse>) {
    for q in article.quotes.iter().filter(|q| !q.in_boilerplate) {
        let Some(a) = &q.attribution else { continue };
        let Some(verb_span) = a.verb_span else {
            continue;
        };
        if let Some(speaker) = a.speaker_span {
            for u in uses.iter_mut() {
                let same_verb = u.span.overlaps(verb_span)
                    || a.participle_span.is_some_and(|p| u.span.overlaps(p));
                let written = body.slice(u.span).to_lowercase();
                let participle = form_of(&written, &u.lemma, u.tokens.len()) == Form::Participle;
                if same_verb && (participle || u.speaker.is_none()) {
                    u.speaker = Some(Speaker {
                        span: speaker,
                        key: String::new(),
                    });
                }
            }
        }
        if uses.iter().any(|u| u.span.overlaps(verb_span)) {
            continue;
        }
        let Some(first) = body
            .tokens
            .iter()
            .position(|t| t.span.start >= verb_span.start)
        else {
            continue;
        };
        let last = body.tokens[first..]
            .iter()
            .position(|t| t.span.end >= verb_span.end)
            .map_or(first + 1, |k| first + k + 1);
        if body.tokens[first].span.start != verb_span.start {
            continue;
        }
        let Some(rv) = reporting_verb(&a.verb).or_else(|| reporting_verb(&a.verb_lemma)) else {
            continue;
        };
        let sentence = body.tokens[first].sentence;
        let quote_tokens = token_range_in(body, q.span);
        uses.push(VerbUse {
            sentence,
            tokens: first..last,
            span: verb_span,
            lemma: rv.lemma.to_string(),
            category: rv.category,
            speaker: a.speaker_span.map(|span| Speaker {
                span,
                key: String::new(),
            }),
            reports: quote_tokens,
            coordinated: false,
        });
    }
}

/// The tokens that lie wholly inside `span`, if any.
pub(super) fn token_range_in(body: &Body, span: Span) -> Option<Range<usize>> {
    let start = body.tokens.partition_point(|t| t.span.start < span.start);
    let end = body.tokens.partition_point(|t| t.span.end <= span.end);
    (start < end).then_some(start..end)
}

/// The text span from the first to the last token of `r`.
pub(super) fn tokens_span(body: &Body, r: &Range<usize>) -> Span {
    Span::new(
        body.tokens[r.start].span.start,
        body.tokens[r.end - 1].span.end,
    )
}

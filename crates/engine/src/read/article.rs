//! Reading one article: the text model, boilerplate, quotations, their attribution and
//! reported speech, together.
//!
//! This is the only entry point later stages (grouping, framing) need for a single source.
//! It also decides which paragraphs are headlines (the first body paragraph when it reads as
//! one, repeated headlines, title lines in teasers), whose quotes are headline quotes.

use crate::read::attribution::{self, Attributed};
use crate::read::boilerplate::{self, BoilerplateOverride, BoilerplateRegion};
use crate::read::indirect::{self, IndirectSpeech};
use crate::read::quotes::{self, Quotation};
use crate::read::tokens::QuoteIndex;
use crate::report::{BoilerplateKind, QuoteKind};
use crate::span::Span;
use crate::text::{self, TextModel};

/// Everything the engine reads out of one article's text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Article {
    pub model: TextModel,
    pub boilerplate: Vec<BoilerplateRegion>,
    pub quotes: Vec<Quotation>,
    /// Reported speech without quote marks.
    pub indirect: Vec<IndirectSpeech>,
    /// Indices of paragraphs read as headlines.
    pub headlines: Vec<usize>,
}

impl Article {
    /// The top-level quotations (those not nested in another), each with its index in
    /// `quotes`, in text order: the report lists these, numbered from 0 in this order.
    pub fn top_level_quotes(&self) -> impl Iterator<Item = (usize, &Quotation)> {
        self.quotes
            .iter()
            .enumerate()
            .filter(|(_, q)| q.parent.is_none())
    }

    /// Reads `text`, applying the user's boilerplate `overrides`.
    pub fn read(text: &str, overrides: &[BoilerplateOverride]) -> Self {
        let model = TextModel::new(text);
        let boilerplate = boilerplate::detect(text, &model, overrides);
        let headlines = headline_paragraphs(text, &model, &boilerplate);
        let mut quotes = quotes::extract(text, &model);
        for q in &mut quotes {
            q.in_boilerplate = covered(&boilerplate, q.span);
            let para = model.paragraph_at(q.span.start);
            if q.parent.is_none() && para.is_some_and(|p| headlines.binary_search(&p).is_ok()) {
                q.kind = QuoteKind::Headline;
            }
        }
        attribution::attribute_quotes(text, &model, &mut quotes);
        attribution::lead_in(text, &model, &mut quotes);
        attribution::inherit(&model, &mut quotes);
        let mut indirect = indirect::find(text, &model, &quotes);
        for s in &mut indirect {
            s.in_boilerplate = covered(&boilerplate, s.span);
        }
        resolve_speakers(text, &model, &mut quotes, &mut indirect);
        attribution::headline_from_body(text, &mut quotes);
        let quotes = quotes::per_paragraph(text, &model, quotes);
        Article {
            model,
            boilerplate,
            quotes,
            indirect,
            headlines,
        }
    }

    /// Whether byte `pos` lies in a boilerplate region.
    pub fn is_boilerplate(&self, pos: usize) -> bool {
        covered(&self.boilerplate, Span::new(pos, pos + 1))
    }
}

/// Whether `span` lies inside one of the (sorted, disjoint) `regions`.
fn covered(regions: &[BoilerplateRegion], span: Span) -> bool {
    region_of(regions, span).is_some()
}

/// The region of the (sorted, disjoint) `regions` that contains `span`.
fn region_of(regions: &[BoilerplateRegion], span: Span) -> Option<&BoilerplateRegion> {
    let i = regions.partition_point(|r| r.span.end <= span.start);
    regions.get(i).filter(|r| r.span.contains(span))
}

/// Resolves speakers of quotations and reported speech together, in text order.
fn resolve_speakers(
    text: &str,
    model: &TextModel,
    quotes: &mut [Quotation],
    indirect: &mut [IndirectSpeech],
) {
    let index = QuoteIndex::new(quotes);
    let mut items: Vec<Attributed<'_>> = quotes
        .iter_mut()
        .filter_map(|q| {
            let at = q.span.start;
            q.attribution
                .as_mut()
                .map(|attribution| Attributed { at, attribution })
        })
        .chain(indirect.iter_mut().map(|s| Attributed {
            at: s.span.start,
            attribution: &mut s.attribution,
        }))
        .collect();
    attribution::resolve(text, model, &index, &mut items);
}

/// Most words a title line (no final punctuation) has.
const HEADLINE_MAX_WORDS: usize = 30;
/// Most words of a first paragraph read as the headline although it ends with a full stop;
/// longer single sentences are one-sentence ledes.
const LEAD_HEADLINE_MAX_WORDS: usize = 20;

/// Articles and finite auxiliaries: headline style drops them ("NATO condemns arms
/// transfers"), while a lede sentence, however short, nearly always has one ("X is to leave
/// his role, the association has announced").
const PROSE_WORDS: [&str; 13] = [
    "a", "an", "the", "is", "are", "was", "were", "has", "have", "had", "will", "would", "be",
];

/// Whether the words of `span` read as headline style: no article and no auxiliary.
fn headline_style(text: &str, span: Span) -> bool {
    !text::words(text, span).any(|w| {
        let word = w.slice(text);
        PROSE_WORDS.iter().any(|p| word.eq_ignore_ascii_case(p))
    })
}

/// Paragraphs that are headlines: the first body paragraph when it is one short sentence in
/// headline style (or a title line), paragraphs marked as a repeated headline or teaser, and
/// any one-sentence paragraph of four or more words without final punctuation (a title line).
/// A first paragraph that is one punctuated sentence of ordinary prose is a one-sentence lede.
fn headline_paragraphs(
    text: &str,
    model: &TextModel,
    boilerplate: &[BoilerplateRegion],
) -> Vec<usize> {
    let mut out = Vec::new();
    let mut seen_body = false;
    for (i, p) in model.paragraphs.iter().enumerate() {
        let region = region_of(boilerplate, p.span).map(|r| r.kind);
        let words = model.paragraph_words.get(i).copied().unwrap_or(0);
        let one_sentence = p.sentences.len() == 1;
        let unpunctuated = !p
            .span
            .slice(text)
            .trim_end_matches(['"', '\'', '”', '’', ')', '»'])
            .ends_with(['.', '!', '?', '…', ':', ';', ',']);
        // A long line of ordinary prose missing its full stop is body, not a title.
        let title_like = words <= LEAD_HEADLINE_MAX_WORDS || headline_style(text, p.span);
        let titled =
            one_sentence && unpunctuated && (4..=HEADLINE_MAX_WORDS).contains(&words) && title_like;
        let first_body = region.is_none() && !seen_body;
        let headline = match region {
            Some(BoilerplateKind::RepeatedHeadline | BoilerplateKind::Teaser) => titled,
            Some(_) => false,
            None => {
                titled
                    || (first_body
                        && one_sentence
                        && words <= LEAD_HEADLINE_MAX_WORDS
                        && headline_style(text, p.span))
            }
        };
        if region.is_none() {
            seen_body = true;
        }
        if headline {
            out.push(i);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_one_sentence_lede_in_prose_is_body_not_a_headline() {
        // ITV and The Irish Times, 16 July 2024: each story opens with a one-sentence
        // paragraph that is its lede; tribalfootball.com's lede lost its full stop.
        let itv = "Gareth Southgate is to leave his role as England manager, the Football \
                   Association has announced.\n\nIt comes after England's 2-1 defeat to Spain.";
        assert!(Article::read(itv, &[]).headlines.is_empty());
        let irish = "Gareth Southgate has stepped down as England manager, saying it is time \
                     for a “new chapter” for the national team.\n\nHe announced his decision.";
        let article = Article::read(irish, &[]);
        assert!(article.headlines.is_empty());
        assert_eq!(article.quotes[0].kind, QuoteKind::Partial);
        let tribal = "Southgate sends emotional message to fans after shock resignation\n\n\
                      Gareth Southgate has stepped down as England boss after nearly eight \
                      years in charge with his replacement being debated across the country\n\n\
                      Southgate has come under a lot of scrutiny.";
        assert_eq!(Article::read(tribal, &[]).headlines, [0]);
    }

    #[test]
    fn headline_quotes_and_attribution_together() {
        // Yonhap, July 13, 2024 (headline and first paragraph).
        let text = "NATO condemns Pyongyang’s arms transfers to Russia, expressing ‘grave \
                    concern’ about increasing ties.\n\
                    North Korea on Saturday denounced a NATO summit declaration, calling it \
                    “illegal.” He said that the situation requires a new strategy.";
        let article = Article::read(text, &[]);
        assert_eq!(article.headlines, [0]);
        let q = &article.quotes[0];
        assert_eq!(q.kind, QuoteKind::Headline);
        let a = q.attribution.as_ref().unwrap();
        assert_eq!(a.speaker, "NATO");
        assert_eq!(a.verb, "condemns");
        assert_eq!(a.participle.as_deref(), Some("expressing"));
        assert_eq!(article.indirect.len(), 1);
        let he = &article.indirect[0].attribution;
        assert_eq!(he.speaker, "He");
        assert_eq!(he.resolved_speaker.as_deref(), Some("North Korea"));
    }
}

//! The framing part of the report: claims and unique details, ledes and emphasis, attribution
//! verbs, naming, loaded and hedging language, voices. Records only; `crate::framing` fills them.

use serde::{Deserialize, Serialize};

use super::kinds::VerbCategory;

/// The framing part of the report. Every list is in source order where it is per source.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct FramingReport {
    /// Claims shared by several sources, facts one source alone gives, the coverage matrix
    /// (each claim's `coverage`), and names and numbers only one source mentions.
    pub claims: ClaimsReport,
    /// Headline and first sentences of each source, with the claims they carry.
    pub ledes: Vec<SourceLede>,
    /// Shared claims one source leads with while another buries or omits them.
    pub emphasis: Vec<EmphasisRow>,
    /// Attribution verbs per source, by speaker and category.
    pub verbs: Vec<SourceVerbs>,
    /// Actors and the ways the sources name them.
    pub naming: Vec<NamedActor>,
    /// Loaded words, hedges and intensifiers per source, and the writer's own judgements.
    pub language: Vec<SourceLanguage>,
    /// Whose words each source quotes, and quoted words against the writer's own.
    pub voices: Vec<SourceVoices>,
}

/// What the claims analysis found.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ClaimsReport {
    /// Shared claims first (most sources, earliest first), then facts one source alone gives.
    pub claims: Vec<Claim>,
    /// Per source, the names and numbers no other source mentions.
    pub unique_details: Vec<SourceDetails>,
}

/// One claim: the sentences, one or more per source, that report it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    /// `c<n>`, unique in the report.
    pub id: String,
    /// Sources that carry the claim, ascending.
    pub sources: Vec<usize>,
    /// The sentences that state the claim, in source then text order.
    pub members: Vec<ClaimMember>,
    /// Index into `members` of the sentence that best stands for the claim.
    pub representative: usize,
    /// The words the members share, rarest first.
    pub shared_terms: Vec<String>,
    /// One cell per source (the coverage matrix row): where the claim first appears, or
    /// `None` when the source does not carry it.
    pub coverage: Vec<Option<ClaimPlace>>,
    /// Numbers and dates the members give differently: in two members of different sources
    /// matched to each other, each value the other does not give ("six hours" against "two
    /// afternoons", "4 July" against "5 July"). Empty when the sources agree or give none.
    pub conflicting_details: Vec<ConflictingDetail>,
}

/// A number or date one source gives for a claim where another source gives a different one.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConflictingDetail {
    /// The source index.
    pub source: usize,
    /// The value as written, with the word it counts when there is one ("six hours").
    pub text: String,
    /// Byte offset where it starts.
    pub start: usize,
    /// Byte offset where it ends.
    pub end: usize,
}

/// One cue by which a member was matched to the members of the claim's other sources.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MatchCue {
    /// What kind of cue it is.
    pub kind: MatchCueKind,
    /// The cue as this member writes it; for an event, the name of its meaning group
    /// ("denounce" for "rebuke", "slam", "reject").
    pub text: String,
}

/// The kinds of cue claims are matched by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MatchCueKind {
    /// The same actor, however named ("Pyongyang", "North Korea").
    Actor,
    /// An event word of the same meaning group ("denounced", "rebuke").
    Event,
    /// The same number or date, however written ("June 3rd", "3 June").
    Number,
    /// The same word (by its stem).
    Word,
}

/// Where a claim first appears in one source.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClaimPlace {
    /// Index of the sentence among the source's body sentences (0 = first).
    pub sentence: usize,
    /// Number of body sentences in the source.
    pub of: usize,
    /// Byte offset where that sentence starts.
    pub start: usize,
    /// Byte offset where it ends.
    pub end: usize,
}

/// One sentence of a claim.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ClaimMember {
    /// The source index.
    pub source: usize,
    /// Index among the source's body sentences.
    pub sentence: usize,
    /// Byte offset where the sentence starts.
    pub start: usize,
    /// Byte offset where it ends.
    pub end: usize,
    /// The sentence as written.
    pub text: String,
    /// Words, names and numbers of this sentence that the claim's other sources do not
    /// give (for a claim of one source: that no other source gives anywhere).
    pub details: Vec<Detail>,
    /// The cues this sentence shares with the members of the claim's other sources: actors,
    /// event meanings and numbers first, then the rarest shared words. Empty for a claim of
    /// one source.
    pub matched_by: Vec<MatchCue>,
}

/// A word, name or number, with its place in the text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Detail {
    /// The detail as written.
    pub text: String,
    /// Whether it is a word, a number or a name.
    pub kind: DetailKind,
    /// Byte offset where it starts.
    pub start: usize,
    /// Byte offset where it ends.
    pub end: usize,
}

/// What kind of detail it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DetailKind {
    /// A content word.
    Word,
    /// A number, in digits or words.
    Number,
    /// A capitalised name.
    Name,
}

/// One source's names and numbers that no other source mentions.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SourceDetails {
    /// The source index.
    pub source: usize,
    /// First use of each, in text order, with how many times the source uses it.
    pub details: Vec<CountedDetail>,
}

/// A detail and how often its source uses it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CountedDetail {
    /// The first use.
    #[serde(flatten)]
    pub detail: Detail,
    /// Uses in the source.
    pub count: usize,
}

/// The opening of one source.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SourceLede {
    /// The source index.
    pub source: usize,
    /// The headline, when the source has one.
    pub headline: Option<LedeSentence>,
    /// The first sentences after the headline.
    pub lede: Vec<LedeSentence>,
}

/// A headline or lede sentence and the claims it carries.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LedeSentence {
    /// Byte offset where the sentence starts.
    pub start: usize,
    /// Byte offset where it ends.
    pub end: usize,
    /// The sentence as written.
    pub text: String,
    /// Ids of every claim this sentence belongs to (a sentence stating two facts is a
    /// member of two claims).
    pub claims: Vec<String>,
    /// Ids of those claims that other sources also carry.
    pub shared_claims: Vec<String>,
}

/// Where a source puts a claim.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Placement {
    /// In the headline.
    Headline,
    /// In the first sentences after the headline.
    Lede,
    /// In the first half of the body, after the lede.
    Body,
    /// In the second half of the body.
    Buried,
    /// Not in the source at all.
    Omitted,
}

/// A shared claim that sources place differently.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EmphasisRow {
    /// The claim's id.
    pub claim: String,
    /// The claim's representative sentence.
    pub text: String,
    /// One placement per source, in source order.
    pub placements: Vec<Placement>,
}

/// Verbs of one source, grouped by speaker and lemma.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SourceVerbs {
    /// The source index.
    pub source: usize,
    /// Verb uses per category, in category order.
    pub by_category: Vec<CategoryCount>,
    /// One row per speaker and verb, most used first.
    pub rows: Vec<VerbRow>,
}

/// How many verb uses of one category a source has.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CategoryCount {
    /// The category.
    pub category: VerbCategory,
    /// Uses of verbs of that category.
    pub count: usize,
}

/// One speaker's use of one verb in one source.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct VerbRow {
    /// The speaker as first written in this row; `None` when no speaker was found. Rows
    /// group speakers by actor, so "Pyongyang" and "North Korea" share a row.
    pub speaker: Option<String>,
    /// The actor the speaker names, when the naming table knows it ("North Korea").
    pub actor: Option<String>,
    /// The verb's lemma ("say", "bristle").
    pub lemma: String,
    /// The stance the verb lends.
    pub category: VerbCategory,
    /// Uses in the source by this speaker.
    pub count: usize,
    /// Every use, in text order.
    pub uses: Vec<VerbOccurrence>,
}

/// One use: the verb's words and its sentence, as byte offsets.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct VerbOccurrence {
    /// The verb as written.
    pub verb: String,
    /// Byte offset where the verb starts.
    pub start: usize,
    /// Byte offset where it ends.
    pub end: usize,
    /// The speaker as written, if found.
    pub speaker_text: Option<String>,
    /// Byte offset where the verb's sentence starts.
    pub sentence_start: usize,
    /// Byte offset where it ends.
    pub sentence_end: usize,
}

/// All the actors named across sources and the table of their variants.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct NamedActor {
    /// Stable key ("place:KP", "name:north atlantic treaty organization").
    pub key: String,
    /// The fullest common name.
    pub label: String,
    /// What kind of actor it is.
    pub kind: ActorKind,
    /// Mentions per source, in source order.
    pub mentions_by_source: Vec<usize>,
    /// The ways the actor is named, most used first.
    pub variants: Vec<NameVariant>,
}

/// One way of naming an actor, with where each source uses it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct NameVariant {
    /// The wording as first written ("Pyongyang", "this isolated nation").
    pub text: String,
    /// How the wording names the actor.
    pub form: MentionForm,
    /// Uses per source, in source order.
    pub counts: Vec<usize>,
    /// Every use: source and byte span.
    pub occurrences: Vec<Occurrence>,
}

/// A place in one source's text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Occurrence {
    /// The source index.
    pub source: usize,
    /// Byte offset where the words start.
    pub start: usize,
    /// Byte offset where they end.
    pub end: usize,
}

/// What a marked word does.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MarkerCategory {
    /// Judging labels: "regime", "propaganda", "rogue".
    Loaded,
    /// Dramatising wording: "fierce", "bombshell", "stoking the flames".
    Dramatic,
    /// Turns a description up: "strongly", "extremely".
    Intensifier,
    /// Softens a claim: "perhaps", "largely", "around 5 million".
    Hedge,
    /// Keeps a claim at a distance: "reportedly", "so-called", "seen as".
    Distancing,
}

/// Whose words a marked word is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Voice {
    /// The writer's own words.
    Own,
    /// Content the writer attributes to someone ("claimed that …").
    Reported,
    /// Inside a direct quotation.
    Quoted,
}

/// One marked word or phrase.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Marker {
    /// The word or phrase as written.
    pub text: String,
    /// What it does.
    pub category: MarkerCategory,
    /// Whose words it is.
    pub voice: Voice,
    /// Byte offset where it starts.
    pub start: usize,
    /// Byte offset where it ends.
    pub end: usize,
}

/// Counts of one category in one source.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CategoryRate {
    /// The category.
    pub category: MarkerCategory,
    /// All hits, whatever the voice.
    pub count: usize,
    /// Hits in the writer's own voice.
    pub own: usize,
    /// `count` per 1,000 body words.
    pub per_1000_words: f64,
}

/// A sentence with marked words.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MarkedSentence {
    /// Byte offset where the sentence starts.
    pub start: usize,
    /// Byte offset where it ends.
    pub end: usize,
    /// The sentence as written.
    pub text: String,
    /// Whose words the sentence mostly is.
    pub voice: Voice,
    /// Whether the writer judges here in their own voice: a loaded or dramatising word
    /// outside any quotation or reported content.
    pub judgement: bool,
    /// Indices into the source's `markers`.
    pub markers: Vec<usize>,
}

/// The language of one source.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SourceLanguage {
    /// The source index.
    pub source: usize,
    /// Body words (boilerplate excluded), the base of the rates.
    pub words: usize,
    /// One rate per category.
    pub rates: Vec<CategoryRate>,
    /// Every marked word, in text order.
    pub markers: Vec<Marker>,
    /// Sentences with markers, in text order; judgements are flagged.
    pub sentences: Vec<MarkedSentence>,
}

/// Voices of one source.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SourceVoices {
    /// The source index.
    pub source: usize,
    /// Body words.
    pub words: usize,
    /// Words inside quotations.
    pub quoted_words: usize,
    /// Body words outside quotations: the writer's own.
    pub own_words: usize,
    /// `quoted_words / words`, 0 when there are no words.
    pub quoted_share: f64,
    /// One row per speaker, most quoted first; `speaker: None` collects unattributed quotes.
    pub speakers: Vec<SpeakerShare>,
}

/// How much of one speaker a source quotes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SpeakerShare {
    /// The speaker as first written; `None` for quotations without a speaker.
    pub speaker: Option<String>,
    /// The actor the speaker names, when the naming table knows it.
    pub actor: Option<String>,
    /// Quoted words of this speaker.
    pub words: usize,
    /// Quotations of this speaker.
    pub quotes: usize,
    /// `words / quoted_words` of the source.
    pub share: f64,
    /// The quotations, as byte spans.
    pub spans: Vec<QuotedSpan>,
}

/// A quotation of one speaker, as a byte span.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuotedSpan {
    /// Byte offset where the quoted words start.
    pub start: usize,
    /// Byte offset where they end.
    pub end: usize,
}

/// What kind of actor a name stands for, as far as the text tells.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum ActorKind {
    /// A state, named by its name, capital or adjective.
    Country,
    /// An organisation, ministry, agency or alliance.
    Organisation,
    /// A person.
    Person,
    /// A war or other armed conflict, named by the countries involved (see `events`).
    Event,
    /// Anything else the text names.
    #[default]
    Other,
}

/// How a mention names its actor.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum MentionForm {
    /// A full or official name: "North Korea", "Democratic People's Republic of Korea".
    #[default]
    Name,
    /// An acronym or abbreviation: "DPRK", "NATO".
    Acronym,
    /// A short form of a name given elsewhere: "the North", "Putin".
    ShortName,
    /// A capital or seat of government standing for a state: "Pyongyang", "the Kremlin".
    Capital,
    /// An adjective of nationality: "North Korean".
    Adjective,
    /// A description pointing back to an actor: "this isolated nation", "the alliance".
    Description,
}

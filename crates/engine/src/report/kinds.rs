//! The small closed vocabularies of the report: kinds of quotation and boilerplate, how an
//! attribution was found, and the stance an attribution verb lends.

use serde::{Deserialize, Serialize};

/// How an attribution was found.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AttributionBasis {
    /// A reporting verb and its subject.
    #[default]
    Verb,
    /// "according to" and the phrase after it.
    AccordingTo,
    /// No reporting verb: the subject of the quote's sentence.
    SentenceSubject,
    /// No cue in the sentence: the speaker of the quoted passage it continues.
    Inherited,
    /// A name signed after a dash: "“…” — Victor Hugo".
    Signature,
    /// A paragraph of quotation with no cue of its own, right after a paragraph that announces
    /// it ("… has left a message to England fans …", "He told the crowd:"): that sentence's
    /// subject.
    LeadIn,
    /// No attribution of its own: the speaker its quote group agrees on (a headline, a
    /// fragment in a sentence without a reporting verb).
    Group,
}

/// How a quotation sits in the writer's text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteKind {
    /// A sentence or more of speech.
    Full,
    /// A fragment of speech inside the writer's own sentence.
    Partial,
    /// A term the writer sets off in quote marks.
    Scare,
    /// A quotation in a headline.
    Headline,
}

/// What kind of non-body text a region is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BoilerplateKind {
    /// An embedded social-media post: its link line, signature line and text.
    SocialEmbed,
    /// Links to other articles.
    Teaser,
    /// An author's name, job title or credits.
    Byline,
    /// "Jane Doe is a reporter for …".
    AuthorBio,
    /// A photo caption or credit.
    Caption,
    /// Page furniture: labels, notes, promotions, dates; also what the user marked as not article.
    SiteChrome,
    /// A title line repeating an earlier one.
    RepeatedHeadline,
    /// A recap heading and its list items.
    RecapList,
    /// "Reprinted with permission …".
    ReprintCredit,
    /// One sentence explaining a short form ("DPRK stands for …").
    Explainer,
}

/// The stance an attribution verb lends to what it introduces.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum VerbCategory {
    /// Plain attribution: said, told, stated, added, wrote.
    Neutral,
    /// Firm or formal assertion without judging it: declared, insisted, stressed, vowed.
    Assertive,
    /// Casts doubt on what is reported: claimed, alleged, purported.
    DoubtCasting,
    /// Emotive or combative: bristled, slammed, lashed out, fired back, unleashed.
    Emotive,
    /// Lends credence: noted, explained, pointed out, acknowledged, revealed.
    Endorsing,
}

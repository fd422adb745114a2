//! Hedges: words by which a writer softens a claim (epistemic hedges: "perhaps", "largely"),
//! keeps a distance from it (distancing: "reportedly", "so-called", "seen as"), or makes a
//! figure approximate (approximators, which count only before a number: "around 5 million").
//!
//! Origin. Many epistemic entries are a subset of the `hedges` word list, and a few distancing
//! entries come from the `weasels` word list, both by Titus Wormer (npm `hedges` 2.0.1 and
//! `weasels` 2.0.1), used under the MIT licence:
//!
//! > Copyright (c) 2014 Titus Wormer <tituswormer@gmail.com>
//! >
//! > Permission is hereby granted, free of charge, to any person obtaining a copy of this
//! > software and associated documentation files (the 'Software'), to deal in the Software
//! > without restriction, including without limitation the rights to use, copy, modify, merge,
//! > publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons
//! > to whom the Software is furnished to do so, subject to the following conditions:
//! >
//! > The above copyright notice and this permission notice shall be included in all copies or
//! > substantial portions of the Software.
//! >
//! > THE SOFTWARE IS PROVIDED 'AS IS', WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED,
//! > INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR
//! > PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE
//! > FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR
//! > OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER
//! > DEALINGS IN THE SOFTWARE.
//!
//! Left out of that list on purpose, because in news prose they mostly do not hedge: modal
//! auxiliaries of future and obligation ("will", "must", "should", "can"), reporting verbs
//! ("say", "think", "believe": the attribution-verb table covers them), quantity words
//! ("many", "some", "few", "most") and prepositions that hedge only before a number ("about",
//! "around": listed here as approximators instead). The rest (distancing phrases,
//! approximators, and entries not marked) were written for Parallax.
//!
//! Entries are lowercase words or phrases; matching compares word stems, so one entry covers
//! its inflections ("seem" covers "seems", "seemed").

/// Epistemic hedges: the writer signals the claim may not hold fully.
pub const EPISTEMIC: &[&str] = &[
    // from `hedges` (MIT)
    "apparent",
    "apparently",
    "appear to",
    "conceivably",
    "doubtful",
    "evidently",
    "fairly",
    "generally",
    "in general",
    "inconclusive",
    "kind of",
    "largely",
    "likely",
    "mainly",
    "maybe",
    "more or less",
    "mostly",
    "partially",
    "perhaps",
    "possibly",
    "practically",
    "presumably",
    "probably",
    "probable",
    "seem",
    "somehow",
    "somewhat",
    "sort of",
    "speculate",
    "suggestive",
    "unlikely",
    "unsure",
    "virtually",
    "may",
    "might",
    // from `weasels` (MIT)
    "arguably",
    "relatively",
    // written for Parallax
    "could",
    "partly",
    "in part",
    "it is possible",
    "it remains unclear",
    "it is unclear",
    "unclear",
    "unconfirmed",
    "potentially",
    "seemingly",
    "ostensibly",
];

/// Distancing: the writer marks a claim as someone else's, often unnamed.
pub const DISTANCING: &[&str] = &[
    // from `hedges` (MIT)
    "alleged",
    "allegedly",
    "supposedly",
    // from `weasels` (MIT)
    "reportedly",
    // written for Parallax
    "purportedly",
    "purported",
    "so-called",
    "self-styled",
    "self-proclaimed",
    "what it called",
    "what he called",
    "what she called",
    "what they called",
    "is said to",
    "are said to",
    "was said to",
    "were said to",
    "is believed to",
    "are believed to",
    "was believed to",
    "is thought to",
    "are thought to",
    "seen as",
    "viewed as",
    "regarded as",
    "perceived as",
    "widely seen",
    "it is understood",
    "sources say",
    "sources said",
    "critics say",
    "critics said",
    "observers say",
    "observers said",
    "experts say",
    "experts said",
    "some say",
];

/// Approximators: hedge a figure, so they count only when a number follows ("around 5
/// million", "nearly 300").
pub const APPROXIMATORS: &[&str] = &[
    // "approximately", "roughly", "about", "around", "at least" are in `hedges` (MIT)
    "approximately",
    "roughly",
    "about",
    "around",
    "at least",
    // written for Parallax
    "nearly",
    "almost",
    "some",
    "up to",
    "an estimated",
    "estimated",
    "more than",
    "over",
    "upwards of",
    "close to",
    "as many as",
    "as much as",
];

//! The framing panel (issue 7, item 4): how each source tells the event, beside what it
//! quotes — attribution verbs, naming, loaded and hedging words, voices, unique facts, ledes
//! and the claims coverage matrix.
//!
//! Everything shown comes from `report.framing` (see `docs/report.md`); this module arranges
//! it into tables and never analyses text itself. Quoted sentences are cut from the sources'
//! original text by the report's byte offsets and rendered as text nodes. Long lists show
//! their first rows with a "show all" toggle, and per-source details are built only when
//! opened, so 50 articles render without freezing the page.
//!
//! One module per part: [`verbs`], [`naming`], [`language`], [`voices`], [`claims`] (unique
//! facts and the coverage matrix), [`ledes`]; [`widgets`] holds the shared pieces.

mod claims;
mod language;
mod ledes;
mod naming;
mod verbs;
mod voices;
mod widgets;

use std::sync::Arc;

use leptos::prelude::*;

use super::state::{Comparison, Workspace};

/// The id of the panel's heading, for in-page navigation.
pub const HEADING_ID: &str = "results-framing";

/// Up to this many sources, per-source details start open.
const OPEN_UP_TO: usize = 4;

/// Whether per-source details start open for a comparison of `sources` sources.
fn open_by_default(sources: usize) -> bool {
    sources <= OPEN_UP_TO
}

/// The framing panel, shown once a comparison exists.
#[component]
pub fn FramingPanel(ws: Workspace) -> impl IntoView {
    move || ws.comparison.get().map(|c| view! { <FramingSection c /> })
}

#[component]
fn FramingSection(c: Arc<Comparison>) -> impl IntoView {
    view! {
        <section id="framing" class="framing" aria-labelledby=HEADING_ID data-testid="framing">
            <h2 id=HEADING_ID tabindex="-1">"How each source frames the event"</h2>
            <p class="fr-intro">
                "Beside what they quote, outlets differ in how they attribute, name, judge and "
                "order the story. Marks below are pointers for a reader, not verdicts: each one "
                "shows the words it is about."
            </p>
            <verbs::VerbsPart c=c.clone() />
            <naming::NamingPart c=c.clone() />
            <language::LanguagePart c=c.clone() />
            <voices::VoicesPart c=c.clone() />
            <claims::UniqueFactsPart c=c.clone() />
            <ledes::LedesPart c=c.clone() />
            <claims::ClaimMatrixPart c />
        </section>
    }
}

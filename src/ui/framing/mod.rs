//! The framing panel (issue 7, item 4): how each source tells the event, beside what it
//! quotes — attribution verbs, naming, loaded and hedging words, voices, unique facts, ledes
//! and the claims coverage matrix.
//!
//! Everything shown comes from `report.framing` (see `docs/report.md`); this module arranges
//! it into tables and never analyses text itself. Quoted sentences are cut from the sources'
//! original text by the report's byte offsets and rendered as text nodes. Long lists show
//! their first rows with a "show all" toggle, per-source details are built only when opened,
//! and the parts are built one browser task each after the results, so 50 articles render
//! without freezing the page.
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

use super::results::grow_in_slices;
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
    let built = RwSignal::new(0);
    grow_in_slices(built, PARTS, 1);
    view! {
        <section id="framing" class="framing" aria-labelledby=HEADING_ID data-testid="framing">
            <h2 id=HEADING_ID tabindex="-1">"How each source frames the event"</h2>
            <p class="fr-intro">
                "Beside what they quote, outlets differ in how they attribute, name, judge and "
                "order the story. Marks below are pointers for a reader, not verdicts: each one "
                "shows the words it is about."
            </p>
            {part(built, 0, c.clone(), |c| view! { <verbs::VerbsPart c /> })}
            {part(built, 1, c.clone(), |c| view! { <naming::NamingPart c /> })}
            {part(built, 2, c.clone(), |c| view! { <language::LanguagePart c /> })}
            {part(built, 3, c.clone(), |c| view! { <voices::VoicesPart c /> })}
            {part(built, 4, c.clone(), |c| view! { <claims::UniqueFactsPart c /> })}
            {part(built, 5, c.clone(), |c| view! { <ledes::LedesPart c /> })}
            {part(built, 6, c, |c| view! { <claims::ClaimMatrixPart c /> })}
        </section>
    }
}

/// How many parts the panel has; they are built one browser task each.
const PARTS: usize = 7;

/// Part `k` of the panel, once `built` has passed it. Each part is built in its own browser
/// task after the results' first render, one after another (`grow_in_slices`): together, the
/// tables of fifty articles are thousands of elements, and building and laying them out with
/// the results kept the page from drawing a frame for most of a second.
fn part<V: IntoView + 'static>(
    built: RwSignal<usize>,
    k: usize,
    c: Arc<Comparison>,
    make: impl Fn(Arc<Comparison>) -> V + Send + Sync + 'static,
) -> impl IntoView {
    let here = Memo::new(move |_| built.get() > k);
    move || here.get().then(|| make(c.clone()))
}

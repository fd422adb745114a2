//! The result views of a comparison, shown once `ws.comparison` holds one: a short in-page
//! navigation, then the overview (`overview`), the quote cards with word diffs (`cards`) and the
//! side-by-side reading (`reading`). Pure text splitting lives in `segments`.
//!
//! Every view reads the report as it is: nothing here analyses text or copies the comparison
//! into other signals. The only state is what the reader does (which group is highlighted,
//! which quote was shown in context, whether boilerplate is counted in).
//! The key differences (`key_differences`, from `crate::findings`) come first. The framing and
//! export sections are built elsewhere; the navigation goes to them by their element ids
//! (`route::Section`).

mod cards;
mod key_differences;
mod layers;
mod overview;
mod reading;

use std::collections::HashMap;
use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::route::{self, Section, Target};
pub(crate) use super::slices::grow_in_slices;
use super::state::{Comparison, Workspace};
use crate::findings::{key_differences, KeyDifferences};
use cards::QuoteCards;
use key_differences::KeyDifferencesView;
use overview::Overview;
use parallax_engine::report::{QuoteGroupRecord, QuoteRecord, Report};
use reading::Reading;

/// Lookups over one report, built once per comparison.
pub(crate) struct Lookup {
    quote_by_id: HashMap<String, usize>,
    /// For each quote of `report.quotes`, the index of its group in `report.quote_groups`.
    group_of_quote: Vec<Option<usize>>,
}

impl Lookup {
    fn new(report: &Report) -> Self {
        let quote_by_id: HashMap<String, usize> = report
            .quotes
            .iter()
            .enumerate()
            .map(|(i, q)| (q.id.clone(), i))
            .collect();
        let mut group_of_quote = vec![None; report.quotes.len()];
        for (g, group) in report.quote_groups.iter().enumerate() {
            for member in &group.members {
                if let Some(&q) = quote_by_id.get(member) {
                    group_of_quote[q] = Some(g);
                }
            }
        }
        Lookup {
            quote_by_id,
            group_of_quote,
        }
    }
}

/// What every result view shares: the comparison, its lookups, and the reader's choices.
#[derive(Clone)]
pub(crate) struct Shared {
    pub comparison: Arc<Comparison>,
    lookup: Arc<Lookup>,
    /// The group whose quotes are highlighted in every column (hovered, focused or shown).
    pub active_group: RwSignal<Option<usize>>,
    /// Whether a group is the active one; notifies only the marks whose state changes.
    pub is_active: Selector<Option<usize>>,
    /// The quote last shown in context (index into `report.quotes`).
    pub located: RwSignal<Option<usize>>,
    pub is_located: Selector<Option<usize>>,
    /// Boilerplate paragraphs shown expanded and undimmed in the reading view.
    pub count_boilerplate: RwSignal<bool>,
    /// Whether the disclosure of quotes found in one source only is open.
    pub singles_open: RwSignal<bool>,
    /// The card the reader last left for "Show in context" (a way back).
    pub came_from: RwSignal<Option<usize>>,
    /// How many of the lead cards (then of the one-source cards) are on the page: they are
    /// added in slices after the first screenful (`grow_in_slices`); going to a card builds
    /// every card up to it first.
    pub lead_shown: RwSignal<usize>,
    pub singles_shown: RwSignal<usize>,
    /// How many of the sections after the overview are built ([`LATER_SECTIONS`]: the cards,
    /// the reading); and how many reading columns. Both grow a browser task at a time after
    /// the first render; going to a card or showing a quote in context builds them all first.
    pub sections_built: RwSignal<usize>,
    pub columns_built: RwSignal<usize>,
    /// The key differences of the report, computed once, in a browser task after the first
    /// render (`None` until then): with fifty long articles they take a good part of a frame.
    pub findings: RwSignal<Option<Arc<KeyDifferences>>>,
    pub ws: Workspace,
}

impl Shared {
    fn new(comparison: Arc<Comparison>, ws: Workspace) -> Self {
        let findings = RwSignal::new(None);
        let source = comparison.clone();
        set_timeout(
            move || {
                let found = Arc::new(key_differences(&source.report));
                // The results may be gone by now (a newer comparison): then nothing is set.
                let _ = findings.try_set(Some(found));
            },
            std::time::Duration::ZERO,
        );
        let lookup = Arc::new(Lookup::new(&comparison.report));
        let active_group = RwSignal::new(None);
        let located = RwSignal::new(None);
        Shared {
            comparison,
            lookup,
            active_group,
            is_active: Selector::new(move || active_group.get()),
            located,
            is_located: Selector::new(move || located.get()),
            count_boilerplate: RwSignal::new(false),
            singles_open: RwSignal::new(false),
            came_from: RwSignal::new(None),
            lead_shown: RwSignal::new(FIRST_CARDS),
            singles_shown: RwSignal::new(FIRST_CARDS),
            sections_built: RwSignal::new(0),
            columns_built: RwSignal::new(0),
            findings,
            ws,
        }
    }

    pub fn report(&self) -> &Report {
        &self.comparison.report
    }

    /// The index and record of the quote with `id`.
    pub fn quote(&self, id: &str) -> Option<(usize, &QuoteRecord)> {
        let i = *self.lookup.quote_by_id.get(id)?;
        Some((i, self.report().quotes.get(i)?))
    }

    /// The group of quote `index`.
    pub fn group_of(&self, quote: usize) -> Option<usize> {
        self.lookup.group_of_quote.get(quote).copied().flatten()
    }

    pub fn source_name(&self, source: usize) -> String {
        self.comparison.source_name(source)
    }

    /// Shows quote `index` in the side-by-side reading: highlights its group, opens the
    /// boilerplate paragraph it may be folded in, scrolls to it and focuses it.
    pub fn show_in_context(&self, quote: usize) {
        self.build_all();
        self.came_from.set(self.group_of(quote));
        self.active_group.set(self.group_of(quote));
        self.located.set(Some(quote));
        reveal_and_focus(reading_quote_id(quote));
    }

    /// Builds every section and reading column now (for a place that must be on the page).
    pub fn build_all(&self) {
        let columns = self.comparison.sources.len();
        if self.sections_built.get_untracked() < LATER_SECTIONS {
            self.sections_built.set(LATER_SECTIONS);
        }
        if self.columns_built.get_untracked() < columns {
            self.columns_built.set(columns);
        }
    }

    /// Goes to the card of group `g` with a history entry (Back returns).
    pub fn open_card(&self, g: usize) {
        route::go(self.ws.target, Target::Card(g));
    }

    /// The card of group `g`, in view and focused, opening the one-source disclosure if it is
    /// in there.
    pub fn go_to_card(&self, g: usize) {
        self.build_all();
        let groups = &self.report().quote_groups;
        let single = is_single_source(groups.get(g));
        // Its place in its list: every card before it is built first.
        let place = (0..g)
            .filter(|&x| is_single_source(groups.get(x)) == single)
            .count();
        let shown = if single {
            self.singles_open.set(true);
            self.singles_shown
        } else {
            self.lead_shown
        };
        if shown.get_untracked() <= place {
            shown.set(place + 1);
        }
        reveal_and_focus(quote_card_id(g));
    }
}

/// How many cards are built with the first render of the results: more than a screenful
/// (each card builds its first few versions at once and the rest in slices).
pub(crate) const FIRST_CARDS: usize = 8;
/// Cards added per slice after the first render.
const CARDS_PER_SLICE: usize = 4;
/// The sections built after the first render, one browser task each: the overview, the quote
/// cards, then the side-by-side reading. With fifty long articles, decoding the report, the key
/// differences and every section in one task held the page for over half a second.
const LATER_SECTIONS: usize = 3;

/// Whether a group is quoted by one source only (such groups are folded under a disclosure).
pub(crate) fn is_single_source(group: Option<&QuoteGroupRecord>) -> bool {
    group.is_some_and(|g| g.sources.len() < 2)
}

/// A group's number as shown to readers: `g0` is quote 1.
pub(crate) fn group_number(g: usize) -> usize {
    g + 1
}

/// The CSS class giving group `g` its mark colour (`--group-1` … `--group-8`, repeating);
/// always shown beside the group's number.
pub(crate) fn hue_class(g: usize) -> String {
    format!("hue-{}", g % 8 + 1)
}

pub(crate) fn quote_card_id(g: usize) -> String {
    format!("quote-card-{g}")
}

pub(crate) fn reading_quote_id(quote: usize) -> String {
    format!("reading-quote-{quote}")
}

/// How many animation frames to wait for an element that is about to be rendered.
const REVEAL_TRIES: u32 = 6;

/// Focuses the element with `id` (scrolling it into view), first opening any closed
/// `<details>` around it. Waits a few frames for an element that is still being rendered.
pub(crate) fn reveal_and_focus(id: String) {
    fn attempt(id: String, tries_left: u32) {
        request_animation_frame(move || {
            let Some(element) = document().get_element_by_id(&id) else {
                if tries_left > 0 {
                    attempt(id, tries_left - 1);
                }
                return;
            };
            let mut closed = element.closest("details:not([open])").ok().flatten();
            while let Some(details) = closed {
                let _ = details.set_attribute("open", "");
                closed = details.closest("details:not([open])").ok().flatten();
            }
            if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
                let _ = element.focus();
            }
        });
    }
    attempt(id, REVEAL_TRIES);
}

/// Focuses the heading of the section with element `id` (scrolled into view; the page's
/// scroll padding keeps it clear of the sticky navigation).
fn focus_section(id: &'static str) {
    fn attempt(id: &'static str, tries_left: u32) {
        request_animation_frame(move || {
            let heading = document()
                .get_element_by_id(id)
                .and_then(|s| s.query_selector("h2").ok().flatten())
                .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok());
            match heading {
                Some(heading) => {
                    heading.scroll_into_view();
                    let _ = heading.focus();
                }
                None if tries_left > 0 => attempt(id, tries_left - 1),
                None => {}
            }
        });
    }
    attempt(id, REVEAL_TRIES);
}

/// Goes to a place in the results: a card, or a section. "Quote cards" goes to the first card,
/// so j and k work at once.
fn go_to(shared: &Shared, target: Target) {
    shared.build_all();
    match target {
        Target::Card(g) if g < shared.report().quote_groups.len() => shared.go_to_card(g),
        Target::Card(_) => focus_section(Section::Key.element_id()),
        Target::Section(Section::Cards) => match cards::card_order(shared.report()).first() {
            Some(&g) => shared.go_to_card(g),
            None => focus_section(Section::Cards.element_id()),
        },
        Target::Section(s) => focus_section(s.element_id()),
    }
}

/// The results of the latest comparison, or nothing before the first one.
#[component]
pub fn Results(ws: Workspace) -> impl IntoView {
    move || {
        ws.comparison.get().map(|comparison| {
            let shared = Shared::new(comparison, ws);
            // Take the place a link or Back/Forward asked for, once the views are on the page
            // and the key differences above them are in (they would push the place down).
            let taker = shared.clone();
            Effect::new(move |_| {
                if taker.findings.with(Option::is_none) {
                    return;
                }
                if let Some(target) = ws.target.get() {
                    ws.target.set(None);
                    go_to(&taker, target);
                }
            });
            let built = shared.sections_built;
            grow_in_slices(built, LATER_SECTIONS, 1);
            let (overview_on, cards_on, reading_on) = (
                Memo::new(move |_| built.get() >= 1),
                Memo::new(move |_| built.get() >= 2),
                Memo::new(move |_| built.get() >= 3),
            );
            let (for_overview, for_cards, for_reading) =
                (shared.clone(), shared.clone(), shared.clone());
            view! {
                <div class="results" data-testid="results">
                    <SectionNav ws />
                    <KeyDifferencesView shared=shared.clone() />
                    {move || overview_on.get().then(|| view! { <Overview shared=for_overview.clone() /> })}
                    {move || cards_on.get().then(|| view! { <QuoteCards shared=for_cards.clone() /> })}
                    {move || reading_on.get().then(|| view! { <Reading shared=for_reading.clone() /> })}
                </div>
            }
        })
    }
}

/// Buttons that go to each result section (with an address, so Back returns).
#[component]
fn SectionNav(ws: Workspace) -> impl IntoView {
    let items = Section::ALL
        .into_iter()
        .map(|section| {
            view! {
                <li>
                    <button type="button" class="quiet"
                        data-testid=format!("nav-{}", section.name())
                        on:click=move |_| route::go(ws.target, Target::Section(section))>
                        {section.label()}
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="results-nav" aria-label="Result sections">
            <ul>{items}</ul>
        </nav>
    }
}

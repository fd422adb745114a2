//! Quote cards: one per quote group, the fullest version first, then each source's version
//! with its speaker, attribution verb (and its category) and its word diff against the fullest
//! version, built from the report's alignment segments.
//!
//! Diff marks follow the shared convention: cut words `<del>` with a hidden "cut:", added words
//! `<ins>` with "added:", changed words both inside `<span class="changed">`; the fullest
//! version's words around a quote taken out of a longer sentence are shown as context, labelled.
//! Groups quoted by several sources lead; the rest are folded under a disclosure and rendered
//! only when it is opened. A focused card moves to the next or previous one with j/k or the
//! arrow keys.
//!
//! When the reader marked an article as the original (a transcript, a press release), a card
//! whose utterance the original holds says so in words ("Compared with the original (…)"),
//! shows the original's words as the reference and marks every version against them.

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;

use super::super::route::{self, Target};
use super::{
    group_number, grow_in_slices, hue_class, is_single_source, quote_card_id, Shared,
    CARDS_PER_SLICE,
};
use crate::findings::is_minor_edit;
use crate::segments::{context_edges, first_words, last_words, word_count};
use parallax_engine::report::{
    MemberAlignment, OriginalReference, QuoteGroupRecord, Report, Segment, SegmentOp,
};

/// Words of context shown on each side of a quote taken out of a longer sentence.
const CONTEXT_WORDS: usize = 8;
/// The longest stretch of a source's own text kept between two aligned words (punctuation,
/// brackets); anything longer is shown as a space.
const MAX_GAP: usize = 24;

/// Every card's group in page order: groups quoted by several sources, then the rest.
pub(super) fn card_order(report: &Report) -> Vec<usize> {
    let groups = &report.quote_groups;
    let (mut several, single): (Vec<usize>, Vec<usize>) =
        (0..groups.len()).partition(|&g| !is_single_source(groups.get(g)));
    several.extend(single);
    several
}

/// Members (source versions) built with a card, and added per slice after that.
const FIRST_MEMBERS: usize = 6;
const MEMBERS_PER_SLICE: usize = 6;
/// Versions built without asking; past this a button builds the rest (a quote printed by fifty
/// sources would otherwise put tens of thousands of elements in one card).
const AUTO_MEMBERS: usize = 12;

/// Up to this many one-source cards are built with the page (folded, but there for printing
/// and for j/k); more are built when the fold is opened.
const BUILD_SINGLES_UP_TO: usize = 60;

#[component]
pub(super) fn QuoteCards(shared: Shared) -> impl IntoView {
    let groups = &shared.report().quote_groups;
    let total = groups.len();
    let (several, single): (Vec<usize>, Vec<usize>) =
        (0..total).partition(|&g| !is_single_source(groups.get(g)));
    let lead_count = several.len();
    let lead_shown = shared.lead_shown;
    grow_in_slices(lead_shown, lead_count, CARDS_PER_SLICE);
    let lead_cards = {
        let shared = shared.clone();
        let several = several.clone();
        view! {
            <For each=move || 0..lead_shown.get().min(lead_count) key=|i: &usize| *i
                children=move |i| card(&shared, several[i], total) />
        }
    };
    let singles_open = shared.singles_open;
    let singles_shown = shared.singles_shown;
    let singles = (!single.is_empty()).then(|| {
        let count = single.len();
        let shared = shared.clone();
        // Folded, the first ones are still built (for printing and j/k); opening the fold
        // builds the rest in slices.
        Effect::new(move |started: Option<bool>| {
            let open = singles_open.get();
            let start = count <= BUILD_SINGLES_UP_TO || open;
            if start && started != Some(true) {
                grow_in_slices(singles_shown, count, CARDS_PER_SLICE);
            }
            start || started == Some(true)
        });
        let build = move || count <= BUILD_SINGLES_UP_TO || singles_open.get();
        view! {
            <div class="single-source" data-testid="single-source-quotes"
                class:open=move || singles_open.get()>
                <h3 class="single-source-head">
                    <button type="button" class="disclosure" data-testid="single-source-toggle"
                        aria-expanded=move || singles_open.get().to_string()
                        aria-controls="single-source-cards"
                        on:click=move |_| singles_open.update(|o| *o = !*o)>
                        <span class="disclosure-mark" aria-hidden="true">
                            {move || if singles_open.get() { "▾" } else { "▸" }}
                        </span>
                        {format!(" Quotes in one source only ({count})")}
                    </button>
                </h3>
                <div class="cards single-source-cards" id="single-source-cards"
                    hidden=move || !singles_open.get()>
                    <Show when=build>
                        {
                            let shared = shared.clone();
                            let single = single.clone();
                            view! {
                                <For each=move || 0..singles_shown.get().min(count)
                                    key=|i: &usize| *i
                                    children=move |i| card(&shared, single[i], total) />
                            }
                        }
                    </Show>
                </div>
            </div>
        }
    });
    view! {
        <section id="results-quotes" class="quote-cards" aria-labelledby="results-quotes-title">
            <h2 id="results-quotes-title" tabindex="-1">"Quote cards"</h2>
            <p class="hint">
                "Each card is one utterance: its fullest version, then every source's version "
                "marked against it. With a card focused, press j or ↓ for the next card and "
                "k or ↑ for the previous one (the cards of one source only included). "
                "“Pin to handout” chooses the cards the printed and Markdown handouts keep."
            </p>
            {original_note(&shared)}
            {legend()}
            {several.is_empty().then(|| view! {
                <p class="empty">"No quotation appears in more than one source."</p>
            })}
            <div class="cards">{lead_cards}</div>
            {singles}
        </section>
    }
}

/// With an original marked: which article it is and what the cards compare with it.
fn original_note(shared: &Shared) -> Option<impl IntoView> {
    let index = shared.report().original?;
    let name = shared.source_name(index);
    let groups = &shared.report().quote_groups;
    let traced = groups
        .iter()
        .filter(|g| g.original.as_ref().is_some_and(|o| o.words().is_some()))
        .count();
    Some(view! {
        <p class="original-note" data-testid="original-note">
            {format!(
                "Original: {name}. {traced} of {} quote{} traced to its words; in those cards \
                 every version is marked against what the original says.",
                groups.len(),
                if groups.len() == 1 { "" } else { "s" }
            )}
        </p>
    })
}

fn legend() -> impl IntoView {
    view! {
        <dl class="diff-legend" data-testid="diff-legend" aria-label="How versions are marked">
            <div>
                <dt><del>"struck through"</del></dt>
                <dd>"cut: in the fullest version, left out by this source"</dd>
            </div>
            <div>
                <dt><ins>"underlined"</ins></dt>
                <dd>"added: only in this source's version"</dd>
            </div>
            <div>
                <dt><span class="changed"><del>"both"</del>" "<ins>"marks"</ins></span></dt>
                <dd>"changed: the source gives these words differently"</dd>
            </div>
            <div>
                <dt><span class="changed minor"><span class="minor-tag">"minor"</span>" We’re"</span></dt>
                <dd>"minor edit: capitals, punctuation or a contraction; same meaning"</dd>
            </div>
            <div>
                <dt><span class="context"><span class="context-label">"not in this version:"</span>" …"</span></dt>
                <dd>"the rest of the fullest version, which this source does not quote"</dd>
            </div>
            <div>
                <dt><span class="verb-chip"><span class="verb-chip-label">"verb"</span>" said"</span></dt>
                <dd>"how the source introduces the quote, and the stance the verb lends"</dd>
            </div>
        </dl>
    }
}

fn card(shared: &Shared, g: usize, total: usize) -> AnyView {
    let Some(group) = shared.report().quote_groups.get(g) else {
        return ().into_any();
    };
    let number = group_number(g);
    let speaker = group
        .speaker
        .clone()
        .unwrap_or_else(|| "Speaker not named".to_string());
    let names: Vec<String> = group
        .sources
        .iter()
        .map(|&s| shared.source_name(s))
        .collect();
    let sources_line = format!(
        "in {} of {} sources: {}",
        group.sources.len(),
        shared.report().sources.len(),
        names.join(", ")
    );
    let label = format!(
        "Quote {number} of {total}: {speaker}, in {} source{}",
        group.sources.len(),
        if group.sources.len() == 1 { "" } else { "s" }
    );
    // Which versions repeat an earlier one, and how many sources give each: data only, so
    // the members themselves can be built a slice at a time (a card of fifty sources holds
    // thousands of elements).
    let versions: Vec<(bool, usize)> = group
        .alignment
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let repeats = group.alignment[..i].iter().any(|b| same_version(a, b));
            let times = if repeats {
                0
            } else {
                group
                    .alignment
                    .iter()
                    .filter(|b| same_version(a, b))
                    .count()
            };
            (repeats, times)
        })
        .collect();
    let member_count = versions.len();
    let members_shown = RwSignal::new(FIRST_MEMBERS.min(member_count));
    grow_in_slices(
        members_shown,
        member_count.min(AUTO_MEMBERS),
        MEMBERS_PER_SLICE,
    );
    let more_members = move || {
        let left = member_count.saturating_sub(members_shown.get());
        (left > 0 && members_shown.get() >= AUTO_MEMBERS).then(|| {
            view! {
                <button type="button" class="quiet show-more" data-testid="card-show-more"
                    on:click=move |_| members_shown.set(member_count)>
                    {format!(
                        "Show the other {left} version{}",
                        if left == 1 { "" } else { "s" }
                    )}
                </button>
            }
        })
    };
    let members = {
        let shared = shared.clone();
        view! {
            <For each=move || 0..members_shown.get().min(member_count) key=|i: &usize| *i
                children=move |i| {
                    let group = shared.report().quote_groups.get(g);
                    let a = group.and_then(|group| group.alignment.get(i));
                    match (group, a, versions.get(i)) {
                        (Some(group), Some(a), Some(&(repeats, times))) => {
                            member(&shared, group, a, repeats, times).into_any()
                        }
                        _ => ().into_any(),
                    }
                } />
        }
    };
    let pinned = shared.ws.pinned;
    let is_pinned = move || pinned.with(|p| p.contains(&g));
    let toggle_pin = move |_| {
        pinned.update(|p| match p.iter().position(|&x| x == g) {
            Some(i) => {
                p.remove(i);
            }
            None => {
                p.push(g);
                p.sort_unstable();
            }
        })
    };
    let stepper = shared.clone();
    view! {
        <article class="quote-card" data-testid="quote-group" data-group=number
            class:pinned=is_pinned
            class:unpinned=move || !is_pinned() && pinned.with(|p| !p.is_empty())
            id=quote_card_id(g) tabindex="0" aria-label=label
            on:keydown=move |ev| step_between_cards(&stepper, g, ev)>
            <header class="card-head">
                <h3>
                    <span class=format!("group-badge {}", hue_class(g))>{number}</span>
                    " "
                    <span class="card-speaker">{speaker}</span>
                </h3>
                <p class="card-sources">{sources_line}</p>
                <button type="button" class="quiet pin" data-testid="pin-card"
                    aria-pressed=move || is_pinned().to_string() on:click=toggle_pin>
                    {move || if is_pinned() { "Pinned to handout" } else { "Pin to handout" }}
                </button>
            </header>
            {reference(shared, group)}
            <ol class="members">{members}</ol>
            {more_members}
        </article>
    }
    .into_any()
}

/// Whether a group's members were aligned against a passage of the original rather than
/// against one of them.
fn against_passage(group: &QuoteGroupRecord) -> bool {
    group
        .original
        .as_ref()
        .and_then(OriginalReference::passage)
        .is_some()
}

/// What the versions are marked against, as the marks' labels name it.
fn against_name(group: &QuoteGroupRecord) -> &'static str {
    match group.original.as_ref().and_then(OriginalReference::words) {
        Some(_) => "the original",
        None => "the fullest version",
    }
}

/// What the versions are marked against: the fullest version, with who said it and where it is
/// quoted so; or, with an original that holds the utterance, the original's words.
fn reference(shared: &Shared, group: &QuoteGroupRecord) -> impl IntoView {
    let quote = shared.quote(&group.reference).map(|(_, q)| q);
    let fullest_text = quote.map_or_else(String::new, |q| q.text.clone());
    let fullest_source = quote.map_or_else(String::new, |q| shared.source_name(q.source));
    let (caption, text, kind) = match &group.original {
        Some(OriginalReference::Passage { source, text, .. }) => (
            format!(
                "Compared with the original ({}): the passage these words come from",
                shared.source_name(*source)
            ),
            text.clone(),
            "passage",
        ),
        Some(OriginalReference::Quote { source, text, .. }) => (
            format!(
                "Compared with the original ({}), as it quotes these words",
                shared.source_name(*source)
            ),
            text.clone(),
            "quote",
        ),
        Some(OriginalReference::NotFound { source }) => (
            format!(
                "Not found in the original ({}): compared with the fullest version, as {} \
                 quotes it",
                shared.source_name(*source),
                fullest_source
            ),
            fullest_text,
            "not-found",
        ),
        None => (
            format!("Fullest version, as {fullest_source} quotes it"),
            fullest_text,
            "fullest",
        ),
    };
    view! {
        <figure class="reference" data-testid="card-reference" data-against=kind>
            <figcaption>{caption}</figcaption>
            <blockquote>"“" {text} "”"</blockquote>
        </figure>
    }
}

/// The verb as this source used it, with its stance: "“claimed”, doubt-casting".
fn verb_line(alignment: &MemberAlignment, participle: Option<&str>) -> String {
    let verb = match (&alignment.verb, alignment.verb_category) {
        (Some(v), Some(c)) => format!("“{v}”, {}", c.label()),
        (Some(v), None) => format!("“{v}”"),
        (None, _) => "none found".to_string(),
    };
    match participle {
        Some(p) => format!("{verb}; “{p}”"),
        None => verb,
    }
}

/// Whether two members are the same source giving the same words (a reprint quoting one excerpt
/// several times): the handout prints such a version once, with how many times.
fn same_version(a: &MemberAlignment, b: &MemberAlignment) -> bool {
    let words = |m: &MemberAlignment| -> Vec<(SegmentOp, Option<String>, Option<String>)> {
        m.segments
            .iter()
            .map(|s| {
                (
                    s.op,
                    s.reference.as_ref().map(|r| r.text.clone()),
                    s.member.as_ref().map(|r| r.text.clone()),
                )
            })
            .collect()
    };
    a.source == b.source && words(a) == words(b)
}

fn member(
    shared: &Shared,
    group: &QuoteGroupRecord,
    a: &MemberAlignment,
    repeats: bool,
    times: usize,
) -> impl IntoView {
    let found = shared.quote(&a.quote);
    let index = found.map(|(i, _)| i);
    let participle = found.and_then(|(_, q)| q.participle.as_deref());
    // Against a passage of the original, the fullest member is marked like the others.
    let is_reference = a.quote == group.reference && !against_passage(group);
    let against = against_name(group);
    // The person, with the outlet's own wording where it differs ("Rishi Sunak (“he”)").
    let as_written = found.and_then(|(_, q)| q.speaker_as_written.clone());
    let person = found
        .and_then(|(_, q)| q.speaker.clone())
        .or_else(|| a.speaker.clone());
    let speaker = match (person, as_written) {
        (Some(person), Some(written)) if written != person => format!("{person} (“{written}”)"),
        (Some(person), _) => person,
        (None, _) => "speaker not named".to_string(),
    };
    let source_text = shared
        .comparison
        .sources
        .get(a.source)
        .map_or("", |s| s.text.as_str());
    let shared_for_button = shared.clone();
    let body = if is_reference {
        let shown = match against {
            "the original" => "The original’s own words (shown above).",
            _ => "The fullest version (shown above).",
        };
        view! { <p class="diff same">{shown}</p> }.into_any()
    } else {
        diff(&a.segments, source_text, against).into_any()
    };
    view! {
        <li class="member" class:repeat=repeats class:is-reference=is_reference
            data-testid="quote-member" data-quote=a.quote.clone()>
            <div class="member-head">
                <span class="member-source">{shared.source_name(a.source)}</span>
                {(times > 1).then(|| view! {
                    <span class="times" data-testid="member-times">
                        <span aria-hidden="true">{format!("×{times}")}</span>
                        <span class="visually-hidden">
                            {format!(" (this source gives these words {times} times)")}
                        </span>
                    </span>
                })}
                <span class="member-speaker">{speaker}</span>
                <span class="member-verb verb-chip" data-testid="member-verb">
                    <span class="verb-chip-label">"verb"</span>
                    <span class="visually-hidden">" introducing this version: "</span>
                    " "
                    {verb_line(a, participle)}
                </span>
                {index.map(|i| view! {
                    <button type="button" class="quiet show-context" data-testid="show-in-context"
                        on:click=move |_| shared_for_button.show_in_context(i)>
                        "Show in context"
                    </button>
                })}
            </div>
            {body}
        </li>
    }
}

/// The reference text of a run of segments, joined by spaces.
fn reference_text(segments: &[Segment]) -> String {
    segments
        .iter()
        .filter_map(|s| s.reference.as_ref().map(|r| r.text.trim()))
        .filter(|t| !t.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// A member's version marked against the fullest one (or the original's words: `against`
/// names what it is marked against).
fn diff(segments: &[Segment], source_text: &str, against: &'static str) -> impl IntoView {
    let omitted: Vec<bool> = segments
        .iter()
        .map(|s| s.op == SegmentOp::Omitted)
        .collect();
    let (lead, trail) = context_edges(&omitted);
    let middle_end = segments.len() - trail;
    let before = reference_text(&segments[..lead]);
    let after = reference_text(&segments[middle_end..]);
    let (before_words, after_words) = (word_count(&before), word_count(&after));
    let before_view = (!before.is_empty()).then(|| {
        let (shown, cut) = last_words(&before, CONTEXT_WORDS);
        view! {
            <span class="context">
                <span class="context-label">"not in this version:"</span>
                {format!(" {}{} ", if cut { "… " } else { "" }, shown)}
            </span>
        }
    });
    let after_view = (!after.is_empty()).then(|| {
        let (shown, cut) = first_words(&after, CONTEXT_WORDS);
        view! {
            <span class="context">
                " "
                <span class="context-label">"not in this version:"</span>
                {format!(" {}{}", shown, if cut { " …" } else { "" })}
            </span>
        }
    });
    let note = (before_words + after_words > 0).then(|| {
        view! {
            <p class="out-of-context">
                {out_of_context_note(before_words, after_words)}
            </p>
        }
    });
    view! {
        <p class="diff">
            {before_view}
            <span class="member-words">"“" {middle(&segments[lead..middle_end], source_text, against)} "”"</span>
            {after_view}
        </p>
        {note}
    }
}

fn out_of_context_note(before: usize, after: usize) -> String {
    let words = |n: usize| {
        if n == 1 {
            "1 word".to_string()
        } else {
            format!("{n} words")
        }
    };
    let place = match (before, after) {
        (0, a) => format!("the {} after it", words(a)),
        (b, 0) => format!("the {} before it", words(b)),
        (b, a) => format!("the {} before it and the {} after", words(b), words(a)),
    };
    format!("… quoted out of a longer sentence: this version leaves out {place}.")
}

/// The member's own words with cuts, additions and changes marked.
fn middle(segments: &[Segment], source_text: &str, against: &'static str) -> impl IntoView {
    let mut last_member_end: Option<usize> = None;
    let mut after_cut = false;
    segments
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let gap = match (&s.member, last_member_end) {
                (Some(m), Some(end)) if !after_cut => gap_text(source_text, end, m.start),
                _ if i == 0 => String::new(),
                _ => " ".to_string(),
            };
            after_cut = s.member.is_none();
            if let Some(m) = &s.member {
                last_member_end = Some(m.end);
            }
            view! { {gap} {segment(s, against)} }
        })
        .collect_view()
}

/// What the source has between two aligned words: short punctuation is kept ("(", ") "),
/// anything else (a paragraph break, a long stretch) becomes one space.
fn gap_text(text: &str, from: usize, to: usize) -> String {
    match text.get(from..to) {
        Some(gap) if gap.len() <= MAX_GAP && !gap.contains('\n') => gap.to_string(),
        _ => " ".to_string(),
    }
}

fn segment(s: &Segment, against: &'static str) -> AnyView {
    let reference = s
        .reference
        .as_ref()
        .map_or_else(String::new, |r| r.text.clone());
    let member = s
        .member
        .as_ref()
        .map_or_else(String::new, |m| m.text.clone());
    match s.op {
        SegmentOp::Equal => view! { <span class="same">{member}</span> }.into_any(),
        SegmentOp::Omitted => view! {
            <del><span class="visually-hidden">"cut: "</span>{reference}</del>
        }
        .into_any(),
        SegmentOp::Inserted => view! {
            <ins><span class="visually-hidden">"added: "</span>{member}</ins>
        }
        .into_any(),
        SegmentOp::Changed if is_minor_edit(&reference, &member) => view! {
            <span class="changed minor">
                <span class="minor-tag">"minor"</span>
                <span class="visually-hidden">" edit, same meaning: "</span>
                " "
                <span class="same">{member}</span>
                <span class="visually-hidden">{format!(" ({against} has “{reference}”)")}</span>
            </span>
        }
        .into_any(),
        SegmentOp::Changed => view! {
            <span class="changed">
                <span class="visually-hidden">"changed: "</span>
                <del><span class="visually-hidden">"cut: "</span>{reference}</del>
                " "
                <ins><span class="visually-hidden">"added: "</span>{member}</ins>
            </span>
        }
        .into_any(),
    }
}

/// j / ↓ and k / ↑ on a focused card move focus to the next or previous card, every card
/// included (the one-source fold opens when j reaches it); the address follows, without a
/// history entry.
fn step_between_cards(shared: &Shared, g: usize, ev: KeyboardEvent) {
    if ev.alt_key() || ev.ctrl_key() || ev.meta_key() || ev.target() != ev.current_target() {
        return;
    }
    let step: isize = match ev.key().as_str() {
        "j" | "ArrowDown" => 1,
        "k" | "ArrowUp" => -1,
        _ => return,
    };
    let order = card_order(shared.report());
    let Some(at) = order.iter().position(|&x| x == g) else {
        return;
    };
    if let Some(&next) = at.checked_add_signed(step).and_then(|i| order.get(i)) {
        ev.prevent_default();
        route::note(Target::Card(next));
        shared.go_to_card(next);
    }
}

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

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::{group_number, hue_class, is_single_source, quote_card_id, Shared};
use crate::segments::{context_edges, first_words, last_words, word_count};
use parallax_engine::report::{MemberAlignment, QuoteGroupRecord, Segment, SegmentOp};

/// Words of context shown on each side of a quote taken out of a longer sentence.
const CONTEXT_WORDS: usize = 8;
/// The longest stretch of a source's own text kept between two aligned words (punctuation,
/// brackets); anything longer is shown as a space.
const MAX_GAP: usize = 24;

#[component]
pub(super) fn QuoteCards(shared: Shared) -> impl IntoView {
    let groups = &shared.report().quote_groups;
    let total = groups.len();
    let (several, single): (Vec<usize>, Vec<usize>) =
        (0..total).partition(|&g| !is_single_source(groups.get(g)));
    let lead_cards = several
        .iter()
        .map(|&g| card(&shared, g, total))
        .collect_view();
    let singles_open = shared.singles_open;
    let singles = (!single.is_empty()).then(|| {
        let count = single.len();
        let shared = shared.clone();
        view! {
            <details class="single-source" data-testid="single-source-quotes"
                prop:open=move || singles_open.get()
                on:toggle=move |ev| {
                    let open = ev
                        .target()
                        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                        .is_some_and(|e| e.has_attribute("open"));
                    if open != singles_open.get_untracked() {
                        singles_open.set(open);
                    }
                }>
                <summary>{format!("Quotes in one source only ({count})")}</summary>
                <Show when=move || singles_open.get()>
                    <div class="cards">
                        {single.iter().map(|&g| card(&shared, g, total)).collect_view()}
                    </div>
                </Show>
            </details>
        }
    });
    view! {
        <section id="results-quotes" class="quote-cards" aria-labelledby="results-quotes-title">
            <h2 id="results-quotes-title" tabindex="-1">"Quote cards"</h2>
            <p class="hint">
                "Each card is one utterance: its fullest version, then every source's version "
                "marked against it. With a card focused, press j or ↓ for the next card and "
                "k or ↑ for the previous one."
            </p>
            {legend()}
            {several.is_empty().then(|| view! {
                <p class="empty">"No quotation appears in more than one source."</p>
            })}
            <div class="cards">{lead_cards}</div>
            {singles}
        </section>
    }
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
                <dt><span class="context"><span class="context-label">"not quoted:"</span>" …"</span></dt>
                <dd>"the rest of the fullest version: this source quotes it out of a longer sentence"</dd>
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
    let members = group
        .alignment
        .iter()
        .map(|a| member(shared, group, a))
        .collect_view();
    view! {
        <article class="quote-card" data-testid="quote-group" data-group=number
            id=quote_card_id(g) tabindex="0" aria-label=label on:keydown=step_between_cards>
            <header class="card-head">
                <h3>
                    <span class=format!("group-badge {}", hue_class(g))>{number}</span>
                    " "
                    <span class="card-speaker">{speaker}</span>
                </h3>
                <p class="card-sources">{sources_line}</p>
            </header>
            {reference(shared, group)}
            <ol class="members">{members}</ol>
        </article>
    }
    .into_any()
}

/// The fullest version, with who said it and where it is quoted so.
fn reference(shared: &Shared, group: &QuoteGroupRecord) -> impl IntoView {
    let quote = shared.quote(&group.reference).map(|(_, q)| q);
    let text = quote.map_or_else(String::new, |q| q.text.clone());
    let source = quote.map_or_else(String::new, |q| shared.source_name(q.source));
    view! {
        <figure class="reference">
            <figcaption>"Fullest version, as " {source} " quotes it"</figcaption>
            <blockquote>"“" {text} "”"</blockquote>
        </figure>
    }
}

/// The verb as this source used it, with its category: "claimed — doubt-casting".
fn verb_line(alignment: &MemberAlignment, participle: Option<&str>) -> String {
    let verb = match (&alignment.verb, alignment.verb_category) {
        (Some(v), Some(c)) => format!("{v} — {}", c.label()),
        (Some(v), None) => v.clone(),
        (None, _) => "no attribution verb".to_string(),
    };
    match participle {
        Some(p) => format!("{verb}; {p}"),
        None => verb,
    }
}

fn member(shared: &Shared, group: &QuoteGroupRecord, a: &MemberAlignment) -> impl IntoView {
    let found = shared.quote(&a.quote);
    let index = found.map(|(i, _)| i);
    let participle = found.and_then(|(_, q)| q.participle.as_deref());
    let is_reference = a.quote == group.reference;
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
        view! { <p class="diff same">"The fullest version (shown above)."</p> }.into_any()
    } else {
        diff(&a.segments, source_text).into_any()
    };
    view! {
        <li class="member" data-testid="quote-member" data-quote=a.quote.clone()>
            <div class="member-head">
                <span class="member-source">{shared.source_name(a.source)}</span>
                <span class="member-speaker">{speaker}</span>
                <span class="member-verb" data-testid="member-verb">
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

/// A member's version marked against the fullest one.
fn diff(segments: &[Segment], source_text: &str) -> impl IntoView {
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
                <span class="context-label">"not quoted:"</span>
                {format!(" {}{} ", if cut { "… " } else { "" }, shown)}
            </span>
        }
    });
    let after_view = (!after.is_empty()).then(|| {
        let (shown, cut) = first_words(&after, CONTEXT_WORDS);
        view! {
            <span class="context">
                " "
                <span class="context-label">"not quoted:"</span>
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
            <span class="member-words">"“" {middle(&segments[lead..middle_end], source_text)} "”"</span>
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
fn middle(segments: &[Segment], source_text: &str) -> impl IntoView {
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
            view! { {gap} {segment(s)} }
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

fn segment(s: &Segment) -> AnyView {
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

/// j / ↓ and k / ↑ on a focused card move focus to the next or previous card on the page
/// (skipping cards folded in a closed disclosure).
fn step_between_cards(ev: KeyboardEvent) {
    if ev.alt_key() || ev.ctrl_key() || ev.meta_key() || ev.target() != ev.current_target() {
        return;
    }
    let step: isize = match ev.key().as_str() {
        "j" | "ArrowDown" => 1,
        "k" | "ArrowUp" => -1,
        _ => return,
    };
    let Some(current) = ev.current_target() else {
        return;
    };
    let Ok(cards) = document().query_selector_all("[data-testid=quote-group]") else {
        return;
    };
    let cards: Vec<web_sys::HtmlElement> = (0..cards.length())
        .filter_map(|i| cards.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        .filter(|e| e.closest("details:not([open])").ok().flatten().is_none())
        .collect();
    let current: &wasm_bindgen::JsValue = current.as_ref();
    let Some(at) = cards.iter().position(|c| {
        let c: &wasm_bindgen::JsValue = c.as_ref();
        c == current
    }) else {
        return;
    };
    if let Some(next) = at.checked_add_signed(step).and_then(|i| cards.get(i)) {
        ev.prevent_default();
        let _ = next.focus();
    }
}

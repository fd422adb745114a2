//! Side-by-side reading: the articles in columns, paragraph by paragraph, each top-level
//! quotation marked with its group's number (and colour); hovering or focusing one highlights
//! every quotation of that group in all columns. Boilerplate paragraphs are dimmed and folded,
//! each saying what kind it is and why; a switch counts them in (expanded, not dimmed).
//!
//! Paragraphs come from the engine's text model (the report's paragraph numbering); the
//! splitting around quotations is `segments::split_paragraphs`. Text is rendered as text only.

use leptos::prelude::*;
use parallax_engine::report::BoilerplateKind;

use super::super::route::{self, Target};
use super::{group_number, hue_class, reading_quote_id, Shared};
use crate::segments::{paragraph_regions, split_paragraphs, Mark, Piece};

use parallax_engine::report::BoilerplateRecord;
use parallax_engine::TextModel;

/// A reader's name for a kind of boilerplate.
fn kind_label(kind: BoilerplateKind) -> &'static str {
    match kind {
        BoilerplateKind::SocialEmbed => "embedded post",
        BoilerplateKind::Teaser => "link to another article",
        BoilerplateKind::Byline => "byline",
        BoilerplateKind::AuthorBio => "author bio",
        BoilerplateKind::Caption => "caption",
        BoilerplateKind::SiteChrome => "page furniture",
        BoilerplateKind::RepeatedHeadline => "repeated headline",
        BoilerplateKind::RecapList => "recap list",
        BoilerplateKind::ReprintCredit => "reprint credit",
        BoilerplateKind::Explainer => "explainer",
    }
}

#[component]
pub(super) fn Reading(shared: Shared) -> impl IntoView {
    let count_in = shared.count_boilerplate;
    let regions: usize = shared
        .report()
        .sources
        .iter()
        .map(|s| s.boilerplate.len())
        .sum();
    let count = shared.comparison.sources.len();
    let shown = RwSignal::new(vec![true; count]);
    let columns = (0..count)
        .map(|s| {
            view! {
                <div class="reading-slot" hidden=move || !shown.with(|v| v.get(s).copied().unwrap_or(true))>
                    {column(&shared, s)}
                </div>
            }
        })
        .collect_view();
    let columns_ref = NodeRef::<leptos::html::Div>::new();
    let overflows = RwSignal::new(false);
    // The frame measuring the columns, if one is pending. The view can be disposed before it
    // comes (a newer comparison or replaced articles), so it is cancelled on cleanup and reads
    // the view's values only through `try_` accessors.
    let pending = StoredValue::new(None::<AnimationFrameRequestHandle>);
    let measure = move || {
        let request = request_animation_frame_with_handle(move || {
            if let Some(el) = columns_ref.try_get_untracked().flatten() {
                let over = el.scroll_width() > el.client_width() + 1;
                if overflows.try_get_untracked().is_some_and(|was| was != over) {
                    overflows.try_set(over);
                }
            }
        });
        if let Some(Some(older)) = pending.try_update_value(|p| std::mem::replace(p, request.ok()))
        {
            older.cancel();
        }
    };
    measure();
    Effect::new(move |_| {
        shown.track();
        measure();
    });
    let resize = window_event_listener_untyped("resize", move |_| measure());
    on_cleanup(move || {
        resize.remove();
        if let Some(Some(frame)) = pending.try_get_value() {
            frame.cancel();
        }
    });
    let chooser = (count > 2).then(|| {
        let boxes = (0..count)
            .map(|s| {
                view! {
                    <label class="column-pick">
                        <input type="checkbox" data-testid="reading-pick"
                            prop:checked=move || shown.with(|v| v.get(s).copied().unwrap_or(true))
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                shown.update(|v| if let Some(x) = v.get_mut(s) { *x = on });
                            } />
                        <span class="source-number" aria-hidden="true">{s + 1}</span>
                        " "
                        {shared.source_name(s)}
                    </label>
                }
            })
            .collect_view();
        view! {
            <fieldset class="column-chooser">
                <legend>"Articles shown side by side"</legend>
                {boxes}
            </fieldset>
        }
    });
    let came_from = shared.came_from;
    let ws = shared.ws;
    let back = move || {
        came_from.get().map(|g| {
            view! {
                <button type="button" class="back-to-card" data-testid="back-to-card"
                    on:click=move |_| {
                        came_from.set(None);
                        route::go(ws.target, Target::Card(g));
                    }>
                    {format!("← Back to quote card {}", group_number(g))}
                </button>
            }
        })
    };
    view! {
        <section id="results-reading" class="reading" class:count-boilerplate=move || count_in.get()
            aria-labelledby="results-reading-title">
            <h2 id="results-reading-title" tabindex="-1">"Side by side"</h2>
            <p class="hint">
                "Each quotation carries its quote number; hover or focus one to light up the same "
                "quote in every article. Boilerplate (bylines, captions, embedded posts, links to "
                "other articles) is dimmed and folded. After “Show in context”, Escape (or the "
                "button below) goes back to the card."
            </p>
            <label class="switch">
                <input type="checkbox" role="switch" data-testid="count-boilerplate"
                    prop:checked=move || count_in.get()
                    on:change=move |ev| count_in.set(event_target_checked(&ev)) />
                {format!(
                    "Count boilerplate in ({regions} paragraph{} marked)",
                    if regions == 1 { "" } else { "s" }
                )}
            </label>
            {chooser}
            <p class="scroll-cue" data-testid="reading-scroll-cue" hidden=move || !overflows.get()>
                "More articles to the right: scroll sideways (or Shift + wheel), or show fewer "
                "above. →"
            </p>
            <div class="reading-columns" data-testid="reading-columns" tabindex="0" role="region"
                class:wide=move || overflows.get() node_ref=columns_ref
                aria-label="The articles side by side">
                {columns}
            </div>
            {back}
        </section>
    }
}

/// One article's column.
fn column(shared: &Shared, s: usize) -> impl IntoView {
    let text = shared
        .comparison
        .sources
        .get(s)
        .map_or("", |source| source.text.as_str());
    let boilerplate: &[BoilerplateRecord] = shared
        .report()
        .sources
        .get(s)
        .map_or(&[], |summary| summary.boilerplate.as_slice());
    let paragraphs: Vec<(usize, usize)> = TextModel::new(text)
        .paragraphs
        .iter()
        .map(|p| (p.span.start, p.span.end))
        .collect();
    let marks: Vec<Mark> = shared
        .report()
        .quotes
        .iter()
        .enumerate()
        .filter(|(_, q)| q.source == s)
        .map(|(i, q)| Mark {
            start: q.start,
            end: q.end,
            tag: i,
        })
        .collect();
    let spans: Vec<(usize, usize)> = boilerplate.iter().map(|b| (b.start, b.end)).collect();
    let region_of = paragraph_regions(&paragraphs, &spans);
    let pieces = split_paragraphs(text, &paragraphs, &marks);
    let body = pieces
        .iter()
        .zip(region_of)
        .map(|(pieces, region)| {
            let content = pieces.iter().map(|p| piece(shared, p)).collect_view();
            match region.and_then(|r| boilerplate.get(r)) {
                Some(b) => boilerplate_paragraph(shared, b, content).into_any(),
                None => view! { <p>{content}</p> }.into_any(),
            }
        })
        .collect_view();
    let heading_id = format!("reading-source-{s}");
    let labelled_by = heading_id.clone();
    view! {
        <article class="reading-column" data-testid="reading-column"
            aria-labelledby=labelled_by>
            <h3 id=heading_id>
                <span class="source-number" aria-hidden="true">{s + 1}</span>
                " "
                {shared.source_name(s)}
            </h3>
            {body}
        </article>
    }
}

fn boilerplate_paragraph(
    shared: &Shared,
    b: &BoilerplateRecord,
    content: impl IntoView + 'static,
) -> impl IntoView {
    let count_in = shared.count_boilerplate;
    view! {
        <details class="boilerplate" data-testid="boilerplate" prop:open=move || count_in.get()>
            <summary>{format!("boilerplate: {} — {}", kind_label(b.kind), b.reason)}</summary>
            <p>{content}</p>
        </details>
    }
}

fn piece(shared: &Shared, p: &Piece) -> AnyView {
    match *p {
        Piece::Text(t) => t.to_string().into_any(),
        Piece::Marked { text, tag, first } => match shared.group_of(tag) {
            Some(g) => quote_mark(shared, text, tag, g, first).into_any(),
            None => text.to_string().into_any(),
        },
    }
}

/// A quotation (or the part of one in this paragraph), marked with its group.
fn quote_mark(shared: &Shared, text: &str, quote: usize, g: usize, first: bool) -> impl IntoView {
    let active = shared.active_group;
    let (came_from, ws) = (shared.came_from, shared.ws);
    let (is_active, is_located) = (shared.is_active.clone(), shared.is_located.clone());
    let number = group_number(g);
    let class = format!("reading-quote {}", hue_class(g));
    let label = first.then(|| {
        view! {
            <sup class="group-label">
                <span class="visually-hidden">"quote "</span>
                {number}
            </sup>
        }
    });
    view! {
        <mark class=class data-group=number data-testid="reading-quote"
            id=first.then(|| reading_quote_id(quote)) tabindex=first.then_some("0")
            class:linked=move || is_active.selected(&Some(g))
            class:located=move || is_located.selected(&Some(quote))
            on:mouseenter=move |_| active.set(Some(g))
            on:mouseleave=move |_| active.set(None)
            on:focus=move |_| active.set(Some(g))
            on:blur=move |_| active.set(None)
            on:keydown=move |ev| {
                if ev.key() == "Escape" {
                    if let Some(from) = came_from.get_untracked() {
                        ev.prevent_default();
                        came_from.set(None);
                        route::go(ws.target, Target::Card(from));
                    }
                }
            }>
            {label}
            {text.to_string()}
        </mark>
    }
}

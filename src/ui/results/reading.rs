//! Side-by-side reading: the articles in columns, paragraph by paragraph, each top-level
//! quotation marked with its group's number (and colour); hovering or focusing one highlights
//! every quotation of that group in all columns. Boilerplate paragraphs are dimmed and folded,
//! each saying what kind it is and why; a switch counts them in (expanded, not dimmed).
//!
//! Paragraphs come from the engine's text model (the report's paragraph numbering); the
//! splitting around quotations is `segments::split_paragraphs`. Text is rendered as text only.
//! Highlight layers (loaded words, hedges, attribution verbs, names; `layers`) cut each piece
//! further as its paragraph is built and are shown or hidden by a class on the section.

use leptos::prelude::*;
use parallax_engine::report::BoilerplateKind;

use super::super::route::{self, Target};
use super::layers::{self, Layer};
use super::{group_number, grow_in_slices, hue_class, reading_quote_id, Shared};
use crate::segments::{cut_by_layers, paragraph_regions, split_paragraphs, Layered, Mark, Piece};

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
    let layers_on = layers::saved();
    let by_source = std::sync::Arc::new(layers::by_source(shared.report(), count));
    // The columns are built a few per browser task (`grow_in_slices`): fifty at once, with the
    // layout they need, held the page for a quarter of a second.
    let built = shared.columns_built;
    if built.get_untracked() < FIRST_COLUMNS {
        built.set(FIRST_COLUMNS.min(count));
    }
    grow_in_slices(built, count, COLUMNS_PER_SLICE);
    let columns = (0..count)
        .map(|s| {
            let here = Memo::new(move |_| built.get() > s);
            let shared = shared.clone();
            let by_source = by_source.clone();
            view! {
                <div class="reading-slot" hidden=move || !shown.with(|v| v.get(s).copied().unwrap_or(true))>
                    {move || here.get().then(|| column(&shared, s, layers_on, by_source.get(s)))}
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
    // Measured again when the columns picked change, and as columns are built until they
    // overflow (more columns cannot undo that): each measure forces a layout of the whole
    // page, and fifty columns come in a dozen slices.
    Effect::new(move |picked: Option<Vec<bool>>| {
        let now = shown.get();
        built.track();
        if picked.as_ref() != Some(&now) || !overflows.get_untracked() {
            measure();
        }
        now
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
            class:show-loaded=move || layers_on.with(|m| m & Layer::Loaded.bit() != 0)
            class:show-hedges=move || layers_on.with(|m| m & Layer::Hedges.bit() != 0)
            class:show-verbs=move || layers_on.with(|m| m & Layer::Verbs.bit() != 0)
            class:show-names=move || layers_on.with(|m| m & Layer::Names.bit() != 0)
            aria-labelledby="results-reading-title">
            <h2 id="results-reading-title" tabindex="-1">"Side by side"</h2>
            {layers::switches(layers_on)}
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

/// Columns built with the section, and added per browser task after it.
const FIRST_COLUMNS: usize = 4;
const COLUMNS_PER_SLICE: usize = 4;

/// Paragraphs built with the first render of the results, all columns together (at least
/// [`FIRST_PER_COLUMN`] each): more than a screenful, little enough for one quick render.
const FIRST_PARAGRAPHS: usize = 120;
const FIRST_PER_COLUMN: usize = 3;
/// Paragraphs added to a column per slice after that.
const PARAGRAPHS_PER_SLICE: usize = 16;
/// Paragraphs built without asking; past this a button builds more (a very long article would
/// otherwise put hundreds of thousands of elements on the page).
const AUTO_PARAGRAPHS: usize = 400;

/// A piece of a paragraph as byte offsets into the source text (owned, so paragraphs can be
/// built later, a slice at a time): plain text, or part of quote `tag` (`first`: where it opens);
/// `layers`, the piece cut by highlight layers (empty when no layer touches it).
struct Part {
    start: usize,
    end: usize,
    mark: Option<(usize, bool)>,
    layers: Vec<Layered>,
}

/// A piece's text, its layered words each in a span with the layers' classes (shown by the
/// section's `show-…` classes).
fn layered_text(text: &str, p: &Part) -> AnyView {
    if p.layers.is_empty() {
        return text
            .get(p.start..p.end)
            .unwrap_or_default()
            .to_string()
            .into_any();
    }
    p.layers
        .iter()
        .map(|c| {
            let t = text.get(c.start..c.end).unwrap_or_default().to_string();
            if c.layers == 0 {
                t.into_any()
            } else {
                view! { <span class=layers::classes(c.layers)>{t}</span> }.into_any()
            }
        })
        .collect_view()
        .into_any()
}

/// One article's column. Its paragraphs are built a slice at a time (see `grow_in_slices`),
/// up to [`AUTO_PARAGRAPHS`], then on "Show more"; showing a quote in context builds the
/// paragraphs up to it first.
fn column(
    shared: &Shared,
    s: usize,
    layers_on: RwSignal<u8>,
    layered: Option<&layers::SourceLayers>,
) -> impl IntoView {
    let columns = shared.comparison.sources.len().max(1);
    let first = (FIRST_PARAGRAPHS / columns).clamp(FIRST_PER_COLUMN, PARAGRAPHS_PER_SLICE);
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
    // Paragraphs only: a column of every source is set up in the first render, and finding
    // every sentence of fifty long articles there took most of a second.
    let paragraphs: Vec<(usize, usize)> = TextModel::paragraph_spans(text)
        .iter()
        .map(|p| (p.start, p.end))
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
    let base = text.as_ptr() as usize;
    let offset = |t: &str| t.as_ptr() as usize - base;
    let (layered, counts) = layered.map_or((&[][..], [(0, 0); 4]), |l| (&l.spans[..], l.counts));
    let longest = layered.iter().map(|l| l.end - l.start).max().unwrap_or(0);
    let part = |t: &str, mark| {
        let (start, end) = (offset(t), offset(t) + t.len());
        // Spans are sorted by start: those ending before this piece are skipped unread.
        let from = layered.partition_point(|l| l.start.saturating_add(longest) <= start);
        let cuts = cut_by_layers(start, end, layered.get(from..).unwrap_or_default());
        Part {
            start,
            end,
            mark,
            layers: if cuts.iter().any(|c| c.layers != 0) {
                cuts
            } else {
                Vec::new()
            },
        }
    };
    let parts: Vec<Vec<Part>> = split_paragraphs(text, &paragraphs, &marks)
        .iter()
        .map(|pieces| {
            pieces
                .iter()
                .map(|p| match *p {
                    Piece::Text(t) => part(t, None),
                    Piece::Marked {
                        text: t,
                        tag,
                        first,
                    } => part(t, Some((tag, first))),
                })
                .collect()
        })
        .collect();
    // Where each quote opens: the paragraph to build up to before showing it in context.
    let opens_in: std::collections::HashMap<usize, usize> = parts
        .iter()
        .enumerate()
        .flat_map(|(i, ps)| {
            ps.iter()
                .filter_map(move |p| p.mark.filter(|m| m.1).map(|(tag, _)| (tag, i)))
        })
        .collect();
    let total = parts.len();
    let shown = RwSignal::new(first.min(total));
    grow_in_slices(shown, total.min(AUTO_PARAGRAPHS), PARAGRAPHS_PER_SLICE);
    let located = shared.located;
    Effect::new(move |_| {
        if let Some(&i) = located.get().and_then(|q| opens_in.get(&q)) {
            if shown.get_untracked() <= i {
                shown.set(i + 1);
            }
        }
    });
    let parts = std::sync::Arc::new(parts);
    let region_of = std::sync::Arc::new(region_of);
    let builder = shared.clone();
    let paragraph = move |i: usize| {
        let shared = &builder;
        let text = shared
            .comparison
            .sources
            .get(s)
            .map_or("", |source| source.text.as_str());
        let content = parts.get(i).map(|ps| {
            ps.iter()
                .map(|p| match p.mark {
                    None => layered_text(text, p),
                    Some((tag, first)) => match shared.group_of(tag) {
                        Some(g) => {
                            quote_mark(shared, layered_text(text, p), tag, g, first).into_any()
                        }
                        None => layered_text(text, p),
                    },
                })
                .collect_view()
        });
        let boilerplate = region_of
            .get(i)
            .copied()
            .flatten()
            .and_then(|r| shared.report().sources.get(s)?.boilerplate.get(r));
        match boilerplate {
            Some(b) => boilerplate_paragraph(shared, b, content).into_any(),
            None => view! { <p>{content}</p> }.into_any(),
        }
    };
    let body = view! {
        <For each=move || 0..shown.get().min(total) key=|i: &usize| *i children=paragraph />
    };
    let more = move || {
        let left = total.saturating_sub(shown.get());
        (left > 0 && shown.get() >= AUTO_PARAGRAPHS).then(|| {
            view! {
                <button type="button" class="quiet show-more" data-testid="reading-show-more"
                    on:click=move |_| shown.update(|n| *n = (*n + AUTO_PARAGRAPHS).min(total))>
                    {format!(
                        "Show more of this article ({left} more paragraph{})",
                        if left == 1 { "" } else { "s" }
                    )}
                </button>
            }
        })
    };
    let heading_id = format!("reading-source-{s}");
    let labelled_by = heading_id.clone();
    view! {
        <article class="reading-column" data-testid="reading-column"
            aria-labelledby=labelled_by
            style:content-visibility="auto" style:contain-intrinsic-height="auto 900px">
            <h3 id=heading_id>
                <span class="source-number" aria-hidden="true">{s + 1}</span>
                " "
                {shared.source_name(s)}
            </h3>
            {layers::column_counts(layers_on, counts)}
            {body}
            {more}
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

/// A quotation (or the part of one in this paragraph), marked with its group.
fn quote_mark(
    shared: &Shared,
    content: AnyView,
    quote: usize,
    g: usize,
    first: bool,
) -> impl IntoView {
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
            {content}
        </mark>
    }
}

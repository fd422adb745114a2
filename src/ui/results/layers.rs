//! Highlight layers of the side-by-side reading (issue 18, point 7): loaded words, hedges,
//! attribution verbs and names, each switched on and off by the reader, marked in every column
//! from the report's own records (`framing.language` markers, `framing.verbs` uses,
//! `framing.naming` occurrences — all byte offsets into the sources' texts), and counted per
//! source with words inside quotations apart from the writer's own.
//!
//! Marks are built once with each paragraph (a `<span>` per marked word, classes only) and
//! shown by a class on the section, so switching a layer re-renders nothing. Each layer has
//! its own line style (not colour alone: solid underline, dotted underline, dashed box, double
//! underline), shown in its switch as the legend. The choice is saved in localStorage.

use leptos::prelude::*;
use parallax_engine::report::{MarkerCategory, Report, Voice};

use super::super::storage;
use crate::segments::Layered;

/// A highlight layer; its bit in a layer mask is `1 << index`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Layer {
    Loaded,
    Hedges,
    Verbs,
    Names,
}

pub(super) const LAYERS: [Layer; 4] = [Layer::Loaded, Layer::Hedges, Layer::Verbs, Layer::Names];

impl Layer {
    pub fn bit(self) -> u8 {
        1 << (self as u8)
    }

    pub fn label(self) -> &'static str {
        match self {
            Layer::Loaded => "Loaded words",
            Layer::Hedges => "Hedges",
            Layer::Verbs => "Attribution verbs",
            Layer::Names => "Names",
        }
    }

    /// What the layer marks, for the switch's description.
    fn help(self) -> &'static str {
        match self {
            Layer::Loaded => "judging and dramatising words (solid underline)",
            Layer::Hedges => "softening and distancing words (dotted underline)",
            Layer::Verbs => "verbs introducing what someone says (dashed box)",
            Layer::Names => "the ways people, places and groups are named (double underline)",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Layer::Loaded => "loaded",
            Layer::Hedges => "hedges",
            Layer::Verbs => "verbs",
            Layer::Names => "names",
        }
    }
}

/// The classes of a marked range: `ly` and one `ly-NAME` per layer in `mask`.
pub(super) fn classes(mask: u8) -> String {
    let mut out = String::from("ly");
    for layer in LAYERS {
        if mask & layer.bit() != 0 {
            out.push_str(" ly-");
            out.push_str(layer.name());
        }
    }
    out
}

/// Per source, every layered range (sorted by start; they may overlap) and the counts per
/// layer: how many marks are the writer's own and how many inside a quotation (language
/// markers by the voice the report gives them, verbs and names by whether one of the source's
/// quotations holds them). One pass over the report for all sources.
pub(super) struct SourceLayers {
    pub spans: Vec<Layered>,
    pub counts: [(usize, usize); 4],
}

pub(super) fn by_source(report: &Report, sources: usize) -> Vec<SourceLayers> {
    let mut out: Vec<SourceLayers> = (0..sources)
        .map(|_| SourceLayers {
            spans: Vec::new(),
            counts: [(0, 0); 4],
        })
        .collect();
    let mut quotes: Vec<Vec<(usize, usize)>> = vec![Vec::new(); sources];
    for q in &report.quotes {
        if let Some(list) = quotes.get_mut(q.source) {
            list.push((q.start, q.end));
        }
    }
    for list in &mut quotes {
        list.sort_unstable();
    }
    let quoted = |s: usize, start: usize, end: usize| {
        let list = &quotes[s];
        let i = list.partition_point(|q| q.0 <= start);
        list[..i].iter().rev().take(4).any(|q| q.1 >= end)
    };
    let mut add = |s: usize, layer: Layer, start: usize, end: usize, in_quote: bool| {
        let Some(entry) = out.get_mut(s) else {
            return;
        };
        if start < end {
            entry.spans.push(Layered {
                start,
                end,
                layers: layer.bit(),
            });
        }
        let c = &mut entry.counts[layer as usize];
        if in_quote {
            c.1 += 1;
        } else {
            c.0 += 1;
        }
    };
    for language in &report.framing.language {
        for m in &language.markers {
            if let Some(layer) = marker_layer(m.category) {
                add(
                    language.source,
                    layer,
                    m.start,
                    m.end,
                    m.voice == Voice::Quoted,
                );
            }
        }
    }
    for verbs in &report.framing.verbs {
        let s = verbs.source;
        for u in verbs.rows.iter().flat_map(|r| &r.uses) {
            let in_quote = s < sources && quoted(s, u.start, u.end);
            add(s, Layer::Verbs, u.start, u.end, in_quote);
        }
    }
    for o in report
        .framing
        .naming
        .iter()
        .flat_map(|a| &a.variants)
        .flat_map(|v| &v.occurrences)
    {
        let in_quote = o.source < sources && quoted(o.source, o.start, o.end);
        add(o.source, Layer::Names, o.start, o.end, in_quote);
    }
    for entry in &mut out {
        entry.spans.sort_unstable_by_key(|l| (l.start, l.end));
    }
    out
}

fn marker_layer(category: MarkerCategory) -> Option<Layer> {
    match category {
        MarkerCategory::Loaded | MarkerCategory::Dramatic => Some(Layer::Loaded),
        MarkerCategory::Hedge | MarkerCategory::Distancing => Some(Layer::Hedges),
        MarkerCategory::Intensifier => None,
    }
}

const STORAGE_KEY: &str = "parallax.reading.layers";

/// The layers switched on, as saved (none at first).
pub(super) fn saved() -> RwSignal<u8> {
    let mask = storage::preference(STORAGE_KEY)
        .and_then(|v| v.parse::<u8>().ok())
        .map_or(0, |m| m & 0b1111);
    RwSignal::new(mask)
}

/// The switches, one per layer, each showing its mark as the legend. Saves each change.
pub(super) fn switches(on: RwSignal<u8>) -> impl IntoView {
    let buttons = LAYERS
        .into_iter()
        .map(|layer| {
            let pressed = move || on.with(|m| m & layer.bit() != 0);
            view! {
                <button type="button" class="layer-switch" data-testid=format!("layer-{}", layer.name())
                    aria-pressed=move || pressed().to_string()
                    title=layer.help()
                    on:click=move |_| {
                        on.update(|m| *m ^= layer.bit());
                        storage::set_preference(STORAGE_KEY, &on.get_untracked().to_string());
                    }>
                    <span class=format!("ly-sample ly ly-{}", layer.name())>{layer.label()}</span>
                    <span class="visually-hidden">{format!(": {}", layer.help())}</span>
                </button>
            }
        })
        .collect_view();
    view! {
        <div class="layer-switches" role="group" aria-labelledby="layer-switches-label"
            data-testid="layer-switches">
            <span id="layer-switches-label" class="layer-switches-label">"Highlight:"</span>
            {buttons}
        </div>
    }
}

/// A column's counts, one line per layer switched on: "Hedges: writer's own 3 · in quotes 2".
pub(super) fn column_counts(on: RwSignal<u8>, counts: [(usize, usize); 4]) -> impl IntoView {
    let lines = LAYERS
        .into_iter()
        .map(|layer| {
            let (own, quoted) = counts[layer as usize];
            view! {
                <li data-layer=layer.name() hidden=move || on.with(|m| m & layer.bit() == 0)>
                    <span class=format!("ly ly-{}", layer.name())>{layer.label()}</span>
                    {format!(": writer’s own {own} · in quotes {quoted}")}
                </li>
            }
        })
        .collect_view();
    view! {
        <ul class="layer-counts" data-testid="layer-counts" hidden=move || on.get() == 0>
            {lines}
        </ul>
    }
}

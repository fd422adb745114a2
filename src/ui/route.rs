//! Addresses of the views: every result section and every quote card has one, in the page's
//! fragment after what the page was opened with (`#demo&card=3`, `#share=…&section=reading`,
//! or just `#card=3`). Going to a section or card pushes a history entry, so Back and Forward
//! move between views; stepping through cards with j/k only replaces the address.
//!
//! Parsing is plain string work; the results take the [`Target`] from `state::Workspace::target` and
//! scroll to it once they are on the page.

use leptos::prelude::*;
use wasm_bindgen::JsValue;

/// A place in the results.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// A result section, by its name in the address.
    Section(Section),
    /// The quote card of group `g` (shown as quote `g + 1`, which is what the address says).
    Card(usize),
}

/// The result sections that have an address.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    Key,
    Overview,
    Cards,
    Reading,
    Framing,
    Export,
    Exercise,
}

impl Section {
    pub const ALL: [Section; 7] = [
        Section::Key,
        Section::Overview,
        Section::Cards,
        Section::Reading,
        Section::Framing,
        Section::Export,
        Section::Exercise,
    ];

    /// The name in the address.
    pub fn name(self) -> &'static str {
        match self {
            Section::Key => "key",
            Section::Overview => "overview",
            Section::Cards => "cards",
            Section::Reading => "reading",
            Section::Framing => "framing",
            Section::Export => "export",
            Section::Exercise => "exercise",
        }
    }

    /// The id of the element that holds the section.
    pub fn element_id(self) -> &'static str {
        match self {
            Section::Key => "key-differences",
            Section::Overview => "results-overview",
            Section::Cards => "results-quotes",
            Section::Reading => "results-reading",
            Section::Framing => "framing",
            Section::Export => "export",
            Section::Exercise => "exercise-maker",
        }
    }

    /// The label of its navigation button.
    pub fn label(self) -> &'static str {
        match self {
            Section::Key => "Key differences",
            Section::Overview => "Overview",
            Section::Cards => "Quote cards",
            Section::Reading => "Side by side",
            Section::Framing => "Framing",
            Section::Export => "Handout and share",
            Section::Exercise => "Classroom exercise",
        }
    }

    fn from_name(name: &str) -> Option<Section> {
        Section::ALL.into_iter().find(|s| s.name() == name)
    }
}

/// A fragment taken apart: what the page was opened with, and where in the results.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Address {
    /// `demo`, `share=…`, or empty.
    pub base: String,
    pub target: Option<Target>,
}

/// Reads a fragment (with or without its `#`).
pub fn parse(fragment: &str) -> Address {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let mut address = Address::default();
    for (i, part) in fragment.split('&').enumerate() {
        if let Some(n) = part.strip_prefix("card=") {
            if let Some(g) = n.parse::<usize>().ok().and_then(|n| n.checked_sub(1)) {
                address.target = Some(Target::Card(g));
            }
        } else if let Some(name) = part.strip_prefix("section=") {
            if let Some(s) = Section::from_name(name) {
                address.target = Some(Target::Section(s));
            }
        } else if i == 0 {
            address.base = part.to_string();
        }
    }
    address
}

/// The fragment (without `#`) for `base` and `target`.
pub fn fragment(base: &str, target: Option<Target>) -> String {
    let place = match target {
        None => String::new(),
        Some(Target::Card(g)) => format!("card={}", g + 1),
        Some(Target::Section(s)) => format!("section={}", s.name()),
    };
    match (base.is_empty(), place.is_empty()) {
        (_, true) => base.to_string(),
        (true, false) => place,
        (false, false) => format!("{base}&{place}"),
    }
}

/// The page's fragment now, without `#`.
pub fn current_fragment() -> String {
    let hash = window().location().hash().unwrap_or_default();
    hash.strip_prefix('#').unwrap_or(&hash).to_string()
}

/// The place part of the current address, as a suffix for a share link (`&card=3`).
pub fn current_place_suffix() -> String {
    let target = parse(&current_fragment()).target;
    match fragment("", target) {
        p if p.is_empty() => String::new(),
        p => format!("&{p}"),
    }
}

fn set_address(target: Option<Target>, push: bool) {
    let base = parse(&current_fragment()).base;
    // A share link's payload is not kept in the address once opened (see `share`).
    let base = if base.starts_with("share=") {
        String::new()
    } else {
        base
    };
    let frag = fragment(&base, target);
    let href = window().location().href().unwrap_or_default();
    let page = href.split('#').next().unwrap_or_default().to_string();
    let url = if frag.is_empty() {
        page
    } else {
        format!("{page}#{frag}")
    };
    if url == href {
        return;
    }
    if let Ok(history) = window().history() {
        let _ = if push {
            history.push_state_with_url(&JsValue::NULL, "", Some(&url))
        } else {
            history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
        };
    }
}

/// Goes to `target`, adding a history entry so Back returns to where the reader was; `place`
/// is the workspace's `target` signal, which the results follow.
pub fn go(place: RwSignal<Option<Target>>, target: Target) {
    set_address(Some(target), true);
    place.set(Some(target));
}

/// Records `target` as the current place without a history entry (stepping through cards).
pub fn note(target: Target) {
    set_address(Some(target), false);
}

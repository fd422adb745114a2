//! One article panel: its editable source name, the article text, a live word count, and the
//! mark that makes it the original the other articles quote (a transcript, a press release).
//!
//! A long text that arrives from outside (a link, a file, the saved workspace) is shown folded
//! (its opening lines and a button that shows the whole text to edit): a text area lays out its
//! whole text at once, which for half a megabyte held the page for a third of a second or more.
//! Text typed or pasted into the text area stays in it, however long.
//!
//! The panel edits its own signals only; adding, removing and filling panels is the
//! workspace's business (`state::Workspace`).

use leptos::prelude::*;

use super::dom::focus_element;
use super::state::{Panel, Workspace};

/// The element id of a panel's text area, for focusing it.
pub fn text_area_id(panel_id: u64) -> String {
    format!("text-{panel_id}")
}

/// The accessible name of a panel's Remove button: its position and, if named, its name.
fn remove_label(position: usize, name: &str) -> String {
    match name.trim() {
        "" => format!("Remove article {position}"),
        name => format!("Remove article {position} ({name})"),
    }
}

/// Texts longer than this, in bytes, are shown folded until asked for (some 10,000 words:
/// longer than almost any news article, a tenth of a second or so of layout in a text area).
const FOLDED_TEXT_BYTES: usize = 64 * 1024;

/// How much of a folded text is shown, in characters.
const PREVIEW_CHARS: usize = 480;

/// The opening of `text` shown while it is folded: up to [`PREVIEW_CHARS`] characters, cut
/// after a word, with an ellipsis.
fn preview(text: &str) -> String {
    let Some((cut, _)) = text.char_indices().nth(PREVIEW_CHARS) else {
        return text.to_string();
    };
    let head = &text[..cut];
    let head = head
        .rfind(char::is_whitespace)
        .map_or(head, |space| &head[..space]);
    format!("{}…", head.trim_end())
}

/// "512 KB" for a folded text's size.
fn size_text(bytes: usize) -> String {
    format!("{} KB", bytes.div_ceil(1024))
}

/// "1 word", "250 words".
fn count_text(words: usize) -> String {
    match words {
        1 => "1 word".to_string(),
        n => format!("{n} words"),
    }
}

#[component]
pub fn SourcePanel(panel: Panel, ws: Workspace) -> impl IntoView {
    let id = panel.id;
    let position = Memo::new(move |_| {
        ws.panels
            .with(|ps| ps.iter().position(|p| p.id == id).map_or(0, |i| i + 1))
    });
    let words = Memo::new(move |_| panel.word_count());
    // A paste into an empty, unnamed panel names it after the pasted text's first line.
    let pasted_into_empty = StoredValue::new(false);
    // Whether the whole text is in a text area: always for short texts; for a long one once
    // asked for, or once typed into.
    let unfolded = RwSignal::new(false);
    let folded =
        Memo::new(move |_| !unfolded.get() && panel.text.with(|t| t.len() > FOLDED_TEXT_BYTES));

    let is_original = Memo::new(move |_| ws.original.get() == Some(id));
    let original_id = format!("original-{id}");
    let original_hint_id = format!("original-hint-{id}");
    let (original_for, original_described_by) = (original_id.clone(), original_hint_id.clone());
    let heading_id = format!("article-{id}");
    let name_id = format!("name-{id}");
    let text_id = text_area_id(id);
    let count_id = format!("count-{id}");
    let (labelled_by, name_for, described_by) =
        (heading_id.clone(), name_id.clone(), count_id.clone());

    let remove = move |_| {
        let next = ws.panels.with_untracked(|ps| {
            let i = ps.iter().position(|p| p.id == id)?;
            ps.get(i + 1)
                .or_else(|| i.checked_sub(1).and_then(|j| ps.get(j)))
                .map(|p| p.id)
        });
        ws.remove_panel(id);
        match next {
            Some(next) => focus_element(&text_area_id(next)),
            None => focus_element("add-article"),
        }
    };

    view! {
        <section class="panel" data-testid="source-panel" data-panel-id=id.to_string()
            aria-labelledby=labelled_by>
            <div class="panel-head">
                <h3 class="panel-title" id=heading_id>
                    "Article " {move || position.get()}
                    {move || is_original.get().then_some(" · the original")}
                </h3>
                <button type="button" class="quiet" data-testid="remove-panel" on:click=remove
                    aria-label=move || remove_label(position.get(), &panel.name.get())>
                    "Remove"
                </button>
            </div>
            <label class="field-label" for=name_for>"Source name"</label>
            <input id=name_id class="name" type="text" autocomplete="off" spellcheck="false"
                data-testid="source-name" placeholder="e.g. the outlet's name"
                prop:value=move || panel.name.get()
                on:input=move |ev| panel.name.set(event_target_value(&ev)) />
            <div class="original-mark">
                <input type="checkbox" id=original_id data-testid="mark-original"
                    aria-describedby=original_described_by
                    prop:checked=move || is_original.get()
                    on:change=move |ev| ws.mark_original(id, event_target_checked(&ev)) />
                <label for=original_for>"This is the original (transcript or press release)"</label>
            </div>
            <p class="hint original-hint" id=original_hint_id>
                "Quotes in the other articles are then compared with its words. \
                 One article at a time can be the original."
            </p>
            {move || {
                if folded.get() {
                    folded_text(panel, &text_id, &described_by, unfolded).into_any()
                } else {
                    text_area(panel, &text_id, &described_by, pasted_into_empty, unfolded).into_any()
                }
            }}
            // Plain visible text, not a live region (announcing every keystroke's count is
            // noise); it describes the text area, so it is read when the text area is focused.
            <p class="count" id=count_id data-testid="word-count">
                {move || count_text(words.get())}
            </p>
        </section>
    }
}

/// The text area holding the whole text, labelled "Article text".
fn text_area(
    panel: Panel,
    id: &str,
    described_by: &str,
    pasted_into_empty: StoredValue<bool>,
    unfolded: RwSignal<bool>,
) -> impl IntoView {
    view! {
        <label class="field-label" for=id.to_string()>"Article text"</label>
        <textarea id=id.to_string() class="text" rows="14" data-testid="source-text"
            aria-describedby=described_by.to_string()
            placeholder="Paste the article here, or drop a .txt, .md or .html file on the page."
            prop:value=move || panel.text.get()
            on:paste=move |_| pasted_into_empty.set_value(panel.has_no_text())
            on:input=move |ev| {
                unfolded.set(true);
                panel.text.set(event_target_value(&ev));
                if pasted_into_empty.get_value() {
                    pasted_into_empty.set_value(false);
                    panel.name_from_text_if_unnamed();
                }
            }
            on:change=move |_| panel.name_from_text_if_unnamed()
        ></textarea>
    }
}

/// A long text, folded: its opening, its size, and the button that shows the whole text in a
/// text area (the button takes the text area's id, so whatever focuses the text lands on it).
fn folded_text(
    panel: Panel,
    id: &str,
    described_by: &str,
    unfolded: RwSignal<bool>,
) -> impl IntoView {
    let (opening, bytes) = panel.text.with_untracked(|t| (preview(t), t.len()));
    let text_id = id.to_string();
    let unfold = move |_| {
        unfolded.set(true);
        focus_element(&text_id);
    };
    view! {
        <p class="field-label">"Article text"</p>
        <div class="folded-text" data-testid="folded-text">
            <p class="folded-preview" data-testid="folded-preview">{opening}</p>
            <p class="hint">
                "A long text (" {size_text(bytes)} "), folded so the page stays quick. \
                 It is compared whole."
            </p>
            <button type="button" id=id.to_string() data-testid="unfold-text"
                aria-describedby=described_by.to_string() on:click=unfold>
                "Show the whole text to edit"
            </button>
        </div>
    }
}

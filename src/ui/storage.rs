//! Saving the workspace in the browser's localStorage, reading it back, and keeping tabs from
//! overwriting each other's work.
//!
//! Keys (all under one origin, shared by every tab):
//! - `parallax.workspace`: JSON of [`SavedWorkspace`] — the articles and, when they were
//!   compared, a fingerprint of what was compared (so a reload can show the results again);
//! - `parallax.workspace.rev`: a short id that changes with every save. A tab remembers the id
//!   of the copy it loaded or last saved (its *base*) and saves only while the stored id is
//!   still its base; otherwise another tab saved in between, and the tab shows a conflict
//!   instead of writing over it ([`Conflict`]). A tab whose articles are unchanged since its
//!   base never writes at all (a reload or a closed tab cannot put back a stale copy), and
//!   follows another tab's saves as they happen (the `storage` event);
//! - `parallax.workspace.undo`: the undo entry of a replaced workspace (opening a link or the
//!   demo over your articles), so Undo survives a reload;
//! - `parallax.workspace.conflicted`: the articles of a tab closed while it showed a conflict
//!   (so unsaved; the next start offers them back through Undo);
//! - `parallax.workspace.unreadable`: a saved copy this version could not read, moved there
//!   before anything else happens. If there is no room for the copy, the original is left in
//!   place untouched and this tab does not save until the reader chooses.
//!
//! This module knows panels only through [`Workspace`]'s methods.

use std::cell::{Cell, RefCell};
use std::time::Duration;

use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsValue;

use super::state::{Conflict, NoticeKind, SavedArticle, UndoEntry, Workspace};

const KEY: &str = "parallax.workspace";
const REV_KEY: &str = "parallax.workspace.rev";
const UNDO_KEY: &str = "parallax.workspace.undo";
/// A tab closed while it showed a conflict leaves its unsaved articles here; the next start
/// offers them back through Undo.
const CONFLICTED_KEY: &str = "parallax.workspace.conflicted";
/// Where an unreadable saved copy is moved.
pub const UNREADABLE_KEY: &str = "parallax.workspace.unreadable";
/// Raised when the saved form changes incompatibly.
const VERSION: u32 = 1;

/// How long typing must pause before the workspace is saved (it is also saved on leaving).
const SAVE_DELAY: Duration = Duration::from_millis(300);

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedWorkspace {
    pub version: u32,
    pub articles: Vec<SavedArticle>,
    /// `state::fingerprint` of the sources last compared (or being compared), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compared: Option<u64>,
}

/// The undo entry as saved.
#[derive(Serialize, Deserialize)]
struct SavedUndo {
    version: u32,
    label: String,
    before: Vec<SavedArticle>,
    after: Vec<SavedArticle>,
}

/// Why saving or restoring did not work, in words for the user.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// localStorage is switched off (e.g. some private modes).
    Unavailable,
    /// The saved copy could not be read; it was moved to [`UNREADABLE_KEY`].
    Unreadable,
    /// The saved copy could not be read and there was no room to copy it aside: it is left
    /// where it was and this tab does not save over it.
    UnreadableLeftInPlace,
    /// The browser refused to store that much.
    Full,
    /// Another tab saved since this one loaded or saved (see [`Conflict`]).
    Conflict,
    /// Saving is held back (an unreadable copy left in place, or a conflict being shown).
    Held,
}

impl std::fmt::Display for StorageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            StorageError::Unavailable => {
                "This browser does not let Parallax save: your articles will be gone after a \
                 reload."
            }
            StorageError::Unreadable => {
                "The saved workspace could not be read, so Parallax started empty. The old copy \
                 is kept in this browser's storage under “parallax.workspace.unreadable”."
            }
            StorageError::UnreadableLeftInPlace => {
                "The saved workspace could not be read, and there is no room to copy it aside, \
                 so it is left untouched in this browser's storage under “parallax.workspace” \
                 and this tab does not save. Use “Save here instead” below to replace it with \
                 this tab's articles."
            }
            StorageError::Full => {
                "The articles are too large for this browser's storage: recent changes are not \
                 saved. Remove some articles to save again."
            }
            StorageError::Conflict | StorageError::Held => {
                "Another tab saved different articles: this tab's changes are not saved until \
                 you choose below."
            }
        })
    }
}

thread_local! {
    /// The revision id of the copy this tab loaded or last saved (`None`: nothing saved yet).
    static BASE: RefCell<Option<String>> = const { RefCell::new(None) };
    /// [`synced_fingerprint`] of what this tab loaded or last saved: equal means nothing new to
    /// save.
    static SYNCED: Cell<Option<u64>> = const { Cell::new(None) };
    /// The undo entry last written, so it is written once, not at every save.
    static UNDO_WRITTEN: Cell<Option<u64>> = const { Cell::new(None) };
}

fn storage() -> Result<web_sys::Storage, StorageError> {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .ok_or(StorageError::Unavailable)
}

/// A reader's display choice saved under `key` (`parallax.…`), if any. Only the reader's own
/// choices go here, never article text; unreadable or missing storage gives `None`.
pub fn preference(key: &str) -> Option<String> {
    storage().ok()?.get_item(key).ok()?
}

/// Saves a reader's display choice; storage that is full or missing is ignored (the choice
/// then lasts for the page only).
pub fn set_preference(key: &str, value: &str) {
    if let Ok(storage) = storage() {
        let _ = storage.set_item(key, value);
    }
}

fn stored_rev(storage: &web_sys::Storage) -> Option<String> {
    storage.get_item(REV_KEY).ok().flatten()
}

/// A revision id no other tab makes: the time and a random part.
fn fresh_rev() -> String {
    format!(
        "{}-{:08x}",
        js_sys::Date::now() as u64,
        (js_sys::Math::random() * f64::from(u32::MAX)) as u32
    )
}

/// A checksum of articles and the compared fingerprint: whether there is anything new to save.
fn synced_fingerprint(articles: &[SavedArticle], compared: Option<u64>) -> u64 {
    let input = super::state::Input {
        sources: articles
            .iter()
            .map(|a| parallax_engine::Source::new(a.name.clone(), a.text.clone()))
            .collect(),
        original: articles.iter().position(|a| a.original),
    };
    input.fingerprint() ^ compared.unwrap_or(0).rotate_left(17)
}

/// Reads the saved workspace. An unreadable copy is moved to [`UNREADABLE_KEY`] first thing
/// (or, without room for the copy, left where it is); `Ok(None)` when nothing was saved yet.
fn load() -> Result<Option<SavedWorkspace>, StorageError> {
    let storage = storage()?;
    let rev = stored_rev(&storage);
    let Some(json) = storage
        .get_item(KEY)
        .map_err(|_| StorageError::Unavailable)?
    else {
        BASE.with(|b| *b.borrow_mut() = rev);
        return Ok(None);
    };
    match serde_json::from_str::<SavedWorkspace>(&json) {
        Ok(saved) if saved.version == VERSION => {
            BASE.with(|b| *b.borrow_mut() = rev);
            SYNCED.set(Some(synced_fingerprint(&saved.articles, saved.compared)));
            Ok(Some(saved))
        }
        _ => set_aside(&storage, &json),
    }
}

/// Moves an unreadable copy to [`UNREADABLE_KEY`], checking it arrived whole before the
/// original is removed.
fn set_aside(
    storage: &web_sys::Storage,
    json: &str,
) -> Result<Option<SavedWorkspace>, StorageError> {
    let copied = storage.set_item(UNREADABLE_KEY, json).is_ok()
        && storage
            .get_item(UNREADABLE_KEY)
            .ok()
            .flatten()
            .is_some_and(|c| c == json);
    if !copied {
        return Err(StorageError::UnreadableLeftInPlace);
    }
    let _ = storage.remove_item(KEY);
    let rev = fresh_rev();
    let _ = storage.set_item(REV_KEY, &rev);
    BASE.with(|b| *b.borrow_mut() = Some(rev));
    Err(StorageError::Unreadable)
}

/// Saves `articles` and the fingerprint of what was `compared`, if they changed since this
/// tab's base and no other tab saved since.
fn save(articles: &[SavedArticle], compared: Option<u64>) -> Result<(), StorageError> {
    let fingerprint = synced_fingerprint(articles, compared);
    if SYNCED.get() == Some(fingerprint) {
        return Ok(());
    }
    let storage = storage()?;
    if BASE.with(|b| *b.borrow() != stored_rev(&storage)) {
        return Err(StorageError::Conflict);
    }
    write(&storage, articles, compared)?;
    SYNCED.set(Some(fingerprint));
    Ok(())
}

/// Writes the workspace and a new revision id, whatever is stored.
fn write(
    storage: &web_sys::Storage,
    articles: &[SavedArticle],
    compared: Option<u64>,
) -> Result<(), StorageError> {
    let saved = SavedWorkspace {
        version: VERSION,
        articles: articles.to_vec(),
        compared,
    };
    let json = serde_json::to_string(&saved).map_err(|_| StorageError::Full)?;
    storage
        .set_item(KEY, &json)
        .map_err(|_| StorageError::Full)?;
    let rev = fresh_rev();
    let _ = storage.set_item(REV_KEY, &rev);
    BASE.with(|b| *b.borrow_mut() = Some(rev));
    SYNCED.set(Some(synced_fingerprint(articles, compared)));
    Ok(())
}

/// The saved undo entry, if any and readable.
fn load_undo() -> Option<UndoEntry> {
    let json = storage().ok()?.get_item(UNDO_KEY).ok().flatten()?;
    let saved: SavedUndo = serde_json::from_str(&json).ok()?;
    (saved.version == VERSION).then_some(UndoEntry {
        label: saved.label,
        before: saved.before,
        after: saved.after,
    })
}

/// Keeps the saved undo entry equal to `entry` (removed when there is none). Returns whether
/// the entry is saved.
fn save_undo(entry: Option<&UndoEntry>) -> bool {
    let Ok(storage) = storage() else {
        return false;
    };
    let Some(entry) = entry else {
        UNDO_WRITTEN.set(None);
        let _ = storage.remove_item(UNDO_KEY);
        return true;
    };
    let id = synced_fingerprint(&entry.before, None) ^ synced_fingerprint(&entry.after, Some(1));
    if UNDO_WRITTEN.get() == Some(id) {
        return true;
    }
    let saved = SavedUndo {
        version: VERSION,
        label: entry.label.clone(),
        before: entry.before.clone(),
        after: entry.after.clone(),
    };
    let written = serde_json::to_string(&saved)
        .ok()
        .is_some_and(|json| storage.set_item(UNDO_KEY, &json).is_ok());
    if written {
        UNDO_WRITTEN.set(Some(id));
    } else {
        let _ = storage.remove_item(UNDO_KEY);
    }
    written
}

/// The workspace as saved (with its saved undo entry) and the fingerprint of what it last
/// compared, or an empty one with a notice if the saved copy is unusable. The unreadable copy
/// is set aside before anything else reads or writes storage.
pub fn restore() -> (Workspace, Option<u64>) {
    let loaded = load();
    let (ws, compared) = match loaded {
        Ok(Some(saved)) => (Workspace::new(saved.articles), saved.compared),
        Ok(None) => (Workspace::new(Vec::new()), None),
        Err(problem) => {
            let ws = Workspace::new(Vec::new());
            if problem == StorageError::UnreadableLeftInPlace {
                ws.conflict.set(Some(Conflict::UnreadableInPlace));
            }
            ws.notify(NoticeKind::Error, problem.to_string());
            (ws, None)
        }
    };
    if let Some(entry) = load_undo() {
        UNDO_WRITTEN.set(Some(
            synced_fingerprint(&entry.before, None) ^ synced_fingerprint(&entry.after, Some(1)),
        ));
        ws.undo.set(Some(entry));
    }
    if let Some(unsaved) = take_conflicted() {
        let shown = untrack(|| ws.articles());
        if unsaved != shown {
            // `after` empty: Undo then keeps what is shown as the next undo entry.
            ws.undo.set(Some(UndoEntry {
                label: "A tab was closed with unsaved articles while another tab's were saved."
                    .to_string(),
                before: unsaved,
                after: Vec::new(),
            }));
        }
    }
    (ws, compared)
}

/// The articles a tab closed during a conflict left behind, removed from storage (the undo
/// entry made of them is saved in their place).
fn take_conflicted() -> Option<Vec<SavedArticle>> {
    let storage = storage().ok()?;
    let json = storage.get_item(CONFLICTED_KEY).ok().flatten()?;
    let saved = serde_json::from_str::<SavedWorkspace>(&json)
        .ok()
        .filter(|s| s.version == VERSION)?;
    let _ = storage.remove_item(CONFLICTED_KEY);
    Some(saved.articles)
}

/// Leaves this tab's unsaved articles under [`CONFLICTED_KEY`] (it is closing during a
/// conflict, so they cannot go under the main key).
fn stash_conflicted(articles: &[SavedArticle]) {
    let Ok(storage) = storage() else {
        return;
    };
    let saved = SavedWorkspace {
        version: VERSION,
        articles: articles.to_vec(),
        compared: None,
    };
    if let Ok(json) = serde_json::to_string(&saved) {
        let _ = storage.set_item(CONFLICTED_KEY, &json);
    }
}

/// The key of a `storage` event, if it is one.
fn event_key(event: &web_sys::Event) -> Option<String> {
    js_sys::Reflect::get(event, &JsValue::from_str("key"))
        .ok()
        .and_then(|k| k.as_string())
}

/// Saves the articles (and what was compared) shortly after every change and when the page is
/// left; follows other tabs' saves; holds back and shows a conflict rather than overwrite
/// another tab's work.
pub fn keep_saved(ws: Workspace) {
    let pending = StoredValue::new(None::<TimeoutHandle>);
    let reported = StoredValue::new(false);
    // Changes only when a run starts or stops, not at every stage of it.
    let running = Memo::new(move |_| ws.running.with(|r| r.map(|r| r.sources)));
    let save_now = move || {
        if ws.conflict.with_untracked(Option::is_some) {
            return;
        }
        let articles = untrack(|| ws.articles());
        match save(&articles, ws.compared_fingerprint_untracked()) {
            Ok(()) => reported.set_value(false),
            Err(StorageError::Conflict) => ws.conflict.set(Some(Conflict::OtherTabSaved)),
            Err(problem) if !reported.get_value() => {
                reported.set_value(true);
                ws.notify(NoticeKind::Error, problem.to_string());
            }
            Err(_) => {}
        }
    };
    Effect::new(move |_| {
        ws.panels.with(|ps| {
            for p in ps {
                p.name.track();
                p.text.track();
            }
        });
        running.track();
        ws.comparison.track();
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
        pending.set_value(set_timeout_with_handle(save_now, SAVE_DELAY).ok());
    });
    // The undo entry of a replaced workspace is saved as it appears and removed as it goes.
    Effect::new(move |_| {
        let undone = ws.undo.with(|entry| save_undo(entry.as_ref()));
        if !undone {
            ws.notify(
                NoticeKind::Info,
                "There is no room in this browser's storage for the articles that were \
                 replaced: Undo brings them back only until this page is reloaded.",
            );
        }
    });
    let leave = window_event_listener_untyped("pagehide", move |_| {
        if ws
            .conflict
            .with_untracked(|c| *c == Some(Conflict::OtherTabSaved))
        {
            stash_conflicted(&untrack(|| ws.articles()));
        } else {
            save_now();
        }
    });
    // Another tab saved: follow it if this tab has nothing unsaved, else show the conflict.
    let other_tab = window_event_listener_untyped("storage", move |event| {
        if event_key(&event).as_deref() != Some(REV_KEY) {
            return;
        }
        follow_other_tab(ws);
    });
    on_cleanup(move || {
        leave.remove();
        other_tab.remove();
    });
}

/// Takes another tab's save into this one when this tab has no unsaved change; otherwise
/// shows the conflict.
fn follow_other_tab(ws: Workspace) {
    let Ok(storage) = storage() else {
        return;
    };
    let rev = stored_rev(&storage);
    if BASE.with(|b| *b.borrow() == rev) {
        return;
    }
    let articles = untrack(|| ws.articles());
    let unsaved = SYNCED.get()
        != Some(synced_fingerprint(
            &articles,
            ws.compared_fingerprint_untracked(),
        ));
    if unsaved || ws.conflict.with_untracked(Option::is_some) {
        ws.conflict.set(Some(Conflict::OtherTabSaved));
        return;
    }
    match other_tabs_copy(&storage) {
        Some(saved) => {
            BASE.with(|b| *b.borrow_mut() = rev);
            if saved.articles != articles {
                ws.replace_all(
                    saved.articles,
                    "Another tab saved different articles; this tab now shows them.",
                );
            }
            mark_synced(ws);
        }
        None => ws.conflict.set(Some(Conflict::OtherTabSaved)),
    }
}

/// Records that what the tab shows now is what is saved (it was just taken from storage).
fn mark_synced(ws: Workspace) {
    let articles = untrack(|| ws.articles());
    SYNCED.set(Some(synced_fingerprint(
        &articles,
        ws.compared_fingerprint_untracked(),
    )));
}

/// The copy another tab saved, if readable.
fn other_tabs_copy(storage: &web_sys::Storage) -> Option<SavedWorkspace> {
    let json = storage.get_item(KEY).ok().flatten()?;
    serde_json::from_str::<SavedWorkspace>(&json)
        .ok()
        .filter(|s| s.version == VERSION)
}

/// Keeps this tab's articles: saves them over the stored copy.
fn keep_this_tabs(ws: Workspace) {
    let Ok(storage) = storage() else {
        return;
    };
    ws.conflict.set(None);
    let articles = untrack(|| ws.articles());
    match write(&storage, &articles, ws.compared_fingerprint_untracked()) {
        Ok(()) => ws.notify(NoticeKind::Info, "Saved this tab's articles."),
        Err(problem) => ws.notify(NoticeKind::Error, problem.to_string()),
    }
}

/// Takes the other tab's articles; this tab's can be brought back with Undo.
fn take_other_tabs(ws: Workspace) {
    let Ok(storage) = storage() else {
        return;
    };
    let rev = stored_rev(&storage);
    match other_tabs_copy(&storage) {
        Some(saved) => {
            ws.conflict.set(None);
            BASE.with(|b| *b.borrow_mut() = rev);
            ws.replace_all(
                saved.articles,
                "Loaded the other tab's articles in place of this tab's.",
            );
            mark_synced(ws);
        }
        None => ws.notify(
            NoticeKind::Error,
            "The other tab's copy can no longer be read; this tab's articles are kept.",
        ),
    }
}

/// The conflict, when there is one, with the choices that end it.
#[component]
pub fn SaveConflict(ws: Workspace) -> impl IntoView {
    move || {
        ws.conflict.get().map(|conflict| {
            let (text, other) = match conflict {
                Conflict::OtherTabSaved => (
                    "Another tab saved different articles while this tab had unsaved changes. \
                     Nothing has been overwritten: choose which articles to keep.",
                    Some(view! {
                        <button type="button" data-testid="conflict-take-theirs"
                            on:click=move |_| take_other_tabs(ws)>
                            "Load the other tab's articles"
                        </button>
                    }),
                ),
                Conflict::UnreadableInPlace => (
                    "This tab does not save: the saved workspace could not be read and is left \
                     untouched under “parallax.workspace”.",
                    None,
                ),
            };
            view! {
                <p class="notice conflict" role="alert" data-testid="save-conflict">
                    <span>{text}</span>
                    <button type="button" data-testid="conflict-keep-mine"
                        on:click=move |_| keep_this_tabs(ws)>
                        {match conflict {
                            Conflict::OtherTabSaved => "Keep this tab's articles",
                            Conflict::UnreadableInPlace => "Save here instead",
                        }}
                    </button>
                    {other}
                </p>
            }
        })
    }
}

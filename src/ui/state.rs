//! The workspace's state: the article panels, the notices shown to the user, the one-step undo,
//! the comparison being computed and the latest one.
//!
//! Every change to the articles goes through [`Workspace`]'s methods, so the rules live in one
//! place: files fill empty panels before new ones are added, nothing typed is replaced without
//! an undo, and errors become notices rather than lost work. Rendering is elsewhere
//! (`workspace`, `source_panel`); saving is in `storage`.

use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::limits;
use parallax_engine::input::{name_from_first_line, Decoded};
use parallax_engine::words;
use parallax_engine::{Report, Source, Span, Stage};

/// One article as saved: what the user typed or loaded.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedArticle {
    pub name: String,
    pub text: String,
    /// Marked as the original the others quote (a transcript, a press release). Of a saved
    /// list only the first marked one counts (see [`Workspace::new`]); absent when false, so
    /// copies saved before the mark existed read as they were.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub original: bool,
}

impl SavedArticle {
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Self {
        SavedArticle {
            name: name.into(),
            text: text.into(),
            original: false,
        }
    }

    /// This article, marked as the original or not.
    pub fn marked(mut self, original: bool) -> Self {
        self.original = original;
        self
    }

    fn is_blank(&self) -> bool {
        self.name.trim().is_empty() && self.text.trim().is_empty()
    }
}

/// A panel on screen. Signals are `Copy`, so the panel is too.
#[derive(Clone, Copy, Debug)]
pub struct Panel {
    /// Stable for the panel's life: keys the list and builds element ids.
    pub id: u64,
    pub name: RwSignal<String>,
    pub text: RwSignal<String>,
}

impl Panel {
    /// Whether the panel has no text (a name alone does not count as content).
    pub fn has_no_text(&self) -> bool {
        self.text.with_untracked(|t| t.trim().is_empty())
    }

    /// Live word count, as the engine counts words.
    pub fn word_count(&self) -> usize {
        self.text.with(|t| words(t, Span::new(0, t.len())).count())
    }

    fn saved_untracked(&self, original: Option<u64>) -> SavedArticle {
        SavedArticle::new(self.name.get_untracked(), self.text.get_untracked())
            .marked(original == Some(self.id))
    }

    fn saved(&self, original: Option<u64>) -> SavedArticle {
        SavedArticle::new(self.name.get(), self.text.get()).marked(original == Some(self.id))
    }

    /// Names an unnamed panel after the first line of its text.
    pub fn name_from_text_if_unnamed(&self) {
        if self.name.with_untracked(|n| n.trim().is_empty()) {
            let guess = self.text.with_untracked(|t| name_from_first_line(t));
            if !guess.is_empty() {
                self.name.set(guess);
            }
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoticeKind {
    Error,
    Info,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub id: u64,
    pub kind: NoticeKind,
    pub text: String,
}

/// What the last destructive action replaced, so it can be put back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UndoEntry {
    /// What happened, e.g. "Cleared 3 articles."
    pub label: String,
    /// The articles before the action: what Undo puts back.
    pub before: Vec<SavedArticle>,
    /// The articles right after the action. If they were edited since, Undo keeps the edited
    /// ones in a new undo entry instead of discarding them.
    pub after: Vec<SavedArticle>,
}

/// Why this tab holds back from saving, shown with the choices that end it (see `storage`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Conflict {
    /// Another tab saved while this tab had unsaved changes.
    OtherTabSaved,
    /// The saved copy is unreadable and there was no room to copy it aside: it is left in
    /// place and this tab does not save over it until the reader chooses.
    UnreadableInPlace,
}

/// What one comparison takes: the articles with text, as sources, and which of them (an index
/// into `sources`) the reader marked as the original the others quote.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Input {
    pub sources: Vec<Source>,
    pub original: Option<usize>,
}

impl Input {
    /// [`fingerprint`] of the sources, and of the original when one is marked (so an input
    /// without one keeps the fingerprint it always had).
    pub fn fingerprint(&self) -> u64 {
        let sources = fingerprint(&self.sources);
        match self.original {
            None => sources,
            Some(index) => fnv1a(
                sources
                    .to_le_bytes()
                    .into_iter()
                    .chain([0xfd])
                    .chain((index as u64).to_le_bytes()),
            ),
        }
    }
}

/// The sources given to the engine and what it reported about them.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    pub sources: Vec<Source>,
    pub report: Report,
}

impl Comparison {
    /// Whether this compared `input` (the same sources, the same original).
    pub fn is_of(&self, input: &Input) -> bool {
        self.sources == input.sources && self.report.original == input.original
    }

    /// The source marked as the original, if one was: its index and name.
    pub fn original(&self) -> Option<(usize, String)> {
        self.report.original.map(|i| (i, self.source_name(i)))
    }

    /// The name of source `index` as compared (every view names sources this way).
    pub fn source_name(&self, index: usize) -> String {
        self.report
            .sources
            .get(index)
            .map_or_else(|| format!("Source {}", index + 1), |s| s.name.clone())
    }
}

/// A comparison being computed: which run it is, what it compares and how far it has got.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Running {
    /// Each Compare starts a new run; a run whose id is no longer current stops.
    pub run: u64,
    /// [`Input::fingerprint`] of what is being compared (saved, so a reload can compare again).
    pub sources: u64,
    /// The stage the engine works on now.
    pub stage: Stage,
    /// Steps done and steps in all (see `engine::Comparing::progress`).
    pub progress: (usize, usize),
}

/// A checksum of sources' names and texts (64-bit FNV-1a), stable across sessions and builds,
/// to tell whether the saved articles are the ones that were compared.
pub fn fingerprint(sources: &[Source]) -> u64 {
    // Separators no UTF-8 text contains keep ("ab", "c") apart from ("a", "bc").
    fnv1a(sources.iter().flat_map(|source| {
        source
            .name
            .bytes()
            .chain([0xff])
            .chain(source.text.bytes())
            .chain([0xfe])
    }))
}

/// The 64-bit FNV-1a hash of `bytes`: stable across sessions and builds, for telling saved
/// things apart (never for security).
pub fn fnv1a(bytes: impl IntoIterator<Item = u8>) -> u64 {
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    bytes.into_iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(PRIME)
    })
}

/// A file the user brought in, read and decoded (or why it could not be).
pub struct LoadedFile {
    pub file_name: String,
    pub result: Result<Decoded, String>,
}

/// How long an information notice stays on screen.
pub const NOTICE_STAYS: Duration = Duration::from_secs(6);

/// The most notices shown at once; older ones drop off.
const MAX_NOTICES: usize = 6;
/// Up to this many rejected files of one drop get a notice each; more get one summary notice.
const SEPARATE_REJECTIONS: usize = 3;

/// The whole workspace. `Copy`: pass it to any component or closure.
#[derive(Clone, Copy)]
pub struct Workspace {
    pub panels: RwSignal<Vec<Panel>>,
    pub notices: RwSignal<Vec<Notice>>,
    pub undo: RwSignal<Option<UndoEntry>>,
    /// The latest comparison. The results views (issue 7) read this.
    pub comparison: RwSignal<Option<Arc<Comparison>>>,
    /// The comparison being computed, if one is (see `compare_run`).
    pub running: RwSignal<Option<Running>>,
    /// Whether the article panels are open for editing; once compared they fold into a bar.
    pub editing: RwSignal<bool>,
    /// Where the reader asked to go (a section or a card, from a link or Back/Forward); the
    /// results take it once they are on the page.
    pub target: RwSignal<Option<super::route::Target>>,
    /// The event's title as the teacher types it, for the printed and Markdown handouts.
    pub handout_title: RwSignal<String>,
    /// Quote groups pinned to the handout (empty: every shared quote).
    pub pinned: RwSignal<Vec<usize>>,
    /// Set while this tab holds back from saving (another tab's save, an unreadable copy).
    pub conflict: RwSignal<Option<Conflict>>,
    /// The panel marked as the original the other articles quote (at most one).
    pub original: RwSignal<Option<u64>>,
    next_id: StoredValue<u64>,
    /// The reactive owner the workspace was made in. Panel signals are created under it, not
    /// under whichever owner is current when a panel is made: a click handler's owner (the undo
    /// offer's, say) is disposed when its view redraws, and would take the new panels with it.
    owner: StoredValue<Option<Owner>>,
    /// Each panel's own owner (a child of `owner`), holding its signals. The parent keeps only
    /// weak links to it, so dropping the handle here disposes the panel's signals: that is how
    /// a removed panel's text is freed.
    panel_owners: StoredValue<Vec<(u64, Owner)>>,
}

impl Workspace {
    /// A workspace showing `articles`, or two empty panels if there are none.
    pub fn new(articles: Vec<SavedArticle>) -> Self {
        let ws = Workspace {
            panels: RwSignal::new(Vec::new()),
            notices: RwSignal::new(Vec::new()),
            undo: RwSignal::new(None),
            comparison: RwSignal::new(None),
            running: RwSignal::new(None),
            editing: RwSignal::new(true),
            target: RwSignal::new(None),
            handout_title: RwSignal::new(String::new()),
            pinned: RwSignal::new(Vec::new()),
            conflict: RwSignal::new(None),
            original: RwSignal::new(None),
            next_id: StoredValue::new(1),
            owner: StoredValue::new(Owner::current()),
            panel_owners: StoredValue::new(Vec::new()),
        };
        ws.set_articles(articles);
        ws
    }

    fn fresh_id(&self) -> u64 {
        let id = self.next_id.get_value();
        self.next_id.set_value(id + 1);
        id
    }

    fn make_panel(&self, article: SavedArticle) -> Panel {
        let id = self.fresh_id();
        let make = move || Panel {
            id,
            name: RwSignal::new(article.name),
            text: RwSignal::new(article.text),
        };
        let owner = match self.owner.get_value() {
            Some(parent) => parent.child(),
            None => Owner::new(),
        };
        let panel = owner.with(make);
        self.panel_owners
            .update_value(|owners| owners.push((id, owner)));
        panel
    }

    /// Frees the signals of panels no longer shown. Their views are taken down by the next
    /// render, which can still read them, so the owners are dropped in a later task.
    fn release_removed_panels(&self) {
        let shown: Vec<u64> = self
            .panels
            .with_untracked(|ps| ps.iter().map(|p| p.id).collect());
        let mut removed = Vec::new();
        self.panel_owners.update_value(|owners| {
            let (kept, gone): (Vec<_>, Vec<_>) = std::mem::take(owners)
                .into_iter()
                .partition(|(id, _)| shown.contains(id));
            *owners = kept;
            removed = gone;
        });
        if !removed.is_empty() {
            set_timeout(move || drop(removed), Duration::ZERO);
        }
    }

    /// Shows `articles`, or two empty panels if there are none; returns what is shown. The first
    /// article marked as the original is the original; any later mark is dropped.
    fn set_articles(&self, articles: Vec<SavedArticle>) -> Vec<SavedArticle> {
        let mut articles = if articles.is_empty() {
            vec![SavedArticle::default(), SavedArticle::default()]
        } else {
            articles
        };
        let first = articles.iter().position(|a| a.original);
        for (i, a) in articles.iter_mut().enumerate() {
            a.original = Some(i) == first;
        }
        let panels: Vec<Panel> = articles
            .iter()
            .cloned()
            .map(|a| self.make_panel(a))
            .collect();
        self.original.set(first.map(|i| panels[i].id));
        self.panels.set(panels);
        self.release_removed_panels();
        articles
    }

    /// The articles, tracked (for saving).
    pub fn articles(&self) -> Vec<SavedArticle> {
        let original = self.original.get();
        self.panels
            .with(|ps| ps.iter().map(|p| p.saved(original)).collect())
    }

    fn articles_untracked(&self) -> Vec<SavedArticle> {
        let original = self.original.get_untracked();
        self.panels
            .with_untracked(|ps| ps.iter().map(|p| p.saved_untracked(original)).collect())
    }

    /// Marks panel `id` as the original (`true`) or unmarks it; marking one unmarks any other.
    pub fn mark_original(&self, id: u64, original: bool) {
        self.original.update(|o| match (original, *o == Some(id)) {
            (true, _) => *o = Some(id),
            (false, true) => *o = None,
            (false, false) => {}
        });
    }

    /// Adds an empty panel at the end; returns its id.
    pub fn add_panel(&self) -> u64 {
        let panel = self.make_panel(SavedArticle::default());
        self.panels.update(|ps| ps.push(panel));
        panel.id
    }

    /// Removes a panel; if it held anything, the removal can be undone.
    pub fn remove_panel(&self, id: u64) {
        let before = self.articles_untracked();
        let Some(index) = self
            .panels
            .with_untracked(|ps| ps.iter().position(|p| p.id == id))
        else {
            return;
        };
        let removed = &before[index];
        if !removed.is_blank() {
            let label = match removed.name.trim() {
                "" => format!("Removed article {}.", index + 1),
                name => format!("Removed “{name}”."),
            };
            let mut after = before.clone();
            after.remove(index);
            self.undo.set(Some(UndoEntry {
                label,
                before,
                after,
            }));
        }
        self.panels.update(|ps| {
            ps.remove(index);
        });
        if self.original.get_untracked() == Some(id) {
            self.original.set(None);
        }
        self.release_removed_panels();
    }

    /// Replaces every panel with `articles`; what was there can be restored with [`Self::undo`].
    pub fn replace_all(&self, articles: Vec<SavedArticle>, label: impl Into<String>) {
        let before = self.articles_untracked();
        let after = self.set_articles(articles);
        if before.iter().any(|a| !a.is_blank()) {
            self.undo.set(Some(UndoEntry {
                label: label.into(),
                before,
                after,
            }));
        }
        self.forget_comparison();
    }

    /// Empties the workspace (two empty panels), keeping an undo.
    pub fn clear_all(&self) {
        let count = self.panels.with_untracked(|ps| {
            ps.iter()
                .filter(|p| !p.has_no_text() || !p.name.with_untracked(|n| n.is_empty()))
                .count()
        });
        let label = match count {
            1 => "Cleared 1 article.".to_string(),
            n => format!("Cleared {n} articles."),
        };
        self.replace_all(Vec::new(), label);
    }

    /// Puts back what the last destructive action replaced. Anything written since that action
    /// is not lost: it becomes the next undo entry. Returns the panel worth focusing: the first
    /// one brought back.
    pub fn undo(&self) -> Option<u64> {
        let entry = self.undo.get_untracked()?;
        let now = self.articles_untracked();
        let shown = self.set_articles(entry.before);
        let edited_since = now != entry.after && now.iter().any(|a| !a.is_blank());
        self.undo.set(edited_since.then(|| UndoEntry {
            label: format!(
                "Undid “{}”. Undo again to bring back your later changes.",
                entry.label.trim_end_matches('.')
            ),
            before: now.clone(),
            after: shown.clone(),
        }));
        self.forget_comparison();
        let restored = shown.iter().position(|a| !a.is_blank() && !now.contains(a));
        self.panels
            .with_untracked(|ps| ps.get(restored.unwrap_or(0)).map(|p| p.id))
    }

    /// Places decoded files into empty panels (`preferred` first, then in order), adding panels
    /// when none is empty. Files that failed become error notices (one each for a few, one
    /// summary listing every file for more, so none goes unreported); no text is ever replaced.
    /// Returns the id of the first panel filled.
    pub fn place_files(&self, files: Vec<LoadedFile>, preferred: Option<u64>) -> Option<u64> {
        let mut first = None;
        let mut rejected: Vec<String> = Vec::new();
        let mut with_text = self
            .panels
            .with_untracked(|ps| ps.iter().filter(|p| !p.has_no_text()).count());
        for file in files {
            match file.result {
                Ok(_) if with_text >= limits::MAX_ARTICLES => rejected.push(format!(
                    "“{}” would be more than the {} articles one comparison holds: compare in smaller sets",
                    file.file_name,
                    limits::MAX_ARTICLES
                )),
                Ok(decoded) if decoded.text.len() > limits::MAX_ARTICLE_BYTES => {
                    rejected.push(format!(
                        "“{}” holds {} of text, more than one article may ({}): keep only the \
                         article's own text, or split it",
                        file.file_name,
                        limits::size(decoded.text.len()),
                        limits::size(limits::MAX_ARTICLE_BYTES)
                    ))
                }
                Ok(decoded) => {
                    with_text += 1;
                    let panel = self.empty_panel(preferred);
                    panel.text.set(decoded.text);
                    if panel.name.with_untracked(|n| n.trim().is_empty()) {
                        panel.name.set(decoded.name);
                    }
                    first.get_or_insert(panel.id);
                }
                Err(message) => rejected.push(format!("“{}” {message}", file.file_name)),
            }
        }
        if rejected.len() <= SEPARATE_REJECTIONS {
            for message in rejected {
                self.notify(NoticeKind::Error, message);
            }
        } else {
            self.notify(
                NoticeKind::Error,
                format!(
                    "{} files were not added: {}",
                    rejected.len(),
                    rejected.join(" · ")
                ),
            );
        }
        first
    }

    /// The preferred panel if it has no text, else the first panel without text, else a new one.
    fn empty_panel(&self, preferred: Option<u64>) -> Panel {
        let found = self.panels.with_untracked(|ps| {
            let preferred = ps
                .iter()
                .find(|p| Some(p.id) == preferred && p.has_no_text());
            preferred
                .or_else(|| ps.iter().find(|p| p.has_no_text()))
                .copied()
        });
        found.unwrap_or_else(|| {
            let panel = self.make_panel(SavedArticle::default());
            self.panels.update(|ps| ps.push(panel));
            panel
        })
    }

    /// Shows a notice; it leaves by itself after [`NOTICE_STAYS`] (errors after twice that),
    /// or when dismissed. The live region announces it once, when it appears.
    pub fn notify(&self, kind: NoticeKind, text: impl Into<String>) {
        let id = self.fresh_id();
        let stays = match kind {
            NoticeKind::Info => NOTICE_STAYS,
            NoticeKind::Error => NOTICE_STAYS * 2,
        };
        let notices = self.notices;
        set_timeout(
            move || {
                if let Some(mut ns) = notices.try_get_untracked() {
                    if ns.iter().any(|n| n.id == id) {
                        ns.retain(|n| n.id != id);
                        notices.set(ns);
                    }
                }
            },
            stays,
        );
        self.notices.update(|ns| {
            ns.push(Notice {
                id,
                kind,
                text: text.into(),
            });
            let excess = ns.len().saturating_sub(MAX_NOTICES);
            ns.drain(..excess);
        });
    }

    pub fn dismiss(&self, id: u64) {
        self.notices.update(|ns| ns.retain(|n| n.id != id));
    }

    /// The sources the engine would compare now: panels with text, unnamed ones called
    /// "Article N" after their position. Tracked.
    pub fn sources(&self) -> Vec<Source> {
        self.input().sources
    }

    /// What the engine would compare now: [`Self::sources`] and which of them is the marked
    /// original (a marked panel without text is none). Tracked.
    pub fn input(&self) -> Input {
        let marked = self.original.get();
        self.panels.with(|ps| {
            let mut original = None;
            let sources = ps
                .iter()
                .enumerate()
                .filter(|(_, p)| p.text.with(|t| !t.trim().is_empty()))
                .enumerate()
                .map(|(n, (i, p))| {
                    if marked == Some(p.id) {
                        original = Some(n);
                    }
                    let name = p.name.with(|n| n.trim().to_string());
                    let name = if name.is_empty() {
                        format!("Article {}", i + 1)
                    } else {
                        name
                    };
                    Source::new(name, p.text.get())
                })
                .collect();
            Input { sources, original }
        })
    }

    pub(super) fn input_untracked(&self) -> Input {
        untrack(|| self.input())
    }

    /// Starts a run: it becomes the current one and any earlier run stops at its next slice.
    pub(super) fn begin_run(&self, input: &Input, stage: Stage, progress: (usize, usize)) -> u64 {
        let run = self.fresh_id();
        self.running.set(Some(Running {
            run,
            sources: input.fingerprint(),
            stage,
            progress,
        }));
        run
    }

    /// Whether `run` is still the current run (not replaced, not cancelled).
    pub(super) fn is_current_run(&self, run: u64) -> bool {
        self.running
            .with_untracked(|r| r.is_some_and(|r| r.run == run))
    }

    /// Records the stage `run` works on now and how far it has got, if it is still current.
    pub(super) fn run_reached(&self, run: u64, stage: Stage, progress: (usize, usize)) {
        self.running.update(|r| {
            if let Some(r) = r.as_mut().filter(|r| r.run == run) {
                r.stage = stage;
                r.progress = progress;
            }
        });
    }

    /// Shows the result of `run` if it is still current, ending it. Returns whether it was.
    pub(super) fn finish_run(&self, run: u64, comparison: Comparison) -> bool {
        if !self.is_current_run(run) {
            return false;
        }
        self.pinned.set(Vec::new());
        self.comparison.set(Some(Arc::new(comparison)));
        self.running.set(None);
        true
    }

    /// Drops the comparison shown and stops any running one (the articles were replaced).
    fn forget_comparison(&self) {
        self.running.set(None);
        self.comparison.set(None);
    }

    /// [`Input::fingerprint`] of the comparison shown or being computed, for saving.
    pub fn compared_fingerprint_untracked(&self) -> Option<u64> {
        self.running
            .with_untracked(|r| r.map(|r| r.sources))
            .or_else(|| {
                self.comparison.with_untracked(|c| {
                    c.as_ref().map(|c| {
                        Input {
                            sources: c.sources.clone(),
                            original: c.report.original,
                        }
                        .fingerprint()
                    })
                })
            })
    }

    /// [`Input::fingerprint`] of what the engine would compare now.
    pub fn sources_fingerprint_untracked(&self) -> u64 {
        self.input_untracked().fingerprint()
    }

    /// Whether the sources are within the input limits ([`crate::limits`]); if not, says which
    /// limit and what to do. Lengths only: cheap enough to run before every comparison.
    pub fn within_limits(&self) -> bool {
        let articles: Vec<(String, usize)> = self.panels.with_untracked(|ps| {
            ps.iter()
                .filter(|p| p.text.with_untracked(|t| !t.trim().is_empty()))
                .map(|p| (p.name.get_untracked(), p.text.with_untracked(String::len)))
                .collect()
        });
        let checked = limits::check_lengths(articles.iter().map(|(n, l)| (n.as_str(), *l)));
        match checked {
            Ok(()) => true,
            Err(problem) => {
                self.notify(NoticeKind::Error, problem.to_string());
                false
            }
        }
    }
}

//! Saving the workspace in the browser's localStorage and reading it back.
//!
//! The saved form is JSON of [`SavedWorkspace`] under one key: the articles and, when they
//! were compared, a fingerprint of what was compared (so a reload can show the results again). A saved copy that cannot be read
//! is moved aside (never silently overwritten) so nothing is lost. This module knows nothing
//! about panels or signals.

use serde::{Deserialize, Serialize};

use super::state::SavedArticle;

const KEY: &str = "parallax.workspace";
/// Where an unreadable saved copy is moved.
const UNREADABLE_KEY: &str = "parallax.workspace.unreadable";
/// Raised when the saved form changes incompatibly.
const VERSION: u32 = 1;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedWorkspace {
    pub version: u32,
    pub articles: Vec<SavedArticle>,
    /// `state::fingerprint` of the sources last compared (or being compared), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compared: Option<u64>,
}

/// Why saving or restoring did not work, in words for the user.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// localStorage is switched off (e.g. some private modes).
    Unavailable,
    /// The saved copy is not a workspace this version can read; it was kept aside.
    Unreadable,
    /// The browser refused to store that much.
    Full,
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
            StorageError::Full => {
                "The articles are too large for this browser's storage: recent changes are not \
                 saved. Remove some articles to save again."
            }
        })
    }
}

fn storage() -> Result<web_sys::Storage, StorageError> {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .ok_or(StorageError::Unavailable)
}

/// The saved workspace, `Ok(None)` when nothing was saved yet.
pub fn load() -> Result<Option<SavedWorkspace>, StorageError> {
    let storage = storage()?;
    let Some(json) = storage
        .get_item(KEY)
        .map_err(|_| StorageError::Unavailable)?
    else {
        return Ok(None);
    };
    match serde_json::from_str::<SavedWorkspace>(&json) {
        Ok(saved) if saved.version == VERSION => Ok(Some(saved)),
        _ => {
            let _ = storage.set_item(UNREADABLE_KEY, &json);
            let _ = storage.remove_item(KEY);
            Err(StorageError::Unreadable)
        }
    }
}

/// Saves `articles` and the fingerprint of what was `compared`, replacing the previous copy.
pub fn save(articles: &[SavedArticle], compared: Option<u64>) -> Result<(), StorageError> {
    let storage = storage()?;
    let saved = SavedWorkspace {
        version: VERSION,
        articles: articles.to_vec(),
        compared,
    };
    let json = serde_json::to_string(&saved).map_err(|_| StorageError::Unreadable)?;
    storage.set_item(KEY, &json).map_err(|_| StorageError::Full)
}

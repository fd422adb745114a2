//! The classroom's saved state in localStorage: the teacher's draft exercise (with a checksum
//! of the articles it was made from, so a draft never meets other articles) and each
//! exercise's typed answers (under a key made from the exercise, so two exercises never share
//! answers). A copy that cannot be read is left alone and treated as absent.

use serde::{Deserialize, Serialize};

use crate::exercise::Exercise;
use crate::ui::state::fnv1a;

const DRAFT_KEY: &str = "parallax.exercise.draft";
const ANSWERS_PREFIX: &str = "parallax.exercise.answers.";

/// The teacher's exercise in progress.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    /// Checksum of the articles (names and texts) it was made from.
    pub articles: u64,
    pub exercise: Exercise,
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

/// The saved draft, if there is a readable one.
pub fn load_draft() -> Option<Draft> {
    let json = storage()?.get_item(DRAFT_KEY).ok()??;
    serde_json::from_str(&json).ok()
}

/// Saves the draft; says why when the browser refuses.
pub fn save_draft(draft: &Draft) -> Result<(), String> {
    let json = serde_json::to_string(draft).map_err(|e| e.to_string())?;
    storage()
        .ok_or_else(|| "this browser does not let the page save".to_string())?
        .set_item(DRAFT_KEY, &json)
        .map_err(|_| {
            "the browser refused to save the exercise (storage full or blocked)".to_string()
        })
}

/// Forgets the draft.
pub fn clear_draft() {
    if let Some(s) = storage() {
        let _ = s.remove_item(DRAFT_KEY);
    }
}

/// The answers saved for the exercise with checksum `id`.
pub fn load_answers(id: u64) -> Vec<String> {
    storage()
        .and_then(|s| s.get_item(&format!("{ANSWERS_PREFIX}{id:016x}")).ok()?)
        .and_then(|json| serde_json::from_str(&json).ok())
        .unwrap_or_default()
}

/// Saves the answers to the exercise with checksum `id`.
pub fn save_answers(id: u64, answers: &[String]) -> Result<(), String> {
    let json = serde_json::to_string(answers).map_err(|e| e.to_string())?;
    storage()
        .ok_or_else(|| "this browser does not let the page save".to_string())?
        .set_item(&format!("{ANSWERS_PREFIX}{id:016x}"), &json)
        .map_err(|_| "the browser refused to save your answers (storage full or blocked)".into())
}

/// A checksum of `parts` ([`fnv1a`], each part followed by a byte no UTF-8 text holds), stable
/// across sessions and builds.
pub fn checksum<'a>(parts: impl IntoIterator<Item = &'a str>) -> u64 {
    fnv1a(
        parts
            .into_iter()
            .flat_map(|part| part.bytes().chain([0xff])),
    )
}

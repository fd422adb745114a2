//! Exercise links: an exercise and its articles packed into a URL fragment,
//! `#exercise=<payload>`, for students to open in any browser with no account.
//!
//! The payload is packed like a share link's ([`crate::share_link::pack`]): the JSON
//! `{"articles":[{"name":…,"text":…},…],"exercise":{…}}`. The articles hold the outlets' real
//! names and texts, so the teacher can reveal them; what students see is masked by
//! [`super::blind`] before anything is shown. Unpacking is as strict as a share link's (size,
//! damage, article count) and then drops whatever the exercise may not hold
//! ([`Exercise::sanitised`]).

use serde::{Deserialize, Serialize};

use super::Exercise;
use crate::share_link::{self, DecodeError, SharedArticle};

/// What an exercise link's fragment starts with, after the `#`.
pub const FRAGMENT_PREFIX: &str = "exercise=";

/// The JSON inside a payload.
#[derive(Serialize, Deserialize)]
struct Packed {
    articles: Vec<SharedArticle>,
    exercise: Exercise,
}

/// An exercise with the articles it was made from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Lesson {
    /// The articles, with their real names.
    pub articles: Vec<SharedArticle>,
    /// The exercise. Its evidence points into the texts as masked for it (see
    /// [`Lesson::shown_texts`]).
    pub exercise: Exercise,
}

impl Lesson {
    /// The texts students see: masked when the exercise is blind, as given otherwise.
    pub fn shown_texts(&self) -> Vec<String> {
        shown_texts(&self.articles, &self.exercise)
    }
}

/// The texts an exercise's questions point into.
pub fn shown_texts(articles: &[SharedArticle], exercise: &Exercise) -> Vec<String> {
    let texts: Vec<&str> = articles.iter().map(|a| a.text.as_str()).collect();
    if exercise.blind {
        let names: Vec<&str> = articles.iter().map(|a| a.name.as_str()).collect();
        super::blind::mask(&texts, &names, &exercise.also_hide)
    } else {
        texts.into_iter().map(str::to_string).collect()
    }
}

/// The payload for a lesson.
pub fn encode(articles: &[SharedArticle], exercise: &Exercise) -> String {
    let packed = Packed {
        articles: articles.to_vec(),
        exercise: exercise.clone(),
    };
    // Strings, numbers and enums only: serialising cannot fail.
    share_link::pack(&serde_json::to_vec(&packed).expect("an exercise always serialises"))
}

/// The student link for a lesson on the page at `page_url`.
pub fn link(page_url: &str, articles: &[SharedArticle], exercise: &Exercise) -> String {
    let page = page_url.split('#').next().unwrap_or_default();
    format!("{page}#{FRAGMENT_PREFIX}{}", encode(articles, exercise))
}

/// The payload in a URL fragment, if the fragment is an exercise link.
pub fn payload_in_fragment(fragment: &str) -> Option<&str> {
    fragment
        .strip_prefix('#')
        .unwrap_or(fragment)
        .strip_prefix(FRAGMENT_PREFIX)
}

/// The lesson in `payload`, checked and sanitised.
pub fn decode(payload: &str) -> Result<Lesson, DecodeError> {
    let json = share_link::unpack(payload)?;
    let packed: Packed = serde_json::from_slice(&json).map_err(|_| DecodeError::NotWorkspace)?;
    let articles = share_link::check_articles(packed.articles)?;
    let shown = shown_texts(&articles, &packed.exercise);
    let texts: Vec<&str> = shown.iter().map(String::as_str).collect();
    let exercise = packed.exercise.sanitised(&texts);
    Ok(Lesson { articles, exercise })
}

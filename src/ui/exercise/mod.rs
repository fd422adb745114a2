//! The classroom screens, over `crate::exercise`:
//!
//! - [`maker`]: under the results, the teacher makes an exercise from the compared articles:
//!   proposed questions to keep, edit, reorder or add to, a lesson length, blind or named
//!   sources, and the student link; the draft is saved in the browser;
//! - [`student`]: the page a `#exercise=…` link (or `#demo-exercise`, `#starter-exercise`)
//!   opens instead of the
//!   workspace: the questions beside the articles, answers typed and saved in the browser,
//!   factual answers checked with the evidence highlighted, the reveal of the outlets, the
//!   printable worksheet and separate answer key, and the hand-in download;
//! - [`projector`]: one question at a time in large type, stepped with the keyboard;
//! - [`store`]: the draft and the answers in localStorage.
//!
//! Nothing leaves the page; text is always set as text.

pub mod maker;
mod projector;
mod store;
pub mod student;

/// Whether the page's fragment opens the student view rather than the workspace.
pub fn opens_student_view(hash: &str) -> bool {
    let fragment = hash.strip_prefix('#').unwrap_or(hash);
    fragment == student::DEMO_FRAGMENT
        || fragment == student::STARTER_FRAGMENT
        || crate::exercise::link::payload_in_fragment(fragment).is_some()
}

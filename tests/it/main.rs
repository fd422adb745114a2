//! The app package's integration tests: one binary.
//!
//! - `cli`: the `parallax` command as a user runs it (formats, stdin, errors naming the file);
//! - `exercise`: classroom exercises, blind masking, answer checks, exercise links;
//! - `hostile`: the hostile-input corpus (`tests/hostile/`), the limits and share links;
//! - `findings`: the key differences picked from reports (`parallax::findings`);
//! - `segments`: the result views' pure text splitting (`parallax::segments`).

mod cli;
mod exercise;
mod findings;
mod hostile;
mod segments;

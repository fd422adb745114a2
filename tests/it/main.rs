//! The app package's integration tests: one binary.
//!
//! - `cli`: the `parallax` command as a user runs it (formats, stdin, errors naming the file);
//! - `exercise`: classroom exercises, blind masking, answer checks, exercise links;
//! - `hostile`: the hostile-input corpus (`tests/hostile/`), the limits and share links;
//! - `findings`: the key differences picked from reports (`parallax::findings`);
//! - `report_parts`: a report split into parts, sent as JSON and put back together;
//! - `segments`: the result views' pure text splitting (`parallax::segments`).

mod cli;
mod exercise;
mod findings;
mod hostile;
mod report_parts;
mod segments;

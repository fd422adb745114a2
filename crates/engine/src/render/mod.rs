//! Renderers of a report.

pub mod csv;
mod escape;
pub mod framing;
pub mod markdown;

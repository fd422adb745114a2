//! Renderers of a report.

pub mod csv;
pub mod escape;
pub mod framing;
pub mod markdown;

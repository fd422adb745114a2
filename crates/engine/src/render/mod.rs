//! Renderers of a report.

pub mod csv;
pub mod framing;
pub mod markdown;

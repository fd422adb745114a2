//! The messages between the page and the engine's Web Worker (see [`super::worker`]): JSON
//! text, so both sides are the same Rust types and nothing but strings crosses the boundary.

use parallax_engine::{AlignStep, FramingStep, Source, Stage};
use serde::{Deserialize, Serialize};

use crate::report_parts::ReportPart;

/// The page asks the worker to compare `sources` as run `run`, with source `original` (if any)
/// marked as the original the others quote.
#[derive(Serialize, Deserialize)]
pub struct Job {
    pub run: u64,
    pub sources: Vec<Source>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original: Option<usize>,
    /// A warm-up, not a run: the worker compares `sources` a few times (as the page's own
    /// warm-up does, `super::warm`), reports nothing but [`Update::Warm`], and keeps its word
    /// lists and optimised code for the runs.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub warm: bool,
}

/// What the worker tells the page about run `run`. Externally tagged (`{"part":{…}}`), so
/// the page decodes a part as it reads it: an internally tagged enum (`"kind":"part"`) first
/// buffers the whole message in serde's generic content tree, which took the decoding of a
/// 2.5 MB report (fifty long articles) from 46–95 ms to 217–260 ms on the page's thread.
#[derive(Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Update {
    /// The run is about to take the step `stage`; `done` of `total` steps are behind it.
    Reached {
        run: u64,
        stage: WireStage,
        done: usize,
        total: usize,
    },
    /// The run is finished and this is a part of its report: the report comes in parts of
    /// about [`crate::report_parts::PART_BYTES`], one message each, so the page decodes a
    /// large one over several tasks; [`ReportPart::Rest`] is the last.
    Part { run: u64, part: ReportPart },
    /// A warm-up is finished (the worker is up and warm).
    Warm,
}

/// [`Stage`] on the wire: which step (`step`) and, for steps over articles or parts, which one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WireStage {
    pub step: u8,
    pub index: usize,
    pub total: usize,
}

impl From<Stage> for WireStage {
    fn from(stage: Stage) -> Self {
        let (step, index, total) = match stage {
            Stage::Reading { index, total } => (0, index, total),
            Stage::Framing(FramingStep::Naming) => (1, 0, 0),
            Stage::Framing(FramingStep::Claims) => (2, 0, 0),
            Stage::Framing(FramingStep::Source { index, total }) => (3, index, total),
            Stage::Aligning(AlignStep::Grouping) => (4, 0, 0),
            Stage::Aligning(AlignStep::Aligning { index, total }) => (5, index, total),
            Stage::Aligning(AlignStep::Paraphrasing) => (6, 0, 0),
        };
        WireStage { step, index, total }
    }
}

impl WireStage {
    /// The stage this stands for; `None` for a step this build does not know.
    pub fn stage(self) -> Option<Stage> {
        let WireStage { index, total, .. } = self;
        Some(match self.step {
            0 => Stage::Reading { index, total },
            1 => Stage::Framing(FramingStep::Naming),
            2 => Stage::Framing(FramingStep::Claims),
            3 => Stage::Framing(FramingStep::Source { index, total }),
            4 => Stage::Aligning(AlignStep::Grouping),
            5 => Stage::Aligning(AlignStep::Aligning { index, total }),
            6 => Stage::Aligning(AlignStep::Paraphrasing),
            _ => return None,
        })
    }
}

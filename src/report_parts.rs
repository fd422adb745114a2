//! A report sent in parts: how the engine's Web Worker hands a large [`Report`] to the page
//! without one long task on the page's thread.
//!
//! A report's JSON grows with the input (a comparison at the input limits gives some 25 MB,
//! most of it quotations, quote groups and claims). Decoding it in one message held the page
//! for most of a second. [`split`] cuts the three long lists into parts of about a given size
//! and sends the rest of the report last; the page decodes each part in the task its message
//! arrives in (the browser draws frames in between) and [`Assembly`] puts the report back
//! together, equal to the one split.
//!
//! Pure data: no browser types, so it is compiled for every target and tested natively
//! (`tests/it/report_parts.rs`). It does not decide how parts travel; the worker wraps each in
//! its message (`ui::worker_wire`).

use parallax_engine::report::{Claim, QuoteGroupRecord, QuoteRecord};
use parallax_engine::Report;
use serde::{Deserialize, Serialize};

/// The size of a part the worker aims at: big enough that the parts of a typical report are
/// few, small enough that decoding one takes a few milliseconds.
pub const PART_BYTES: usize = 512 * 1024;

/// How many items the first part of each list carries, before the size of the parts sent so
/// far says how many fit in [`PART_BYTES`].
const FIRST_PART_ITEMS: usize = 8;

/// One part of a report. The lists' parts come first, in order; [`ReportPart::Rest`] is the
/// report without those lists, and always the last part.
#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReportPart {
    /// The next quotations of [`Report::quotes`].
    Quotes(Vec<QuoteRecord>),
    /// The next groups of [`Report::quote_groups`].
    Groups(Vec<QuoteGroupRecord>),
    /// The next claims of the framing's claims list.
    Claims(Vec<Claim>),
    /// Everything else: the report with the three lists empty.
    Rest(Box<Report>),
}

/// Sends `report` in parts through `send`, which returns the size of what it sent (the part
/// as it travels, wrapper included), so each list's later parts are sized to about
/// `part_bytes` by the sizes of its earlier ones. An empty list sends no part.
pub fn split(mut report: Report, part_bytes: usize, mut send: impl FnMut(ReportPart) -> usize) {
    let quotes = std::mem::take(&mut report.quotes);
    let groups = std::mem::take(&mut report.quote_groups);
    let claims = std::mem::take(&mut report.framing.claims.claims);
    send_in_parts(quotes, part_bytes, ReportPart::Quotes, &mut send);
    send_in_parts(groups, part_bytes, ReportPart::Groups, &mut send);
    send_in_parts(claims, part_bytes, ReportPart::Claims, &mut send);
    send(ReportPart::Rest(Box::new(report)));
}

/// Sends `items` in order, as parts made by `part`, each of about `part_bytes`.
fn send_in_parts<T>(
    items: Vec<T>,
    part_bytes: usize,
    part: impl Fn(Vec<T>) -> ReportPart,
    send: &mut impl FnMut(ReportPart) -> usize,
) {
    let mut items = items.into_iter().peekable();
    let (mut sent_items, mut sent_bytes) = (0usize, 0usize);
    while items.peek().is_some() {
        let count = match sent_items {
            0 => FIRST_PART_ITEMS,
            _ => (part_bytes.saturating_mul(sent_items) / sent_bytes.max(1)).max(1),
        };
        let chunk: Vec<T> = items.by_ref().take(count).collect();
        sent_items += chunk.len();
        sent_bytes += send(part(chunk));
    }
}

/// A report being put back together from its parts, in the order [`split`] sent them.
#[derive(Debug, Default)]
pub struct Assembly {
    quotes: Vec<QuoteRecord>,
    groups: Vec<QuoteGroupRecord>,
    claims: Vec<Claim>,
}

impl Assembly {
    /// Takes the next part; once the last one is in, the whole report.
    pub fn add(&mut self, part: ReportPart) -> Option<Report> {
        match part {
            ReportPart::Quotes(items) => self.quotes.extend(items),
            ReportPart::Groups(items) => self.groups.extend(items),
            ReportPart::Claims(items) => self.claims.extend(items),
            ReportPart::Rest(rest) => {
                let mut report = *rest;
                let Assembly {
                    quotes,
                    groups,
                    claims,
                } = std::mem::take(self);
                report.quotes = quotes;
                report.quote_groups = groups;
                report.framing.claims.claims = claims;
                return Some(report);
            }
        }
        None
    }
}

//! Reading one article: the text model, boilerplate, quotations and their attribution together.
//!
//! This is the only entry point later stages (grouping, framing) need for a single source.

use super::boilerplate::{self, BoilerplateOverride, BoilerplateRegion};
use super::quotes::{self, Quotation};
use super::text::TextModel;

/// Everything the engine reads out of one article's text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Article {
    pub model: TextModel,
    pub boilerplate: Vec<BoilerplateRegion>,
    pub quotes: Vec<Quotation>,
}

impl Article {
    /// Reads `text`, applying the user's boilerplate `overrides`.
    pub fn read(text: &str, overrides: &[BoilerplateOverride]) -> Self {
        let model = TextModel::new(text);
        let boilerplate = boilerplate::detect(text, &model, overrides);
        let mut quotes = quotes::extract(text);
        for q in &mut quotes {
            q.in_boilerplate = boilerplate.iter().any(|r| r.span.contains(q.span));
        }
        Article {
            model,
            boilerplate,
            quotes,
        }
    }

    /// Whether byte `pos` lies in a boilerplate region.
    pub fn is_boilerplate(&self, pos: usize) -> bool {
        self.boilerplate.iter().any(|r| r.span.contains_offset(pos))
    }
}

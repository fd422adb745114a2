//! Tests of reading one article as a whole: hand-made texts with the faults real pages have
//! (`real_text`), and properties that hold for any `&str` (`properties`: no panic, every
//! offset on a character boundary and inside the text).

mod properties;
mod real_text;

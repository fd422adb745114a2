//! Reading one article.

pub mod article;
pub mod attribution;
pub mod attribution_record;
pub mod boilerplate;
pub mod indirect;
pub mod quotes;
pub mod tokens;

#[cfg(test)]
mod tests;

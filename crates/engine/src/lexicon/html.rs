//! HTML element names, by how reading a page as text treats their content.
//!
//! Written for Parallax (from the HTML element list). Lookup is by lowercase tag name.

/// Elements whose content is never article text.
pub const DROPPED: &[&str] = &[
    "script", "style", "noscript", "template", "head", "svg", "math", "iframe", "object", "canvas",
    "select", "button",
];

/// Elements whose content is raw text: the tokenizer skips straight to the closing tag.
pub const RAW: &[&str] = &[
    "script", "style", "noscript", "template", "title", "textarea", "xmp",
];

/// Elements that start and end a block: a blank line before and after.
pub const BLOCKS: &[&str] = &[
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "section",
    "article",
    "header",
    "footer",
    "aside",
    "nav",
    "main",
    "figure",
    "figcaption",
    "table",
    "tr",
    "pre",
    "hr",
    "form",
    "address",
    "details",
    "summary",
    "body",
];

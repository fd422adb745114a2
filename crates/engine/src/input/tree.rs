//! A light element tree built from the tokenizer in `html`: elements (tag, class and id, the
//! few attributes reading needs), text, parent links. Scripts, styles, comments and the other
//! dropped elements leave nothing in it; the page's title and `<meta>` facts are collected on
//! the way.
//!
//! Nodes are stored in document order, so an element's descendants are the nodes from just
//! after it up to its `end`: walking a subtree needs no recursion and no child lists. Unclosed
//! elements are closed the way browsers mostly do (`<p>` before a block, `<li>` before the next
//! item, cells and rows before the next one); stray closing tags are ignored. Building is
//! linear in the input: closing an element pops each open element at most once.

use super::html::{walk, HtmlText, Piece, Tag};
use crate::lexicon::readability::VOID;
use std::collections::HashMap;

/// One node: an element (`tag` not empty) or a run of text (`tag` empty).
#[derive(Clone, Debug, Default)]
pub(super) struct Node {
    /// Lower-case tag name; empty for text.
    pub(super) tag: String,
    /// Lower-case `class` and `id`, joined by a space.
    pub(super) names: String,
    /// Lower-case `role`.
    pub(super) role: String,
    /// `hidden`, `aria-hidden="true"` or an inline `display:none` / `visibility:hidden`.
    pub(super) hidden: bool,
    /// Decoded text, for text nodes.
    pub(super) text: String,
    /// The enclosing element (the document node, 0, for top-level nodes and for itself).
    pub(super) parent: usize,
    /// One past the last node of this node's subtree.
    pub(super) end: usize,
}

impl Node {
    pub(super) fn is_text(&self) -> bool {
        self.tag.is_empty()
    }
}

/// The page as a tree plus what its head says about it. Node 0 is the document.
pub(super) struct Tree {
    pub(super) nodes: Vec<Node>,
    pub(super) page: HtmlText,
}

impl Tree {
    /// The element children of `node`, in order.
    pub(super) fn children(&self, node: usize) -> impl Iterator<Item = usize> + '_ {
        let end = self.nodes[node].end;
        let mut next = node + 1;
        std::iter::from_fn(move || {
            let child = next;
            (child < end).then(|| {
                next = self.nodes[child].end.max(child + 1);
                child
            })
        })
    }
}

/// Builds the tree of `html`. Never panics.
pub(super) fn build(html: &str) -> Tree {
    let mut b = Builder {
        nodes: vec![Node::default()],
        open: Vec::new(),
        open_count: HashMap::new(),
    };
    let mut page = HtmlText::default();
    walk(html, &mut page, |piece| match piece {
        Piece::Text(text) => b.text(text),
        Piece::Textarea(tag, text) => {
            b.open(tag);
            b.text(text);
            b.close("textarea");
        }
        Piece::Tag(tag) if tag.closing => b.close(&tag.name),
        Piece::Tag(tag) => {
            b.open(tag);
            if tag.self_closing || VOID.contains(&tag.name.as_str()) {
                b.close(&tag.name);
            }
        }
    });
    while let Some(top) = b.open.pop() {
        b.nodes[top].end = b.nodes.len();
    }
    b.nodes[0].end = b.nodes.len();
    Tree {
        nodes: b.nodes,
        page,
    }
}

struct Builder {
    nodes: Vec<Node>,
    /// Open elements, outermost first.
    open: Vec<usize>,
    /// How many elements of each tag are open.
    open_count: HashMap<String, usize>,
}

impl Builder {
    fn current(&self) -> usize {
        self.open.last().copied().unwrap_or(0)
    }

    fn text(&mut self, text: String) {
        let parent = self.current();
        let at = self.nodes.len();
        self.nodes.push(Node {
            text,
            parent,
            end: at + 1,
            ..Node::default()
        });
    }

    fn open(&mut self, tag: &Tag) {
        self.close_implied(&tag.name);
        let lower = |name: &str| tag.attr(name).unwrap_or("").to_ascii_lowercase();
        let style: String = lower("style").split_whitespace().collect();
        let hidden = tag.attr("hidden").is_some()
            || lower("aria-hidden") == "true"
            || style.contains("display:none")
            || style.contains("visibility:hidden");
        let names = format!("{} {}", lower("class"), lower("id"));
        let parent = self.current();
        let at = self.nodes.len();
        self.nodes.push(Node {
            tag: tag.name.clone(),
            names: names.trim().to_string(),
            role: lower("role"),
            hidden,
            parent,
            end: at + 1,
            ..Node::default()
        });
        self.open.push(at);
        *self.open_count.entry(tag.name.clone()).or_default() += 1;
    }

    /// Closes the innermost open `name` and everything opened inside it; nothing when no
    /// `name` is open.
    fn close(&mut self, name: &str) {
        if self.open_count.get(name).copied().unwrap_or(0) == 0 {
            return;
        }
        while let Some(top) = self.open.pop() {
            self.nodes[top].end = self.nodes.len();
            let tag = std::mem::take(&mut self.nodes[top].tag);
            if let Some(n) = self.open_count.get_mut(&tag) {
                *n = n.saturating_sub(1);
            }
            let done = tag == name;
            self.nodes[top].tag = tag;
            if done {
                return;
            }
        }
    }

    /// The end tags HTML leaves out: `</p>` before a block, `</li>` before the next item,
    /// `</td>` and `</tr>` before the next cell or row, `</dt>`/`</dd>` before the next term.
    fn close_implied(&mut self, name: &str) {
        let (closes, within): (&[&str], &[&str]) = match name {
            "li" => (&["li"], &["ul", "ol", "menu"]),
            "dt" | "dd" => (&["dt", "dd"], &["dl"]),
            "td" | "th" => (&["td", "th"], &["tr", "table"]),
            "tr" => (&["tr", "td", "th"], &["table", "tbody", "thead", "tfoot"]),
            "option" => (&["option"], &["select"]),
            _ => (&[], &[]),
        };
        // A bounded look at the innermost open elements keeps this linear.
        let innermost = self.open.iter().rev().take(8);
        let mut close = None;
        for &i in innermost {
            let tag = self.nodes[i].tag.as_str();
            if closes.contains(&tag) {
                close = Some(tag.to_string());
                break;
            }
            if within.contains(&tag) {
                break;
            }
        }
        if let Some(tag) = close {
            self.close(&tag);
        }
        if closes_paragraph(name) && self.nodes[self.current()].tag == "p" {
            self.close("p");
        }
    }
}

/// Block elements whose start ends an open paragraph.
fn closes_paragraph(name: &str) -> bool {
    matches!(
        name,
        "address"
            | "article"
            | "aside"
            | "blockquote"
            | "details"
            | "div"
            | "dl"
            | "fieldset"
            | "figure"
            | "footer"
            | "form"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "header"
            | "hr"
            | "main"
            | "nav"
            | "ol"
            | "p"
            | "pre"
            | "section"
            | "table"
            | "ul"
            | "li"
    )
}

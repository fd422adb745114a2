//! Patterns for finding a page's article among its chrome: which elements are unlikely to hold
//! article text, which class and id words raise or lower a block's score.
//!
//! The patterns follow Mozilla Readability (`Readability.js`, REGEXPS: `unlikelyCandidates`,
//! `okMaybeItsACandidate`, `positive`, `negative`; https://github.com/mozilla/readability,
//! Apache-2.0), written here as plain substrings, with a few news-site additions (newsletter,
//! subscribe, most-read, trending, outbrain, taboola, promo, share). Entries are lower case and
//! match anywhere in an element's lower-cased `class` and `id` joined by a space.

/// Class or id words of blocks that are almost never article text.
pub const UNLIKELY: &[&str] = &[
    "-ad-",
    "ad-break",
    "ai2html",
    "banner",
    "breadcrumb",
    "combx",
    "comment",
    "community",
    "cover-wrap",
    "disqus",
    "extra",
    "footer",
    "gdpr",
    "header",
    "legends",
    "menu",
    "related",
    "remark",
    "replies",
    "rss",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "social",
    "sponsor",
    "supplemental",
    "agegate",
    "pagination",
    "pager",
    "popup",
    "yom-remote",
    // Additions for news sites.
    "promo",
    "share",
    "newsletter",
    "subscribe",
    "most-read",
    "mostread",
    "most-popular",
    "trending",
    "outbrain",
    "taboola",
];

/// Class or id words of chrome that is removed even when a `MAYBE` word is there too (an author's
/// biography box in the post body, a byline): written for Parallax.
pub const ALWAYS_UNLIKELY: &[&str] = &["-bio", "author-info", "author-card", "byline"];

/// Class tokens that mark an advertisement (a whole token, or its start before `-`/`_`).
pub const AD_TOKENS: &[&str] = &["ad", "ads", "advert", "advertisement", "dfp"];

/// Class or id words that keep an otherwise unlikely block (Readability's
/// `okMaybeItsACandidate`, plus `story` and `text`).
pub const MAYBE: &[&str] = &[
    "and", "article", "body", "column", "content", "main", "shadow", "story", "text",
];

/// Class or id words of blocks likely to be the article: +25.
pub const POSITIVE: &[&str] = &[
    "article",
    "body",
    "content",
    "entry",
    "hentry",
    "h-entry",
    "main",
    "page",
    "pagination",
    "post",
    "text",
    "blog",
    "story",
];

/// Class or id words of blocks unlikely to be the article: −25.
pub const NEGATIVE: &[&str] = &[
    "-ad-",
    "hidden",
    "banner",
    "combx",
    "comment",
    "com-",
    "contact",
    "footer",
    "gdpr",
    "masthead",
    "media",
    "meta",
    "outbrain",
    "promo",
    "related",
    "scroll",
    "share",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "sponsor",
    "shopping",
    "tags",
    "widget",
    "byline",
    "caption",
];

/// Elements removed with their content before scoring: page chrome by its very tag.
pub const CHROME_TAGS: &[&str] = &[
    "nav",
    "header",
    "footer",
    "aside",
    "menu",
    "dialog",
    "figcaption",
    "object",
    "embed",
    "input",
    "label",
];

/// ARIA roles of page chrome (Readability's `UNLIKELY_ROLES`).
pub const CHROME_ROLES: &[&str] = &[
    "menu",
    "menubar",
    "complementary",
    "navigation",
    "alert",
    "alertdialog",
    "dialog",
];

/// Elements with no content and no closing tag.
pub const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "keygen",
];

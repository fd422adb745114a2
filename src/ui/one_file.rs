//! The one-file build (`dist/parallax.html`, written by `scripts/one-file.py` after every
//! `trunk build`): the page with its WebAssembly, JavaScript glue and styles inlined, so it
//! runs opened from disk with no network. This module is the page's side of it: the ids of the
//! inlined pieces, the workspace a saved file carries, and "Save as one file", which downloads
//! `parallax.html` with the current articles inside.
//!
//! The workspace inside a file is a share-link payload ([`crate::share_link::encode`]) in a
//! `<script type="text/plain">` element: base64url text only, so it can never close the
//! element or become markup. Whoever opens the file gets untrusted input, decoded and checked
//! exactly like a share link ([`crate::share_link::decode`]).

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::dom::{hand_out, Download};
use super::state::{NoticeKind, SavedArticle, Workspace};
use crate::share_link::{self, SharedArticle};

/// The element holding the JavaScript glue (base64) in the one-file build.
pub const GLUE_ID: &str = "parallax-glue";
/// The element holding the WebAssembly (base64) in the one-file build.
pub const WASM_ID: &str = "parallax-wasm";
/// The element holding a saved workspace (a share-link payload), empty in the build's file.
pub const WORKSPACE_ID: &str = "parallax-workspace";
/// The element holding a saved exercise (an exercise-link payload) in a file saved from the
/// exercise maker; a file that holds one opens as the student view.
pub const EXERCISE_ID: &str = "parallax-exercise";
/// The one-file build's name, next to `index.html` on a host, and the saved file's name.
pub const FILE_NAME: &str = "parallax.html";
/// The name of a saved exercise file.
pub const EXERCISE_FILE_NAME: &str = "parallax-exercise.html";

/// The text of the page's element `id`, if there is one.
pub fn inlined(id: &str) -> Option<String> {
    web_sys::window()?
        .document()?
        .get_element_by_id(id)?
        .text_content()
}

/// The exercise saved in this file (an exercise-link payload), if there is one.
pub fn embedded_exercise() -> Option<String> {
    inlined(EXERCISE_ID)
        .map(|p| p.trim().to_string())
        .filter(|p| !p.is_empty())
}

/// Whether this page is the one-file build (rather than `index.html` and its files).
pub fn is_one_file() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(WASM_ID))
        .is_some()
}

/// Whether the page was opened from disk (`file://`), where share links cannot reach it.
pub fn opened_from_disk() -> bool {
    web_sys::window()
        .and_then(|w| w.location().protocol().ok())
        .is_some_and(|p| p == "file:")
}

/// The workspace saved in this file: `None` if there is none, else the articles or why they
/// cannot be opened (the file is untrusted: checked like a share link).
pub fn embedded() -> Option<Result<Vec<SavedArticle>, String>> {
    let payload = inlined(WORKSPACE_ID)?;
    let payload = payload.trim();
    if payload.is_empty() {
        return None;
    }
    Some(
        share_link::decode(payload)
            .map(|articles| {
                articles
                    .into_iter()
                    .map(|a| SavedArticle::new(a.name, a.text).marked(a.original))
                    .collect()
            })
            .map_err(|problem| {
                format!(
                    "The articles saved in this file could not be opened: the file is damaged \
                     or was changed. ({problem})"
                )
            }),
    )
}

/// The root element of the page to save the workspace into: a copy of this page in the
/// one-file build, else the one-file build fetched from beside `index.html`.
async fn template() -> Result<web_sys::Element, String> {
    if is_one_file() {
        let copy_failed = || "The browser could not copy the page.".to_string();
        return document()
            .document_element()
            .ok_or_else(copy_failed)?
            .clone_node_with_deep(true)
            .map_err(|_| copy_failed())?
            .dyn_into()
            .map_err(|_| copy_failed());
    }
    let unavailable = || {
        format!(
            "The one-file copy of Parallax ({FILE_NAME}) could not be loaded from where this \
             page is hosted. Open the page again while online, then save."
        )
    };
    let response: web_sys::Response = JsFuture::from(window().fetch_with_str(FILE_NAME))
        .await
        .map_err(|_| unavailable())?
        .dyn_into()
        .map_err(|_| unavailable())?;
    if !response.ok() {
        return Err(unavailable());
    }
    let text = JsFuture::from(response.text().map_err(|_| unavailable())?)
        .await
        .map_err(|_| unavailable())?
        .as_string()
        .ok_or_else(unavailable)?;
    // Parsed, never run: a parsed document's scripts do not execute.
    web_sys::DomParser::new()
        .and_then(|parser| parser.parse_from_string(&text, web_sys::SupportedType::TextHtml))
        .ok()
        .and_then(|page| page.document_element())
        .ok_or_else(unavailable)
}

/// The one-file page holding `articles`, as HTML text.
async fn one_file_with(articles: &[SharedArticle]) -> Result<String, String> {
    let payload = share_link::encode(articles);
    if payload.len() > share_link::MAX_PAYLOAD_CHARS {
        return Err(format!(
            "These articles are too long to save in one file ({} characters once packed, more \
             than Parallax opens: {}). Remove some and try again.",
            payload.len(),
            share_link::MAX_PAYLOAD_CHARS
        ));
    }
    page_holding(WORKSPACE_ID, &payload).await
}

/// The one-file page holding an exercise (its link payload, articles included): it opens as
/// the student view.
pub async fn one_file_with_exercise(payload: &str) -> Result<String, String> {
    if payload.len() > share_link::MAX_PAYLOAD_CHARS {
        return Err(format!(
            "This exercise is too long to save in one file ({} characters once packed, more \
             than Parallax opens: {}). Use fewer or shorter articles.",
            payload.len(),
            share_link::MAX_PAYLOAD_CHARS
        ));
    }
    page_holding(EXERCISE_ID, payload).await
}

/// The one-file page with `payload` in its element `slot` (made if the build has none) and
/// every other slot empty, as HTML text.
async fn page_holding(slot: &str, payload: &str) -> Result<String, String> {
    let root = template().await?;
    let broken = || "The one-file copy of Parallax is incomplete; it cannot hold articles.";
    let find = |id: &str| root.query_selector(&format!("#{id}")).ok().flatten();
    if find(WASM_ID).is_none() {
        return Err(broken().to_string());
    }
    for id in [WORKSPACE_ID, EXERCISE_ID] {
        if let Some(el) = find(id) {
            el.set_text_content(None);
        }
    }
    let element = match find(slot) {
        Some(el) => el,
        None => {
            // Text only, never run: the same kind of element the build has for the workspace.
            let doc = root.owner_document().ok_or_else(broken)?;
            let el = doc.create_element("script").map_err(|_| broken())?;
            el.set_id(slot);
            el.set_attribute("type", "text/plain")
                .map_err(|_| broken())?;
            root.query_selector("head")
                .ok()
                .flatten()
                .ok_or_else(broken)?
                .append_child(&el)
                .map_err(|_| broken())?;
            el
        }
    };
    element.set_text_content(Some(payload));
    // The app's own elements are made again when the file opens.
    if let Some(body) = root.query_selector("body").ok().flatten() {
        body.set_text_content(None);
    }
    Ok(format!("<!DOCTYPE html>\n{}\n", root.outer_html()))
}

/// Starts the browser's download of `html` as `name` (a saved one-file page).
pub fn download(html: String, name: &'static str) -> Result<(), wasm_bindgen::JsValue> {
    hand_out(&Download {
        name,
        mime: "text/html;charset=utf-8",
        contents: html,
    })
}

/// "Save as one file": `parallax.html` with the articles inside, to open by double-click.
#[component]
pub fn SaveOneFile(ws: Workspace) -> impl IntoView {
    let status = RwSignal::new(String::new());
    let save = move |_| {
        let articles: Vec<SharedArticle> = untrack(|| ws.articles())
            .into_iter()
            .filter(|a| !a.name.trim().is_empty() || !a.text.trim().is_empty())
            .map(|a| SharedArticle::new(a.name, a.text).marked(a.original))
            .collect();
        if articles.is_empty() {
            status.set("Nothing to save yet: add an article first.".to_string());
            return;
        }
        status.set("Saving…".to_string());
        spawn_local(async move {
            let result = one_file_with(&articles).await.and_then(|html| {
                download(html, FILE_NAME)
                    .map_err(|_| "The browser did not start the download. Try again.".to_string())
            });
            match result {
                Ok(()) => status.try_set(format!(
                    "Saved {FILE_NAME} with {} article{}: it opens in a browser by \
                     double-click, with no internet and no server, and shows these articles.",
                    articles.len(),
                    if articles.len() == 1 { "" } else { "s" }
                )),
                Err(problem) => {
                    status.try_set(String::new());
                    ws.notify(NoticeKind::Error, problem);
                    None
                }
            };
        });
    };
    view! {
        <div class="share one-file">
            <h3>"Save as one file"</h3>
            <p class="hint">
                "One HTML file with Parallax and these articles inside. Put it on a shared drive "
                "or in the learning platform: it opens by double-click in a browser, offline, "
                "without installing anything."
            </p>
            <button type="button" data-testid="save-one-file" on:click=save>
                "Save as one file"
            </button>
            <p class="hint" role="status" data-testid="save-one-file-status">
                {move || status.get()}
            </p>
        </div>
    }
}

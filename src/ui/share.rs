//! Share links in the page: "Copy share link" packs the workspace into a `#share=…` link,
//! shows it in a read-only field and copies it; opening such a link replaces the workspace with
//! the shared articles (Undo brings the old ones back), compares them and drops the fragment
//! from the address so a reload does not import it again.
//!
//! Packing and unpacking (and every check on an untrusted link) are in
//! [`crate::share_link`]; this module wires them to the page. Shared text only ever reaches the
//! article panels' text fields as text.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

use super::compare_run;
use super::dom::focus_element;
use super::state::{NoticeKind, SavedArticle, Workspace};
use crate::share_link::{self, SharedArticle};

/// The element id of the field that shows the link.
const URL_FIELD_ID: &str = "share-url";

/// If the page's address ends in `#share=…`, opens it (or says why it cannot, changing
/// nothing). Returns whether the address was a share link at all.
///
/// A link at the limits holds a megabyte of text: unpacking it, drawing its articles and
/// starting their comparison each take a good part of a frame, so each runs in a browser task
/// of its own and the page draws in between.
pub fn open_from_location(ws: Workspace) -> bool {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return false;
    };
    let fragment = location.hash().unwrap_or_default();
    // Some apps percent-encode links they pass on; a share payload itself never needs it.
    let fragment = js_sys::decode_uri_component(&fragment)
        .map(String::from)
        .unwrap_or(fragment);
    // A place in the results may follow the payload: `#share=…&card=3`.
    let base = fragment.split('&').next().unwrap_or_default();
    let Some(payload) = share_link::payload_in_fragment(base) else {
        return false;
    };
    // One navigation can fire both `popstate` and `hashchange`: a link already waiting to be
    // unpacked is opened once.
    let waiting = WAITING.with_borrow(|w| w.as_deref() == Some(payload));
    if !waiting {
        WAITING.set(Some(payload.to_string()));
        in_a_later_task(move || {
            if let Some(payload) = WAITING.take() {
                unpack(ws, &payload);
            }
        });
    }
    true
}

thread_local! {
    /// The payload of the link about to be unpacked, if one is.
    static WAITING: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Runs `f` in a later browser task (a callback; `dom::next_task` is the same for async code).
fn in_a_later_task(f: impl FnOnce() + 'static) {
    set_timeout(f, std::time::Duration::ZERO);
}

/// Unpacks a link's payload; opens its articles in the next task, or says why it cannot.
fn unpack(ws: Workspace, payload: &str) {
    match share_link::decode(payload) {
        Ok(articles) => in_a_later_task(move || open(ws, articles)),
        Err(problem) => ws.notify(NoticeKind::Error, problem.to_string()),
    }
}

/// Puts a link's articles in place of the workspace's, then compares them in the next task.
fn open(ws: Workspace, articles: Vec<SharedArticle>) {
    let count = articles.len();
    let articles = articles
        .into_iter()
        .map(|a| SavedArticle::new(a.name, a.text).marked(a.original))
        .collect();
    ws.replace_all(articles, "Opened a share link in place of your articles.");
    ws.notify(
        NoticeKind::Info,
        match count {
            1 => "Opened 1 shared article.".to_string(),
            n => format!("Opened {n} shared articles."),
        },
    );
    forget_fragment();
    ws.editing.set(false);
    in_a_later_task(move || {
        compare_run::compare(ws);
    });
}

/// Removes the payload from the address without reloading or adding a history entry, keeping
/// any place in the results (`#card=3`).
fn forget_fragment() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let href = window.location().href().unwrap_or_default();
    let page = href.split('#').next().unwrap_or_default();
    let place = super::route::current_place_suffix();
    let url = match place.strip_prefix('&') {
        Some(place) => format!("{page}#{place}"),
        None => page.to_string(),
    };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}

/// The articles worth sharing: panels with a name or text.
fn articles_to_share(ws: Workspace) -> Vec<SharedArticle> {
    untrack(|| ws.articles())
        .into_iter()
        .filter(|a| !a.name.trim().is_empty() || !a.text.trim().is_empty())
        .map(|a| SharedArticle::new(a.name, a.text).marked(a.original))
        .collect()
}

/// What the share control shows after the button is pressed.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Shared {
    /// Nothing yet, or the articles changed since the link was made.
    Nothing,
    /// The link, and what happened when copying it.
    Link { url: String, copied: Copied },
    /// Why there is no link.
    Refused(String),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Copied {
    Trying,
    Yes,
    /// The Clipboard API is missing (e.g. not a secure context) or refused.
    No,
}

/// Copies `text` with the Clipboard API when the browser offers it.
async fn copy_to_clipboard(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let navigator = window.navigator();
    let has_clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .is_ok_and(|c| !c.is_undefined() && !c.is_null());
    if !has_clipboard {
        return false;
    }
    JsFuture::from(navigator.clipboard().write_text(text))
        .await
        .is_ok()
}

/// "Copy share link", the link once made, and what became of it.
#[component]
pub fn ShareLink(ws: Workspace) -> impl IntoView {
    let shared = RwSignal::new(Shared::Nothing);
    // A link made earlier no longer holds the articles once they change.
    Effect::new(move |first: Option<()>| {
        ws.panels.with(|ps| {
            for p in ps {
                p.name.track();
                p.text.track();
            }
        });
        if first.is_some() {
            shared.set(Shared::Nothing);
        }
    });
    let make = move |_| {
        let articles = articles_to_share(ws);
        if articles.is_empty() {
            shared.set(Shared::Refused(
                "Nothing to share yet: add an article first.".to_string(),
            ));
            return;
        }
        let page = window().location().href().unwrap_or_default();
        match share_link::link(&page, &articles) {
            Ok(url) => {
                // The link opens where the reader is: the card or section in view.
                let url = url + &super::route::current_place_suffix();
                shared.set(Shared::Link {
                    url: url.clone(),
                    copied: Copied::Trying,
                });
                focus_element(URL_FIELD_ID);
                spawn_local(async move {
                    let copied = if copy_to_clipboard(&url).await {
                        Copied::Yes
                    } else {
                        Copied::No
                    };
                    // The control may be gone by now (the comparison was replaced).
                    shared.try_update(|s| {
                        if let Shared::Link {
                            url: shown,
                            copied: c,
                        } = s
                        {
                            if *shown == url {
                                *c = copied;
                            }
                        }
                    });
                });
            }
            Err(too_long) => shared.set(Shared::Refused(too_long.to_string())),
        }
    };
    let select_all = move |ev: web_sys::FocusEvent| {
        event_target::<web_sys::HtmlInputElement>(&ev).select();
    };
    let field = move || match shared.get() {
        Shared::Link { url, .. } => Some(view! {
            <label for=URL_FIELD_ID>"Share link"</label>
            <input id=URL_FIELD_ID type="text" readonly data-testid="share-url"
                prop:value=url on:focus=select_all />
        }),
        _ => None,
    };
    let status = move || match shared.get() {
        Shared::Nothing => String::new(),
        Shared::Link { url, copied } => {
            let length = format!("{} characters", url.chars().count());
            match copied {
                Copied::Trying => format!("Link made ({length})."),
                Copied::Yes => format!(
                    "Link copied to the clipboard ({length}). Anyone who opens it sees these \
                     articles; they travel inside the link, not through a server."
                ),
                Copied::No => {
                    format!("Link made ({length}). Copy it from the field above (Ctrl+C or ⌘C).")
                }
            }
        }
        Shared::Refused(why) => why,
    };
    let refused = move || matches!(shared.get(), Shared::Refused(_));
    // A link to a page opened from disk opens nothing anywhere else.
    let from_disk = move || {
        (matches!(shared.get(), Shared::Link { .. }) && super::one_file::opened_from_disk()).then(
            || {
                view! {
                    <p class="share-status refused" data-testid="share-from-disk">
                        "This page was opened from a file, so this link points to that file and "
                        "only works on this computer. Share links work where Parallax is hosted on "
                        "a web server; to pass these articles on, use “Save as one file” below."
                    </p>
                }
            },
        )
    };
    view! {
        <div class="share">
            <h3>"Share the articles"</h3>
            <p class="hint">
                "The link holds the articles themselves, compressed. Whoever opens it gets "
                "them in their own workspace, compared."
            </p>
            <button type="button" data-testid="share-link" on:click=make>
                "Copy share link"
            </button>
            <div class="share-field">{field}</div>
            <p class="share-status" class:refused=refused role="status" data-testid="share-status">
                {status}
            </p>
            {from_disk}
        </div>
    }
}

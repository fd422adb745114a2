//! Small DOM helpers shared by the screens: focusing an element after the view updates,
//! finding which panel an event happened in, handing a file made in the page to the browser's
//! download, and yielding to the browser until a new task.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

/// Focuses the element with `id` once the current update has been rendered.
pub fn focus_element(id: &str) {
    let id = id.to_string();
    request_animation_frame(move || {
        if let Some(el) = document()
            .get_element_by_id(&id)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    });
}

/// The id of the article panel containing the event's target, if any.
pub fn panel_at(event: &web_sys::Event) -> Option<u64> {
    let element = event.target()?.dyn_into::<web_sys::Element>().ok()?;
    element
        .closest("[data-panel-id]")
        .ok()??
        .get_attribute("data-panel-id")?
        .parse()
        .ok()
}

/// How long an object URL is kept after its download starts.
const REVOKE_AFTER: std::time::Duration = std::time::Duration::from_secs(60);

/// A file made in the page, ready to hand out.
pub struct Download {
    pub name: &'static str,
    pub mime: &'static str,
    pub contents: String,
}

/// Starts the browser's download of `file`.
pub fn hand_out(file: &Download) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(&file.contents));
    let options = BlobPropertyBag::new();
    options.set_type(file.mime);
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = Url::create_object_url_with_blob(&blob)?;
    let anchor: HtmlAnchorElement = document().create_element("a")?.unchecked_into();
    anchor.set_href(&url);
    anchor.set_download(file.name);
    anchor.set_hidden(true);
    let body = document()
        .body()
        .ok_or_else(|| JsValue::from_str("the page has no body"))?;
    body.append_child(&anchor)?;
    anchor.click();
    anchor.remove();
    set_timeout(
        move || {
            let _ = Url::revoke_object_url(&url);
        },
        REVOKE_AFTER,
    );
    Ok(())
}

/// Resolves in a new browser task, after the page has had a chance to paint and handle input
/// (a `MessageChannel` message, which unlike `setTimeout` is neither clamped when chained nor
/// slowed down in background tabs).
pub async fn next_task() {
    // Held until the message arrives, so the channel cannot be collected while it is in flight.
    let channel = web_sys::MessageChannel::new().ok();
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        let posted = channel.as_ref().is_some_and(|c| {
            c.port1().set_onmessage(Some(&resolve));
            c.port2().post_message(&JsValue::NULL).is_ok()
        });
        // Without a MessageChannel (never in a current browser) a timer does the same, slower.
        let scheduled = posted
            || web_sys::window()
                .and_then(|w| w.set_timeout_with_callback(&resolve).ok())
                .is_some();
        if !scheduled {
            let _ = resolve.call0(&JsValue::NULL);
        }
    });
    let _ = JsFuture::from(promise).await;
    drop(channel);
}

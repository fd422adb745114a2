//! Small DOM helpers shared by the screens: focusing an element after the view updates,
//! finding which panel an event happened in.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

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

//! Framelens: a text annotator that runs entirely in the browser.
//!
//! [`model`] is pure Rust and holds every rule; `ui` (built for wasm32 only) is the
//! Yew front end and the only code that touches the DOM. See ARCHITECTURE.md.

pub mod model;

#[cfg(target_arch = "wasm32")]
pub mod ui;

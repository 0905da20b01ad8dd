//! What the page asks of the browser beyond drawing: storage (autosave), files
//! (reading and downloading), ids and the time, the W3C and CSV files kept
//! written, the student page baked into a copy of the single file, User Timing
//! measures, and the scripting API on `window.framelens`.

pub mod api;
pub mod bake;
pub mod files;
pub mod ids;
pub mod storage;
pub mod text;
pub mod timing;
pub mod webpage;
pub mod written;

//! File formats. Each format has wire types of its own, kept apart from the model's
//! types, so that a format can change without the model noticing and a malformed file
//! can only ever produce a typed error or warnings, never a panic.

pub mod native;
pub mod w3c;

use super::edit::Edit;
use std::fmt;

/// The largest file any importer reads. Larger files are refused before parsing.
pub const MAX_IMPORT_BYTES: usize = 64 * 1024 * 1024;

/// What an import read: one edit that adds it all (so that a single undo takes it
/// back), how much that is, and what was skipped and why.
#[derive(Debug, PartialEq)]
pub struct Import {
    pub edit: Edit,
    pub documents: usize,
    pub annotations: usize,
    pub warnings: Vec<String>,
}

/// Why a file could not be imported at all. Nothing of it was applied.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportError(pub String);

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ImportError {}

/// Explains a JSON syntax or type error by line and column.
fn json_error(error: serde_json::Error) -> ImportError {
    let reason = error.to_string();
    // serde_json appends " at line L column C"; say it first, as people read it.
    let reason = reason.split(" at line ").next().unwrap_or(&reason);
    ImportError(format!(
        "this is not a valid file: line {}, column {}: {reason}",
        error.line(),
        error.column()
    ))
}

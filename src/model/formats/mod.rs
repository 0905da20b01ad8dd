//! File formats. Each format has wire types of its own, kept apart from the model's
//! types, so that a format can change without the model noticing and a malformed file
//! can only ever produce a typed error or warnings, never a panic.

pub mod brat;
pub mod csv;
pub mod doccano;
pub mod exercise_file;
pub mod intake;
pub mod journal;
mod json_lines;
pub mod label_studio;
pub mod native;
pub mod office;
pub mod pieces;
pub mod report;
pub mod submission;
pub mod w3c;
mod wire;
mod zip;

use super::{Fingerprint, Workspace};
use crate::model::i18n::Messages;
use crate::model::text::encoding;
use crate::model::{Edit, Said, Tag};
pub use intake::Orphan;
use serde_json::Value;
use std::fmt;
use std::future::Future;

/// The name of the collection a W3C export holds.
pub const W3C_LABEL: &str = "Framelens annotations";

/// The formats Framelens writes, as the Export dialog offers them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    Workspace,
    W3c,
    Csv,
    Doccano,
    LabelStudio,
    /// The labelling config a Label Studio project needs for the workspace's tags.
    LabelStudioConfig,
    Brat,
    Report,
}

impl Format {
    pub const ALL: [Format; 8] = [
        Format::Workspace,
        Format::W3c,
        Format::Csv,
        Format::Doccano,
        Format::LabelStudio,
        Format::LabelStudioConfig,
        Format::Brat,
        Format::Report,
    ];

    /// Its part of the ids of the words the Export dialog says it with
    /// (`format-csv`, `format-csv-keeps`).
    pub fn id(self) -> &'static str {
        match self {
            Format::Workspace => "workspace",
            Format::W3c => "w3c",
            Format::Csv => "csv",
            Format::Doccano => "doccano",
            Format::LabelStudio => "label-studio",
            Format::LabelStudioConfig => "label-studio-config",
            Format::Brat => "brat",
            Format::Report => "report",
        }
    }

    pub fn file_name(self) -> &'static str {
        match self {
            Format::Workspace => "framelens-workspace.json",
            Format::W3c => "framelens-annotations.jsonld",
            Format::Csv => "framelens-annotations.csv",
            Format::Doccano => "framelens-doccano.jsonl",
            Format::LabelStudio => "framelens-label-studio.json",
            Format::LabelStudioConfig => "framelens-label-studio-config.xml",
            Format::Brat => "framelens-brat.zip",
            Format::Report => "framelens-report.html",
        }
    }

    pub fn mime(self) -> &'static str {
        match self {
            Format::Workspace | Format::LabelStudio => "application/json",
            Format::W3c => "application/ld+json",
            Format::Csv => "text/csv",
            Format::Doccano => "application/jsonl",
            Format::Brat => "application/zip",
            Format::LabelStudioConfig => "application/xml",
            Format::Report => "text/html",
        }
    }

    /// The file of `workspace` in this format. Files for programs are the same in
    /// every language; the printable report is written in `words`' language.
    pub fn export(self, workspace: &Workspace, words: &Messages) -> Vec<u8> {
        match self {
            Format::Workspace => native::export(workspace).into_bytes(),
            Format::W3c => w3c::export(workspace, W3C_LABEL).into_bytes(),
            Format::Csv => csv::export(workspace).into_bytes(),
            Format::Doccano => doccano::export(workspace).into_bytes(),
            Format::LabelStudio => label_studio::export(workspace).into_bytes(),
            Format::LabelStudioConfig => label_studio::config(workspace).into_bytes(),
            Format::Brat => brat::export(workspace),
            Format::Report => report::export(workspace, words).into_bytes(),
        }
    }
}

/// Whether a file of this name is read by [`import`] rather than opened as an article.
pub fn is_import(file_name: &str) -> bool {
    let name = file_name.to_ascii_lowercase();
    [".json", ".jsonld", ".jsonl", ".csv", ".zip", ".ann"].iter().any(|ext| name.ends_with(ext))
}

/// What a file is, in words for a message ("a Framelens workspace", "a CSV
/// file", …), found as [`import`] finds it, without reading it whole.
pub fn describe(file_name: &str, bytes: &[u8]) -> Said {
    let name = file_name.to_ascii_lowercase();
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]);
    let says = |format: &str| head.contains(&format!("\"{format}\""));
    Said::new(if bytes.starts_with(b"PK\x03\x04") || name.ends_with(".zip") {
        "kind-zip"
    } else if says(exercise_file::FORMAT) {
        "kind-exercise"
    } else if says(native::FORMAT) {
        "kind-workspace"
    } else if name.ends_with(".csv") {
        "kind-csv"
    } else if name.ends_with(".jsonl") {
        "kind-doccano"
    } else if head.contains("anno.jsonld") {
        "kind-w3c"
    } else if name.ends_with(".json") {
        "kind-json"
    } else if std::str::from_utf8(bytes).is_ok() {
        "kind-text"
    } else {
        "kind-file"
    })
}

/// Reads a file of any format Framelens imports, found by its name and content,
/// and returns the edit that merges it into `workspace`. Annotations for texts that
/// are not open are placed in the open articles by their quotes, trying `current`
/// first.
pub fn import(
    workspace: &Workspace,
    current: Option<&Fingerprint>,
    file_name: &str,
    bytes: &[u8],
) -> Result<Import, ImportError> {
    let whole = import_in_pieces(workspace, current, file_name, bytes, |_| std::future::ready(true));
    Ok(intake::finish_now(whole)?.expect("an import that is never paused is never stopped"))
}

/// [`import`], handing over to `pause` as it goes (see
/// [`intake::merge_in_pieces`]), so that a page can stay responsive, show how far
/// it has come and stop; `Ok(None)` when `pause` said stop.
pub async fn import_in_pieces<P: Future<Output = bool>>(
    workspace: &Workspace,
    current: Option<&Fingerprint>,
    file_name: &str,
    bytes: &[u8],
    mut pause: impl FnMut(intake::Progress) -> P,
) -> Result<Option<Import>, ImportError> {
    let Some(incoming) = read(file_name, bytes, &mut pause).await? else { return Ok(None) };
    Ok(intake::merge_in_pieces(workspace, current, incoming, pause).await)
}

/// Reads a file of any format, by name and content. W3C pages and brat's
/// annotations are read a record at a time, handing over to `pause` before each
/// (None when it said stop); other files in one piece.
async fn read<P: Future<Output = bool>>(
    file_name: &str,
    bytes: &[u8],
    pause: &mut impl FnMut(intake::Progress) -> P,
) -> Result<Option<intake::Incoming>, ImportError> {
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(ImportError(Said::new("import-too-large").number("limit", MAX_IMPORT_BYTES / 1_048_576)));
    }
    let name = file_name.to_ascii_lowercase();
    if bytes.starts_with(b"PK\x03\x04") || name.ends_with(".zip") {
        let files = zip::read(bytes)?;
        return match doccano::read_zip(&files) {
            Some(read) => read.map(Some),
            None => brat::read_zip(files, pause).await,
        };
    }
    if name.ends_with(".ann") {
        return Err(ImportError(Said::new("import-lone-ann")));
    }
    let (text, encoding) = match encoding::decode(bytes) {
        Some((text, encoding)) if !text.contains('\0') => (text, encoding),
        _ => return Err(ImportError(Said::new("import-not-text"))),
    };
    let json = name.ends_with(".json") || name.ends_with(".jsonld");
    let mut incoming = match json.then(|| w3c::items(&text)).flatten() {
        Some(items) => match w3c::read_in_pieces(&items, pause).await {
            Some(incoming) => incoming,
            None => return Ok(None),
        },
        None => match read_text(&name, &text, pause).await? {
            Some(incoming) => incoming,
            None => return Ok(None),
        },
    };
    if let Some(encoding) = encoding.said() {
        incoming.notes.push(Said::new("import-encoding").said("encoding", encoding));
    }
    Ok(Some(incoming))
}

/// Reads a file of a text format (all but brat's zip), by name and content;
/// a JSON file read whole is read, then taken apart after handing over to `pause`
/// once (None when it said stop), so that neither is one long task with the other.
async fn read_text<P: Future<Output = bool>>(
    name: &str,
    text: &str,
    pause: &mut impl FnMut(intake::Progress) -> P,
) -> Result<Option<intake::Incoming>, ImportError> {
    if name.ends_with(".csv") {
        return csv::read(text).map(Some);
    }
    if name.ends_with(".jsonl") {
        return doccano::read_lines(text).map(Some);
    }
    // A workspace or exercise file says so in its "format", read without building
    // the whole file as a `Value` first (a 4 MB workspace took 50 ms to).
    #[derive(serde::Deserialize)]
    struct Format<'t> {
        #[serde(borrow)]
        format: Option<std::borrow::Cow<'t, str>>,
    }
    match serde_json::from_str::<Format>(text).ok().and_then(|f| f.format) {
        Some(format) if format == exercise_file::FORMAT => return exercise_file::read(text).map(Some),
        Some(_) => return native::read(text).map(Some),
        None => {}
    }
    let value: Value = match serde_json::from_str(text) {
        Ok(value) => value,
        // JSONL saved with a .json name: its first line is a whole object.
        Err(_)
            if text
                .lines()
                .next()
                .is_some_and(|line| serde_json::from_str::<Value>(line).is_ok_and(|v| v.is_object())) =>
        {
            return doccano::read_lines(text).map(Some)
        }
        Err(error) => return Err(json_error(error)),
    };
    if !pause(intake::Progress { done: 0, total: 0, reading: true }).await {
        return Ok(None);
    }
    let read = if value.get("format").is_some() {
        // A "format" that is not text: said as the workspace reader says it.
        native::read(text)
    } else if w3c::recognises(&value) {
        w3c::read(value)
    } else if label_studio::recognises(&value) {
        label_studio::read(value)
    } else if label_studio::recognises_min(&value) {
        label_studio::read_min(value)
    } else if doccano::recognises(&value) {
        Ok(match value {
            Value::Array(items) => doccano::read_array(items),
            one => doccano::read_array(vec![one]),
        })
    } else {
        Err(ImportError(Said::new("import-unknown-json")))
    };
    read.map(Some)
}

/// The largest file any importer reads. Larger files are refused before parsing.
pub const MAX_IMPORT_BYTES: usize = 64 * 1024 * 1024;

/// What an import read: one edit that adds it all (so that a single undo takes it
/// back), how much that is, what could not be placed, and what was skipped and why.
#[derive(Debug, PartialEq)]
pub struct Import {
    pub edit: Edit,
    pub documents: usize,
    pub annotations: usize,
    /// How many of the annotations were placed by their quote rather than where
    /// their position said.
    pub reanchored: usize,
    pub orphans: Vec<Orphan>,
    pub warnings: Vec<Said>,
    /// What the reader should know of what was read, though nothing was skipped.
    pub notes: Vec<Said>,
    /// The title of the exercise the file set up, if it did.
    pub exercise: Option<String>,
    /// Tags the file used that the workspace did not have, now added to its set.
    pub added_tags: Vec<Tag>,
}

/// Why a file could not be imported at all. Nothing of it was applied.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportError(pub Said);

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl std::error::Error for ImportError {}

/// Why a file of a `version` newer than the one this build `knows` is refused.
fn newer_version(version: u32, knows: u32) -> Said {
    Said::new("newer-version").number("version", version as usize).number("known", knows as usize)
}

/// Explains a JSON syntax or type error by line and column.
fn json_error(error: serde_json::Error) -> ImportError {
    let reason = error.to_string();
    // serde_json appends " at line L column C"; say it first, as people read it.
    let reason = reason.split(" at line ").next().unwrap_or(&reason);
    ImportError(
        Said::new("import-invalid")
            .number("line", error.line())
            .number("column", error.column())
            .text("detail", reason),
    )
}

#[cfg(test)]
mod roundtrip;

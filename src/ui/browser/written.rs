//! The workspace, W3C and CSV files kept written between changes, chunk by chunk
//! (`model::formats::pieces`), as Blobs the browser holds. After each change is on
//! screen the page writes the chunks that changed, a few at a time when the browser
//! is idle (so that scrolling just after loading 50,000 annotations stays smooth);
//! exporting then joins Blobs, which the browser does without copying, instead of
//! writing megabytes on the click (10,000 annotations make a 5.7 MB W3C file), and
//! autosave's whole save joins the workspace file's chunks the same way.
//! What is not written yet when the reader exports is written then.

use super::files;
use crate::model::app::autosave::{piece_key, PieceKey};
use crate::model::app::AppState;
use crate::model::formats::csv::CsvFile;
use crate::model::formats::journal::{self, HistoryPart};
use crate::model::formats::native::{DocumentRecord, NativeFile};
use crate::model::formats::pieces::{self, Piece, Pieces};
use crate::model::formats::w3c::W3cFile;
use crate::model::formats::{Format, W3C_LABEL};
use crate::model::i18n::Messages;
use crate::model::{Annotation, Document, Edit, Session, Workspace};
use std::cell::RefCell;
use std::collections::hash_map::Entry;
use std::collections::{HashMap, HashSet};
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, BlobPropertyBag, IdleDeadline, IdleRequestOptions};
use yew::UseReducerHandle;

/// The formats kept written.
const KEPT: [Format; 3] = [Format::Workspace, Format::W3c, Format::Csv];

/// At most this many milliseconds of writing at a time, so that a key pressed
/// meanwhile waits no longer.
const MAX_BUDGET: f64 = 12.0;

/// What a browser without idle callbacks (Safari) gets after each frame instead.
const WITHOUT_IDLE: f64 = 4.0;

/// The longest wait for an idle moment, in ms.
const IDLE_AT_MOST: u32 = 100;

/// Resolves when the browser is idle, to how many milliseconds it expects to stay so.
async fn idle_time() -> f64 {
    let has_idle = web_sys::window().is_some_and(|w| {
        js_sys::Reflect::has(&w, &JsValue::from_str("requestIdleCallback")).unwrap_or(false)
    });
    if !has_idle {
        super::timing::after_next_paint().await;
        return WITHOUT_IDLE;
    }
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let callback = Closure::once_into_js(move |deadline: IdleDeadline| {
            // Called without an idle moment, at the timeout: a short slice anyway.
            let time = if deadline.did_timeout() { WITHOUT_IDLE } else { deadline.time_remaining() };
            let _ = resolve.call1(&JsValue::NULL, &JsValue::from_f64(time));
        });
        // Not left waiting: a page behind another may wait without end for an idle
        // moment (Chromium's did, with two pages open), and autosave's whole save
        // waits on these slices.
        let options = IdleRequestOptions::new();
        options.set_timeout(IDLE_AT_MOST);
        if let Some(window) = web_sys::window() {
            let _ = window.request_idle_callback_with_options(callback.unchecked_ref(), &options);
        }
    });
    JsFuture::from(promise).await.ok().and_then(|v| v.as_f64()).unwrap_or(0.0)
}

/// Runs `step` in slices while the browser is idle, each given its budget in ms,
/// until it gives a result.
async fn between_frames<T>(mut step: impl FnMut(f64) -> Result<Option<T>, JsValue>) -> Result<T, JsValue> {
    loop {
        let budget = idle_time().await.min(MAX_BUDGET);
        if let Some(done) = step(budget)? {
            return Ok(done);
        }
    }
}

/// A format and a chunk's address.
type Key = (Format, *const Vec<Annotation>);

/// A piece of a file, written: its bytes as a Blob, and the key autosave stores
/// it under (`autosave::piece_key`).
#[derive(Clone)]
pub struct Kept {
    pub blob: Blob,
    pub key: String,
}

impl Kept {
    fn new(text: &str, format: Format) -> Result<Kept, JsValue> {
        Ok(Kept { key: piece_key(text.as_bytes()), blob: files::blob(text.as_bytes(), format.mime())? })
    }
}

/// Bytes of an article's text written at a time into its record, between frames:
/// a few milliseconds' work.
const RECORD_SLICE: usize = 256 * 1024;

/// An article's record in the workspace file, being written a slice at a time.
struct RecordUnderWay {
    document: Document,
    /// Where the next slice of the text starts, in bytes.
    at: usize,
    /// The record so far, as Blobs: the browser holds it, not wasm's memory.
    blobs: js_sys::Array,
    key: PieceKey,
}

impl RecordUnderWay {
    /// The record of `document` begun: its start written.
    fn begin(document: &Document, record: &DocumentRecord) -> Result<RecordUnderWay, JsValue> {
        let blobs = js_sys::Array::new();
        let mut under_way =
            RecordUnderWay { document: document.clone(), at: 0, blobs, key: PieceKey::default() };
        under_way.add(record.start())?;
        Ok(under_way)
    }

    /// Writes the text's slices on from where it stopped: true once all are
    /// written, false when `stop` said so between two.
    fn write(&mut self, record: &DocumentRecord, stop: impl Fn() -> bool) -> Result<bool, JsValue> {
        while self.at < record.text_len() {
            let (slice, next) = record.slice(self.at, RECORD_SLICE);
            self.add(&slice)?;
            self.at = next;
            if self.at < record.text_len() && stop() {
                return Ok(false);
            }
        }
        Ok(true)
    }

    fn add(&mut self, text: &str) -> Result<(), JsValue> {
        self.key.write(text.as_bytes());
        let blob = files::blob(text.as_bytes(), Format::Workspace.mime())?;
        self.blobs.push(&blob);
        Ok(())
    }

    /// The record, its end written, as kept.
    fn finish(mut self, record: &DocumentRecord) -> Result<(Document, Kept), JsValue> {
        self.add(record.end())?;
        let blob = blob_of(&self.blobs, Format::Workspace)?;
        Ok((self.document, Kept { blob, key: self.key.finish() }))
    }
}

/// A file as kept: text written on the spot, and the pieces kept written.
pub enum Part {
    Text(String),
    Piece(Kept),
}

/// The file that `parts` make.
pub fn join(parts: &[Part], format: Format) -> Result<Blob, JsValue> {
    let sequence: js_sys::Array = parts
        .iter()
        .map(|part| match part {
            Part::Text(text) => JsValue::from_str(text),
            Part::Piece(kept) => kept.blob.clone().into(),
        })
        .collect();
    blob_of(&sequence, format)
}

/// One Blob of the strings and Blobs in `sequence`, joined by the browser.
fn blob_of(sequence: &js_sys::Array, format: Format) -> Result<Blob, JsValue> {
    let options = BlobPropertyBag::new();
    options.set_type(format.mime());
    Blob::new_with_blob_sequence_and_options(sequence, &options)
}

/// The chunk itself, kept so that its address is not reused by another chunk while
/// the entry lives, and its records in the format.
type Records = (Rc<Vec<Annotation>>, Kept);

/// Writes the records of `chunk` of `document` in `format`.
fn records(
    writer: &dyn Pieces,
    format: Format,
    document: &Document,
    chunk: &Rc<Vec<Annotation>>,
) -> Result<Records, JsValue> {
    Ok((chunk.clone(), Kept::new(&writer.records(document, chunk), format)?))
}

/// `document`'s record in the workspace file (the only format with one).
fn written_document(document: &Document) -> Result<(Document, Kept), JsValue> {
    let record = DocumentRecord::of(document);
    let mut under_way = RecordUnderWay::begin(document, &record)?;
    under_way.write(&record, || false)?;
    under_way.finish(&record)
}

/// Each kept format's records, by chunk, and the workspace file's articles.
#[derive(Default)]
pub struct Written {
    records: HashMap<Key, Records>,
    /// Each article's record in the workspace file (its text in it), kept while the
    /// article's text, title and source are the same.
    documents: Vec<(Document, Kept)>,
    /// Each step of the undo history as autosave stores it, while it is in the
    /// history (None: too large to keep).
    steps: HashMap<*const Edit, (Rc<Edit>, Option<Kept>)>,
    /// The article record that writing between frames left half written.
    record: Option<RecordUnderWay>,
    /// Counts the runs of [`Written::keep_up`]: a run stops when a later one starts.
    run: u64,
}

/// The writer of a kept format.
fn writer(format: Format) -> Option<&'static dyn Pieces> {
    match format {
        Format::Workspace => Some(&NativeFile),
        Format::W3c => Some(&W3cFile { label: W3C_LABEL }),
        Format::Csv => Some(&CsvFile),
        _ => None,
    }
}

impl Written {
    /// The file of `format` for `workspace`. For a kept format, only the chunks not
    /// written before are written now, and those no longer in the workspace are
    /// let go.
    pub fn file(&mut self, format: Format, workspace: &Workspace, words: &Messages) -> Result<Blob, JsValue> {
        match writer(format) {
            Some(writer) => join(&self.parts(writer, format, workspace)?, format),
            None => files::blob(&format.export(workspace, words), format.mime()),
        }
    }

    /// The file of the kept `format` for `workspace` as its parts.
    fn parts(
        &mut self,
        writer: &dyn Pieces,
        format: Format,
        workspace: &Workspace,
    ) -> Result<Vec<Part>, JsValue> {
        let mut parts = Vec::new();
        let mut current = HashMap::new();
        let mut documents = Vec::new();
        for piece in writer.pieces(workspace) {
            match piece {
                Piece::Text(text) => parts.push(Part::Text(text)),
                Piece::Document(document) => {
                    let entry = self.document(document)?;
                    parts.push(Part::Piece(entry.1.clone()));
                    documents.push(entry);
                }
                Piece::Records(document, chunk) => {
                    let key = (format, Rc::as_ptr(chunk));
                    let entry = match self.records.remove(&key) {
                        Some(entry) => entry,
                        None => records(writer, format, document, chunk)?,
                    };
                    parts.push(Part::Piece(entry.1.clone()));
                    current.insert(key, entry);
                }
            }
        }
        self.records.retain(|(kept, _), _| *kept != format);
        self.records.extend(current);
        if format == Format::Workspace {
            self.documents = documents;
        }
        Ok(parts)
    }

    /// Writes chunks of the kept formats that are not written yet, for about
    /// `budget` milliseconds; true when every chunk is written, and then the
    /// chunks no longer in the workspace are let go.
    fn write_some(
        &mut self,
        formats: &[Format],
        workspace: &Workspace,
        budget: f64,
    ) -> Result<bool, JsValue> {
        let start = js_sys::Date::now();
        if formats.contains(&Format::Workspace) {
            for document in workspace.documents() {
                if !self.documents.iter().any(|(kept, _)| kept == document) {
                    let written = self.write_record(document, start, budget)?;
                    if !written || js_sys::Date::now() - start > budget {
                        return Ok(false);
                    }
                }
            }
        }
        let mut current = HashSet::new();
        for &format in formats {
            let writer = writer(format).expect("kept formats have writers");
            // The chunks alone: a file's text around them (the workspace file's
            // articles) is written when the file is.
            for piece in pieces::chunks(workspace, "") {
                let Piece::Records(document, chunk) = piece else { continue };
                let key = (format, Rc::as_ptr(chunk));
                current.insert(key);
                if let Entry::Vacant(entry) = self.records.entry(key) {
                    entry.insert(records(writer, format, document, chunk)?);
                    if js_sys::Date::now() - start > budget {
                        return Ok(false);
                    }
                }
            }
        }
        self.records.retain(|key, _| !formats.contains(&key.0) || current.contains(key));
        if formats.contains(&Format::Workspace) {
            self.documents.retain(|(kept, _)| workspace.documents().contains(kept));
            // Every record is written: one left half written is of an article gone.
            self.record = None;
        }
        Ok(true)
    }

    /// Writes the workspace file's record of `document` a slice at a time, going on
    /// from where the last call stopped; false when `budget` ms since `start` were
    /// spent before it was done.
    fn write_record(&mut self, document: &Document, start: f64, budget: f64) -> Result<bool, JsValue> {
        let record = DocumentRecord::of(document);
        let mut under_way = match self.record.take() {
            Some(under_way) if under_way.document == *document => under_way,
            _ => RecordUnderWay::begin(document, &record)?,
        };
        if !under_way.write(&record, || js_sys::Date::now() - start > budget)? {
            self.record = Some(under_way);
            return Ok(false);
        }
        self.documents.push(under_way.finish(&record)?);
        Ok(true)
    }

    /// The workspace file's record of `document`: the one kept, else written now.
    fn document(&self, document: &Document) -> Result<(Document, Kept), JsValue> {
        match self.documents.iter().find(|(kept, _)| kept == document) {
            Some(kept) => Ok(kept.clone()),
            None => written_document(document),
        }
    }

    /// The workspace file for `workspace` as its parts, as [`Written::file`] writes
    /// it, after writing the chunks not written yet a little at a time while the
    /// browser is idle: autosave's whole save just after 50,000 annotations are
    /// loaded would otherwise hold the page for half a second.
    pub async fn workspace_between_frames(
        written: &RefCell<Written>,
        workspace: &Workspace,
    ) -> Result<Vec<Part>, JsValue> {
        between_frames(|budget| {
            let mut written = written.borrow_mut();
            Ok(written.write_some(&[Format::Workspace], workspace, budget)?.then_some(()))
        })
        .await?;
        written.borrow_mut().parts(&NativeFile, Format::Workspace, workspace)
    }

    /// The undo history as autosave stores it (`journal::write_history`), in
    /// parts, after writing the steps not written yet while the browser is idle: a
    /// step is written once, not at every save (the step that loaded a 5 MB article
    /// is that long).
    pub async fn history_between_frames(
        written: &RefCell<Written>,
        session: &Session,
    ) -> Result<Vec<Part>, JsValue> {
        between_frames(|budget| written.borrow_mut().history(session, budget)).await
    }

    /// The history's parts, writing the steps not written yet for at most
    /// `budget` ms: None when out of time before all were written.
    fn history(&mut self, session: &Session, budget: f64) -> Result<Option<Vec<Part>>, JsValue> {
        let start = js_sys::Date::now();
        let (mut out_of_time, mut failed) = (false, None);
        let steps = &mut self.steps;
        let parts = journal::history_parts(session, |edit| {
            let key = Rc::as_ptr(edit);
            if let Entry::Vacant(entry) = steps.entry(key) {
                if js_sys::Date::now() - start > budget {
                    out_of_time = true;
                    return None;
                }
                let kept = journal::write_history_step(edit).map(|text| Kept::new(&text, Format::Workspace));
                match kept.transpose() {
                    Ok(kept) => entry.insert((edit.clone(), kept)),
                    Err(error) => {
                        failed = Some(error);
                        return None;
                    }
                };
            }
            steps[&key].1.as_ref().map(|kept| kept.blob.size() as usize)
        });
        if let Some(error) = failed {
            return Err(error);
        }
        let (undo, redo) = session.history();
        let alive: HashSet<*const Edit> = undo.iter().chain(redo).map(Rc::as_ptr).collect();
        self.steps.retain(|key, _| alive.contains(key));
        if out_of_time {
            return Ok(None);
        }
        let parts = parts.into_iter().map(|part| match part {
            HistoryPart::Text(text) => Part::Text(text.to_owned()),
            HistoryPart::Step(edit) => Part::Piece(
                self.steps[&Rc::as_ptr(edit)].1.clone().expect("only steps kept are in the history"),
            ),
        });
        Ok(Some(parts.collect()))
    }

    /// Writes what changed of each kept format while the browser is idle, so that
    /// loading 50,000 annotations does not hold the page for the half second
    /// writing them takes. Stops when a later run starts.
    pub async fn keep_up(written: Rc<RefCell<Written>>, state: UseReducerHandle<AppState>) {
        let run = {
            let mut written = written.borrow_mut();
            written.run += 1;
            written.run
        };
        super::timing::after_next_paint().await;
        let _ = between_frames(|budget| {
            let mut written = written.borrow_mut();
            match written.run == run {
                true => Ok(written.write_some(&KEPT, state.session.workspace(), budget)?.then_some(())),
                // A later run took over.
                false => Ok(Some(())),
            }
        })
        .await;
    }
}

/// Keeps the workspace, W3C and CSV files written: after each change is on
/// screen, writes what changed of them.
#[yew::hook]
pub fn use_kept_written(state: &UseReducerHandle<AppState>, written: Rc<RefCell<Written>>) {
    let state = state.clone();
    yew::use_effect_with(state.revision, move |_| {
        wasm_bindgen_futures::spawn_local(Written::keep_up(written, state));
    });
}

//! Autosave: the workspace in the browser's IndexedDB, in the native format.
//!
//! The whole workspace is stored in pieces (see [`manifest`]): each article's
//! record and each chunk of annotations is stored once, under a key made from its
//! bytes, and the save itself lists them. A whole save writes the pieces no save
//! holds yet, so an unchanged 5 MB article is not written again, nor is a kept
//! version. Between whole saves each change is a step of the journal.
//!
//! Files are stored as Blobs, not strings: a string would be decoded from the wasm
//! memory and then cloned by IndexedDB, which took 100 ms for a 5 MB workspace.
//! Where the browser refuses Blobs in IndexedDB (WebKit in an ephemeral session,
//! like Safari's private windows), the bytes are stored instead. Saves made whole,
//! as Blobs, strings or bytes, by earlier versions still load.
//!
//! IndexedDB, not localStorage: Chromium writes localStorage to disk lazily, so a
//! browser killed a moment after an edit loses it, while an IndexedDB transaction
//! with strict durability is on disk when it completes (the end-to-end tests kill
//! the browser to check this).

use crate::model::app::autosave::{may_write, unreferenced};
use crate::model::app::versions::{keep_new, let_go, Version};
use crate::ui::browser::written::Part;
use crate::ui::language;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    Blob, IdbDatabase, IdbObjectStore, IdbRequest, IdbTransaction, IdbTransactionDurability,
    IdbTransactionMode, IdbTransactionOptions,
};

const DATABASE: &str = "framelens";
const STORE: &str = "workspace";
/// Where the page keeps its workspace. A page with an exercise baked in keeps its
/// own ("exercise `<id>`"): every file:// page shares one storage, and two exercises
/// opened on one computer must not mix.
pub const PAGE_SLOT: &str = "current";

/// Why storage failed, in words for the reader.
fn failure(what: &'static str) -> impl Fn(JsValue) -> String {
    move |error: JsValue| {
        let detail = error
            .dyn_ref::<js_sys::Error>()
            .map(|e| String::from(e.message()))
            .or_else(|| error.as_string())
            .unwrap_or_default();
        let words = language::current();
        match detail.is_empty() {
            true => words.get(what),
            false => {
                words.with("with-detail", &[("what", words.get(what).into()), ("detail", detail.into())])
            }
        }
    }
}

/// Waits for a transaction to reach the disk (or, read only, to end). Its handlers
/// are set at once, so that it can be awaited after other requests.
fn committed(transaction: &IdbTransaction) -> impl std::future::Future<Output = Result<(), JsValue>> {
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        transaction.set_oncomplete(Some(&resolve));
        transaction.set_onerror(Some(&reject));
        transaction.set_onabort(Some(&reject));
    });
    async move { JsFuture::from(promise).await.map(drop) }
}

thread_local! {
    /// The open database, kept so that saves queue their transactions in the order
    /// the edits were made.
    static DB: std::cell::RefCell<Option<IdbDatabase>> = const { std::cell::RefCell::new(None) };
}

async fn database() -> Result<IdbDatabase, JsValue> {
    if let Some(db) = DB.with(|db| db.borrow().clone()) {
        return Ok(db);
    }
    let db = open().await?;
    DB.with(|cached| *cached.borrow_mut() = Some(db.clone()));
    Ok(db)
}

async fn open() -> Result<IdbDatabase, JsValue> {
    let factory = web_sys::window()
        .ok_or("no window")?
        .indexed_db()?
        .ok_or_else(|| language::current().get("storage-no-indexeddb"))?;
    let request = factory.open_with_u32(DATABASE, 1)?;
    let on_upgrade = {
        let request = request.clone();
        Closure::once(move || {
            if let Ok(db) = request.result().map(JsCast::unchecked_into::<IdbDatabase>) {
                let _ = db.create_object_store(STORE);
            }
        })
    };
    request.set_onupgradeneeded(Some(on_upgrade.as_ref().unchecked_ref()));
    let db = settled(&request).await?;
    request.set_onupgradeneeded(None);
    Ok(db.unchecked_into())
}

fn store(db: &IdbDatabase, mode: IdbTransactionMode) -> Result<(IdbTransaction, IdbObjectStore), JsValue> {
    let options = IdbTransactionOptions::new();
    options.set_durability(IdbTransactionDurability::Strict);
    let transaction = db.transaction_with_str_and_mode_and_options(STORE, mode, &options)?;
    let store = transaction.object_store(STORE)?;
    Ok((transaction, store))
}

/// The value stored under `key`, if there is one, as bytes (a save in pieces
/// joined).
pub async fn load(key: &str) -> Result<Option<Vec<u8>>, String> {
    let read = async {
        let db = database().await?;
        let (transaction, store) = store(&db, IdbTransactionMode::Readonly)?;
        let value = Joining::start(&store, &key.into())?;
        committed(&transaction).await?;
        bytes_of(value.value()?).await
    };
    read.await.map_err(failure("storage-unopened"))
}

/// A save in pieces, as stored under its slot and under each version kept of it:
/// an array of strings that alternate between the file's own text and the key of
/// a piece stored apart (an article's record, a chunk's records). A piece is
/// stored once under a key made from its bytes (`autosave::piece_key`), so a
/// whole save writes the pieces that changed, and a version the few it changed.
///
/// Returns the list, and its pieces with their storage keys.
fn manifest(slot: &str, parts: &[Part]) -> (js_sys::Array, Vec<(String, Blob)>) {
    let (array, mut pieces) = (js_sys::Array::new(), Vec::new());
    let mut text = String::new();
    for part in parts {
        match part {
            Part::Text(more) => text.push_str(more),
            Part::Piece(kept) => {
                let key = piece_key(slot, &kept.key);
                array.push(&JsValue::from_str(&std::mem::take(&mut text)));
                array.push(&JsValue::from_str(&key));
                pieces.push((key, kept.blob.clone()));
            }
        }
    }
    array.push(&JsValue::from_str(&text));
    (array, pieces)
}

/// The keys of `pieces`, each once.
fn keys_of(pieces: &[(String, Blob)]) -> Vec<String> {
    let mut keys: Vec<String> = pieces.iter().map(|(key, _)| key.clone()).collect();
    keys.sort();
    keys.dedup();
    keys
}

/// Where the piece with content key `key` of `slot`'s saves is stored.
fn piece_key(slot: &str, key: &str) -> String {
    format!("{}{key}", pieces_prefix(slot))
}

fn pieces_prefix(slot: &str) -> String {
    format!("{slot} piece ")
}

/// Every piece of `slot`'s saves.
fn pieces_range(slot: &str) -> Result<web_sys::IdbKeyRange, JsValue> {
    let prefix = pieces_prefix(slot);
    // Content keys are digits, a dash and hex digits, all before the tilde.
    web_sys::IdbKeyRange::bound(&prefix.clone().into(), &format!("{prefix}~").into())
}

/// A stored value being read, joined into one Blob when it is a save in pieces:
/// the pieces are asked for in the value's own success event, while the read's
/// transaction is active, and joined once it has ended.
struct Joining {
    request: IdbRequest,
    parts: std::rc::Rc<std::cell::RefCell<Option<Vec<Asked>>>>,
    _on_read: Closure<dyn FnMut()>,
}

/// A part of a save in pieces, as asked for.
enum Asked {
    Text(JsValue),
    /// The piece's request (None when it could not be made).
    Piece(Option<IdbRequest>),
}

impl Joining {
    fn start(store: &IdbObjectStore, key: &JsValue) -> Result<Joining, JsValue> {
        let request = store.get(key)?;
        let parts = std::rc::Rc::new(std::cell::RefCell::new(None));
        let on_read = {
            let (request, store, parts) = (request.clone(), store.clone(), parts.clone());
            Closure::once(move || {
                let value = request.result().ok();
                let Some(manifest) = value.and_then(|v| v.dyn_into::<js_sys::Array>().ok()) else { return };
                let asked = manifest.iter().enumerate().map(|(n, entry)| match n % 2 {
                    0 => Asked::Text(entry),
                    _ => Asked::Piece(store.get(&entry).ok()),
                });
                *parts.borrow_mut() = Some(asked.collect());
            })
        };
        request.set_onsuccess(Some(on_read.as_ref().unchecked_ref()));
        Ok(Joining { request, parts, _on_read: on_read })
    }

    /// The value, once the transaction has ended: a save in pieces as one Blob.
    fn value(self) -> Result<JsValue, JsValue> {
        let Some(parts) = self.parts.borrow_mut().take() else { return self.request.result() };
        let sequence = js_sys::Array::new();
        for part in parts {
            let value = match part {
                Asked::Text(text) => text,
                Asked::Piece(request) => request.and_then(|r| r.result().ok()).unwrap_or(JsValue::UNDEFINED),
            };
            // Saves are written whole in one transaction, so this is not expected;
            // said rather than read as a shorter file.
            if value.is_undefined() {
                return Err(language::current().get("storage-piece-missing").into());
            }
            sequence.push(&value);
        }
        Blob::new_with_blob_sequence(&sequence).map(Into::into)
    }
}

/// A stored value as bytes: saves are stored as Blobs, or as bytes where the
/// browser refuses Blobs, or as strings by earlier versions.
async fn bytes_of(value: JsValue) -> Result<Option<Vec<u8>>, JsValue> {
    Ok(match super::text::from_js(&value) {
        Some(text) => Some(text.into_bytes()),
        None => match value.dyn_ref::<Blob>() {
            Some(blob) => Some(js_sys::Uint8Array::new(&JsFuture::from(blob.array_buffer()).await?).to_vec()),
            None => match value.dyn_ref::<js_sys::Uint8Array>() {
                Some(bytes) => Some(bytes.to_vec()),
                None if value.is_undefined() || value.is_null() => None,
                // Something else (a number, an object): not a save this page
                // wrote, so it is read as an unreadable one, and set aside
                // rather than treated as no save and written over.
                None => Some(
                    js_sys::JSON::stringify(&value)
                        .ok()
                        .and_then(|text| text.as_string())
                        .unwrap_or_default()
                        .into_bytes(),
                ),
            },
        },
    })
}

thread_local! {
    /// Set once the browser has refused a Blob: WebKit does in its ephemeral
    /// sessions (as Safari does in a private window), though it keeps bytes.
    static BLOBS_REFUSED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Stores `value` under `key` and waits until it is on disk.
async fn put_value(key: &str, value: &JsValue) -> Result<(), JsValue> {
    let db = database().await?;
    let (transaction, store) = store(&db, IdbTransactionMode::Readwrite)?;
    store.put_with_key(value, &JsValue::from_str(key))?;
    committed(&transaction).await
}

/// Stores `bytes` under `key`, as a Blob of JSON (every save is a JSON file), or
/// as bytes where the browser refuses Blobs, and waits until it is on disk.
async fn put(key: &str, bytes: &[u8]) -> Result<(), JsValue> {
    let blob = crate::ui::browser::files::blob(bytes, "application/json")?;
    as_blobs_or_bytes(&[(key.to_owned(), blob)], |values| async move {
        let (key, value) = &values[0];
        put_value(key, value).await
    })
    .await
}

/// Runs `store` with each of `blobs` as its value: the Blob itself, or its bytes
/// where the browser refuses Blobs in storage. Those are tried once a Blob was
/// refused, and from then on if they are kept.
async fn as_blobs_or_bytes<T, F: std::future::Future<Output = Result<T, JsValue>>>(
    blobs: &[(String, Blob)],
    store: impl Fn(Vec<(String, JsValue)>) -> F,
) -> Result<T, JsValue> {
    if BLOBS_REFUSED.get() {
        return store(as_bytes(blobs).await?).await;
    }
    match store(blobs.iter().map(|(key, blob)| (key.clone(), blob.clone().into())).collect()).await {
        Ok(stored) => Ok(stored),
        // WebKit refuses with a DataCloneError, from `put` or as the transaction's
        // error: whatever the error, bytes are worth a try.
        Err(refused) => {
            let stored = store(as_bytes(blobs).await?).await.map_err(|_| refused)?;
            BLOBS_REFUSED.set(true);
            Ok(stored)
        }
    }
}

/// The Blobs' bytes: the browser reads each off the page's thread.
async fn as_bytes(blobs: &[(String, Blob)]) -> Result<Vec<(String, JsValue)>, JsValue> {
    let mut values = Vec::with_capacity(blobs.len());
    for (key, blob) in blobs {
        let buffer = JsFuture::from(blob.array_buffer()).await?;
        values.push((key.clone(), js_sys::Uint8Array::new(&buffer).into()));
    }
    Ok(values)
}

/// Where the number of saves made to `slot` is kept. Every tab (and every copy
/// of the single file, which share one storage) counts the saves it has seen; a
/// save that finds another number there was not made on what is stored.
fn generation_key(slot: &str) -> String {
    format!("{slot} generation")
}

/// Where the journal of `slot` is kept: the number of the save that wrote the
/// whole workspace (the steps after it are replayed on it), the undo history
/// written with it, and each step after it, numbered so that they sort in order.
fn base_key(slot: &str) -> String {
    format!("{slot} base")
}

fn history_key(slot: &str) -> String {
    format!("{slot} history")
}

fn step_key(slot: &str, number: u64) -> String {
    format!("{}{number:016}", step_prefix(slot))
}

/// What every step key of `slot` starts with, before its number.
fn step_prefix(slot: &str) -> String {
    format!("{slot} step ")
}

/// Every step key of `slot`, whatever its number.
fn steps_range(slot: &str) -> Result<web_sys::IdbKeyRange, JsValue> {
    web_sys::IdbKeyRange::bound(&step_key(slot, 0).into(), &step_key(slot, u64::MAX / 2).into())
}

/// What became of a save.
pub enum Saved {
    /// On disk, as the save numbered `generation`.
    Done { generation: u64 },
    /// Not written: another tab or window saved since this one last did.
    Newer,
}

/// Reads what `reads` asks for and then, in the last read's success event (while
/// the transaction is certainly active), writes with `write`, given what was read,
/// all in one transaction: Ok(false), with nothing written, when `write` says not
/// to write.
async fn read_then_write(
    reads: impl FnOnce(&IdbObjectStore) -> Result<Vec<IdbRequest>, JsValue>,
    write: impl FnOnce(&IdbObjectStore, Vec<JsValue>) -> Result<bool, JsValue> + 'static,
) -> Result<bool, JsValue> {
    let db = database().await?;
    let (transaction, store) = store(&db, IdbTransactionMode::Readwrite)?;
    let requests = reads(&store)?;
    let last = requests.last().cloned().ok_or("nothing to read")?;
    let declined = std::rc::Rc::new(std::cell::Cell::new(false));
    // Requests of one transaction succeed in the order they were made.
    let on_read = {
        let (transaction, declined) = (transaction.clone(), declined.clone());
        Closure::once(move || {
            let read: Result<Vec<JsValue>, JsValue> = requests.iter().map(IdbRequest::result).collect();
            match read.and_then(|read| write(&store, read)) {
                Ok(true) => {}
                Ok(false) => {
                    declined.set(true);
                    let _ = transaction.abort();
                }
                Err(_) => {
                    let _ = transaction.abort();
                }
            }
        })
    };
    last.set_onsuccess(Some(on_read.as_ref().unchecked_ref()));
    let done = committed(&transaction).await;
    drop(on_read);
    if declined.get() {
        return Ok(false);
    }
    done.map(|()| true)
}

/// Writes (with `write`, given what `reads` asked for) and counts `count` saves
/// after `expected` under the save number's key `counter`, in one transaction,
/// only if the number stored is still `expected`; Ok(false), with nothing
/// written, when it is not.
async fn write_unless_newer(
    counter: String,
    expected: u64,
    count: u64,
    reads: impl FnOnce(&IdbObjectStore) -> Result<Vec<IdbRequest>, JsValue>,
    write: impl FnOnce(&IdbObjectStore, Vec<JsValue>) -> Result<(), JsValue> + 'static,
) -> Result<bool, JsValue> {
    let counter = JsValue::from_str(&counter);
    let asked = {
        let counter = counter.clone();
        move |store: &IdbObjectStore| {
            let mut requests = vec![store.get(&counter)?];
            requests.extend(reads(store)?);
            Ok(requests)
        }
    };
    read_then_write(asked, move |store, mut read| {
        let stored = read.remove(0).as_f64().unwrap_or(0.0) as u64;
        if !may_write(stored, expected) {
            return Ok(false);
        }
        write(store, read)?;
        store.put_with_key(&JsValue::from_f64((expected + count) as f64), &counter)?;
        Ok(true)
    })
    .await
}

/// The versions list as stored (JSON text), read.
fn versions_read(stored: Option<String>) -> Vec<Version> {
    stored.and_then(|text| serde_json::from_str(&text).ok()).unwrap_or_default()
}

/// Keeps `value` as `version` of `slot` when the rule of
/// [`versions`](crate::model::app::versions) asks for one, and lets go of the
/// versions it no longer keeps, in `store`'s transaction, given the stored list;
/// returns the versions kept.
fn keep_version(
    store: &IdbObjectStore,
    slot: &str,
    mut list: Vec<Version>,
    value: &JsValue,
    version: Version,
) -> Result<Vec<Version>, JsValue> {
    let now = version.at;
    if version.unreadable || keep_new(&list, now) {
        store.put_with_key(value, &JsValue::from_str(&version_key(slot, now)))?;
        list.push(version);
    }
    let going = let_go(&list, now);
    list.retain(|v| !going.contains(&v.at));
    for at in &going {
        store.delete(&JsValue::from_str(&version_key(slot, *at)))?;
    }
    let text = serde_json::to_string(&list).unwrap_or_default();
    store.put_with_key(&JsValue::from_str(&text), &JsValue::from_str(&versions_key(slot)))?;
    Ok(list)
}

/// Saves the whole workspace, as the `parts` of its native file, and the undo
/// `history` as the save after `expected`, unless another tab or window saved
/// since, and lets go of the steps it holds. Only the pieces not stored yet are
/// written, and those that neither this save nor a kept version is made of are
/// let go. The save is also kept as an earlier version (described by `version`)
/// when the rule asks for one. All in one transaction: a browser stopped mid-save
/// leaves the save before it as it was.
pub async fn save_whole(
    slot: &str,
    parts: &[Part],
    history_parts: &[Part],
    expected: u64,
    version: Version,
) -> Result<Saved, String> {
    let (history, steps) = manifest(slot, history_parts);
    let (manifest, mut blobs) = manifest(slot, parts);
    let version = Version { pieces: keys_of(&blobs), ..version };
    blobs.extend(steps);
    let pieces = keys_of(&blobs);
    let attempt = |values: Vec<(String, JsValue)>| {
        let (slot, history, manifest, pieces, version) =
            (slot.to_owned(), history.clone(), manifest.clone(), pieces.clone(), version.clone());
        let reads = {
            let slot = slot.clone();
            move |store: &IdbObjectStore| {
                let pieces = store.get_all_keys_with_key(&pieces_range(&slot)?.into())?;
                Ok(vec![pieces, store.get(&versions_key(&slot).into())?])
            }
        };
        write_unless_newer(generation_key(&slot), expected, 1, reads, move |store, read| {
            let stored: Vec<String> = read[0]
                .clone()
                .unchecked_into::<js_sys::Array>()
                .iter()
                .filter_map(|k| k.as_string())
                .collect();
            let mut have: std::collections::HashSet<&str> = stored.iter().map(String::as_str).collect();
            for (key, value) in &values {
                if have.insert(key) {
                    store.put_with_key(value, &JsValue::from_str(key))?;
                }
            }
            store.put_with_key(&manifest, &JsValue::from_str(&slot))?;
            store.put_with_key(&history, &JsValue::from_str(&history_key(&slot)))?;
            store.put_with_key(&JsValue::from_f64((expected + 1) as f64), &base_key(&slot).into())?;
            store.delete(&steps_range(&slot)?.into())?;
            let kept = keep_version(store, &slot, versions_read(read[1].as_string()), &manifest, version)?;
            for key in unreferenced(&stored, &pieces, &kept) {
                store.delete(&JsValue::from_str(&key))?;
            }
            Ok(())
        })
    };
    let written = as_blobs_or_bytes(&blobs, attempt);
    match written.await {
        Ok(true) => Ok(Saved::Done { generation: expected + 1 }),
        Ok(false) => Ok(Saved::Newer),
        Err(error) => Err(failure("storage-full")(error)),
    }
}

/// Saves `steps` (each as the journal writes it) as the saves after `expected`,
/// unless another tab or window saved since: a small write, whatever the size of
/// the workspace they change.
pub async fn save_steps(slot: &str, steps: Vec<String>, expected: u64) -> Result<Saved, String> {
    let count = steps.len() as u64;
    let keys: Vec<String> = (1..=count).map(|n| step_key(slot, expected + n)).collect();
    let written = write_unless_newer(
        generation_key(slot),
        expected,
        count,
        |_| Ok(Vec::new()),
        move |store, _| {
            for (step, key) in steps.iter().zip(&keys) {
                store.put_with_key(&JsValue::from_str(step), &JsValue::from_str(key))?;
            }
            Ok(())
        },
    );
    match written.await {
        Ok(true) => Ok(Saved::Done { generation: expected + count }),
        Ok(false) => Ok(Saved::Newer),
        Err(error) => Err(failure("storage-full")(error)),
    }
}

/// A workspace as stored: its whole file as last written, the undo history
/// written with it, the steps taken since, and the number of the last save.
#[derive(Default)]
pub struct Stored {
    pub file: Option<Vec<u8>>,
    pub history: Option<String>,
    /// The steps numbered `base + 1` to `generation`, in order.
    pub steps: Vec<String>,
    /// The number of the save that wrote the whole workspace.
    pub base: u64,
    pub generation: u64,
}

/// Waits for a request to succeed or fail. Its handlers are set at once, before
/// the task ends, so that several requests of one transaction can be made first
/// and awaited one after the other.
fn settled(request: &IdbRequest) -> impl std::future::Future<Output = Result<JsValue, JsValue>> {
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        request.set_onsuccess(Some(&resolve));
        request.set_onerror(Some(&reject));
    });
    let request = request.clone();
    async move {
        JsFuture::from(promise).await?;
        request.result()
    }
}

/// The workspace stored in `slot`, read in one transaction, so that its parts
/// belong together.
pub async fn load_stored(slot: &str) -> Result<Stored, String> {
    let read = async {
        let db = database().await?;
        let (transaction, store) = store(&db, IdbTransactionMode::Readonly)?;
        let range = steps_range(slot)?;
        let file = Joining::start(&store, &slot.into())?;
        let history = Joining::start(&store, &history_key(slot).into())?;
        let requests = [
            store.get(&generation_key(slot).into())?,
            store.get(&base_key(slot).into())?,
            store.get_all_keys_with_key(&range)?,
            store.get_all_with_key(&range)?,
        ];
        let [generation, base, keys, steps] = requests.each_ref().map(settled);
        let ended = committed(&transaction);
        let number = |value: JsValue| value.as_f64().map(|n| n as u64);
        let generation = number(generation.await?).unwrap_or(0);
        // Saves written before the journal hold the whole workspace only.
        let base = number(base.await?).unwrap_or(generation);
        let keys: js_sys::Array = keys.await?.unchecked_into();
        let steps: js_sys::Array = steps.await?.unchecked_into();
        let prefix = step_prefix(slot);
        let steps = keys
            .iter()
            .zip(steps.iter())
            .filter_map(|(key, step)| {
                let n: u64 = key.as_string()?.strip_prefix(&prefix)?.parse().ok()?;
                (n > base && n <= generation).then(|| step.as_string()).flatten()
            })
            .collect();
        ended.await?;
        let file = bytes_of(file.value()?).await?;
        let history = bytes_of(history.value()?).await?.and_then(|bytes| String::from_utf8(bytes).ok());
        Ok::<_, JsValue>(Stored { file, history, steps, base, generation })
    };
    read.await.map_err(failure("storage-unopened"))
}

/// Where the class of the teacher's copy of an exercise is kept, beside `slot`:
/// one per exercise, so that another teacher file opened over the first leaves
/// the first exercise's class as it was.
fn class_key(slot: &str, exercise: &str) -> String {
    format!("class {slot} {exercise}")
}

/// Saves the teacher's class (`Class::save`) of `exercise` (its id).
pub async fn save_class(slot: &str, exercise: &str, text: &str) -> Result<(), String> {
    put(&class_key(slot, exercise), text.as_bytes()).await.map_err(failure("storage-full"))
}

/// The saved class of `exercise`, if there is one (or the class this page kept
/// before classes were kept per exercise).
pub async fn load_class(slot: &str, exercise: &str) -> Option<String> {
    let mut saved = load(&class_key(slot, exercise)).await.ok().flatten();
    if saved.is_none() {
        saved = load(&format!("class {slot}")).await.ok().flatten();
    }
    saved.and_then(|bytes| String::from_utf8(bytes).ok())
}

/// Where a student's work on a shared computer is kept while another student
/// works in `slot`: one key per name.
fn kept_key(slot: &str, name: &str) -> String {
    format!("{slot} kept {name}")
}

/// Keeps `bytes` (a workspace file) as `name`'s work beside `slot`.
pub async fn keep_student(slot: &str, name: &str, bytes: &[u8]) -> Result<(), String> {
    put(&kept_key(slot, name), bytes).await.map_err(failure("storage-full"))
}

/// The names whose work is kept beside `slot`.
pub async fn kept_students(slot: &str) -> Vec<String> {
    let prefix = kept_key(slot, "");
    let keys = async {
        let db = database().await?;
        let (_, store) = store(&db, IdbTransactionMode::Readonly)?;
        settled(&store.get_all_keys()?).await
    };
    let Ok(keys) = keys.await else { return Vec::new() };
    let keys: js_sys::Array = keys.unchecked_into();
    keys.iter().filter_map(|k| k.as_string()?.strip_prefix(&prefix).map(str::to_owned)).collect()
}

/// Takes `name`'s kept work out of storage, and gives it back.
pub async fn take_student(slot: &str, name: &str) -> Option<Vec<u8>> {
    let key = kept_key(slot, name);
    let bytes = load(&key).await.ok().flatten()?;
    delete(&key).await.ok()?;
    Some(bytes)
}

/// Where a reader was in `slot`: the article and the code point at the top of
/// the window, as JSON text (`{"article": …, "at": …}`).
pub async fn save_place(slot: &str, place: &str) {
    save_text(&format!("place {slot}"), place).await
}

/// The place saved by [`save_place`], if any.
pub async fn load_place(slot: &str) -> Option<String> {
    load_text(&format!("place {slot}")).await
}

/// Keeps a small text under `key`, as well as the browser lets it (a place, a
/// draft: nothing that autosave depends on).
pub async fn save_text(key: &str, text: &str) {
    let _ = put(key, text.as_bytes()).await;
}

/// The text kept under `key` by [`save_text`], if any.
pub async fn load_text(key: &str) -> Option<String> {
    load(key).await.ok().flatten().and_then(|bytes| String::from_utf8(bytes).ok())
}

/// Lets go of what is kept under `key`.
pub async fn remove(key: &str) {
    let _ = delete(key).await;
}

async fn delete(key: &str) -> Result<(), JsValue> {
    let db = database().await?;
    let (transaction, store) = store(&db, IdbTransactionMode::Readwrite)?;
    store.delete(&JsValue::from_str(key))?;
    committed(&transaction).await
}

/// Asks the browser to keep this page's storage until the reader clears it
/// (rather than when space runs low, or after a week without a visit, as Safari
/// does); resolves to whether it is kept so, or None where the browser does not say.
pub async fn persist() -> Option<bool> {
    let navigator = js_sys::Reflect::get(&js_sys::global(), &"navigator".into()).ok()?;
    let manager = js_sys::Reflect::get(&navigator, &"storage".into()).ok()?;
    let call = |name: &str| -> Option<js_sys::Promise> {
        let method: js_sys::Function = js_sys::Reflect::get(&manager, &name.into()).ok()?.dyn_into().ok()?;
        method.call0(&manager).ok()?.dyn_into().ok()
    };
    if JsFuture::from(call("persisted")?).await.ok()?.as_bool()? {
        return Some(true);
    }
    JsFuture::from(call("persist")?).await.ok()?.as_bool()
}

/// Notes that the reader exported (or handed in) her work now, at `at` (ISO 8601).
pub async fn note_export(slot: &str, at: &str) {
    save_text(&format!("exported {slot}"), at).await
}

/// When the reader last exported (or handed in) her work here, if ever.
pub async fn last_export(slot: &str) -> Option<String> {
    load_text(&format!("exported {slot}")).await
}

/// Where the list of `slot`'s kept versions is, and each version's file.
fn versions_key(slot: &str) -> String {
    format!("versions {slot}")
}

fn version_key(slot: &str, at: f64) -> String {
    format!("version {slot} {at}")
}

/// The versions kept beside `slot`, newest first.
pub async fn versions(slot: &str) -> Vec<Version> {
    let mut list = versions_read(load_text(&versions_key(slot)).await);
    list.sort_by(|a, b| b.at.total_cmp(&a.at));
    list
}

/// The file of the version of `slot` saved at `at`.
pub async fn version(slot: &str, at: f64) -> Option<Vec<u8>> {
    load(&version_key(slot, at)).await.ok().flatten()
}

/// Keeps a save of `slot` that could not be read among its versions, so that
/// nothing overwrites it (not even a second unreadable save).
pub async fn set_aside(slot: &str, bytes: &[u8]) {
    let version = Version {
        at: js_sys::Date::now(),
        bytes: bytes.len(),
        articles: 0,
        annotations: 0,
        unreadable: true,
        pieces: Vec::new(),
    };
    let slot = slot.to_owned();
    let value: JsValue = js_sys::Uint8Array::from(bytes).into();
    let reads = {
        let slot = slot.clone();
        move |store: &IdbObjectStore| Ok(vec![store.get(&versions_key(&slot).into())?])
    };
    let _ = read_then_write(reads, move |store, read| {
        keep_version(store, &slot, versions_read(read[0].as_string()), &value, version).map(|_| true)
    })
    .await;
}

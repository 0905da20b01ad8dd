//! Autosave's journal: the steps a session takes, each written as it is taken (a
//! small write, whatever the workspace's size), and the undo history kept beside
//! the saved workspace, so that Undo still works after a reload.
//!
//! Only Framelens reads it back, and only on the workspace it was written on, so
//! ids and fingerprints are taken as written; a step that does not read or apply
//! stops the replay, and the reader is told how many changes were not restored.

use super::wire::{read_tags, wire_tags, WireAnnotation, WireDocument, WireExercise, WireTag};
use super::{json_error, ImportError};
use crate::model::annotations::annotation::{Annotation, AnnotationId, Tag};
use crate::model::annotations::edit::Edit;
use crate::model::annotations::history::{Session, Step};
use crate::model::annotations::workspace::Workspace;
use crate::model::text::document::{Document, Fingerprint};
use crate::model::text::offsets::Span;
use crate::model::Said;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::rc::Rc;

// The steps and edits are externally tagged (`{"apply": {…}}`), not internally
// (`{"step": "apply", …}`): serde's code for internally tagged enums cost 45 KB of
// wasm here.

/// The most undo steps kept over a reload, and the most bytes they take: the
/// newest are kept.
const HISTORY_STEPS: usize = 100;
const HISTORY_BYTES: usize = 8 * 1024 * 1024;

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
enum WireStep<'a> {
    Apply {
        #[serde(borrow)]
        edit: Box<WireEdit<'a>>,
    },
    Undo,
    Redo,
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
enum WireEdit<'a> {
    AddDocument {
        #[serde(borrow)]
        document: WireDocument<'a>,
    },
    InsertDocument {
        at: usize,
        #[serde(borrow)]
        document: WireDocument<'a>,
    },
    RemoveDocument {
        fingerprint: Fingerprint,
    },
    SetArticleInfo {
        fingerprint: Fingerprint,
        title: Cow<'a, str>,
        source: Cow<'a, str>,
    },
    AddAnnotation {
        #[serde(borrow)]
        annotation: WireAnnotation<'a>,
    },
    RemoveAnnotation {
        id: AnnotationId,
    },
    SetTag {
        id: AnnotationId,
        tag: Tag,
    },
    SetNote {
        id: AnnotationId,
        note: Cow<'a, str>,
    },
    SetExercise {
        #[serde(borrow)]
        exercise: Option<WireExercise<'a>>,
    },
    SetTags {
        tags: Vec<WireTag<'a>>,
    },
    Batch {
        #[serde(borrow)]
        edits: WireEdits<'a>,
    },
}

/// A batch's edits: as read, each one read; as written, the model's own, each made
/// a [`WireEdit`] only as it is written. (Made all at once, the 50,000 of loading a
/// large article took 7 MB of wasm memory, which a page keeps once it has grown.)
enum WireEdits<'a> {
    Read(Vec<WireEdit<'a>>),
    Written(&'a [Edit]),
}

impl Serialize for WireEdits<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            WireEdits::Read(edits) => edits.serialize(serializer),
            WireEdits::Written(edits) => serializer.collect_seq(edits.iter().map(WireEdit::of)),
        }
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for WireEdits<'a> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Vec::deserialize(deserializer).map(WireEdits::Read)
    }
}

impl<'a> WireEdit<'a> {
    fn of(edit: &'a Edit) -> WireEdit<'a> {
        match edit {
            Edit::AddDocument(document) => WireEdit::AddDocument { document: WireDocument::of(document) },
            Edit::InsertDocument { at, document } => {
                WireEdit::InsertDocument { at: *at, document: WireDocument::of(document) }
            }
            Edit::RemoveDocument(fingerprint) => {
                WireEdit::RemoveDocument { fingerprint: fingerprint.clone() }
            }
            Edit::SetArticleInfo { document, title, source } => WireEdit::SetArticleInfo {
                fingerprint: document.clone(),
                title: title.as_str().into(),
                source: source.as_str().into(),
            },
            Edit::AddAnnotation(a) => WireEdit::AddAnnotation { annotation: WireAnnotation::unquoted(a) },
            Edit::RemoveAnnotation(id) => WireEdit::RemoveAnnotation { id: *id },
            Edit::SetTag { id, tag } => WireEdit::SetTag { id: *id, tag: tag.clone() },
            Edit::SetNote { id, note } => WireEdit::SetNote { id: *id, note: note.as_ref().into() },
            Edit::SetExercise(exercise) => {
                WireEdit::SetExercise { exercise: exercise.as_deref().map(WireExercise::of) }
            }
            Edit::SetTags(tags) => WireEdit::SetTags { tags: wire_tags(tags) },
            Edit::Batch(edits) => WireEdit::Batch { edits: WireEdits::Written(edits) },
        }
    }

    fn read(self) -> Result<Edit, ImportError> {
        let document = |wd: WireDocument| {
            let document = Document::new(&wd.title, &wd.source, &wd.text).map_err(|error| {
                ImportError(Said::new("journal-article-unread").said("why", error.said()))
            })?;
            if document.fingerprint().as_str() != wd.fingerprint {
                return Err(ImportError(Said::new("journal-article-differs")));
            }
            Ok(document)
        };
        Ok(match self {
            WireEdit::AddDocument { document: wd } => Edit::AddDocument(document(wd)?),
            WireEdit::InsertDocument { at, document: wd } => {
                Edit::InsertDocument { at, document: document(wd)? }
            }
            WireEdit::RemoveDocument { fingerprint } => Edit::RemoveDocument(fingerprint),
            WireEdit::SetArticleInfo { fingerprint, title, source } => Edit::SetArticleInfo {
                document: fingerprint,
                title: title.into_owned(),
                source: source.into_owned(),
            },
            WireEdit::AddAnnotation { annotation: wa } => Edit::AddAnnotation(Annotation {
                id: wa.id.parse().map_err(ImportError)?,
                document: stored_fingerprint(&wa.document)?,
                span: Span::new(wa.start, wa.end),
                tag: Tag::read(&wa.tag).ok_or_else(|| ImportError(Said::new("journal-no-tag")))?,
                note: wa.note.as_ref().into(),
                created: wa.created.as_ref().into(),
                author: wa.author.as_ref().into(),
            }),
            WireEdit::RemoveAnnotation { id } => Edit::RemoveAnnotation(id),
            WireEdit::SetTag { id, tag } => Edit::SetTag { id, tag },
            WireEdit::SetNote { id, note } => Edit::SetNote { id, note: note.as_ref().into() },
            WireEdit::SetExercise { exercise } => {
                Edit::SetExercise(exercise.map(|e| e.read_stored()).transpose()?.map(Rc::new))
            }
            WireEdit::SetTags { tags } => Edit::SetTags(Rc::new(read_tags(tags)?)),
            WireEdit::Batch { edits: WireEdits::Read(edits) } => {
                Edit::Batch(edits.into_iter().map(WireEdit::read).collect::<Result<_, _>>()?)
            }
            WireEdit::Batch { edits: WireEdits::Written(edits) } => Edit::Batch(edits.to_vec()),
        })
    }
}

/// A fingerprint as Framelens wrote it.
pub(super) fn stored_fingerprint(text: &str) -> Result<Fingerprint, ImportError> {
    Fingerprint::parse(text)
        .ok_or_else(|| ImportError(Said::new("journal-not-fingerprint").text("text", text)))
}

/// One step, as autosave writes it.
pub fn write_step(step: &Step) -> String {
    let wire = match step {
        Step::Apply(edit) => WireStep::Apply { edit: Box::new(WireEdit::of(edit)) },
        Step::Undo => WireStep::Undo,
        Step::Redo => WireStep::Redo,
    };
    serde_json::to_string(&wire).expect("wire types serialise")
}

fn read_step(text: &str) -> Result<Step, ImportError> {
    Ok(match serde_json::from_str(text).map_err(json_error)? {
        WireStep::Apply { edit } => Step::Apply(edit.read()?),
        WireStep::Undo => Step::Undo,
        WireStep::Redo => Step::Redo,
    })
}

#[derive(Serialize, Deserialize)]
struct WireHistory<'a> {
    #[serde(borrow)]
    undo: Vec<WireEdit<'a>>,
    #[serde(borrow)]
    redo: Vec<WireEdit<'a>>,
}

/// The session's undo and redo stacks, the newest steps of each within
/// [`HISTORY_STEPS`] and [`HISTORY_BYTES`], as autosave keeps them beside the
/// whole workspace, in one piece (the page writes it with [`history_parts`],
/// keeping each step written between saves).
#[cfg(test)]
pub fn write_history(session: &Session) -> String {
    let mut written = std::collections::HashMap::new();
    let parts = history_parts(session, |edit| {
        let text = written.entry(Rc::as_ptr(edit)).or_insert_with(|| write_history_step(edit));
        text.as_ref().map(String::len)
    });
    let mut out = String::new();
    for part in parts {
        match part {
            HistoryPart::Text(text) => out.push_str(text),
            HistoryPart::Step(edit) => {
                out.push_str(written[&Rc::as_ptr(edit)].as_deref().expect("kept steps fit"))
            }
        }
    }
    out
}

/// A part of the written history: its own text, or a step as
/// [`write_history_step`] writes it.
pub enum HistoryPart<'s> {
    Text(&'static str),
    Step(&'s Rc<Edit>),
}

/// The history as autosave keeps it (the newest steps of each stack within
/// `HISTORY_STEPS` and `HISTORY_BYTES`), in parts, given each step's written
/// `length` (None when it is too large to keep): a writer that keeps each step's
/// text (the page does) writes a step once, however many saves keep it.
pub fn history_parts<'s>(
    session: &'s Session,
    mut length: impl FnMut(&'s Rc<Edit>) -> Option<usize>,
) -> Vec<HistoryPart<'s>> {
    let (undo, redo) = session.history();
    let mut room = HISTORY_BYTES;
    let mut newest = |stack: &'s [Rc<Edit>]| -> Vec<&'s Rc<Edit>> {
        let mut kept = Vec::new();
        for edit in stack.iter().rev().take(HISTORY_STEPS) {
            match length(edit) {
                Some(bytes) if bytes <= room => room -= bytes,
                _ => break,
            }
            kept.push(edit);
        }
        kept.reverse();
        kept
    };
    let (undo, redo) = (newest(undo), newest(redo));
    // As serde_json writes a `WireHistory`, which `read_history` reads.
    let mut parts = vec![HistoryPart::Text("{\"undo\":[")];
    for (stack, end) in [(undo, "],\"redo\":["), (redo, "]}")] {
        for (n, edit) in stack.into_iter().enumerate() {
            if n > 0 {
                parts.push(HistoryPart::Text(","));
            }
            parts.push(HistoryPart::Step(edit));
        }
        parts.push(HistoryPart::Text(end));
    }
    parts
}

/// A step of the history as it is written, or None when it is larger than the
/// history keeps: the edit that loaded a 5 MB article with 50,000 annotations is
/// not written out in full only to be left out.
pub fn write_history_step(edit: &Edit) -> Option<String> {
    // Measured before it is written, so that its buffer is made once, at its size:
    // grown by doubling, the 3 MB step of loading 50,000 annotations held 6 MB.
    let wire = WireEdit::of(edit);
    let mut size = Counted { bytes: 0, room: HISTORY_BYTES };
    serde_json::to_writer(&mut size, &wire).ok()?;
    let mut bytes = Vec::with_capacity(size.bytes);
    serde_json::to_writer(&mut bytes, &wire).expect("wire types serialise");
    Some(String::from_utf8(bytes).expect("serde_json writes UTF-8"))
}

/// Counts the bytes written, up to `room`; more is an error, which stops the writing.
struct Counted {
    bytes: usize,
    room: usize,
}

impl std::io::Write for Counted {
    fn write(&mut self, data: &[u8]) -> std::io::Result<usize> {
        if self.bytes + data.len() > self.room {
            return Err(std::io::ErrorKind::OutOfMemory.into());
        }
        self.bytes += data.len();
        Ok(data.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn read_history(text: &str) -> Result<(Vec<Edit>, Vec<Edit>), ImportError> {
    let wire: WireHistory = serde_json::from_str(text).map_err(json_error)?;
    let read = |edits: Vec<WireEdit>| edits.into_iter().map(WireEdit::read).collect::<Result<Vec<_>, _>>();
    Ok((read(wire.undo)?, read(wire.redo)?))
}

/// A saved session, taken up again.
pub struct Resumed {
    pub session: Session,
    /// What could not be taken up; empty when everything was.
    pub lost: Vec<Said>,
}

/// Takes up a saved session: the saved `workspace`, with its undo `history` when
/// one was kept, and then the `steps` taken since, in order. A step that does not
/// read or apply stops the replay there (the steps after it were made on it).
pub fn resume(workspace: Workspace, history: Option<&str>, steps: &[String]) -> Resumed {
    let mut lost = Vec::new();
    let mut session = match history.map(read_history) {
        Some(Ok((undo, redo))) => Session::with_history(workspace, undo, redo),
        Some(Err(_)) => {
            lost.push(Said::new("lost-history"));
            Session::new(workspace)
        }
        None => Session::new(workspace),
    };
    let taken = take_steps(&mut session, steps);
    if taken < steps.len() {
        lost.push(Said::new("lost-changes").number("count", steps.len() - taken));
    }
    Resumed { session, lost }
}

/// Takes `steps` on `session`, as another tab took them after the save this
/// session is at; false, with `session` to be thrown away, if one does not apply.
pub fn resume_on(session: &mut Session, steps: &[String]) -> bool {
    take_steps(session, steps) == steps.len()
}

/// Takes `steps` in order until one does not read or apply; how many were taken.
fn take_steps(session: &mut Session, steps: &[String]) -> usize {
    steps.iter().take_while(|text| read_step(text).is_ok_and(|step| session.replay(step))).count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::classroom::sample;
    use crate::model::testing::annotation;
    use crate::model::AnnotationId;

    fn sample() -> Workspace {
        let mut workspace = Workspace::default();
        workspace.apply(sample::edit()).unwrap();
        workspace
    }

    /// Every kind of edit, written and read back, as a reload replays them.
    #[test]
    fn steps_written_and_replayed_give_back_the_session_and_its_history() {
        let saved = sample();
        let mut session = Session::new(saved.clone());
        let mark = session.mark();
        let doc = saved.documents()[0].clone();
        let other = Document::new("Added 👋🏽", "مصدر", "A text\nwith “quotes” and Ωmega.").unwrap();
        let exercise = saved.exercise().cloned();
        let edits = vec![
            Edit::AddAnnotation(annotation(7, &doc, 3, 9, Tag::new("framing"))),
            Edit::SetNote { id: AnnotationId(7), note: "who says so? 🇸🇾".into() },
            Edit::SetTag { id: AnnotationId(7), tag: Tag::new("claim") },
            Edit::AddDocument(other.clone()),
            Edit::Batch(vec![
                Edit::AddAnnotation(annotation(8, &other, 0, 6, Tag::new("fact"))),
                Edit::AddAnnotation(annotation(9, &other, 7, 11, Tag::new("quote"))),
            ]),
            Edit::RemoveAnnotation(AnnotationId(8)),
            Edit::SetExercise(None),
            Edit::SetExercise(exercise.map(Rc::new)),
            Edit::SetArticleInfo {
                document: other.fingerprint().clone(),
                title: "Renamed".into(),
                source: "Elsewhere".into(),
            },
            Edit::RemoveDocument(doc.fingerprint().clone()),
        ];
        for edit in edits {
            session.apply(edit).unwrap();
        }
        session.undo();
        session.undo();
        session.redo();
        let steps: Vec<String> = session.steps_since(&mark).unwrap().iter().map(|s| write_step(s)).collect();
        let resumed = resume(saved, Some(&write_history(&Session::default())), &steps);
        assert!(resumed.lost.is_empty(), "{:?}", resumed.lost);
        assert_eq!(resumed.session.workspace(), session.workspace());
        assert_eq!(resumed.session.history(), session.history());
        // And the history itself, written with a later save, reads back.
        let history = write_history(&session);
        let again = resume(session.workspace().clone(), Some(&history), &[]);
        assert_eq!(again.session.history(), session.history());
        let (undo, redo) = session.history();
        let wire = WireHistory {
            undo: undo.iter().map(|e| WireEdit::of(e)).collect(),
            redo: redo.iter().map(|e| WireEdit::of(e)).collect(),
        };
        assert_eq!(history, serde_json::to_string(&wire).unwrap(), "as serde_json writes it");
        // A step larger than the room is left out (here the redo of a huge article).
        let huge = Document::new("Huge", "S", &"x".repeat(HISTORY_BYTES)).unwrap();
        session.apply(Edit::AddDocument(huge)).unwrap();
        session.undo();
        let (undo, redo) = read_history(&write_history(&session)).unwrap();
        assert_eq!((undo.len(), redo.len()), (session.history().0.len(), 0));
    }

    #[test]
    fn a_step_that_does_not_apply_stops_the_replay_and_says_so() {
        let saved = sample();
        let doc = saved.documents()[0].clone();
        let steps = [
            write_step(&Step::Apply(Edit::AddAnnotation(annotation(7, &doc, 3, 9, Tag::new("framing"))))),
            write_step(&Step::Apply(Edit::RemoveAnnotation(AnnotationId(99)))),
            write_step(&Step::Undo),
        ];
        let resumed = resume(saved.clone(), None, &steps);
        assert_eq!(resumed.lost, [Said::new("lost-changes").number("count", 2)]);
        assert!(resumed.session.workspace().annotation(AnnotationId(7)).is_some());
        let broken = resume(saved, Some("{"), &["not json".to_owned()]);
        let lost: Vec<String> = broken.lost.iter().map(Said::to_string).collect();
        assert_eq!(lost, ["the undo history from before the reload", "the last change"]);
    }

    #[test]
    fn the_history_kept_is_the_newest_within_its_limits() {
        let saved = sample();
        let doc = saved.documents()[0].clone();
        let mut session = Session::new(saved);
        for n in 0..(HISTORY_STEPS as u128 + 20) {
            session.apply(Edit::AddAnnotation(annotation(100 + n, &doc, 0, 5, Tag::new("fact")))).unwrap();
        }
        let resumed = resume(session.workspace().clone(), Some(&write_history(&session)), &[]);
        let (undo, _) = resumed.session.history();
        assert_eq!(undo.len(), HISTORY_STEPS);
        assert_eq!(
            *undo[HISTORY_STEPS - 1],
            Edit::RemoveAnnotation(AnnotationId(100 + HISTORY_STEPS as u128 + 19))
        );
    }
}

//! Typed edits: every change to a workspace is one of these, applied by
//! [`Workspace::apply`](crate::model::Workspace::apply), which returns the edit that undoes it.

use crate::model::annotations::annotation::{Annotation, AnnotationId};
use crate::model::annotations::tags::{Tag, TagSet};
use crate::model::classroom::exercise::Exercise;
use crate::model::text::document::{Document, Fingerprint};
use crate::model::text::offsets::Span;
use crate::model::Said;
use std::fmt;
use std::rc::Rc;

#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// Adds a document after the others.
    AddDocument(Document),
    /// Puts a document back at position `at` (the undo of a removal).
    InsertDocument {
        at: usize,
        document: Document,
    },
    /// Removes a document and every annotation on it.
    RemoveDocument(Fingerprint),
    /// Names a document and its source anew (an empty title: its first line).
    SetArticleInfo {
        document: Fingerprint,
        title: String,
        source: String,
    },
    AddAnnotation(Annotation),
    RemoveAnnotation(AnnotationId),
    SetTag {
        id: AnnotationId,
        tag: Tag,
    },
    SetNote {
        id: AnnotationId,
        note: Rc<str>,
    },
    /// Gives the workspace this tag set; refused while an annotation carries a tag
    /// the set leaves out.
    SetTags(Rc<TagSet>),
    /// Makes the workspace one for this exercise (or for none).
    SetExercise(Option<Rc<Exercise>>),
    /// Several edits that succeed or fail together and undo as one step (an import).
    Batch(Vec<Edit>),
}

/// Why an edit was refused. A refused edit leaves the workspace as it was.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EditError {
    UnknownDocument(Fingerprint),
    DuplicateDocument(Fingerprint),
    UnknownAnnotation(AnnotationId),
    DuplicateAnnotation(AnnotationId),
    EmptySpan(Span),
    SpanOutOfRange {
        span: Span,
        len: usize,
    },
    /// An annotation's tag is not in the workspace's set.
    UnknownTag(Tag),
    /// A tag set leaves out a tag that annotations still carry.
    TagInUse(Tag),
}

impl EditError {
    pub fn said(&self) -> Said {
        match self {
            EditError::UnknownDocument(_) => Said::new("edit-no-article"),
            EditError::DuplicateDocument(_) => Said::new("edit-article-open"),
            EditError::UnknownAnnotation(id) => Said::new("edit-no-annotation").text("id", id.to_string()),
            EditError::DuplicateAnnotation(id) => {
                Said::new("edit-annotation-exists").text("id", id.to_string())
            }
            EditError::EmptySpan(_) => Said::new("edit-empty"),
            EditError::SpanOutOfRange { span, len } => Said::new("edit-outside")
                .number("start", span.start)
                .number("end", span.end)
                .number("length", *len),
            EditError::UnknownTag(tag) => Said::new("edit-no-tag").tag("tag", tag.name()),
            EditError::TagInUse(tag) => Said::new("edit-tag-in-use").tag("tag", tag.name()),
        }
    }
}

impl fmt::Display for EditError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.said().fmt(f)
    }
}

impl std::error::Error for EditError {}

//! The pure model: every rule of Framelens, tested natively. Nothing here knows
//! about the DOM, Yew, storage, time or randomness.
//!
//! The folders are layers; each uses only those above it in this list:
//! - [`text`]: code-point offsets, documents and their fingerprints, re-anchoring.
//! - [`annotations`]: tags, annotations, edits, the workspace and its history.
//! - [`formats`]: every file Framelens reads or writes.
//! - [`classroom`]: exercises, a class's submissions, scores and agreement.
//! - [`app`]: the page's state, what is on screen, and the actions that change them.
//!
//! [`said`] is what any layer tells the reader, as a message id and its values; it
//! knows nothing else. [`i18n`], the interface's words in each language, says it: of
//! the layers it uses only `text`'s dates and the tags' names; `app` says its
//! notices with it.

pub mod annotations;
pub mod app;
pub mod classroom;
pub mod formats;
pub mod i18n;
pub mod said;
pub mod text;

pub use annotations::annotation::{Annotation, AnnotationId};
pub use annotations::edit::{Edit, EditError};
pub use annotations::history::{Mark, Session, Step};
pub use annotations::tags::{Tag, TagDef, TagSet};
pub use annotations::workspace::Workspace;
pub use classroom::exercise::{Exercise, Role};
pub use said::Said;
pub use text::document::{Document, DocumentError, Fingerprint};
pub use text::offsets::Span;

/// Builders shared by the model's tests.
#[cfg(test)]
pub(crate) mod testing {
    use super::*;

    /// An annotation with a fixed time and no note or author.
    pub fn annotation(id: u128, document: &Document, start: usize, end: usize, tag: Tag) -> Annotation {
        Annotation {
            id: AnnotationId(id),
            document: document.fingerprint().clone(),
            span: Span::new(start, end),
            tag,
            note: "".into(),
            created: "2025-10-15T12:00:00Z".into(),
            author: "".into(),
        }
    }

    /// The English messages, as a page in English says its notices.
    pub fn english() -> std::rc::Rc<i18n::Messages> {
        std::rc::Rc::new(i18n::Messages::new(i18n::Language::En))
    }

    /// A workspace of one document and the given annotations.
    pub fn workspace_with(document: Document, annotations: Vec<Annotation>) -> Workspace {
        let mut ws = Workspace::default();
        ws.apply(Edit::AddDocument(document)).unwrap();
        for a in annotations {
            ws.apply(Edit::AddAnnotation(a)).unwrap();
        }
        ws
    }
}

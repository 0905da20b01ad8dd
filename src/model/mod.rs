//! The pure model: documents, spans in Unicode code points, typed edits, history and
//! file formats. Nothing here knows about the DOM, Yew or storage; `cargo test`
//! covers it natively.

pub mod agreement;
pub mod analytics;
pub mod anchor;
pub mod annotation;
pub mod annotation_list;
pub mod app;
pub mod class;
pub mod document;
pub mod edit;
pub mod exercise;
pub mod formats;
pub mod heatmap;
pub mod history;
pub mod offsets;
pub mod palette;
pub mod quotes;
pub mod sample;
pub mod scoring;
pub mod workspace;

pub use annotation::{Annotation, AnnotationId, Tag};
pub use document::{Document, DocumentError, Fingerprint};
pub use edit::{Edit, EditError};
pub use exercise::{Exercise, Role};
pub use history::Session;
pub use offsets::Span;
pub use workspace::Workspace;

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

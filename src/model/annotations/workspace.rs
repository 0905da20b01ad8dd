//! The workspace: every open document and every annotation, and the one function
//! that changes them.

use crate::model::annotations::annotation::{Annotation, AnnotationId};
use crate::model::annotations::edit::{Edit, EditError};
use crate::model::annotations::list::{key, AnnotationList, Key};
use crate::model::annotations::tags::TagSet;
use crate::model::classroom::exercise::Exercise;
use crate::model::text::document::{Document, Fingerprint};
use crate::model::text::offsets::Span;
use std::collections::HashMap;
use std::rc::Rc;

/// All documents, in the order they were added, and all annotations.
///
/// Invariant: `annotations` has one list per document, in the same order, holding
/// that document's annotations, each with a non-empty span inside its text; `ids`
/// holds exactly the annotations' ids, each with its span.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Workspace {
    documents: Vec<Document>,
    /// Shared in chunks ([`AnnotationList`]): copying the workspace for a change
    /// copies pointers, and the change copies one chunk.
    annotations: Vec<AnnotationList>,
    /// Where each annotation is, so that finding it by id takes constant time (a
    /// scan made loading 50,000 annotations quadratic). Plain values, so that
    /// copying the map is copying memory.
    ids: HashMap<AnnotationId, Span>,
    /// The classroom exercise this workspace is for, if any.
    exercise: Option<Rc<Exercise>>,
    /// The tags readers choose from. Every annotation's tag is one of them.
    tags: Rc<TagSet>,
}

impl Workspace {
    pub fn documents(&self) -> &[Document] {
        &self.documents
    }

    pub fn document(&self, fingerprint: &Fingerprint) -> Option<&Document> {
        self.documents.iter().find(|doc| doc.fingerprint() == fingerprint)
    }

    pub fn exercise(&self) -> Option<&Exercise> {
        self.exercise.as_deref()
    }

    pub fn tags(&self) -> &TagSet {
        &self.tags
    }

    /// The tag set, as a value that is cheap to keep.
    pub fn shared_tags(&self) -> Rc<TagSet> {
        self.tags.clone()
    }

    pub fn annotation(&self, id: AnnotationId) -> Option<&Annotation> {
        let key = key(id, *self.ids.get(&id)?);
        self.annotations.iter().find_map(|list| list.get(&key))
    }

    /// Every annotation, document by document, each in text order.
    pub fn annotations(&self) -> impl Iterator<Item = &Annotation> + '_ {
        self.annotations.iter().flat_map(AnnotationList::iter)
    }

    /// How many annotations there are.
    pub fn annotation_count(&self) -> usize {
        self.ids.len()
    }

    /// The annotations of one document in text order.
    pub fn annotations_of(&self, document: &Fingerprint) -> Vec<&Annotation> {
        self.list_of(document).map(|list| list.iter().collect()).unwrap_or_default()
    }

    /// The annotations on these documents, document by document in text order (on
    /// an exercise's articles: the key in the teacher's copy, the work in a student's).
    pub fn annotations_on<'w>(&'w self, documents: &[Fingerprint]) -> Vec<&'w Annotation> {
        documents.iter().flat_map(|document| self.annotations_of(document)).collect()
    }

    /// The annotations of one document in text order, as a list that is cheap to
    /// keep: a view holds it while the workspace moves on.
    pub fn list_of(&self, document: &Fingerprint) -> Option<&AnnotationList> {
        let at = self.documents.iter().position(|doc| doc.fingerprint() == document)?;
        Some(&self.annotations[at])
    }

    /// The edit that makes this workspace `other` (an earlier version of it):
    /// every article goes with its annotations, and `other`'s come in their place.
    /// One undo brings this workspace back.
    pub fn becoming(&self, other: &Workspace) -> Edit {
        let mut edits: Vec<Edit> =
            self.documents.iter().map(|d| Edit::RemoveDocument(d.fingerprint().clone())).collect();
        edits.push(Edit::SetExercise(other.exercise.clone()));
        edits.push(Edit::SetTags(other.tags.clone()));
        edits.extend(other.documents.iter().cloned().map(Edit::AddDocument));
        edits.extend(other.annotations().cloned().map(Edit::AddAnnotation));
        Edit::Batch(edits)
    }

    /// Applies one edit. On success, returns the edit that undoes it; on failure the
    /// workspace is unchanged.
    pub fn apply(&mut self, edit: Edit) -> Result<Edit, EditError> {
        match edit {
            Edit::AddDocument(document) => self.insert_document(self.documents.len(), document),
            Edit::InsertDocument { at, document } => {
                self.insert_document(at.min(self.documents.len()), document)
            }
            Edit::RemoveDocument(fingerprint) => {
                let at = self
                    .documents
                    .iter()
                    .position(|doc| doc.fingerprint() == &fingerprint)
                    .ok_or_else(|| EditError::UnknownDocument(fingerprint.clone()))?;
                let document = self.documents.remove(at);
                let gone = self.annotations.remove(at);
                for annotation in gone.iter() {
                    self.ids.remove(&annotation.id);
                }
                let mut undo = vec![Edit::InsertDocument { at, document }];
                undo.extend(gone.iter().cloned().map(Edit::AddAnnotation));
                Ok(Edit::Batch(undo))
            }
            Edit::SetArticleInfo { document, title, source } => {
                let at = self
                    .documents
                    .iter()
                    .position(|doc| doc.fingerprint() == &document)
                    .ok_or_else(|| EditError::UnknownDocument(document.clone()))?;
                let old = &self.documents[at];
                let undo =
                    Edit::SetArticleInfo { document, title: old.title.clone(), source: old.source.clone() };
                self.documents[at] = old.renamed(&title, &source);
                Ok(undo)
            }
            Edit::AddAnnotation(annotation) => {
                let at = self.check_annotation(&annotation)?;
                let undo = Edit::RemoveAnnotation(annotation.id);
                self.ids.insert(annotation.id, annotation.span);
                self.annotations[at].insert(annotation);
                Ok(undo)
            }
            Edit::RemoveAnnotation(id) => {
                let (at, key) = self.locate(id)?;
                self.ids.remove(&id);
                let annotation = self.annotations[at].remove(&key).expect("ids and lists agree");
                Ok(Edit::AddAnnotation(annotation))
            }
            Edit::SetTag { id, tag } => {
                if !self.tags.contains(&tag) {
                    return Err(EditError::UnknownTag(tag));
                }
                let (at, key) = self.locate(id)?;
                let old = self.annotations[at].update(&key, |a| std::mem::replace(&mut a.tag, tag));
                Ok(Edit::SetTag { id, tag: old.expect("ids and lists agree") })
            }
            Edit::SetNote { id, note } => {
                let (at, key) = self.locate(id)?;
                let old = self.annotations[at].update(&key, |a| std::mem::replace(&mut a.note, note));
                Ok(Edit::SetNote { id, note: old.expect("ids and lists agree") })
            }
            Edit::SetExercise(exercise) => {
                Ok(Edit::SetExercise(std::mem::replace(&mut self.exercise, exercise)))
            }
            Edit::SetTags(tags) => {
                if let Some(a) = self.annotations().find(|a| !tags.contains(&a.tag)) {
                    return Err(EditError::TagInUse(a.tag.clone()));
                }
                Ok(Edit::SetTags(std::mem::replace(&mut self.tags, tags)))
            }
            Edit::Batch(edits) => self.apply_batch(edits),
        }
    }

    fn insert_document(&mut self, at: usize, document: Document) -> Result<Edit, EditError> {
        if self.document(document.fingerprint()).is_some() {
            return Err(EditError::DuplicateDocument(document.fingerprint().clone()));
        }
        let undo = Edit::RemoveDocument(document.fingerprint().clone());
        self.documents.insert(at, document);
        self.annotations.insert(at, AnnotationList::default());
        Ok(undo)
    }

    /// Applies edits in order; if one fails, the ones before it are undone.
    ///
    /// An annotation added to a document this batch added needs no inverse of its
    /// own: the document's removal, later in the undo, takes it away. An article
    /// opened with 50,000 annotations is then undone by one edit, not 50,000 (6 MB
    /// less memory, and a small undo step for autosave). That holds while the batch
    /// has only added since that document: an inverse of anything else (a removal,
    /// a tag set) is undone before the document goes and could meet the annotation.
    fn apply_batch(&mut self, edits: Vec<Edit>) -> Result<Edit, EditError> {
        let mut undo = Vec::new();
        let mut added: Vec<Fingerprint> = Vec::new();
        let mut only_additions = true;
        // Room for the ids at once: an import of 10,000 grew the map a dozen times.
        self.ids.reserve(edits.iter().filter(|e| matches!(e, Edit::AddAnnotation(_))).count());
        for edit in edits {
            let removed_with_its_document = match &edit {
                Edit::AddDocument(document) | Edit::InsertDocument { document, .. } => {
                    added.push(document.fingerprint().clone());
                    false
                }
                Edit::AddAnnotation(a) => only_additions && added.contains(&a.document),
                _ => {
                    // Anything but an addition after a document was added.
                    only_additions &= added.is_empty();
                    false
                }
            };
            match self.apply(edit) {
                Ok(_) if removed_with_its_document => {}
                Ok(inverse) => undo.push(inverse),
                Err(error) => {
                    for inverse in undo.into_iter().rev() {
                        self.apply(inverse).expect("the inverse of an applied edit applies");
                    }
                    return Err(error);
                }
            }
        }
        undo.reverse();
        Ok(Edit::Batch(undo))
    }

    /// The list (by document position) that holds the annotation `id`, and its key there.
    fn locate(&self, id: AnnotationId) -> Result<(usize, Key), EditError> {
        let span = self.ids.get(&id).ok_or(EditError::UnknownAnnotation(id))?;
        let key = key(id, *span);
        let at = self.annotations.iter().position(|list| list.get(&key).is_some());
        Ok((at.expect("ids and lists agree"), key))
    }

    /// Checks that `annotation` can be added; returns its document's position.
    fn check_annotation(&self, annotation: &Annotation) -> Result<usize, EditError> {
        if self.ids.contains_key(&annotation.id) {
            return Err(EditError::DuplicateAnnotation(annotation.id));
        }
        let at = self
            .documents
            .iter()
            .position(|doc| doc.fingerprint() == &annotation.document)
            .ok_or_else(|| EditError::UnknownDocument(annotation.document.clone()))?;
        let doc = &self.documents[at];
        let span = annotation.span;
        if span.is_empty() {
            return Err(EditError::EmptySpan(span));
        }
        if span.end > doc.len() {
            return Err(EditError::SpanOutOfRange { span, len: doc.len() });
        }
        if !self.tags.contains(&annotation.tag) {
            return Err(EditError::UnknownTag(annotation.tag.clone()));
        }
        Ok(at)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::testing::annotation;
    use crate::model::Tag;

    fn workspace() -> (Workspace, Document) {
        let doc = Document::new("T", "S", "Putin spoke of special relations 👋.").unwrap();
        let mut ws = Workspace::default();
        ws.apply(Edit::AddDocument(doc.clone())).unwrap();
        (ws, doc)
    }

    #[test]
    fn every_edit_is_undone_by_its_inverse() {
        let (mut ws, doc) = workspace();
        let a = annotation(1, &doc, 0, 5, Tag::new("fact"));
        let edits = vec![
            Edit::AddAnnotation(a.clone()),
            Edit::SetTag { id: a.id, tag: Tag::new("quote") },
            Edit::SetNote { id: a.id, note: "who said it?".into() },
            Edit::RemoveAnnotation(a.id),
            Edit::SetArticleInfo {
                document: doc.fingerprint().clone(),
                title: " New ".into(),
                source: "".into(),
            },
        ];
        for edit in edits {
            let edit_again = edit.clone();
            let before = ws.clone();
            let undo = ws.apply(edit).unwrap();
            assert_ne!(ws, before);
            ws.apply(undo).unwrap();
            assert_eq!(ws, before);
            ws.apply(edit_again).unwrap();
        }
    }

    #[test]
    fn an_article_renamed_keeps_its_text_and_an_empty_title_is_its_first_line() {
        let (mut ws, doc) = workspace();
        let rename = |title: &str| Edit::SetArticleInfo {
            document: doc.fingerprint().clone(),
            title: title.into(),
            source: " Outlet ".into(),
        };
        ws.apply(rename("  ")).unwrap();
        let renamed = &ws.documents()[0];
        assert_eq!(
            (renamed.title.as_str(), renamed.source.as_str()),
            ("Putin spoke of special relations 👋.", "Outlet")
        );
        assert_eq!(renamed.fingerprint(), doc.fingerprint());
        let other = Document::new("X", "", "Elsewhere").unwrap();
        let unknown = Edit::SetArticleInfo {
            document: other.fingerprint().clone(),
            title: "t".into(),
            source: "".into(),
        };
        assert_eq!(ws.apply(unknown), Err(EditError::UnknownDocument(other.fingerprint().clone())));
    }

    #[test]
    fn an_id_is_free_again_once_its_annotation_or_document_is_gone() {
        let (mut ws, doc) = workspace();
        let a = annotation(1, &doc, 0, 5, Tag::new("fact"));
        ws.apply(Edit::AddAnnotation(a.clone())).unwrap();
        assert_eq!(ws.apply(Edit::AddAnnotation(a.clone())), Err(EditError::DuplicateAnnotation(a.id)));
        ws.apply(Edit::RemoveAnnotation(a.id)).unwrap();
        ws.apply(Edit::AddAnnotation(a.clone())).unwrap();
        ws.apply(Edit::RemoveDocument(doc.fingerprint().clone())).unwrap();
        ws.apply(Edit::AddDocument(doc.clone())).unwrap();
        ws.apply(Edit::AddAnnotation(a)).unwrap();
    }

    #[test]
    fn removing_a_document_takes_its_annotations_and_undo_brings_them_back_in_place() {
        let (mut ws, doc) = workspace();
        let second = Document::new("Second", "S", "Another text.").unwrap();
        ws.apply(Edit::AddDocument(second.clone())).unwrap();
        ws.apply(Edit::AddAnnotation(annotation(1, &doc, 0, 5, Tag::new("fact")))).unwrap();
        ws.apply(Edit::AddAnnotation(annotation(2, &second, 0, 5, Tag::new("fact")))).unwrap();
        let before = ws.clone();
        let undo = ws.apply(Edit::RemoveDocument(doc.fingerprint().clone())).unwrap();
        assert_eq!(ws.documents(), std::slice::from_ref(&second));
        assert_eq!(ws.annotation_count(), 1);
        ws.apply(undo).unwrap();
        assert_eq!(ws.documents(), before.documents(), "the same documents in the same order");
        for d in [&doc, &second] {
            assert_eq!(ws.annotations_of(d.fingerprint()), before.annotations_of(d.fingerprint()));
        }
    }

    #[test]
    fn invalid_edits_are_typed_errors_and_change_nothing() {
        let (mut ws, doc) = workspace();
        let len = doc.len();
        let before = ws.clone();
        let cases = [
            (
                Edit::AddAnnotation(annotation(1, &doc, 3, 3, Tag::new("claim"))),
                EditError::EmptySpan(Span::new(3, 3)),
            ),
            (
                Edit::AddAnnotation(annotation(1, &doc, 5, 2, Tag::new("claim"))),
                EditError::EmptySpan(Span::new(5, 2)),
            ),
            (
                Edit::AddAnnotation(annotation(1, &doc, 0, len + 1, Tag::new("claim"))),
                EditError::SpanOutOfRange { span: Span::new(0, len + 1), len },
            ),
            (Edit::RemoveAnnotation(AnnotationId(9)), EditError::UnknownAnnotation(AnnotationId(9))),
            (
                Edit::SetTag { id: AnnotationId(9), tag: Tag::new("fact") },
                EditError::UnknownAnnotation(AnnotationId(9)),
            ),
            (Edit::AddDocument(doc.clone()), EditError::DuplicateDocument(doc.fingerprint().clone())),
        ];
        for (edit, error) in cases {
            assert_eq!(ws.apply(edit), Err(error));
            assert_eq!(ws, before);
        }
    }

    #[test]
    fn a_failing_batch_leaves_nothing_behind() {
        let (mut ws, doc) = workspace();
        let before = ws.clone();
        let batch = Edit::Batch(vec![
            Edit::AddAnnotation(annotation(1, &doc, 0, 5, Tag::new("fact"))),
            Edit::AddAnnotation(annotation(1, &doc, 6, 11, Tag::new("fact"))),
        ]);
        assert_eq!(ws.apply(batch), Err(EditError::DuplicateAnnotation(AnnotationId(1))));
        assert_eq!(ws, before);
    }

    #[test]
    fn a_document_added_with_its_annotations_is_undone_by_its_removal_alone() {
        let mut ws = Workspace::default();
        let doc = Document::new("T", "S", "Putin spoke of special relations.").unwrap();
        let opened = Edit::Batch(vec![
            Edit::AddDocument(doc.clone()),
            Edit::AddAnnotation(annotation(1, &doc, 0, 5, Tag::new("fact"))),
            Edit::AddAnnotation(annotation(2, &doc, 6, 11, Tag::new("claim"))),
        ]);
        let undo = ws.apply(opened).unwrap();
        assert_eq!(undo, Edit::Batch(vec![Edit::RemoveDocument(doc.fingerprint().clone())]));
        let after = ws.clone();
        let redo = ws.apply(undo).unwrap();
        assert_eq!(ws, Workspace::default());
        ws.apply(redo).unwrap();
        assert_eq!(ws, after);

        // Once the batch has done anything but add, each later annotation keeps its
        // own inverse: here an id is used again after its first annotation went.
        let mut ws = Workspace::default();
        let again = Edit::Batch(vec![
            Edit::AddDocument(doc.clone()),
            Edit::AddAnnotation(annotation(1, &doc, 0, 5, Tag::new("fact"))),
            Edit::RemoveAnnotation(AnnotationId(1)),
            Edit::AddAnnotation(annotation(1, &doc, 6, 11, Tag::new("claim"))),
        ]);
        let undo = ws.apply(again).unwrap();
        let Edit::Batch(inverses) = &undo else { panic!("a batch is undone by a batch") };
        assert_eq!(inverses.len(), 3, "all but the first annotation's");
        ws.apply(undo).unwrap();
        assert_eq!(ws, Workspace::default());
    }

    #[test]
    fn nested_and_overlapping_spans_list_in_text_order() {
        let (mut ws, doc) = workspace();
        for a in [
            annotation(3, &doc, 15, 32, Tag::new("framing")),
            annotation(1, &doc, 6, 32, Tag::new("quote")),
            annotation(2, &doc, 0, 11, Tag::new("claim")),
        ] {
            ws.apply(Edit::AddAnnotation(a)).unwrap();
        }
        let order: Vec<u128> = ws.annotations_of(doc.fingerprint()).iter().map(|a| a.id.0).collect();
        assert_eq!(order, vec![2, 1, 3]);
        assert_eq!(ws.tags().counts(ws.annotations_of(doc.fingerprint())), [1, 1, 1, 0]);
    }
}

//! Files written in pieces: fixed text around the records of each chunk of each
//! document's annotations ([`AnnotationList::chunks`]), and, in a file that carries
//! the articles, each article's record. Joined, the pieces are the file; a writer
//! that keeps each chunk's and each article's records while they are the same (the
//! page does, between changes) writes a file of 10,000 annotations again by writing
//! only the chunks that changed.
//!
//! [`AnnotationList::chunks`]: crate::model::annotations::list::AnnotationList::chunks

use crate::model::{Annotation, Document, Workspace};
use std::rc::Rc;

/// One piece of a file.
pub enum Piece<'w> {
    Text(String),
    /// The records of one chunk of `document`'s annotations.
    Records(&'w Document, &'w Rc<Vec<Annotation>>),
    /// An article's own record, its text in it (the workspace file's).
    Document(&'w Document),
}

/// The formats written in pieces.
pub trait Pieces {
    /// The file as pieces, in order.
    fn pieces<'w>(&self, workspace: &'w Workspace) -> Vec<Piece<'w>>;

    /// The records of one chunk: what a [`Piece::Records`] stands for.
    fn records(&self, document: &Document, chunk: &[Annotation]) -> String;

    /// An article's record: what a [`Piece::Document`] stands for, in the formats
    /// that give one.
    fn document(&self, _document: &Document) -> String {
        String::new()
    }

    /// The whole file.
    fn join(&self, workspace: &Workspace) -> String {
        let mut out = String::new();
        for piece in self.pieces(workspace) {
            match piece {
                Piece::Text(text) => out.push_str(&text),
                Piece::Records(document, chunk) => out.push_str(&self.records(document, chunk)),
                Piece::Document(document) => out.push_str(&self.document(document)),
            }
        }
        out
    }
}

/// JSON records, one per line after `indent` (a line break and spaces), separated
/// by commas: each annotation of `chunk` as `write` writes it, about `size` bytes each.
pub fn json_lines(
    chunk: &[Annotation],
    indent: &str,
    size: usize,
    write: impl Fn(&mut Vec<u8>, &Annotation) -> serde_json::Result<()>,
) -> String {
    let mut out = Vec::with_capacity(chunk.len() * size);
    for (n, a) in chunk.iter().enumerate() {
        if n > 0 {
            out.push(b',');
        }
        out.extend_from_slice(indent.as_bytes());
        write(&mut out, a).expect("wire types serialise");
    }
    String::from_utf8(out).expect("serde_json writes UTF-8")
}

/// Each document's chunks in order, with `between` after every chunk but the last
/// (a separator that the records of a chunk cannot hold, since they do not know
/// whether another chunk follows).
pub fn chunks<'w>(workspace: &'w Workspace, between: &str) -> Vec<Piece<'w>> {
    let mut pieces = Vec::new();
    for document in workspace.documents() {
        for chunk in workspace.list_of(document.fingerprint()).into_iter().flat_map(|l| l.chunks()) {
            if !pieces.is_empty() && !between.is_empty() {
                pieces.push(Piece::Text(between.to_owned()));
            }
            pieces.push(Piece::Records(document, chunk));
        }
    }
    pieces
}

#[cfg(test)]
mod tests {
    use crate::model::formats::{csv, w3c};
    use crate::model::testing::annotation;
    use crate::model::{Document, Edit, Tag, Workspace};

    #[test]
    fn files_of_many_chunks_and_documents_join_into_one_valid_file_in_text_order() {
        let mut ws = Workspace::default();
        let docs: Vec<Document> = (0..2)
            .map(|n| {
                Document::new(&format!("T{n}"), "S", &format!("{n} {}", "word, \"quoted\" ".repeat(300)))
                    .unwrap()
            })
            .collect();
        for (n, doc) in docs.iter().enumerate() {
            ws.apply(Edit::AddDocument(doc.clone())).unwrap();
            // Added back to front: the file is still in text order.
            for i in (0..700u128).rev() {
                let start = i as usize * 5;
                ws.apply(Edit::AddAnnotation(annotation(
                    n as u128 * 1_000 + i,
                    doc,
                    start,
                    start + 4,
                    Tag::new("quote"),
                )))
                .unwrap();
            }
        }
        assert!(ws.list_of(docs[0].fingerprint()).unwrap().chunks().len() > 1);
        let file: serde_json::Value = serde_json::from_str(&w3c::export(&ws, "L")).unwrap();
        assert_eq!(file["total"], 1_400);
        let items = file["first"]["items"].as_array().unwrap();
        let starts: Vec<u64> =
            items.iter().map(|a| a["target"]["selector"][1]["start"].as_u64().unwrap()).collect();
        let expected: Vec<u64> = (0..2).flat_map(|_| (0..700).map(|i| i * 5)).collect();
        assert_eq!(starts, expected);
        let csv = csv::export(&ws);
        assert_eq!(csv.split("\r\n").count(), 1 + 1_400 + 1, "header, rows, and the empty end");
    }
}

//! One document's annotations in text order, kept in shared chunks.
//!
//! The page keeps the state before each change (Yew holds it until the next render)
//! and makes the state after it, so every change copies the workspace. With one
//! vector of 50,000 annotations that copy, and the sorting and copying of the
//! article's list for the view, cost about 10 ms per key. Here a copy shares every
//! chunk, a change copies only the chunk it touches, and the list is always in text
//! order, so the view takes it as it is.
//!
//! Where a chunk ends is decided by the annotations themselves: after one whose id
//! [`ends_chunk`], whatever order they came in. So the list read back from a saved
//! file is cut where the list that was saved was, and autosave, which stores each
//! chunk's records once (`ui::browser::storage`), finds them stored after a reload
//! instead of writing every chunk after the first change again.

use crate::model::annotations::annotation::{Annotation, AnnotationId};
use crate::model::text::offsets::Span;
use std::cmp::Reverse;
use std::rc::Rc;

/// How many annotations a chunk holds on average: a change copies its chunk, and a
/// copy of the list copies one pointer per chunk.
const CHUNK: u64 = 256;

/// The most a chunk holds: a run of this many without an id that ends a chunk is
/// cut in the middle instead. So rare a run (about one in nine million) that
/// where it is cut, which depends on the order of inserts, hardly ever differs
/// from the list read back (a chunk cut differently is only stored again).
const MOST: usize = 16 * CHUNK as usize;

/// Whether a chunk ends after the annotation `id`: for about one id in `CHUNK`,
/// by its bits mixed (ids read from some formats are derived, not random).
pub fn ends_chunk(id: AnnotationId) -> bool {
    let bits = (id.0 as u64) ^ ((id.0 >> 64) as u64);
    let mixed = (bits ^ (bits >> 31)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (mixed >> 32).is_multiple_of(CHUNK)
}

/// An annotation's place in text order ([`Annotation::text_order`]), from what the
/// workspace keeps of it by id.
pub type Key = (usize, Reverse<usize>, AnnotationId);

/// The key of the annotation `id` over `span`.
pub fn key(id: AnnotationId, span: Span) -> Key {
    (span.start, Reverse(span.end), id)
}

/// Annotations in text order, in chunks that copies of the list share.
///
/// Invariant: no chunk is empty, the chunks hold the annotations in strictly
/// increasing `text_order`, and `len` is their total.
#[derive(Clone, Debug, Default)]
pub struct AnnotationList {
    chunks: Vec<Rc<Vec<Annotation>>>,
    len: usize,
}

impl AnnotationList {
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The annotations in text order.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = &Annotation> + Clone + '_ {
        self.chunks.iter().flat_map(|chunk| chunk.iter())
    }

    /// The chunks, for a reader that keeps what it derived from each one while the
    /// chunk is the same (`Rc::ptr_eq`), such as the painter.
    pub fn chunks(&self) -> &[Rc<Vec<Annotation>>] {
        &self.chunks
    }

    /// The chunk where `key` is or would go, and its place there.
    fn locate(&self, key: &Key) -> (usize, Result<usize, usize>) {
        let ends_before = |chunk: &Rc<Vec<Annotation>>| chunk.last().is_some_and(|a| a.text_order() < *key);
        // Annotations mostly come in text order (a file, an article opened with
        // its annotations), each after the last: its place is found at once.
        if let Some(last) = self.chunks.last().filter(|c| ends_before(c)) {
            return (self.chunks.len() - 1, Err(last.len()));
        }
        let chunk = self.chunks.partition_point(ends_before).min(self.chunks.len().saturating_sub(1));
        let place =
            self.chunks.get(chunk).map_or(Err(0), |c| c.binary_search_by_key(key, Annotation::text_order));
        (chunk, place)
    }

    pub fn get(&self, key: &Key) -> Option<&Annotation> {
        match self.locate(key) {
            (chunk, Ok(at)) => Some(&self.chunks[chunk][at]),
            _ => None,
        }
    }

    /// Adds `annotation` in its place; false (and nothing changes) when one with
    /// its key is there already.
    pub fn insert(&mut self, annotation: Annotation) -> bool {
        let (mut chunk, place) = self.locate(&annotation.text_order());
        let Err(mut at) = place else { return false };
        // After the last annotation, past a chunk's end: a chunk of its own.
        let past_end = self.chunks.last().is_some_and(|c| c.last().is_some_and(|a| ends_chunk(a.id)));
        if self.chunks.is_empty()
            || (chunk + 1 == self.chunks.len() && at == self.chunks[chunk].len() && past_end)
        {
            self.chunks.push(Rc::new(Vec::new()));
            (chunk, at) = (self.chunks.len() - 1, 0);
        }
        let ends = ends_chunk(annotation.id);
        let list = Rc::make_mut(&mut self.chunks[chunk]);
        list.insert(at, annotation);
        let cut = if ends && at + 1 < list.len() {
            Some(at + 1)
        } else {
            (list.len() > MOST).then_some(list.len() / 2)
        };
        if let Some(cut) = cut {
            let upper = list.split_off(cut);
            self.chunks.insert(chunk + 1, Rc::new(upper));
        }
        self.len += 1;
        true
    }

    /// Takes out the annotation with `key`.
    pub fn remove(&mut self, key: &Key) -> Option<Annotation> {
        let (chunk, Ok(at)) = self.locate(key) else { return None };
        let list = Rc::make_mut(&mut self.chunks[chunk]);
        let annotation = list.remove(at);
        let ended = at == list.len() && ends_chunk(annotation.id);
        if list.is_empty() {
            self.chunks.remove(chunk);
        } else if ended && chunk + 1 < self.chunks.len() {
            // The annotation that ended this chunk is gone: the next joins it, as
            // a list read back without it would have it (cut again if too long).
            let next = self.chunks.remove(chunk + 1);
            let list = Rc::make_mut(&mut self.chunks[chunk]);
            list.extend(next.iter().cloned());
            if list.len() > MOST {
                let upper = list.split_off(list.len() / 2);
                self.chunks.insert(chunk + 1, Rc::new(upper));
            }
        }
        self.len -= 1;
        Some(annotation)
    }

    /// Changes the annotation with `key` by `change`, which must keep its key (a
    /// tag, a note); returns what `change` returns.
    pub fn update<T>(&mut self, key: &Key, change: impl FnOnce(&mut Annotation) -> T) -> Option<T> {
        let (chunk, Ok(at)) = self.locate(key) else { return None };
        let annotation = &mut Rc::make_mut(&mut self.chunks[chunk])[at];
        let result = change(annotation);
        debug_assert!(&annotation.text_order() == key, "an update must keep the annotation's place");
        Some(result)
    }
}

impl PartialEq for AnnotationList {
    /// Lists that share every chunk (a copy, or a view's list compared on a render)
    /// are equal without reading them.
    fn eq(&self, other: &Self) -> bool {
        let shared = self.chunks.len() == other.chunks.len()
            && self.chunks.iter().zip(&other.chunks).all(|(a, b)| Rc::ptr_eq(a, b));
        self.len == other.len && (shared || self.iter().eq(other.iter()))
    }
}

impl<'a> IntoIterator for &'a AnnotationList {
    type Item = &'a Annotation;
    type IntoIter = Box<dyn DoubleEndedIterator<Item = &'a Annotation> + 'a>;

    fn into_iter(self) -> Self::IntoIter {
        Box::new(self.iter())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::testing::annotation;
    use crate::model::{Document, Tag};

    fn keys(list: &AnnotationList) -> Vec<Key> {
        list.iter().map(Annotation::text_order).collect()
    }

    #[test]
    fn stays_in_text_order_through_inserts_and_removals_of_any_order() {
        let doc = Document::new("T", "S", &"word ".repeat(400)).unwrap();
        let mut list = AnnotationList::default();
        let mut expected: Vec<Key> = Vec::new();
        // A deterministic shuffle of 2,000 spans, some sharing a start.
        let mut seed = 17u64;
        for n in 0..2_000u128 {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            let start = (seed >> 33) as usize % 1_900;
            let a = annotation(n, &doc, start, start + 1 + (seed >> 50) as usize % 50, Tag::new("claim"));
            expected.push(a.text_order());
            assert!(list.insert(a));
        }
        expected.sort();
        assert_eq!(keys(&list), expected);
        assert_eq!(list.len(), 2_000);
        assert!(list.chunks().len() > 2, "split into chunks");
        assert!(list.chunks().iter().all(|c| !c.is_empty() && c.len() <= MOST));
        // A key already there is refused.
        let again = list.iter().next().unwrap().clone();
        assert!(!list.insert(again));
        // Remove every other one, from the back.
        for key in expected.iter().rev().step_by(2) {
            assert!(list.remove(key).is_some());
        }
        let kept: Vec<Key> = expected.iter().rev().skip(1).step_by(2).rev().copied().collect();
        assert_eq!(keys(&list), kept);
        assert_eq!(list.len(), 1_000);
        assert!(list.remove(&expected[expected.len() - 1]).is_none(), "gone already");
        for key in &kept {
            assert!(list.remove(key).is_some());
        }
        assert!(list.is_empty() && list.chunks().is_empty());
    }

    /// Each chunk's ids, to compare where two lists are cut.
    fn cuts(list: &AnnotationList) -> Vec<Vec<u128>> {
        list.chunks().iter().map(|c| c.iter().map(|a| a.id.0).collect()).collect()
    }

    #[test]
    fn a_list_is_cut_where_its_annotations_say_whatever_order_they_came_in() {
        let doc = Document::new("T", "S", &"word ".repeat(2_000)).unwrap();
        let spans: Vec<Annotation> = (0..3_000u128)
            .map(|n| annotation(n * 7_919, &doc, n as usize * 3, n as usize * 3 + 2, Tag::new("fact")))
            .collect();
        // As read from a file: in text order.
        let mut read = AnnotationList::default();
        for a in &spans {
            read.insert(a.clone());
        }
        assert!(read.chunks().len() > 4, "cut into chunks: {}", read.chunks().len());
        let (last, before) = read.chunks().split_last().unwrap();
        assert!(before.iter().all(|c| ends_chunk(c.last().unwrap().id) || c.len() == MOST));
        let inside = |c: &Rc<Vec<Annotation>>| c.iter().rev().skip(1).any(|a| ends_chunk(a.id));
        assert!(!read.chunks().iter().any(inside) && !last.is_empty());
        // As made by hand: in any order, with some removed and added again.
        let mut made = AnnotationList::default();
        let mut seed = 5u64;
        let mut order: Vec<usize> = (0..spans.len()).collect();
        for i in (1..order.len()).rev() {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            order.swap(i, (seed >> 33) as usize % (i + 1));
        }
        for &i in &order {
            made.insert(spans[i].clone());
        }
        for &i in order.iter().step_by(3) {
            made.remove(&spans[i].text_order());
        }
        for &i in order.iter().step_by(3) {
            made.insert(spans[i].clone());
        }
        assert_eq!(cuts(&made), cuts(&read));
        // A removed annotation that ended a chunk joins the two, as a list read
        // without it is cut.
        let ender = read.chunks()[1].last().unwrap().clone();
        made.remove(&ender.text_order());
        let mut without = AnnotationList::default();
        for a in spans.iter().filter(|a| a.id != ender.id) {
            without.insert(a.clone());
        }
        assert_eq!(cuts(&made), cuts(&without));
    }

    #[test]
    fn a_copy_shares_every_chunk_and_a_change_copies_only_its_own() {
        let doc = Document::new("T", "S", &"word ".repeat(400)).unwrap();
        let mut list = AnnotationList::default();
        for n in 0..1_000u128 {
            list.insert(annotation(n, &doc, n as usize, n as usize + 3, Tag::new("quote")));
        }
        let before = list.clone();
        let target = key(AnnotationId(500), Span::new(500, 503));
        let old = list.update(&target, |a| std::mem::replace(&mut a.tag, Tag::new("fact")));
        assert_eq!(old, Some(Tag::new("quote")));
        let shared = list.chunks().iter().zip(before.chunks()).filter(|(a, b)| Rc::ptr_eq(a, b)).count();
        assert_eq!(shared, list.chunks().len() - 1);
        assert_eq!(before.get(&target).unwrap().tag, Tag::new("quote"), "the copy is unchanged");
        assert_eq!(list.get(&target).unwrap().tag, Tag::new("fact"));
        assert_ne!(list, before);
    }
}

//! Tags and the workspace's tag set. A tag is its name: files write names, and two
//! workspaces, a teacher's key and a student's work, agree on a tag by its name. The
//! set gives the tags their order (and so their keys, 1 to 9), their look and their
//! definitions.

use crate::model::annotations::annotation::Annotation;
use crate::model::annotations::palette::{next_look, LOOKS};
use crate::model::text::capitalised;
use crate::model::Said;
use serde::{Deserialize, Serialize};
use std::cell::RefCell;
use std::collections::HashSet;
use std::fmt;
use std::rc::Rc;

/// What a reader says a span is: a tag's name, as its set spells it.
///
/// Names are shared: a workspace of 200,000 annotations holds each name once, and
/// two tags are most often compared by their pointers alone.
#[derive(Clone, PartialOrd, Ord)]
pub struct Tag(Rc<str>);

impl PartialEq for Tag {
    fn eq(&self, other: &Tag) -> bool {
        Rc::ptr_eq(&self.0, &other.0) || self.0 == other.0
    }
}

impl Eq for Tag {}

impl std::hash::Hash for Tag {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.0.hash(state);
    }
}

/// Longest tag name, in characters: a tag is a word or two shown on a chip.
pub const MAX_NAME: usize = 40;

/// How many tags have a key (1 to 9); a set may hold more, chosen from a list.
pub const KEYED: usize = 9;

/// Most tags a set holds: a file with more labels is not a tag set.
pub const MAX_TAGS: usize = 100;

thread_local! {
    /// Names seen so far, so that every annotation with a tag points to one string.
    static NAMES: RefCell<HashSet<Rc<str>>> = RefCell::new(HashSet::new());
}

impl Tag {
    /// The tag named `name`, trimmed.
    pub fn new(name: &str) -> Tag {
        let name = name.trim();
        NAMES.with(|names| {
            let mut names = names.borrow_mut();
            if let Some(shared) = names.get(name) {
                return Tag(shared.clone());
            }
            let shared: Rc<str> = name.into();
            // A file of endless labels must not grow the table for ever.
            if names.len() < 10 * MAX_TAGS {
                names.insert(shared.clone());
            }
            Tag(shared)
        })
    }

    /// The tag a file names, if it names one (a name of nothing but spaces does not).
    pub fn read(name: &str) -> Option<Tag> {
        (!name.trim().is_empty()).then(|| Tag::new(name))
    }

    /// The name written in files.
    pub fn name(&self) -> &str {
        &self.0
    }

    /// The name shown to readers: the name with a capital first letter
    /// ("claim" shows as "Claim").
    pub fn label(&self) -> String {
        capitalised(&self.0)
    }

    /// Whether `name` names this tag: case and surrounding spaces do not count.
    pub fn is_named(&self, name: &str) -> bool {
        let name = name.trim();
        if self.0.eq_ignore_ascii_case(name) {
            return true;
        }
        // (Only names beyond ASCII need the slower comparison, which allocates.)
        !(self.0.is_ascii() && name.is_ascii()) && self.0.to_lowercase() == name.to_lowercase()
    }
}

impl fmt::Debug for Tag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", &*self.0)
    }
}

impl fmt::Display for Tag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Serialize for Tag {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Tag {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let name = std::borrow::Cow::<str>::deserialize(deserializer)?;
        Ok(Tag::new(&name))
    }
}

/// One tag of a set: its name, its look (an entry of the palette) and what it means.
#[derive(Clone, Debug, PartialEq)]
pub struct TagDef {
    pub tag: Tag,
    /// An index into [`LOOKS`].
    pub look: usize,
    /// One line for students; may be empty.
    pub definition: Rc<str>,
}

/// The workspace's tags, in order: the first nine have the keys 1 to 9.
///
/// Invariant: names are not empty, at most [`MAX_NAME`] characters, with no control
/// characters, and differ; looks are palette entries; at most [`MAX_TAGS`].
#[derive(Clone, Debug, PartialEq)]
pub struct TagSet(Vec<TagDef>);

/// The four tags every workspace starts with, with their definitions.
const DEFAULTS: [(&str, &str); 4] = [
    ("claim", "A statement that could be argued with or checked: what someone says is so."),
    ("quote", "Words reported as someone's own, in quotation marks or attributed to them."),
    ("framing", "Word choices that cast people or events in a light: names, titles, labels, loaded words."),
    ("fact", "A checkable detail nobody disputes: a date, a place, a number, an event."),
];

impl Default for TagSet {
    /// Claim, quote, framing and fact.
    fn default() -> TagSet {
        TagSet(
            DEFAULTS
                .iter()
                .enumerate()
                .map(|(look, (name, definition))| TagDef {
                    tag: Tag::new(name),
                    look,
                    definition: (*definition).into(),
                })
                .collect(),
        )
    }
}

impl TagDef {
    /// Whether this is one of the four first tags with the definition it starts
    /// with, which the page says in its own language.
    pub fn has_default_definition(&self) -> bool {
        DEFAULTS.iter().any(|(name, definition)| self.tag.name() == *name && *self.definition == **definition)
    }
}

impl TagSet {
    /// A set of these tags, or why it cannot be one (in words for the reader).
    pub fn new(defs: Vec<TagDef>) -> Result<TagSet, Said> {
        if defs.is_empty() {
            return Err(Said::new("tags-none"));
        }
        if defs.len() > MAX_TAGS {
            return Err(Said::new("tags-too-many").number("limit", MAX_TAGS));
        }
        for (n, def) in defs.iter().enumerate() {
            let name = def.tag.name();
            if name.is_empty() {
                return Err(Said::new("tags-unnamed"));
            }
            if name.chars().count() > MAX_NAME {
                return Err(Said::new("tags-name-too-long").text("tag", name).number("limit", MAX_NAME));
            }
            if name.chars().any(char::is_control) {
                return Err(Said::new("tags-name-broken").text("tag", name));
            }
            // (Exactly: names that differ in case alone are refused where a reader
            // names tags, in `tag_edit`; an undo step may hold both for a moment.)
            if defs[..n].iter().any(|other| other.tag == def.tag) {
                return Err(Said::new("tags-same-name").text("tag", name));
            }
        }
        let defs = defs.into_iter().map(|def| TagDef { look: def.look % LOOKS.len(), ..def }).collect();
        Ok(TagSet(defs))
    }

    pub fn iter(&self) -> std::slice::Iter<'_, TagDef> {
        self.0.iter()
    }

    /// The tags, in order.
    pub fn tags(&self) -> impl Iterator<Item = &Tag> + '_ {
        self.0.iter().map(|def| &def.tag)
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn get(&self, tag: &Tag) -> Option<&TagDef> {
        self.position(tag).map(|at| &self.0[at])
    }

    pub fn contains(&self, tag: &Tag) -> bool {
        self.get(tag).is_some()
    }

    /// Where `tag` stands in the set. An annotation's tag most often shares its
    /// name with the set's, so the names' addresses are compared first, and their
    /// letters only if none is the same: asked for every annotation applied, this
    /// compared the letters of every tag before the right one.
    pub fn position(&self, tag: &Tag) -> Option<usize> {
        let shared = self.0.iter().position(|def| Rc::ptr_eq(&def.tag.0, &tag.0));
        shared.or_else(|| self.0.iter().position(|def| &def.tag == tag))
    }

    /// The tag `name` names, however it is capitalised.
    pub fn find(&self, name: &str) -> Option<&Tag> {
        self.tags().find(|tag| tag.is_named(name))
    }

    /// The tag a key (a digit 1 to 9) applies.
    pub fn by_key(&self, key: &str) -> Option<&Tag> {
        let digit = key.parse::<usize>().ok().filter(|d| (1..=KEYED).contains(d) && key.len() == 1)?;
        self.0.get(digit - 1).map(|def| &def.tag)
    }

    /// The key that applies `tag`, if it is one of the first nine.
    pub fn key(&self, tag: &Tag) -> Option<char> {
        self.position(tag).filter(|at| *at < KEYED).and_then(|at| char::from_digit(at as u32 + 1, 10))
    }

    /// The palette entry of `tag` (the first for a tag the set does not hold).
    pub fn look(&self, tag: &Tag) -> usize {
        self.get(tag).map_or(0, |def| def.look)
    }

    pub fn definition(&self, tag: &Tag) -> &str {
        self.get(tag).map_or("", |def| &def.definition)
    }

    /// How many of `annotations` carry each tag, in the set's order.
    pub fn counts<'a>(&self, annotations: impl IntoIterator<Item = &'a Annotation>) -> Vec<usize> {
        let mut counts = vec![0; self.len()];
        for a in annotations {
            if let Some(at) = self.position(&a.tag) {
                counts[at] += 1;
            }
        }
        counts
    }

    /// This set with the tags of `other` it lacks added at its end: the set of the
    /// moment while a change moves spans from old tags to new ones. Not checked as
    /// a set: during a change of case alone it holds both spellings.
    pub fn with_all(&self, other: &TagSet) -> TagSet {
        let mut defs = self.0.clone();
        defs.extend(other.iter().filter(|def| !self.contains(&def.tag)).cloned());
        TagSet(defs)
    }

    /// This set with `def` in place of the tag of the same name.
    pub fn with_def(mut self, def: TagDef) -> TagSet {
        if let Some(at) = self.position(&def.tag) {
            self.0[at] = TagDef { look: def.look % LOOKS.len(), ..def };
        }
        self
    }

    /// This set with `names` it does not hold added at its end (the tags of an
    /// imported file), and the tags added. Names are kept as the file spells them;
    /// one already in the set, however capitalised, is the set's. A name that
    /// cannot be a tag is left out; the caller's records with it are skipped.
    pub fn adding<'a>(&self, names: impl IntoIterator<Item = &'a str>) -> (TagSet, Vec<Tag>) {
        let mut defs = self.0.clone();
        let mut added = Vec::new();
        for name in names {
            let name = name.trim();
            let fits = !name.is_empty()
                && name.chars().count() <= MAX_NAME
                && !name.chars().any(char::is_control)
                && defs.len() < MAX_TAGS;
            if fits && !defs.iter().any(|def| def.tag.is_named(name)) {
                let look = next_look(defs.iter().map(|def| def.look));
                defs.push(TagDef { tag: Tag::new(name), look, definition: "".into() });
                added.push(Tag::new(name));
            }
        }
        (TagSet(defs), added)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_set_has_four_keyed_tags_with_names_labels_and_definitions() {
        let set = TagSet::default();
        let names: Vec<&str> = set.tags().map(Tag::name).collect();
        assert_eq!(names, ["claim", "quote", "framing", "fact"]);
        for (n, tag) in set.tags().enumerate() {
            let key = char::from_digit(n as u32 + 1, 10).unwrap();
            assert_eq!(set.key(tag), Some(key));
            assert_eq!(set.by_key(&key.to_string()), Some(tag));
            assert_eq!(set.find(&tag.label()), Some(tag));
            assert!(!set.definition(tag).is_empty());
        }
        assert_eq!(Tag::new("claim").label(), "Claim");
        assert_eq!(Tag::new("élan").label(), "Élan");
        assert_eq!(Tag::new("مصدر").label(), "مصدر");
        assert_eq!(set.by_key("5"), None);
        assert_eq!(set.by_key("0"), None);
        assert_eq!(set.by_key("12"), None);
    }

    #[test]
    fn names_are_shared_and_compared_without_case() {
        let (a, b) = (Tag::new(" Source "), Tag::new("Source"));
        assert_eq!(a, b);
        assert!(Rc::ptr_eq(&a.0, &b.0));
        assert!(a.is_named("SOURCE"));
        assert!(Tag::new("Émotion").is_named("émotion"));
    }

    #[test]
    fn a_set_refuses_empty_long_duplicate_and_multiline_names() {
        let def = |name: &str| TagDef { tag: Tag::new(name), look: 0, definition: "".into() };
        assert!(TagSet::new(vec![]).is_err());
        assert!(TagSet::new(vec![def("")]).is_err());
        assert!(TagSet::new(vec![def(&"x".repeat(MAX_NAME + 1))]).is_err());
        assert!(TagSet::new(vec![def("a\tb")]).is_err());
        assert!(TagSet::new(vec![def("Source"), def("Source ")])
            .unwrap_err()
            .to_string()
            .contains("two tags"));
        let set = TagSet::new(vec![def("Source"), def("Emotive language"), def("😀")]).unwrap();
        assert_eq!(set.key(&Tag::new("😀")), Some('3'));
    }

    #[test]
    fn adding_names_keeps_the_sets_own_and_gives_new_tags_unused_looks() {
        let set = TagSet::default();
        let (bigger, added) = set.adding(["Omission", "CLAIM", "omission", "", "Source"]);
        assert_eq!(added, vec![Tag::new("Omission"), Tag::new("Source")]);
        assert_eq!(bigger.len(), 6);
        assert_eq!(bigger.look(&Tag::new("Omission")), 4);
        assert_eq!(bigger.look(&Tag::new("Source")), 5);
        assert_eq!(bigger.key(&Tag::new("Source")), Some('6'));
        let counts = bigger.counts(&[]);
        assert_eq!(counts, vec![0; 6]);
        // Nine keyed tags never share a look.
        let (nine, _) = bigger.adding(["a", "b", "c"]);
        let mut looks: Vec<usize> = nine.iter().map(|def| def.look).collect();
        looks.sort_unstable();
        looks.dedup();
        assert_eq!(looks.len(), KEYED);
    }
}

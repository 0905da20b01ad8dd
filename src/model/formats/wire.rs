//! The wire shapes that several of Framelens's own files share: a document (the
//! workspace and exercise files), an annotation (the workspace file and the
//! submission) and an exercise (the exercise file, and the workspace file's
//! `exercise` member). Each file's module adds its own envelope around them.
//!
//! They borrow from the workspace when writing (an export or an autosave of 10,000
//! annotations would otherwise copy every string once more) and own what they read.

use super::ImportError;
use crate::model::classroom::exercise::{Exercise, Role};
use crate::model::i18n::Language;
use crate::model::text::document::{Document, Fingerprint};
use crate::model::text::offsets::CpIndex;
use crate::model::{Annotation, Said, Tag, TagDef, TagSet};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::collections::HashMap;

/// Longest title and instructions read, in bytes: an exercise is read by people.
const MAX_TITLE: usize = 500;
const MAX_INSTRUCTIONS: usize = 20_000;
/// Longest tag definition read, in characters: one line for students.
const MAX_DEFINITION: usize = 300;

/// A document as the files hold it (the workspace file and the exercise file).
#[derive(Serialize, Deserialize)]
pub(super) struct WireDocument<'a> {
    pub(super) title: Cow<'a, str>,
    #[serde(default)]
    pub(super) source: Cow<'a, str>,
    pub(super) fingerprint: Cow<'a, str>,
    pub(super) text: Cow<'a, str>,
}

/// An annotation as the files hold it (the workspace file and the submission).
#[derive(Serialize, Deserialize)]
pub(super) struct WireAnnotation<'a> {
    pub(super) id: String,
    pub(super) document: Cow<'a, str>,
    /// Code points, half-open.
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) tag: Cow<'a, str>,
    #[serde(default)]
    pub(super) note: Cow<'a, str>,
    #[serde(default)]
    pub(super) created: Cow<'a, str>,
    #[serde(default)]
    pub(super) author: Cow<'a, str>,
    /// The annotated text, written for people reading the file and checked on import.
    #[serde(default)]
    pub(super) exact: Option<Cow<'a, str>>,
}

impl<'a> WireDocument<'a> {
    pub(super) fn of(doc: &'a Document) -> WireDocument<'a> {
        WireDocument {
            title: doc.title.as_str().into(),
            source: doc.source.as_str().into(),
            fingerprint: doc.fingerprint().as_str().into(),
            text: doc.text().as_ref().into(),
        }
    }
}

impl<'a> WireAnnotation<'a> {
    /// `a`, with its quoted text from `index` (its document's).
    pub(super) fn of(a: &'a Annotation, index: &CpIndex<'a>) -> WireAnnotation<'a> {
        WireAnnotation { exact: index.slice(a.span).ok().map(Cow::from), ..WireAnnotation::unquoted(a) }
    }

    /// `a` without its quoted text, for a file read back only on its own text
    /// (autosave's journal).
    pub(super) fn unquoted(a: &'a Annotation) -> WireAnnotation<'a> {
        WireAnnotation {
            id: a.id.to_string(),
            document: a.document.as_str().into(),
            start: a.span.start,
            end: a.span.end,
            tag: a.tag.name().into(),
            note: a.note.as_ref().into(),
            created: a.created.as_ref().into(),
            author: a.author.as_ref().into(),
            exact: None,
        }
    }
}

/// An exercise as the files hold it. Articles are named by fingerprint.
#[derive(Serialize, Deserialize)]
pub(super) struct WireExercise<'a> {
    id: Cow<'a, str>,
    title: Cow<'a, str>,
    #[serde(default)]
    instructions: Cow<'a, str>,
    /// Version 1's tag definitions: read, never written.
    #[serde(default, skip_serializing)]
    guide: Option<WireGuide>,
    articles: Vec<Cow<'a, str>>,
    /// "teacher" or "student".
    role: Cow<'a, str>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    student: Option<Cow<'a, str>>,
    /// Whether a student's copy keeps its articles; files written before it
    /// existed read as not locked.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    locked: bool,
    /// The language the teacher made it in ("fr"); none in older files.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    language: Option<Cow<'a, str>>,
}

/// A tag of the set, as Framelens's own files hold it (version 2 on).
#[derive(Serialize, Deserialize)]
pub(super) struct WireTag<'a> {
    name: Cow<'a, str>,
    /// An entry of the palette.
    #[serde(default)]
    look: usize,
    #[serde(default, skip_serializing_if = "str::is_empty")]
    definition: Cow<'a, str>,
}

/// The workspace's tag set as the files hold it.
pub(super) fn wire_tags(set: &TagSet) -> Vec<WireTag<'_>> {
    set.iter()
        .map(|def| WireTag {
            name: def.tag.name().into(),
            look: def.look,
            definition: def.definition.as_ref().into(),
        })
        .collect()
}

/// The tag set a file holds.
pub(super) fn read_tags(wire: Vec<WireTag>) -> Result<TagSet, ImportError> {
    let defs = wire
        .into_iter()
        .map(|t| TagDef {
            tag: Tag::new(&t.name),
            look: t.look,
            definition: t.definition.chars().take(MAX_DEFINITION).collect::<String>().into(),
        })
        .collect();
    TagSet::new(defs).map_err(|why| ImportError(Said::new("file-tags-broken").said("why", why)))
}

/// The definitions of the four first tags, as files of version 1 held them in the
/// exercise; a missing one is read as the default.
#[derive(Deserialize, Default)]
struct WireGuide {
    #[serde(default)]
    claim: String,
    #[serde(default)]
    quote: String,
    #[serde(default)]
    framing: String,
    #[serde(default)]
    fact: String,
}

impl WireGuide {
    /// The default set with these definitions.
    fn tags(self) -> TagSet {
        let given = [self.claim, self.quote, self.framing, self.fact];
        TagSet::default().iter().zip(given).fold(TagSet::default(), |set, (def, given)| {
            let given = given.trim();
            if given.is_empty() {
                set
            } else {
                let definition = given.chars().take(MAX_DEFINITION).collect::<String>().into();
                set.with_def(TagDef { definition, ..def.clone() })
            }
        })
    }
}

impl<'a> WireExercise<'a> {
    pub(super) fn of(exercise: &'a Exercise) -> WireExercise<'a> {
        WireExercise {
            id: exercise.id.as_str().into(),
            title: exercise.title.as_str().into(),
            instructions: exercise.instructions.as_str().into(),
            guide: None,
            articles: exercise.articles.iter().map(|f| f.as_str().into()).collect(),
            role: match exercise.role {
                Role::Teacher => "teacher",
                Role::Student { .. } => "student",
            }
            .into(),
            student: exercise.student().map(Cow::from),
            locked: exercise.locked,
            language: exercise.language.map(|l| l.code().into()),
        }
    }

    /// The tag set a file of version 1 held in its exercise's guide.
    pub(super) fn old_tags(&mut self) -> Option<TagSet> {
        self.guide.take().map(WireGuide::tags)
    }

    /// The exercise as Framelens itself stored it (autosave's journal): its
    /// articles are named by their own fingerprints.
    pub(super) fn read_stored(self) -> Result<Exercise, ImportError> {
        let renamed = self
            .articles
            .iter()
            .map(|name| Ok((name.to_string(), super::journal::stored_fingerprint(name)?)))
            .collect::<Result<_, ImportError>>()?;
        self.read(&renamed)
    }

    /// The exercise, with its articles renamed by `renamed` (the file's fingerprints
    /// to the texts' real ones). Articles it does not name are refused.
    pub(super) fn read(self, renamed: &HashMap<String, Fingerprint>) -> Result<Exercise, ImportError> {
        let refuse = |why| Err(ImportError(Said::new("file-exercise-broken").said("why", Said::new(why))));
        if self.id.trim().is_empty() || self.id.len() > 100 {
            return refuse("exercise-no-id");
        }
        if self.title.len() > MAX_TITLE || self.instructions.len() > MAX_INSTRUCTIONS {
            return refuse("exercise-too-long");
        }
        let mut articles = Vec::with_capacity(self.articles.len());
        for name in &self.articles {
            match renamed.get(name.as_ref()) {
                Some(fingerprint) => articles.push(fingerprint.clone()),
                None => return refuse("exercise-article-missing"),
            }
        }
        let role = match (self.role.as_ref(), self.student) {
            ("teacher", _) => Role::Teacher,
            ("student", name) => Role::Student { name: name.unwrap_or_default().chars().take(100).collect() },
            _ => return refuse("exercise-no-role"),
        };
        Ok(Exercise {
            id: self.id.into_owned(),
            title: self.title.trim().to_owned(),
            instructions: self.instructions.into_owned(),
            articles,
            role,
            locked: self.locked,
            language: self.language.as_deref().and_then(Language::from_code),
        })
    }
}

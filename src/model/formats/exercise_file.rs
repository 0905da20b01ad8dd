//! The exercise file a teacher hands out (`framelens-exercise`): the title,
//! instructions, tag guide and articles, and never the key. The same description of
//! the exercise rides along in the workspace file (the teacher's file, and
//! autosave) as its `exercise` member.

use super::intake::Incoming;
use super::wire::{read_tags, wire_tags, WireDocument, WireExercise, WireTag};
use super::{json_error, newer_version, ImportError};
use crate::model::classroom::exercise::{Exercise, Role};
use crate::model::text::bidi::quoted;
use crate::model::text::document::Document;
use crate::model::{Said, Workspace};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::collections::HashMap;

/// The value of the `format` field of an exercise file.
pub const FORMAT: &str = "framelens-exercise";
/// The version this build writes, and the newest it reads. Version 2 added the
/// tag set; a file of version 1 has the four first tags.
pub const VERSION: u32 = 2;

#[derive(Serialize, Deserialize)]
struct WireFile<'a> {
    format: Cow<'a, str>,
    version: u32,
    exercise: WireExercise<'a>,
    documents: Vec<WireDocument<'a>>,
    /// The teacher's tag set (version 2 on).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    tags: Option<Vec<WireTag<'a>>>,
}

/// The student's file for `exercise`: its articles from `workspace`, no annotations.
pub fn export(workspace: &Workspace, exercise: &Exercise) -> String {
    let handed_out = Exercise { role: Role::Student { name: String::new() }, ..exercise.clone() };
    let documents =
        exercise.articles.iter().filter_map(|f| workspace.document(f)).map(WireDocument::of).collect();
    let wire = WireFile {
        format: FORMAT.into(),
        version: VERSION,
        exercise: WireExercise::of(&handed_out),
        documents,
        tags: Some(wire_tags(workspace.tags())),
    };
    super::json_lines::to_string(&wire, 2)
}

/// Reads an exercise file: its articles, and the exercise as a student's copy. Its
/// texts must match their fingerprints: a changed article would not match the key.
pub fn read(json: &str) -> Result<Incoming, ImportError> {
    let mut wire: WireFile = serde_json::from_str(json).map_err(json_error)?;
    if wire.version > VERSION {
        return Err(ImportError(newer_version(wire.version, VERSION)));
    }
    let mut incoming = Incoming::default();
    let mut renamed = HashMap::new();
    for wd in wire.documents {
        let doc = Document::new(&wd.title, &wd.source, &wd.text).map_err(|error| {
            ImportError(
                Said::new("exercise-article-unread")
                    .text("title", quoted(&wd.title))
                    .said("why", error.said()),
            )
        })?;
        if doc.fingerprint().as_str() != wd.fingerprint {
            return Err(ImportError(Said::new("exercise-article-changed").text("title", quoted(&doc.title))));
        }
        renamed.insert(wd.fingerprint.into_owned(), doc.fingerprint().clone());
        incoming.documents.push(doc);
    }
    incoming.tags = Some(match wire.tags {
        Some(tags) => read_tags(tags)?,
        None => wire.exercise.old_tags().unwrap_or_default(),
    });
    let mut exercise = wire.exercise.read(&renamed)?;
    exercise.role = Role::Student { name: String::new() };
    incoming.exercise = Some(exercise);
    Ok(incoming)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::model::testing::{annotation, workspace_with};
    use crate::model::{Edit, Tag};
    use std::rc::Rc;

    /// A teacher's workspace: one article, a key of one annotation, the exercise.
    pub(crate) fn teacher() -> Workspace {
        let doc = Document::new("Report", "Outlet", "Putin spoke of “special relations” 👋.").unwrap();
        let mut ws = workspace_with(doc.clone(), vec![annotation(1, &doc, 15, 34, Tag::new("quote"))]);
        let exercise = Exercise {
            id: "00000000-0000-4000-8000-00000000000e".into(),
            title: "One <meeting>".into(),
            instructions: "Mark what you see.\n- claims".into(),
            articles: vec![doc.fingerprint().clone()],
            role: Role::Teacher,
            locked: true,
            language: None,
        };
        ws.apply(Edit::SetExercise(Some(Rc::new(exercise)))).unwrap();
        ws
    }

    #[test]
    fn the_students_file_holds_the_articles_and_never_the_key() {
        let ws = teacher();
        let file = export(&ws, ws.exercise().unwrap());
        assert!(!file.contains("\"annotations\""), "{file}");
        assert!(!file.contains("teacher"), "{file}");
        let import =
            crate::model::formats::import(&Workspace::default(), None, "x.json", file.as_bytes()).unwrap();
        let mut student = Workspace::default();
        student.apply(import.edit).unwrap();
        assert_eq!(student.documents(), ws.documents());
        assert!(student.annotation_count() == 0);
        let exercise = student.exercise().unwrap();
        assert_eq!(exercise.role, Role::Student { name: String::new() });
        assert_eq!((exercise.title.as_str(), exercise.articles.len()), ("One <meeting>", 1));
    }

    #[test]
    fn the_teachers_workspace_file_keeps_the_exercise_and_the_key() {
        let ws = teacher();
        let file = crate::model::formats::native::export(&ws);
        let import =
            crate::model::formats::import(&Workspace::default(), None, "x.json", file.as_bytes()).unwrap();
        let mut restored = Workspace::default();
        restored.apply(import.edit).unwrap();
        assert_eq!(restored, ws);
    }

    #[test]
    fn a_changed_article_or_a_broken_exercise_is_refused() {
        let ws = teacher();
        let file = export(&ws, ws.exercise().unwrap());
        let import = |text: &str| {
            crate::model::formats::import(&Workspace::default(), None, "x.json", text.as_bytes())
        };
        let changed = file.replace("special relations", "special ties");
        assert!(import(&changed)
            .unwrap_err()
            .0
            .to_string()
            .contains("was changed after the exercise was made"));
        let fingerprint = ws.documents()[0].fingerprint().as_str();
        let unnamed = file.replace(&format!("\"articles\": [\"{fingerprint}\"]"), "\"articles\": [\"abc\"]");
        assert_ne!(unnamed, file);
        assert!(import(&unnamed)
            .unwrap_err()
            .0
            .to_string()
            .contains("names an article the file does not hold"));
        assert!(import(&file.replace("\"role\": \"student\"", "\"role\": \"admin\""))
            .unwrap_err()
            .0
            .to_string()
            .contains("role"));
    }
}

#[cfg(test)]
mod tag_set_tests {
    use super::tests::teacher;
    use super::*;
    use crate::model::app::{Action, AppState};
    use crate::model::{Edit, Session, Tag, TagDef, TagSet};
    use std::rc::Rc;

    #[test]
    fn a_files_of_version_1_opens_with_the_four_tags_and_its_guide() {
        let ws = teacher();
        let file = export(&ws, ws.exercise().unwrap());
        // As version 1 wrote it: no tag set, the definitions in the exercise's guide.
        let mut old: serde_json::Value = serde_json::from_str(&file).unwrap();
        old.as_object_mut().unwrap().remove("tags").unwrap();
        old["version"] = 1.into();
        old["exercise"]["guide"] = serde_json::json!({"claim": "What someone says is so."});
        let old = old.to_string();
        let import =
            crate::model::formats::import(&Workspace::default(), None, "x.json", old.as_bytes()).unwrap();
        let mut student = Workspace::default();
        student.apply(import.edit).unwrap();
        let names: Vec<&str> = student.tags().tags().map(Tag::name).collect();
        assert_eq!(names, ["claim", "quote", "framing", "fact"]);
        assert_eq!(student.tags().definition(&Tag::new("claim")), "What someone says is so.");
        assert!(student.tags().definition(&Tag::new("fact")).starts_with("A checkable detail"));
    }

    #[test]
    fn the_teachers_own_tags_reach_the_student_who_cannot_change_them() {
        let mut ws = teacher();
        let source = TagDef { tag: Tag::new("Source"), look: 4, definition: "Who is cited.".into() };
        let set = TagSet::new(ws.tags().iter().cloned().chain([source]).collect()).unwrap();
        ws.apply(Edit::SetTags(Rc::new(set.clone()))).unwrap();
        let file = export(&ws, ws.exercise().unwrap());
        let mut student =
            AppState::new(Session::new(Workspace::default()), None, crate::model::testing::english());
        let import =
            crate::model::formats::import(student.session.workspace(), None, "x.json", file.as_bytes());
        student.update(Action::Imported {
            file_name: "x.json".into(),
            import: import.map(|i| Some(Box::new(i))),
        });
        assert_eq!(student.session.workspace().tags(), &set);
        assert_eq!(student.session.workspace().tags().key(&Tag::new("Source")), Some('5'));
        // The student's copy keeps the teacher's tags.
        student.update(Action::Edit(Edit::SetTags(Rc::new(TagSet::default()))));
        assert_eq!(student.session.workspace().tags(), &set);
        assert!(format!("{:?}", student.notice).contains("your teacher's"));
    }

    #[test]
    fn a_doccano_label_the_set_lacks_is_added_and_said() {
        let ws = teacher();
        let text = ws.documents()[0].text();
        let line = format!(
            "{}\n",
            serde_json::json!({"text": text, "label": [[0, 5, "Omission"], [6, 9, "CLAIM"]]})
        );
        let import = crate::model::formats::import(&ws, None, "x.jsonl", line.as_bytes()).unwrap();
        assert_eq!(import.added_tags, [Tag::new("Omission")]);
        let mut after = ws.clone();
        after.apply(import.edit).unwrap();
        let names: Vec<&str> = after.tags().tags().map(Tag::name).collect();
        assert_eq!(names, ["claim", "quote", "framing", "fact", "Omission"]);
        let tags: Vec<&str> = after.annotations().map(|a| a.tag.name()).collect();
        assert!(tags.contains(&"Omission") && tags.contains(&"claim"), "{tags:?}");
    }
}

//! Classroom exercises, with files alone: a teacher makes an exercise of the
//! workspace's articles, hands out a file without the key, and students hand in
//! their annotations as files of their own (see `formats::exercise_file` and
//! `formats::submission`).
//!
//! The exercise lives in the workspace, so that autosave, undo and the workspace
//! file keep it like everything else: the teacher's workspace file is the teacher
//! file, and the teacher's own annotations on the exercise's articles are the key.
//! So this module knows nothing of the workspace: it is a value the workspace carries.

use crate::model::i18n::Language;
use crate::model::text::document::{Document, Fingerprint};
use crate::model::Said;

/// An exercise, as the teacher made it and as a student received it.
#[derive(Clone, Debug, PartialEq)]
pub struct Exercise {
    /// A random UUID, so that a submission is matched to its exercise even when two
    /// exercises share a title.
    pub id: String,
    pub title: String,
    /// Plain text: paragraphs split by empty lines, list items starting with "- ".
    /// Never interpreted as HTML.
    pub instructions: String,
    /// The articles to annotate, in order.
    pub articles: Vec<Fingerprint>,
    pub role: Role,
    /// Whether a student's copy keeps its articles as handed out: no article
    /// added, removed or imported (the teacher's choice; a new exercise is locked).
    pub locked: bool,
    /// The language the teacher made it in: a student's page starts in it (unless
    /// she chose another), and the feedback pages are written in it.
    pub language: Option<Language>,
}

/// Whose copy of the exercise this workspace holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Role {
    /// The teacher's: their annotations on the articles are the key.
    Teacher,
    /// A student's, with the name or pseudonym they hand in under.
    Student { name: String },
}

impl Exercise {
    /// Whether this is a student's copy whose articles cannot change.
    pub fn articles_fixed(&self) -> bool {
        self.locked && self.student().is_some()
    }

    /// The student's name, for a student's copy.
    pub fn student(&self) -> Option<&str> {
        match &self.role {
            Role::Student { name } => Some(name),
            Role::Teacher => None,
        }
    }
}

/// A title for an exercise whose teacher gave none, from its articles' titles
/// and sources: the one article's title, or the outlets compared.
pub fn derived_title(articles: &[&Document]) -> Said {
    match articles {
        [] => Said::new("exercise-untitled"),
        [one] => Said::new("exercise-one").text("title", one.title.as_str()),
        [first, second] => Said::new("exercise-two")
            .text("first", first.source.as_str())
            .text("second", second.source.as_str()),
        [first, second, rest @ ..] => Said::new("exercise-more")
            .text("first", first.source.as_str())
            .text("second", second.source.as_str())
            .number("count", rest.len()),
    }
}

/// A name for files from `text`: letters and digits, the rest as single dashes.
pub fn file_stem(text: &str) -> String {
    let stem: String = text.chars().map(|c| if c.is_alphanumeric() { c } else { '-' }).collect();
    let stem = stem.split('-').filter(|part| !part.is_empty()).collect::<Vec<_>>().join("-");
    if stem.is_empty() {
        "exercise".into()
    } else {
        stem.chars().take(60).collect()
    }
}

/// A piece of the instructions, as the page and the printed feedback show them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    Paragraph(String),
    List(Vec<String>),
}

/// Splits instructions into paragraphs (separated by empty lines; the lines of one
/// paragraph are joined by spaces) and lists (runs of lines starting with "- " or
/// "* ").
pub fn blocks(instructions: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut paragraph: Vec<&str> = Vec::new();
    let flush = |paragraph: &mut Vec<&str>, blocks: &mut Vec<Block>| {
        if !paragraph.is_empty() {
            blocks.push(Block::Paragraph(paragraph.join(" ")));
            paragraph.clear();
        }
    };
    for line in instructions.lines().map(str::trim) {
        if let Some(item) = line.strip_prefix("- ").or_else(|| line.strip_prefix("* ")) {
            flush(&mut paragraph, &mut blocks);
            match blocks.last_mut() {
                Some(Block::List(items)) => items.push(item.trim().to_owned()),
                _ => blocks.push(Block::List(vec![item.trim().to_owned()])),
            }
        } else if line.is_empty() {
            flush(&mut paragraph, &mut blocks);
            // An empty line also ends a list, so the next item starts another.
            blocks.push(Block::Paragraph(String::new()));
        } else {
            paragraph.push(line);
        }
    }
    flush(&mut paragraph, &mut blocks);
    blocks.retain(|block| block != &Block::Paragraph(String::new()));
    blocks
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instructions_are_paragraphs_and_lists_of_plain_text() {
        let text =
            "Read all five reports.\nThen mark:\n\n- every claim\n* every <b>quote</b>\n\nHand in by Friday.";
        assert_eq!(
            blocks(text),
            vec![
                Block::Paragraph("Read all five reports. Then mark:".into()),
                Block::List(vec!["every claim".into(), "every <b>quote</b>".into()]),
                Block::Paragraph("Hand in by Friday.".into()),
            ]
        );
        assert_eq!(blocks(""), vec![]);
        assert_eq!(blocks("- a\n\n- b"), vec![Block::List(vec!["a".into()]), Block::List(vec!["b".into()])]);
    }

    #[test]
    fn an_untitled_exercise_is_named_after_its_articles() {
        let doc = |title: &str, source: &str| Document::new(title, source, title).unwrap();
        let (a, b, c) =
            (doc("Talks in Moscow", "Press TV"), doc("Ties", "Outlet B"), doc("Reset", "Kurdistan24"));
        assert_eq!(derived_title(&[&a]).to_string(), "Talks in Moscow");
        assert_eq!(derived_title(&[&a, &b]).to_string(), "Press TV and Outlet B");
        assert_eq!(derived_title(&[&a, &b, &c]).to_string(), "Press TV, Outlet B and 1 more");
    }
}

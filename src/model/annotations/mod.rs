//! Annotations: tags and their colours, annotations, the typed edits that change a
//! workspace, the workspace itself (the only writer, [`workspace::Workspace::apply`])
//! and its undo history.

pub mod annotation;
pub mod edit;
pub mod history;
pub mod list;
pub mod palette;
pub mod tag_edit;
pub mod tags;
pub mod workspace;

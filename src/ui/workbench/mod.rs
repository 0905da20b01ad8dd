//! The workbench: the article tabs, the text with its highlights, the side panel
//! with the chosen annotation's editor, the toolbar, the exercise above the
//! articles, and the page-wide keys. `layout` and `highlights` are public for the
//! browser tests (tests/web_layout.rs).

pub mod article;
mod caret;
pub mod colours;
pub mod exercise_panel;
pub mod highlights;
pub mod keys;
pub mod layout;
pub mod notices;
pub mod panel;
pub mod selection_bar;
pub mod student_panel;
pub mod tabs;
pub mod tag_style;
pub mod toolbar;

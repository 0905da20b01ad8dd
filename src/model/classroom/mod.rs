//! The classroom: the exercise a workspace carries, the class of submissions read
//! into the teacher's copy, scores against the key, agreement between students,
//! the heatmap and gold layer, quotes shared across articles, and the sample class.

pub mod agreement;
pub mod analytics;
pub mod class;
pub mod exercise;
pub mod feedback_page;
pub mod heatmap;
pub mod quotes;
pub mod sample;
pub mod scoring;

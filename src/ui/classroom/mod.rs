//! The classroom's views, each over the workbench: the teacher's class (scores and
//! feedback), its agreement figures and heatmap, outlets compared in charts, and
//! articles side by side with their shared quotes.

pub mod agreement_view;
pub mod charts;
pub mod class_view;
pub mod gold_to_key;
pub mod heatmap_view;
pub mod side_by_side;

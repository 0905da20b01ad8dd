//! The sample class as files, for the end-to-end test that imports them: the
//! teacher's file, the five students' submissions, and the figures the model
//! computes for them (tests/reference/sample-class/). This test checks that the
//! files are what the app writes and that reading them back gives those figures;
//! the end-to-end test checks that the page shows the same figures.
//!
//! After changing the sample class, rewrite the files with
//! `FRAMELENS_BLESS=1 cargo test --test sample_class`.
#![cfg(not(target_arch = "wasm32"))]

use framelens::model::classroom::analytics::{analyse, Analytics};
use framelens::model::classroom::class::Class;
use framelens::model::classroom::sample;
use framelens::model::formats::{import, native, submission};
use framelens::model::i18n::{Language, Messages};
use framelens::model::Workspace;
use serde_json::{json, Value};
use std::path::PathBuf;

fn folder() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/reference/sample-class")
}

/// Checks that `name` holds `text`, or writes it there when blessing.
fn check(name: &str, text: &str) {
    let path = folder().join(name);
    if std::env::var_os("FRAMELENS_BLESS").is_some() {
        std::fs::create_dir_all(folder()).unwrap();
        std::fs::write(&path, text).unwrap();
    }
    let kept = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert!(kept == text, "{name} is not what the app writes now; see this file's header to rewrite it");
}

/// The figures as the end-to-end test reads them: None (undefined) as null.
fn figures(analytics: &Analytics) -> Value {
    let agreement = |a: &framelens::model::classroom::analytics::ClassAgreement| json!({ "fleiss": a.fleiss, "alpha": a.alpha });
    json!({
        "students": analytics.students,
        "pairwise": analytics.pairwise,
        "overall": agreement(&analytics.overall),
        "perTag": analytics.per_tag.iter().map(agreement).collect::<Vec<_>>(),
        "f1": analytics.f1.iter().map(|f| [f.exact, f.overlap]).collect::<Vec<_>>(),
        "confusion": analytics.confusion,
        "words": analytics.words,
    })
}

#[test]
fn the_sample_class_files_are_what_the_app_writes_and_read_back_to_the_same_figures() {
    let mut teacher = Workspace::default();
    teacher.apply(sample::edit()).unwrap();
    let (edit, submissions) = sample::class(&teacher);
    teacher.apply(edit).unwrap();
    let exercise = teacher.exercise().unwrap().clone();
    check("teacher.json", &native::export(&teacher));

    let files: Vec<(String, Vec<u8>)> = submissions
        .iter()
        .map(|s| {
            let name = format!("{}.framelens-submission.json", s.student.replace(' ', "-"));
            let text = submission::write(s, &exercise, &teacher);
            check(&name, &text);
            (name, text.into_bytes())
        })
        .collect();
    let expected = analyse(&teacher, &exercise, &Class { submissions, ..Class::default() });
    let figures_file = serde_json::to_string_pretty(&figures(&expected)).unwrap() + "\n";
    check("figures.json", &figures_file);

    // The teacher's file, opened elsewhere, reads the students' files to the same class.
    let mut elsewhere = Workspace::default();
    let opened =
        import(&elsewhere, None, "teacher.json", &std::fs::read(folder().join("teacher.json")).unwrap());
    elsewhere.apply(opened.unwrap().edit).unwrap();
    let mut class = Class::default();
    class.hand_in(files, &exercise, &elsewhere, "", 0, &Messages::new(Language::En));
    assert_eq!(class.submissions.len(), 5, "{:?}", class.messages);
    assert_eq!(analyse(&elsewhere, &exercise, &class), expected);
}

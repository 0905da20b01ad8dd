//! No words the page shows are written in `src/ui`'s code: they come from the
//! language files (`www/locales/*.ftl`) through `Words`. This scans the code for
//! what would show as English in every language: text in `html!` (`{ "…" }`), the
//! attributes people read (labels, titles, placeholders) and the page's own notices.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

/// Rust files under `dir`.
fn sources(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

/// The string literals that start right after each `at` in `line`.
fn literal_after<'a>(line: &'a str, at: &str) -> Vec<&'a str> {
    line.match_indices(at)
        .filter_map(|(start, _)| {
            let rest = &line[start + at.len()..];
            rest.find('"').map(|end| &rest[..end])
        })
        .collect()
}

/// Whether people would read `text` as words (not a key name, a class or a sign).
fn is_words(text: &str) -> bool {
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2
        && text != "Framelens"
        && text.contains(|c: char| c.is_alphabetic() && !c.is_ascii_lowercase() || c == ' ')
}

#[test]
fn every_word_the_page_shows_comes_from_the_language_files() {
    let mut files = Vec::new();
    sources(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui"), &mut files);
    let mut found = Vec::new();
    for file in files {
        let code = std::fs::read_to_string(&file).unwrap();
        for (n, line) in code.lines().enumerate() {
            let line = line.trim();
            if line.starts_with("//") {
                continue;
            }
            let shown = [
                "{ \"",
                "aria-label=\"",
                "title=\"",
                "placeholder=\"",
                "fail(\"",
                "Notice::Info(\"",
                "Notice::Error(\"",
                "Notice::Info(format!(\"",
                "Notice::Error(format!(\"",
            ];
            for at in shown {
                for text in literal_after(line, at) {
                    if is_words(text) {
                        found.push(format!("{}:{}: {text:?}", file.display(), n + 1));
                    }
                }
            }
        }
    }
    assert!(found.is_empty(), "words outside the language files:\n{}", found.join("\n"));
}

#[test]
fn the_scan_finds_words_and_leaves_names_of_things() {
    let line = r#"<p title="Tag it">{ "Hello there" }{ "×" }</p>"#;
    let texts: Vec<&str> = [literal_after(line, "{ \""), literal_after(line, "title=\"")].concat();
    assert_eq!(texts, ["Hello there", "×", "Tag it"]);
    assert!(is_words("Hello there") && is_words("Tag it") && is_words("Über"));
    assert!(!is_words("×") && !is_words("k-none") && !is_words("fl-caret") && !is_words("Framelens"));
}

/// The message ids named in `code` outside its tests: `Said::new("id")`, and the
/// first argument of the `Messages` calls (`words.get("id")`, `one("id", …)`,
/// `with("id", …)`).
fn named_ids(code: &str) -> Vec<String> {
    let code = code.split("#[cfg(test)]").next().unwrap_or_default();
    let mut ids = Vec::new();
    for at in ["Said::new(\"", "words.get(\"", "current().get(\"", ".one(\"", ".with(\""] {
        for (start, _) in code.match_indices(at) {
            let rest = &code[start + at.len()..];
            if let Some(end) = rest.find('"') {
                let id = &rest[..end];
                if !id.is_empty()
                    && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                {
                    ids.push(id.to_owned());
                }
            }
        }
    }
    ids
}

#[test]
fn every_message_the_code_names_is_in_the_english_file() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let english = std::fs::read_to_string(root.join("www/locales/en.ftl")).unwrap();
    let known: std::collections::HashSet<&str> =
        english.lines().filter_map(|line| line.split_once(" = ").map(|(id, _)| id.trim())).collect();
    let mut files = Vec::new();
    sources(&root.join("src"), &mut files);
    let mut missing = Vec::new();
    for file in files {
        let code = std::fs::read_to_string(&file).unwrap();
        for id in named_ids(&code) {
            if !known.contains(id.as_str()) {
                missing.push(format!("{}: {id}", file.display()));
            }
        }
    }
    assert!(missing.is_empty(), "messages missing from en.ftl:\n{}", missing.join("\n"));
}

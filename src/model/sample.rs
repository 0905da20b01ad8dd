//! The sample exercise "One meeting, five outlets", compiled into the app so that it
//! opens without any fetch (and so from file:// too). Its files live in www/sample/.

use super::document::Document;
use super::edit::Edit;
use serde::Deserialize;

const MANIFEST: &str = include_str!("../../www/sample/exercise.json");

/// The article files, by the names the manifest uses.
const FILES: [(&str, &str); 5] = [
    ("presstv.txt", include_str!("../../www/sample/presstv.txt")),
    ("outlet-b.txt", include_str!("../../www/sample/outlet-b.txt")),
    ("outlet-c.txt", include_str!("../../www/sample/outlet-c.txt")),
    ("kurdistan24.txt", include_str!("../../www/sample/kurdistan24.txt")),
    ("outlet-e.txt", include_str!("../../www/sample/outlet-e.txt")),
];

#[derive(Deserialize)]
struct Manifest {
    title: String,
    articles: Vec<Article>,
}

#[derive(Deserialize)]
struct Article {
    file: String,
    source: String,
    title: String,
}

/// The exercise's title.
pub fn title() -> String {
    manifest().title
}

/// The articles of the exercise, in the manifest's order.
pub fn documents() -> Vec<Document> {
    manifest()
        .articles
        .into_iter()
        .map(|article| {
            let (_, text) = FILES
                .iter()
                .find(|(name, _)| *name == article.file)
                .unwrap_or_else(|| panic!("the sample manifest names a missing file {}", article.file));
            Document::new(&article.title, &article.source, text).expect("sample articles are valid text")
        })
        .collect()
}

/// The edit that opens the sample exercise in an empty workspace.
pub fn edit() -> Edit {
    Edit::Batch(documents().into_iter().map(Edit::AddDocument).collect())
}

fn manifest() -> Manifest {
    serde_json::from_str(MANIFEST).expect("the sample manifest is valid JSON")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Workspace;

    #[test]
    fn the_sample_opens_five_distinct_articles_with_their_outlets() {
        let mut ws = Workspace::default();
        ws.apply(edit()).unwrap();
        let sources: Vec<&str> = ws.documents().iter().map(|d| d.source.as_str()).collect();
        assert_eq!(sources.len(), 5);
        assert_eq!(sources[0], "Press TV");
        assert_eq!(sources[3], "Kurdistan24");
        assert_eq!(title(), "One meeting, five outlets");
    }

    #[test]
    fn sample_texts_keep_their_non_ascii_characters() {
        let docs = documents();
        let presstv = docs[0].text();
        assert!(presstv.contains('\u{a0}'), "NO-BREAK SPACE survives");
        assert!(presstv.contains('“') && presstv.contains('’'));
        assert!(docs.iter().all(|d| !d.text().contains('\r')));
        let longest = docs.iter().map(Document::len).max().unwrap();
        assert!(longest > 9_000, "Kurdistan24 is about 9.7k characters");
    }
}

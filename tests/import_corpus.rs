//! Imports a corpus of files written by hand: other tools' documented shapes, and
//! malformed and hostile files. A broken file must give a clear error and change
//! nothing; a file with some bad records must say which and why; text from a file
//! is kept as text, markup and all.
#![cfg(not(target_arch = "wasm32"))]

use framelens::model::formats::{import, Import, ImportError};
use framelens::model::text::offsets::CpIndex;
use framelens::model::{Document, Edit, Tag, Workspace};

fn corpus(name: &str) -> Vec<u8> {
    std::fs::read(format!("{}/tests/corpus/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn check(workspace: &Workspace, name: &str) -> Result<Import, ImportError> {
    import(workspace, None, name, &corpus(name))
}

/// The merged workspace's annotations as (quoted text, tag, note).
fn applied(workspace: &Workspace, import: Import) -> (Workspace, Vec<(String, Tag, String)>) {
    let mut after = workspace.clone();
    after.apply(import.edit).unwrap();
    let mut seen = Vec::new();
    for doc in after.documents() {
        let index = CpIndex::new(doc.text());
        for a in after.annotations_of(doc.fingerprint()) {
            seen.push((index.slice(a.span).unwrap().to_owned(), a.tag.clone(), a.note.to_string()));
        }
    }
    (after, seen)
}

#[test]
fn doccano_jsonl_written_in_its_documented_shape() {
    let import = check(&Workspace::default(), "doccano-by-hand.jsonl").unwrap();
    assert_eq!((import.documents, import.annotations), (2, 4));
    assert!(import.warnings.is_empty(), "{:?}", import.warnings);
    let (_, seen) = applied(&Workspace::default(), import);
    let texts: Vec<(&str, Tag)> = seen.iter().map(|(t, tag, _)| (t.as_str(), tag.clone())).collect();
    assert_eq!(
        texts,
        [
            ("EU officials met in Brussels 🇪🇺 on Monday", Tag::new("fact")),
            ("\"a turning point\"", Tag::new("quote")),
            ("turning point", Tag::new("framing")),
            ("critics said little changed", Tag::new("claim")),
        ]
    );
}

#[test]
fn label_studio_json_written_in_its_documented_shape() {
    let import = check(&Workspace::default(), "label-studio-by-hand.json").unwrap();
    assert_eq!((import.documents, import.annotations), (1, 2));
    assert!(import.warnings.is_empty() && import.orphans.is_empty(), "{import:?}");
    let (after, seen) = applied(&Workspace::default(), import);
    assert_eq!(
        seen,
        [
            ("Talks in Damascus 🇸🇾".to_owned(), Tag::new("fact"), String::new()),
            (
                "called them \"constructive\"".to_owned(),
                Tag::new("quote"),
                "A word chosen to sound hopeful.".to_owned()
            ),
        ]
    );
    // The CRLF of the file is stored as LF, and the spans moved with it.
    assert!(!after.documents()[0].text().contains('\r'));
    assert_eq!(after.annotations().next().unwrap().author.as_ref(), "Label Studio user 1");
}

/// Each case: a file, and the start of the error it must give.
#[test]
fn broken_files_are_refused_and_change_nothing() {
    let cases = [
        ("truncated.jsonld", "this is not a valid file: line 15"),
        ("wrong-types.json", "this is not a valid file: line 1, column"),
        ("not-ours.json", "this JSON is none of the formats Framelens reads"),
    ];
    for (name, start) in cases {
        let error = check(&Workspace::default(), name).unwrap_err();
        assert!(error.0.to_string().starts_with(start), "{name} gave {error}");
    }
}

#[test]
fn binary_and_damaged_files_are_refused() {
    let noise: Vec<u8> = (0..4096u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
    let cases: [(&str, Vec<u8>, &str); 5] = [
        ("photo.json", noise.clone(), "this is not a text file"),
        ("photo.csv", [b"tag,text\n".as_slice(), &noise].concat(), "this is not a text file"),
        ("archive.zip", noise, "this is not a ZIP archive"),
        ("cut.zip", b"PK\x03\x04\x14\x00\x00\x00".to_vec(), "this is not a ZIP archive"),
        ("lonely.ann", b"T1\tClaim 0 3\tabc\n".to_vec(), "a brat .ann file is read with its .txt"),
    ];
    for (name, bytes, start) in cases {
        let error = import(&Workspace::default(), None, name, &bytes).unwrap_err();
        assert!(error.0.to_string().starts_with(start), "{name} gave {error}");
    }
}

#[test]
fn large_inputs_are_read_or_refused_without_harm() {
    // 50 MB of one valid JSON array that is no known format.
    let mut big = String::with_capacity(50 * 1_048_576 + 2);
    big.push('[');
    while big.len() < 50 * 1_048_576 {
        big.push_str("1234567890,");
    }
    big.push_str("0]");
    let error = import(&Workspace::default(), None, "big.json", big.as_bytes()).unwrap_err();
    assert!(error.0.to_string().starts_with("this JSON is none of the formats"), "{error}");
    // A 50 MB article inside a doccano line is over the size of one article.
    let line =
        format!("{{\"text\": \"{}\", \"label\": [[0, 3, \"claim\"]]}}", "word ".repeat(10 * 1_048_576));
    let import = import(&Workspace::default(), None, "big.jsonl", line.as_bytes()).unwrap();
    assert_eq!((import.documents, import.annotations), (0, 0));
    assert!(
        import.warnings[0].to_string().contains("larger than 8 MB, the most one article may hold"),
        "{:?}",
        import.warnings
    );
    // Over the limit, the file is refused before it is parsed.
    let huge = vec![b' '; 65 * 1_048_576];
    let error =
        framelens::model::formats::import(&Workspace::default(), None, "huge.json", &huge).unwrap_err();
    assert!(error.0.to_string().contains("larger than 64 MB"), "{error}");
}

#[test]
fn bad_offsets_are_skipped_one_by_one_with_their_reason() {
    let import = check(&Workspace::default(), "offsets-bad.jsonl").unwrap();
    assert_eq!((import.documents, import.annotations), (1, 1));
    let reasons = import.warnings.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n");
    for expected in [
        "line 1, label 2: skipped, its offsets 9 and 2 are empty or reversed",
        "line 1, label 3: skipped, offset 999 is past the end of the text (19) (counted in UTF-16 units)",
        "line 1, label 4: skipped, offset 12 falls inside a character (counted in UTF-16 units)",
        "line 1, label 5: skipped, its offsets are not two whole numbers",
        "line 1, label 6: skipped, it has no label",
    ] {
        assert!(reasons.contains(expected), "missing {expected:?} in:\n{reasons}");
    }

    let import = check(&Workspace::default(), "offsets-bad-label-studio.json").unwrap();
    // A label the workspace lacks becomes a tag of its own.
    assert_eq!((import.documents, import.annotations), (1, 2));
    assert_eq!(import.added_tags, [Tag::new("Sentiment")]);
    let reasons = import.warnings.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n");
    for expected in [
        "task 1, annotation 1, result 2: skipped, it has neither offsets in order nor text",
        "task 1, annotation 1, result 4: skipped, it has neither offsets in order nor text",
        "task 2: skipped, its data holds no text",
    ] {
        assert!(reasons.contains(expected), "missing {expected:?} in:\n{reasons}");
    }
    // A region past the end of its text, with no text to find it by, is listed.
    assert_eq!(import.orphans.len(), 1, "{:?}", import.orphans);
    assert_eq!(import.orphans[0].at.to_string(), "task 1, annotation 1, result 3");
}

#[test]
fn markup_in_every_field_is_kept_as_plain_text() {
    let import = check(&Workspace::default(), "hostile.json").unwrap();
    let (after, seen) = applied(&Workspace::default(), import);
    let doc = &after.documents()[0];
    assert_eq!(doc.title, "<b onmouseover=alert(1)>Title</b>");
    assert_eq!(doc.source, "<iframe src=javascript:alert(1)>");
    assert_eq!(seen[0].0, "<img src=x onerror=\"document.title='pwned'\">");
    assert_eq!(seen[0].2, "<a href=javascript:alert(1)>click</a> & <style>*{display:none}</style>");
    assert_eq!(after.annotations().next().unwrap().author.as_ref(), "<svg onload=alert(1)>");

    // The CSV names no open article, so its row is placed by its quoted text.
    let import = check(&after, "hostile.csv").unwrap();
    assert_eq!(import.annotations, 1, "{import:?}");
    let (after, _) = applied(&after, import);
    let row = after.annotations().find(|a| a.tag == Tag::new("claim") && a.note.starts_with('=')).unwrap();
    assert_eq!(row.note.as_ref(), "=HYPERLINK(\"javascript:alert(1)\")");
    assert_eq!(CpIndex::new(doc.text()).slice(row.span).unwrap(), "Officials <script>alert(1)</script>");
}

#[test]
fn an_export_of_another_text_lists_what_it_cannot_place() {
    let mine = Document::new("Mine", "", "A text about something else entirely, with other words.").unwrap();
    let mut workspace = Workspace::default();
    workspace.apply(Edit::AddDocument(mine.clone())).unwrap();
    let import = check(&workspace, "hostile.csv").unwrap();
    assert_eq!(import.annotations, 0);
    assert_eq!(import.orphans.len(), 1);
    assert!(import.orphans[0].reason.to_string().contains("is not in the article"), "{:?}", import.orphans);
}

/// A W3C or CSV export of an article that is not open is placed only where its
/// quote and context are found exactly: never on a near match in an unrelated
/// article (here "Damascus ha" in Press TV's for "Damascus 🇸🇾").
#[test]
fn records_of_an_article_not_open_are_never_placed_on_a_near_match_elsewhere() {
    use framelens::model::classroom::sample;
    use framelens::model::formats::{csv, w3c};
    use framelens::model::{Annotation, AnnotationId, Span};
    let text = "The minister waves 👋🏽 at the summit in Damascus 🇸🇾 and says “we will rebuild” — a promise.";
    let theirs = Document::new("Elsewhere", "Another outlet", text).unwrap();
    let at = text.chars().collect::<Vec<_>>();
    let start = at.windows(8).position(|w| w.iter().collect::<String>() == "Damascus").unwrap();
    let mut exported = Workspace::default();
    exported.apply(Edit::AddDocument(theirs.clone())).unwrap();
    let fact = Annotation {
        id: AnnotationId(1),
        document: theirs.fingerprint().clone(),
        span: Span::new(start, start + 11),
        tag: Tag::new("fact"),
        note: "".into(),
        created: "2025-10-15T12:00:00Z".into(),
        author: "".into(),
    };
    exported.apply(Edit::AddAnnotation(fact)).unwrap();
    let mut sample_only = Workspace::default();
    sample_only.apply(sample::edit()).unwrap();
    for (name, file) in
        [("elsewhere.jsonld", w3c::export(&exported, "x")), ("elsewhere.csv", csv::export(&exported))]
    {
        let import = import(&sample_only, None, name, file.as_bytes()).unwrap();
        assert_eq!(import.annotations, 0, "{name}");
        assert_eq!(import.orphans.len(), 1, "{name}");
        assert!(
            import.orphans[0].reason.to_string().contains("no near match was tried"),
            "{name}: {:?}",
            import.orphans
        );
        // With its article open, it is placed.
        let mut with_it = sample_only.clone();
        with_it.apply(Edit::AddDocument(theirs.clone())).unwrap();
        let import = framelens::model::formats::import(&with_it, None, name, file.as_bytes()).unwrap();
        let (_, seen) = applied(&with_it, import);
        assert_eq!(seen, [("Damascus 🇸🇾".to_owned(), Tag::new("fact"), String::new())], "{name}");
    }
}

/// Records on words already tagged alike keep their notes: each different note
/// stays, as an annotation beside the one here; only true duplicates are left
/// out, and the message counts both.
#[test]
fn every_note_is_kept_and_only_true_duplicates_are_left_out() {
    let doc = Document::new("Report", "Outlet", "The minister said the talks were productive.").unwrap();
    let mut workspace = Workspace::default();
    workspace.apply(Edit::AddDocument(doc.clone())).unwrap();
    let first = import(&workspace, None, "a.csv", b"tag,text,note\nclaim,talks were productive,\n").unwrap();
    workspace.apply(first.edit).unwrap();
    let colleagues = "tag,text,note,author\n\
        claim,talks were productive,Whose word is this?,Ana\n\
        claim,talks were productive,Check the ministry's statement,Ben\n\
        claim,talks were productive,,\n";
    let import = import(&workspace, None, "b.csv", colleagues.as_bytes()).unwrap();
    assert_eq!(import.annotations, 2);
    assert_eq!(
        import.notes.iter().map(ToString::to_string).collect::<Vec<_>>(),
        [
            "2 annotations are on words already tagged alike here, with other notes, so they are kept beside those",
            "1 annotation was here already, and was left out",
        ]
    );
    let (_, seen) = applied(&workspace, import);
    let mut notes: Vec<&str> = seen.iter().map(|(_, _, note)| note.as_str()).collect();
    notes.sort();
    assert_eq!(notes, ["", "Check the ministry's statement", "Whose word is this?"]);
}

/// Label Studio's JSON-MIN export (tasks flattened, regions under the control's
/// name) is read as Label Studio's, not taken for doccano.
#[test]
fn label_studio_json_min_is_read_with_its_annotators() {
    let import = check(&Workspace::default(), "label-studio-min.json").unwrap();
    assert_eq!((import.documents, import.annotations), (2, 2), "{:?}", import.warnings);
    assert!(import.warnings.is_empty(), "{:?}", import.warnings);
    let (after, mut seen) = applied(&Workspace::default(), import);
    seen.sort();
    assert_eq!(
        seen,
        [
            ("The minister".to_owned(), Tag::new("framing"), String::new()),
            ("the talks were productive".to_owned(), Tag::new("claim"), String::new())
        ]
    );
    assert!(after.annotations().all(|a| a.author.as_ref() == "Label Studio user 1"));
    assert_eq!(after.documents()[0].title, "Report");
}

/// An article without annotations is exported as a task with no annotation entry,
/// so that Label Studio shows it as still to do.
#[test]
fn label_studio_tasks_without_annotations_have_no_annotation_entry() {
    use framelens::model::formats::label_studio;
    let mut workspace = Workspace::default();
    workspace.apply(Edit::AddDocument(Document::new("T", "S", "Nothing tagged here.").unwrap())).unwrap();
    let tasks: serde_json::Value = serde_json::from_str(&label_studio::export(&workspace)).unwrap();
    assert!(tasks[0].get("annotations").is_none(), "{tasks}");
}

/// A CSV saved as UTF-16 ("Unicode text") or by an older Windows program
/// (Windows-1252) imports, and the message says how it was read.
#[test]
fn csv_in_utf16_or_windows_1252_is_read_and_said_so() {
    let doc = Document::new("Report", "Outlet", "Le ministre a dit « très productif », puis il est parti.")
        .unwrap();
    let mut workspace = Workspace::default();
    workspace.apply(Edit::AddDocument(doc)).unwrap();
    let csv = "tag,text,note\nclaim,« très productif »,café\n";
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(csv.encode_utf16().flat_map(u16::to_le_bytes));
    let windows: Vec<u8> = b"tag,text,note\nclaim,\xAB tr\xE8s productif \xBB,caf\xE9\n".to_vec();
    for (bytes, said) in [(utf16, "UTF-16"), (windows, "Windows-1252")] {
        let import = import(&workspace, None, "notes.csv", &bytes).unwrap();
        assert_eq!(import.annotations, 1, "{said}: {:?}", import.orphans);
        assert!(import.notes.iter().any(|n| n.to_string().contains(said)), "{said}: {:?}", import.notes);
        let (_, seen) = applied(&workspace, import);
        assert_eq!(seen, [("« très productif »".to_owned(), Tag::new("claim"), "café".to_owned())]);
    }
}

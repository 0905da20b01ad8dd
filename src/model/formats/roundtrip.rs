//! Property tests across every format: random workspaces (emoji with modifiers,
//! flags, right-to-left scripts, combining marks, line breaks, hostile notes) are
//! exported and imported again, and what comes back is what the format can hold.

use super::{import, Format};
use crate::model::annotations::palette::LOOKS;
use crate::model::text::offsets::{snap_to_graphemes, CpIndex, Span};
use crate::model::{Annotation, AnnotationId, Document, Edit, Tag, TagDef, TagSet, Workspace};
use std::collections::HashSet;
use std::rc::Rc;

/// A small deterministic random source (xorshift64*), so failures repeat.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const PIECES: &[&str] = &[
    "The minister said ",
    "“talks went well”",
    ", ",
    "👋🏽 ",
    "🇸🇾 ",
    "مرحبا بالعالم ",
    "שלום עולם ",
    "cafe\u{301} ",
    "e\u{301}\u{302}x ",
    "日本語の文章。",
    "\n",
    "\n\n",
    "a \"plain\" quote ",
    "tabs\tand  spaces ",
    "numbers 1,234.5 ",
    "<b>not bold</b> ",
    "=SUM(A1) ",
];

const NOTES: &[&str] = &[
    "",
    "",
    "a note",
    "with, commas and \"quotes\"",
    "two\nlines",
    "=HYPERLINK(\"http://x\")",
    "<script>alert(1)</script>",
    "'-leading apostrophe",
    "emoji 👋🏽 and עברית",
];

fn random_document(random: &mut Random, n: usize) -> Document {
    let mut text = format!("Article {n}. ");
    for _ in 0..20 + random.below(60) {
        text.push_str(random.pick(PIECES));
    }
    Document::new(&format!("Title {n} “quoted” <i>x</i>"), random.pick(&["Outlet, Inc.", "", "a/b"]), &text)
        .unwrap()
}

/// Tag names as teachers and researchers write them.
const TAG_NAMES: &[&str] = &[
    "claim",
    "quote",
    "Source",
    "Emotive language",
    "élan vital",
    "مصدر",
    "😀 mood",
    "Number without a source",
    "Omission",
    "Ça, c'est « cadré »",
    "Фрейм",
    "a \"quoted\" <tag>",
    "=1+1",
];

/// A set of 1 to 12 of [`TAG_NAMES`], in a random order, with random looks.
fn random_tags(random: &mut Random) -> TagSet {
    let mut names: Vec<&str> = TAG_NAMES.to_vec();
    let mut defs = Vec::new();
    for _ in 0..1 + random.below(12) {
        let name = names.remove(random.below(names.len()));
        let definition = random.pick(&["", "One line.", "Des « mots »"]).into();
        defs.push(TagDef { tag: Tag::new(name), look: random.below(LOOKS.len()), definition });
    }
    TagSet::new(defs).unwrap()
}

fn random_workspace(seed: u64) -> Workspace {
    let mut random = Random(seed);
    let mut workspace = Workspace::default();
    let tags = random_tags(&mut random);
    workspace.apply(Edit::SetTags(Rc::new(tags.clone()))).unwrap();
    let tags: Vec<Tag> = tags.tags().cloned().collect();
    for n in 0..1 + random.below(3) {
        let doc = random_document(&mut random, n);
        workspace.apply(Edit::AddDocument(doc.clone())).unwrap();
        let mut taken = HashSet::new();
        for _ in 0..random.below(25) {
            let start = random.below(doc.len() - 1);
            let end = start + 1 + random.below((doc.len() - start).min(60));
            let span = snap_to_graphemes(doc.text(), Span::new(start, end));
            let tag = tags[random.below(tags.len())].clone();
            // Only spans with something besides line breaks: brat has nowhere to
            // put a span of nothing but line breaks.
            let text = CpIndex::new(doc.text()).slice(span).unwrap().to_owned();
            if text.trim().is_empty() || !taken.insert((span, tag.clone())) {
                continue;
            }
            let annotation = Annotation {
                id: AnnotationId::from_random(u128::from(random.next()) << 64 | u128::from(random.next())),
                document: doc.fingerprint().clone(),
                span,
                tag,
                note: random.pick(NOTES).into(),
                created: "2026-11-24T10:00:00Z".into(),
                author: random.pick(&["", "Sam", "Ana, B."]).into(),
            };
            workspace.apply(Edit::AddAnnotation(annotation)).unwrap();
        }
    }
    workspace
}

/// The workspace's documents without their annotations: where formats that do not
/// carry the text are imported.
fn texts_only(workspace: &Workspace) -> Workspace {
    let mut bare = Workspace::default();
    bare.apply(Edit::SetTags(workspace.shared_tags())).unwrap();
    for doc in workspace.documents() {
        bare.apply(Edit::AddDocument(doc.clone())).unwrap();
    }
    bare
}

/// Exports `workspace` in `format`, imports it into `into`, and returns the result.
fn round_trip(workspace: &Workspace, format: Format, into: Workspace) -> Workspace {
    let file = format.export(workspace, &english());
    let import = import(&into, None, format.file_name(), &file)
        .unwrap_or_else(|e| panic!("{format:?} does not read back: {e}"));
    assert!(import.warnings.is_empty(), "{format:?}: {:?}", import.warnings);
    assert!(import.orphans.is_empty(), "{format:?}: {:?}", import.orphans);
    let mut result = into;
    result.apply(import.edit).unwrap();
    result
}

/// The parts of an annotation a format keeps, in a comparable order.
type Kept = (String, Span, String, String, String, String, Option<AnnotationId>);
type Keep = fn(&Annotation) -> Kept;

fn kept(workspace: &Workspace, keep: Keep) -> Vec<Kept> {
    let mut all: Vec<Kept> = workspace.annotations().map(keep).collect();
    all.sort_by(|a, b| (&a.0, a.1, &a.2).cmp(&(&b.0, b.1, &b.2)));
    all
}

fn everything(a: &Annotation) -> Kept {
    (
        a.document.to_string(),
        a.span,
        a.tag.to_string(),
        a.note.to_string(),
        a.author.to_string(),
        a.created.to_string(),
        Some(a.id),
    )
}

fn spans_and_tags(a: &Annotation) -> Kept {
    (a.document.to_string(), a.span, a.tag.to_string(), String::new(), String::new(), String::new(), None)
}

/// A tag as a format that writes labels keeps it: whatever its case.
fn label(tag: &Tag) -> String {
    tag.name().to_lowercase()
}

fn with_notes(a: &Annotation) -> Kept {
    (
        a.document.to_string(),
        a.span,
        label(&a.tag),
        a.note.to_string(),
        String::new(),
        String::new(),
        Some(a.id),
    )
}

fn with_one_line_notes(a: &Annotation) -> Kept {
    let note = a.note.replace(['\n', '\t'], " ");
    (a.document.to_string(), a.span, label(&a.tag), note, String::new(), String::new(), None)
}

/// The workspace as brat can hold it: no line breaks or tabs at the edges of spans.
fn without_edge_line_breaks(workspace: &Workspace) -> Workspace {
    let mut trimmed = texts_only(workspace);
    for a in workspace.annotations() {
        let text = workspace.document(&a.document).unwrap().text();
        let chars: Vec<char> = text.chars().collect();
        let mut span = a.span;
        while matches!(chars[span.start], '\n' | '\t') {
            span.start += 1;
        }
        while matches!(chars[span.end - 1], '\n' | '\t') {
            span.end -= 1;
        }
        trimmed.apply(Edit::AddAnnotation(Annotation { span, ..a.clone() })).unwrap();
    }
    trimmed
}

#[test]
fn every_format_round_trips_what_it_can_hold() {
    for seed in 1..=60 {
        let ws = random_workspace(seed);
        let back = round_trip(&ws, Format::Workspace, Workspace::default());
        assert_eq!(back.documents(), ws.documents(), "seed {seed}");
        assert_eq!(back.tags(), ws.tags(), "seed {seed}");
        assert_eq!(kept(&back, everything), kept(&ws, everything), "seed {seed}");
        for format in [Format::W3c, Format::Csv] {
            let back = round_trip(&ws, format, texts_only(&ws));
            assert_eq!(kept(&back, everything), kept(&ws, everything), "{format:?}, seed {seed}");
            assert_eq!(back.tags(), ws.tags(), "{format:?}, seed {seed}");
        }
        let cases: [(Format, Keep); 3] = [
            (Format::Doccano, spans_and_tags),
            (Format::LabelStudio, with_notes),
            (Format::Brat, with_one_line_notes),
        ];
        for (format, keep) in cases {
            let back = round_trip(&ws, format, Workspace::default());
            let texts =
                |w: &Workspace| w.documents().iter().map(|d| d.text().to_string()).collect::<Vec<_>>();
            assert_eq!(texts(&back), texts(&ws), "{format:?}, seed {seed}");
            let expected = if format == Format::Brat { without_edge_line_breaks(&ws) } else { ws.clone() };
            assert_eq!(kept(&back, keep), kept(&expected, keep), "{format:?}, seed {seed}");
        }
    }
}

#[test]
fn a_w3c_page_read_an_annotation_at_a_time_gives_what_its_items_read_whole_give() {
    for seed in 1..=30 {
        let ws = random_workspace(seed);
        let page = Format::W3c.export(&ws, &english());
        // The same annotations as a bare array, which is read as one tree.
        let value: serde_json::Value = serde_json::from_slice(&page).unwrap();
        let array = serde_json::to_vec(&value["first"]["items"]).unwrap();
        for into in [texts_only(&ws), Workspace::default()] {
            let one_by_one = import(&into, None, "a.jsonld", &page).unwrap();
            assert_eq!(one_by_one, import(&into, None, "a.jsonld", &array).unwrap(), "seed {seed}");
        }
    }
    // A broken item is skipped with its reason either way.
    let page = br#"{"type": "AnnotationPage", "items": [{"type": "Annotation"}, 7]}"#;
    let array = br#"[{"type": "Annotation"}, 7]"#;
    let empty = Workspace::default();
    assert_eq!(
        import(&empty, None, "a.jsonld", page).unwrap(),
        import(&empty, None, "a.jsonld", array).unwrap()
    );
}

#[test]
fn importing_an_export_into_its_own_workspace_adds_nothing() {
    let ws = random_workspace(7);
    for format in
        [Format::Workspace, Format::W3c, Format::Csv, Format::Doccano, Format::LabelStudio, Format::Brat]
    {
        let import = import(&ws, None, format.file_name(), &format.export(&ws, &english())).unwrap();
        assert_eq!((import.documents, import.annotations), (0, 0), "{format:?}");
    }
}

/// Folds what re-anchoring may change: whitespace runs and typographic quotes.
fn folded(text: &str) -> String {
    let plain: String = text.chars().map(|c| if "“”".contains(c) { '"' } else { c }).collect();
    plain.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn annotations_follow_their_words_into_an_edited_text() {
    for seed in 1..=40 {
        let ws = random_workspace(seed);
        // The same articles, re-pasted: a paragraph added on top, quotes made
        // straight, single spaces doubled.
        let mut edited = Workspace::default();
        for doc in ws.documents() {
            let text = format!(
                "A new first paragraph.\n\n{}",
                doc.text().replace(['“', '”'], "\"").replace(". ", ".  ")
            );
            edited.apply(Edit::AddDocument(Document::new(&doc.title, &doc.source, &text).unwrap())).unwrap();
        }
        for format in [Format::W3c, Format::Csv] {
            let file = format.export(&ws, &english());
            let import = import(&edited, None, format.file_name(), &file).unwrap();
            let mut result = edited.clone();
            result.apply(import.edit).unwrap();
            // Every annotation is placed on the same words, or said to be orphaned.
            assert_eq!(import.annotations + import.orphans.len(), ws.annotation_count(), "seed {seed}");
            for a in result.annotations() {
                let original = ws.annotation(a.id).unwrap();
                let old = ws.document(&original.document).unwrap();
                let new = result.document(&a.document).unwrap();
                let was = CpIndex::new(old.text()).slice(original.span).unwrap().to_owned();
                let is = CpIndex::new(new.text()).slice(a.span).unwrap().to_owned();
                assert_eq!(folded(&is), folded(&was), "{format:?}, seed {seed}");
                assert_eq!(new.title, old.title, "{format:?}, seed {seed}: placed in another article");
            }
            // Orphans only for short quotes that changed or repeat: never most.
            assert!(import.orphans.len() * 4 <= ws.annotation_count(), "seed {seed}: {:?}", import.orphans);
        }
    }
}

/// The words the files of these tests are written with.
fn english() -> crate::model::i18n::Messages {
    crate::model::i18n::Messages::new(crate::model::i18n::Language::En)
}

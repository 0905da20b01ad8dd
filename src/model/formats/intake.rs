//! The one path from a parsed file into the workspace. Every importer reads its
//! format into [`Incoming`] (texts the file carries, and records that say what to
//! annotate), and [`merge_in_pieces`] decides, the same way for every format, which
//! text each record belongs to, where in it, and whether it is new.

use super::Import;
use crate::model::text::anchor::{Placement, Quote, Text};
use crate::model::{
    Annotation, AnnotationId, Document, Edit, Exercise, Fingerprint, Said, Span, Tag, TagSet, Workspace,
};
use serde_json::Value;
use std::collections::{HashMap, HashSet};
use std::future::Future;
use std::rc::Rc;

/// What an importer read, before it meets the workspace.
#[derive(Debug, Default)]
pub struct Incoming {
    /// Texts the file carries in full.
    pub documents: Vec<Document>,
    pub records: Vec<Record>,
    /// Parts of the file that were skipped, and why.
    pub warnings: Vec<Said>,
    /// What the reader should know of what was read, though nothing was skipped.
    pub notes: Vec<Said>,
    /// The classroom exercise the file is for (an exercise file, or a workspace file
    /// that has one).
    pub exercise: Option<Exercise>,
    /// The tag set the file carries (Framelens's own files), with its order, looks
    /// and definitions.
    pub tags: Option<TagSet>,
}

/// One annotation as a file states it.
#[derive(Debug)]
pub struct Record {
    /// Where it is in the file, for messages: "line 4", "task 2, result 3".
    pub at: Said,
    pub target: Target,
    /// Code points in the target's text, when the format gives a position.
    pub span: Option<Span>,
    pub quote: Option<Quote>,
    pub tag: Tag,
    pub note: String,
    pub author: String,
    pub created: String,
    /// Formats without ids of their own get one derived from the record, so that
    /// importing the same file twice adds nothing the second time.
    pub id: Option<AnnotationId>,
}

/// Which text a record belongs to.
#[derive(Debug)]
pub enum Target {
    /// A text with this fingerprint, carried by the file or already open.
    Text(Fingerprint),
    /// A text the file only names: it is searched for among the open articles,
    /// those of the same title first, then the one on screen, then the rest.
    Named { fingerprint: Option<String>, title: Option<String> },
}

/// A record that could not be placed, kept for the reader to see.
#[derive(Clone, Debug, PartialEq)]
pub struct Orphan {
    pub at: Said,
    pub tag: Tag,
    pub quote: String,
    pub note: String,
    pub reason: Said,
}

/// How far a merge has come: records placed, of how many.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Progress {
    pub done: usize,
    /// 0 while nothing is counted yet (the file is still being read).
    pub total: usize,
    /// Still reading the file's annotations, before placing them.
    pub reading: bool,
}

/// Merges what a file holds into `workspace` as one edit: new texts are added,
/// records are placed (re-anchored where their text changed), and what is already
/// there is left as it is. Hands over after each record to `pause`, which may wait
/// (the page lets the browser draw and take input there) and says whether to go
/// on; None when it said stop, and nothing was merged.
pub async fn merge_in_pieces<P: Future<Output = bool>>(
    workspace: &Workspace,
    current: Option<&Fingerprint>,
    incoming: Incoming,
    mut pause: impl FnMut(Progress) -> P,
) -> Option<Import> {
    let Incoming { documents: carried, mut records, mut warnings, mut notes, exercise, tags } = incoming;
    // A workspace keeps the exercise it has: opening the handed-out file again must
    // not forget the student's name, nor turn the teacher's copy into a student's.
    let exercise = exercise.filter(|e| workspace.exercise().is_none_or(|had| had.id != e.id));
    let (tags, added_tags) = tags_for(workspace, tags, exercise.is_some(), &mut records, &mut warnings);
    let total = records.len();
    let mut edits = Vec::new();
    if *workspace.tags() != tags {
        edits.push(Edit::SetTags(Rc::new(tags)));
    }
    let mut texts: Vec<Document> = workspace.documents().to_vec();
    let mut documents = 0;
    for doc in carried {
        if !texts.iter().any(|d| d.fingerprint() == doc.fingerprint()) {
            texts.push(doc.clone());
            edits.push(Edit::AddDocument(doc));
            documents += 1;
        }
    }
    let prepared: Vec<Text> = texts.iter().map(Text::of).collect();
    let position = |f: &str| texts.iter().position(|d| d.fingerprint().as_str() == f);
    let current = current.and_then(|f| position(f.as_str()));
    // The notes on each tag on the same words, for the annotations already here.
    let mut existing: HashMap<(usize, Span, Tag), Vec<Rc<str>>> = HashMap::new();
    for a in workspace.annotations() {
        if let Some(at) = position(a.document.as_str()) {
            existing.entry((at, a.span, a.tag.clone())).or_default().push(a.note.clone());
        }
    }
    let by_id: HashMap<AnnotationId, &Annotation> = workspace.annotations().map(|a| (a.id, a)).collect();

    // A text the file names but that is not here (an article re-pasted since) is
    // the open article where most of its records find their exact words.
    let mut stand_ins: HashMap<String, Vec<usize>> = HashMap::new();
    for record in &records {
        if let Target::Named { fingerprint: Some(f), title } = &record.target {
            if position(f).is_none() && !stand_ins.contains_key(f.as_str()) {
                let candidates = named_candidates(&texts, title.as_deref(), current);
                let order = best_match(&prepared, candidates, records.iter().filter(|r| r.names(f)));
                stand_ins.insert(f.clone(), order);
            }
        }
    }

    let (mut annotations, mut reanchored, mut already, mut for_notes) = (0, 0, 0, 0);
    let mut orphans = Vec::new();
    let mut seen = HashSet::new();
    for (done, record) in records.into_iter().enumerate() {
        if !pause(Progress { done, total, reading: false }).await {
            return None;
        }
        let candidates = match &record.target {
            Target::Text(f) => position(f.as_str()).into_iter().collect(),
            Target::Named { fingerprint, title } => match fingerprint.as_deref() {
                Some(f) => position(f).map_or_else(|| stand_ins[f].clone(), |at| vec![at]),
                None => named_candidates(&texts, title.as_deref(), current),
            },
        };
        let text_is_known = !matches!(&record.target, Target::Named { fingerprint, .. }
            if fingerprint.as_deref().and_then(position).is_none());
        // The text the record names, where a near match is worth taking: the one
        // with its fingerprint, or else the one alone with its title (the article
        // re-pasted since).
        let own = match &record.target {
            Target::Text(f) => position(f.as_str()),
            Target::Named { fingerprint, title } => fingerprint.as_deref().and_then(position).or_else(|| {
                let mut titled = (0..texts.len())
                    .filter(|&at| title.as_deref().is_some_and(|t| texts[at].title == t.trim()));
                match (titled.next(), titled.next()) {
                    (Some(at), None) => Some(at),
                    _ => None,
                }
            }),
        };
        let placed = place(&prepared, &candidates, &record, text_is_known, own);
        let (at, span, how) = match placed {
            Ok(found) => found,
            Err(reason) => {
                orphans.push(Orphan {
                    at: record.at,
                    tag: record.tag.clone(),
                    quote: record.quote.map(|q| q.exact).unwrap_or_default(),
                    note: record.note,
                    reason,
                });
                continue;
            }
        };
        let document = texts[at].fingerprint().clone();
        let id = record.id.unwrap_or_else(|| {
            let mut description = format!("{document}:{}:{}:{}", span.start, span.end, record.tag.name());
            // Two people's records on the same words, or two notes, are two annotations.
            if !record.author.is_empty() || !record.note.is_empty() {
                description.push_str(&format!(":{}:{}", record.author, record.note));
            }
            AnnotationId::derived(&description)
        });
        let annotation = Annotation {
            id,
            document,
            span,
            tag: record.tag.clone(),
            note: record.note.into(),
            created: record.created.into(),
            author: record.author.into(),
        };
        if !seen.insert(id) {
            warnings.push(skipped(record.at, Said::new("skip-id-twice").text("id", id.to_string())));
            continue;
        }
        match by_id.get(&id) {
            Some(same) if **same == annotation => {
                already += 1;
                continue;
            }
            Some(_) => {
                warnings.push(Said::new("record-id-exists").said("at", record.at).text("id", id.to_string()));
                continue;
            }
            None => {}
        }
        // The same tag on the same words as an annotation already here is that
        // annotation, whatever its id, unless it brings a note that one lacks: then
        // it stays, as a second annotation, so that no one's note is lost. Within one
        // file, two ids are two annotations (a reader may tag the same words twice),
        // so a saved workspace reopens as it was.
        if let Some(notes) = existing.get(&(at, span, annotation.tag.clone())) {
            let spaced = |note: &str| note.split_whitespace().collect::<Vec<_>>().join(" ");
            let note = spaced(&annotation.note);
            // (Compared space for space: brat, for one, writes a line break as a space.)
            if note.is_empty() || notes.iter().any(|n| spaced(n) == note) {
                already += 1;
                continue;
            }
            for_notes += 1;
        }
        if how != Placement::AsGiven {
            reanchored += 1;
        }
        edits.push(Edit::AddAnnotation(annotation));
        annotations += 1;
    }
    let exercise_title = exercise.as_ref().map(|e| e.title.clone());
    if let Some(exercise) = exercise {
        edits.push(Edit::SetExercise(Some(Rc::new(exercise))));
    }
    if for_notes > 0 {
        notes.push(Said::new("import-kept-for-notes").number("count", for_notes));
    }
    if already > 0 {
        notes.push(Said::new("import-already-here").number("count", already));
    }
    Some(Import {
        edit: Edit::Batch(edits),
        documents,
        annotations,
        reanchored,
        orphans,
        warnings,
        notes,
        exercise: exercise_title,
        added_tags,
    })
}

/// The tag set a merge leaves, and the tags it adds: the workspace's, with the
/// file's own tags and every tag its records use. A file that sets up an exercise
/// brings the teacher's set whole. A student's copy keeps the set it was handed,
/// and records with other tags are skipped. Each record's tag is spelled as the set
/// spells it ("Claim" in a CSV is the tag "claim").
fn tags_for(
    workspace: &Workspace,
    carried: Option<TagSet>,
    new_exercise: bool,
    records: &mut Vec<Record>,
    warnings: &mut Vec<Said>,
) -> (TagSet, Vec<Tag>) {
    let here = workspace.tags();
    let fixed = workspace.exercise().is_some_and(|e| e.student().is_some());
    // A workspace with nothing tagged yet and the first tags takes the file's set
    // as it is: opening a saved workspace brings its tags in their order.
    let fresh = workspace.annotation_count() == 0 && *here == TagSet::default();
    let mut set = match carried {
        Some(carried) if (new_exercise || fresh) && !fixed => {
            // Tags still in use here stay, after the teacher's.
            let used = here.tags().filter(|t| workspace.annotations().any(|a| &a.tag == *t));
            carried.adding(used.map(Tag::name)).0
        }
        Some(carried) if !fixed => {
            let (mut set, added) = here.adding(carried.tags().map(Tag::name));
            for tag in added {
                let def = carried.get(&tag).expect("added from the carried set");
                set = set.with_def(def.clone());
            }
            set
        }
        _ => here.clone(),
    };
    let mut added = Vec::new();
    if !fixed {
        let (bigger, new) = set.adding(records.iter().map(|r| r.tag.name()));
        (set, added) = (bigger, new);
    }
    records.retain_mut(|record| {
        match set.get(&record.tag).map(|def| &def.tag).or_else(|| set.find(record.tag.name())) {
            Some(tag) => {
                record.tag = tag.clone();
                true
            }
            None => {
                let why = if fixed { "skip-tag-not-exercises" } else { "skip-tag-unnamable" };
                warnings.push(skipped(record.at.clone(), Said::new(why).text("tag", record.tag.name())));
                false
            }
        }
    });
    added.retain(|tag| !here.contains(tag));
    (set, added)
}

/// The result of `work`, which never waits on anything: run to its end at once,
/// as the one-go `formats::import` and native tests do.
pub fn finish_now<T>(work: impl Future<Output = T>) -> T {
    let mut work = std::pin::pin!(work);
    match work.as_mut().poll(&mut std::task::Context::from_waker(std::task::Waker::noop())) {
        std::task::Poll::Ready(result) => result,
        std::task::Poll::Pending => panic!("finish_now was given work that waits"),
    }
}

impl Record {
    fn names(&self, fingerprint: &str) -> bool {
        matches!(&self.target, Target::Named { fingerprint: Some(f), .. } if f == fingerprint)
    }
}

/// Reorders `candidates` so that the text where most of `records` anchor exactly
/// comes first.
fn best_match<'r>(
    texts: &[Text],
    mut candidates: Vec<usize>,
    records: impl Iterator<Item = &'r Record>,
) -> Vec<usize> {
    let records: Vec<&Record> = records.collect();
    let score =
        |at: usize| records.iter().filter(|r| texts[at].anchor(r.quote.as_ref(), r.span).is_ok()).count();
    let scores: HashMap<usize, usize> = candidates.iter().map(|&at| (at, score(at))).collect();
    // A stable sort keeps the title and on-screen preferences among equals.
    candidates.sort_by_key(|at| std::cmp::Reverse(scores[at]));
    candidates
}

/// The texts a named-only record may belong to, most likely first.
fn named_candidates(texts: &[Document], title: Option<&str>, current: Option<usize>) -> Vec<usize> {
    let titled =
        texts.iter().enumerate().filter(|(_, d)| title.is_some_and(|t| d.title == t.trim())).map(|(i, _)| i);
    let mut order: Vec<usize> = titled.chain(current).chain(0..texts.len()).collect();
    let mut seen = HashSet::new();
    order.retain(|i| seen.insert(*i));
    order
}

/// The first candidate text that the record anchors in exactly (its quote, told
/// apart by its context), else a near match in its `own` text. A record whose own
/// text is not here must bring a quote: a bare position in another text would be a
/// guess, and so would a near match there (a few changed letters in an unrelated
/// article).
fn place(
    texts: &[Text],
    candidates: &[usize],
    record: &Record,
    text_is_known: bool,
    own: Option<usize>,
) -> Result<(usize, Span, Placement), Said> {
    if !text_is_known && record.quote.as_ref().is_none_or(|q| q.exact.is_empty()) {
        return Err(Said::new("place-no-quote"));
    }
    let mut reason = None;
    for &at in candidates {
        match texts[at].anchor(record.quote.as_ref(), record.span) {
            Ok((span, how)) => return Ok((at, span, how)),
            // Its own text holds the words but more than once, and nothing tells
            // which: the same words in another article would be a guess.
            Err(why) if Some(at) == own && record.quote.as_ref().is_some_and(|q| texts[at].holds(q)) => {
                return Err(why)
            }
            Err(why) => {
                reason.get_or_insert(why);
            }
        }
    }
    // Only then approximately, and only in its own text, so that an exact match
    // elsewhere beats a near one. The reason given is from the last step tried.
    if let (Some(quote), Some(at)) = (record.quote.as_ref().filter(|q| !q.exact.is_empty()), own) {
        match texts[at].anchor_approximately(quote, record.span) {
            Ok((span, how)) => return Ok((at, span, how)),
            Err(why) => reason = Some(why),
        }
    }
    match reason {
        Some(why) if own.is_none() => Err(Said::new("place-not-near").said("why", why)),
        Some(why) => Err(why),
        None => Err(Said::new("place-nothing-open")),
    }
}

/// A text a file carries in `object` (a doccano line, a Label Studio task's data) as
/// a document, with the object's `title` and `source` if it has them (else the
/// first line, and the name of the `tool`). A text that cannot be a document is a
/// warning naming where it was.
pub fn carried(
    at: &Said,
    object: Option<&Value>,
    tool: &str,
    text: &str,
    warnings: &mut Vec<Said>,
) -> Option<Document> {
    let field = |key| object.and_then(|o| o.get(key)).and_then(Value::as_str).unwrap_or_default();
    let source = match field("source") {
        "" => tool,
        given => given,
    };
    Document::new(field("title"), source, text)
        .map_err(|error| warnings.push(skipped(at.clone(), error.said())))
        .ok()
}

/// "line 4: skipped, it has no tag": a record or a part of a file left out, and why.
pub fn skipped(at: Said, why: Said) -> Said {
    Said::new("skipped").said("at", at).said("why", why)
}

/// "line 4: …": what is said of a record or a part of a file.
pub fn at_said(at: Said, what: Said) -> Said {
    Said::new("at-said").said("at", at).said("what", what)
}

/// Maps code-point offsets in a text as a file holds it (perhaps with CRLF line
/// endings) to the same place in the text as stored, where each CRLF is one LF.
#[derive(Debug)]
pub struct LineEndings {
    /// Code-point offsets in the original text of each CR that a LF follows.
    crlf: Vec<usize>,
}

impl LineEndings {
    pub fn of(original: &str) -> LineEndings {
        let chars: Vec<char> = original.chars().collect();
        let crlf = chars.windows(2).enumerate().filter(|(_, w)| w == &['\r', '\n']).map(|(i, _)| i).collect();
        LineEndings { crlf }
    }

    pub fn to_stored(&self, cp: usize) -> usize {
        cp - self.crlf.partition_point(|&at| at < cp)
    }

    pub fn span(&self, span: Span) -> Span {
        Span::new(self.to_stored(span.start), self.to_stored(span.end))
    }
}

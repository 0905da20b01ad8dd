//! The class's figures for the teacher: agreement between students (pairwise,
//! across the class, per tag), agreement with the key, a confusion matrix of the
//! key's tags against the students', and each outlet's tags compared. Words are
//! the unit, labelled as [`agreement`] says; the articles' words
//! are taken together.

use crate::model::classroom::agreement::{self, Label, SpanF1};
use crate::model::classroom::class::Class;
use crate::model::classroom::exercise::Exercise;
use crate::model::classroom::heatmap;
use crate::model::classroom::scoring::Mark;
use crate::model::text::offsets::Span;
use crate::model::{Annotation, Fingerprint, Tag, Workspace};

/// Agreement across the class on one question (all tags, or one tag or not).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ClassAgreement {
    pub fleiss: Option<f64>,
    pub alpha: Option<f64>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Analytics {
    pub students: Vec<String>,
    /// Cohen's kappa for each pair of students, `pairwise[a][b]`; None where it is
    /// undefined (both gave every word one label).
    pub pairwise: Vec<Vec<Option<f64>>>,
    pub overall: ClassAgreement,
    /// The tags the figures are for, in the set's order.
    pub tags: Vec<Tag>,
    /// In the order of `tags`.
    pub per_tag: Vec<ClassAgreement>,
    /// Each student's span F1 against the key.
    pub f1: Vec<SpanF1>,
    /// Words counted by the key's label (row) and a student's label (column), over
    /// every student: label 0 (no tag), then one per tag in the order of `tags`.
    pub confusion: Vec<Vec<usize>>,
    /// How many words the figures count per student.
    pub words: usize,
}

/// The marks of `annotations`, each article's spans shifted past the articles
/// before it, so that one list covers the whole exercise.
fn marks<'a>(annotations: impl IntoIterator<Item = &'a Annotation>, offsets: &[(Span, &str)]) -> Vec<Mark> {
    annotations
        .into_iter()
        .filter_map(|a| {
            let (article, _) = offsets.iter().find(|(_, f)| *f == a.document.as_str())?;
            Some(Mark {
                span: Span::new(a.span.start + article.start, a.span.end + article.start),
                tag: a.tag.clone(),
            })
        })
        .collect()
}

/// Every figure for the class, against the key in `workspace`.
pub fn analyse(workspace: &Workspace, exercise: &Exercise, class: &Class) -> Analytics {
    // Each article's place in the joined text, and its words there.
    let (mut offsets, mut words, mut at) = (Vec::new(), Vec::new(), 0);
    // Only the articles somebody annotated: an article nobody touched would count
    // its every word as agreement on "no tag".
    let annotated = |f: &Fingerprint| {
        !workspace.annotations_of(f).is_empty()
            || class.submissions.iter().any(|s| s.annotations.iter().any(|a| &a.document == f))
    };
    for document in exercise.articles.iter().filter(|f| annotated(f)).filter_map(|f| workspace.document(f)) {
        let article = Span::new(at, at + document.len());
        words.extend(
            agreement::words(document.text()).into_iter().map(|w| Span::new(w.start + at, w.end + at)),
        );
        offsets.push((article, document.fingerprint().as_str()));
        at = article.end + 1;
    }
    let key = marks(workspace.annotations_on(&exercise.articles), &offsets);
    let given: Vec<Vec<Mark>> = class.submissions.iter().map(|s| marks(&s.annotations, &offsets)).collect();
    let set = workspace.tags();
    let labels: Vec<Vec<Label>> = given.iter().map(|m| agreement::labels(&words, m, set)).collect();
    let pairwise = agreement::pairwise_kappa(&labels);
    let tags: Vec<Tag> = set.tags().cloned().collect();
    let per_tag = tags
        .iter()
        .map(|tag| {
            let binary: Vec<Vec<Label>> = given.iter().map(|m| agreement::binary(&words, m, tag)).collect();
            ClassAgreement {
                fleiss: agreement::fleiss_kappa(&binary),
                alpha: agreement::krippendorff_alpha(&binary),
            }
        })
        .collect();
    let key_labels = agreement::labels(&words, &key, set);
    let mut confusion = vec![vec![0; tags.len() + 1]; tags.len() + 1];
    for student in &labels {
        for (k, s) in key_labels.iter().zip(student) {
            // (A tag outside the set, which a hand-edited file could bring, is left out.)
            if let Some(cell) = confusion.get_mut(*k as usize).and_then(|row| row.get_mut(*s as usize)) {
                *cell += 1;
            }
        }
    }
    Analytics {
        students: class.submissions.iter().map(|s| s.student.clone()).collect(),
        pairwise,
        overall: ClassAgreement {
            fleiss: agreement::fleiss_kappa(&labels),
            alpha: agreement::krippendorff_alpha(&labels),
        },
        tags,
        per_tag,
        f1: given.iter().map(|m| agreement::span_f1(&key, m)).collect(),
        confusion,
        words: words.len(),
    }
}

/// One outlet's tags: how many spans of each, and the share of its text each covers.
#[derive(Clone, Debug, PartialEq)]
pub struct OutletFigures {
    pub source: String,
    /// In the tag set's order.
    pub counts: Vec<usize>,
    /// The share of the article's characters under at least one span of each tag.
    pub density: Vec<f64>,
}

/// Each of the exercise's articles' figures for `marks`, given with their
/// articles (the reader's own annotations, the key, the gold layer, or the class
/// majority).
pub fn outlets(
    workspace: &Workspace,
    exercise: &Exercise,
    marks: &[(&Fingerprint, Mark)],
) -> Vec<OutletFigures> {
    exercise
        .articles
        .iter()
        .filter_map(|f| workspace.document(f))
        .map(|document| {
            let mine: Vec<&Mark> =
                marks.iter().filter(|(f, _)| *f == document.fingerprint()).map(|(_, m)| m).collect();
            let set = workspace.tags();
            let density = set.tags().map(|tag| {
                let mut spans: Vec<Span> = mine.iter().filter(|m| &m.tag == tag).map(|m| m.span).collect();
                spans.sort();
                let (mut covered, mut reach) = (0, 0);
                for span in spans {
                    let start = span.start.max(reach);
                    covered += span.end.saturating_sub(start);
                    reach = reach.max(span.end);
                }
                covered as f64 / document.len().max(1) as f64
            });
            let counts = set.tags().map(|tag| mine.iter().filter(|m| &m.tag == tag).count()).collect();
            OutletFigures { source: document.source.clone(), counts, density: density.collect() }
        })
        .collect()
}

/// `annotations` as the marks [`outlets`] counts.
pub fn marks_of<'a>(annotations: impl IntoIterator<Item = &'a Annotation>) -> Vec<(&'a Fingerprint, Mark)> {
    annotations.into_iter().map(|a| (&a.document, Mark { span: a.span, tag: a.tag.clone() })).collect()
}

/// A set of marks the charts compare outlets by, with its name and its figures.
#[derive(Clone, Debug, PartialEq)]
pub struct OutletSource {
    /// The id of the words the page names it with (`outlets-key`).
    pub name: String,
    pub outlets: Vec<OutletFigures>,
}

/// What "Outlets compared" shows: the reader's own annotations (the key, in the
/// teacher's copy), then for a teacher with a class the class majority and, once
/// there is one, the gold layer.
pub fn outlet_sources(workspace: &Workspace, exercise: &Exercise, class: &Class) -> Vec<OutletSource> {
    let student = exercise.student().is_some();
    let source = |name: &str, marks: &[(&Fingerprint, Mark)]| OutletSource {
        name: name.to_owned(),
        outlets: outlets(workspace, exercise, marks),
    };
    let mut sources = vec![source(
        if student { "outlets-yours" } else { "outlets-key" },
        &marks_of(workspace.annotations()),
    )];
    if student {
        return sources;
    }
    if !class.submissions.is_empty() {
        let majority: Vec<_> = exercise
            .articles
            .iter()
            .flat_map(|f| {
                heatmap::majority(class, f, workspace.tags())
                    .into_iter()
                    .map(move |(span, tag)| (f, Mark { span, tag }))
            })
            .collect();
        sources.push(source("outlets-majority", &majority));
    }
    if !class.gold.is_empty() {
        sources.push(source("outlets-gold", &marks_of(&class.gold)));
    }
    sources
}

/// The band of a kappa or alpha, 0 (below chance) to 5 (almost perfect), in Landis
/// and Koch's usual steps; None when it is undefined.
pub fn band(value: Option<f64>) -> Option<usize> {
    let v = value?;
    Some(if v < 0.0 { 0 } else { 1 + [0.2, 0.4, 0.6, 0.8].iter().filter(|step| v > **step).count() })
}

/// A kappa, alpha or F1 with two decimals, or "–" where it is undefined; never
/// "-0.00", which reads as less agreement than chance.
pub fn shown(value: Option<f64>) -> String {
    match value {
        None => "–".to_owned(),
        Some(v) if v.abs() < 0.005 => "0.00".to_owned(),
        Some(v) => format!("{v:.2}"),
    }
}

/// What matters first: where the class agrees most and least (Fleiss' kappa per
/// tag), and which two students agree least (Cohen's kappa). The page says it in
/// one sentence.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary<'a> {
    pub most: Option<(&'a Tag, f64)>,
    pub least: Option<(&'a Tag, f64)>,
    /// Two students (indices into `students`) and their kappa.
    pub least_pair: Option<(usize, usize, f64)>,
}

pub fn summary(a: &Analytics) -> Summary<'_> {
    let by_tag: Vec<(&Tag, f64)> =
        a.tags.iter().zip(&a.per_tag).filter_map(|(t, f)| Some((t, f.fleiss?))).collect();
    let most = by_tag.iter().copied().max_by(|x, y| x.1.total_cmp(&y.1));
    let least = by_tag.iter().copied().min_by(|x, y| x.1.total_cmp(&y.1));
    let pairs = a.pairwise.iter().enumerate().flat_map(|(r, row)| {
        row.iter().enumerate().filter(move |(c, _)| *c > r).filter_map(move |(c, k)| Some((r, c, (*k)?)))
    });
    Summary { most, least, least_pair: pairs.min_by(|x, y| x.2.total_cmp(&y.2)) }
}

/// The id of the words that say what a kappa or alpha means (`reading-3`:
/// "moderate agreement"), by its [`band`].
pub fn reading(value: Option<f64>) -> String {
    band(value).map_or_else(|| "reading-none".to_owned(), |band| format!("reading-{band}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::classroom::sample;

    /// The sample exercise as its teacher has it, and the sample class.
    fn sample_class() -> (Workspace, Class) {
        let mut ws = Workspace::default();
        ws.apply(sample::edit()).unwrap();
        let (edit, submissions) = sample::class(&ws);
        ws.apply(edit).unwrap();
        (ws, Class { submissions, ..Class::default() })
    }

    #[test]
    fn the_sample_class_figures_are_consistent() {
        let (ws, class) = sample_class();
        let analytics = analyse(&ws, ws.exercise().unwrap(), &class);
        assert_eq!(analytics.students.len(), 5);
        let n = analytics.students.len();
        for a in 0..n {
            assert_eq!(analytics.pairwise[a][a], Some(1.0));
            for b in 0..n {
                assert_eq!(analytics.pairwise[a][b], analytics.pairwise[b][a]);
            }
        }
        // The matrix the page shows (the end-to-end test reads the same values).
        let shown: Vec<Vec<String>> = analytics
            .pairwise
            .iter()
            .map(|row| row.iter().map(|k| format!("{:.2}", k.unwrap())).collect())
            .collect();
        assert_eq!(shown[0], ["1.00", "0.30", "0.18", "0.52", "0.50"]);
        assert_eq!(shown[2], ["0.18", "0.07", "1.00", "0.20", "0.14"]);
        assert_eq!(format!("{:.2}", analytics.overall.fleiss.unwrap()), "0.29");
        // Every word is counted once per student in the confusion matrix.
        let counted: usize = analytics.confusion.iter().flatten().sum();
        assert_eq!(counted, analytics.words * n);
        assert_eq!(analytics.words, 2_892);
        let overall = analytics.overall.fleiss.unwrap();
        assert!(overall > 0.0 && overall < 1.0, "{overall}");
        // Student D marked exactly the key on Press TV and nothing else: every span
        // found is exact, but most of the key is missed.
        let d = analytics.f1[3];
        assert!(d.exact > 0.0 && d.exact == d.overlap, "{d:?}");
    }

    #[test]
    fn outlet_density_counts_overlapping_spans_of_a_tag_once() {
        let (ws, _) = sample_class();
        let exercise = ws.exercise().unwrap();
        let figures = outlets(&ws, exercise, &marks_of(ws.annotations()));
        assert_eq!(figures.len(), 5);
        assert_eq!(figures[0].source, "Press TV");
        assert_eq!(figures[0].counts, [0, 2, 3, 1]);
        let press_tv = ws.documents()[0].len() as f64;
        // Framing: "self-proclaimed president", "Abu Mohammed al-Jolani", "HTS-led regime".
        assert!((figures[0].density[2] - (25.0 + 22.0 + 14.0) / press_tv).abs() < 1e-12);
    }

    #[test]
    fn outlets_compare_the_key_the_class_majority_and_the_gold_layer() {
        let (ws, class) = sample_class();
        let exercise = ws.exercise().unwrap();
        let names = |sources: &[OutletSource]| sources.iter().map(|s| s.name.clone()).collect::<Vec<_>>();
        let sources = outlet_sources(&ws, exercise, &class);
        assert_eq!(names(&sources), ["outlets-key", "outlets-majority"]);
        assert_eq!(sources[0].outlets, outlets(&ws, exercise, &marks_of(ws.annotations())));
        // The majority: stretches more than half the class tagged alike.
        let majority: usize = sources[1].outlets.iter().flat_map(|o| o.counts.clone()).sum();
        let expected: usize =
            exercise.articles.iter().map(|f| heatmap::majority(&class, f, ws.tags()).len()).sum();
        assert!(majority > 0 && majority == expected, "{majority} {expected}");

        let mut with_gold = class.clone();
        let first = &exercise.articles[0];
        with_gold.accept(first, Span::new(0, 5), Tag::new("fact"), crate::model::AnnotationId(9), "");
        let sources = outlet_sources(&ws, exercise, &with_gold);
        assert_eq!(names(&sources), ["outlets-key", "outlets-majority", "outlets-gold"]);
        assert_eq!(sources[2].outlets[0].counts, [0, 0, 0, 1]);

        let student = crate::model::Exercise {
            role: crate::model::Role::Student { name: "Ana".into() },
            ..exercise.clone()
        };
        assert_eq!(names(&outlet_sources(&ws, &student, &class)), ["outlets-yours"]);
    }

    #[test]
    fn the_summary_says_where_the_class_agrees_most_and_least_and_who_least() {
        let (ws, class) = sample_class();
        let a = analyse(&ws, ws.exercise().unwrap(), &class);
        let said = summary(&a);
        let (most, least) = (said.most.unwrap(), said.least.unwrap());
        assert!(most.1 > least.1 && most.0 != least.0, "{said:?}");
        let (r, c, k) = said.least_pair.unwrap();
        assert!(r < c && a.pairwise[r][c] == Some(k));
        assert_eq!(shown(Some(-0.001)), "0.00");
        assert_eq!(shown(Some(-0.3)), "-0.30");
        assert_eq!(shown(None), "–");
    }

    #[test]
    fn articles_nobody_annotated_add_no_words() {
        let (mut ws, class) = sample_class();
        let before = analyse(&ws, ws.exercise().unwrap(), &class).words;
        let extra =
            crate::model::Document::new("Untouched", "Nobody", "Many words nobody tagged at all here.")
                .unwrap();
        ws.apply(crate::model::Edit::AddDocument(extra.clone())).unwrap();
        let mut exercise = ws.exercise().unwrap().clone();
        exercise.articles.push(extra.fingerprint().clone());
        ws.apply(crate::model::Edit::SetExercise(Some(std::rc::Rc::new(exercise)))).unwrap();
        assert_eq!(analyse(&ws, ws.exercise().unwrap(), &class).words, before);
    }

    #[test]
    fn readings_follow_the_usual_bands() {
        assert_eq!(reading(Some(0.45)), "reading-3");
        assert_eq!(reading(Some(-0.1)), "reading-0");
        assert_eq!(reading(None), "reading-none");
        let bands: Vec<Option<usize>> = [-0.1, 0.0, 0.2, 0.21, 0.6, 0.8, 0.81].map(|v| band(Some(v))).into();
        assert_eq!(bands, [0, 1, 1, 2, 3, 4, 5].map(Some));
    }
}

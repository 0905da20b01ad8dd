//! Agreement between annotators, computed in the page for a whole class.
//!
//! The unit is the word, from Unicode word segmentation (UAX #29; spaces and
//! punctuation are not words). Each annotator gives each word one label: no tag, or
//! the tag of the shortest of their spans that covers any of its characters (the
//! most specific; between spans of one length, the tag first in the tag set). Per-tag measures instead ask of each word only "this tag
//! or not", so overlapping spans of different tags each count there.
//!
//! The measures match established implementations, checked against values computed
//! by scikit-learn, statsmodels and the krippendorff package
//! (tests/reference/agreement.py).

use crate::model::annotations::tags::MAX_TAGS;
use crate::model::classroom::scoring::Mark;
use crate::model::text::offsets::{cp_len, Span};
use crate::model::{Tag, TagSet};
use unicode_segmentation::UnicodeSegmentation;

/// A word's label: 0 for no tag, else 1 + the tag's place in the tag set.
pub type Label = u8;

/// The label of `tag` in `set` (a tag the set lacks counts as its last label).
pub fn label(set: &TagSet, tag: &Tag) -> Label {
    set.position(tag).map_or(LABELS - 1, |at| at + 1) as Label
}

/// The words of `text`, as code-point spans.
pub fn words(text: &str) -> Vec<Span> {
    let mut words = Vec::new();
    let (mut byte, mut cp) = (0, 0);
    for (at, word) in text.split_word_bound_indices() {
        cp += cp_len(&text[byte..at]);
        byte = at;
        if word.chars().any(char::is_alphanumeric) {
            words.push(Span::new(cp, cp + cp_len(word)));
        }
    }
    words
}

/// The indices of the words `span` touches (`words` in text order).
fn touched(words: &[Span], span: Span) -> std::ops::Range<usize> {
    let first = words.partition_point(|w| w.end <= span.start);
    let last = first + words[first..].partition_point(|w| w.start < span.end);
    first..last
}

/// Each word's label from one annotator's marks, by the rule in the module's notes.
/// (Each mark visits only the words it touches, shortest mark first: a class of 40
/// has tens of thousands of marks.)
pub fn labels(words: &[Span], marks: &[Mark], set: &TagSet) -> Vec<Label> {
    let mut by_length: Vec<(usize, Label, Span)> =
        marks.iter().map(|m| (m.span.len(), label(set, &m.tag), m.span)).collect();
    by_length.sort();
    let mut labels = vec![0; words.len()];
    for (_, label, span) in by_length {
        for word in touched(words, span) {
            if labels[word] == 0 {
                labels[word] = label;
            }
        }
    }
    labels
}

/// Labels reduced to "`tag` or not" (1 or 0), for the per-tag measures, from the
/// marks themselves so that a word under two tags counts for both.
pub fn binary(words: &[Span], marks: &[Mark], tag: &Tag) -> Vec<Label> {
    let mut labels = vec![0; words.len()];
    for mark in marks.iter().filter(|m| &m.tag == tag) {
        for word in touched(words, mark.span) {
            labels[word] = 1;
        }
    }
    labels
}

/// How many labels there can be: no tag and a set's most tags.
pub const LABELS: usize = MAX_TAGS + 1;

/// How often each label occurs in `ratings`, indexed by label. (An array, not a
/// vector: the class figures count every word of every article many times.)
fn counts<'a>(ratings: impl IntoIterator<Item = &'a Label>) -> [f64; LABELS] {
    let mut counts = [0.0; LABELS];
    for &label in ratings {
        counts[(label as usize).min(LABELS - 1)] += 1.0;
    }
    counts
}

/// (observed - expected) / (1 - expected), or None when chance alone agrees fully
/// (everyone used one label), where kappa is undefined.
fn beyond_chance(observed: f64, expected: f64) -> Option<f64> {
    (expected < 1.0 - 1e-12).then(|| (observed - expected) / (1.0 - expected))
}

/// Cohen's kappa between two annotators' labels of the same words.
pub fn cohen_kappa(a: &[Label], b: &[Label]) -> Option<f64> {
    pairwise_kappa(&[a.to_vec(), b.to_vec()])[0][1]
}

/// Cohen's kappa for every pair of annotators, `pairwise[a][b]`, each pair
/// computed once and each annotator's label counts once.
pub fn pairwise_kappa(ratings: &[Vec<Label>]) -> Vec<Vec<Option<f64>>> {
    let n = ratings.iter().map(Vec::len).min().unwrap_or(0);
    let counted: Vec<[f64; LABELS]> = ratings.iter().map(|r| counts(&r[..n])).collect();
    let mut pairwise = vec![vec![None; ratings.len()]; ratings.len()];
    for a in 0..ratings.len() {
        for b in a..ratings.len() {
            if n == 0 {
                continue;
            }
            let same = ratings[a][..n].iter().zip(&ratings[b][..n]).filter(|(x, y)| x == y).count();
            let expected: f64 =
                counted[a].iter().zip(&counted[b]).map(|(x, y)| x * y).sum::<f64>() / (n * n) as f64;
            let kappa = beyond_chance(same as f64 / n as f64, expected);
            pairwise[a][b] = kappa;
            pairwise[b][a] = kappa;
        }
    }
    pairwise
}

/// Fleiss' kappa across annotators (`ratings[annotator][word]`, every annotator
/// labelling every word).
pub fn fleiss_kappa(ratings: &[Vec<Label>]) -> Option<f64> {
    let raters = ratings.len();
    let words = ratings.iter().map(Vec::len).min().unwrap_or(0);
    if raters < 2 || words == 0 {
        return None;
    }
    let (r, mut agreement, mut totals) = (raters as f64, 0.0, [0.0; LABELS]);
    for word in 0..words {
        let here = counts(ratings.iter().map(|labels| &labels[word]));
        agreement += (here.iter().map(|c| c * c).sum::<f64>() - r) / (r * (r - 1.0));
        for (total, c) in totals.iter_mut().zip(&here) {
            *total += c;
        }
    }
    let observed = agreement / words as f64;
    let expected = totals.iter().map(|t| (t / (words as f64 * r)).powi(2)).sum();
    beyond_chance(observed, expected)
}

/// Krippendorff's alpha for nominal labels, every annotator labelling every word.
pub fn krippendorff_alpha(ratings: &[Vec<Label>]) -> Option<f64> {
    let raters = ratings.len();
    let words = ratings.iter().map(Vec::len).min().unwrap_or(0);
    if raters < 2 || words == 0 {
        return None;
    }
    // Disagreeing pairs within words, each word's pairs weighted 1 / (raters - 1).
    let mut disagreeing = 0.0;
    let mut totals = [0.0; LABELS];
    for word in 0..words {
        let here = counts(ratings.iter().map(|labels| &labels[word]));
        let same: f64 = here.iter().map(|c| c * (c - 1.0)).sum();
        let r = raters as f64;
        disagreeing += (r * (r - 1.0) - same) / (r - 1.0);
        for (total, c) in totals.iter_mut().zip(&here) {
            *total += c;
        }
    }
    let n: f64 = totals.iter().sum();
    let expected = n * n - totals.iter().map(|t| t * t).sum::<f64>();
    (expected > 1e-12).then(|| 1.0 - (n - 1.0) * disagreeing / expected)
}

/// Span-level agreement with the key: F1 counting only the same span with the same
/// tag (exact), and counting any overlap with the same tag (overlap).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SpanF1 {
    pub exact: f64,
    pub overlap: f64,
}

/// Span-level F1 of `given` against `key`. Both empty agree fully (1.0).
pub fn span_f1(key: &[Mark], given: &[Mark]) -> SpanF1 {
    let f1 = |hits: &dyn Fn(&Mark, &Mark) -> bool| {
        if key.is_empty() && given.is_empty() {
            return 1.0;
        }
        let found = given.iter().filter(|g| key.iter().any(|k| hits(k, g))).count() as f64;
        let recalled = key.iter().filter(|k| given.iter().any(|g| hits(k, g))).count() as f64;
        let (precision, recall) = (found / given.len().max(1) as f64, recalled / key.len().max(1) as f64);
        if precision + recall == 0.0 {
            0.0
        } else {
            2.0 * precision * recall / (precision + recall)
        }
    };
    SpanF1 {
        exact: f1(&|k, g| k == g),
        overlap: f1(&|k, g| k.tag == g.tag && k.span.start < g.span.end && g.span.start < k.span.end),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Deserialize)]
    struct Reference {
        cases: Vec<Case>,
    }

    #[derive(Deserialize)]
    struct Case {
        name: String,
        ratings: Vec<Vec<Label>>,
        cohen_first_two: f64,
        fleiss: f64,
        krippendorff_nominal: f64,
    }

    #[test]
    fn measures_match_scikit_learn_statsmodels_and_krippendorff() {
        let reference: Reference =
            serde_json::from_str(include_str!("../../../tests/reference/agreement.json")).unwrap();
        assert_eq!(reference.cases.len(), 5);
        for case in reference.cases {
            let close = |ours: Option<f64>, theirs: f64, what: &str| {
                let ours = ours.unwrap_or_else(|| panic!("{}: no {what}", case.name));
                assert!((ours - theirs).abs() < 1e-9, "{}: {what} {ours} against {theirs}", case.name);
            };
            close(cohen_kappa(&case.ratings[0], &case.ratings[1]), case.cohen_first_two, "Cohen's kappa");
            close(pairwise_kappa(&case.ratings)[1][0], case.cohen_first_two, "Cohen's kappa, pairwise");
            close(fleiss_kappa(&case.ratings), case.fleiss, "Fleiss' kappa");
            close(krippendorff_alpha(&case.ratings), case.krippendorff_nominal, "Krippendorff's alpha");
        }
    }

    #[test]
    fn full_agreement_is_one_and_a_single_label_is_undefined() {
        let a = vec![0, 1, 2, 0, 3];
        assert_eq!(cohen_kappa(&a, &a), Some(1.0));
        assert_eq!(fleiss_kappa(&[a.clone(), a.clone(), a.clone()]), Some(1.0));
        assert_eq!(krippendorff_alpha(&[a.clone(), a]), Some(1.0));
        let none = vec![0; 4];
        assert_eq!(cohen_kappa(&none, &none), None);
        assert_eq!(fleiss_kappa(&[none.clone(), none.clone()]), None);
        assert_eq!(krippendorff_alpha(&[none.clone(), none]), None);
    }

    fn mark(start: usize, end: usize, tag: Tag) -> Mark {
        Mark { span: Span::new(start, end), tag }
    }

    #[test]
    fn words_are_unicode_words_in_code_points_and_the_shortest_span_labels_them() {
        let text = "Putin 👋 said: “special relations”, نعم.";
        let found: Vec<(usize, usize)> = words(text).iter().map(|w| (w.start, w.end)).collect();
        // Putin, said, special, relations, نعم (the emoji and the punctuation are not words).
        assert_eq!(found, vec![(0, 5), (8, 12), (15, 22), (23, 32), (35, 38)]);
        let words = words(text);
        // A quote over both words, and a framing span inside it on "special".
        let set = TagSet::default();
        let marks = [
            mark(14, 33, Tag::new("quote")),
            mark(15, 22, Tag::new("framing")),
            mark(36, 37, Tag::new("fact")),
        ];
        assert_eq!(labels(&words, &marks, &set), vec![0, 0, 3, 2, 4]);
        assert_eq!(binary(&words, &marks, &Tag::new("quote")), vec![0, 0, 1, 1, 0]);
    }

    #[test]
    fn span_f1_counts_exact_spans_and_overlapping_ones() {
        let key = [mark(0, 10, Tag::new("claim")), mark(20, 30, Tag::new("fact"))];
        let given =
            [mark(0, 10, Tag::new("claim")), mark(25, 35, Tag::new("fact")), mark(40, 45, Tag::new("quote"))];
        let f1 = span_f1(&key, &given);
        // Exact: 1 of 3 given, 1 of 2 key: P 1/3, R 1/2, F1 0.4.
        assert!((f1.exact - 0.4).abs() < 1e-12);
        // Overlap: 2 of 3 given, 2 of 2 key: P 2/3, R 1, F1 0.8.
        assert!((f1.overlap - 0.8).abs() < 1e-12);
        assert_eq!(span_f1(&[], &[]), SpanF1 { exact: 1.0, overlap: 1.0 });
    }
}

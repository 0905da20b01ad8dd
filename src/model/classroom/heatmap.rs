//! The class's heatmap of one article: the text cut into stretches over which the
//! same students tagged the same tags, each with who tagged it with what.

use crate::model::classroom::class::Class;
use crate::model::text::document::Fingerprint;
use crate::model::text::offsets::Span;
use crate::model::{Tag, TagSet};

/// A stretch of text and the students (indices into the class's submissions) who
/// tagged all of it, for each tag somebody chose there, in the tag set's order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stretch {
    pub span: Span,
    pub by_tag: Vec<(Tag, Vec<usize>)>,
}

impl Stretch {
    /// The students who tagged it with `tag`.
    pub fn students(&self, tag: &Tag) -> &[usize] {
        self.by_tag.iter().find(|(t, _)| t == tag).map_or(&[], |(_, students)| students)
    }

    /// How many students tagged it with `tag`, or with any tag when None.
    pub fn count(&self, tag: Option<&Tag>) -> usize {
        match tag {
            Some(tag) => self.students(tag).len(),
            None => {
                let mut students: Vec<usize> = self.by_tag.iter().flat_map(|(_, s)| s).copied().collect();
                students.sort_unstable();
                students.dedup();
                students.len()
            }
        }
    }

    /// The tag most students chose here (the first in the set on a tie), and how many.
    pub fn majority(&self) -> Option<(&Tag, usize)> {
        let most = self.by_tag.iter().map(|(_, s)| s.len()).max().filter(|most| *most > 0)?;
        self.by_tag.iter().find(|(_, s)| s.len() == most).map(|(tag, _)| (tag, most))
    }
}

/// How many intensity steps the heatmap has.
pub const LEVELS: usize = 5;

/// The intensity step (1 to [`LEVELS`]) for `count` of `students`: an equal share of
/// the class per step.
pub fn level(count: usize, students: usize) -> usize {
    (count * LEVELS).div_ceil(students.max(1)).clamp(1, LEVELS)
}

/// The legend: each step in use with the first and last count it shows, as
/// (step, first, last). A class smaller than [`LEVELS`] skips steps, so each count
/// is listed once and none is left out.
pub fn legend(students: usize) -> Vec<(usize, usize, usize)> {
    let mut steps: Vec<(usize, usize, usize)> = Vec::new();
    for count in 1..=students {
        let step = level(count, students);
        match steps.last_mut() {
            Some((s, _, last)) if *s == step => *last = count,
            _ => steps.push((step, count, count)),
        }
    }
    steps
}

/// The class's majority view of `article`: each stretch that more than half of the
/// class tagged, with the tag most of them chose, as (span, tag); neighbouring
/// stretches of one tag are joined.
pub fn majority(class: &Class, article: &Fingerprint, set: &TagSet) -> Vec<(Span, Tag)> {
    let students = class.submissions.len();
    let mut spans: Vec<(Span, Tag)> = Vec::new();
    for stretch in stretches(class, article, set) {
        let Some((tag, _)) = stretch.majority().filter(|(_, n)| n * 2 > students) else {
            continue;
        };
        match spans.last_mut() {
            Some((last, t)) if t == tag && last.end == stretch.span.start => last.end = stretch.span.end,
            _ => spans.push((stretch.span, tag.clone())),
        }
    }
    spans
}

/// The stretches of `article` that at least one student tagged, in text order,
/// their tags in the order of `set` (tags it lacks last).
pub fn stretches(class: &Class, article: &Fingerprint, set: &TagSet) -> Vec<Stretch> {
    let mut marks: Vec<(usize, Span, &Tag)> = class
        .submissions
        .iter()
        .enumerate()
        .flat_map(|(student, s)| {
            s.annotations.iter().filter(|a| &a.document == article).map(move |a| (student, a.span, &a.tag))
        })
        .collect();
    marks.sort_by_key(|(_, _, tag)| set.position(tag).unwrap_or(usize::MAX));
    let mut cuts: Vec<usize> = marks.iter().flat_map(|(_, span, _)| [span.start, span.end]).collect();
    cuts.sort_unstable();
    cuts.dedup();
    cuts.windows(2)
        .filter_map(|pair| {
            let span = Span::new(pair[0], pair[1]);
            let mut by_tag: Vec<(Tag, Vec<usize>)> = Vec::new();
            for (student, mark, tag) in &marks {
                if !(mark.start <= span.start && span.end <= mark.end) {
                    continue;
                }
                let at = by_tag.iter().position(|(t, _)| t == *tag).unwrap_or_else(|| {
                    by_tag.push(((*tag).clone(), Vec::new()));
                    by_tag.len() - 1
                });
                if !by_tag[at].1.contains(student) {
                    by_tag[at].1.push(*student);
                }
            }
            for (_, students) in &mut by_tag {
                students.sort_unstable();
            }
            (!by_tag.is_empty()).then_some(Stretch { span, by_tag })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::formats::submission::Submission;
    use crate::model::testing::annotation;
    use crate::model::Document;

    #[test]
    fn overlapping_spans_cut_the_text_into_stretches_with_who_tagged_what() {
        let doc = Document::new("T", "S", "Putin spoke of special relations today.").unwrap();
        let student = |name: &str, marks: &[(usize, usize, Tag)]| Submission {
            student: name.into(),
            handed_in: String::new(),
            read: String::new(),
            annotations: marks
                .iter()
                .enumerate()
                .map(|(n, (s, e, t))| annotation(n as u128, &doc, *s, *e, t.clone()))
                .collect(),
        };
        let class = Class {
            submissions: vec![
                student("Ana", &[(15, 32, Tag::new("quote"))]),
                student("Ben", &[(15, 22, Tag::new("framing")), (15, 32, Tag::new("quote"))]),
                student("Cai", &[(0, 5, Tag::new("fact"))]),
            ],
            ..Class::default()
        };
        let set = TagSet::default();
        let found = stretches(&class, doc.fingerprint(), &set);
        let spans: Vec<(usize, usize)> = found.iter().map(|s| (s.span.start, s.span.end)).collect();
        assert_eq!(spans, vec![(0, 5), (15, 22), (22, 32)]);
        assert_eq!(found[1].students(&Tag::new("quote")), [0, 1]);
        assert_eq!(found[1].students(&Tag::new("framing")), [1]);
        assert_eq!((found[1].count(None), found[1].count(Some(&Tag::new("framing")))), (2, 1));
        assert_eq!(found[1].majority(), Some((&Tag::new("quote"), 2)));
        assert_eq!(found[0].majority(), Some((&Tag::new("fact"), 1)));
        // Only the Quote on "special relations" has more than half the class (2 of 3),
        // and its two stretches join.
        assert_eq!(majority(&class, doc.fingerprint(), &set), vec![(Span::new(15, 32), Tag::new("quote"))]);
    }

    #[test]
    fn the_legend_lists_every_count_once_for_any_class_size() {
        // Three students use steps 2, 4 and 5; one student is the strongest step.
        assert_eq!(legend(3), vec![(2, 1, 1), (4, 2, 2), (5, 3, 3)]);
        assert_eq!(legend(1), vec![(5, 1, 1)]);
        assert_eq!(legend(10), vec![(1, 1, 2), (2, 3, 4), (3, 5, 6), (4, 7, 8), (5, 9, 10)]);
        assert_eq!(legend(0), vec![]);
        for students in 1..=45 {
            let steps = legend(students);
            assert_eq!(steps.first().map(|s| s.1), Some(1));
            assert_eq!(steps.last().map(|s| (s.0, s.2)), Some((LEVELS, students)));
            assert!(steps.windows(2).all(|w| w[0].2 + 1 == w[1].1 && w[0].0 < w[1].0));
            assert!((1..=students)
                .all(|c| steps.iter().any(|&(l, a, b)| a <= c && c <= b && l == level(c, students))));
        }
    }
}

//! The class's heatmap of one article: the text cut into stretches over which the
//! same students tagged the same tags, each with who tagged it with what.

use crate::model::classroom::class::Class;
use crate::model::text::document::Fingerprint;
use crate::model::text::offsets::Span;
use crate::model::Tag;

/// A stretch of text and the students (indices into the class's submissions) who
/// tagged all of it, per tag in [`Tag::ALL`] order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stretch {
    pub span: Span,
    pub by_tag: [Vec<usize>; 4],
}

impl Stretch {
    /// How many students tagged it with `tag`, or with any tag when None.
    pub fn count(&self, tag: Option<Tag>) -> usize {
        match tag {
            Some(tag) => self.by_tag[tag.index()].len(),
            None => {
                let mut students: Vec<usize> = self.by_tag.iter().flatten().copied().collect();
                students.sort_unstable();
                students.dedup();
                students.len()
            }
        }
    }

    /// The tag most students chose here (the first in [`Tag::ALL`] on a tie).
    pub fn majority(&self) -> Option<Tag> {
        let most = Tag::ALL.iter().map(|t| self.by_tag[t.index()].len()).max()?;
        Tag::ALL.into_iter().find(|t| most > 0 && self.by_tag[t.index()].len() == most)
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
pub fn majority(class: &Class, article: &Fingerprint) -> Vec<(Span, Tag)> {
    let students = class.submissions.len();
    let mut spans: Vec<(Span, Tag)> = Vec::new();
    for stretch in stretches(class, article) {
        let Some(tag) = stretch.majority().filter(|t| stretch.by_tag[t.index()].len() * 2 > students) else {
            continue;
        };
        match spans.last_mut() {
            Some((last, t)) if *t == tag && last.end == stretch.span.start => last.end = stretch.span.end,
            _ => spans.push((stretch.span, tag)),
        }
    }
    spans
}

/// The stretches of `article` that at least one student tagged, in text order.
pub fn stretches(class: &Class, article: &Fingerprint) -> Vec<Stretch> {
    let marks: Vec<(usize, Span, Tag)> = class
        .submissions
        .iter()
        .enumerate()
        .flat_map(|(student, s)| {
            s.annotations.iter().filter(|a| &a.document == article).map(move |a| (student, a.span, a.tag))
        })
        .collect();
    let mut cuts: Vec<usize> = marks.iter().flat_map(|(_, span, _)| [span.start, span.end]).collect();
    cuts.sort_unstable();
    cuts.dedup();
    cuts.windows(2)
        .filter_map(|pair| {
            let span = Span::new(pair[0], pair[1]);
            let mut by_tag: [Vec<usize>; 4] = Default::default();
            for (student, mark, tag) in &marks {
                let students = &mut by_tag[tag.index()];
                if mark.start <= span.start && span.end <= mark.end && !students.contains(student) {
                    students.push(*student);
                }
            }
            by_tag.iter().any(|s| !s.is_empty()).then_some(Stretch { span, by_tag })
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
                .map(|(n, (s, e, t))| annotation(n as u128, &doc, *s, *e, *t))
                .collect(),
        };
        let class = Class {
            submissions: vec![
                student("Ana", &[(15, 32, Tag::Quote)]),
                student("Ben", &[(15, 22, Tag::Framing), (15, 32, Tag::Quote)]),
                student("Cai", &[(0, 5, Tag::Fact)]),
            ],
            ..Class::default()
        };
        let found = stretches(&class, doc.fingerprint());
        let spans: Vec<(usize, usize)> = found.iter().map(|s| (s.span.start, s.span.end)).collect();
        assert_eq!(spans, vec![(0, 5), (15, 22), (22, 32)]);
        assert_eq!(found[1].by_tag[Tag::Quote.index()], vec![0, 1]);
        assert_eq!(found[1].by_tag[Tag::Framing.index()], vec![1]);
        assert_eq!((found[1].count(None), found[1].count(Some(Tag::Framing))), (2, 1));
        assert_eq!(found[1].majority(), Some(Tag::Quote));
        assert_eq!(found[0].majority(), Some(Tag::Fact));
        // Only the Quote on "special relations" has more than half the class (2 of 3),
        // and its two stretches join.
        assert_eq!(majority(&class, doc.fingerprint()), vec![(Span::new(15, 32), Tag::Quote)]);
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

//! Feedback on a student's annotations of one article against the teacher's key.
//!
//! How the score is computed (the page says it in words, `class-method` in the
//! language files):
//! each of the student's spans is paired with at most one span of the key, and
//! each key span with at most one of the student's, the pairs that share the most
//! text first. A pair earns its overlap, the characters the two spans share divided
//! by the characters in either of them (1 for the same span), or half of that when
//! the tags differ. The score is twice the points divided by the number of key
//! spans plus the number of the student's spans: 100% for the key exactly, 0% for
//! nothing right, and every missed or extra span lowers it (it is an F1 score with
//! partial credit).

use crate::model::annotations::annotation::Tag;
use crate::model::text::offsets::Span;

/// A tagged span, from the key or from a student.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mark {
    pub span: Span,
    pub tag: Tag,
}

/// What became of one key span or one student span.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    /// Paired, same tag; `overlap` is 1.0 for exactly the same span.
    Matched { key: Mark, given: Mark, overlap: f64 },
    /// Paired, but the student chose another tag.
    WrongTag { key: Mark, given: Mark, overlap: f64 },
    /// A key span nothing of the student's overlaps (or whose overlapping spans
    /// were paired with other key spans).
    Missed(Mark),
    /// A student span that overlaps no unpaired key span.
    Extra(Mark),
}

impl Outcome {
    /// The points the outcome earns.
    pub fn points(&self) -> f64 {
        match self {
            Outcome::Matched { overlap, .. } => *overlap,
            Outcome::WrongTag { overlap, .. } => overlap / 2.0,
            Outcome::Missed(_) | Outcome::Extra(_) => 0.0,
        }
    }
}

/// The feedback on one article: every outcome, in text order, and the score.
#[derive(Clone, Debug, PartialEq)]
pub struct Feedback {
    pub outcomes: Vec<Outcome>,
    pub key_spans: usize,
    pub given_spans: usize,
}

impl Feedback {
    pub fn points(&self) -> f64 {
        self.outcomes.iter().map(Outcome::points).sum()
    }

    /// Between 0 and 1; 1 when key and answer are both empty (nothing to find,
    /// nothing wrongly marked).
    pub fn score(&self) -> f64 {
        let spans = self.key_spans + self.given_spans;
        if spans == 0 {
            1.0
        } else {
            2.0 * self.points() / spans as f64
        }
    }

    /// How many outcomes of each kind: matched, wrong tag, missed, extra.
    pub fn counts(&self) -> [usize; 4] {
        let mut counts = [0; 4];
        for outcome in &self.outcomes {
            counts[match outcome {
                Outcome::Matched { .. } => 0,
                Outcome::WrongTag { .. } => 1,
                Outcome::Missed(_) => 2,
                Outcome::Extra(_) => 3,
            }] += 1;
        }
        counts
    }
}

/// The characters two spans share divided by the characters in either.
pub fn overlap(a: Span, b: Span) -> f64 {
    let shared = a.end.min(b.end).saturating_sub(a.start.max(b.start));
    let either = a.len() + b.len() - shared;
    if either == 0 {
        0.0
    } else {
        shared as f64 / either as f64
    }
}

/// Scores `given` against `key` (both one article's marks), as the module says.
pub fn score(key: &[Mark], given: &[Mark]) -> Feedback {
    // Every overlapping pair, the largest overlap first; ties go to the same tag,
    // then to text order, so that the result never depends on the input order.
    let mut pairs: Vec<(f64, bool, usize, usize)> = Vec::new();
    for (k, key_mark) in key.iter().enumerate() {
        for (g, given_mark) in given.iter().enumerate() {
            let shared = overlap(key_mark.span, given_mark.span);
            if shared > 0.0 {
                pairs.push((shared, key_mark.tag == given_mark.tag, k, g));
            }
        }
    }
    pairs.sort_by(|a, b| {
        b.0.total_cmp(&a.0)
            .then(b.1.cmp(&a.1))
            .then((key[a.2].span, given[a.3].span).cmp(&(key[b.2].span, given[b.3].span)))
    });
    let (mut key_paired, mut given_paired) = (vec![false; key.len()], vec![false; given.len()]);
    let mut outcomes = Vec::new();
    for (shared, same_tag, k, g) in pairs {
        if key_paired[k] || given_paired[g] {
            continue;
        }
        key_paired[k] = true;
        given_paired[g] = true;
        let (key, given) = (key[k].clone(), given[g].clone());
        outcomes.push(if same_tag {
            Outcome::Matched { key, given, overlap: shared }
        } else {
            Outcome::WrongTag { key, given, overlap: shared }
        });
    }
    outcomes
        .extend(key.iter().zip(&key_paired).filter(|(_, p)| !**p).map(|(m, _)| Outcome::Missed(m.clone())));
    outcomes.extend(
        given.iter().zip(&given_paired).filter(|(_, p)| !**p).map(|(m, _)| Outcome::Extra(m.clone())),
    );
    outcomes.sort_by_key(|o| match o {
        Outcome::Matched { key, .. } | Outcome::WrongTag { key, .. } | Outcome::Missed(key) => key.span,
        Outcome::Extra(given) => given.span,
    });
    Feedback { outcomes, key_spans: key.len(), given_spans: given.len() }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::text::offsets::cp_len;

    fn mark(start: usize, end: usize, tag: Tag) -> Mark {
        Mark { span: Span::new(start, end), tag }
    }

    /// The code-point span of `words` in `text` (its first occurrence).
    fn span_of(text: &str, words: &str) -> Span {
        let byte = text.find(words).expect("the words are in the text");
        let start = cp_len(&text[..byte]);
        Span::new(start, start + cp_len(words))
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn the_key_itself_scores_one_and_nothing_scores_zero() {
        let key = [mark(0, 10, Tag::new("claim")), mark(20, 30, Tag::new("fact"))];
        let perfect = score(&key, &key);
        assert!(close(perfect.score(), 1.0));
        assert_eq!(perfect.counts(), [2, 0, 0, 0]);
        let empty = score(&key, &[]);
        assert!(close(empty.score(), 0.0));
        assert_eq!(empty.counts(), [0, 0, 2, 0]);
        assert!(close(score(&[], &[]).score(), 1.0), "nothing to find, nothing marked");
        assert!(close(score(&[], &key).score(), 0.0), "only extras");
    }

    #[test]
    fn partial_overlap_earns_shared_over_either() {
        // Key 0..10, answer 5..15: 5 shared of 15 in either, a third of a point.
        let feedback = score(&[mark(0, 10, Tag::new("quote"))], &[mark(5, 15, Tag::new("quote"))]);
        assert!(close(feedback.points(), 1.0 / 3.0));
        // Twice a third over two spans.
        assert!(close(feedback.score(), 1.0 / 3.0));
    }

    #[test]
    fn a_nested_span_earns_its_share_of_the_longer() {
        // The answer 2..6 lies inside the key 0..10: 4 of 10.
        let feedback = score(&[mark(0, 10, Tag::new("framing"))], &[mark(2, 6, Tag::new("framing"))]);
        assert!(close(feedback.points(), 0.4));
    }

    #[test]
    fn the_right_span_with_the_wrong_tag_earns_half() {
        let feedback = score(&[mark(0, 10, Tag::new("claim"))], &[mark(0, 10, Tag::new("fact"))]);
        assert_eq!(feedback.counts(), [0, 1, 0, 0]);
        assert!(close(feedback.score(), 0.5));
    }

    #[test]
    fn missed_and_extra_spans_both_lower_the_score() {
        // Two key spans; the student finds one exactly and adds one elsewhere:
        // 1 point, 2 × 1 / (2 + 2).
        let key = [mark(0, 10, Tag::new("claim")), mark(20, 30, Tag::new("fact"))];
        let given = [mark(0, 10, Tag::new("claim")), mark(40, 45, Tag::new("quote"))];
        let feedback = score(&key, &given);
        assert_eq!(feedback.counts(), [1, 0, 1, 1]);
        assert!(close(feedback.score(), 0.5));
    }

    #[test]
    fn each_span_pairs_once_and_the_largest_overlap_wins() {
        // One long answer over two key spans pairs with the one it covers most;
        // the other key span is missed, not matched twice.
        let key = [mark(0, 10, Tag::new("claim")), mark(12, 14, Tag::new("claim"))];
        let feedback = score(&key, &[mark(0, 14, Tag::new("claim"))]);
        assert_eq!(feedback.counts(), [1, 0, 1, 0]);
        assert!(close(feedback.points(), 10.0 / 14.0));
        // The input order does not change the result.
        let reversed = [key[1].clone(), key[0].clone()];
        assert_eq!(score(&reversed, &[mark(0, 14, Tag::new("claim"))]).score(), feedback.score());
    }

    #[test]
    fn spans_after_emoji_and_in_arabic_count_code_points() {
        let text = "Putin 👋🏽 met al-Assad. قال الأسد: «نعيد التعريف».";
        let key = [
            Mark { span: span_of(text, "al-Assad"), tag: Tag::new("framing") },
            Mark { span: span_of(text, "«نعيد التعريف»"), tag: Tag::new("quote") },
        ];
        // The student's quote leaves out the guillemets: 12 of 14 code points.
        let given = [
            Mark { span: span_of(text, "al-Assad"), tag: Tag::new("framing") },
            Mark { span: span_of(text, "نعيد التعريف"), tag: Tag::new("quote") },
        ];
        let feedback = score(&key, &given);
        assert_eq!(feedback.counts(), [2, 0, 0, 0]);
        assert!(close(feedback.points(), 1.0 + 12.0 / 14.0));
    }
}

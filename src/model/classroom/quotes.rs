//! Quotes that several articles share: the passages each article puts in quotation
//! marks, matched across articles by their words, so that differences in quotation
//! marks, dashes, spacing and letter case do not matter.
//!
//! Two passages of different articles are linked when they share a run of at least
//! [`MIN_WORDS`] consecutive words, or when one of them is wholly in the other (a
//! short quote such as “restore and redefine”): shorter runs ("with Russia, and")
//! are common phrases, not quotes. Linked runs form a group (a quote that one outlet
//! gives in full and another in part is one group). Each member's span is the part
//! of its passage that some other member shares.

use crate::model::classroom::agreement::words;
use crate::model::text::document::Document;
use crate::model::text::offsets::{CpIndex, Span};

/// The shortest run of shared words that links two passages, unless the run is a
/// whole passage.
pub const MIN_WORDS: usize = 5;
/// A whole passage links with fewer words, but not with fewer than these.
const MIN_WHOLE_WORDS: usize = 3;
/// Passages longer than this (in code points) are not quotes but unbalanced marks.
const MAX_PASSAGE: usize = 1_500;

/// One article's part in a shared quote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Member {
    /// The article's index among those given.
    pub article: usize,
    pub span: Span,
}

/// A quote found in two or more articles.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SharedQuote {
    /// In article and text order.
    pub members: Vec<Member>,
}

/// A quoted passage: where it is, and its words (lowercased) with their spans.
struct Passage {
    article: usize,
    words: Vec<(String, Span)>,
}

/// A run of words that a passage shares with another: a node of the groups. Runs
/// of one passage that overlap are one node, so that a long passage holding two
/// different quotes does not join them.
struct Run {
    passage: usize,
    span: Span,
}

/// The quotes that `articles` share, in the order of their first appearance.
pub fn shared(articles: &[&Document]) -> Vec<SharedQuote> {
    let mut passages: Vec<Passage> = Vec::new();
    for (article, doc) in articles.iter().enumerate() {
        let index = doc.index();
        for span in quoted(doc.text()) {
            let text = index.slice(span).unwrap_or_default();
            let words: Vec<(String, Span)> = words(text)
                .into_iter()
                .map(|w| shifted(w, span.start))
                .map(|w| (slice(&index, w).to_lowercase(), w))
                .collect();
            if words.len() >= MIN_WHOLE_WORDS {
                passages.push(Passage { article, words });
            }
        }
    }
    // Link passages of different articles by their longest common run of words.
    let (mut runs, mut group): (Vec<Run>, Vec<usize>) = (Vec::new(), Vec::new());
    for a in 0..passages.len() {
        for b in a + 1..passages.len() {
            if passages[a].article == passages[b].article {
                continue;
            }
            let Some((at_a, at_b, len)) = longest_run(&passages[a].words, &passages[b].words) else {
                continue;
            };
            let whole = len == passages[a].words.len() || len == passages[b].words.len();
            if len < MIN_WORDS && !whole {
                continue;
            }
            let [node_a, node_b] = [(a, at_a), (b, at_b)].map(|(p, at)| {
                let span = Span::new(passages[p].words[at].1.start, passages[p].words[at + len - 1].1.end);
                node(&mut runs, &mut group, p, span)
            });
            let (root_a, root_b) = (root(&mut group, node_a), root(&mut group, node_b));
            group[root_a.max(root_b)] = root_a.min(root_b);
        }
    }
    let mut quotes: Vec<(usize, SharedQuote)> = Vec::new();
    let mut order: Vec<usize> = (0..runs.len()).collect();
    order.sort_by_key(|&n| (passages[runs[n].passage].article, runs[n].span));
    for n in order {
        let member = Member { article: passages[runs[n].passage].article, span: runs[n].span };
        let root = root(&mut group, n);
        match quotes.iter_mut().find(|(r, _)| *r == root) {
            Some((_, quote)) => quote.members.push(member),
            None => quotes.push((root, SharedQuote { members: vec![member] })),
        }
    }
    quotes.into_iter().map(|(_, quote)| quote).collect()
}

/// The node of `span` in `passage`: an overlapping run of it, widened, or a new one.
fn node(runs: &mut Vec<Run>, group: &mut Vec<usize>, passage: usize, span: Span) -> usize {
    let overlapping =
        runs.iter().position(|r| r.passage == passage && r.span.start < span.end && span.start < r.span.end);
    match overlapping {
        Some(n) => {
            let run = &mut runs[n];
            run.span = Span::new(run.span.start.min(span.start), run.span.end.max(span.end));
            n
        }
        None => {
            runs.push(Run { passage, span });
            group.push(group.len());
            runs.len() - 1
        }
    }
}

fn root(group: &mut [usize], mut at: usize) -> usize {
    while group[at] != at {
        group[at] = group[group[at]];
        at = group[at];
    }
    at
}

fn shifted(span: Span, by: usize) -> Span {
    Span::new(span.start + by, span.end + by)
}

fn slice<'t>(index: &CpIndex<'t>, span: Span) -> &'t str {
    index.slice(span).unwrap_or_default()
}

/// The longest run of equal words: (start in a, start in b, length).
fn longest_run(a: &[(String, Span)], b: &[(String, Span)]) -> Option<(usize, usize, usize)> {
    let mut best = None;
    let mut previous = vec![0usize; b.len() + 1];
    for (i, (word, _)) in a.iter().enumerate() {
        let mut current = vec![0usize; b.len() + 1];
        for (j, (other, _)) in b.iter().enumerate() {
            if word == other {
                current[j + 1] = previous[j] + 1;
                if best.is_none_or(|(_, _, len)| current[j + 1] > len) {
                    best = Some((i + 1 - current[j + 1], j + 1 - current[j + 1], current[j + 1]));
                }
            }
        }
        previous = current;
    }
    best
}

/// The spans inside double quotation marks (curly, straight, guillemets, low-9),
/// each within one line. Single quotes are left out: ’ is also the apostrophe.
fn quoted(text: &str) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut open: Option<(usize, char)> = None;
    for (cp, ch) in text.chars().enumerate() {
        match (open, ch) {
            (_, '\n') => open = None,
            (None, '“' | '«' | '„' | '"') => open = Some((cp + 1, ch)),
            (Some((start, opener)), '”' | '»' | '“' | '"') if closes(opener, ch) => {
                if cp > start && cp - start <= MAX_PASSAGE {
                    spans.push(Span::new(start, cp));
                }
                open = None;
            }
            _ => {}
        }
    }
    spans
}

fn closes(opener: char, ch: char) -> bool {
    match opener {
        '“' => ch == '”',
        '«' => ch == '»',
        '„' => ch == '“' || ch == '”',
        _ => ch == '"',
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::classroom::sample;

    #[test]
    fn the_sample_outlets_share_the_restore_and_redefine_quote() {
        let docs = sample::documents();
        let articles: Vec<&Document> = docs.iter().collect();
        let quotes = shared(&articles);
        let text = |m: &Member| docs[m.article].index().slice(m.span).unwrap().to_owned();
        let restore = quotes
            .iter()
            .find(|q| q.members.iter().any(|m| text(m).starts_with("We are trying to restore and redefine")))
            .expect("the quote is found");
        let outlets: Vec<&str> = restore.members.iter().map(|m| docs[m.article].source.as_str()).collect();
        // Press TV, Outlet B and Outlet E quote it at length, Outlet C only
        // “restore and redefine”, and Kurdistan24 in another translation ("we are
        // trying to redefine and reshape the nature of these relations").
        for outlet in [
            "Press TV",
            "Outlet B (a news blog)",
            "Outlet C (a news site)",
            "Kurdistan24",
            "Outlet E (a daily newspaper)",
        ] {
            assert!(outlets.contains(&outlet), "{outlet} in {outlets:?}");
        }
        let texts: Vec<String> = restore.members.iter().map(text).collect();
        assert!(texts.contains(
            &"We are trying to restore and redefine in a new way the nature of these relations".into()
        ));
        assert!(texts.contains(&"restore and redefine".into()), "{texts:?}");
        assert!(texts.contains(&"the nature of these relations".into()), "{texts:?}");
        // A quote none of the others gives stays out of every group.
        let unshared = "I was 17 or 18 years old";
        assert!(quotes.iter().flat_map(|q| &q.members).all(|m| !text(m).contains(unshared)));
    }

    #[test]
    fn marks_dashes_spacing_and_case_do_not_matter_but_a_short_run_does() {
        let a = Document::new("A", "a", "He said: “We will  restore the ties — fully,” today.").unwrap();
        let b = Document::new("B", "b", "Quote: \"we will restore the ties - fully\" and more.").unwrap();
        let c =
            Document::new("C", "c", "Only «he said we will restore» here, and “the ties” there.").unwrap();
        let quotes = shared(&[&a, &b, &c]);
        assert_eq!(quotes.len(), 1);
        let members = &quotes[0].members;
        assert_eq!(members.iter().map(|m| m.article).collect::<Vec<_>>(), vec![0, 1]);
        assert_eq!(a.index().slice(members[0].span).unwrap(), "We will  restore the ties — fully");
        assert_eq!(b.index().slice(members[1].span).unwrap(), "we will restore the ties - fully");
    }
}

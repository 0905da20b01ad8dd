//! Re-anchoring: where an imported annotation belongs in a text that may not be the
//! one it was made on (a re-pasted article, changed whitespace or quotes, a paragraph
//! added). The annotation's quote decides, with its prefix and suffix to tell
//! repeated phrases apart; an approximate match is tried when the exact one fails;
//! a bare position is trusted only when there is no quote to check it against.
//! When none of these places it, the caller gets the reason, never a guess.

use crate::model::text::document::Document;
use crate::model::text::offsets::{snap_to_graphemes, CpIndex, Span};
use crate::model::Said;
use std::cell::{Cell, OnceCell};

/// What a format says about the text an annotation covers: the W3C
/// `TextQuoteSelector`. Prefix and suffix may be empty.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Quote {
    pub exact: String,
    pub prefix: String,
    pub suffix: String,
}

impl Quote {
    pub fn exact(exact: &str) -> Quote {
        Quote { exact: exact.to_owned(), ..Quote::default() }
    }
}

/// How an annotation was placed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Placement {
    /// Where its position said, and its quote (if any) agrees.
    AsGiven,
    /// Its exact quote, found elsewhere in the text.
    Moved,
    /// Its quote, found after folding whitespace, quotes and dashes, or with a few
    /// characters changed.
    Approximate,
}

/// The most characters one approximate search compares (quote length times text
/// length), so that a long quote in a long text cannot freeze the page.
const FUZZY_BUDGET: usize = 8_000_000;
/// The most characters all approximate searches in one text compare, so that a
/// file of thousands of annotations for another text cannot freeze the page either.
const FUZZY_TOTAL: usize = 50 * FUZZY_BUDGET;
/// How far around its old position a quote is first looked for, in code points:
/// text inserted or removed before it usually moves it less than this.
const NEAR: usize = 4096;
/// Quotes shorter than this are too common to match approximately.
const FUZZY_MIN_CHARS: usize = 8;

/// A text prepared for placing many annotations in it.
pub struct Text<'t> {
    text: &'t str,
    index: CpIndex<'t>,
    folded: OnceCell<Folded>,
    /// What is left of [`FUZZY_TOTAL`].
    fuzzy_left: Cell<usize>,
}

impl<'t> Text<'t> {
    pub fn new(text: &'t str) -> Text<'t> {
        Text::indexed(text, CpIndex::new(text))
    }

    /// A document's text, with the code-point index the document already holds
    /// (indexing a 5 MB text again for every import takes tens of milliseconds).
    pub fn of(document: &'t Document) -> Text<'t> {
        Text::indexed(document.text(), document.index())
    }

    fn indexed(text: &'t str, index: CpIndex<'t>) -> Text<'t> {
        Text { text, index, folded: OnceCell::new(), fuzzy_left: Cell::new(FUZZY_TOTAL) }
    }

    fn len(&self) -> usize {
        self.index.len()
    }

    pub fn slice(&self, span: Span) -> Option<&'t str> {
        (span.end <= self.len()).then(|| self.index.slice(span).ok()).flatten()
    }

    /// Whether the text holds the quote word for word, somewhere.
    pub fn holds(&self, quote: &Quote) -> bool {
        !quote.exact.is_empty() && self.text.contains(quote.exact.as_str())
    }

    /// Places an annotation by its quote and its position `hint`, in that order of
    /// trust; with no quote, by the position alone. The quote must be found exactly,
    /// or after folding; [`Text::anchor_approximately`] is the next step.
    pub fn anchor(&self, quote: Option<&Quote>, hint: Option<Span>) -> Result<(Span, Placement), Said> {
        let hint = self.usable(hint);
        let Some(quote) = quote.filter(|q| !q.exact.is_empty()) else {
            return hint.map(|span| (span, Placement::AsGiven)).ok_or_else(|| Said::new("anchor-nothing"));
        };
        if let Some(span) = hint.filter(|span| self.slice(*span) == Some(quote.exact.as_str())) {
            return Ok((span, Placement::AsGiven));
        }
        self.could_hold(quote)?;
        if let Some(span) = hint.and_then(|hint| self.near(quote, hint)) {
            return Ok((span, Placement::Moved));
        }
        if let Some(found) = best(self.text, quote, hint.map(|h| h.start))? {
            return Ok((Span::new(found.start, found.end), Placement::Moved));
        }
        let (folded, folded_quote, folded_hint) = self.fold(quote, hint);
        match best(&folded.text, &folded_quote, folded_hint)? {
            Some(found) => Ok((self.unfold(folded, found), Placement::Approximate)),
            None => Err(Said::new("anchor-not-found").text("quote", short(&quote.exact))),
        }
    }

    /// Places a quote that [`Text::anchor`] did not find, allowing a few changed
    /// characters. Only worth calling after `anchor` failed: it does not repeat the
    /// exact search.
    pub fn anchor_approximately(&self, quote: &Quote, hint: Option<Span>) -> Result<(Span, Placement), Said> {
        let quoted = short(&quote.exact);
        self.could_hold(quote)?;
        if self.fuzzy_left.get() < FUZZY_BUDGET {
            return Err(Said::new("anchor-budget-spent").text("quote", quoted));
        }
        let (folded, folded_quote, folded_hint) = self.fold(quote, self.usable(hint));
        let (found, cost) = fuzzy(folded, &folded_quote, folded_hint);
        self.fuzzy_left.set(self.fuzzy_left.get() - cost);
        match found? {
            Some(found) => Ok((self.unfold(folded, found), Placement::Approximate)),
            None if cost > 0 => Err(Said::new("anchor-not-even-approximately").text("quote", quoted)),
            None => Err(Said::new("anchor-not-found").text("quote", quoted)),
        }
    }

    /// Refuses a quote far longer than the text at once: folding shortens a text
    /// (runs of spaces become one), but not fourfold, and folding a 20 MB quote only
    /// to find that out takes seconds.
    fn could_hold(&self, quote: &Quote) -> Result<(), Said> {
        match quote.exact.len() > 4 * self.text.len() + 64 {
            true => Err(Said::new("anchor-too-long").text("quote", short(&quote.exact))),
            false => Ok(()),
        }
    }

    /// A position hint that lies inside the text, or none.
    fn usable(&self, hint: Option<Span>) -> Option<Span> {
        hint.filter(|span| !span.is_empty() && span.end <= self.len())
    }

    /// The folded text (made once per text), the folded quote, and the hint's
    /// folded position.
    fn fold(&self, quote: &Quote, hint: Option<Span>) -> (&Folded, Quote, Option<usize>) {
        let folded = self.folded.get_or_init(|| Folded::of(self.text));
        let quote = Quote {
            exact: Folded::of(&quote.exact).text,
            prefix: Folded::of(&quote.prefix).text,
            suffix: Folded::of(&quote.suffix).text,
        };
        (folded, quote, hint.map(|h| folded.folded_position(h.start)))
    }

    /// The original span of a match in the folded text, widened to whole graphemes.
    fn unfold(&self, folded: &Folded, found: Candidate) -> Span {
        snap_to_graphemes(self.text, folded.to_original(found.start, found.end))
    }

    /// The quote near its old position, if it is found there with all of its prefix
    /// and suffix: in a long text that saves searching the whole of it.
    fn near(&self, quote: &Quote, hint: Span) -> Option<Span> {
        let from = hint.start.saturating_sub(NEAR);
        let to = (hint.end + NEAR).min(self.len());
        let window = &self.text[self.index.byte(from).ok()?..self.index.byte(to).ok()?];
        let found = best(window, quote, Some(hint.start - from)).ok()??;
        let whole = quote.prefix.chars().count() + quote.suffix.chars().count();
        (found.context == whole).then(|| Span::new(from + found.start, from + found.end))
    }
}

/// The first words of a quote, for messages.
fn short(text: &str) -> String {
    let mut out: String = text.chars().take(40).collect();
    if text.chars().nth(40).is_some() {
        out.push('…');
    }
    out
}

/// How many characters of the quote's prefix and suffix agree with the text around
/// `[start, end)` (byte offsets).
fn context_score(text: &str, start: usize, end: usize, quote: &Quote) -> usize {
    let before = text[..start].chars().rev().zip(quote.prefix.chars().rev()).take_while(|(a, b)| a == b);
    let after = text[end..].chars().zip(quote.suffix.chars()).take_while(|(a, b)| a == b);
    before.count() + after.count()
}

/// One place a quote might belong, in code points, with what speaks for it.
#[derive(Clone, Copy)]
struct Candidate {
    start: usize,
    end: usize,
    context: usize,
    /// Distance from the position hint; 0 without one.
    distance: usize,
}

/// Picks the candidate with the most context, then the nearest to the hint. Two
/// different places that nothing tells apart are an error, not a coin toss.
fn choose(candidates: &[Candidate], quote: &Quote) -> Result<Option<Candidate>, Said> {
    let Some(top) = candidates.iter().max_by_key(|c| (c.context, std::cmp::Reverse(c.distance))) else {
        return Ok(None);
    };
    let place = Span::new(top.start, top.end);
    let rivals = candidates
        .iter()
        .filter(|c| (c.context, c.distance) == (top.context, top.distance))
        .filter(|c| !Span::new(c.start, c.end).overlaps(place))
        .count();
    if rivals > 0 {
        return Err(Said::new("anchor-ambiguous")
            .text("quote", short(&quote.exact))
            .number("count", rivals + 1));
    }
    Ok(Some(*top))
}

/// The exact occurrences of the quote in `text`, the best of them in code points.
fn best(text: &str, quote: &Quote, hint: Option<usize>) -> Result<Option<Candidate>, Said> {
    if quote.exact.is_empty() {
        return Ok(None);
    }
    let len = quote.exact.chars().count();
    let mut candidates = Vec::new();
    // Occurrences come in order, so code points are counted once across the text.
    let (mut byte, mut cp) = (0, 0);
    for (at, _) in text.match_indices(quote.exact.as_str()) {
        cp += text[byte..at].chars().count();
        byte = at;
        candidates.push(Candidate {
            start: cp,
            end: cp + len,
            context: context_score(text, at, at + quote.exact.len(), quote),
            distance: hint.map_or(0, |h| h.abs_diff(cp)),
        });
    }
    choose(&candidates, quote)
}

/// Sellers' approximate substring search: the places where the quote matches with
/// the fewest edits, at most a quarter of its length. Also says how many characters
/// it compared.
fn fuzzy(folded: &Folded, quote: &Quote, hint: Option<usize>) -> (Result<Option<Candidate>, Said>, usize) {
    let pattern: Vec<char> = quote.exact.chars().collect();
    let m = pattern.len();
    if m < FUZZY_MIN_CHARS {
        return (Ok(None), 0);
    }
    let Some((from, to)) = fuzzy_window(folded.chars.len(), m, hint) else { return (Ok(None), 0) };
    (sellers(folded, &pattern, from, to, quote, hint), m * (to - from))
}

/// The part of the text an approximate search for `m` characters may afford: all
/// of it, or a window around the hint.
fn fuzzy_window(len: usize, m: usize, hint: Option<usize>) -> Option<(usize, usize)> {
    let width = FUZZY_BUDGET / m;
    if len <= width {
        Some((0, len))
    } else {
        let from = hint?.saturating_sub(width / 2);
        Some((from, (from + width).min(len)))
    }
}

fn sellers(
    folded: &Folded,
    pattern: &[char],
    from: usize,
    to: usize,
    quote: &Quote,
    hint: Option<usize>,
) -> Result<Option<Candidate>, Said> {
    let text = &folded.chars;
    let m = pattern.len();
    let limit = m / 4;
    // One column of the edit-distance table per text character, with where each
    // cell's best alignment started.
    let mut cost: Vec<usize> = (0..=m).collect();
    let mut start: Vec<usize> = vec![from; m + 1];
    let mut ends: Vec<(usize, usize, usize)> = Vec::new();
    for (j, &ch) in text[from..to].iter().enumerate() {
        let j = from + j;
        let (mut diag_cost, mut diag_start) = (0, j);
        cost[0] = 0;
        start[0] = j + 1;
        for i in 1..=m {
            let (up_cost, up_start) = (cost[i], start[i]);
            let substitute = diag_cost + usize::from(pattern[i - 1] != ch);
            let (mut best_cost, mut best_start) = (substitute, diag_start);
            if cost[i - 1] + 1 < best_cost {
                (best_cost, best_start) = (cost[i - 1] + 1, start[i - 1]);
            }
            if up_cost + 1 < best_cost {
                (best_cost, best_start) = (up_cost + 1, up_start);
            }
            (diag_cost, diag_start) = (up_cost, up_start);
            cost[i] = best_cost;
            start[i] = best_start;
        }
        if cost[m] <= limit {
            ends.push((cost[m], start[m], j + 1));
        }
    }
    // Fewest edits, but a match that cuts a word the quote did not cut counts two
    // more at each such edge: "agency)" changed to "agencies)" is matched whole,
    // not as "agencie", which is one edit closer.
    let fit = |&(cost, s, e): &(usize, usize, usize)| cost + 2 * cut_edges(text, s, e, quote);
    let Some(fewest) = ends.iter().map(fit).min() else { return Ok(None) };
    let byte_of = |cp: usize| folded.text.char_indices().nth(cp).map_or(folded.text.len(), |(b, _)| b);
    let candidates: Vec<Candidate> = ends
        .iter()
        .filter(|e| fit(e) == fewest)
        .map(|&(_, s, e)| Candidate {
            start: s,
            end: e,
            context: context_score(&folded.text, byte_of(s), byte_of(e), quote),
            distance: hint.map_or(0, |h| h.abs_diff(s)),
        })
        .collect();
    choose(&candidates, quote)
}

/// How many edges of the match `start..end` fall inside a word where the quote's
/// own edge (with its prefix or suffix) does not.
fn cut_edges(text: &[char], start: usize, end: usize, quote: &Quote) -> usize {
    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let inside = |before: Option<char>, after: Option<char>| word(before) && word(after);
    let quote_starts_inside = inside(quote.prefix.chars().next_back(), quote.exact.chars().next());
    let quote_ends_inside = inside(quote.exact.chars().next_back(), quote.suffix.chars().next());
    let at = |i: Option<usize>| i.and_then(|i| text.get(i).copied());
    let starts_inside = inside(at(start.checked_sub(1)), at(Some(start)));
    let ends_inside = inside(at(end.checked_sub(1)), at(Some(end)));
    usize::from(starts_inside && !quote_starts_inside) + usize::from(ends_inside && !quote_ends_inside)
}

/// A text with whitespace runs collapsed to one space, typographic quotes and dashes
/// made plain, and invisible characters dropped, mapped back to the original.
struct Folded {
    text: String,
    chars: Vec<char>,
    /// For each folded character, the original code points it stands for.
    from: Vec<Span>,
}

impl Folded {
    fn of(original: &str) -> Folded {
        let mut text = String::with_capacity(original.len());
        let mut from: Vec<Span> = Vec::with_capacity(original.len());
        let mut in_space = false;
        for (cp, ch) in original.chars().enumerate() {
            let plain = match ch {
                '\u{00AD}' | '\u{200B}' | '\u{FEFF}' => continue,
                c if c.is_whitespace() => ' ',
                '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' => '\'',
                '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '«' | '»' => '"',
                '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
                c => c,
            };
            if plain == ' ' && in_space {
                // The run's one space stands for all of it.
                if let Some(last) = from.last_mut() {
                    last.end = cp + 1;
                }
                continue;
            }
            in_space = plain == ' ';
            text.push(plain);
            from.push(Span::new(cp, cp + 1));
        }
        Folded { chars: text.chars().collect(), text, from }
    }

    /// The folded position of an original one.
    fn folded_position(&self, cp: usize) -> usize {
        self.from.partition_point(|span| span.end <= cp)
    }

    /// The original span of the folded `[start, end)`.
    fn to_original(&self, start: usize, end: usize) -> Span {
        Span::new(self.from[start].start, self.from[end - 1].end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ARTICLE: &str =
        "The minister said “talks went well”.\nThe minister said nothing else.\nLater, talks  went on.";

    fn quote(prefix: &str, exact: &str, suffix: &str) -> Quote {
        Quote { exact: exact.into(), prefix: prefix.into(), suffix: suffix.into() }
    }

    /// Exact, then approximate, as the importers' merge does.
    fn both(t: &Text, quote: Option<&Quote>, hint: Option<Span>) -> Result<(Span, Placement), Said> {
        t.anchor(quote, hint).or_else(|why| match quote {
            Some(quote) => t.anchor_approximately(quote, hint),
            None => Err(why),
        })
    }

    fn place(text: &str, quote: Option<&Quote>, hint: Option<Span>) -> Result<(String, Placement), String> {
        let t = Text::new(text);
        both(&t, quote, hint)
            .map(|(span, how)| (t.slice(span).unwrap().to_owned(), how))
            .map_err(|e| e.to_string())
    }

    #[test]
    fn a_quote_far_longer_than_the_text_is_refused_at_once() {
        let q = Quote::exact(&"minister ".repeat(ARTICLE.len()));
        let error = place(ARTICLE, Some(&q), None).unwrap_err();
        assert!(error.ends_with("is longer than the article"), "{error}");
    }

    #[test]
    fn a_matching_position_is_taken_as_given() {
        let q = Quote::exact("minister");
        assert_eq!(
            place(ARTICLE, Some(&q), Some(Span::new(4, 12))),
            Ok(("minister".into(), Placement::AsGiven))
        );
        let at = Text::new(ARTICLE).anchor(Some(&q), Some(Span::new(41, 49))).unwrap();
        assert_eq!(at, (Span::new(41, 49), Placement::AsGiven));
    }

    #[test]
    fn prefix_and_suffix_choose_among_repeats() {
        let q = quote("said nothing else.\nLater, ", "talks", "  went on");
        let (span, how) = Text::new(ARTICLE).anchor(Some(&q), None).unwrap();
        assert_eq!(how, Placement::Moved);
        assert_eq!(span.start, ARTICLE.chars().position(|c| c == 'L').unwrap() + 7);
    }

    #[test]
    fn the_nearest_repeat_wins_when_context_is_equal() {
        let q = Quote::exact("The minister said");
        let (span, _) = Text::new(ARTICLE).anchor(Some(&q), Some(Span::new(30, 40))).unwrap();
        assert_eq!(span.start, 37);
    }

    #[test]
    fn repeats_that_nothing_tells_apart_are_refused() {
        let error = place(ARTICLE, Some(&Quote::exact("The minister said")), None).unwrap_err();
        assert!(error.contains("appears 2 times"), "{error}");
    }

    #[test]
    fn changed_quotes_and_whitespace_still_match() {
        let repasted = "The minister said \"talks  went\n well\".";
        let q = quote("minister said ", "“talks went well”", ".");
        assert_eq!(
            place(repasted, Some(&q), Some(Span::new(60, 70))),
            Ok(("\"talks  went\n well\"".into(), Placement::Approximate))
        );
    }

    #[test]
    fn a_few_changed_letters_match_approximately() {
        let edited = "Intro added.\nThe minister said talks went fine and nothing else.";
        let q = Quote::exact("talks went well and nothing else");
        assert_eq!(
            place(edited, Some(&q), None),
            Ok(("talks went fine and nothing else".into(), Placement::Approximate))
        );
    }

    #[test]
    fn an_approximate_match_takes_whole_words() {
        let edited = "(Photo by TASS news agencies) and more.";
        let q = quote("Moscow. ", "(Photo by TASS news agency)", "\n\nSyria");
        assert_eq!(
            place(edited, Some(&q), None),
            Ok(("(Photo by TASS news agencies)".into(), Placement::Approximate))
        );
    }

    #[test]
    fn text_that_is_gone_is_an_orphan_with_a_reason() {
        let error =
            place(ARTICLE, Some(&Quote::exact("an entirely different sentence")), Some(Span::new(0, 5)))
                .unwrap_err();
        assert!(error.contains("not in the article"), "{error}");
        // Short quotes are never matched approximately: too many near misses.
        assert!(place(ARTICLE, Some(&Quote::exact("tolks")), None).is_err());
    }

    #[test]
    fn approximate_search_stops_when_its_budget_is_spent() {
        let text = Text::new("The minister said talks went fine and nothing else.");
        let q = Quote::exact("talks went well and nothing else");
        assert!(both(&text, Some(&q), None).is_ok());
        text.fuzzy_left.set(FUZZY_BUDGET - 1);
        let error = both(&text, Some(&q), None).unwrap_err();
        assert!(error.to_string().contains("too many others"), "{error}");
    }

    #[test]
    fn without_a_quote_the_position_decides_if_it_fits() {
        assert_eq!(place("abc👋def", None, Some(Span::new(2, 4))), Ok(("c👋".into(), Placement::AsGiven)));
        assert!(place("abc", None, Some(Span::new(2, 9))).is_err());
        assert!(place("abc", None, None).is_err());
    }

    #[test]
    fn approximate_matches_do_not_split_emoji() {
        let text = "Greeting 👋🏽 from the minister said here";
        let q = Quote::exact("🏽 from the ministar");
        let (span, _) = both(&Text::new(text), Some(&q), None).unwrap();
        assert_eq!(Text::new(text).slice(span), Some("👋🏽 from the minister"));
    }
}

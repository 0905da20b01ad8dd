//! A saved web page (or HTML pasted from one) as an article: its own text, in
//! paragraphs, without the page around it (navigation, menus, share buttons,
//! comments, related links, cookie banners, scripts and styles), and what the page
//! says of itself: title, site, byline and date.
//!
//! The browser parses the HTML (`ui::browser::webpage`), without running any of
//! it, and hands over the tree as [`Node`]s; this module only decides what to keep.

use super::bidi::{isolate, quoted};
use super::document::{Document, DocumentError};
use crate::model::Said;
use serde_json::Value;

/// An HTML node, as the browser parsed it. Only the [`ATTRIBUTES`] that say what
/// a node is are kept.
#[derive(Clone, Debug, PartialEq)]
pub enum Node {
    Element { tag: String, attributes: Vec<(String, String)>, children: Vec<Node> },
    Text(String),
}

/// The attributes that say what an element is: whoever parses a page for
/// [`extract`] keeps these and leaves the rest behind.
pub const ATTRIBUTES: &[&str] = &[
    "class",
    "id",
    "role",
    "property",
    "name",
    "content",
    "rel",
    "href",
    "type",
    "hidden",
    "aria-hidden",
    "datetime",
];

/// How deep a parsed tree goes: an element nested deeper is handed over as its
/// text alone, so that a page nested thousands deep (as a hostile one can be)
/// cannot exhaust the stack of the walks here, or of the parser's own.
pub const DEEPEST: usize = 256;

/// How deep a page may nest its elements before it is refused unread. Browsers
/// stop nesting at 512 levels and parse anything deeper ever more slowly
/// (Chromium took 27 s over 100,000 levels, all that time without answering the
/// reader); no news page comes near.
pub const DEEPEST_PAGE: usize = 1_000;

/// Elements that never hold others (void), or that the next of their kind closes
/// (a page may leave `<p>` and `<li>` open): they do not deepen a page.
const FLAT: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    "param", "p", "li", "option", "td", "th", "tr", "dt", "dd",
];

/// How deep `html` nests its elements, as its tags say (without parsing it):
/// to refuse, before the browser parses it, a page nested deeper than
/// [`DEEPEST_PAGE`].
pub fn nesting(html: &str) -> usize {
    let (mut depth, mut deepest) = (0usize, 0usize);
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        rest = &rest[open + 1..];
        if let Some(comment) = rest.strip_prefix("!--") {
            rest = comment.find("-->").map_or("", |end| &comment[end + 3..]);
            continue;
        }
        let closing = rest.starts_with('/');
        let name_start = usize::from(closing);
        let name_len =
            rest[name_start..].find(|c: char| !c.is_ascii_alphanumeric()).unwrap_or(rest.len() - name_start);
        let name = rest[name_start..name_start + name_len].to_ascii_lowercase();
        if name.is_empty() {
            continue;
        }
        let end = rest.find('>').unwrap_or(rest.len());
        let self_closing = rest[..end].ends_with('/');
        rest = rest.get(end + 1..).unwrap_or("");
        if FLAT.contains(&name.as_str()) || self_closing {
            continue;
        }
        if closing {
            depth = depth.saturating_sub(1);
            continue;
        }
        depth += 1;
        deepest = deepest.max(depth);
        // A script's or style's text is not markup, whatever it holds.
        if name == "script" || name == "style" {
            let closes =
                |at: &usize| rest[at + 2..].get(..name.len()).is_some_and(|n| n.eq_ignore_ascii_case(&name));
            rest = rest.match_indices("</").map(|(at, _)| at).find(closes).map_or("", |at| &rest[at..]);
        }
    }
    deepest
}

/// What a page holds as an article.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Page {
    pub title: Option<String>,
    /// The site's name, or the domain it was saved from.
    pub site: Option<String>,
    pub byline: Option<String>,
    /// As the page writes it (often an ISO 8601 time).
    pub published: Option<String>,
    pub paragraphs: Vec<String>,
}

impl Page {
    /// The article's text: its paragraphs, an empty line between each two.
    pub fn text(&self) -> String {
        self.paragraphs.join("\n\n")
    }

    /// The article, with the page's title, and its site as the source (else the
    /// file's name).
    pub fn document(&self, file_name: &str) -> Result<Document, DocumentError> {
        let source = self.site.as_deref().unwrap_or(file_name);
        Document::new(self.title.as_deref().unwrap_or_default(), source, &self.text())
    }

    /// What was taken from the page saved as `file_name`, in words for the reader
    /// (dates in the time zone `offset` minutes ahead of UTC).
    pub fn said(&self, file_name: &str, offset: i32) -> Said {
        let mut parts = vec![Said::new("web-paragraphs").number("count", self.paragraphs.len())];
        if let Some(title) = &self.title {
            parts.push(Said::new("web-titled").text("title", quoted(title)));
        }
        if let Some(site) = &self.site {
            parts.push(Said::new("web-from").text("site", isolate(site)));
        }
        if let Some(byline) = &self.byline {
            parts.push(Said::new("web-by").text("byline", isolate(byline)));
        }
        if let Some(published) = &self.published {
            parts.push(Said::new("web-published").date("date", published, offset));
        }
        Said::new("read-web-page").text("name", isolate(file_name)).list("parts", parts)
    }
}

/// Elements never part of an article's text.
const LEFT_OUT: &[&str] = &[
    "script", "style", "noscript", "template", "nav", "footer", "aside", "form", "button", "iframe", "svg",
    "canvas", "select", "input", "textarea", "head", "object", "embed", "video", "audio", "picture", "img",
    "dialog", "menu",
];

/// Words in a class, id or role that mark the page around an article.
const CHROME: &[&str] = &[
    "share",
    "social",
    "comment",
    "related",
    "newsletter",
    "cookie",
    "consent",
    "banner",
    "promo",
    "advert",
    "sponsor",
    "sidebar",
    "sharing",
    "menu",
    "breadcrumb",
    "subscribe",
    "signup",
    "paywall",
    "recommend",
    "recommended",
    "more-stories",
    "tags",
    "toolbar",
    "popup",
    "modal",
    "navigation",
    "masthead",
    "site-header",
    "site-footer",
];

/// Elements that end a paragraph: the text inside each is one paragraph (or more).
const BLOCKS: &[&str] = &[
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "blockquote",
    "pre",
    "div",
    "section",
    "article",
    "main",
    "header",
    "figcaption",
    "figure",
    "tr",
    "table",
    "ul",
    "ol",
    "dd",
    "dt",
    "dl",
    "address",
    "br",
    "hr",
    "body",
    "html",
];

impl Node {
    fn tag(&self) -> &str {
        match self {
            Node::Element { tag, .. } => tag,
            Node::Text(_) => "",
        }
    }

    fn attribute(&self, name: &str) -> Option<&str> {
        match self {
            Node::Element { attributes, .. } => {
                attributes.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
            }
            Node::Text(_) => None,
        }
    }

    fn children(&self) -> &[Node] {
        match self {
            Node::Element { children, .. } => children,
            Node::Text(_) => &[],
        }
    }

    /// Every node under this one (itself first), in document order.
    fn descendants(&self) -> Vec<&Node> {
        let (mut all, mut stack) = (Vec::new(), vec![self]);
        while let Some(node) = stack.pop() {
            all.push(node);
            stack.extend(node.children().iter().rev());
        }
        all
    }

    /// The text inside, whitespace collapsed, skipping what is never text.
    fn words(&self) -> String {
        let mut out = String::new();
        self.collect_words(&mut out);
        out.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    fn collect_words(&self, out: &mut String) {
        match self {
            Node::Text(text) => out.push_str(text),
            Node::Element { .. } if LEFT_OUT.contains(&self.tag()) => {}
            Node::Element { children, .. } => {
                for child in children {
                    child.collect_words(out);
                    if BLOCKS.contains(&child.tag()) {
                        out.push(' ');
                    }
                }
            }
        }
    }

    /// Whether this element is the page around the article, not the article.
    fn is_chrome(&self) -> bool {
        if LEFT_OUT.contains(&self.tag()) {
            return true;
        }
        if self.attribute("hidden").is_some() || self.attribute("aria-hidden") == Some("true") {
            return true;
        }
        let role = self.attribute("role").unwrap_or_default();
        if ["navigation", "banner", "contentinfo", "complementary", "dialog", "alert", "menu"].contains(&role)
        {
            return true;
        }
        // A page's own containers are named for its layout ("has-sidebar"), not
        // for what they hold.
        if ["html", "body", "main", "article"].contains(&self.tag()) {
            return false;
        }
        let names = format!(
            "{} {}",
            self.attribute("class").unwrap_or_default(),
            self.attribute("id").unwrap_or_default()
        )
        .to_lowercase();
        // A class or id names chrome as a whole ("site-header"), or by one of its
        // words ("comments-area"), singular or plural; never by a part of a word,
        // since an opinion piece's "commentary" is the article.
        let is_chrome = |word: &str| {
            let one = word.strip_suffix('s').unwrap_or(word);
            one == "ad" || CHROME.iter().any(|chrome| word == *chrome || one == *chrome)
        };
        names.split_whitespace().any(|name| is_chrome(name) || name.split(['-', '_']).any(is_chrome))
    }
}

/// Whether a file of this name is a saved web page.
pub fn is_page(file_name: &str) -> bool {
    let name = file_name.to_lowercase();
    name.ends_with(".html") || name.ends_with(".htm")
}

/// The page in `root` (its `<html>`) as an article; None when no text is left
/// once the page around it is taken away.
pub fn extract(root: &Node) -> Option<Page> {
    let all = root.descendants();
    let meta = |key: &str, value: &str| {
        all.iter()
            .find(|n| n.tag() == "meta" && n.attribute(key).is_some_and(|v| v.eq_ignore_ascii_case(value)))
            .and_then(|n| n.attribute("content"))
            .map(|c| c.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|c| !c.is_empty())
    };
    let linked = linked_data(&all);
    let first = |tag: &str| all.iter().find(|n| n.tag() == tag).map(|n| n.words()).filter(|w| !w.is_empty());
    let title = meta("property", "og:title")
        .or_else(|| linked.headline.clone())
        // A `<title>` often adds the site's name to the headline: the `<h1>` it
        // holds is the headline alone.
        .or_else(|| match (first("title"), first("h1")) {
            (Some(title), Some(h1)) if title.contains(&h1) => Some(h1),
            (title, h1) => title.or(h1),
        });
    let canonical = all
        .iter()
        .find(|n| {
            n.tag() == "link" && n.attribute("rel").is_some_and(|r| r.eq_ignore_ascii_case("canonical"))
        })
        .and_then(|n| n.attribute("href"))
        .map(str::to_owned)
        .or_else(|| meta("property", "og:url"));
    let site = meta("property", "og:site_name")
        .or_else(|| linked.publisher.clone())
        .or_else(|| canonical.as_deref().and_then(domain));
    let byline = meta("name", "author").or_else(|| linked.author.clone()).or_else(|| {
        let by = |n: &&&Node| {
            n.attribute("rel") == Some("author")
                || n.attribute("class")
                    .is_some_and(|c| c.to_lowercase().split_whitespace().any(|c| c.contains("byline")))
        };
        let words = all.iter().find(by).map(|n| n.words())?;
        let name = match words.get(..3) {
            Some(by) if by.eq_ignore_ascii_case("by ") => words[3..].to_owned(),
            _ => words,
        };
        Some(name).filter(|w| !w.is_empty() && w.len() < 200)
    });
    let published =
        meta("property", "article:published_time").or_else(|| linked.published.clone()).or_else(|| {
            all.iter().find(|n| n.tag() == "time").and_then(|n| n.attribute("datetime")).map(str::to_owned)
        });
    let body = main_part(&all).unwrap_or(root);
    let mut paragraphs = Vec::new();
    blocks(body, &mut String::new(), &mut paragraphs);
    // A byline or date printed in the text stays: it is the article's own.
    paragraphs.retain(|p| !p.is_empty());
    (!paragraphs.is_empty()).then_some(Page { title, site, byline, published, paragraphs })
}

/// Of `all` the page's nodes, the element holding the article: the `<article>`
/// with the most text, else `<main>` (or `role=main`), else the body.
fn main_part<'n>(all: &[&'n Node]) -> Option<&'n Node> {
    let longest = |keep: &dyn Fn(&Node) -> bool| {
        all.iter().copied().filter(|n| keep(n)).max_by_key(|n| n.words().len())
    };
    longest(&|n| n.tag() == "article" && !n.is_chrome())
        .or_else(|| longest(&|n| n.tag() == "main" || n.attribute("role") == Some("main")))
        .or_else(|| longest(&|n| n.tag() == "body"))
}

/// Walks `node`, gathering inline text into `line` and ending a paragraph at
/// each block element.
fn blocks(node: &Node, line: &mut String, paragraphs: &mut Vec<String>) {
    let end = |line: &mut String, paragraphs: &mut Vec<String>| {
        let words = line.split_whitespace().collect::<Vec<_>>().join(" ");
        if !words.is_empty() {
            paragraphs.push(words);
        }
        line.clear();
    };
    match node {
        Node::Text(text) => line.push_str(text),
        Node::Element { .. } if node.is_chrome() => line.push(' '),
        Node::Element { tag, children, .. } => {
            let block = BLOCKS.contains(&tag.as_str());
            if block {
                end(line, paragraphs);
            }
            let item = tag == "li";
            if item {
                line.push_str("- ");
            }
            // A table's row is one line, its cells apart.
            let cell = tag == "td" || tag == "th";
            if cell {
                line.push(' ');
            }
            for child in children {
                blocks(child, line, paragraphs);
            }
            if cell {
                line.push(' ');
            }
            if block {
                end(line, paragraphs);
            }
        }
    }
}

/// What a page's JSON-LD (`<script type="application/ld+json">`) says of the article.
#[derive(Default)]
struct LinkedData {
    headline: Option<String>,
    author: Option<String>,
    publisher: Option<String>,
    published: Option<String>,
}

fn linked_data(all: &[&Node]) -> LinkedData {
    let mut found = LinkedData::default();
    let scripts = all.iter().filter(|n| {
        n.tag() == "script"
            && n.attribute("type").is_some_and(|t| t.eq_ignore_ascii_case("application/ld+json"))
    });
    for script in scripts {
        let text: String = script
            .children()
            .iter()
            .filter_map(|c| match c {
                Node::Text(t) => Some(t.as_str()),
                _ => None,
            })
            .collect();
        let Ok(value) = serde_json::from_str::<Value>(&text) else { continue };
        let items: Vec<&Value> = match &value {
            Value::Array(items) => items.iter().collect(),
            one => match one.get("@graph").and_then(Value::as_array) {
                Some(graph) => graph.iter().collect(),
                None => vec![one],
            },
        };
        for item in items {
            let kind = item.get("@type").map(|t| t.to_string()).unwrap_or_default();
            if !kind.contains("Article") && !kind.contains("Posting") {
                continue;
            }
            let text = |v: Option<&Value>| {
                v.and_then(Value::as_str).map(str::trim).filter(|s| !s.is_empty()).map(str::to_owned)
            };
            let name = |v: Option<&Value>| match v {
                Some(Value::Array(list)) => {
                    let names: Vec<String> =
                        list.iter().filter_map(|a| text(a.get("name")).or_else(|| text(Some(a)))).collect();
                    (!names.is_empty()).then(|| names.join(", "))
                }
                Some(one) => text(one.get("name")).or_else(|| text(Some(one))),
                None => None,
            };
            found.headline = found.headline.take().or_else(|| text(item.get("headline")));
            found.author = found.author.take().or_else(|| name(item.get("author")));
            found.publisher = found.publisher.take().or_else(|| name(item.get("publisher")));
            found.published = found.published.take().or_else(|| text(item.get("datePublished")));
        }
    }
    found
}

/// The domain of a URL (`https://www.example.org/a` → `example.org`).
fn domain(url: &str) -> Option<String> {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let host = rest.split(['/', '?', '#']).next()?.rsplit('@').next()?.split(':').next()?;
    let host = host.strip_prefix("www.").unwrap_or(host);
    (host.contains('.')).then(|| host.to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The saved page `name` from tests/corpus, as HTML.
    fn corpus_html(name: &str) -> String {
        std::fs::read_to_string(format!("{}/tests/corpus/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
    }

    #[test]
    fn nesting_counts_what_a_browser_would_nest_and_no_more() {
        assert_eq!(nesting("<html><body><div><p>One<p>Two<br><img src=x/></div></body></html>"), 3);
        assert_eq!(nesting("<ul><li>a<li>b</ul><!-- <div><div> --><script>'<div><div><div>'</script>"), 1);
        assert_eq!(nesting(&"<div>".repeat(5_000)), 5_000);
        assert_eq!(nesting("<div></div><div><span>x</span></div> a < b <"), 2);
        for page in ["saved-news-page.html", "saved-arabic-page.html", "saved-blog-page.html"] {
            let html = corpus_html(page);
            assert!(nesting(&html) < 12, "{page}: {}", nesting(&html));
        }
    }

    /// Saved pages from tests/corpus, parsed natively: html5ever is a dev-dependency
    /// for the native target only.
    #[cfg(not(target_arch = "wasm32"))]
    mod saved_pages {
        use super::super::*;
        use super::corpus_html;

        /// `html` parsed as a browser's DOMParser parses it (html5ever follows the
        /// same standard), handed over as `ui::browser::webpage` hands it.
        fn parsed(html: &str) -> Node {
            fn convert(node: scraper::ElementRef, depth: usize) -> Node {
                if depth >= DEEPEST {
                    return Node::Text(node.text().collect());
                }
                let element = node.value();
                let children = node
                    .children()
                    .filter_map(|child| match child.value() {
                        scraper::Node::Text(text) => Some(Node::Text(text.to_string())),
                        scraper::Node::Element(_) => {
                            scraper::ElementRef::wrap(child).map(|c| convert(c, depth + 1))
                        }
                        _ => None,
                    })
                    .collect();
                let attributes = ATTRIBUTES
                    .iter()
                    .filter_map(|name| element.attr(name).map(|value| (name.to_string(), value.to_string())))
                    .collect();
                Node::Element { tag: element.name().to_lowercase(), attributes, children }
            }
            convert(scraper::Html::parse_document(html).root_element(), 0)
        }

        fn corpus(name: &str) -> Page {
            extract(&parsed(&corpus_html(name))).unwrap()
        }

        /// What `extract` takes from a page: title, site, byline, date, and paragraphs.
        type Taken<'p> = (Option<&'p str>, Option<&'p str>, Option<&'p str>, Option<&'p str>, Vec<&'p str>);

        fn taken(page: &Page) -> Taken<'_> {
            (
                page.title.as_deref(),
                page.site.as_deref(),
                page.byline.as_deref(),
                page.published.as_deref(),
                page.paragraphs.iter().map(String::as_str).collect(),
            )
        }

        #[test]
        fn a_saved_news_page_leaves_its_banner_menus_ads_comments_template_and_noscript_out() {
            let page = corpus("saved-news-page.html");
            assert_eq!(
                taken(&page),
                (
                    Some("Syria seeks to reset ties with Russia"),
                    Some("Example News"),
                    Some("Dana Roe"),
                    Some("2025-10-15T17:33:00Z"),
                    vec![
                        "NEWS / WORLD",
                        "Syria seeks to reset ties with Russia",
                        "By Dana Roe · 15 October 2025",
                        "The two leaders in the Kremlin.",
                        "Syria's interim president met Russian President Vladimir Putin in Moscow on Wednesday, his \
                         first visit since taking power.",
                        "He said Damascus would “restore and redefine” its ties with Moscow, and would honour all past \
                         agreements.",
                        "What was discussed",
                        "- Russia's bases on the coast",
                        "- energy and reconstruction",
                    ]
                )
            );
        }

        #[test]
        fn an_arabic_page_takes_its_title_site_and_authors_from_a_json_ld_graph() {
            let page = corpus("saved-arabic-page.html");
            assert_eq!(
                taken(&page),
                (
                    Some("الشرع يلتقي بوتين في موسكو"),
                    Some("موقع الأخبار"),
                    Some("سارة خليل, Omar Haddad"),
                    Some("2025-10-15T20:10:00+03:00"),
                    vec![
                        "الشرع يلتقي بوتين في موسكو",
                        "التقى الرئيس السوري أحمد الشرع نظيره الروسي فلاديمير بوتين في موسكو يوم الأربعاء.",
                        "وقال إن دمشق ستعيد «تعريف» علاقاتها مع موسكو.",
                        "«نحترم كل الاتفاقات السابقة»، قال الشرع.",
                        "The talks lasted three hours, officials said.",
                    ]
                )
            );
        }

        #[test]
        fn a_blog_post_without_article_or_main_loses_its_site_name_sharing_and_comments() {
            let page = corpus("saved-blog-page.html");
            assert_eq!(
                taken(&page),
                (
                    Some("What the Moscow talks mean for wheat"),
                    Some("grainletter.example.co.uk"),
                    Some("Lee Park"),
                    Some("2025-10-16T08:00:00+00:00"),
                    vec![
                        "What the Moscow talks mean for wheat",
                        "Posted on 16 October 2025 by Lee Park",
                        "Russia ships most of Syria’s wheat. The talks may change that & more.",
                        "Year Tonnes",
                        "2023 1,200,000",
                        "Wheat shipped to Syria.",
                        "price = tonnes * rate",
                        "Prices",
                        "rose again.",
                    ]
                )
            );
        }

        #[test]
        fn hostile_markup_gives_clean_text_and_deep_nesting_is_read_as_text() {
            let deep = format!("<p>Before.</p>{}deep words{}", "<div>".repeat(2_000), "</div>".repeat(2_000));
            let page = extract(&parsed(&deep)).unwrap();
            assert_eq!(page.paragraphs, ["Before.", "deep words"]);
            let hostile = r#"<title>x</title><body onload="alert(1)"><p>A <a href="javascript:alert(2)">link</a>
                <img src=x onerror="alert(3)"><svg><script>alert(4)</script><text>drawn</text></svg>
                &lt;script&gt;shown as text&lt;/script&gt;</p><math><mi>x</mi></math>"#;
            let page = extract(&parsed(hostile)).unwrap();
            assert_eq!(page.paragraphs, ["A link <script>shown as text</script>", "x"]);
        }
    }

    fn el(tag: &str, attributes: &[(&str, &str)], children: Vec<Node>) -> Node {
        Node::Element {
            tag: tag.into(),
            attributes: attributes.iter().map(|(n, v)| (n.to_string(), v.to_string())).collect(),
            children,
        }
    }

    fn text(words: &str) -> Node {
        Node::Text(words.into())
    }

    fn p(words: &str) -> Node {
        el("p", &[], vec![text(words)])
    }

    /// A news page as sites make them: metadata in the head, a menu, a share bar,
    /// the article, related links, comments, a cookie banner and scripts.
    fn news_page() -> Node {
        let head = el(
            "head",
            &[],
            vec![
                el("title", &[], vec![text("Syria seeks to reset ties | World | Example News")]),
                el(
                    "meta",
                    &[("property", "og:title"), ("content", "Syria seeks to reset ties with Russia")],
                    vec![],
                ),
                el("meta", &[("property", "og:site_name"), ("content", "Example News")], vec![]),
                el("meta", &[("name", "author"), ("content", "Dana Roe")], vec![]),
                el("link", &[("rel", "canonical"), ("href", "https://www.example.org/world/syria")], vec![]),
                el("style", &[], vec![text("p { color: red }")]),
                el(
                    "script",
                    &[("type", "application/ld+json")],
                    vec![text(r#"{"@type": "NewsArticle", "datePublished": "2025-10-15T17:33:00Z"}"#)],
                ),
            ],
        );
        let article = el(
            "article",
            &[],
            vec![
                el("h1", &[], vec![text("Syria seeks to reset ties with Russia")]),
                el("div", &[("class", "share-bar")], vec![el("a", &[], vec![text("Share")]), text("Tweet")]),
                p("Syria's interim president met Putin in Moscow on Wednesday."),
                el(
                    "p",
                    &[],
                    vec![
                        text("He said they would "),
                        el("em", &[], vec![text("“restore and redefine”")]),
                        text(" ties.\n   Observers were "),
                        el("a", &[("href", "/x")], vec![text("cautious")]),
                        text("."),
                    ],
                ),
                el(
                    "figure",
                    &[],
                    vec![
                        el("img", &[("alt", "Putin and al-Sharaa")], vec![]),
                        el("figcaption", &[], vec![text("The two leaders in the Kremlin.")]),
                    ],
                ),
                el("ul", &[], vec![el("li", &[], vec![text("energy")]), el("li", &[], vec![text("bases")])]),
                el("script", &[], vec![text("window.track()")]),
                el("div", &[("class", "ad-slot")], vec![text("Advertisement")]),
            ],
        );
        let body = el(
            "body",
            // Named for the layout: not taken for a sidebar.
            &[("class", "page has-sidebar")],
            vec![
                el("nav", &[], vec![el("a", &[], vec![text("Home")]), el("a", &[], vec![text("World")])]),
                el("div", &[("id", "cookie-consent")], vec![p("We use cookies.")]),
                el(
                    "main",
                    &[],
                    vec![article, el("section", &[("class", "related-stories")], vec![p("More from World")])],
                ),
                el("section", &[("id", "comments")], vec![p("First!")]),
                el("footer", &[], vec![p("© Example News")]),
                el("noscript", &[], vec![text("Enable JavaScript")]),
            ],
        );
        el("html", &[], vec![head, body])
    }

    #[test]
    fn a_news_page_gives_its_article_and_what_it_says_of_itself() {
        let page = extract(&news_page()).unwrap();
        assert_eq!(page.title.as_deref(), Some("Syria seeks to reset ties with Russia"));
        assert_eq!(page.site.as_deref(), Some("Example News"));
        assert_eq!(page.byline.as_deref(), Some("Dana Roe"));
        assert_eq!(page.published.as_deref(), Some("2025-10-15T17:33:00Z"));
        assert_eq!(
            page.said("syria.html", 60).to_string(),
            "\u{2068}syria.html\u{2069} was read as a saved web page: 6 paragraphs, titled “\u{2068}Syria seeks to \
             reset ties with Russia\u{2069}”, from \u{2068}Example News\u{2069}, by \u{2068}Dana Roe\u{2069}, published 15 Oct \
             2025, 18:33. Menus, share buttons, comments and scripts were left out."
        );
        let document = page.document("syria.html").unwrap();
        assert_eq!(
            (document.title.as_str(), document.source.as_str()),
            ("Syria seeks to reset ties with Russia", "Example News")
        );
        assert_eq!(
            page.paragraphs,
            [
                "Syria seeks to reset ties with Russia",
                "Syria's interim president met Putin in Moscow on Wednesday.",
                "He said they would “restore and redefine” ties. Observers were cautious.",
                "The two leaders in the Kremlin.",
                "- energy",
                "- bases",
            ]
        );
    }

    #[test]
    fn without_metadata_the_title_and_domain_come_from_the_page() {
        let page = el(
            "html",
            &[],
            vec![
                el(
                    "head",
                    &[],
                    vec![el(
                        "link",
                        &[("rel", "canonical"), ("href", "https://www.news.example.com/a?b=1")],
                        vec![],
                    )],
                ),
                el("body", &[], vec![el("h1", &[], vec![text("A headline")]), p("Some words.")]),
            ],
        );
        let page = extract(&page).unwrap();
        assert_eq!(page.title.as_deref(), Some("A headline"));
        assert_eq!(page.site.as_deref(), Some("news.example.com"));
        assert_eq!(page.text(), "A headline\n\nSome words.");
    }

    /// A blog-shaped page: no `<article>`, the text in `role=main`, metadata only
    /// in a JSON-LD graph, a hidden element, a popup and a tag list.
    #[test]
    fn a_page_without_an_article_element_gives_its_main_text_and_json_ld() {
        let graph = r#"{"@context": "https://schema.org", "@graph": [
            {"@type": "WebSite", "name": "A Blog"},
            {"@type": "BlogPosting", "headline": "Notes from Moscow", "datePublished": "2025-10-16",
             "author": [{"@type": "Person", "name": "Ana"}, {"@type": "Person", "name": "Ben"}],
             "publisher": {"@type": "Organization", "name": "A Blog"}}]}"#;
        let page = el(
            "html",
            &[],
            vec![
                el("head", &[], vec![el("script", &[("type", "application/ld+json")], vec![text(graph)])]),
                el(
                    "body",
                    &[],
                    vec![
                        el("div", &[("class", "newsletter-popup")], vec![p("Sign up!")]),
                        el(
                            "div",
                            &[("role", "main"), ("id", "content")],
                            vec![
                                el("h2", &[], vec![text("Notes from Moscow")]),
                                p("First paragraph."),
                                el("p", &[("hidden", "")], vec![text("Hidden text")]),
                                el(
                                    "div",
                                    &[],
                                    vec![
                                        text("A line in a div"),
                                        el("br", &[], vec![]),
                                        text("and another."),
                                    ],
                                ),
                                el(
                                    "ul",
                                    &[("class", "post-tags")],
                                    vec![el("li", &[], vec![text("russia")])],
                                ),
                            ],
                        ),
                    ],
                ),
            ],
        );
        let page = extract(&page).unwrap();
        assert_eq!(page.title.as_deref(), Some("Notes from Moscow"));
        assert_eq!(page.site.as_deref(), Some("A Blog"));
        assert_eq!(page.byline.as_deref(), Some("Ana, Ben"));
        assert_eq!(page.published.as_deref(), Some("2025-10-16"));
        assert_eq!(
            page.paragraphs,
            ["Notes from Moscow", "First paragraph.", "A line in a div", "and another."]
        );
    }

    #[test]
    fn a_page_with_nothing_but_its_surroundings_gives_no_article() {
        let page = el(
            "html",
            &[],
            vec![el(
                "body",
                &[],
                vec![el("nav", &[], vec![text("Home")]), el("script", &[], vec![text("x()")])],
            )],
        );
        assert_eq!(extract(&page), None);
    }
}

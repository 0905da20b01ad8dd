//! A Markdown file as an article's plain text: headings, paragraphs and list
//! items each on a line of their own, the markup taken off (`#`, emphasis, links
//! down to their words, images down to nothing), and the first heading as title.
//! Not a full CommonMark reader: what teachers save from note apps and sites.

/// The article's title (the first heading, if any) and text.
pub fn to_plain(markdown: &str) -> (Option<String>, String) {
    let mut title = None;
    let mut blocks: Vec<String> = Vec::new();
    let mut paragraph: Vec<String> = Vec::new();
    let mut fenced = false;
    let flush = |paragraph: &mut Vec<String>, blocks: &mut Vec<String>| {
        if !paragraph.is_empty() {
            blocks.push(paragraph.join(" "));
            paragraph.clear();
        }
    };
    for line in markdown.lines() {
        let trimmed = line.trim();
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            flush(&mut paragraph, &mut blocks);
            fenced = !fenced;
            continue;
        }
        if fenced {
            // Code keeps its lines and its characters.
            blocks.push(line.to_owned());
            continue;
        }
        if trimmed.is_empty() || is_rule(trimmed) {
            flush(&mut paragraph, &mut blocks);
            continue;
        }
        let quoted = trimmed.trim_start_matches('>').trim_start();
        if let Some(heading) = heading(quoted) {
            flush(&mut paragraph, &mut blocks);
            let heading = inline(heading);
            title.get_or_insert_with(|| heading.clone());
            blocks.push(heading);
        } else if let Some(item) = list_item(quoted) {
            flush(&mut paragraph, &mut blocks);
            blocks.push(format!("{}{}", item.0, inline(item.1)));
        } else {
            paragraph.push(inline(quoted));
        }
    }
    flush(&mut paragraph, &mut blocks);
    blocks.retain(|b| !b.trim().is_empty());
    (title, blocks.join("\n\n"))
}

/// The words of a heading line (`# Words #`), if it is one.
fn heading(line: &str) -> Option<&str> {
    let hashes = line.chars().take_while(|c| *c == '#').count();
    let rest = line[hashes..].strip_prefix(' ').filter(|_| (1..=6).contains(&hashes))?;
    Some(rest.trim_end_matches('#').trim())
}

/// A list item's marker, as the text keeps it ("- " for bullets, "1. " for
/// numbers), and its words.
fn list_item(line: &str) -> Option<(String, &str)> {
    if let Some(rest) =
        line.strip_prefix("- ").or_else(|| line.strip_prefix("* ")).or_else(|| line.strip_prefix("+ "))
    {
        return Some(("- ".to_owned(), rest));
    }
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    let rest = line[digits..].strip_prefix(". ").or_else(|| line[digits..].strip_prefix(") "));
    (digits > 0 && digits < 10).then_some(())?;
    Some((format!("{}. ", &line[..digits]), rest?))
}

/// `---`, `***` or `___` alone on a line.
fn is_rule(line: &str) -> bool {
    let marks: String = line.chars().filter(|c| !c.is_whitespace()).collect();
    marks.len() >= 3 && ["-", "*", "_"].iter().any(|m| marks.chars().all(|c| c.to_string() == *m))
}

/// A line's words without inline markup: images go, links keep their words,
/// code spans their code, and emphasis markers (`*`, `_`, `~~`) go where they
/// open or close a run.
fn inline(line: &str) -> String {
    let chars: Vec<char> = line.chars().collect();
    let mut out = String::with_capacity(line.len());
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            '\\' if i + 1 < chars.len() && chars[i + 1].is_ascii_punctuation() => {
                out.push(chars[i + 1]);
                i += 2;
            }
            '!' if chars.get(i + 1) == Some(&'[') => match link(&chars, i + 1) {
                Some((_, end)) => i = end,
                None => {
                    out.push('!');
                    i += 1;
                }
            },
            '[' => match link(&chars, i) {
                Some((words, end)) => {
                    out.push_str(&inline(&words));
                    i = end;
                }
                None => {
                    out.push('[');
                    i += 1;
                }
            },
            '`' => {
                let close = chars[i + 1..].iter().position(|c| *c == '`').map(|at| i + 1 + at);
                match close {
                    Some(close) => {
                        out.extend(&chars[i + 1..close]);
                        i = close + 1;
                    }
                    None => {
                        out.push('`');
                        i += 1;
                    }
                }
            }
            '*' | '_' | '~' => {
                let run = chars[i..].iter().take_while(|c| **c == chars[i]).count();
                let before = i.checked_sub(1).map(|at| chars[at]);
                let after = chars.get(i + run).copied();
                let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
                // In a word (snake_case, 2*3) it is a character, not markup.
                let markup = !(word(before) && word(after)) && (chars[i] != '~' || run == 2);
                if !markup {
                    out.extend(&chars[i..i + run]);
                }
                i += run;
            }
            c => {
                out.push(c);
                i += 1;
            }
        }
    }
    out
}

/// A link `[words](target)` starting at `open`: its words and where it ends.
fn link(chars: &[char], open: usize) -> Option<(String, usize)> {
    let close = open + chars[open..].iter().position(|c| *c == ']')?;
    if chars.get(close + 1) != Some(&'(') {
        return None;
    }
    let end = close + 1 + chars[close + 1..].iter().position(|c| *c == ')')?;
    Some((chars[open + 1..close].iter().collect(), end + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_goes_and_paragraphs_headings_and_items_stay_lines() {
        let markdown = "# Syria's *new* leader in Moscow #\n\
            \n\
            The meeting was **long**, said\n\
            [Reuters](https://example.org) and _AFP_.\n\
            \n\
            ![a photo](photo.jpg)\n\
            \n\
            ## What was said\n\
            \n\
            - restore ties\n\
            * honour `all` agreements\n\
            1. a snake_case word, 2*3 and \\*stars\\*\n\
            \n\
            > “We respect all agreements,” he said.\n\
            \n\
            ---\n\
            ~~gone~~ ~kept~\n";
        let (title, text) = to_plain(markdown);
        assert_eq!(title.as_deref(), Some("Syria's new leader in Moscow"));
        assert_eq!(
            text,
            "Syria's new leader in Moscow\n\n\
             The meeting was long, said Reuters and AFP.\n\n\
             What was said\n\n\
             - restore ties\n\n\
             - honour all agreements\n\n\
             1. a snake_case word, 2*3 and *stars*\n\n\
             “We respect all agreements,” he said.\n\n\
             gone ~kept~"
        );
    }

    #[test]
    fn nested_lists_keep_an_item_a_line() {
        let (_, text) = to_plain("- one\n  - one a\n    1. one a i\n- two\n\n   continued");
        assert_eq!(text, "- one\n\n- one a\n\n1. one a i\n\n- two\n\ncontinued");
    }

    #[test]
    fn code_keeps_its_lines_and_a_file_without_headings_has_no_title() {
        let (title, text) = to_plain("Text first.\n\n```\nlet x = *y*;\n  indented\n```\n");
        assert_eq!(title, None);
        assert_eq!(text, "Text first.\n\nlet x = *y*;\n\n  indented");
    }
}

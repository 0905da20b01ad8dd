//! The interface's languages: one Fluent file per language in `www/locales/`, compiled
//! in, so that a teacher corrects a language by editing one text file (a new one
//! also needs its line in [`Language`]). A message missing from a language is said
//! in English, never as its id.
//!
//! Numbers are written as the language writes them (12,000; 12 000; 12.000), by a
//! formatter of our own: fluent-bundle's writes digits alone.

use crate::model::said::{Said, Value};
use crate::model::text::{capitalised, dates};
use crate::model::{Tag, TagDef};
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use std::borrow::Cow;
use unic_langid::LanguageIdentifier;

/// A language of the interface.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Language {
    En,
    Ar,
    Fr,
    Es,
    Ru,
    Uk,
    De,
}

impl Language {
    /// In the order of the language menu.
    pub const ALL: [Language; 7] =
        [Language::En, Language::Ar, Language::De, Language::Es, Language::Fr, Language::Ru, Language::Uk];

    /// Its BCP 47 code, as `<html lang>` takes it.
    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Ar => "ar",
            Language::Fr => "fr",
            Language::Es => "es",
            Language::Ru => "ru",
            Language::Uk => "uk",
            Language::De => "de",
        }
    }

    /// Its name in itself, as the language menu lists it.
    pub fn name(self) -> &'static str {
        match self {
            Language::En => "English",
            Language::Ar => "العربية",
            Language::Fr => "Français",
            Language::Es => "Español",
            Language::Ru => "Русский",
            Language::Uk => "Українська",
            Language::De => "Deutsch",
        }
    }

    /// Whether the page is laid out from the right.
    pub fn right_to_left(self) -> bool {
        self == Language::Ar
    }

    /// Its direction, as an HTML `dir` attribute takes it.
    pub fn dir(self) -> &'static str {
        if self.right_to_left() {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// The language a code names ("fr-CA" is French), if it is one of ours.
    pub fn from_code(code: &str) -> Option<Language> {
        let primary = code.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Language::ALL.into_iter().find(|language| language.code() == primary)
    }

    /// The first of the reader's preferred languages (the browser's, best first)
    /// that the interface speaks; English when none.
    pub fn preferred<'a>(codes: impl IntoIterator<Item = &'a str>) -> Language {
        codes.into_iter().find_map(Language::from_code).unwrap_or(Language::En)
    }

    fn source(self) -> &'static str {
        match self {
            Language::En => include_str!("../../www/locales/en.ftl"),
            Language::Ar => include_str!("../../www/locales/ar.ftl"),
            Language::Fr => include_str!("../../www/locales/fr.ftl"),
            Language::Es => include_str!("../../www/locales/es.ftl"),
            Language::Ru => include_str!("../../www/locales/ru.ftl"),
            Language::Uk => include_str!("../../www/locales/uk.ftl"),
            Language::De => include_str!("../../www/locales/de.ftl"),
        }
    }

    /// Digits grouped by thousands as the language writes them.
    pub fn number(self, n: f64) -> String {
        let digits = format!("{:.0}", n.abs());
        let (separator, from) = match self {
            Language::En | Language::Ar => (",", 4),
            Language::De => (".", 4),
            // Spanish groups from five digits on: 1000, but 12.000.
            Language::Es => (".", 5),
            Language::Fr => ("\u{202F}", 4),
            Language::Ru | Language::Uk => ("\u{A0}", 4),
        };
        let mut out = String::new();
        if n < 0.0 {
            out.push('-');
        }
        for (at, digit) in digits.chars().enumerate() {
            if at > 0 && digits.len() >= from && (digits.len() - at) % 3 == 0 {
                out.push_str(separator);
            }
            out.push(digit);
        }
        out
    }
}

/// The four first tags' names, which the interface translates.
const TRANSLATED_TAGS: [&str; 4] = ["claim", "quote", "framing", "fact"];

/// A value a message is given: words, or a number (which also chooses the plural).
pub enum Arg<'a> {
    Text(Cow<'a, str>),
    Number(usize),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(text: &'a str) -> Arg<'a> {
        Arg::Text(Cow::Borrowed(text))
    }
}

impl From<String> for Arg<'_> {
    fn from(text: String) -> Arg<'static> {
        Arg::Text(Cow::Owned(text))
    }
}

impl From<usize> for Arg<'_> {
    fn from(n: usize) -> Arg<'static> {
        Arg::Number(n)
    }
}

/// The messages of one language, with English behind them.
pub struct Messages {
    language: Language,
    bundle: FluentBundle<FluentResource>,
    english: Option<FluentBundle<FluentResource>>,
}

impl PartialEq for Messages {
    fn eq(&self, other: &Messages) -> bool {
        self.language == other.language
    }
}

impl std::fmt::Debug for Messages {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Messages({})", self.language.code())
    }
}

fn bundle(language: Language) -> FluentBundle<FluentResource> {
    let id: LanguageIdentifier = language.code().parse().expect("our codes are language identifiers");
    let mut bundle = FluentBundle::new(vec![id]);
    let resource = FluentResource::try_new(language.source().to_owned())
        .unwrap_or_else(|(_, errors)| panic!("{} does not parse: {errors:?}", language.code()));
    bundle.add_resource(resource).expect("one resource per bundle overrides nothing");
    // People's words given to a message come isolated already (`bidi::isolate`);
    // numbers and keys need no isolates around them.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(match language {
        Language::En | Language::Ar => |v, _| number(v, Language::En),
        Language::De => |v, _| number(v, Language::De),
        Language::Es => |v, _| number(v, Language::Es),
        Language::Fr => |v, _| number(v, Language::Fr),
        Language::Ru | Language::Uk => |v, _| number(v, Language::Ru),
    }));
    bundle
}

/// Whole numbers as `language` groups them (the formatter Fluent calls).
fn number(value: &FluentValue, language: Language) -> Option<String> {
    match value {
        FluentValue::Number(n) if n.value.fract() == 0.0 => Some(language.number(n.value)),
        _ => None,
    }
}

impl Messages {
    pub fn new(language: Language) -> Messages {
        let english = (language != Language::En).then(|| bundle(Language::En));
        Messages { language, bundle: bundle(language), english }
    }

    pub fn language(&self) -> Language {
        self.language
    }

    /// `iso` as this language writes a date and time ("3 Dec 2026, 08:06"), in a
    /// time zone `offset` minutes ahead of UTC; a time that is not ISO 8601 in UTC is
    /// given back as it is.
    pub fn date(&self, iso: &str, offset: i32) -> String {
        match dates::local(iso, offset) {
            Some(dates::Local { year, month, day, time }) => self.with(
                "date",
                &[
                    ("day", Arg::Text(day.to_string().into())),
                    ("month", Arg::Text(self.get(&format!("month-{month}")).into())),
                    ("year", Arg::Text(year.to_string().into())),
                    ("time", Arg::Text(time.into())),
                ],
            ),
            None => iso.to_owned(),
        }
    }

    /// The message `id`.
    pub fn get(&self, id: &str) -> String {
        self.with(id, &[])
    }

    /// How the page names `tag`: the four first tags in this language, a tag of
    /// the reader's own as she named it.
    pub fn tag(&self, tag: &Tag) -> String {
        match TRANSLATED_TAGS.iter().find(|name| tag.name() == **name) {
            Some(name) => self.get(&format!("tag-{name}")),
            None => tag.label(),
        }
    }

    /// What `def` marks, in one line: a first tag's own definition in this
    /// language, else the one its set gives.
    pub fn definition(&self, def: &TagDef) -> String {
        if def.has_default_definition() {
            self.get(&format!("tag-{}-definition", def.tag.name()))
        } else {
            def.definition.to_string()
        }
    }

    /// The message `id` with one placeable.
    pub fn one<'a>(&self, id: &str, name: &str, value: impl Into<Arg<'a>>) -> String {
        self.with(id, &[(name, value.into())])
    }

    /// What the model said, in this language; a message inside it too.
    pub fn say(&self, said: &Said) -> String {
        let args: Vec<(&str, Arg)> = said
            .args
            .iter()
            .map(|(name, value)| {
                let arg = match value {
                    Value::Text(text) => Arg::Text(text.as_str().into()),
                    Value::Number(n) => Arg::Number(*n),
                    Value::Said(inner) => Arg::Text(self.say(inner).into()),
                    Value::Tag(name) => Arg::Text(self.tag(&Tag::new(name)).into()),
                    Value::List(items) => Arg::Text(self.list(items).into()),
                    Value::Date { iso, offset } => Arg::Text(self.date(iso, *offset).into()),
                };
                (*name, arg)
            })
            .collect();
        self.with(said.id, &args)
    }

    /// What the model said of several things, one after another.
    pub fn list(&self, items: &[Said]) -> String {
        let items: Vec<String> = items.iter().map(|item| self.say(item)).collect();
        items.join(&self.get("list-separator"))
    }

    /// What the model said, as a sentence: its first letter a capital.
    pub fn sentence(&self, said: &Said) -> String {
        capitalised(&self.say(said))
    }

    /// The message `id` with its placeables filled from `args`.
    pub fn with(&self, id: &str, args: &[(&str, Arg)]) -> String {
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Text(text) => fluent.set(*name, FluentValue::from(text.as_ref())),
                Arg::Number(n) => fluent.set(*name, FluentValue::from(*n)),
            }
        }
        let bundles = std::iter::once(&self.bundle).chain(&self.english);
        for bundle in bundles {
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                return bundle.format_pattern(pattern, Some(&fluent), &mut errors).into_owned();
            }
        }
        id.to_owned()
    }
}

thread_local! {
    static ENGLISH: Messages = Messages::new(Language::En);
}

/// In English: what tests, logs and the scripting API read.
impl std::fmt::Display for Said {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&ENGLISH.with(|english| english.say(self)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
    use std::collections::BTreeSet;

    /// Each message's id and the variables its value uses.
    fn messages(language: Language) -> Vec<(String, BTreeSet<String>)> {
        fn variables(pattern: &Pattern<&str>, found: &mut BTreeSet<String>) {
            for element in &pattern.elements {
                if let PatternElement::Placeable { expression } = element {
                    expression_variables(expression, found);
                }
            }
        }
        fn inline(expression: &InlineExpression<&str>, found: &mut BTreeSet<String>) {
            match expression {
                InlineExpression::VariableReference { id } => {
                    found.insert(id.name.to_owned());
                }
                InlineExpression::Placeable { expression } => expression_variables(expression, found),
                InlineExpression::FunctionReference { arguments, .. } => {
                    arguments.positional.iter().for_each(|a| inline(a, found))
                }
                _ => {}
            }
        }
        fn expression_variables(expression: &Expression<&str>, found: &mut BTreeSet<String>) {
            match expression {
                Expression::Select { selector, variants } => {
                    inline(selector, found);
                    variants.iter().for_each(|v| variables(&v.value, found));
                }
                Expression::Inline(expression) => inline(expression, found),
            }
        }
        let resource = fluent_syntax::parser::parse(language.source()).expect("every language parses");
        resource
            .body
            .iter()
            .filter_map(|entry| match entry {
                Entry::Message(message) => {
                    let mut found = BTreeSet::new();
                    variables(message.value.as_ref()?, &mut found);
                    Some((message.id.name.to_owned(), found))
                }
                _ => None,
            })
            .collect()
    }

    #[test]
    fn every_language_has_every_message_with_the_same_placeables() {
        let english = messages(Language::En);
        for language in Language::ALL {
            let theirs = messages(language);
            let ids: Vec<&String> = theirs.iter().map(|(id, _)| id).collect();
            let english_ids: Vec<&String> = english.iter().map(|(id, _)| id).collect();
            assert_eq!(ids, english_ids, "{}: the same messages, in the same order", language.code());
            for ((id, vars), (_, english_vars)) in theirs.iter().zip(&english) {
                assert_eq!(vars, english_vars, "{}: {id} uses the same placeables", language.code());
            }
        }
    }

    #[test]
    fn the_preferred_language_is_the_first_the_interface_speaks() {
        assert_eq!(Language::preferred(["de-DE", "en"]), Language::De);
        assert_eq!(Language::preferred(["pt-BR", "fr-CA"]), Language::Fr);
        assert_eq!(Language::preferred(["zh"]), Language::En);
        assert_eq!(Language::preferred([]), Language::En);
        assert!(Language::Ar.right_to_left() && !Language::Uk.right_to_left());
    }

    #[test]
    fn numbers_and_plurals_as_each_language_writes_them() {
        let english = [0.0, 999.0, 1000.0, 1_234_567.0].map(|n| Language::En.number(n));
        assert_eq!(english, ["0", "999", "1,000", "1,234,567"]);
        assert_eq!(Language::En.number(12_000.0), "12,000");
        assert_eq!(Language::Fr.number(1_234_567.0), "1\u{202F}234\u{202F}567");
        assert_eq!(Language::Es.number(1_000.0), "1000");
        assert_eq!(Language::Es.number(12_000.0), "12.000");
        assert_eq!(Language::De.number(999.0), "999");
        let count = |language, n: usize| Messages::new(language).with("panel-title", &[("count", n.into())]);
        assert_eq!(count(Language::En, 1), "Annotations (1)");
        assert_eq!(count(Language::En, 12_000), "Annotations (12,000)");
        assert_eq!(count(Language::Ru, 12_000), "Аннотации (12\u{A0}000)");
        // Arabic has six plural forms; two, few and many differ.
        let notes = |n: usize| Messages::new(Language::Ar).with("orphans-title", &[("count", n.into())]);
        let forms: BTreeSet<String> = [0, 1, 2, 3, 11, 100].into_iter().map(notes).collect();
        assert_eq!(forms.len(), 6, "{forms:?}");
    }

    #[test]
    fn dates_as_each_language_writes_them() {
        let at = "2026-12-03T06:06:36.917Z";
        assert_eq!(Messages::new(Language::En).date(at, 120), "3 Dec 2026, 08:06");
        assert_eq!(Messages::new(Language::De).date(at, 60), "3. Dez. 2026, 07:06");
        assert_eq!(Messages::new(Language::Ar).date(at, 120), "3 ديسمبر 2026، 08:06");
        assert_eq!(Messages::new(Language::Fr).date("not a time", 0), "not a time");
    }

    #[test]
    fn a_missing_message_is_said_in_english() {
        let french = Messages::new(Language::Fr);
        assert_eq!(french.get("no-such-message"), "no-such-message");
        assert_eq!(Messages::new(Language::En).get("toolbar-undo"), "Undo");
        // The first tags' own definitions, in each language; a teacher's as she wrote it.
        let set = crate::model::TagSet::default();
        let claim = set.iter().next().unwrap();
        assert_eq!(Messages::new(Language::En).definition(claim), *claim.definition);
        assert!(Messages::new(Language::De).definition(claim).starts_with("Eine Aussage"));
        let own = TagDef { definition: "Mine.".into(), ..claim.clone() };
        assert_eq!(Messages::new(Language::De).definition(&own), "Mine.");
    }
}

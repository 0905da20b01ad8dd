//! What the model tells the reader (why a file or an edit was refused, why a record
//! was skipped, what was read from a file), kept as a message id and its values until
//! the page says it in the reader's language with [`crate::model::i18n::Messages::say`].
//! It knows nothing of languages; displayed, it reads in English.

/// A message of the language files, with the values its placeables take.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Said {
    pub id: &'static str,
    pub args: Vec<(&'static str, Value)>,
}

/// A value given to a message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    /// Words said as they are: a name, a quote, a line of a file.
    Text(String),
    /// A count, an offset or a line number: grouped as the language writes numbers,
    /// and it chooses the plural.
    Number(usize),
    /// Another message, said in the same language: a reason inside a sentence.
    Said(Box<Said>),
    /// A tag's name, said as the page names the tag (the first four tags in the
    /// reader's language).
    Tag(String),
    /// Messages said one after another, parted as the language parts a list.
    List(Vec<Said>),
    /// A time in ISO 8601 (UTC), said as the language writes dates, in a time zone
    /// `offset` minutes ahead of UTC.
    Date { iso: String, offset: i32 },
}

impl Said {
    pub fn new(id: &'static str) -> Said {
        Said { id, args: Vec::new() }
    }

    /// With `name` filled by words.
    pub fn text(mut self, name: &'static str, text: impl Into<String>) -> Said {
        self.args.push((name, Value::Text(text.into())));
        self
    }

    /// With `name` filled by a number.
    pub fn number(mut self, name: &'static str, n: usize) -> Said {
        self.args.push((name, Value::Number(n)));
        self
    }

    /// With `name` filled by a tag, by its name.
    pub fn tag(mut self, name: &'static str, tag: &str) -> Said {
        self.args.push((name, Value::Tag(tag.to_owned())));
        self
    }

    /// With `name` filled by a list of messages.
    pub fn list(mut self, name: &'static str, items: Vec<Said>) -> Said {
        self.args.push((name, Value::List(items)));
        self
    }

    /// With `name` filled by a time, in a time zone `offset` minutes ahead of UTC.
    pub fn date(mut self, name: &'static str, iso: impl Into<String>, offset: i32) -> Said {
        self.args.push((name, Value::Date { iso: iso.into(), offset }));
        self
    }

    /// With `name` filled by another message.
    pub fn said(mut self, name: &'static str, said: Said) -> Said {
        self.args.push((name, Value::Said(Box::new(said))));
        self
    }
}

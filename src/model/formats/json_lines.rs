//! JSON laid out one record per line: the outer levels indented as by a pretty
//! printer, everything deeper written compactly. A file of 10,000 annotations is
//! then readable, greppable and diffable line by line, yet about half the size of
//! fully indented JSON, and written in half the time.

use serde::Serialize;
use serde_json::ser::Formatter;
use std::io::{self, Write};

/// Serialises `value`, breaking lines inside the outermost `open` levels of
/// objects and arrays only: with `open` = 2, a top-level object holding an array of
/// records puts each record on a line of its own.
pub fn to_string<T: Serialize>(value: &T, open: usize) -> String {
    let mut out = Vec::with_capacity(4096);
    let formatter = Outline { depth: 0, open, has_value: false };
    let mut serializer = serde_json::Serializer::with_formatter(&mut out, formatter);
    value.serialize(&mut serializer).expect("wire types serialise");
    String::from_utf8(out).expect("serde_json writes UTF-8")
}

struct Outline {
    /// How many objects and arrays enclose the current position.
    depth: usize,
    open: usize,
    /// Whether the innermost open container has a member yet.
    has_value: bool,
}

impl Outline {
    fn breaks(&self) -> bool {
        self.depth <= self.open
    }

    fn new_line<W: ?Sized + Write>(&self, writer: &mut W) -> io::Result<()> {
        writer.write_all(b"\n")?;
        (0..self.depth).try_for_each(|_| writer.write_all(b"  "))
    }

    fn begin<W: ?Sized + Write>(&mut self, writer: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.depth += 1;
        self.has_value = false;
        writer.write_all(bracket)
    }

    fn end<W: ?Sized + Write>(&mut self, writer: &mut W, bracket: &[u8]) -> io::Result<()> {
        let broke = self.breaks();
        self.depth -= 1;
        if broke && self.has_value {
            self.new_line(writer)?;
        }
        writer.write_all(bracket)
    }

    fn member<W: ?Sized + Write>(&mut self, writer: &mut W, first: bool) -> io::Result<()> {
        if !first {
            writer.write_all(b",")?;
        }
        if self.breaks() {
            self.new_line(writer)?;
        }
        Ok(())
    }
}

impl Formatter for Outline {
    fn begin_array<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.begin(writer, b"[")
    }

    fn end_array<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.end(writer, b"]")
    }

    fn begin_array_value<W: ?Sized + Write>(&mut self, writer: &mut W, first: bool) -> io::Result<()> {
        self.member(writer, first)
    }

    fn end_array_value<W: ?Sized + Write>(&mut self, _writer: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    fn begin_object<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.begin(writer, b"{")
    }

    fn end_object<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.end(writer, b"}")
    }

    fn begin_object_key<W: ?Sized + Write>(&mut self, writer: &mut W, first: bool) -> io::Result<()> {
        self.member(writer, first)
    }

    fn begin_object_value<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        writer.write_all(if self.breaks() { b": " } else { b":" })
    }

    fn end_object_value<W: ?Sized + Write>(&mut self, _writer: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    #[test]
    fn records_below_the_open_levels_take_one_line_each() {
        let value = json!({"format": "x", "items": [{"a": 1, "b": [1, 2]}, {"a": 2, "b": []}], "empty": []});
        assert_eq!(
            super::to_string(&value, 2),
            "{\n  \"empty\": [],\n  \"format\": \"x\",\n  \"items\": [\n    {\"a\":1,\"b\":[1,2]},\n    {\"a\":2,\"b\":[]}\n  ]\n}"
        );
        assert_eq!(super::to_string(&value, 0), serde_json::to_string(&value).unwrap());
    }
}

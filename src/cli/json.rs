//! The JSON report as the CLI writes it: serde_json's pretty printing (two spaces), byte for
//! byte, but each line break and its indentation written in one piece instead of one write
//! per level, and through a large buffer. A report of many quotations is hundreds of
//! megabytes of short lines, so the number of writes per line is what its time depends on.

use std::io::{self, Write};

use serde::Serialize;
use serde_json::ser::{Formatter, Serializer};

/// How many bytes are buffered before a write to the output.
const BUFFER: usize = 1 << 20;

/// Writes `value` as pretty JSON (exactly as `serde_json::to_writer_pretty`) and a final line
/// break to `out`, then flushes it.
pub fn write_pretty<T: Serialize>(out: impl Write, value: &T) -> io::Result<()> {
    let mut out = io::BufWriter::with_capacity(BUFFER, out);
    let mut serializer = Serializer::with_formatter(&mut out, Pretty::default());
    value.serialize(&mut serializer).map_err(io::Error::from)?;
    out.write_all(b"\n")?;
    out.flush()
}

/// A line break, then two spaces of indentation per level for as many levels as fit.
const BREAK: &[u8] = b"\n                                                                ";
/// A comma before [`BREAK`].
const COMMA_BREAK: &[u8] = b",\n                                                                ";
/// The indentation of one level.
const INDENT: &[u8] = b"  ";

/// serde_json's `PrettyFormatter` with its default indentation, writing a line break and the
/// indentation after it with one write.
#[derive(Default)]
struct Pretty {
    depth: usize,
    has_value: bool,
}

impl Pretty {
    /// Writes `pieces` (a line break, after a comma or not) followed by the indentation of
    /// the current depth.
    fn new_line<W: ?Sized + Write>(&self, writer: &mut W, pieces: &[u8]) -> io::Result<()> {
        let lead = pieces.len() - (BREAK.len() - 1);
        let wanted = lead + INDENT.len() * self.depth;
        if wanted <= pieces.len() {
            return writer.write_all(&pieces[..wanted]);
        }
        writer.write_all(pieces)?;
        for _ in 0..(wanted - pieces.len()) / INDENT.len() {
            writer.write_all(INDENT)?;
        }
        Ok(())
    }
}

impl Formatter for Pretty {
    fn begin_array<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.depth += 1;
        self.has_value = false;
        writer.write_all(b"[")
    }

    fn end_array<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.depth -= 1;
        if self.has_value {
            self.new_line(writer, BREAK)?;
        }
        writer.write_all(b"]")
    }

    fn begin_array_value<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.new_line(writer, if first { BREAK } else { COMMA_BREAK })
    }

    fn end_array_value<W: ?Sized + Write>(&mut self, _writer: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    fn begin_object<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.depth += 1;
        self.has_value = false;
        writer.write_all(b"{")
    }

    fn end_object<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.depth -= 1;
        if self.has_value {
            self.new_line(writer, BREAK)?;
        }
        writer.write_all(b"}")
    }

    fn begin_object_key<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.new_line(writer, if first { BREAK } else { COMMA_BREAK })
    }

    fn begin_object_value<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        writer.write_all(b": ")
    }

    fn end_object_value<W: ?Sized + Write>(&mut self, _writer: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn written(value: &serde_json::Value) -> String {
        let mut out = Vec::new();
        write_pretty(&mut out, value).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn same_as_serde_json_pretty() {
        let mut deep = json!({"leaf": [1, "two", null, {"x": []}, {}]});
        // Deeper than the indentation written in one piece.
        for i in 0..40 {
            deep = json!({ "level": i, "inner": [deep, "a\"b\\c\n", 2.5, true] });
        }
        for value in [
            json!(null),
            json!([]),
            json!({}),
            json!([[], {}, [[]], {"a": {}}]),
            json!({"a": 1, "b": [1, 2, {"c": "ü “q”"}], "d": {"e": {"f": [false]}}}),
            deep,
            // Larger than the buffer, so it is written out several times.
            json!((0..100_000)
                .map(|i| format!("quotation {i} “said”"))
                .collect::<Vec<_>>()),
        ] {
            let expected = serde_json::to_string_pretty(&value).unwrap() + "\n";
            assert_eq!(written(&value), expected);
        }
    }
}

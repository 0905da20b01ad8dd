// A script's annotations, read into columns in one call from api.rs. Reading them
// in wasm meant either a call into JS for every field (serde-wasm-bindgen) or a
// JSON.stringify and a parse of the whole list: 12 ms of adding 10,000, which
// this loop does in one or two. api.rs holds the rules; this only checks types.

/** Why `value` cannot be an offset, or null when it can: a whole number from 0 to 2^32 - 1. */
function offsetProblem(name, value) {
  if (value === undefined) return `${name} is missing`;
  const whole = Number.isInteger(value) && value >= 0 && value <= 0xffffffff;
  return whole ? null : `${name} must be a whole number, 0 or more`;
}

/**
 * Reads `list`, a script's annotations ({start, end, tag, note?, id?}), into
 * columns: `starts`, `ends` and `tags` (each item's index into `names`, the tag
 * names in the order they first appear), and the notes that are not empty with
 * the items they belong to (`notes`, `noteItems`). Throws a TypeError naming the
 * first item that is malformed.
 */
export function readAnnotations(list) {
  if (!Array.isArray(list)) throw new TypeError('expected a list of annotations');
  const count = list.length;
  const [starts, ends, tags] = [new Uint32Array(count), new Uint32Array(count), new Uint32Array(count)];
  const names = [];
  const nameIndex = new Map();
  const notes = [];
  const noteItems = [];
  for (let n = 0; n < count; n++) {
    const item = list[n];
    if (typeof item !== 'object' || item === null) throw new TypeError(`item ${n}: expected an object`);
    const { start, end, tag, note = '', id = '' } = item;
    const problem = offsetProblem('start', start) ?? offsetProblem('end', end)
      ?? (tag === undefined ? 'tag is missing' : null)
      ?? (typeof tag !== 'string' ? 'tag must be a string' : null)
      ?? (typeof note !== 'string' ? 'note must be a string' : null)
      ?? (typeof id !== 'string' ? 'id must be a string' : null);
    if (problem) throw new TypeError(`item ${n}: ${problem}`);
    starts[n] = start;
    ends[n] = end;
    let index = nameIndex.get(tag);
    if (index === undefined) {
      index = names.length;
      names.push(tag);
      nameIndex.set(tag, index);
    }
    tags[n] = index;
    if (note) {
      notes.push(note);
      noteItems.push(n);
    }
  }
  return { starts, ends, tags, names, notes, noteItems: Uint32Array.from(noteItems) };
}

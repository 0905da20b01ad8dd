// The benchmark's documents, generated deterministically: news-like paragraphs with
// curly quotes, accented letters and emoji, and highlights of every tag, some of them
// overlapping. Offsets are in code points (Framelens's unit) and in UTF-16 code units
// (the DOM's, which the peer libraries use).

/** Size name → [text length in characters, number of highlights]. */
export const SIZES = { S: [50_000, 100], M: [1_000_000, 10_000], L: [5_000_000, 50_000] };
export const TAGS = ['claim', 'quote', 'framing', 'fact'];
/** A teacher's nine tags: the four, and five of her own. */
export const NINE_TAGS = [...TAGS, 'source', 'emotive language', 'omission', 'number without a source', 'loaded label'];

/** `doc` with its spans' tags spread over `tags` in turn. */
export function retagged(doc, tags) {
  return { ...doc, spans: doc.spans.map((span, n) => ({ ...span, tag: tags[n % tags.length] })) };
}

const WORDS = (
  'the minister said talks would resume after the summit in Moscow where officials ' +
  'discussed trade energy and security while critics warned that the agreement ' +
  'could deepen tensions across the region café naïve résumé Zürich São Paulo ' +
  'Kraków Ōsaka déjà façade'
).split(' ');
const EXTRAS = ['“we will restore ties”', '‘special relations’', '— reportedly —', '👋🏽', '🇸🇾', '📰', '«confirmed»'];

/** A small deterministic generator (xorshift32). */
function random(seed) {
  let x = seed >>> 0 || 1;
  return (n) => {
    x ^= x << 13; x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5; x >>>= 0;
    return x % n;
  };
}

/**
 * The document of size `name`: { name, text, paragraphs, spans }, where each span is
 * { start, end, tag } in code points, with { start16, end16 } in UTF-16 code units.
 */
export function makeDocument(name) {
  const [length, count] = SIZES[name];
  const next = random(0x5eed + length);
  const paragraphs = [];
  let total = 0;
  while (total < length) {
    const words = [];
    for (let n = 25 + next(70); n > 0; n--) words.push(next(12) === 0 ? EXTRAS[next(EXTRAS.length)] : WORDS[next(WORDS.length)]);
    const paragraph = `${words.join(' ')}.`;
    paragraphs.push(paragraph[0].toUpperCase() + paragraph.slice(1));
    total += paragraph.length + 2;
  }
  const text = paragraphs.join('\n\n');
  const points = [...text];
  // UTF-16 offset of every code point offset.
  const utf16 = new Uint32Array(points.length + 1);
  for (let i = 0; i < points.length; i++) utf16[i + 1] = utf16[i] + points[i].length;
  const spans = [];
  for (let i = 0; i < count; i++) {
    // Evenly spread, 1 in 5 overlapping the one before; never on a line break.
    let start = Math.floor((i * points.length) / count) + next(20);
    if (i % 5 === 4 && spans.length) start = spans.at(-1).start + 3;
    let end = start + 8 + next(60);
    const cut = points.slice(start, end).indexOf('\n');
    if (cut >= 0) end = start + cut;
    while (end <= start + 1 || /\s/.test(points[start])) { start++; end = Math.max(end, start + 2); }
    if (end > points.length) break;
    spans.push({ start, end, tag: TAGS[next(4)], start16: utf16[start], end16: utf16[end] });
  }
  return { name, text, paragraphs: paragraphs.length, spans };
}

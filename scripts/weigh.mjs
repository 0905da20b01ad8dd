// Sums twiggy's table of a wasm's items (scripts/weigh.sh) by part of the
// program, and prints the parts largest first. Yew inlines each component's
// `html!` into its lifecycle's `view`, so those count as our views, not as Yew.
import fs from 'node:fs';

const PARTS = [
  [/^data segment/, 'data: strings, messages and tables'],
  [/^"function names"/, null],
  [/^(type\[|elem\[|table\[|global\[|memory\[|export |import |code\[|")/, 'wasm sections (types, imports, exports)'],
  [/CompStateInner<.*> as yew::html::component::lifecycle::Stateful>::view/, 'our views (html!, inlined in Yew)'],
  [/serde|Deserializ|Serializ|Visitor/, 'serde derives and serde_json'],
  [/^core::ptr::drop_in_place/, 'drop glue (freeing values)'],
  [/^<?(framelens::(?:model|ui)::[a-z_0-9]+)/, (m) => m[1]],
  [/^<?(framelens::[a-zA-Z_]+)/, (m) => m[1]],
  [/^<?(yew|implicit_clone|gloo\w*|prokio|slab|indexmap|tracing)::/, 'Yew and its runtime'],
  [/^<?(wasm_bindgen\w*|js_sys|web_sys)::/, 'wasm-bindgen, js-sys, web-sys'],
  [/^<?(miniz_oxide|sha2|unicode_segmentation)::/, (m) => m[1]],
  [/^<?(fluent\w*|intl\w*|unic_\w*|type_map|self_cell|tinystr|rustc_hash)::/, 'Fluent (fluent-bundle, plural rules, language ids)'],
];

const [, , file] = process.argv;
const lines = fs.readFileSync(file, 'utf8').trim().split('\n').slice(1);
const parts = new Map();
let total = 0;
for (const line of lines) {
  // Name,ShallowSize,…: the name is quoted CSV and may hold commas.
  const match = line.match(/^("(?:[^"]|"")*"|[^,]*),(\d+),/);
  if (!match) continue;
  const name = match[1].replace(/^"|"$/g, '').replace(/""/g, '"');
  const bytes = Number(match[2]);
  let part = 'the standard library (core, alloc, fmt, collections, malloc)';
  for (const [pattern, named] of PARTS) {
    const found = name.match(pattern);
    if (found) {
      part = typeof named === 'function' ? named(found) : named;
      break;
    }
  }
  if (part === null) continue;
  total += bytes;
  parts.set(part, (parts.get(part) ?? 0) + bytes);
}
const kb = (n) => `${(n / 1024).toFixed(1)} KB`.padStart(10);
console.log(`${kb(total)}  the optimised wasm, without its names section`);
for (const [part, bytes] of [...parts].sort((a, b) => b[1] - a[1])) {
  if (bytes < 1024) continue;
  console.log(`${kb(bytes)}  ${(100 * bytes / total).toFixed(1).padStart(4)}%  ${part}`);
}

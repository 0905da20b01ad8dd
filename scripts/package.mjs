// Finishes the release build that `trunk build --release` leaves in dist/:
//   - dist/index.html gets a Content-Security-Policy;
//   - dist/framelens.html is written: the whole app in one file, which runs from
//     file:// as well as from a web server;
// then prints the sizes of both outputs, raw, gzip and brotli.
//
// Both policies allow exactly what the app does: its own script (by hash when it is
// inline), compiling WebAssembly ('wasm-unsafe-eval', not 'unsafe-eval'), its own
// style sheet and icon, and, for dist/ only, fetching its own wasm. No remote origin.
import * as esbuild from 'esbuild';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { sizes } from './sizes.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const SINGLE = 'framelens.html';
/** The single file's size aim, gzipped. */
const AIM_GZIP = 250 * 1024;

const read = (name) => fs.readFileSync(path.join(dist, name));
const hash = (text) => `'sha256-${crypto.createHash('sha256').update(text).digest('base64')}'`;

function fail(message) {
  console.error(`package: ${message}`);
  process.exit(1);
}

/** The attributes of an HTML start tag (Trunk's minified output quotes only some). */
function attributes(tag) {
  const found = {};
  for (const [, name, value = ''] of tag.matchAll(/([\w-]+)(?:=("[^"]*"|'[^']*'|[^\s>]+))?/g)) {
    found[name.toLowerCase()] = value.replace(/^["']|["']$/g, '');
  }
  return found;
}

/** The relative file name an attribute points to (Trunk writes "./name"). */
const local = (url) => url.replace(/^\.\//, '');

function policy(directives) {
  return Object.entries(directives).map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}

/** `html` with the policy as the first thing after the charset, before anything it governs. */
function withPolicy(html, directives) {
  const meta = `<meta http-equiv=Content-Security-Policy content="${policy(directives)}">`;
  const charset = html.match(/<meta charset=["']?utf-8["']?\s*\/?>/i) ?? fail('index.html has no charset meta');
  return html.replace(charset[0], () => charset[0] + meta);
}

// What Trunk wrote: the page, its inline start-up script, and the files it links.
const page = read('index.html').toString('utf8');
if (page.includes('Content-Security-Policy')) fail('dist/index.html already has a policy: run trunk build first');
const startup = page.match(/<script type=["']?module["']?>([\s\S]*?)<\/script>/) ?? fail('no start-up script in index.html');
const glue = local(startup[1].match(/from\s*['"]([^'"]+\.js)['"]/)?.[1] ?? fail('the start-up script imports no glue'));
const wasm = local(startup[1].match(/['"]([^'"]+\.wasm)['"]/)?.[1] ?? fail('the start-up script names no wasm'));
const links = [...page.matchAll(/<link\b[^>]*>/g)].map(([tag]) => ({ tag, ...attributes(tag) }));
const stylesheet = links.find((link) => link.rel === 'stylesheet') ?? fail('no style sheet in index.html');
const icon = links.find((link) => link.rel === 'icon') ?? fail('no icon in index.html');

// dist/ for static hosting: Trunk's page, with a policy.
fs.writeFileSync(
  path.join(dist, 'index.html'),
  withPolicy(page, {
    'default-src': ["'none'"],
    'script-src': ["'self'", hash(startup[1]), "'wasm-unsafe-eval'"],
    'style-src': ["'self'"],
    'img-src': ["'self'"],
    'connect-src': ["'self'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
  }),
);

// The single file: the same page with every file it links put inside it. (Every
// replacement is a function: a replacement string would read "$&" or "$'" in the
// minified script as patterns.)
const { outputFiles: [bundle] } = await esbuild.build({
  entryPoints: [path.join(root, 'www/offline.js')],
  alias: { 'framelens-glue': path.join(dist, glue) },
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  write: false,
  logLevel: 'error',
});
const script = bundle.text.trim();
const style = read(local(stylesheet.href)).toString('utf8').trim();
for (const [name, text] of [['script', script], ['style sheet', style]]) {
  if (/<\/(script|style)/i.test(text)) fail(`the ${name} contains a closing tag and cannot be inlined`);
}
const packedWasm = zlib.gzipSync(read(wasm), { level: 9 }).toString('base64');
const iconUrl = `data:image/svg+xml;base64,${read(local(icon.href)).toString('base64')}`;

let single = page
  .replace(startup[0], '')
  .replace(stylesheet.tag, () => `<style>${style}</style>`)
  .replace(icon.tag, () => `<link rel=icon href="${iconUrl}">`);
for (const link of links.filter((l) => l.rel === 'modulepreload' || l.rel === 'preload')) {
  single = single.replace(link.tag, '');
}
single = single.replace(
  /<\/body>/i,
  () =>
    `<script type=application/octet-stream id=framelens-wasm>${packedWasm}</script>` +
    `<script type=module>${script}</script></body>`,
);
single = withPolicy(single, {
  'default-src': ["'none'"],
  'script-src': [hash(script), "'wasm-unsafe-eval'"],
  'style-src': [hash(style)],
  'img-src': ['data:'],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
});
fs.writeFileSync(path.join(dist, SINGLE), single);

// Sizes.
const kb = (n) => `${(n / 1024).toFixed(1)} KB`.padStart(10);
const files = fs.readdirSync(dist, { recursive: true }).filter((n) => n !== SINGLE && fs.statSync(path.join(dist, n)).isFile());
const width = Math.max(40, ...files.map((name) => name.length + 6));
const row = (name, bytes) => {
  const { raw, gzip, brotli } = sizes(bytes);
  console.log(`  ${name.padEnd(width)}${kb(raw)}${kb(gzip)}${kb(brotli)}`);
  return gzip;
};
console.log(`\n  ${'output'.padEnd(width)}${'raw'.padStart(10)}${'gzip'.padStart(10)}${'brotli'.padStart(10)}`);
console.log('  dist/ for static hosting, file by file:');
for (const name of files.sort()) row(`    ${name}`, read(name));
const singleBytes = Buffer.from(single);
const packed = row(`dist/${SINGLE}`, singleBytes);
console.log('    of which:');
const parts = [['wasm, gzip + base64', packedWasm], ['script (glue and start-up)', script], ['style sheet', style]];
for (const [name, text] of parts) row(`      ${name}`, Buffer.from(text));
const rest = parts.reduce((html, [, text]) => html.replace(text, ''), single);
row('      page and icon', Buffer.from(rest));
console.log(
  packed <= AIM_GZIP
    ? `\n  ${SINGLE} is within the ${AIM_GZIP / 1024} KB gzip aim.`
    : `\n  ${SINGLE} is ${((packed - AIM_GZIP) / 1024).toFixed(1)} KB over the ${AIM_GZIP / 1024} KB gzip aim: the wasm is most of it.`,
);

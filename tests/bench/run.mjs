// The benchmark: Framelens against the browser's plain layout of the same text and
// against two peer libraries, in one headless Chromium, each contender in a page of
// its own, contenders alternating, several runs each. Prints medians and ratios and
// writes them as JSON. Run it through scripts/bench.sh (which builds the release
// first); options:
//   --sizes S,M,L   documents to use (S = 50 KB / 100 highlights, M = 1 MB / 10k, L = 5 MB / 50k);
//                   none for the class figure alone
//   --runs N        runs per contender and figure (default 5)
//   --peers-on-L    also load L into the peer libraries (minutes per run)
//   --out FILE      where to write the JSON (default bench-results.json)
//   --browser NAME  firefox or webkit: load and the keys in that engine instead, beside
//                   the plain text in the same engine (tests/bench/engines.mjs)
// FRAMELENS_DIST names another build of the app than dist/, to compare two builds.
import * as esbuild from 'esbuild';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/static-server.mjs';
import { sizes } from '../../scripts/sizes.mjs';
import { CHROMIUM_ARGS } from '../e2e/harness.mjs';
import { makeDocument, NINE_TAGS, retagged, SIZES } from './corpus.mjs';
import { probes } from './probes.mjs';
import { measureClass, CLASS_STEPS } from './class.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const dist = process.env.FRAMELENS_DIST ?? path.join(root, 'dist');

const options = { sizes: ['S', 'M', 'L'], runs: 5, peersOnL: false, out: 'bench-results.json', browser: 'chromium' };
for (let args = process.argv.slice(2); args.length; ) {
  const arg = args.shift();
  if (arg === '--sizes') options.sizes = args.shift().split(',').filter((s) => s !== 'none');
  else if (arg === '--runs') options.runs = Number(args.shift());
  else if (arg === '--peers-on-L') options.peersOnL = true;
  else if (arg === '--out') options.out = args.shift();
  else if (arg === '--browser') options.browser = args.shift();
  else throw new Error(`unknown option ${arg}`);
}
for (const size of options.sizes) if (!SIZES[size]) throw new Error(`unknown size ${size}`);

const PEERS = ['apache', 'recogito'];
/** The baselines: the text alone, laid out whole, and laid out near the viewport only. */
const BASELINES = ['plain', 'plain-lazy'];
const CONTENDERS = [...BASELINES, 'framelens', ...PEERS];
/** Existing highlights for the interaction figure, and the document each is measured on. */
const INTERACTION_COUNTS = { S: [0, 100], M: [0, 1_000, 10_000], L: [50_000] };

// --- Pages ------------------------------------------------------------------------

/** Builds the peer pages into a folder beside a link to dist/; serves both. */
async function pages() {
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'framelens-bench-'));
  await fs.symlink(path.resolve(dist), path.join(folder, 'app'));
  await fs.mkdir(path.join(folder, 'peers'));
  const sizes = {};
  for (const name of [...BASELINES, ...PEERS]) {
    const result = await esbuild.build({
      entryPoints: [path.join(here, 'pages', `${name}.js`)],
      bundle: true, minify: true, format: 'esm', target: 'es2022', write: false, logLevel: 'error',
      loader: { '.css': 'empty' },
    });
    const script = result.outputFiles[0].contents;
    sizes[name] = script.length;
    await fs.writeFile(path.join(folder, 'peers', `${name}.js`), script);
    await fs.writeFile(
      path.join(folder, 'peers', `${name}.html`),
      `<!doctype html><html lang=en><meta charset=utf-8><title>${name}</title><body><script type=module src=./${name}.js></script>`,
    );
  }
  const server = await serve(folder);
  return { server, folder, bundleSizes: sizes };
}

function urlOf(server, contender) {
  return contender === 'framelens' ? `${server.url}app/index.html` : `${server.url}peers/${contender}.html`;
}

// --- Measuring --------------------------------------------------------------------

const median = (values) => {
  const sorted = values.filter((v) => v != null).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : null;
};

/** A fresh page of `contender`, ready to be given a document. */
async function open(browser, server, contender) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  await context.addInitScript(probes);
  const page = await context.newPage();
  page.setDefaultTimeout(180_000);
  await page.goto(urlOf(server, contender));
  await page.waitForFunction(() => window.contender || document.querySelector('.article-text p'));
  // Recogito's undo stack throws on a first change within 250 ms of the page's start.
  await page.waitForFunction(() => performance.now() > 300);
  page.cdp = await context.newCDPSession(page);
  return page;
}

/** Loads `doc` with its first `count` spans; resolves to milliseconds to painted. */
async function load(page, contender, doc, count) {
  await page.evaluate(
    ({ text, spans }) => { window.benchData = { text, spans }; },
    { text: doc.text, spans: doc.spans.slice(0, count) },
  );
  return page.evaluate((framelens) => window.bench.load(framelens), contender === 'framelens');
}

async function footprint(page) {
  await page.cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await page.cdp.send('Runtime.getHeapUsage');
  const counts = await page.evaluate(() => window.bench.nodes());
  const wasm = await page.evaluate(() => window.framelens?.wasmMemoryBytes() ?? 0);
  return { ...counts, jsHeapMB: usedSize / 2 ** 20, wasmMB: wasm / 2 ** 20 };
}

/** Selects words of the article's third line with a real mouse drag. */
async function drag(page) {
  const [from, to] = await page.evaluate(() => window.bench.wordsToDrag());
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 6 });
  await page.mouse.up();
}

/**
 * Presses `key`, which should change the number of painted ranges in the direction
 * `expect` (+1, -1, or null: any); resolves to { work, painted } in milliseconds, as the page saw them.
 */
async function press(page, contender, key, expect) {
  await page.evaluate((expect) => {
    window.lastKey = null;
    window.expectRanges = expect;
    window.storedBytes = 0;
    // The page's longest task from the key until the change is saved (autosave's too).
    window.longest = 0;
    window.longTasks?.disconnect();
    window.longTasks = new PerformanceObserver((list) => {
      for (const task of list.getEntries()) window.longest = Math.max(window.longest, task.duration);
    });
    window.longTasks.observe({ type: 'longtask' });
  }, expect);
  await page.keyboard.press(key);
  const timing = await (await page.waitForFunction(() => window.lastKey)).jsonValue();
  if (!timing.shown) throw new Error(`${contender}: ${key} showed no change in 120 frames`);
  if (contender === 'framelens') await page.locator('.save-state[data-saved="true"]').waitFor();
  // Long tasks are reported after they end: one frame more.
  const longest = await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(() => done(window.longest), 50))));
  return { ...timing, longest, stored: await page.evaluate(() => window.storedBytes) };
}

/**
 * A visit's first change: the page reloaded (the workspace read back from storage)
 * and a span tagged, which autosave saves whole; what it stored and its longest task.
 */
async function revisit(page) {
  await page.reload();
  await page.locator('.article-text p').first().waitFor();
  await page.locator('.save-state[data-saved="true"]').waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  await drag(page);
  return press(page, 'framelens', '1', +1);
}

/**
 * The longest task from the loaded article's frame until the page has saved it (the
 * whole workspace: a new article is saved whole), in ms (0 when none took 50 ms),
 * and the bytes it stored.
 */
async function untilSaved(page) {
  await page.locator('.save-state[data-saved="true"]').waitFor();
  const stored = await page.evaluate(() => window.storedBytes);
  const longest = await page.evaluate(() => new Promise((done) => {
    const tasks = [];
    const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
    observer.observe({ type: 'longtask', buffered: true });
    setTimeout(() => {
      observer.disconnect();
      done(Math.max(0, ...tasks.filter((t) => t.startTime >= window.benchPainted).map((t) => t.duration)));
    }, 100);
  }));
  return { longest, stored };
}

/** Tag, re-tag and delete, each timed from the key to the frame that shows it. */
async function interact(page, contender, [tagKey, retagKey] = ['1', '2']) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await drag(page);
  const tag = await press(page, contender, tagKey, +1);
  const retag = await press(page, contender, retagKey, null);
  const remove = await press(page, contender, 'Delete', -1);
  return { tag, retag, remove };
}

/** Frame times while scrolling the whole article, 300 px a frame. */
function scroll(page) {
  return page.evaluate(() => window.bench.scroll(300));
}

/** Exports through the Export dialog; ms from the click to the file's Blob. */
/**
 * Exports in the format named `name`: milliseconds from the click to the file's Blob
 * made (`framelens`), and, as the browser's own floor, to make a Blob of the same
 * number of bytes that are already in a typed array (`blob`), and the file's size.
 */
async function exportFormat(page, name) {
  await (await downloaded(page, name)).path();
  return page.evaluate(() => {
    const { at, size } = window.lastBlob;
    const bytes = new Uint8Array(size).fill(97);
    const start = performance.now();
    URL.revokeObjectURL(URL.createObjectURL(new Blob([bytes])));
    return { framelens: at - window.lastClick, blob: performance.now() - start, bytes: size };
  });
}

/** The download of the format named `name`, through the Export dialog. */
async function downloaded(page, name) {
  await page.getByRole('button', { name: 'Export' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('dialog').getByRole('button', { name }).click(),
  ]);
  return download;
}

/** The formats an import is measured in, each with its button in the Export dialog. */
const IMPORTED = [
  ['Framelens workspace', /Framelens workspace/], ['W3C', /W3C Web Annotation/], ['CSV', /CSV/],
  ['doccano', /doccano/], ['Label Studio', /Label Studio \(JSON/], ['brat', /brat/],
];

/**
 * Each of `page`'s files in the formats of IMPORTED, saved in `folder` (handed to
 * the page by path: given as bytes, Playwright would copy them into the page in
 * one task of its own, longer than the import's).
 */
async function filesOf(page, folder) {
  const files = {};
  for (const [format, button] of IMPORTED) {
    const download = await downloaded(page, button);
    files[format] = path.join(folder, download.suggestedFilename());
    await download.saveAs(files[format]);
  }
  return files;
}

/**
 * Imports `file` (a path) into a fresh page showing `doc`'s article alone: ms from handing
 * the file over until the page says it imported, and the longest task meanwhile.
 */
async function importInto(browser, server, doc, file) {
  const page = await open(browser, server, 'framelens');
  await load(page, 'framelens', doc, 0);
  await page.locator('.save-state[data-saved="true"]').waitFor();
  await page.evaluate(() => {
    window.longest = 0;
    new PerformanceObserver((list) => {
      for (const task of list.getEntries()) window.longest = Math.max(window.longest, task.duration);
    }).observe({ type: 'longtask' });
  });
  const start = Date.now();
  await page.locator('.toolbar input[type=file]').setInputFiles(file);
  await page.getByRole('status').filter({ hasText: /^Imported/ }).waitFor();
  const took = Date.now() - start;
  const longest = await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(() => done(window.longest), 50))));
  await page.context().close();
  return { took, longest, bytes: (await fs.stat(file)).size };
}

// --- Sizes ------------------------------------------------------------------------

/** The release build's sizes (dist/ summed file by file, as a host sends them). */
async function buildSizes(bundleSizes) {
  // A build by trunk alone (FRAMELENS_DIST) has no single file.
  const single = await fs.readFile(path.join(dist, 'framelens.html')).then(sizes, () => null);
  const listed = await fs.readdir(dist, { recursive: true, withFileTypes: true });
  const files = listed.filter((f) => f.isFile() && f.name !== 'framelens.html')
    .map((f) => path.relative(dist, path.join(f.parentPath ?? f.path, f.name)));
  const byFile = {};
  for (const name of files) byFile[name] = sizes(await fs.readFile(path.join(dist, name)));
  const total = (key) => Object.values(byFile).reduce((sum, file) => sum + file[key], 0);
  return {
    'dist/ (all files)': { raw: total('raw'), gzip: total('gzip'), brotli: total('brotli') },
    'dist/*.wasm': Object.entries(byFile).find(([n]) => n.endsWith('.wasm'))[1],
    ...(single && { 'dist/framelens.html': single }),
    ...Object.fromEntries(Object.entries(bundleSizes).filter(([n]) => !BASELINES.includes(n)).map(([n, raw]) => [`${n} bundle (minified)`, { raw }])),
  };
}

// --- The run ----------------------------------------------------------------------

const log = (...args) => process.stderr.write(`${args.join(' ')}\n`);
const ms = (v) => (v == null ? '–' : `${v.toFixed(v < 10 ? 1 : 0)} ms`);
const kb = (n) => (n == null ? '–' : `${(n / 1024).toFixed(1)} KB`);
const pad = (cells, widths) => cells.map((c, i) => String(c).padStart(widths[i])).join('  ');
const table = (title, header, rows) => {
  const widths = header.map((h, i) => Math.max(String(h).length, ...rows.map((r) => String(r[i]).length)));
  console.log(`\n${title}\n${pad(header, widths)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const row of rows) console.log(pad(row, widths));
};

if (options.browser !== 'chromium') {
  const { measureEngine, report } = await import('./engines.mjs');
  const { server, folder } = await pages();
  try {
    const results = await measureEngine(options.browser, {
      sizes: options.sizes, runs: options.runs, urlOf: (contender) => urlOf(server, contender), log,
    });
    report(results, table, ms);
    await fs.writeFile(options.out, `${JSON.stringify({ date: new Date().toISOString(), cores: os.cpus().length, runs: options.runs, results }, null, 1)}\n`);
    console.log(`\nAll figures: ${options.out}`);
  } finally {
    await server.close();
    await fs.rm(folder, { recursive: true, force: true });
  }
  process.exit(0);
}

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'],
});
const { server, folder, bundleSizes } = await pages();
const version = browser.version();
const results = { load: {}, saving: {}, revisit: {}, footprint: {}, interaction: {}, scroll: {}, export: {}, import: {}, class: [], sizes: await buildSizes(bundleSizes) };

try {
  for (const size of options.sizes) {
    const doc = makeDocument(size);
    const contenders = CONTENDERS.filter((c) => size !== 'L' || options.peersOnL || !PEERS.includes(c));
    log(`${size}: ${doc.text.length.toLocaleString()} characters, ${doc.paragraphs} paragraphs, ${doc.spans.length} highlights`);
    for (let run = 0; run < options.runs; run++) {
      // Alternate, starting with a different contender each run.
      const order = contenders.map((_, i) => contenders[(i + run) % contenders.length]);
      for (const contender of order) {
        const page = await open(browser, server, contender);
        const ms = await load(page, contender, doc, doc.spans.length);
        if (contender === 'framelens') {
          const missing = await page.evaluate(() => window.bench.unpainted());
          if (missing) throw new Error(`framelens: ${missing} highlights in view were not painted`);
        }
        ((results.load[size] ??= {})[contender] ??= []).push(ms);
        if (contender === 'framelens') (results.saving[size] ??= []).push(await untilSaved(page));
        ((results.footprint[size] ??= {})[contender] ??= []).push(await footprint(page));
        if (size !== 'S' || run === 0) ((results.scroll[size] ??= {})[contender] ??= []).push(await scroll(page));
        if (contender === 'framelens' && size === 'M') {
          for (const format of ['Framelens workspace', 'W3C Web Annotation', 'CSV']) {
            ((results.export[format] ??= {})[contender] ??= []).push(await exportFormat(page, new RegExp(format)));
          }
          const files = await filesOf(page, folder);
          for (const [format] of IMPORTED) {
            (results.import[format] ??= []).push(await importInto(browser, server, doc, files[format]));
          }
        }
        if (contender === 'framelens') (results.revisit[size] ??= []).push(await revisit(page));
        await page.context().close();
        log(`  run ${run + 1} ${contender}: load ${ms.toFixed(0)} ms`);
      }
      for (const count of INTERACTION_COUNTS[size]) {
        for (const contender of order.filter((c) => !BASELINES.includes(c))) {
          const page = await open(browser, server, contender);
          await load(page, contender, doc, count);
          if (contender === 'framelens') await page.locator('.save-state[data-saved="true"]').waitFor();
          ((results.interaction[count] ??= {})[contender] ??= []).push(await interact(page, contender));
          await page.context().close();
        }
      }
      // A teacher's nine tags at L: the ninth key tags, the fifth re-tags.
      if (size === 'L') {
        const page = await open(browser, server, 'framelens');
        await load(page, 'framelens', retagged(doc, NINE_TAGS), doc.spans.length);
        await page.locator('.save-state[data-saved="true"]').waitFor();
        ((results.interaction[`${doc.spans.length}, 9 tags`] ??= {}).framelens ??= []).push(await interact(page, 'framelens', ['9', '5']));
        await page.context().close();
      }
    }
  }
  for (let run = 0; run < options.runs; run++) {
    const page = await open(browser, server, 'framelens');
    results.class.push(await measureClass(page));
    await page.context().close();
    log(`  class run ${run + 1}: ${results.class.at(-1).total.drawn.toFixed(0)} ms`);
  }
} finally {
  await browser.close();
  await server.close();
  await fs.rm(folder, { recursive: true, force: true });
}

// --- Report -----------------------------------------------------------------------

const ratio = (a, b) => (a == null || b == null ? '–' : `${(a / b).toFixed(2)}x`);

const summary = { chromium: version, cores: os.cpus().length, runs: options.runs, date: new Date().toISOString(), medians: {} };
for (const [size, byContender] of Object.entries(results.load)) {
  const [plain, lazy, ours] = ['plain', 'plain-lazy', 'framelens'].map((c) => median(byContender[c]));
  const rows = Object.entries(byContender).map(([c, v]) => [
    c, ms(median(v)), ratio(median(v), plain), ratio(median(v), lazy), ratio(median(v), ours),
  ]);
  table(`(1) Load to painted, ${size} (median of ${options.runs})`, ['contender', 'median', 'vs plain', 'vs plain-lazy', 'vs framelens'], rows);
  summary.medians[`load ${size}`] = Object.fromEntries(Object.entries(byContender).map(([c, v]) => [c, median(v)]));
}
table('(1b) After loading, until the article is saved (the whole workspace is written): the longest task, and what is stored', ['size', 'longest task', 'stored'],
  Object.entries(results.saving).map(([size, runs]) => {
    const [longest, stored] = ['longest', 'stored'].map((k) => median(runs.map((r) => r[k])));
    summary.medians[`saving ${size}`] = { longest, stored };
    return [size, longest ? ms(longest) : 'none over 50 ms', kb(stored)];
  }));
table('(1c) After a reload, a visit\'s first change (saved whole): what is stored, and the longest task until saved', ['size', 'stored', 'key to painted', 'longest task'],
  Object.entries(results.revisit).map(([size, runs]) => {
    const [stored, painted, longest] = ['stored', 'painted', 'longest'].map((k) => median(runs.map((r) => r[k])));
    summary.medians[`revisit ${size}`] = { stored, painted, longest };
    return [size, kb(stored), ms(painted), longest ? ms(longest) : 'none over 50 ms'];
  }));
for (const [count, byContender] of Object.entries(results.interaction)) {
  const rows = [];
  for (const [c, runs] of Object.entries(byContender)) {
    for (const step of ['tag', 'retag', 'remove']) {
      const work = median(runs.map((r) => r[step].work));
      const painted = median(runs.map((r) => r[step].painted));
      const frames = median(runs.map((r) => r[step].frames));
      const longest = median(runs.map((r) => r[step].longest));
      const stored = c === 'framelens' ? median(runs.map((r) => r[step].stored)) : null;
      rows.push([c, step, ms(work), ms(painted), frames, longest ? ms(longest) : 'none over 50 ms', kb(stored)]);
      (summary.medians[`interaction at ${count}`] ??= {})[`${c} ${step}`] = { work, painted, frames, longest, stored };
    }
  }
  const [highlights, tags = '4 tags'] = count.split(', ');
  table(`(2) Key to painted with ${Number(highlights).toLocaleString()} existing highlights, ${tags}`,
    ['contender', 'action', 'work', 'to painted frame', 'frames', 'longest task until saved', 'stored'], rows);
}
table('(3) Export of 10,000 annotations (M): click to file', ['format', 'size', 'Framelens', "browser's Blob of that size", 'ratio'],
  Object.entries(results.export).map(([format, { framelens: runs }]) => {
    const [took, blob] = [median(runs.map((r) => r.framelens)), median(runs.map((r) => r.blob))];
    return [format, `${(runs[0].bytes / 2 ** 20).toFixed(1)} MB`, ms(took), ms(blob), `${(took / blob).toFixed(1)}x`];
  }));
summary.medians.export = Object.fromEntries(Object.entries(results.export).map(([f, v]) => [f, median(v.framelens.map((r) => r.framelens))]));
table('(3b) Import of 10,000 annotations (M) into the article: file handed over to "Imported", and the longest task', ['format', 'size', 'import', 'longest task'],
  Object.entries(results.import).map(([format, runs]) => {
    const [took, longest] = ['took', 'longest'].map((k) => median(runs.map((r) => r[k])));
    (summary.medians.import ??= {})[format] = { took, longest };
    return [format, `${(runs[0].bytes / 2 ** 20).toFixed(1)} MB`, ms(took), longest ? ms(longest) : 'none over 50 ms'];
  }));
for (const [size, byContender] of Object.entries(results.footprint)) {
  const rows = Object.entries(byContender).map(([c, v]) => [
    c, median(v.map((f) => f.nodes)), median(v.map((f) => f.articleNodes)),
    median(v.map((f) => f.jsHeapMB)).toFixed(1), median(v.map((f) => f.wasmMB)).toFixed(1),
  ]);
  table(`(4) Footprint after loading ${size}`, ['contender', 'DOM nodes', 'in the article', 'JS heap MB', 'wasm MB'], rows);
  summary.medians[`footprint ${size}`] = Object.fromEntries(rows.map(([c, ...rest]) => [c, rest]));
}
for (const [size, byContender] of Object.entries(results.scroll)) {
  const rows = Object.entries(byContender).map(([c, v]) => [c, ms(median(v.map((s) => s.p95))), ms(median(v.map((s) => s.max))), median(v.map((s) => s.frames))]);
  table(`(5) Scrolling through ${size}, frame times`, ['contender', 'p95', 'max', 'frames'], rows);
  summary.medians[`scroll ${size}`] = Object.fromEntries(rows.map(([c, ...rest]) => [c, rest]));
}
table('(7) A class: 40 submissions on 5 articles, dropped at once, then every view of it',
  ['step', 'drawn, median', 'slowest run', 'of it computing (median)'],
  CLASS_STEPS.map(([key, label]) => {
    const of = (part) => results.class.map((c) => c[key][part]);
    return [label, ms(median(of('drawn'))), ms(Math.max(...of('drawn'))), ms(median(of('computed')))];
  }));
summary.medians.class = median(results.class.map((c) => c.total.drawn));
table('(6) Sizes', ['output', 'raw', 'gzip', 'brotli'], Object.entries(results.sizes).map(([n, s]) => [n, kb(s.raw), kb(s.gzip), kb(s.brotli)]));

await fs.writeFile(options.out, `${JSON.stringify({ ...summary, results }, null, 1)}\n`);
console.log(`\nAll figures: ${options.out}`);

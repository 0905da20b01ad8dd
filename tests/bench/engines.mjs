// The benchmark's figures in another engine than Chromium (run.mjs --browser
// firefox|webkit): load to painted, side by side with the plain text laid out by
// the same engine, and the tag, re-tag and delete keys. The pages and the in-page
// probes are the Chromium benchmark's; the browser is driven through WebDriver
// (tests/e2e/webdriver.mjs), which has no init scripts, so the probes are
// installed once each page has loaded.
import { startDriver, Reader, KEY } from '../e2e/webdriver.mjs';
import { makeDocument } from './corpus.mjs';
import { probes } from './probes.mjs';

const CONTENDERS = ['plain', 'plain-lazy', 'framelens'];
/** Existing highlights for the key figures, and the document each is measured on. */
const COUNTS = { S: [100], M: [10_000], L: [50_000] };

const median = (values) => {
  const sorted = values.filter((v) => v != null).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : null;
};

/**
 * `reader` on a fresh page at `url`, with the probes installed. Framelens's saved
 * workspace is deleted first (from `blank`, a page of the same origin, where no
 * connection holds the database open), so that every load starts empty. One
 * session serves every page: WebKit's driver does not start sessions by the dozen.
 */
async function open(reader, url, blank) {
  await reader.go(blank);
  await reader.run(() => new Promise((resolve) => {
    const request = indexedDB.deleteDatabase('framelens');
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  }));
  await reader.go(url);
  await reader.until('the page', () => window.contender || document.querySelector('.article-text p'));
  // (A function's source: run() calls it in the page.)
  await reader.run(`() => (${probes})()`);
  await reader.until('a settled page', () => performance.now() > 300);
}

/** Loads `doc` with its first `count` spans; milliseconds to painted, as the page saw them. */
async function load(reader, contender, doc, count) {
  await reader.run((text, spans) => { window.benchData = { text, spans }; }, doc.text, doc.spans.slice(0, count));
  return reader.run((framelens) => window.bench.load(framelens), contender === 'framelens');
}

/** Presses `key`; resolves to { work, painted, frames } as the page timed it. */
async function press(reader, key, expect) {
  await reader.run((expect) => { window.lastKey = null; window.expectRanges = expect; }, expect);
  await reader.press(key);
  const timing = await reader.until(`the ${key} key`, () => window.lastKey);
  if (!timing.shown) throw new Error(`${key} showed no change in 120 frames`);
  await reader.until('autosave', () => document.querySelector('.save-state')?.dataset.saved === 'true');
  return timing;
}

/** Tag, re-tag and delete after a real mouse drag, each timed from the key to the frame that shows it. */
async function interact(reader) {
  await reader.run(() => window.scrollTo(0, 0));
  const [from, to] = await reader.run(() => window.bench.wordsToDrag());
  await reader.pointer('mouse', [from, { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 }, to]);
  return {
    tag: await press(reader, '1', +1),
    retag: await press(reader, '2', null),
    remove: await press(reader, KEY.Delete, -1),
  };
}

/** Runs the figures in `engine`; `urlOf(contender)` is each page's address. Resolves to the results. */
export async function measureEngine(engine, { sizes, runs, urlOf, log }) {
  const driver = await startDriver(engine);
  const reader = await Reader.open(driver, engine);
  await reader.resize(1280, 900);
  const blank = urlOf('plain');
  const results = { engine, load: {}, interaction: {} };
  try {
    for (const size of sizes) {
      const doc = makeDocument(size);
      log(`${size} in ${engine}: ${doc.text.length.toLocaleString()} characters, ${doc.spans.length} highlights`);
      for (let run = 0; run < runs; run++) {
        const order = CONTENDERS.map((_, i) => CONTENDERS[(i + run) % CONTENDERS.length]);
        for (const contender of order) {
          await open(reader, urlOf(contender), blank);
          const ms = await load(reader, contender, doc, doc.spans.length);
          ((results.load[size] ??= {})[contender] ??= []).push(ms);
          log(`  run ${run + 1} ${contender}: load ${ms.toFixed(0)} ms`);
        }
        for (const count of COUNTS[size]) {
          await open(reader, urlOf('framelens'), blank);
          await load(reader, 'framelens', doc, count);
          await reader.until('autosave', () => document.querySelector('.save-state')?.dataset.saved === 'true');
          try {
            (results.interaction[count] ??= []).push(await interact(reader));
          } catch (error) {
            // WebKit's driver now and then refuses an input action: say so, go on.
            log(`  run ${run + 1}: the keys at ${count} could not be timed (${error.message})`);
          }
        }
      }
    }
  } finally {
    await reader.quit();
    await driver.stop();
  }
  return results;
}

/** Prints the figures as tables. */
export function report(results, table, ms) {
  for (const [size, byContender] of Object.entries(results.load)) {
    const plain = median(byContender.plain);
    const lazy = median(byContender['plain-lazy']);
    table(`(1) Load to painted, ${size}, in ${results.engine}`, ['contender', 'median', 'vs plain', 'vs plain-lazy'],
      Object.entries(byContender).map(([c, v]) => [c, ms(median(v)), `${(median(v) / plain).toFixed(2)}x`, `${(median(v) / lazy).toFixed(2)}x`]));
  }
  for (const [count, runs] of Object.entries(results.interaction)) {
    table(`(2) Key to painted with ${Number(count).toLocaleString()} existing highlights, in ${results.engine}`,
      ['action', 'work', 'to painted frame', 'frames'],
      ['tag', 'retag', 'remove'].map((step) => [
        step, ms(median(runs.map((r) => r[step].work))), ms(median(runs.map((r) => r[step].painted))),
        median(runs.map((r) => r[step].frames)),
      ]));
  }
}

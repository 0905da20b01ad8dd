// Profiles Framelens in headless Chromium with the V8 sampling profiler and prints
// where the time goes, by function (self time). Needs a build that keeps function
// names (scripts/profile.sh makes one in target/profile-dist).
//   node tests/bench/profile.mjs <dist> load <S|M|L>
//   node tests/bench/profile.mjs <dist> tag <S|M|L>     (a tag key at all the size's highlights)
//   node tests/bench/profile.mjs <dist> export <S|M|L> [format]   (default: W3C)
//   node tests/bench/profile.mjs <dist> save <S|M|L>    (autosave's whole save after loading)
//   node tests/bench/profile.mjs <dist> import <S|M|L> [format]   (its file into the article alone)
// PROFILE_LINES=N prints N lines of total time (default 40).
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/static-server.mjs';
import { CHROMIUM_ARGS } from '../e2e/harness.mjs';
import { makeDocument } from './corpus.mjs';
import { probes } from './probes.mjs';
import { measureClass } from './class.mjs';

const [dist, what = 'load', size = 'M', format = 'W3C'] = process.argv.slice(2);
const doc = makeDocument(size);
const server = await serve(dist);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
await context.addInitScript(probes);
const page = await context.newPage();
await page.goto(server.url);
await page.locator('.article-text p').first().waitFor();
await page.evaluate(({ text, spans }) => { window.benchData = { text, spans }; }, { text: doc.text, spans: doc.spans });
/** A profiler session on `page`. */
async function profiler(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  return cdp;
}
let cdp = await profiler(page);

let elapsed;
if (what === 'import') {
  // The size's annotations exported in `format`, then imported into a page (of its
  // own storage) that shows the article alone.
  await page.evaluate(() => window.bench.load(true));
  await page.locator('.save-state[data-saved="true"]').waitFor({ timeout: 120_000 });
  await page.getByRole('button', { name: 'Export' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('dialog').getByRole('button', { name: new RegExp(format) }).click()]);
  // By path: as bytes, Playwright copies them into the page in one task of its own.
  const file = `${await download.path()}-${download.suggestedFilename()}`;
  await download.saveAs(file);
  const fresh = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await fresh.context().addInitScript(probes);
  await fresh.goto(server.url);
  await fresh.locator('.article-text p').first().waitFor();
  await fresh.evaluate(({ text }) => { window.benchData = { text, spans: [] }; }, { text: doc.text });
  await fresh.evaluate(() => window.bench.load(true));
  await fresh.locator('.save-state[data-saved="true"]').waitFor({ timeout: 120_000 });
  cdp = await profiler(fresh);
  await cdp.send('Profiler.start');
  const start = Date.now();
  await fresh.locator('.toolbar input[type=file]').setInputFiles(file);
  await fresh.getByRole('status').filter({ hasText: /^Imported/ }).waitFor({ timeout: 120_000 });
  elapsed = Date.now() - start;
} else if (what === 'class') {
  await cdp.send('Profiler.start');
  elapsed = (await measureClass(page)).total.drawn;
} else if (what === 'load') {
  await cdp.send('Profiler.start');
  elapsed = await page.evaluate(() => window.bench.load(true));
} else if (what === 'save') {
  // From the loaded article's frame until autosave has written it whole.
  await page.evaluate(() => window.bench.load(true));
  await cdp.send('Profiler.start');
  const start = Date.now();
  await page.locator('.save-state[data-saved="true"]').waitFor({ timeout: 120_000 });
  elapsed = Date.now() - start;
} else if (what === 'export') {
  await page.evaluate(() => window.bench.load(true));
  await page.locator('.save-state[data-saved="true"]').waitFor({ timeout: 120_000 });
  await page.getByRole('button', { name: 'Export' }).click();
  await cdp.send('Profiler.start');
  await Promise.all([page.waitForEvent('download'), page.getByRole('dialog').getByRole('button', { name: new RegExp(format) }).click()]);
  elapsed = await page.evaluate(() => window.lastBlob.at - window.lastClick);
} else {
  await page.evaluate(() => window.bench.load(true));
  await page.locator('.save-state[data-saved="true"]').waitFor({ timeout: 120_000 });
  const [from, to] = await page.evaluate(() => window.bench.wordsToDrag());
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 6 });
  await page.mouse.up();
  await page.evaluate(() => { window.lastKey = null; window.expectRanges = 1; });
  await cdp.send('Profiler.start');
  await page.keyboard.press('1');
  elapsed = (await (await page.waitForFunction(() => window.lastKey)).jsonValue()).painted;
}
const { profile } = await cdp.send('Profiler.stop');
await browser.close();
await server.close();

// Self time per function name, and total time (the function and what it called).
const nameOf = (node) => node.callFrame.functionName || `(${node.callFrame.url.split('/').pop() || 'anonymous'})`;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
const dt = new Map();
profile.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
const self = new Map();
const inclusive = new Map();
let total = 0;
for (const node of profile.nodes) {
  const ms = dt.get(node.id) ?? 0;
  const name = nameOf(node);
  self.set(name, (self.get(name) ?? 0) + ms);
  if (['(idle)', '(program)'].includes(name)) continue;
  total += ms;
  // Each function on the sample's stack once, however deep it recurses.
  const seen = new Set();
  for (let id = node.id; id != null; id = parent.get(id)) seen.add(nameOf(byId.get(id)));
  for (const n of seen) inclusive.set(n, (inclusive.get(n) ?? 0) + ms);
}
// The longest run of samples with no idle one between them: the longest task, about.
let run = { ms: 0, ids: [] };
let longest = run;
profile.samples.forEach((id, i) => {
  if (nameOf(byId.get(id)) === '(idle)') {
    run = { ms: 0, ids: [] };
    return;
  }
  run.ms += (profile.timeDeltas[i] ?? 0) / 1000;
  run.ids.push([id, (profile.timeDeltas[i] ?? 0) / 1000]);
  if (run.ms > longest.ms) longest = run;
});
const inLongest = new Map();
for (const [id, ms] of longest.ids) {
  const seen = new Set();
  for (let at = id; at != null; at = parent.get(at)) seen.add(nameOf(byId.get(at)));
  for (const n of seen) inLongest.set(n, (inLongest.get(n) ?? 0) + ms);
}
const top = (map, count) => [...map].sort((a, b) => b[1] - a[1]).slice(0, count)
  .map(([name, ms]) => `${ms.toFixed(1).padStart(8)} ms  ${name.slice(0, 110)}`).join('\n');
console.log(`${what} ${size}: ${elapsed.toFixed(0)} ms in the page; ${total.toFixed(0)} ms of samples outside idle`);
console.log(`\nThe longest run without idle: ${longest.ms.toFixed(0)} ms\n${top(inLongest, 25)}`);
console.log(`\nSelf time\n${top(self, 30)}\n\nTotal time (with callees)\n${top(inclusive, Number(process.env.PROFILE_LINES ?? 40))}`);

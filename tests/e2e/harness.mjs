// Shared set-up for the end-to-end tests: a static server for dist/, Debian's
// Chromium driven by playwright-core, and helpers that act as a reader would
// (mouse drags over real text, key presses, downloads read back from disk).
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';
import { serve as serveFolder } from '../../scripts/static-server.mjs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const DIST = process.env.FRAMELENS_DIST ?? path.resolve(here, '../../dist');

/** Serves `root` (dist/ unless told) on a free localhost port, under `prefix`. */
export function serve(root = DIST, prefix = '/') {
  return serveFolder(root, { prefix });
}

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
];

export function launch() {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/**
 * The built app served and Chromium launched for the tests of one file, from its
 * first test to its last: `server` and `browser` are set before the first.
 */
export function started() {
  const run = { server: null, browser: null };
  before(async () => {
    run.server = await serve();
    run.browser = await launch();
  });
  after(async () => {
    await run.browser?.close();
    await run.server?.close();
  });
  return run;
}

/**
 * A fresh page on the app (with empty storage), collecting page errors. `setUp`
 * prepares the browser context before the page opens; unless `waitForApp` is
 * false, this waits for the first article to be shown. `locale` is the browser's
 * language (its `navigator.languages`).
 */
export async function openApp(browser, url, { setUp = null, waitForApp = true, locale = undefined } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true, locale });
  await setUp?.(context);
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (error) => page.errors.push(error.message));
  await page.goto(url);
  if (waitForApp) await page.locator('.article-text p').first().waitFor();
  return page;
}

/** Waits until autosave has written the latest change to disk. */
export async function saved(page) {
  await page.locator('.save-state[data-saved="true"]').waitFor();
}

/**
 * In the page: the rectangles of the first and last character of `needle` in the
 * article (the last may be a surrogate pair: its whole width), or null; `scroll`
 * brings its paragraph to the middle of the window first. Shared with the
 * WebDriver tests (webdriver.mjs).
 */
export function textEdges(needle, scroll) {
  for (const node of document.querySelectorAll('.article-text p')) {
    const textNode = node.firstChild;
    if (!textNode) continue;
    const at = textNode.data.indexOf(needle);
    if (at < 0) continue;
    if (scroll) node.scrollIntoView({ block: 'center' });
    const rect = (from, to) => {
      const range = document.createRange();
      range.setStart(textNode, from);
      range.setEnd(textNode, to);
      const r = range.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    };
    const last = [...needle].pop().length;
    return [rect(at, at + 1), rect(at + needle.length - last, at + needle.length)];
  }
  return null;
}

/** The rectangles of the first and last character of `text` in the article. */
async function edgesOf(page, text) {
  const rects = await page.evaluate(`(${textEdges})(${JSON.stringify(text)}, false)`);
  if (!rects) throw new Error(`"${text}" is not in the article`);
  return rects;
}

/** Selects `text` in the article by dragging the mouse over it. */
export async function dragSelect(page, text) {
  const [first, last] = await edgesOf(page, text);
  await page.mouse.move(first.left + 1, (first.top + first.bottom) / 2);
  await page.mouse.down();
  await page.mouse.move(last.right - 1, (last.top + last.bottom) / 2, { steps: 8 });
  await page.mouse.up();
}

/**
 * Selects `text` of a right-to-left line by dragging the mouse over it as a reader
 * does, from its first letter, at the right, to its last; resolves to the edges of
 * those two letters.
 */
export async function dragRightToLeft(page, text) {
  const [first, last] = await edgesOf(page, text);
  await page.mouse.move(first.right - 1, (first.top + first.bottom) / 2);
  await page.mouse.down();
  await page.mouse.move(last.left + 1, (last.top + last.bottom) / 2, { steps: 8 });
  await page.mouse.up();
  return [first, last];
}

/**
 * Clicks just before the first letter of `word`, which begins a right-to-left line,
 * then takes it letter by letter with Shift+Left, in reading order.
 */
export async function shiftLeftOver(page, word) {
  const [start] = await edgesOf(page, word);
  await page.mouse.click(start.right - 1, (start.top + start.bottom) / 2);
  for (const _ of word) await page.keyboard.press('Shift+ArrowLeft');
}

/** Clicks the middle of `text` in the article. */
export async function clickText(page, text) {
  const [first, last] = await edgesOf(page, text);
  await page.mouse.click((first.left + last.right) / 2, (first.top + first.bottom) / 2);
}

/** The article's text as the reader sees it (`innerText`). Its blocks have
 * `content-visibility: auto`, and a block counts as out of sight, so without text,
 * until the browser's first frame after it is laid out: this waits for that frame. */
export async function articleText(page) {
  await page.waitForFunction(() => document.querySelector('.article-text')?.innerText.trim());
  return page.locator('.article-text').innerText();
}

/** Adds an article by pasting `text` into the Add article dialog. */
export async function addArticle(page, text, title = '') {
  await page.getByRole('button', { name: 'Add article' }).click();
  await page.getByRole('dialog').getByLabel('Article text').fill(text);
  if (title) await page.getByRole('dialog').getByLabel('Title').fill(title);
  await page.getByRole('dialog').getByRole('button', { name: 'Add', exact: true }).click();
  await page.getByRole('dialog').waitFor({ state: 'detached' });
}

/** Exports in the format whose button in the Export dialog matches `name`; resolves
 * to the file's suggested name and its bytes. */
export async function exportFile(page, name) {
  await page.getByRole('button', { name: 'Export' }).click();
  return download(page, page.getByRole('dialog').getByRole('button', { name }));
}

/** Clicks `button` and resolves to the file it downloads: its suggested name and bytes. */
export async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: file.suggestedFilename(), bytes: await fs.readFile(await file.path()) };
}

/**
 * Presses `press` (which hands in), answers "Hand in anyway" when the page asks
 * about untouched articles, and resolves to the submission downloaded.
 */
export async function handIn(page, press) {
  const downloaded = page.waitForEvent('download');
  await press();
  const anyway = page.getByRole('button', { name: 'Hand in anyway' });
  const first = await Promise.race([downloaded.then(() => 'file'), anyway.waitFor().then(() => 'asked')]);
  if (first === 'asked') await anyway.click();
  const file = await downloaded;
  return { name: file.suggestedFilename(), bytes: await fs.readFile(await file.path()) };
}

/** Exports as `exportFile` does, and parses the file as JSON. */
export async function exportJson(page, name) {
  const { name: file, bytes } = await exportFile(page, name);
  return { name: file, json: JSON.parse(bytes.toString('utf8')) };
}

/** Imports files through the Import button's file input: { name, buffer } each. */
export async function importFiles(page, files) {
  await page.locator('.toolbar input[type=file]').setInputFiles(
    files.map(({ name, buffer }) => ({ name, mimeType: 'application/octet-stream', buffer })),
  );
}

/** The side panel's entries: [tag, quote, note] each. */
export async function panelEntries(page) {
  return page.locator('.panel .list .entry').evaluateAll((entries) =>
    entries.map((e) => [
      e.querySelector('.chip').textContent,
      e.querySelector('.quote').textContent,
      e.querySelector('.note')?.textContent ?? '',
    ]),
  );
}

/**
 * Starts Chromium by hand on a profile folder and connects to it, so that a test
 * can kill the whole browser process (as a crash would) and start it again on the
 * same profile. Resolves to { browser, kill }.
 */
export async function launchKillable(profile) {
  const { spawn } = await import('node:child_process');
  const child = spawn('/usr/bin/chromium', [...CHROMIUM_ARGS, `--user-data-dir=${profile}`, '--remote-debugging-port=0', 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const endpoint = await new Promise((resolve, reject) => {
    let seen = '';
    child.stderr.on('data', (chunk) => {
      seen += chunk;
      const match = seen.match(/DevTools listening on (ws:\/\/\S+)/);
      if (match) resolve(match[1]);
    });
    child.on('exit', () => reject(new Error(`chromium exited early: ${seen}`)));
  });
  const browser = await chromium.connectOverCDP(endpoint);
  const exited = new Promise((resolve) => child.on('exit', resolve));
  return { browser, kill: async () => { child.kill('SIGKILL'); await exited; } };
}

// The release build used as people use it, not through a development server:
// the single file dist/framelens.html opened from a folder (file://), and dist/
// served by a plain static server from a subdirectory. Each must load the sample,
// annotate, export and keep its work over a reload, make no request beyond its own
// files, and run under its Content-Security-Policy without a violation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST, serve, launch, openApp, dragSelect, download, handIn, exportFile, exportJson, importFiles, panelEntries, saved } from './harness.mjs';

const SUBPATH = '/courses/media/annotator/';
const PHRASE = 'restore and redefine ties';

let browser;
let site;
let stick;
before(async () => {
  browser = await launch();
  site = await serve(DIST, SUBPATH);
  // As a teacher hands it out: the one file, copied alone to a folder with a space.
  stick = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'framelens-')), 'USB stick');
  await fs.mkdir(stick);
  await fs.copyFile(path.join(DIST, 'framelens.html'), path.join(stick, 'framelens.html'));
});
after(async () => {
  await browser?.close();
  await site?.close();
  await fs.rm(path.dirname(stick ?? '/nonexistent'), { recursive: true, force: true });
});

/**
 * Opens `url` in a fresh profile, recording every request the page makes and every
 * Content-Security-Policy violation it reports. `before` runs in the page before
 * its own scripts.
 */
async function openWatched(url, { before = null, waitForApp = true } = {}) {
  const requests = [];
  const page = await openApp(browser, url, {
    waitForApp,
    setUp: async (context) => {
      context.on('request', (request) => requests.push(request.url()));
      await context.addInitScript(() => {
        window.violations = [];
        document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
      });
      if (before) await context.addInitScript(before);
    },
  });
  return { page, requests };
}

/** The page's policy, parsed into { directive: [sources] }. */
async function policyOf(page) {
  const text = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  return Object.fromEntries(text.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name, sources]));
}

/**
 * What every way of opening the app must do: annotate, export, keep the work over a
 * reload, and read the export back in.
 */
async function annotateExportReload(page) {
  assert.equal(await page.getByRole('navigation', { name: 'Articles' }).getByRole('button').count(), 5);
  await dragSelect(page, PHRASE);
  await page.keyboard.press('2');
  assert.deepEqual(await panelEntries(page), [['Quote', PHRASE, '']]);
  await saved(page);

  const exported = await exportFile(page, /W3C Web Annotation/);
  const items = JSON.parse(exported.bytes.toString('utf8')).first.items;
  assert.deepEqual(items.map((a) => [a.body[0].value, a.target.selector[0].exact]), [['quote', PHRASE]]);

  await page.reload();
  await page.locator('.article-text p').first().waitFor();
  assert.deepEqual(await panelEntries(page), [['Quote', PHRASE, '']]);

  await page.locator('.panel .list .entry').first().click();
  await page.getByRole('button', { name: 'Delete annotation' }).click();
  assert.deepEqual(await panelEntries(page), []);
  await importFiles(page, [{ name: exported.name, buffer: exported.bytes }]);
  await page.getByRole('status').filter({ hasText: 'Imported 0 articles and 1 annotation.' }).waitFor();
  assert.deepEqual(await panelEntries(page), [['Quote', PHRASE, '']]);
  assert.deepEqual(page.errors, []);
}

/** The policy allows no remote origin and no eval, and the page broke none of it. */
async function checkPolicy(page, { fetchesOwnFiles }) {
  const policy = await policyOf(page);
  assert.deepEqual(policy['default-src'], ["'none'"]);
  assert.ok(policy['script-src'].includes("'wasm-unsafe-eval'"));
  for (const sources of Object.values(policy)) {
    assert.ok(!sources.some((s) => /^(https?:|\*|'unsafe-eval'|'unsafe-inline')/.test(s)), sources.join(' '));
  }
  assert.equal(policy['connect-src'] !== undefined, fetchesOwnFiles);
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  // And it is in force: a request to another origin is refused by the policy.
  const refused = await page.evaluate(
    () =>
      new Promise((resolve) => {
        document.addEventListener('securitypolicyviolation', (e) => resolve(`${e.violatedDirective} ${e.blockedURI}`), { once: true });
        fetch('http://127.0.0.1:9/').then(() => resolve('fetched'), () => {});
      }),
  );
  assert.match(refused, /^connect-src http:\/\/127\.0\.0\.1:9/);
}

test('the single file runs from file:// with no request beyond itself', async () => {
  const url = pathToFileURL(path.join(stick, 'framelens.html')).href;
  const { page, requests } = await openWatched(url);
  assert.deepEqual(requests, [url]);
  await annotateExportReload(page);
  // The reload asks for the file again; nothing else, ever (exports are blob: URLs
  // made in the page).
  assert.deepEqual(requests.filter((r) => !r.startsWith('blob:')), [url, url]);
  await checkPolicy(page, { fetchesOwnFiles: false });
});

test('dist/ runs from a subdirectory of a static host, fetching only its own files', async () => {
  const { page, requests } = await openWatched(site.url);
  await annotateExportReload(page);
  const outside = requests.filter((r) => !r.startsWith(site.url) && !r.startsWith('blob:'));
  assert.deepEqual(outside, []);
  assert.ok(requests.some((r) => r.endsWith('.wasm')), 'the wasm is fetched beside the page');
  await checkPolicy(page, { fetchesOwnFiles: true });
});

test('the single file also runs when served over http, and where the browser has no base64 decoder', async () => {
  const url = `${site.url}framelens.html`;
  // As in Chrome before 140 and Safari before 18.2: the wasm is decoded by a loop.
  const { page, requests } = await openWatched(url, { before: () => delete Uint8Array.fromBase64 });
  assert.match(await page.locator('.article-view .source').textContent(), /Press TV/);
  assert.deepEqual(requests, [url]);
  await checkPolicy(page, { fetchesOwnFiles: false });
});

test('an exercise baked into one HTML file opens straight into it from file://, with its own save', async () => {
  const single = pathToFileURL(path.join(stick, 'framelens.html')).href;
  // Teachers bake it from the single file on a disk and from the hosted page alike.
  for (const [n, teacherUrl] of [single, site.url].entries()) {
    const { page: teacher } = await openWatched(teacherUrl);
    await teacher.getByRole('button', { name: 'Exercise' }).click();
    await teacher.getByRole('dialog').getByLabel('Title').fill(`Baked lesson ${n}`);
    const baked = await download(teacher, teacher.getByRole('button', { name: 'Download student page (HTML)' }));
    assert.equal(baked.name, `Baked-lesson-${n}.html`);
    const id = baked.bytes.toString('utf8').match(/data-exercise="([^"]+)"/)[1];
    await teacher.context().close();
    await fs.writeFile(path.join(stick, baked.name), baked.bytes);

    const url = pathToFileURL(path.join(stick, baked.name)).href;
    const { page, requests } = await openWatched(url);
    const panel = page.getByRole('region', { name: 'Exercise' });
    await panel.getByRole('heading', { name: `Baked lesson ${n}` }).waitFor();
    assert.equal(await page.getByRole('navigation', { name: 'Articles' }).getByRole('button').count(), 5);
    await dragSelect(page, PHRASE);
    await page.keyboard.press('2');
    await panel.getByLabel('Your name or pseudonym').fill('Dana');
    await page.keyboard.press('Tab');
    await saved(page);
    await page.reload();
    await panel.getByRole('heading', { name: `Baked lesson ${n}` }).waitFor();
    assert.equal(await panel.getByLabel('Your name or pseudonym').inputValue(), 'Dana');
    assert.deepEqual(await panelEntries(page), [['Quote', PHRASE, '']]);
    const submission = await handIn(page, () => panel.getByRole('button', { name: 'Hand in', exact: true }).click());
    const handedIn = JSON.parse(submission.bytes.toString('utf8'));
    assert.deepEqual([handedIn.exercise.id, handedIn.student, handedIn.annotations.length], [id, 'Dana', 1]);
    assert.deepEqual(requests.filter((r) => !r.startsWith('blob:')), [url, url]);
    await checkPolicy(page, { fetchesOwnFiles: false });
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
  // The plain single file on the same disk keeps its own workspace: no exercise.
  const { page } = await openWatched(single);
  assert.equal(await page.getByRole('region', { name: 'Exercise' }).count(), 0);
});

test('without storage for the page, autosave is off and the page says so', async () => {
  const url = pathToFileURL(path.join(stick, 'framelens.html')).href;
  const { page } = await openWatched(url, {
    before: () => Object.defineProperty(window, 'indexedDB', { get: () => undefined }),
  });
  await page.getByRole('alert').filter({ hasText: 'Autosave is off' }).waitFor();
  assert.match(await page.getByRole('alert').textContent(), /no IndexedDB.*Export the workspace to keep your work/);
  assert.equal(await page.locator('.save-state').textContent(), 'Autosave off: export to keep your work');
  // Annotating still works, and no save is attempted, so no failure follows an edit
  // (a save would start one frame after it).
  await dragSelect(page, PHRASE);
  await page.keyboard.press('1');
  assert.deepEqual(await panelEntries(page), [['Claim', PHRASE, '']]);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve)))));
  assert.equal(await page.getByRole('alert').filter({ hasText: 'Autosave failed' }).count(), 0);
  assert.equal(await page.locator('.save-state').textContent(), 'Autosave off: export to keep your work');
  const { json } = await exportJson(page, /W3C Web Annotation/);
  assert.equal(json.first.items.length, 1);
  assert.deepEqual(page.errors, []);
});

test('index.html opened from a file says to open the single file instead', async () => {
  const { page } = await openWatched(pathToFileURL(path.join(DIST, 'index.html')).href, { waitForApp: false });
  assert.match(await page.locator('#boot').textContent(), /must be the single file\s+framelens\.html/);
});

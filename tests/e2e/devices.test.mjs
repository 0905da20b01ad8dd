// Phones and tablets, with touch, in Chromium's mobile emulation: nothing wider
// than the screen, tag buttons beside a selection made by touch, the chosen
// annotation's editor as a sheet next to the text, the current tab in view, and
// controls that stay under the finger when a message comes or goes. Screenshots
// of each device land in target/screenshots/ to be looked at.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, launch, addArticle, handIn as handInOn, panelEntries } from './harness.mjs';

const SHOTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../target/screenshots');
const DEVICES = {
  phone: { width: 390, height: 844 },
  tablet: { width: 820, height: 1180 },
};
/** More screens, checked for their layout only: the smallest phone, and phones and tablets on their side. */
const MORE = {
  'small phone': { width: 320, height: 568 },
  'phone on its side': { width: 844, height: 390 },
  'tablet on its side': { width: 1180, height: 820 },
};

let server;
let browser;
before(async () => {
  server = await serve();
  browser = await launch();
  await fs.mkdir(SHOTS, { recursive: true });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** A fresh touch page on the app, sized as `device`. */
async function openOn(device) {
  const viewport = DEVICES[device] ?? MORE[device];
  const context = await browser.newContext({
    viewport, isMobile: true, hasTouch: true, deviceScaleFactor: 2, acceptDownloads: true,
  });
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (error) => page.errors.push(error.message));
  await page.goto(server.url);
  await page.locator('.article-text p').first().waitFor();
  return page;
}

/** Selects `text` in the article as the system does after a long press and a drag of its handles. */
async function touchSelect(page, text) {
  return page.evaluate((needle) => {
    for (const p of document.querySelectorAll('.article-text p')) {
      const node = p.firstChild;
      const at = node ? node.data.indexOf(needle) : -1;
      if (at < 0) continue;
      p.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      getSelection().removeAllRanges();
      getSelection().addRange(range);
      const r = range.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
    }
    throw new Error(`"${needle}" is not in the article`);
  }, text);
}

/** Taps the middle of `locator`, swiping it into view first (a row of buttons may scroll sideways). */
async function tap(page, locator) {
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
}

const rectOf = (locator) => locator.evaluate((e) => {
  const r = e.getBoundingClientRect();
  return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
});

for (const device of Object.keys(DEVICES)) {
  const { width, height } = DEVICES[device];

  test(`${device}: nothing is wider than the screen, and the header leaves the text room`, async () => {
    const page = await openOn(device);
    const sizes = await page.evaluate(() => ({ inner: innerWidth, scroll: document.documentElement.scrollWidth }));
    // With mobile emulation a page wider than the screen is zoomed out, which widens innerWidth.
    assert.equal(sizes.inner, width);
    assert.ok(sizes.scroll <= width, `${device}: the page is ${sizes.scroll} px wide`);
    const header = await rectOf(page.locator('header.top'));
    assert.ok(header.bottom - header.top <= height / 5, `${device}: the header takes ${header.bottom - header.top} px`);
    await page.screenshot({ path: path.join(SHOTS, `${device}-open.png`) });
    // Every dialog fits too.
    for (const [button, dialog] of [['Export', '.export-dialog'], ['Add article', '.add-article'], ['Exercise', '.exercise-dialog']]) {
      await tap(page, page.getByRole('button', { name: button, exact: true }));
      await page.locator(dialog).waitFor();
      const box = await rectOf(page.locator(dialog));
      assert.ok(box.left >= 0 && box.right <= width, `${device}: ${button} is ${box.left}..${box.right}`);
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth) <= width, `${device}: ${button}`);
      await page.screenshot({ path: path.join(SHOTS, `${device}-${button.toLowerCase().replace(' ', '-')}.png`) });
      await page.keyboard.press('Escape');
      await page.locator(dialog).waitFor({ state: 'detached' });
    }
    assert.deepEqual(page.errors, []);
  });

  test(`${device}: a selection made by touch brings the tag buttons beside it, and the editor opens as a sheet`, async () => {
    const page = await openOn(device);
    const selected = await touchSelect(page, 'Hay’at Tahrir al-Sham');
    const bar = page.getByRole('toolbar', { name: 'Tag the selection' });
    await bar.waitFor();
    const box = await rectOf(bar);
    assert.ok(box.top >= 0 && box.bottom <= height && box.left >= 0 && box.right <= width, `${device}: the bar is in view`);
    assert.ok(box.top >= selected.bottom || box.bottom <= selected.top, `${device}: the bar does not cover the selection`);
    await page.screenshot({ path: path.join(SHOTS, `${device}-selection.png`) });
    await tap(page, bar.getByRole('button', { name: 'Framing' }));
    await bar.waitFor({ state: 'detached' });
    assert.deepEqual(await panelEntries(page), [['Framing', 'Hay’at Tahrir al-Sham', '']]);

    // The new annotation is chosen: its editor is a sheet in view, next to the text.
    const editor = page.getByRole('region', { name: 'Chosen annotation' });
    const sheet = await rectOf(editor);
    assert.ok(sheet.bottom <= height + 1 && sheet.top >= height / 3, `${device}: the editor is at ${sheet.top}..${sheet.bottom}`);
    await tap(page, editor.getByLabel('Note'));
    await page.keyboard.type('A loaded name');
    await page.screenshot({ path: path.join(SHOTS, `${device}-editor.png`) });
    await tap(page, editor.getByRole('button', { name: 'Done' }));
    await editor.waitFor({ state: 'detached' });
    assert.deepEqual(await panelEntries(page), [['Framing', 'Hay’at Tahrir al-Sham', 'A loaded name']]);

    // Tapping the highlight chooses it again.
    const [word] = await page.evaluate(() => {
      const node = [...document.querySelectorAll('.article-text p')].find((p) => p.textContent.includes('Tahrir')).firstChild;
      const range = document.createRange();
      const at = node.data.indexOf('Tahrir');
      range.setStart(node, at);
      range.setEnd(node, at + 6);
      const r = range.getBoundingClientRect();
      return [{ x: r.left + r.width / 2, y: r.top + r.height / 2 }];
    });
    await page.touchscreen.tap(word.x, word.y);
    await editor.waitFor();
    assert.deepEqual(page.errors, []);
  });

  test(`${device}: the current article's tab is always in view`, async () => {
    const page = await openOn(device);
    await addArticle(page, 'A sixth article, added on a small screen.', 'Sixth');
    await addArticle(page, 'A seventh article, added on a small screen.', 'Seventh');
    const current = page.locator('nav.articles [aria-current=page]');
    assert.match(await current.textContent(), /Seventh/);
    await page.waitForFunction(() => {
      const r = document.querySelector('nav.articles [aria-current=page]').getBoundingClientRect();
      return r.left >= 0 && r.right <= innerWidth;
    });
    await page.screenshot({ path: path.join(SHOTS, `${device}-tabs.png`) });
    assert.deepEqual(page.errors, []);
  });
}

for (const [device, { width, height }] of Object.entries(MORE)) {
  test(`${device}: nothing is wider than the screen, and the header scrolls away or leaves the text room`, async () => {
    const page = await openOn(device);
    const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(scroll <= width, `${device}: the page is ${scroll} px wide`);
    const header = await rectOf(page.locator('header.top'));
    const sticky = await page.locator('header.top').evaluate((e) => getComputedStyle(e).position === 'sticky');
    assert.ok(!sticky || header.bottom - header.top <= height / 5, `${device}: a sticky header of ${header.bottom - header.top} px`);
    await page.screenshot({ path: path.join(SHOTS, `${device.replaceAll(' ', '-')}.png`) });
    assert.deepEqual(page.errors, []);
  });
}

test('phone: Hand in works on the first tap after a message, and Enter in the name field hands in', async () => {
  // A student's page: the sample exercise handed out as a student file.
  const teacher = await openOn('tablet');
  await teacher.getByRole('button', { name: 'Exercise', exact: true }).click();
  const [file] = await Promise.all([
    teacher.waitForEvent('download'),
    teacher.getByRole('button', { name: 'Download student file' }).click(),
  ]);
  const handout = await fs.readFile(await file.path());

  const page = await openOn('phone');
  await page.locator('.toolbar input[type=file]').setInputFiles([{ name: 'exercise.json', mimeType: 'application/json', buffer: handout }]);
  const panel = page.getByRole('region', { name: 'Exercise' });
  const handIn = panel.getByRole('button', { name: 'Hand in', exact: true });
  await handIn.waitFor();
  await tap(page, handIn);
  await page.getByRole('alert').getByText('Enter your name').waitFor();
  await page.keyboard.type('Ana');
  // The press commits the name field (and takes the message away) before the release.
  const box = await handIn.boundingBox();
  // The click is not lost: it asks about the articles she has not tagged (all
  // five here), and the answer hands in.
  const first = await handInOn(page, async () => {
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await page.mouse.up();
  });
  assert.match(first.name, /-Ana\.json$/);
  // Enter in the name field hands in too, under the name as typed.
  await tap(page, panel.getByLabel('Your name or pseudonym'));
  await page.keyboard.press('End');
  await page.keyboard.type(' B');
  const second = await handInOn(page, () => page.keyboard.press('Enter'));
  assert.match(second.name, /-Ana-B\.json$/);
  await page.screenshot({ path: path.join(SHOTS, 'phone-student.png') });
  assert.deepEqual(page.errors, []);
});

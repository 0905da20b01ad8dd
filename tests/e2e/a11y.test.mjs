// Every screen passes axe-core with no violation, in light and in dark colours:
// the workbench, each dialog, the class view with students, its agreement view
// and heatmap, outlets compared, side by side, and a student's copy. axe-core (from npm) is injected into the
// page; the context bypasses the page's policy for that script alone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { serve, launch, download, importFiles } from './harness.mjs';

const AXE = await fs.readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SHOTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../target/screenshots');

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

async function open(colorScheme, locale = undefined) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true, acceptDownloads: true, colorScheme, locale });
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (error) => page.errors.push(error.message));
  await page.goto(server.url);
  await page.locator('.article-text p').first().waitFor();
  return page;
}

/** axe-core's violations on the page as it is, as "rule: target" lines. */
async function violations(page, name) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE });
  const found = await page.evaluate(async () => {
    const { violations } = await window.axe.run(document, { resultTypes: ['violations'] });
    return violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')}`));
  });
  await page.screenshot({ path: path.join(SHOTS, `a11y-${name}.png`) });
  return found;
}

async function check(page, name) {
  assert.deepEqual(await violations(page, name), [], name);
}

test('the page in Arabic, mirrored, and its Tags dialog, light and dark', async () => {
  for (const scheme of ['light', 'dark']) {
    const page = await open(scheme, 'ar');
    await check(page, `arabic-${scheme}`);
    await page.getByRole('button', { name: 'الوسوم…' }).click();
    await page.getByRole('dialog').waitFor();
    await check(page, `arabic-tags-${scheme}`);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
});

for (const scheme of ['light', 'dark']) {
  test(`the workbench and each dialog, ${scheme}`, async () => {
    const page = await open(scheme);
    await check(page, `workbench-${scheme}`);
    for (const [button, name] of [['Export', 'export'], ['Add article', 'add-article'], ['Edit article…', 'edit-article'], ['Exercise', 'exercise'], ['Tags…', 'tags'], ['Side by side', 'side-by-side']]) {
      await page.getByRole('button', { name: button, exact: true }).click();
      await page.getByRole('dialog').waitFor();
      await check(page, `${name}-${scheme}`);
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'detached' });
    }
    assert.deepEqual(page.errors, []);
  });

  test(`the class with students, its agreement and heatmap, and outlets compared, ${scheme}`, async () => {
    const page = await open(scheme);
    await page.getByRole('button', { name: 'Exercise', exact: true }).click();
    await page.getByRole('button', { name: 'Try the sample class' }).click();
    await page.getByText('five sample students have handed in').waitFor();
    await check(page, `teacher-${scheme}`);
    await page.getByRole('button', { name: 'Class and feedback' }).click();
    await page.locator('.class-view table.scores tbody tr').nth(4).waitFor();
    // A message per file too: one read, one refused.
    const student = await fs.readFile(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../reference/sample-class/Sample-student-A.framelens-submission.json'));
    await page.locator('.class-view input[type=file]').setInputFiles([
      { name: 'again.json', mimeType: 'application/json', buffer: student },
      { name: 'notes.csv', mimeType: 'text/csv', buffer: Buffer.from('tag,text\n') },
    ]);
    await page.locator('.file-messages li').nth(1).waitFor();
    await check(page, `class-${scheme}`);
    await page.getByRole('button', { name: 'Agreement' }).click();
    await page.locator('.agreement-view .summary').waitFor();
    await page.getByText('The matrix as a table').click();
    await page.locator('.matrix-table tbody tr').nth(4).waitFor();
    await check(page, `agreement-${scheme}`);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Heatmap and gold layer' }).click();
    await page.locator('.heatmap-view .stretch').first().focus();
    await check(page, `heatmap-${scheme}`);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Outlets compared' }).click();
    await page.locator('.charts svg').first().waitFor();
    await check(page, `charts-${scheme}`);
    assert.deepEqual(page.errors, []);
  });

  test(`a student's copy, ${scheme}`, async () => {
    const teacher = await open(scheme);
    await teacher.getByRole('button', { name: 'Exercise', exact: true }).click();
    const handout = await download(teacher, teacher.getByRole('button', { name: 'Download student file' }));
    const page = await open(scheme);
    await importFiles(page, [{ name: handout.name, buffer: handout.bytes }]);
    await page.getByRole('region', { name: 'Exercise' }).getByRole('button', { name: 'Hand in', exact: true }).click();
    await page.getByRole('alert').waitFor();
    await check(page, `student-${scheme}`);
    assert.deepEqual(page.errors, []);
  });
}

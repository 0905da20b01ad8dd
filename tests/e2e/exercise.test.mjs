// The classroom loop with files alone: a teacher makes an exercise and hands out the
// student file; three students open it, annotate differently and hand in; the
// teacher reads their files (with a broken one and one for another exercise) and
// downloads the scores and the feedback.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { started, openApp, dragSelect, download, exportFile, exportJson, handIn, importFiles, panelEntries, saved } from './harness.mjs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The sample class as files, and the figures the model computes for it (tests/sample_class.rs). */
const SAMPLE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../reference/sample-class');
const FIGURES = JSON.parse(await fs.readFile(path.join(SAMPLE, 'figures.json'), 'utf8'));

const run = started();

const KEY = [['Abu Mohammed al-Jolani', '3'], ['restore and redefine ties', '2']];
const INSTRUCTIONS = 'Read the report.\n\n- Mark the names used for <b>the leader</b>\n- Mark quotes';

/** A fresh page with the teacher's file open and its class view showing `files` read (submissions: { name, bytes }). */
async function classOf(teacherFile, files) {
  const page = await openApp(run.browser, run.server.url);
  await importFiles(page, [{ name: teacherFile.name, buffer: teacherFile.bytes }]);
  await page.getByRole('button', { name: 'Class and feedback' }).click();
  const classView = page.getByRole('dialog');
  await classView.getByLabel(/Read submissions/).setInputFiles(
    files.map(({ name, bytes, buffer }) => ({ name, mimeType: 'application/json', buffer: buffer ?? bytes })),
  );
  return { page, classView };
}

/** A fresh page with the sample exercise open as its teacher, with its five students. */
async function sampleClass() {
  const page = await openApp(run.browser, run.server.url);
  await page.getByRole('button', { name: 'Exercise' }).click();
  await page.getByRole('button', { name: 'Try the sample class' }).click();
  return page;
}

/** Tags each [words, key] in the article on screen. */
async function annotate(page, marks) {
  for (const [words, key] of marks) {
    await dragSelect(page, words);
    await page.keyboard.press(key);
  }
}

/** A student opens the exercise file, annotates `marks`, and hands in as `name`. */
async function student(exercise, name, marks, note = '') {
  const page = await openApp(run.browser, run.server.url);
  await importFiles(page, [{ name: exercise.name, buffer: exercise.bytes }]);
  const panel = page.getByRole('region', { name: 'Exercise' });
  await panel.getByText('Mark the names used for <b>the leader</b>').waitFor();
  assert.equal(await panel.locator('.instructions li').count(), 2);
  assert.equal(await panel.getByText('Word choices that cast people').count(), 1);
  // The copy is locked: its articles stay as handed out.
  for (const name of ['Remove article', 'Add article', 'Import']) {
    assert.equal(await page.getByRole('button', { name, exact: true }).count(), 0, name);
  }
  await annotate(page, marks);
  // A note on the last span tagged (it is the chosen one).
  if (note) await page.locator('.editor textarea').fill(note);
  // Without a name, Hand in says what is missing and downloads nothing.
  await panel.getByRole('button', { name: 'Hand in' }).click();
  await page.getByRole('alert').getByText('Enter your name').waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'student-name');
  await page.keyboard.type(name);
  await page.keyboard.press('Tab');
  await saved(page);
  // The name and the work survive a reload.
  await page.reload();
  await panel.getByLabel('Your name or pseudonym').waitFor();
  assert.equal(await panel.getByLabel('Your name or pseudonym').inputValue(), name);
  // Her work so far, article by article; untouched articles are asked about.
  const progress = await panel.getByRole('list', { name: 'Your work so far, article by article' }).textContent();
  // (Outlets' names are isolated from the page's words: U+2068 … U+2069.)
  assert.match(progress, new RegExp(`\u2068Press TV\u2069: ${marks.length} spans?`));
  if (marks.length) {
    await panel.getByRole('button', { name: 'Hand in', exact: true }).click();
    assert.match(await page.getByRole('alertdialog').textContent(), /You have not tagged .*Outlet B.*Outlet E.* yet\. Hand in anyway\?/);
    await page.getByRole('button', { name: 'Not yet' }).click();
  }
  const file = await handIn(page, () => panel.getByRole('button', { name: 'Hand in', exact: true }).click());
  await page.context().close();
  return file;
}

test('a teacher hands out an exercise, three students hand in, the teacher gets scores and feedback', async () => {
  const teacher = await openApp(run.browser, run.server.url);
  await annotate(teacher, KEY);
  await teacher.locator('.editor textarea').fill('Their own words, reported: a quote');
  await teacher.getByRole('button', { name: 'Exercise' }).click();
  const dialog = teacher.getByRole('dialog');
  await dialog.getByLabel('Title').fill('Names and quotes');
  await dialog.getByLabel('Instructions for students').fill(INSTRUCTIONS);
  const exercise = await download(teacher, dialog.getByRole('button', { name: 'Download student file' }));
  assert.match(exercise.name, /^Names-and-quotes\.framelens-exercise\.json$/);
  const handedOut = JSON.parse(exercise.bytes.toString('utf8'));
  assert.equal(handedOut.format, 'framelens-exercise');
  assert.equal(handedOut.annotations, undefined, 'the student file holds no key');
  assert.equal(handedOut.documents.length, 5);
  // The dialog stays open for the next file.
  const teacherFile = await download(teacher, dialog.getByRole('button', { name: 'Download teacher file' }));
  assert.equal(JSON.parse(teacherFile.bytes.toString('utf8')).annotations.length, 2);
  await teacher.context().close();

  const ana = await student(exercise, 'Ana', KEY);
  const ben = await student(exercise, 'Ben', [['Abu Mohammed al-Jolani', '1'], ['October 15, 2025', '4']], 'The day of the visit');
  const cai = await student(exercise, 'Cai', []);
  const other = JSON.parse(ana.bytes.toString('utf8'));
  other.exercise = { id: '00000000-0000-4000-8000-000000000000', title: 'Another lesson' };

  // The teacher's file opens the teacher's copy, on another machine.
  const { page, classView } = await classOf(teacherFile, [
    ana, ben, cai,
    { name: 'broken.json', buffer: Buffer.from('{"format": "framelens-submission", "stud') },
    { name: 'other.json', buffer: Buffer.from(JSON.stringify(other)) },
  ]);
  const messages = classView.getByRole('status');
  await messages.locator('li').nth(4).waitFor();
  const texts = await messages.locator('li').allTextContents();
  // Names are isolated (U+2068 … U+2069) in the page's own sentences.
  assert.match(texts[0], /Ana.*Read: \u2068Ana\u2069, 2 annotations/);
  assert.match(texts[2], /Read: \u2068Cai\u2069, 0 annotations/);
  assert.match(texts[3], /^broken\.json: Not read: this is not a valid file: line 1/);
  assert.match(texts[4], /^other\.json: Not read: it is for another exercise, “\u2068Another lesson\u2069”/);

  // Scores by hand: Ana has the key (100); Ben has one key span with the wrong tag
  // (half a point) and one extra, of 2 + 2 spans (2 x 0.5 / 4 = 25); Cai nothing (0).
  const rows = await classView.locator('table.scores tbody tr').evaluateAll((trs) =>
    trs.map((tr) => [tr.querySelector('th').textContent, tr.querySelector('.overall').textContent]));
  assert.deepEqual(rows, [['Ana', '100.0'], ['Ben', '25.0'], ['Cai', '0.0']]);
  const csv = await download(page, classView.getByRole('button', { name: 'Class scores (CSV)' }));
  const lines = csv.bytes.toString('utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
  assert.equal(lines.length, 4);
  // ISO 8601 times in their own columns: handed in, read.
  assert.match(lines[2], /^Ben,\d{4}-\d\d-\d\dT[^,]+Z,\d{4}-\d\d-\d\dT[^,]+Z,25\.0,,,,,25\.0,0,1,1,1$/);
  // A whole class dropped at once: 32 more files, one message each.
  const class32 = Array.from({ length: 32 }, (_, n) => {
    const work = JSON.parse(ana.bytes.toString('utf8'));
    work.student = `Student ${n + 1}`;
    return { name: `student-${n + 1}.json`, text: JSON.stringify(work) };
  });
  await classView.locator('.drop-zone').evaluate((zone, files) => {
    const transfer = new DataTransfer();
    for (const { name, text } of files) transfer.items.add(new File([text], name, { type: 'application/json' }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, class32);
  await messages.getByText('student-32.json').waitFor();
  assert.equal(await messages.locator('li.read').count(), 32);
  assert.equal(await classView.locator('table.scores tbody tr').count(), 35);
  const feedback = await download(page, classView.getByRole('button', { name: /^Feedback page for .?Ben/ }));
  const html = feedback.bytes.toString('utf8');
  assert.match(html, /Overall score: <strong>25\.0%<\/strong>/);
  assert.match(html, /<td>Found, but tagged Claim where the key says Framing<\/td><td>Framing <span class="quote">“<bdi>Abu Mohammed al-Jolani<\/bdi>”/);
  assert.match(html, /<td>Missed: in the key, not marked<\/td><td>Quote <span class="quote">“<bdi>restore and redefine ties<\/bdi>”/);
  assert.match(html, /<td>Not in the key<\/td><td><\/td><td>Fact <span class="quote">“<bdi>October 15, 2025<\/bdi>”/);
  // The teacher's note on the key span, and the student's own note.
  assert.match(html, /restore and redefine ties<\/bdi>”<\/span><span class="note">Teacher's note: <bdi>Their own words, reported: a quote<\/bdi>/);
  assert.match(html, /October 15, 2025<\/bdi>”<\/span><span class="note">Your note: <bdi>The day of the visit<\/bdi>/);
  // The class is kept over a reload, as the teacher's annotations are.
  await page.reload();
  await page.getByRole('button', { name: 'Class and feedback' }).click();
  await classView.locator('table.scores tbody tr').nth(34).waitFor();
  assert.equal(await classView.locator('table.scores tbody tr').count(), 35);
  assert.deepEqual(page.errors, []);
});

test('the sample class opens in the teacher view by keyboard, with five students scored', async () => {
  const page = await openApp(run.browser, run.server.url);
  await page.getByRole('button', { name: 'Exercise' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Try the sample class' }).focus();
  await page.keyboard.press('Enter');
  await page.getByText('five sample students have handed in').waitFor();
  // The key is painted as the teacher's highlights.
  assert.equal(await page.evaluate(() => CSS.highlights.get('fl-pink').size), 3);
  await page.getByRole('button', { name: 'Class and feedback' }).focus();
  await page.keyboard.press('Enter');
  const rows = page.getByRole('dialog').locator('table.scores tbody tr');
  await rows.nth(4).waitFor();
  assert.equal(await rows.count(), 5);
  const overall = await rows.locator('.overall').allTextContents();
  assert.ok(overall.every((score) => Number(score) > 0 && Number(score) < 100), overall.join());
  // Agreement: the matrix holds the values the model computes (figures.json).
  await page.getByRole('button', { name: 'Agreement' }).focus();
  await page.keyboard.press('Enter');
  const view = page.getByRole('dialog');
  // It opens at its top, with the sentence that says what matters, and the grid
  // names the students on both axes.
  await view.locator('.summary').waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'agreement-title');
  assert.equal(await page.locator('.agreement-view').evaluate((e) => e.scrollTop), 0);
  assert.match(await view.locator('.summary').textContent(), /^The class agrees most on \w+ \(.*\), least on \w+ .* agree least \(/);
  assert.equal(await view.locator('.matrix .names text').count(), 10);
  assert.equal(await view.locator('.matrix .names text').first().textContent(), 'Sample student A');
  // Pointing at the cell of students A (row 1) and B (column 2) names the pair and its value.
  const drawn = view.getByRole('img', { name: /^Kappa between each two students/ });
  // (hover scrolls it into view and points in one step: the dialog may still move
  // as it takes focus.)
  const box = await drawn.boundingBox();
  // 110 units of names on the left and at the top, 14 a cell, 60 on the right: 240 wide, 180 high.
  await drawn.hover({ position: { x: box.width * (110 + 1.5 * 14) / 240, y: box.height * (110 + 0.5 * 14) / 180 } });
  await view.getByText('\u2068Sample student A\u2069 and \u2068Sample student B\u2069: 0.30, fair agreement').waitFor();
  // Every value is in the table, opened by keyboard.
  await view.getByText('The matrix as a table').focus();
  await page.keyboard.press('Enter');
  const matrix = view.getByRole('table', { name: "Cohen's kappa between each two students" });
  // The table is built as the disclosure opens: wait for its rows.
  await matrix.locator('tbody tr').nth(4).waitFor();
  assertShown(await cells(matrix), FIGURES.pairwise);
  await page.getByText("Fleiss' kappa 0.29: fair agreement.").waitFor();
  await page.keyboard.press('Escape');
  // Back in the class view, and out of it.
  await page.getByRole('dialog').getByRole('heading', { name: /^Class:/ }).waitFor();
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'detached' });
  assert.deepEqual(page.errors, []);
});

/** Each figure `shown` (two decimals, or – where undefined) is the model's `computed`. */
function assertShown(shown, computed) {
  assert.equal(shown.length, computed.length);
  shown.forEach((row, r) => row.forEach((text, c) => {
    const value = computed[r][c];
    if (value === null) assert.equal(text, '–', `row ${r + 1}, column ${c + 1}`);
    else assert.ok(Math.abs(Number(text) - value) <= 0.005 + 1e-9, `row ${r + 1}, column ${c + 1}: ${text} shown, ${value} computed`);
  }));
}

/** The cells of a table's body, row by row. */
function cells(table) {
  return table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
}

test('the sample class read from its files shows every agreement figure the model computes', async () => {
  const page = await openApp(run.browser, run.server.url);
  const file = async (name) => ({ name, mimeType: 'application/json', buffer: await fs.readFile(path.join(SAMPLE, name)) });
  await importFiles(page, [await file('teacher.json')]);
  await page.getByRole('button', { name: 'Class and feedback' }).click();
  const classView = page.getByRole('dialog');
  const names = FIGURES.students.map((s) => `${s.replaceAll(' ', '-')}.framelens-submission.json`);
  await classView.getByLabel(/Read submissions/).setInputFiles(await Promise.all(names.map(file)));
  await classView.locator('table.scores tbody tr').nth(4).waitFor();
  assert.equal(await classView.getByRole('status').locator('li.read').count(), 5);
  await classView.getByRole('button', { name: 'Agreement' }).click();
  const view = page.getByRole('dialog');
  await view.getByText(`${FIGURES.students.length} students, ${FIGURES.words.toLocaleString('en')} words each.`).waitFor();
  await view.getByText('The matrix as a table').click();
  const matrix = view.getByRole('table', { name: "Cohen's kappa between each two students" });
  await matrix.locator('tbody tr').nth(4).waitFor();
  assertShown(await cells(matrix), FIGURES.pairwise);
  const perTag = (await cells(view.getByRole('table', { name: 'Per tag' }))).map((row) => row.slice(0, 2));
  assertShown(perTag, FIGURES.perTag.map((t) => [t.fleiss, t.alpha]));
  assertShown(await cells(view.getByRole('table', { name: 'Strict and partial F1 against the key' })), FIGURES.f1);
  const confusion = await cells(view.getByRole('table', { name: /^Words by the key's tag/ }));
  assert.deepEqual(confusion.map((row) => row.map(Number)), FIGURES.confusion);
  const overall = await view.locator('.overall').textContent();
  assertShown([overall.match(/kappa (\S+):.*alpha (\S+)\.$/).slice(1)], [[FIGURES.overall.fleiss, FIGURES.overall.alpha]]);
  assert.deepEqual(page.errors, []);
});

test('the heatmap shows who tagged a stretch, and the gold layer built from it becomes the key', async () => {
  const page = await sampleClass();
  await page.getByRole('button', { name: 'Class and feedback' }).click();
  await page.getByRole('button', { name: 'Heatmap and gold layer' }).click();
  const view = page.getByRole('dialog');
  // On Press TV, "HTS-led regime": Framing by A, B and D, Claim by C, of 5.
  const regime = view.locator('.stretch', { hasText: /^HTS-led regime$/ }).first();
  await regime.hover();
  const details = view.getByRole('complementary', { name: 'Chosen stretch' });
  await details.getByText('“HTS-led regime”').waitFor();
  assert.match(await details.locator('li').first().textContent(), /^Claim 1: Sample student C; $/);
  assert.match(await details.locator('li').nth(1).textContent(), /^Framing 3: Sample student A; Sample student B; Sample student D; $/);
  assert.equal(await regime.getAttribute('aria-label'), '4 of 5 students');
  // All tags: four of five is step 4 of the orange scale. Framing alone: three of
  // five, step 3, in Framing's own hue; the legend lists each count once.
  const background = () => regime.evaluate((e) => getComputedStyle(e).backgroundColor);
  const orange = await background();
  await view.getByLabel('Tag').selectOption({ label: 'Framing' });
  await page.locator('.heatmap-view.heat-of-pink').waitFor();
  assert.equal(await regime.getAttribute('aria-label'), '3 of 5 students');
  const framing = await background();
  assert.notEqual(framing, orange);
  const [r, g, b] = framing.match(/[\d.]+/g).map(Number);
  assert.ok(r > g && b > g, `a pink mix for Framing, got ${framing}`);
  assert.equal(await view.locator('.legend span[class^="heat-"]').allTextContents().then((t) => t.join(' ')), '1 2 3 4 5');
  await view.getByLabel('Tag').selectOption('all');
  // By mouse: accept the majority's tag.
  await details.getByRole('button', { name: 'Accept as Framing (majority)' }).click();
  await details.getByText('Gold layer: 1 span.').waitFor();
  // By keyboard: focus another stretch, press 2 (Quote), then Delete takes it out again.
  const relations = view.locator('.stretch', { hasText: /^special relations$/ }).first();
  await relations.focus();
  await page.keyboard.press('2');
  await details.getByText('Gold layer: 2 spans.').waitFor();
  assert.match(await relations.getAttribute('aria-label'), /gold: Quote$/);
  await page.keyboard.press('Delete');
  await details.getByText('Gold layer: 1 span.').waitFor();
  // The gold layer becomes this article's key, after a confirmation in numbers;
  // the other articles keep theirs. One span, painted as the teacher's.
  await details.getByRole('button', { name: 'Make the gold layer this article' }).click();
  const confirm = details.getByRole('group', { name: 'Replace the key' });
  assert.match(await confirm.textContent(), /Syria’s HTS seeks.*: 6 key spans now, 1 after/);
  await confirm.getByRole('button', { name: 'Replace the key' }).click();
  await page.getByText(/The gold layer is now the key: .*from 6 to 1\./).waitFor();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(() => [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0)), 1);
  // The other four articles keep their key: 17 spans less Press TV's 6.
  assert.match(await page.getByRole('region', { name: 'Exercise' }).textContent(), /The key: your 12 annotations on its 5 articles/);
  assert.deepEqual(page.errors, []);
});

test('articles side by side scroll on their own, and a shared quote is found in the others', async () => {
  const page = await openApp(run.browser, run.server.url);
  await page.getByRole('button', { name: 'Side by side' }).click();
  const view = page.getByRole('dialog');
  await view.getByRole('button', { name: 'Outlet E (a daily newspaper)' }).click();
  const column = (name) => view.getByRole('region', { name });
  const [presstv, outletB, outletE] = ['Press TV', 'Outlet B (a news blog)', 'Outlet E (a daily newspaper)'].map(column);
  // Columns scroll independently.
  await presstv.locator('.column-text').evaluate((el) => { el.scrollTop = el.scrollHeight; });
  assert.equal(await outletB.locator('.column-text').evaluate((el) => el.scrollTop), 0);
  // The quote, with curly quotes in one outlet and other words around it in another.
  const quote = presstv.locator('.shared-quote', { hasText: 'We are trying to restore and redefine' });
  await quote.click();
  for (const other of [outletB, outletE]) {
    const linked = other.locator('.shared-quote.linked').first();
    await linked.waitFor();
    assert.match(await linked.textContent(), /restore and redefine/i);
    // Scrolled into its column's view.
    await page.waitForFunction((el) => {
      const box = el.getBoundingClientRect();
      const col = el.closest('.column-text').getBoundingClientRect();
      return box.top >= col.top && box.bottom <= col.bottom;
    }, await linked.elementHandle());
  }
  // By keyboard: Enter on the chosen quote lets it go again.
  await quote.focus();
  await page.keyboard.press('Enter');
  assert.equal(await view.locator('.shared-quote.linked').count(), 0);
  assert.deepEqual(page.errors, []);
});

test('outlets compared: SVG charts of tag counts and density, with the figures in tables', async () => {
  const page = await sampleClass();
  await page.getByRole('button', { name: 'Outlets compared' }).click();
  const view = page.getByRole('dialog');
  const counts = view.getByRole('img', { name: 'Spans per tag and outlet, The key' });
  assert.equal(await counts.locator('rect').count(), 20);
  assert.equal(await counts.locator('rect').nth(2).locator('title').textContent(), 'Press TV, Framing: 3');
  const table = view.getByRole('table', { name: 'Spans per tag and outlet, The key' });
  assert.deepEqual(await table.locator('tbody tr').first().locator('td').allTextContents(), ['0', '2', '3', '1']);
  const density = view.getByRole('table', { name: "Share of each outlet's text under each tag, The key" });
  assert.match(await density.locator('tbody tr').first().locator('td').nth(2).textContent(), /^\d+\.\d%$/);
  // The class majority: what more than half of the five sample students tagged alike.
  await view.getByRole('button', { name: 'The class majority' }).click();
  await view.getByRole('img', { name: 'Spans per tag and outlet, The class majority' }).waitFor();
  // Printed, the charts and tables stand alone.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.exercise').isVisible(), false);
  assert.equal(await view.locator('svg.chart').first().isVisible(), true);
  await page.emulateMedia({ media: 'screen' });
  // (Printing hid the focused button; focus a control of the view again.)
  await view.getByRole('button', { name: 'The key' }).focus();
  await page.keyboard.press('Escape');
  await view.waitFor({ state: 'detached' });
  assert.deepEqual(page.errors, []);
});

test('a student\'s copy with fixed articles refuses an annotation file dropped on the page', async () => {
  const teacher = await openApp(run.browser, run.server.url);
  await annotate(teacher, [['Abu Mohammed al-Jolani', '3']]);
  const w3c = (await exportFile(teacher, /W3C Web Annotation/)).bytes;
  await teacher.keyboard.press('Escape');
  await teacher.getByRole('button', { name: 'Exercise' }).click();
  const handout = await download(teacher, teacher.getByRole('button', { name: 'Download student file' }));
  await teacher.context().close();

  const page = await openApp(run.browser, run.server.url);
  await importFiles(page, [{ name: handout.name, buffer: handout.bytes }]);
  await page.getByRole('region', { name: 'Exercise' }).waitFor();
  const articles = await page.locator('nav.articles .doc-title').count();
  await page.evaluate((bytes) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(bytes)], 'answers.jsonld', { type: 'application/ld+json' }));
    document.querySelector('.app').dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, [...w3c]);
  await page.getByRole('status').filter({ hasText: 'Your teacher fixed this exercise\'s articles: none can be added, removed or imported here.' }).waitFor();
  assert.deepEqual(await panelEntries(page), []);
  assert.equal(await page.locator('nav.articles .doc-title').count(), articles);
  assert.deepEqual(page.errors, []);
});

test('students sharing a computer: the next one starts fresh, and the first continues later', async () => {
  const teacher = await openApp(run.browser, run.server.url);
  await teacher.getByRole('button', { name: 'Exercise' }).click();
  const handout = await download(teacher, teacher.getByRole('button', { name: 'Download student file' }));
  await teacher.context().close();

  const page = await openApp(run.browser, run.server.url);
  await importFiles(page, [{ name: handout.name, buffer: handout.bytes }]);
  const panel = page.getByRole('region', { name: 'Exercise' });
  // A name is kept as it is typed: no need to leave the field.
  await panel.getByLabel('Your name or pseudonym').click();
  await page.keyboard.type('Ana');
  await saved(page);
  await page.reload();
  assert.equal(await panel.getByLabel('Your name or pseudonym').inputValue(), 'Ana');
  await annotate(page, [['Abu Mohammed al-Jolani', '3']]);
  await saved(page);
  // A second student on the same computer: Ana's name and work are not shown to him.
  await panel.getByRole('button', { name: /Not .?Ana.?\? Start as a new student/ }).click();
  await page.getByRole('status').filter({ hasText: 'work is kept on this computer' }).waitFor();
  assert.equal(await panel.getByLabel('Your name or pseudonym').inputValue(), '');
  assert.deepEqual(await panelEntries(page), []);
  await panel.getByLabel('Your name or pseudonym').fill('Ben');
  await page.keyboard.press('Tab');
  await annotate(page, [['October 15, 2025', '4']]);
  await saved(page);
  // Ana comes back: her work, under her name; Ben's is kept in turn.
  await panel.getByRole('button', { name: /Continue as .?Ana/ }).click();
  await page.getByRole('status').filter({ hasText: 'your work is open' }).waitFor();
  assert.equal(await panel.getByLabel('Your name or pseudonym').inputValue(), 'Ana');
  assert.deepEqual(await panelEntries(page), [['Framing', 'Abu Mohammed al-Jolani', '']]);
  await panel.getByRole('button', { name: /Continue as .?Ben/ }).waitFor();
  await saved(page);
  await page.reload();
  assert.equal(await panel.getByLabel('Your name or pseudonym').inputValue(), 'Ana');
  assert.deepEqual(page.errors, []);
});

test('the class view reads submissions only: any other file gets its message there and the key stays as it was', async () => {
  const page = await sampleClass();
  const before = (await exportJson(page, /Framelens workspace/)).json;
  const workspace = Buffer.from(JSON.stringify(before));
  const student = JSON.parse(await fs.readFile(path.join(SAMPLE, 'Sample-student-B.framelens-submission.json'), 'utf8'));
  const reversing = { ...student, student: 'Dana\u202E' };
  student.articles = student.articles.slice(1);
  await page.getByRole('button', { name: 'Class and feedback' }).click();
  const classView = page.getByRole('dialog');
  await classView.getByLabel(/Read submissions/).setInputFiles([
    { name: 'my-workspace.json', mimeType: 'application/json', buffer: workspace },
    { name: 'marks.csv', mimeType: 'text/csv', buffer: Buffer.from('title,tag,text\r\nX,claim,words\r\n') },
    { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "framelens-sub') },
    { name: 'removed.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(student)) },
    { name: 'dana.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(reversing)) },
  ]);
  const messages = classView.locator('.file-messages li');
  await messages.nth(4).waitFor();
  const texts = await messages.allTextContents();
  assert.equal(texts[0], "my-workspace.json: Not read: this is a Framelens workspace, not a student's submission. Nothing changed.");
  assert.equal(texts[1], "marks.csv: Not read: this is a spreadsheet (CSV), not a student's submission. Nothing changed.");
  assert.match(texts[2], /^broken\.json: Not read: this is not a JSON file|^broken\.json: Not read: /);
  assert.match(texts[3], /^removed\.json: Not read: the article “\u2068Syria’s HTS.*\u2069” is not in it \(it was removed from the student's copy\)/);
  // A direction override in a name ends with the name: isolated in the message,
  // and in the table's cell.
  assert.match(texts[4], /^dana\.json: Read: \u2068Dana\u202E\u2069, \d+ annotations\.$/);
  const cell = classView.locator('table.scores th[scope=row]', { hasText: 'Dana' });
  assert.equal(await cell.evaluate((th) => getComputedStyle(th.querySelector('bdi') ?? th).unicodeBidi), 'isolate');
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'detached' });
  const after = (await exportJson(page, /Framelens workspace/)).json;
  assert.deepEqual(after, before, 'the key is byte for byte as it was');
  assert.deepEqual(page.errors, []);
});

test('a teacher\'s own tag "Source" on key 5 goes through the exercise, the class figures and every format', async () => {
  const teacher = await openApp(run.browser, run.server.url);
  await teacher.getByRole('button', { name: 'Tags…' }).click();
  const tags = teacher.getByRole('dialog', { name: 'Tags' });
  await tags.getByRole('button', { name: 'Add a tag' }).click();
  await tags.getByLabel('Name of tag 5').fill('Source');
  await tags.getByLabel('Colour of tag 5').selectOption({ label: 'Blue, wavy line' });
  await tags.getByLabel('Definition of tag 5').fill('Who is cited, by name');
  await tags.getByRole('button', { name: 'Save tags' }).click();
  await tags.waitFor({ state: 'detached' });
  const button = teacher.getByRole('toolbar', { name: 'Annotate' }).getByRole('button', { name: /^Source/ });
  assert.equal(await button.getAttribute('aria-keyshortcuts'), '5');
  assert.match(await teacher.locator('.keys').textContent(), /4 Fact · 5 Source\./);
  const KEY5 = [...KEY, ['TASS news agency', '5']];
  await annotate(teacher, KEY5);
  assert.equal(await teacher.evaluate(() => CSS.highlights.get('fl-blue').size), 1);
  assert.match(await teacher.locator('.counts').textContent(), /Source 1/);
  await teacher.getByRole('button', { name: 'Exercise' }).click();
  const dialog = teacher.getByRole('dialog');
  await dialog.getByLabel('Title').fill('Sources');
  await dialog.getByLabel('Instructions for students').fill(INSTRUCTIONS);
  assert.equal(await dialog.getByLabel('Source definition').inputValue(), 'Who is cited, by name');
  const exercise = await download(teacher, dialog.getByRole('button', { name: 'Download student file' }));
  const teacherFile = await download(teacher, dialog.getByRole('button', { name: 'Download teacher file' }));
  assert.deepEqual(JSON.parse(exercise.bytes.toString('utf8')).tags[4], { name: 'Source', look: 5, definition: 'Who is cited, by name' });

  // Every format holds the tag.
  await teacher.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  for (const format of ['Framelens workspace', 'W3C', 'Spreadsheet', 'doccano', 'Label Studio (JSON)', 'Label Studio labelling config', 'brat', 'Printable report']) {
    const file = await exportFile(teacher, format);
    assert.match(file.bytes.toString('utf8'), /Source/, format);
  }
  await teacher.context().close();

  // The student's copy: the guide lists Source, key 5 tags with it, the tags cannot change.
  const ana = await student(exercise, 'Ana', KEY5);
  const ben = await student(exercise, 'Ben', [['Abu Mohammed al-Jolani', '3'], ['TASS news agency', '1']]);
  const handed = JSON.parse(ana.bytes.toString('utf8'));
  assert.ok(handed.annotations.some((a) => a.tag === 'Source'));
  const look = await openApp(run.browser, run.server.url);
  await importFiles(look, [{ name: exercise.name, buffer: exercise.bytes }]);
  const guide = look.getByRole('region', { name: 'Exercise' }).locator('.guide');
  await guide.getByText('Who is cited, by name').waitFor();
  assert.equal(await look.getByRole('button', { name: 'Tags…' }).count(), 0);
  await look.context().close();

  // The class: Ana matches the key, Ben has one tag wrong and misses one; the agreement lists Source.
  const { page, classView } = await classOf(teacherFile, [ana, ben]);
  await classView.locator('table.scores tbody tr').nth(1).waitFor();
  const rows = await classView.locator('table.scores tbody tr').evaluateAll((trs) =>
    trs.map((tr) => [tr.querySelector('th').textContent, tr.querySelector('.overall').textContent]));
  // Ben: one match (1), one wrong tag (0.5), of 3 + 2 spans: 2 x 1.5 / 5 = 60.
  assert.deepEqual(rows, [['Ana', '100.0'], ['Ben', '60.0']]);
  await classView.getByRole('button', { name: 'Agreement' }).click();
  const perTag = page.getByRole('dialog').getByRole('table', { name: 'Per tag' });
  assert.deepEqual(await perTag.locator('tbody th').allTextContents(), ['Claim', 'Quote', 'Framing', 'Fact', 'Source']);
  assert.deepEqual(page.errors, []);
});

test('a doccano file with a label the workspace lacks adds it as a tag, and says so', async () => {
  const page = await openApp(run.browser, run.server.url);
  const line = JSON.stringify({ text: 'The minister did not say who paid.', label: [[4, 12, 'Omission'], [0, 3, 'claim']] });
  await importFiles(page, [{ name: 'project.jsonl', buffer: Buffer.from(`${line}\n`) }]);
  await page.getByRole('status').filter({ hasText: 'Imported 1 article and 2 annotations. New tag: “\u2068Omission\u2069”.' }).waitFor();
  const button = page.getByRole('toolbar', { name: 'Annotate' }).getByRole('button', { name: /^Omission/ });
  assert.equal(await button.getAttribute('aria-keyshortcuts'), '5');
  assert.deepEqual((await panelEntries(page)).map(([tag, quote]) => [tag, quote]), [['Claim', 'The'], ['Omission', 'minister']]);
  assert.deepEqual(page.errors, []);
});
